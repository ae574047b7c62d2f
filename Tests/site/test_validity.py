"""Quality bars on the built site that hold for any content: valid HTML, no broken link,
no accessibility violation, no console error, no horizontal scrolling on a phone or a laptop.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from conftest import (
    BROWSER_PAGES,
    is_external,
    local_target,
    open_page,
    parse_page,
    rel,
)

WIDTHS = (375, 1280)


# --------------------------------------------------------------------------- 1. Nu HTML Checker


def test_every_page_passes_the_nu_html_checker(site_dir, html_files, java, vnu_jar):
    """One run of vnu over every HTML file: zero errors."""
    proc = subprocess.run(
        [java, "-Xss1024k", "-jar", str(vnu_jar), "--errors-only", "--format", "json",
         "--exit-zero-always", *map(str, html_files)],
        capture_output=True, text=True,
    )
    raw = (proc.stderr or proc.stdout).strip()
    try:
        messages = json.loads(raw)["messages"]
    except (ValueError, KeyError):
        pytest.fail(f"vnu gave no JSON report (exit {proc.returncode}):\n{raw[-3000:]}", pytrace=False)

    problems = []
    for m in messages:
        if m.get("type") not in ("error", "non-document-error"):
            continue
        url = m.get("url", "")
        path = url.split(":", 1)[1] if url.startswith("file:") else url
        try:
            where = rel(site_dir, Path(path).resolve())
        except ValueError:
            where = path
        line = m.get("lastLine", m.get("firstLine", "?"))
        extract = " ".join((m.get("extract") or "").split())[:120]
        problems.append(f"{where}:{line}: {m.get('message', '').strip()}  [{extract}]")
    if problems:
        pytest.fail(f"{len(problems)} Nu HTML Checker error(s) in {len(html_files)} pages:\n"
                    + "\n".join(problems), pytrace=False)


# --------------------------------------------------------------------------- 2. links and anchors


def _check_reference(site_dir: Path, page: Path, url: str) -> str | None:
    """Why `url` (found in `page`) is broken, or None if it is fine."""
    url = url.strip()
    if not url or is_external(url):
        return None
    if url.startswith("/"):
        return "root-absolute link: breaks from file:// and when the site lives under a sub-path"
    target, fragment = local_target(page, url)
    try:
        target.relative_to(site_dir)
    except ValueError:
        return f"points outside the site ({target})"
    if target.is_dir():
        return "links a folder: from file:// that opens a directory listing; link its index.html"
    if not target.is_file():
        return f"no such file: {rel(site_dir, target)}"
    if fragment and target.suffix == ".html":
        if fragment not in parse_page(target).ids:
            return f"no element with id=\"{fragment}\" in {rel(site_dir, target)}"
    return None


def test_no_broken_internal_link_or_anchor(site_dir, html_files):
    problems = []
    checked = 0
    for page in html_files:
        for line, tag, attr, url in parse_page(page).refs:
            checked += 1
            why = _check_reference(site_dir, page, url)
            if why:
                problems.append(f"{rel(site_dir, page)}:{line}: <{tag} {attr}=\"{url}\"> {why}")
    assert checked > 0, "no link found in any page: the link checker read nothing"
    if problems:
        pytest.fail(f"{len(problems)} broken reference(s):\n" + "\n".join(problems), pytrace=False)


CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")


def test_no_broken_reference_in_stylesheets(site_dir):
    problems = []
    for css in sorted(site_dir.rglob("*.css")):
        for number, text in enumerate(css.read_text(encoding="utf-8").splitlines(), 1):
            for match in CSS_URL.finditer(text):
                url = match.group(2)
                if is_external(url) or url.startswith("#"):
                    continue
                why = _check_reference(site_dir, css, url)
                if why:
                    problems.append(f"{rel(site_dir, css)}:{number}: url({url}) {why}")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


# --------------------------------------------------------------------------- 3. accessibility


def _axe_script() -> Path:
    try:
        import axe_selenium_python
    except ImportError:
        pytest.fail("Python module axe_selenium_python missing (PyPI: axe-selenium-python): "
                    "run scripts/site-checks, which installs it", pytrace=False)
    from axe_selenium_python.axe import _DEFAULT_SCRIPT
    return Path(_DEFAULT_SCRIPT)


def _describe_violation(v: dict) -> str:
    lines = [f"  {v['id']} ({v.get('impact')}): {v.get('help')} — {v.get('helpUrl', '')}"]
    for node in v.get("nodes", [])[:6]:
        target = " ".join(map(str, node.get("target", [])))
        html = " ".join(node.get("html", "").split())[:140]
        lines.append(f"      at {target}: {html}")
    if len(v.get("nodes", [])) > 6:
        lines.append(f"      … and {len(v['nodes']) - 6} more")
    return "\n".join(lines)


@pytest.mark.parametrize("page", BROWSER_PAGES)
def test_no_axe_violation(browser, site_dir, page):
    from axe_selenium_python import Axe

    script = _axe_script()
    open_page(browser, site_dir, page)
    axe = Axe(browser, script_url=str(script))
    axe.inject()
    version = browser.execute_script("return window.axe && window.axe.version")
    assert version, f"axe-core was not injected into {page}"
    results = axe.run()
    violations = results["violations"]
    if violations:
        pytest.fail(f"{page}: {len(violations)} axe-core {version} violation(s):\n"
                    + "\n".join(_describe_violation(v) for v in violations), pytrace=False)


# --------------------------------------------------------------------------- 4. console and layout


@pytest.mark.parametrize("page", BROWSER_PAGES)
def test_no_console_error(browser, site_dir, page):
    entries = open_page(browser, site_dir, page)
    severe = [e for e in entries if e.get("level") == "SEVERE"]
    if severe:
        pytest.fail(f"{page}: console errors:\n" + "\n".join(
            f"  {e.get('source', '')}: {e.get('message', '')}" for e in severe), pytrace=False)


OVERFLOW_REPORT = """
const w = window.innerWidth, out = [];
for (const el of document.querySelectorAll('body *')) {
  const r = el.getBoundingClientRect();
  if (r.width > 0 && r.right > w + 0.5) {
    const inner = [...el.children].some(c => c.getBoundingClientRect().right > w + 0.5);
    if (!inner) {
      let name = el.tagName.toLowerCase();
      if (el.id) name += '#' + el.id;
      if (typeof el.className === 'string' && el.className.trim())
        name += '.' + el.className.trim().split(/\\s+/).join('.');
      out.push(name + ' (right edge ' + Math.round(r.right) + 'px: "'
               + (el.textContent || '').trim().slice(0, 40) + '")');
    }
  }
  if (out.length >= 8) break;
}
return out;
"""


@pytest.mark.parametrize("width", WIDTHS, ids=lambda w: f"{w}px")
@pytest.mark.parametrize("page", BROWSER_PAGES)
def test_layout_fits_the_viewport(browser, site_dir, page, width):
    open_page(browser, site_dir, page, width=width)
    inner = browser.execute_script("return window.innerWidth")
    assert inner == width, f"viewport emulation failed: innerWidth {inner}, wanted {width}"
    scroll = browser.execute_script("return document.documentElement.scrollWidth")
    if scroll > inner:
        culprits = browser.execute_script(OVERFLOW_REPORT)
        pytest.fail(
            f"{page} at {width}px: the page is {scroll}px wide (horizontal scrolling); "
            f"overflowing: {'; '.join(culprits) or 'unknown'}",
            pytrace=False,
        )
