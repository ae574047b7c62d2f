"""`briefings serve` in a real browser: the open page reloads by itself after a save, and a
failed build shows over the page until it is fixed."""
from __future__ import annotations

import re
import shutil
import sys
import time
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
