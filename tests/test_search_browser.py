"""The site-wide search of a split timeline in a real headless Chromium: one year page finds another year's events."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

import pytest

from conftest import write
from test_site_browser import _serve, browser, open_page, visible_events  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser

EVENTS = {
    # id: (date, title, quote, actors, tags)
    "harbour-plan": ("2019-04", "The harbour plan is announced", "The council presented the harbour plan.",
                     ["Ada Martin"], ["harbour"]),
    "dredging": ("2019-09-12", "Dredging starts", "Dredging of the channel started on Thursday.",
                 ["Port Authority"], ["works"]),
    "budget-vote": ("2021-03", "The council votes the budget", "Le budget de l’écluse est adopté.",
                    ["Ada Martin", "City Council"], ["budget"]),
    "lock-opens": ("2023-06-01", "The new lock opens", "The écluse opened to boats in June.",
                   ["Port Authority"], ["works"]),
    "audit": ("2023-11", "An audit of the works", "Auditors questioned the harbour costs.",
              ["State Auditor"], ["budget"]),
}


def _site(root: Path) -> Path:
    """A small English site split into one page per year (2019, 2021, 2023), served under a sub-path."""
    write(root / "content/site.yaml", """
        title: Harbour works
        language: en
        locale: en_GB
        base_url: https://example.org/harbour/
        split_years_above: 2
        """)
    write(root / "content/sources/gazette.md", """
        ---
        title: Harbour news
        published: 2024-01-10
        language: en
        publisher: The Gazette
        ---
        Text.
        """)
    for name, (date, title, quote, actors, tags) in EVENTS.items():
        write(root / f"content/events/{name}.yaml", f"""
            title: {title}
            date: "{date}"
            status: reviewed
            actors: [{", ".join(actors)}]
            tags: [{", ".join(tags)}]
            sources:
              - source: gazette
                quote: "{quote}"
            """)
    return root


_BUILT: dict[str, Path] = {}


def site_url_folder(url: str) -> Path:
    """The folder a served URL was built into."""
    return _BUILT[url]


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The split site built into a sub-folder of what is served, so every link must be relative."""
    from generator.build import build

    root = _site(tmp_path_factory.mktemp("search") / "harbour")
    served = tmp_path_factory.mktemp("served")
    build(root, out=served / "sub" / "path")
    for url in _serve(served):
        _BUILT[url + "sub/path/"] = served / "sub" / "path"
        yield url + "sub/path/"


class Traffic:
    """What a page fetched: every finished request, in order, and the size of the bodies received."""

    def __init__(self, page):
        self.requests: list = []
        page.on("requestfinished", lambda request: self.requests.append(request))

    def urls(self, start: int = 0) -> list[str]:
        """The URLs fetched since the ``start``-th request."""
        return [r.url for r in self.requests[start:]]

    def bytes(self, start: int = 0) -> int:
        """Bytes of the bodies received since the ``start``-th request."""
        return sum(r.sizes()["responseBodySize"] for r in self.requests[start:])


def _results(page) -> list[str]:
    """The links of the whole-site results list, as the reader sees them."""
    return page.eval_on_selector_all(".site-list li a:first-of-type", "els => els.map(e => e.textContent)")


def _wait_for(page, status: str, results: list[str]) -> None:
    """Wait until the whole-site panel says ``status`` and lists ``results`` (they come asynchronously)."""
    page.wait_for_function(
        """([status, results]) => {
            const said = document.querySelector('.site-status');
            const shown = [...document.querySelectorAll('.site-list li a:first-of-type')].map(e => e.textContent);
            return said && said.textContent === status && JSON.stringify(shown) === JSON.stringify(results);
        }""", arg=[status, results])


