"""The built site in a real headless Chromium: filters, search, permalinks, accessibility, phone and desktop."""

from __future__ import annotations

import functools
import http.server
import os
import re
import threading
from pathlib import Path
from typing import Iterator

import pytest

from conftest import REPO, copy_example_site
from test_theme import make_story_site

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.browser


def _need_chromium() -> None:
    if CHROMIUM.exists():
        return
    if os.environ.get("CLAIM_TIMELINE_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{CHROMIUM} is missing and CLAIM_TIMELINE_REQUIRE_BROWSER=1")
    pytest.skip(f"{CHROMIUM} is missing (install Debian's chromium to run the browser tests)")


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium for the module."""
    _need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


def _serve(folder: Path) -> Iterator[str]:
    """Serve a built site over HTTP on a free local port, as a reader's browser would get it."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="module")
def example_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The repository's example site, built and served."""
    from generator.build import build

    root = copy_example_site(tmp_path_factory.mktemp("browser"))
    build(root)
    yield from _serve(root / "site")


@pytest.fixture(scope="module")
def split_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The English story site, split into year pages by a low threshold, built and served."""
    from generator.build import build

    root = make_story_site(tmp_path_factory.mktemp("split") / "story", extra_site="split_years_above: 3")
    build(root)
    yield from _serve(root / "site")


@pytest.fixture
def open_page(browser):
    """Open a URL in a fresh page at a given width; console errors and page errors are collected."""
    contexts = []

    def open_(url: str, width: int = 1280, height: int = 900, **options):
        context = browser.new_context(viewport={"width": width, "height": height}, **options)
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: page.errors.append(str(e)))
        page.goto(url)
        page.wait_for_load_state("load")
        return page

    yield open_
    for context in contexts:
        context.close()


def visible_events(page) -> list[str]:
    """Ids of the event cards a reader can see."""
    return page.eval_on_selector_all("article.event", "els => els.filter(e => e.offsetParent !== null).map(e => e.id)")


def in_view(page, selector: str) -> tuple[float, float]:
    """The element's top, and the bottom of the sticky bars above it, in viewport pixels."""
    return page.evaluate(
        """sel => {
            const el = document.querySelector(sel);
            const bar = document.querySelector('form.toolbar');
            return [el.getBoundingClientRect().top, bar && !bar.hidden ? bar.getBoundingClientRect().bottom : 0];
        }""",
        selector,
    )


ALL_EXAMPLE_EVENTS = 10


def test_example_loads_without_errors_and_opens_at_the_latest_events(open_page, example_url):
    page = open_page(example_url)
    assert page.errors == []
    assert len(visible_events(page)) == ALL_EXAMPLE_EVENTS
    assert page.is_visible("form.toolbar")
    # The page opens at the most recent month, below the sticky search bar, not at 2015.
    top, bar = in_view(page, "section[id='2025-02']")
    assert bar <= top < 200
    assert page.evaluate("document.getElementById('openai-fondee-en-2015').getBoundingClientRect().bottom") < 0
    for path in ("events/musk-retire-sa-plainte/", "sources/openai-face-a-deepseek/", "actors/sam-altman/"):
        other = open_page(example_url + path)
        assert other.errors == [], path


def test_a_date_in_the_url_opens_the_timeline_there(open_page, example_url):
    page = open_page(example_url + "?date=2024-06")
    top, bar = in_view(page, "section[id='2024-06']")
    assert bar <= top < 200
    # A month without events opens at the next month that has some; a bare hash works too.
    page = open_page(example_url + "#2024-09")
    top, bar = in_view(page, "section[id='2024-12']")
    assert bar <= top < 200
    page = open_page(example_url + "#2015")
    top, bar = in_view(page, "section[id='2015']")
    assert 0 <= top < 200


def test_filtering_by_an_actor_hides_the_others_and_the_url_keeps_it(open_page, example_url):
    page = open_page(example_url)
    page.click("details.filters summary")
    page.select_option("#f-actor", "elon-musk")
    assert visible_events(page) == ["musk-retire-sa-plainte", "musk-nouvelle-plainte"]
    assert "actor=elon-musk" in page.url
    assert page.text_content(".filter-status") == "Affichés : 2 sur 10"
    # Empty years and months disappear with their events.
    assert not page.is_visible("section[id='2015']") and not page.is_visible("section[id='2025']")
    # The URL is shareable: opened elsewhere, it shows the same view.
    shared = open_page(page.url)
    assert visible_events(shared) == ["musk-retire-sa-plainte", "musk-nouvelle-plainte"]
    assert shared.input_value("#f-actor") == "elon-musk"
    # Filters combine, and clearing them brings every event back.
    page.select_option("#f-actor", "sam-altman")
    page.select_option("#f-tag", "open-source")
    assert visible_events(page) == ["altman-mauvais-cote-de-l-histoire", "altman-publier-les-poids"]
    assert re.search(r"actor=sam-altman.*tag=open-source|tag=open-source.*actor=sam-altman", page.url)
    page.select_option("#f-kind", "event")
    assert visible_events(page) == []
    assert page.is_visible(".no-match")
    page.click("button.reset")
    page.wait_for_function("document.querySelectorAll('article.event').length === "
                           "[...document.querySelectorAll('article.event')].filter(e => e.offsetParent).length")
    assert len(visible_events(page)) == ALL_EXAMPLE_EVENTS
    assert "actor=" not in page.url and "tag=" not in page.url


