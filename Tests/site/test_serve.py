"""`briefings serve` in a real browser: the open page reloads by itself after a save, and a
failed build shows over the page until it is fixed."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from serving import REPO, Served


@pytest.fixture
def served(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(REPO / "Content", project / "Content")
    with Served(project) as running:
        yield running
    assert running.status == 0, "Ctrl-C stops the server cleanly"


def retitle(article: Path, title: str) -> None:
    text = article.read_text(encoding="utf-8")
    article.write_text(re.sub(r"^title: .*$", f'title: "{title}"', text, count=1, flags=re.M), encoding="utf-8")


def test_the_open_page_reloads_by_itself_after_a_save(browser, served):
    article = served.project / "Content/articles/2020-01-14-haftar-quitte-moscou-sans-signer.md"
    browser.get(served.url + "articles/2020-01-14-haftar-quitte-moscou-sans-signer/")
    browser.execute_script("window.__notReloaded = true")
    started = time.monotonic()
    retitle(article, "Haftar quitte Moscou (titre modifié)")
    served.wait_until(lambda: browser.execute_script(
        "return window.__notReloaded === undefined && document.readyState === 'complete'"
        " && document.querySelector('h1').textContent.includes('titre modifié')"), seconds=120)
    sys.stderr.write(f"\n[serve] save → page reloaded: {(time.monotonic() - started) * 1000:.0f} ms (sample site, debug build)\n")
    assert not any("__briefings" in p.read_text(encoding="utf-8", errors="replace")
                   for p in (served.project / "Site").rglob("*.html")), "the script is never written into Site/"


def test_a_failed_build_shows_over_the_page_until_fixed(browser, served):
    browser.get(served.url)
    heading = browser.execute_script("return document.querySelector('h1').textContent")
    broken = served.project / "Content/notes/brouillon.md"
    broken.write_text("---\ntitle: Analyse: un titre\n---\nTexte.\n", encoding="utf-8")
    served.wait_until(lambda: browser.execute_script(
        "const o = document.getElementById('briefings-build-error'); return o !== null && o.textContent.includes(arguments[0])",
        "Content/notes/brouillon.md:2:"), seconds=120)
    overlay = browser.execute_script("const o = document.getElementById('briefings-build-error');"
                                     " return [o.getAttribute('role'), getComputedStyle(o).position, o.querySelector('pre').textContent]")
    assert overlay[0] == "alert" and overlay[1] == "fixed"
    assert "error:" in overlay[2]
    # The last good site is still the page beneath.
    assert browser.execute_script("return document.querySelector('h1').textContent") == heading
    browser.execute_script("window.__notReloaded = true")
    broken.unlink()
    served.wait_until(lambda: browser.execute_script(
        "return window.__notReloaded === undefined && document.readyState === 'complete'"
        " && document.getElementById('briefings-build-error') === null"), seconds=120)


def test_a_thousand_connections_and_rebuilds_under_load(served):
    """wrk's 1,000 connections on loopback: no error, no crash, no descriptor left open; pages
    fetched while the site is rebuilt are each whole, from the old site or the new."""
    if shutil.which("wrk") is None:
        pytest.fail("wrk missing (Debian: wrk): run scripts/site-checks, which installs it", pytrace=False)
    descriptors = lambda: len(os.listdir(f"/proc/{served.process.pid}/fd"))
    before = descriptors()
    page = served.url + "articles/2020-01-14-haftar-quitte-moscou-sans-signer/"
    stop, problems, titles = threading.Event(), [], set()

    def fetch():
        # A slow answer while wrk holds a thousand connections is waited for again; a wrong
        # one is a problem.
        while not stop.is_set():
            try:
                with urllib.request.urlopen(page, timeout=30) as reply:
                    body = reply.read()
            except TimeoutError:
                continue
            if len(body) != int(reply.headers["Content-Length"]) or not body.rstrip().endswith(b"</html>"):
                problems.append(f"a partial page: {len(body)} bytes")
            titles.add(re.search(rb"<h1>(.*?)</h1>", body).group(1))

    def rebuild():
        article = served.project / "Content/articles/2020-01-14-haftar-quitte-moscou-sans-signer.md"
        for n in range(3):
            builds = sum(line.startswith("Built in") for line in served.lines)
            retitle(article, f"Version {n} sous charge")
            served.wait_until(lambda: sum(line.startswith("Built in") for line in served.lines) > builds, seconds=120)

    fetcher, rebuilder = threading.Thread(target=fetch), threading.Thread(target=rebuild)
    fetcher.start()
    rebuilder.start()
    load = subprocess.run(["bash", "-c", f"ulimit -n 8192; wrk -t2 -c1000 -d8s --timeout 8s {served.url}"],
                          capture_output=True, text=True, timeout=120)
    rebuilder.join()
    stop.set()
    fetcher.join()
    sys.stderr.write(f"\n[serve] wrk, 1,000 connections:\n{load.stdout}\n")
    assert load.returncode == 0, load.stderr
    assert "Socket errors" not in load.stdout, load.stdout
    assert "Non-2xx or 3xx responses" not in load.stdout, load.stdout
    requests = int(re.search(r"(\d+) requests in", load.stdout).group(1))
    assert requests >= 1000
    assert not problems, problems[:3]
    assert len(titles) >= 2, "the page was seen before and after a rebuild"
    with urllib.request.urlopen(page, timeout=30) as reply:
        assert b"<h1>Version 2 sous charge</h1>" in reply.read(), "the last rebuild is served"
    # Connections the load left mid-answer close as the server finishes writing to them; a
    # leak would stay.
    deadline = time.monotonic() + 30
    while descriptors() > before + 4 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert descriptors() <= before + 4, f"descriptors: {before} before, {descriptors()} 30 s after the load"
    assert served.process.poll() is None, "the server is still running"