def test_a_year_page_finds_an_event_of_another_year_and_opens_it(browser, site_url: str) -> None:  # noqa: F811
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    # The browser's own request for /favicon.ico, outside the site's sub-path, is no error of the site.
    page.on("console", lambda m: errors.append(f"{m.text} {m.location['url']}")
            if m.type == "error" and not m.location["url"].endswith("/favicon.ico") else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    traffic = Traffic(page)
    page.goto(site_url + "years/2019/")
    page.wait_for_load_state("networkidle")
    loaded = traffic.urls()
    # Before the reader touches the search box nothing of the index, nor its script, is fetched.
    assert not [u for u in loaded if "/search/" in u or u.endswith("search.js")], loaded
    assert sorted(u.split("/sub/path/")[1] for u in loaded) == ["assets/style.css", "assets/timeline.js", "years/2019/"]
    assert visible_events(page) == ["harbour-plan", "dredging"]
    assert page.is_hidden(".site-results")

    before = len(traffic.requests)
    page.fill("#q", "ecluse")  # folded: finds "écluse" in quotes of 2021 and 2023, none of 2019
    _wait_for(page, "2 matching events", ["The council votes the budget", "The new lock opens"])
    assert visible_events(page) == []  # this year has none
    assert page.eval_on_selector_all(".site-years a", "els => els.map(e => e.textContent)") == ["2021 (1)", "2023 (1)"]
    # The first query fetched the script, the manifest, the one shard of words in "e", and the result
    # lines of the two years it shows: the bytes of exactly those files.
    fetched = sorted(u.split("/sub/path/")[1] for u in traffic.urls(before))
    assert fetched == ["assets/search.js", "search/manifest.json", "search/r/2021.json", "search/r/2023.json",
                       "search/t/e.json"]
    built = site_url_folder(site_url)
    assert traffic.bytes(before) == sum((built / rel).stat().st_size for rel in fetched)

    # A prefix finds the words it begins; several words must all match.
    page.fill("#q", "harb cost")
    _wait_for(page, "1 matching event", ["An audit of the works"])
    assert visible_events(page) == []
    page.fill("#q", "harbour")
    # This year's match shows on the page itself, the other years' in the list.
    _wait_for(page, "2 matching events", ["An audit of the works"])
    assert visible_events(page) == ["harbour-plan"]

    # Following a result opens the event; its year link lands on the year page, filtered, at the event.
    page.click(".site-list a:text('An audit of the works')")
    page.wait_for_url(re.compile(r"/sub/path/events/audit/$"))
    assert page.text_content("h1").strip().startswith("An audit of the works")
    page.go_back()
    _wait_for(page, "2 matching events", ["An audit of the works"])
    page.click(".site-list li a:text('2023')")
    page.wait_for_url(re.compile(r"/sub/path/years/2023/\?q=harbour#audit$"))
    assert visible_events(page) == ["audit"]
    assert errors == [], "\n".join(errors)
    context.close()


def test_filters_reach_every_year_from_the_overview_and_from_a_year(browser, site_url: str) -> None:  # noqa: F811
    context = browser.new_context()
    page = context.new_page()
    page.goto(site_url)
    page.click("details.filters summary")
    # The overview has no events of its own: its choices come from the index when the filters open.
    page.wait_for_selector("#f-actor option[value='ada-martin']", state="attached")
    page.select_option("#f-actor", "ada-martin")
    _wait_for(page, "2 matching events", ["The harbour plan is announced", "The council votes the budget"])
    assert "actor=ada-martin" in page.url
    page.select_option("#f-tag", "budget")
    _wait_for(page, "1 matching event", ["The council votes the budget"])

    # On 2019's page, an actor of 2023 only is offered under "In other years", and a shared link keeps it.
    year = context.new_page()
    year.goto(site_url + "years/2019/?actor=state-auditor")
    year.wait_for_selector("#f-actor optgroup option[value='state-auditor']", state="attached")
    _wait_for(year, "1 matching event", ["An audit of the works"])
    assert visible_events(year) == []
    assert year.input_value("#f-actor") == "state-auditor"
    assert year.eval_on_selector("#f-actor optgroup", "g => g.label") == "In other years"
    context.close()


def test_without_javascript_year_pages_list_everything_and_no_search_shows(browser, site_url: str) -> None:  # noqa: F811
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "years/2023/?q=ecluse")
    assert visible_events(page) == ["lock-opens", "audit"]
    assert page.is_hidden("form.toolbar") and page.is_hidden(".site-results")
    page.goto(site_url)
    assert page.is_hidden("form.toolbar")
    context.close()


@pytest.mark.parametrize("text", [
    "L’Élysée a répondu : « non » le 2024-06-03, d'OpenAI à Taïwan",
    "Œuvre, cœur, Straße, İstanbul, ﬁnances, Łódź, ŀl",
    "北京 Москва Ἀθῆναι नमस्ते", "open-source_code x2 ²",
])
def test_the_page_folds_and_splits_words_as_the_index_does(browser, site_url: str, text: str) -> None:  # noqa: F811
    from generator.search import words

    page = browser.new_page()
    page.goto(site_url + "years/2019/")
    assert page.evaluate("t => window.claimTimelineWords(t)", text) == words(text)
    page.close()
