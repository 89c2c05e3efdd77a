"""Take the README's screenshots of the example site in Debian's headless Chromium.

Run with `make screenshots`. It works on copies in a temporary folder: the example site
is built and served as a reader gets it (desktop and phone), and the review page is taken
from the preview server after `extract` has written drafts from the example's sources.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
CHROMIUM = "/usr/bin/chromium"
TOOL = [sys.executable, "-c", "import sys; from generator.cli import main; sys.exit(main())"]


def copy_site(into: Path) -> Path:
    """A copy of the example site (content and templates) in `into`."""
    for part in ("content", "templates"):
        shutil.copytree(REPO / part, into / part)
    return into


def run(site: Path, *args: str) -> None:
    """Run one claim-timeline command on `site`, failing loudly."""
    subprocess.run([*TOOL, *args, "--site", str(site)], check=True, cwd=REPO)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


def shoot_site(browser: Browser, site: Path) -> None:
    """Desktop at the top of the overview; phone at the event whose sources disagree on its date."""
    handler = functools.partial(_Quiet, directory=str(site / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        desktop = browser.new_page(viewport={"width": 1280, "height": 800})
        desktop.goto(url)
        # The overview opens at the latest events; the README shows its head and histogram.
        desktop.evaluate("() => window.scrollTo(0, 0)")
        desktop.screenshot(path=str(DOCS / "screenshot-desktop.png"))
        phone = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2,
                                 is_mobile=True, has_touch=True)
        phone.goto(url)
        # The event two sources date differently, under the sticky search bar.
        phone.evaluate("""() => {
            document.querySelector('.event-conflict').scrollIntoView();
            window.scrollBy(0, -40);
        }""")
        phone.screenshot(path=str(DOCS / "screenshot-phone.png"))
    finally:
        server.shutdown()
        server.server_close()


def free_port() -> int:
    """A port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def shoot_review(browser: Browser, site: Path) -> None:
    """The preview's review page with the drafts `extract` writes from the example's sources."""
    for event in (site / "content/events").glob("*.yaml"):
        event.unlink()
    # Without its record, extract writes every event again, as drafts.
    (site / "content/.extracted.json").unlink(missing_ok=True)
    run(site, "extract")
    port = free_port()
    server = subprocess.Popen([*TOOL, "serve", "--site", str(site), "--port", str(port)], cwd=REPO,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/_review/"
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(url, timeout=5).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(url)
        page.screenshot(path=str(DOCS / "screenshot-review.png"))
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    """Write docs/screenshot-{desktop,phone,review}.png."""
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        site = copy_site(Path(tmp) / "example")
        run(site, "build")
        shoot_site(browser, site)
        review = copy_site(Path(tmp) / "review")
        shoot_review(browser, review)
        browser.close()
    print("wrote", ", ".join(f"docs/screenshot-{name}.png" for name in ("desktop", "phone", "review")))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