def test_search_finds_an_event_by_a_word_of_its_quote(open_page, example_url):
    page = open_page(example_url)
    # "stupeur" is only in the quote, not in the title.
    page.fill("#q", "stupeur")
    assert visible_events(page) == ["deepseek-remarque-par-la-silicon-valley"]
    assert "q=stupeur" in page.url
    # Accents and case do not matter; every word must match.
    page.fill("#q", "FONDEE engagement")
    assert visible_events(page) == ["openai-fondee-en-2015"]
    page.fill("#q", "aucun-mot-pareil")
    assert visible_events(page) == [] and page.is_visible(".no-match")
    page.fill("#q", "")
    assert len(visible_events(page)) == ALL_EXAMPLE_EVENTS
    assert "q=" not in page.url
    shared = open_page(example_url + "?q=poids")
    assert visible_events(shared) == ["altman-publier-les-poids"]
    assert shared.input_value("#q") == "poids"


def test_a_permalink_scrolls_to_its_event(open_page, example_url):
    page = open_page(example_url + "#musk-retire-sa-plainte")
    top, bar = in_view(page, "#musk-retire-sa-plainte")
    assert bar <= top < 250  # in view, and not hidden under the sticky search bar
    assert page.evaluate("getComputedStyle(document.getElementById('musk-retire-sa-plainte')).boxShadow") != "none"
    # From the event's own page, "back to the timeline" lands on the event too.
    event = open_page(example_url + "events/musk-retire-sa-plainte/")
    event.click(".breadcrumb a")
    event.wait_for_load_state("load")
    assert event.url.endswith("/#musk-retire-sa-plainte")
    top, bar = in_view(event, "#musk-retire-sa-plainte")
    assert bar <= top < 250


def test_without_javascript_every_event_shows(open_page, example_url):
    page = open_page(example_url + "?actor=elon-musk", java_script_enabled=False)
    assert len(visible_events(page)) == ALL_EXAMPLE_EVENTS
    assert not page.is_visible("form.toolbar")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_or_critical_violation(open_page, example_url, split_url, scheme):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    for url in (example_url, example_url + "events/altman-publier-les-poids/", example_url + "tags/open-source/",
                split_url, split_url + "years/2024/"):
        page = open_page(url, color_scheme=scheme)
        page.click("details.filters summary") if page.is_visible("details.filters summary") else None
        violations = axe.run(page).response["violations"]
        bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
               for v in violations if v["impact"] in ("serious", "critical")]
        assert bad == [], (url, scheme, bad)


def test_keyboard_focus_is_visible(open_page, example_url):
    page = open_page(example_url)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Tab")
    style = page.evaluate("(() => { const s = getComputedStyle(document.activeElement);"
                          " return [s.outlineStyle, s.outlineWidth]; })()")
    assert style[0] != "none" and style[1] != "0px"


@pytest.mark.parametrize("width", [375, 1280])
def test_screenshots_and_no_horizontal_scroll(open_page, example_url, width):
    ARTIFACTS.mkdir(exist_ok=True)
    for name, url in (("timeline", example_url), ("event", example_url + "events/altman-mauvais-cote-de-l-histoire/")):
        page = open_page(url, width=width, height=800 if width > 400 else 760)
        page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"))  # where the page opens
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(ARTIFACTS / f"{name}-{width}-top.png"))
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{name} at {width}px scrolls sideways by {overflow}px"
    assert (ARTIFACTS / f"timeline-{width}.png").stat().st_size > 10_000


def test_phone_at_360_px_has_no_horizontal_scroll_with_filters_open(open_page, example_url):
    page = open_page(example_url, width=360, height=740)
    page.click("details.filters summary")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_split_site_overview_sends_a_date_to_its_year_page(open_page, split_url):
    page = open_page(split_url + "?date=2024-03")
    page.wait_for_url(re.compile(r"years/2024/#2024-03$"))
    top, bar = in_view(page, "section[id='2024-03']")
    assert bar <= top < 250
    assert visible_events(page) == ["lopez-claim", "vote"]
    assert page.errors == []
    page.click("a[rel=next]")
    page.wait_for_url(re.compile(r"years/2025/$"))
    assert visible_events(page) == ["opening"]


def test_print_shows_the_events_without_the_controls(open_page, example_url):
    page = open_page(example_url)
    page.emulate_media(media="print")
    assert len(visible_events(page)) == ALL_EXAMPLE_EVENTS
    for selector in ("form.toolbar", "nav.density", ".event-permalink"):
        assert not page.is_visible(selector), selector
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"
