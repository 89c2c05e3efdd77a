"""Issue 10 on the site: every source of an event, the first one, date conflicts, the outlet filter, ClaimReview."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import pytest

from conftest import write
from test_site_browser import _serve, browser, open_page, visible_events  # noqa: F401 - pytest fixtures
from test_theme import make_story_site, page

SCHEMA = "https://schema.org/"


def story_with_two_outlets(root: Path) -> Path:
    """The English story site, plus a second outlet that tells the mayor's claim first and dates it a day earlier."""
    make_story_site(root)
    write(root / "content/sources/river-news.md", """
        ---
        title: Mayor on the bridge
        published: 2024-03-13
        language: en
        publisher: River News
        url: https://example.org/river/mayor
        ---
        The mayor spoke on Monday.
        """)
    write(root / "content/events/lopez-claim.yaml", """
        title: The mayor promises the bridge for spring
        date: 2024-03-12
        kind: claim
        speaker: Maria Lopez
        actors: [Maria Lopez, Riverside Council]
        tags: [transport]
        status: reviewed
        sources:
          - source: gazette
            quote: We will not leave it closed another winter, said the mayor on Tuesday
            date_text: on Tuesday
          - source: river-news
            quote: We will not leave it closed another winter
            date_text: on Monday
        conflicts:
          - {source: river-news, date: "2024-03-11", date_text: on Monday}
        review: {rating: Misleading, summary: The bridge stays closed until May., by: Fact desk,
                 url: "https://example.org/checks/bridge", date: 2024-03-16}
        """)
    return root


@pytest.fixture(scope="module")
def two_outlets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built site with two outlets."""
    from generator.build import build

    root = story_with_two_outlets(tmp_path_factory.mktemp("outlets") / "story")
    build(root)
    return root / "site"


def text_of(path: Path) -> str:
    """A page's text with its markup removed and spacing collapsed."""
    import html
    import re

    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))).split())


def test_an_event_says_how_many_sources_told_it_and_which_first(two_outlets: Path) -> None:
    for path in (two_outlets / "index.html", two_outlets / "events/lopez-claim/index.html"):
        text = text_of(path)
        assert "Reported by 2 sources, first by River News on 13 March 2024" in text
        assert "Dates differ: River News gives 11 March 2024 (“on Monday”)" in text
    html = (two_outlets / "events/lopez-claim/index.html").read_text(encoding="utf-8")
    # Every source is linked: its page on the site and the article itself.
    for href in ('href="../../sources/gazette/"', 'href="../../sources/river-news/"',
                 'href="https://example.org/gazette/bridge"', 'href="https://example.org/river/mayor"'):
        assert href in html
    # An event told by one source says so, with no "first by".
    closed = text_of(two_outlets / "events/closed/index.html")
    assert "Reported by 1 source" in closed and "first by" not in closed and "Dates differ" not in closed


def test_the_timeline_offers_an_outlet_filter(two_outlets: Path) -> None:
    html = page(two_outlets / "index.html")
    [select] = [s for s in html.find("select") if s.get("name") == "outlet"]
    options = [o["value"] for o in html.find("option")]
    assert "river-news" in options and "the-gazette" in options
    card = html.find("article", id="lopez-claim")[0]
    assert card["data-outlets"] == "the-gazette river-news"
    assert card["data-sources"] == "gazette river-news"


def test_french_interface_words(tmp_path: Path, run_cli) -> None:
    root = story_with_two_outlets(tmp_path / "s")
    config = root / "content/site.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("language: en", "language: fr")
                      .replace("locale: en_GB", "locale: fr_FR"), encoding="utf-8")
    assert run_cli("--site", root, "build").code == 0
    text = text_of(root / "site/events/lopez-claim/index.html")
    assert "Rapporté par 2 sources, d’abord par River News le 13 mars 2024" in text
    assert "Dates divergentes : River News donne la date : 11 mars 2024 (« on Monday »)" in text


# --- JSON-LD, read by a real JSON-LD processor ------------------------------------------------


