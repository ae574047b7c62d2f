"""Scores the extraction on the real-copy evaluation set (Tests/Fixtures/real-copy).

The set is stand-off: the repository holds each article's address, its SHA-256 and its gold
events, never its text. The texts live in a folder of their own, named by the environment
variable BRIEFINGS_REAL_COPY (default ~/.cache/briefings/real-copy/); how to rebuild them is in
Tests/Fixtures/real-copy/README.md. This script checks every text against its hash and says
which are missing or differ, builds a site from this project's actors, topics and places plus
the texts that are there, and scores its data/events.json strictly with the shared scorer:
per article, per language and per attribute (exact date, type, topics, location, fatalities,
exact actor set). Then it checks the headlines of those events with scripts/check-headlines.

usage (through scripts/score-real, which runs it with .venv-eval's Python):
  scripts/score-real                 build, score, print the report
  scripts/score-real -v              also the misses and extras of every article
  scripts/score-real --site DIR      score an already built site (its data/events.json)
  scripts/score-real --keep          keep the built project and print where it is
  scripts/score-real --check         check the texts against the manifest only
  scripts/score-real --record-hashes write the SHA-256 of the texts present into the manifest
                                     where it has none yet (when a new article joins the set)
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SET = os.path.join(REPO, "Tests", "Fixtures", "real-copy")
MANIFEST = os.path.join(SET, "manifest.yaml")
SCORER = os.path.normpath(os.path.join(REPO, "..", "shared", "eval", "score_events.py"))
DEFAULT_TEXTS = os.path.expanduser("~/.cache/briefings/real-copy")


def texts_dir():
    return os.path.expanduser(os.environ.get("BRIEFINGS_REAL_COPY") or DEFAULT_TEXTS)


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def load_manifest():
    with open(MANIFEST, encoding="utf-8") as f:
        return yaml.safe_load(f)


def check_texts(entries, folder):
    """Splits the entries into those whose text is present and matches its hash, and the rest."""
    ok, missing, differ, unhashed = [], [], [], []
    for e in entries:
        path = os.path.join(folder, e["file"])
        if not os.path.isfile(path):
            missing.append(e)
        elif not e.get("sha256"):
            unhashed.append(e)
        elif sha256(path) != e["sha256"]:
            differ.append(e)
        else:
            ok.append(e)
    return ok, missing, differ, unhashed


def report_texts(folder, entries, ok, missing, differ, unhashed):
    print(f"texts: {folder}")
    print(f"  {len(ok)} of {len(entries)} present and matching their SHA-256")
    for label, group in (("missing", missing), ("differ from their SHA-256", differ),
                         ("have no SHA-256 in the manifest", unhashed)):
        if group:
            print(f"  {len(group)} {label}:")
            for e in group:
                print(f"    {e['file']}  ({e['url']})")
    if missing or differ:
        print("  (rebuild them as Tests/Fixtures/real-copy/README.md says; the score below covers the others)")


def record_hashes(folder):
    """Writes the hashes of present texts into entries that have none, keeping the file's layout."""
    hashed = {e["file"] for e in load_manifest()["articles"] if e.get("sha256")}
    with open(MANIFEST, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out, current, changed = [], None, 0
    for line in lines:
        m = re.match(r"^- file: (\S+)$", line)
        if m:
            current = m.group(1)
        out.append(line)
        if current and re.match(r"^  url: ", line):
            path = os.path.join(folder, current)
            if current not in hashed and os.path.isfile(path):
                out.append(f"  sha256: {sha256(path)}")
                changed += 1
            current = None
    with open(MANIFEST, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print(f"recorded {changed} hashes")


def briefings_binary():
    if os.environ.get("BRIEFINGS_BIN"):
        return os.environ["BRIEFINGS_BIN"]
    subprocess.run(["swift", "build", "-q", "-c", "release", "--product", "briefings"], cwd=REPO, check=True)
    bin_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=REPO, check=True,
                             capture_output=True, text=True).stdout.strip()
    return os.path.join(bin_dir, "briefings")


def build_site(entries, folder, work):
    """A project with this repository's actors, topics, places and site settings, and the texts."""
    content = os.path.join(work, "Content")
    os.makedirs(os.path.join(content, "articles"))
    for sub in ("actors", "topics"):
        shutil.copytree(os.path.join(REPO, "Content", sub), os.path.join(content, sub))
    for name in ("site.yml", "places.yml"):
        if os.path.exists(os.path.join(REPO, "Content", name)):
            shutil.copy(os.path.join(REPO, "Content", name), content)
    for e in entries:
        shutil.copy(os.path.join(folder, e["file"]), os.path.join(content, "articles", e["file"]))
    subprocess.run([briefings_binary(), "build", work, "--quiet"], check=True)
    return os.path.join(work, "Site")


def gold_subset(entries, work, name):
    """A gold folder holding only these entries' files (the scorer reads every file it is given)."""
    folder = os.path.join(work, "gold-" + name)
    os.makedirs(folder)
    for e in entries:
        shutil.copy(os.path.join(SET, e["gold"]), folder)
    return folder


ATTRIBUTES = re.compile(r"matched attributes: exact date ([\d.]+), type ([\d.]+), topics \(Jaccard\) ([\d.]+), "
                        r"location ([\d.]+) \((\d+)\), fatalities ([\d.]+) \((\d+)\), actors \(exact set\) ([\d.]+)")
FIGURE = re.compile(r"F1 ([\d.]+) \(precision ([\d.]+), recall ([\d.]+); (\d+) matched, (\d+) extra, (\d+) missed\)")


def score(events, gold, verbose):
    cmd = [sys.executable, SCORER, events, "--strict", "--gold", gold,
           "--actors", os.path.join(SET, "actors.json"), "--places", os.path.join(SET, "places.json")]
    if verbose:
        cmd.append("-v")
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    figure = FIGURE.search(out)
    attributes = ATTRIBUTES.search(out)
    return out, figure.groups() if figure else None, attributes.groups() if attributes else None


def summary_line(label, figure, attributes):
    if not figure:
        return f"{label:<8} no figure"
    f1, p, r, tp, fp, fn = figure
    line = f"{label:<8} F1 {f1}  precision {p}  recall {r}  ({tp} matched, {fp} extra, {fn} missed)"
    if attributes:
        date, typ, topics, loc, loc_n, fat, fat_n, actors = attributes
        line += (f"\n{'':<8} exact date {date}  type {typ}  topics {topics}  location {loc} ({loc_n})"
                 f"  fatalities {fat} ({fat_n})  actor set exact {actors}")
    return line


def headline_figures(site, entries, verbose):
    checker = os.path.join(REPO, "scripts", "check-headlines")
    articles = [e["file"] for e in entries]
    cmd = [checker, site, "--articles", *articles]
    if verbose:
        cmd.append("-v")
    result = subprocess.run(cmd, capture_output=True, text=True)
    sys.stdout.write(result.stdout)
    if result.returncode not in (0, 1):
        sys.stdout.write(result.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--site")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--record-hashes", action="store_true")
    ap.add_argument("--no-headlines", action="store_true")
    args = ap.parse_args()
    folder = texts_dir()
    if args.record_hashes:
        record_hashes(folder)
        return 0
    entries = load_manifest()["articles"]
    ok, missing, differ, unhashed = check_texts(entries, folder)
    report_texts(folder, entries, ok, missing, differ, unhashed)
    if args.check:
        return 0 if not (missing or differ or unhashed) else 1
    if not ok:
        print("no text to score")
        return 1
    work = tempfile.mkdtemp(prefix="score-real-")
    site = args.site or build_site(ok, folder, work)
    events = os.path.join(site, "data", "events.json")
    out, figure, attributes = score(events, gold_subset(ok, work, "all"), args.verbose)
    # The scorer's own report: misses and extras with -v, then the per-article table.
    sys.stdout.write(out.rsplit("matched attributes", 1)[0] if "matched attributes" in out else out)
    print()
    for lang in ("fr", "en"):
        subset = [e for e in ok if e["lang"] == lang]
        if subset:
            _, f, a = score(events, gold_subset(subset, work, lang), False)
            print(summary_line(f"{lang} ({len(subset)})", f, a))
    print(summary_line(f"all ({len(ok)})", figure, attributes))
    if not args.no_headlines:
        print()
        headline_figures(site, ok, args.verbose)
    if args.keep:
        print(f"project: {work}")
    else:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
