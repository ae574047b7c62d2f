#!/usr/bin/env python3
"""Time from saving an article to the open page having reloaded, under `briefings serve`.

Serves a project (a copy of the sample site, or a generated one of N articles), opens one of
its pages in headless Chromium, then edits an article's title several times; each time it
measures from the save to the moment the reloaded page shows the new title. Prints each
figure and the median.

Usage (with the site checks' Python, which has selenium):
  .venv-site-checks/bin/python Benchmarks/serve_latency.py                  the sample site
  .venv-site-checks/bin/python Benchmarks/serve_latency.py --articles 1000  a generated site
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "Tests" / "site"))

from serving import Served, chromium  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=0, help="a generated site of N articles (0: the sample)")
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--release", action="store_true", help="serve with the release build")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="briefings-serve-latency-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None))
    try:
        project = work / "project"
        if args.articles:
            subprocess.run([sys.executable, str(REPO / "Benchmarks" / "corpus.py"), str(project),
                            "--articles", str(args.articles), "--quiet"], check=True)
        else:
            shutil.copytree(REPO / "Content", project / "Content")
        article = sorted((project / "Content" / "articles").glob("*.md"))[0]
        configuration = "release" if args.release else "debug"
        with Served(project, configuration=configuration) as served, chromium() as driver:
            slug = article.stem
            driver.get(served.url + f"articles/{slug}/")
            figures = []
            for n in range(args.edits):
                marker = f"Édition {n} {time.monotonic_ns()}"
                text = article.read_text(encoding="utf-8")
                text = re.sub(r'^title: .*$', f'title: "{marker}"', text, count=1, flags=re.M)
                driver.execute_script("window.__notReloaded = true")
                started = time.monotonic()
                article.write_text(text, encoding="utf-8")
                served.wait_until(lambda: driver.execute_script(
                    "return window.__notReloaded === undefined && document.readyState === 'complete'"
                    " && document.title.includes(arguments[0])", marker), seconds=300)
                figures.append(time.monotonic() - started)
                built = [line.strip() for line in served.lines if line.startswith("Built in")][-1]
                print(f"edit {n + 1}: {figures[-1] * 1000:.0f} ms (server: {built})", flush=True)
            label = f"{args.articles} articles" if args.articles else "the sample site"
            print(f"save → page reloaded, {label}, {configuration} build: median {statistics.median(figures) * 1000:.0f} ms "
                  f"(min {min(figures) * 1000:.0f}, max {max(figures) * 1000:.0f}, {len(figures)} edits)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
