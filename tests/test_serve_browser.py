"""claim-timeline serve in a real headless Chromium: an edit reaches the open page, and so does a broken build."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.serve import OVERLAY_ID
from test_serve import EVENT, EVENT_URL, Server, set_title

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = pytest.mark.browser


@pytest.fixture
def chromium():
    """A headless Debian chromium driven by Playwright; skipped when it is absent (unless required)."""
    if not CHROMIUM.exists():
        if os.environ.get("CLAIM_TIMELINE_REQUIRE_BROWSER") == "1":
            pytest.fail("CLAIM_TIMELINE_REQUIRE_BROWSER=1 but /usr/bin/chromium is missing")
        pytest.skip("/usr/bin/chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        yield browser
        browser.close()


def test_an_edit_and_a_broken_build_reach_the_open_page_without_a_manual_reload(chromium, tmp_path: Path):
    from generator.scaffold import init_site

    site = tmp_path / "site-root"
    init_site(site)
    server = Server(site)
    try:
        page = chromium.new_page()
        page.goto(f"http://127.0.0.1:{server.port}{EVENT_URL}")
        # livereload.js has connected once the server counts the browser among those to reload.
        page.wait_for_function("() => performance.getEntriesByType('resource').some(e => e.name.includes('livereload.js'))")
        page.wait_for_timeout(300)
        assert "Mill Street" in page.locator("h1").inner_text()

        set_title(site, "Edited while the browser watches")
        page.wait_for_function("() => document.querySelector('h1').textContent.includes('Edited while the browser watches')",
                               timeout=15000)

        path = site / EVENT
        good = path.read_text(encoding="utf-8")
        path.write_text(good.replace("date:", "date: [unclosed\nx:", 1), encoding="utf-8")
        overlay = page.locator(f"#{OVERLAY_ID}")
        overlay.wait_for(state="visible", timeout=15000)
        assert "mill-street-bridge-closed.yaml:" in overlay.inner_text()

        path.write_text(good.replace("Edited while the browser watches", "Fixed and edited"), encoding="utf-8")
        page.wait_for_function("() => document.querySelector('h1').textContent.includes('Fixed and edited')",
                               timeout=15000)
        assert page.locator(f"#{OVERLAY_ID}").count() == 0
    finally:
        code, output = server.stop()
    assert code == 0 and "Traceback" not in output, output
