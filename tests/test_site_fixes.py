"""Site fixes seen on real data (issue 11): phones do not scroll sideways, filtered year counts, the preview's 404."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from conftest import write
from test_serve import Server
from test_site_browser import _serve, browser, open_page  # noqa: F401 - fixtures
from test_theme import make_story_site


@pytest.fixture(scope="module")
def long_story_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A story from 2022 to February 2025 (as real stories end: at the last article); its density strip counts
    months, and the label "2025" starts at 97 % of the strip's width."""
    from generator.build import build

    root = tmp_path_factory.mktemp("long") / "story"
    write(root / "content/site.yaml", "title: Bridge\nlanguage: en\nbase_url: https://example.net/bridge/\n")
    write(root / "content/sources/gazette.md", """
        ---
        title: Inspections
        published: 2025-02-20
        ---
        The bridge is inspected every spring.
        """)
    dates = {"y2022": "2022-01", "y2022b": "2022-09", "y2023": "2023-05", "y2024": "2024-05", "y2025": "2025-01"}
    for name, date in dates.items():
        write(root / f"content/events/{name}.yaml", f"""
            title: The bridge is inspected ({name})
            date: "{date}"
            status: reviewed
            actors: [{"Inspector Reed" if name in ("y2023", "y2022b") else "Riverside Council"}]
            sources:
              - source: gazette
                quote: The bridge is inspected every spring.
            """)
    build(root)
    yield from _serve(root / "site")


@pytest.mark.browser
@pytest.mark.parametrize("width", [360, 375, 414])
def test_phones_do_not_scroll_sideways_because_of_the_density_strip(open_page, long_story_url, width):  # noqa: F811
    page = open_page(long_story_url, width=width, height=740)
    ticks = page.eval_on_selector_all(".density-ticks li", "els => els.map(e => e.getBoundingClientRect().right)")
    assert page.eval_on_selector_all(".density-ticks li", "els => els.map(e => e.textContent)")[-1] == "2025"
    assert max(ticks) <= width, ticks  # the last year label is on the page, whole
    assert page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.mark.browser
def test_year_counts_follow_a_search_and_a_filter(open_page, long_story_url):  # noqa: F811
    page = open_page(long_story_url)
    assert page.text_content("#h2022 .year-count") == "2 events"
    page.fill("#q", "y2022b")
    page.wait_for_function("() => document.querySelector('#h2022 .year-count').textContent === '1 event'")
    page.fill("#q", "")
    page.wait_for_function("() => document.querySelector('#h2022 .year-count').textContent === '2 events'")
    page.click("details.filters summary")
    page.select_option("#f-actor", "inspector-reed")
    page.wait_for_function("() => document.querySelector('#h2022 .year-count').textContent === '1 event'")
    assert page.text_content("#h2023 .year-count") == "1 event"
    assert page.is_hidden("#h2024")  # a year with nothing left is hidden, as before


def test_the_preview_404_page_links_stay_in_the_preview(small_site: Path):
    server = Server(small_site)
    try:
        status, body, _ = server.get("/no-such/page/")
        assert status == 404
        assert '<base href="/">' in body and "https://example.org/sub/path/" not in body.split("</head>")[0].split("<base")[1]
        assert '<a href="./">' in body  # with <base href="/">, back to the preview's timeline
    finally:
        server.stop()
    # The published 404 page keeps its base_url, so it works at any depth on the real site.
    assert '<base href="https://example.org/sub/path/">' in (small_site / "site/404.html").read_text(encoding="utf-8")