def expanded(path: Path) -> list[dict]:
    """The page's JSON-LD expanded by pyld, with schema.org's context served locally (nothing fetched)."""
    from pyld import jsonld

    scripts = page(path).scripts
    assert len(scripts) == 1, "one JSON-LD item per page"

    def local_loader(url: str, options: dict | None = None) -> dict:
        # schema.org's published context maps every term into its vocabulary; @vocab says the same.
        assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
        return {"contextUrl": None, "documentUrl": url, "document": {"@context": {"@vocab": SCHEMA}}}

    return jsonld.expand(json.loads(scripts[0]), {"documentLoader": local_loader})


def one(node: dict, prop: str) -> object:
    """The single value of a property in expanded JSON-LD (a node, or a literal's value)."""
    values = node[SCHEMA + prop]
    assert len(values) == 1, (prop, values)
    value = values[0]
    return value.get("@value", value)


def test_a_claim_with_a_verdict_is_a_claim_review(two_outlets: Path) -> None:
    [review] = expanded(two_outlets / "events/lopez-claim/index.html")
    assert review["@type"] == [SCHEMA + "ClaimReview"]
    assert one(review, "claimReviewed") == "We will not leave it closed another winter, said the mayor on Tuesday"
    assert one(one(review, "reviewRating"), "alternateName") == "Misleading"
    assert one(review, "reviewBody") == "The bridge stays closed until May."
    assert one(one(review, "author"), "name") == "Fact desk"
    assert one(review, "datePublished") == "2024-03-16"
    assert one(review, "url") == "https://example.org/checks/bridge"
    claim = one(review, "itemReviewed")
    assert claim["@type"] == [SCHEMA + "Claim"]
    author = one(claim, "author")
    assert author["@type"] == [SCHEMA + "Person"] and one(author, "name") == "Maria Lopez"
    assert one(claim, "datePublished") == "2024-03-12"
    headlines = [one(a, "headline") for a in claim[SCHEMA + "appearance"]]
    assert headlines == ["The council votes to rebuild the bridge", "Mayor on the bridge"]
    # The first appearance is the earlier publication, though the file lists the Gazette first.
    first = one(claim, "firstAppearance")
    assert one(first, "headline") == "Mayor on the bridge" and one(first, "datePublished") == "2024-03-13"
    assert one(one(first, "publisher"), "name") == "River News"


def test_a_claim_without_a_verdict_is_a_plain_claim(tmp_path: Path, run_cli) -> None:
    root = story_with_two_outlets(tmp_path / "s")
    path = root / "content/events/lopez-claim.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("review:")], encoding="utf-8")
    assert run_cli("--site", root, "build").code == 0
    [claim] = expanded(root / "site/events/lopez-claim/index.html")
    assert claim["@type"] == [SCHEMA + "Claim"]
    assert SCHEMA + "reviewRating" not in claim and "ClaimReview" not in json.dumps(claim)
    assert len(claim[SCHEMA + "appearance"]) == 2
    assert one(one(claim, "firstAppearance"), "headline") == "Mayor on the bridge"
    # An organisation speaking is not a person.
    path.write_text(text[: text.index("review:")].replace("speaker: Maria Lopez", "speaker: Riverside Council"),
                    encoding="utf-8")
    assert run_cli("--site", root, "build").code == 0
    [claim] = expanded(root / "site/events/lopez-claim/index.html")
    assert one(claim, "author")["@type"] == [SCHEMA + "Organization"]


# --- In Chromium ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def outlets_url(two_outlets: Path) -> Iterator[str]:
    """The two-outlet site served over HTTP."""
    yield from _serve(two_outlets)


@pytest.mark.browser
def test_filtering_by_outlet_keeps_its_state_in_the_url(browser, open_page, outlets_url: str) -> None:
    page_ = open_page(outlets_url)
    assert page_.errors == []
    every = visible_events(page_)
    assert "lopez-claim" in every and len(every) > 1
    page_.click("details.filters summary")
    page_.select_option("#f-outlet", "river-news")
    assert visible_events(page_) == ["lopez-claim"]
    assert "outlet=river-news" in page_.url
    shared = open_page(page_.url)
    assert visible_events(shared) == ["lopez-claim"]
    assert shared.input_value("#f-outlet") == "river-news"
    assert shared.is_visible("#lopez-claim .conflict")
    page_.select_option("#f-outlet", "the-gazette")
    # The radio show names no publisher: it is the one outlet-less event.
    assert visible_events(page_) == [e for e in every if e != "park-claim"]
    assert "outlet=the-gazette" in page_.url
