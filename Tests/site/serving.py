"""`briefings serve` run for a test or a measurement, and a headless Chromium to look at it."""
from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_BINARY", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")


def briefings_binary(configuration: str = "debug") -> Path:
    """The briefings executable, built if needed."""
    built = subprocess.run(["swift", "build", "-c", configuration, "--product", "briefings"], cwd=REPO,
                           capture_output=True, text=True)
    if built.returncode != 0:
        raise RuntimeError(f"swift build failed:\n{built.stdout}{built.stderr}")
    folder = subprocess.run(["swift", "build", "-c", configuration, "--show-bin-path"], cwd=REPO, check=True,
                            capture_output=True, text=True).stdout.strip()
    return Path(folder) / "briefings"


class Served:
    """`briefings serve PROJECT --port 0`, its output read as it comes; stopped with Ctrl-C."""

    def __init__(self, project: Path, configuration: str = "debug"):
        self.project = project
        self.binary = briefings_binary(configuration)
        self.lines: list[str] = []
        self.errors: list[str] = []
        self.url = ""
        self.status: int | None = None

    def __enter__(self) -> "Served":
        self.process = subprocess.Popen([str(self.binary), "serve", str(self.project), "--port", "0"],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for stream, into in ((self.process.stdout, self.lines), (self.process.stderr, self.errors)):
            threading.Thread(target=lambda s=stream, i=into: [i.append(line) for line in s], daemon=True).start()
        self.wait_until(lambda: any("Serving at " in line for line in self.lines), seconds=300)
        line = next(line for line in self.lines if "Serving at " in line)
        self.url = line.split("Serving at ")[1].split()[0]
        return self

    def wait_until(self, condition, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if self.process.poll() is not None:
                raise AssertionError(f"briefings serve exited ({self.process.returncode}): {''.join(self.errors)}")
            if time.monotonic() > deadline:
                raise AssertionError(f"still waiting after {seconds} s; server said: {''.join(self.lines + self.errors)[-2000:]}")
            time.sleep(0.01)

    def __exit__(self, *_) -> None:
        self.process.send_signal(signal.SIGINT)
        try:
            self.status = self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.status = None


@contextlib.contextmanager
def chromium():
    """Headless Chromium through Debian's chromedriver (never a downloaded one), in French,
    keeping the console's messages."""
    # Belt and braces: selenium-manager must never try to fetch a browser or a driver.
    os.environ["SE_OFFLINE"] = "true"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,900",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=fr-FR",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
