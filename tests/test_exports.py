"""The timeline as data, read back by real parsers: TimelineJS JSON, events.json, iCalendar, Atom, sitemap."""

from __future__ import annotations

import datetime as dt
import json
import posixpath
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import icalendar
import pytest

from conftest import copy_example_site
from test_theme import STORY_ORDER, make_story_site


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's example site (French), built once for this module."""
    from generator.build import build

    root = copy_example_site(tmp_path_factory.mktemp("example"))
    build(root)
    return root / "site"


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English story site with a span, a season and a year with a modifier, built once."""
    from generator.build import build

    root = make_story_site(tmp_path_factory.mktemp("story") / "story")
    build(root)
    return root / "site"


EXAMPLE_IDS = [
    "openai-fondee-en-2015",
    "musk-retire-sa-plainte",
    "musk-nouvelle-plainte",
    "restrictions-exportations-semi-conducteurs",
    "deepseek-en-tete-des-telechargements",
    "deepseek-remarque-par-la-silicon-valley",
]


def test_timeline_json_opens_in_timelinejs_with_dates_at_their_precision(example):
    data = json.loads((example / "timeline.json").read_text(encoding="utf-8"))
    assert data["title"]["text"]["headline"] == "OpenAI, DeepSeek et l'open source"
    slides = {s["unique_id"]: s for s in data["events"]}
    assert len(slides) == 10
    assert [s["unique_id"] for s in data["events"]][:6] == EXAMPLE_IDS
    assert slides["openai-fondee-en-2015"]["start_date"] == {"year": 2015}
    assert slides["musk-retire-sa-plainte"]["start_date"] == {"year": 2024, "month": 6}
    assert slides["musk-retire-sa-plainte"]["display_date"] == "juin 2024"
    assert "end_date" not in slides["musk-retire-sa-plainte"]
    # A week has no TimelineJS precision: it is drawn as the seven days it covers, with its words.
    week = slides["deepseek-remarque-par-la-silicon-valley"]
    assert week["start_date"] == {"year": 2025, "month": 2, "day": 3}
    assert week["end_date"] == {"year": 2025, "month": 2, "day": 9}
    assert week["display_date"] == "semaine du 3 février 2025"
    taiwan = slides["taiwan-interdit-deepseek"]
    assert taiwan["start_date"] == {"year": 2025, "month": 2, "day": 4}
    assert taiwan["text"]["headline"] == "Taïwan interdit à ses fonctionnaires d'utiliser DeepSeek"
    assert "Chronique du numérique</a>, publié le 4 février 2025" in taiwan["text"]["text"]
    claim = slides["altman-deepseek-tres-bon-modele"]
    assert claim["text"]["text"].startswith("<p><strong>Sam Altman</strong> a déclaré</p><blockquote>Le modèle de DeepSeek est excellent")
    assert claim["group"] == "Déclaration"


def test_timeline_json_spans_and_seasons(story):
    slides = {s["unique_id"]: s for s in json.loads((story / "timeline.json").read_text(encoding="utf-8"))["events"]}
    assert (slides["repairs"]["start_date"], slides["repairs"]["end_date"]) == ({"year": 2019}, {"year": 2021})
    assert slides["repairs"]["display_date"] == "2019–2021"
    assert (slides["opening"]["start_date"], slides["opening"]["end_date"]) == (
        {"year": 2025, "month": 3}, {"year": 2025, "month": 5})
    assert slides["founded"]["display_date"] == "early 2015"
    # Markup in a quote reaches TimelineJS escaped.
    assert "Shops on &lt;b&gt;Mill Street&lt;/b&gt;" in slides["park-claim"]["text"]["text"]


def test_events_json_holds_every_field(story):
    data = json.loads((story / "events.json").read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert data["site"]["title"] == "Riverside bridge"
    assert [e["id"] for e in data["events"]] == STORY_ORDER
    events = {e["id"]: e for e in data["events"]}
    lopez = events["lopez-claim"]
    assert lopez == {
        "id": "lopez-claim",
        "url": "https://example.org/bridge/events/lopez-claim/",
        "title": "The mayor promises the bridge for spring",
        "date": "2024-03-12",
        "date_mod": None,
        "date_label": "12 March 2024",
        "precision": "day",
        "first_day": "2024-03-12",
        "last_day": "2024-03-12",
        "kind": "claim",
        "speaker": "Maria Lopez",
        "actors": ["Maria Lopez", "Riverside Council"],
        "tags": ["transport"],
        "status": "reviewed",
        "sources": [{"source": "gazette",
                     "quote": "We will not leave it closed another winter, said the mayor on Tuesday",
                     "date_text": "on Tuesday", "date_basis": "text"}],
        "conflicts": [],
        "review": None,
        "body": "",
    }
    assert events["repairs"]["date"] == {"start": "2019", "end": "2021"}
    assert (events["repairs"]["first_day"], events["repairs"]["last_day"]) == ("2019-01-01", "2021-12-31")
    assert events["founded"]["date_mod"] == "start"
    assert [s["id"] for s in data["sources"]] == ["radio", "gazette"]
    assert data["sources"][1] == {"id": "gazette", "title": "The council votes to rebuild the bridge",
                                  "published": "2024-03-14", "language": "en", "publisher": "The Gazette",
                                  "url": "https://example.org/gazette/bridge"}


def _calendar(path: Path) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = {str(e["uid"]).split("@")[0]: e for e in calendar.walk("VEVENT")}
    assert all(str(e["uid"]).endswith("@example.org") for e in events.values())
    return events


def _days(event: icalendar.Event) -> tuple[dt.date, dt.date]:
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert type(start) is dt.date and type(end) is dt.date  # all-day, never a time of day
    return start, end


def test_ics_events_are_all_day_and_cover_their_whole_period(example, story):
    french = _calendar(example / "events.ics")
    assert len(french) == 10
    # DTEND is exclusive: a month runs to the first of the next month.
    assert _days(french["musk-retire-sa-plainte"]) == (dt.date(2024, 6, 1), dt.date(2024, 7, 1))
    assert _days(french["openai-fondee-en-2015"]) == (dt.date(2015, 1, 1), dt.date(2016, 1, 1))
    assert _days(french["restrictions-exportations-semi-conducteurs"]) == (dt.date(2024, 12, 1), dt.date(2025, 1, 1))
    assert _days(french["deepseek-remarque-par-la-silicon-valley"]) == (dt.date(2025, 2, 3), dt.date(2025, 2, 10))
    assert _days(french["taiwan-interdit-deepseek"]) == (dt.date(2025, 2, 4), dt.date(2025, 2, 5))
    claim = french["altman-deepseek-tres-bon-modele"]
    assert str(claim["summary"]) == "Sam Altman : Sam Altman juge excellent le modèle de DeepSeek"
    assert str(claim["description"]).startswith("« Le modèle de DeepSeek est excellent.")
    assert str(claim["url"]) == "https://example.org/chronologie/events/altman-deepseek-tres-bon-modele/"

    english = _calendar(story / "events.ics")
    assert _days(english["repairs"]) == (dt.date(2019, 1, 1), dt.date(2022, 1, 1))
    assert _days(english["opening"]) == (dt.date(2025, 3, 1), dt.date(2025, 6, 1))  # spring: March to May
    assert str(english["lopez-claim"]["summary"]) == "Maria Lopez: The mayor promises the bridge for spring"
    assert english["closed"]["categories"].cats == ["transport", "safety"]
    # The stamp is the newest source's day, so two builds give the same file.
    assert english["closed"].decoded("dtstamp") == dt.datetime(2024, 3, 14, tzinfo=dt.timezone.utc)


def test_atom_feed_lists_every_event(example):
    feed = feedparser.parse((example / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "OpenAI, DeepSeek et l'open source"
    links = [e.link for e in feed.entries]
    assert len(links) == 10
    assert "https://example.org/chronologie/events/musk-retire-sa-plainte/" in links
    by_link = {e.link: e for e in feed.entries}
    musk = by_link["https://example.org/chronologie/events/musk-retire-sa-plainte/"]
    assert musk.title == "juin 2024 — Elon Musk retire sa plainte contre OpenAI"
    assert musk.summary.startswith("Elon Musk a retiré en juin dernier la plainte")
    assert [t.term for t in musk.tags] == ["justice"]
    claim = by_link["https://example.org/chronologie/events/altman-publier-les-poids/"]
    assert claim.author == "Sam Altman"


def test_sitemap_lists_every_page(example):
    tree = ET.parse(example / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [loc.text for loc in tree.getroot().findall("s:url/s:loc", ns)]
    assert len(locs) == len(set(locs))
    base = "https://example.org/chronologie/"
    assert all(loc.startswith(base) for loc in locs)
    pages = {loc.removeprefix(base) for loc in locs}
    events = {p.parent.name for p in (example / "events").glob("*/index.html")}
    assert len(events) == 10
    assert {f"events/{e}/" for e in events} <= pages
    assert "" in pages and "sources/openai-face-a-deepseek/" in pages and "actors/sam-altman/" in pages
    assert "404.html" not in pages
    # Every URL in the sitemap is a page that was written.
    for page in pages:
        assert (example / page / "index.html").is_file(), page


def test_exports_are_linked_from_every_page(example):
    """Each HTML page links every export, and each link, read relative to that page, reaches the file."""
    exports = {"feed.xml", "events.ics", "events.json", "timeline.json"}
    pages = sorted(example.rglob("*.html"))
    assert len(pages) >= 20  # the timeline, 404, and the event, source, actor and tag pages
    for page in pages:
        links = _hrefs(page.read_text(encoding="utf-8"))
        folder = page.parent.relative_to(example).as_posix()
        reached = {posixpath.normpath(posixpath.join(folder, href)) for href in links if "://" not in href}
        assert exports <= reached, f"{page.relative_to(example)} misses {sorted(exports - reached)}"
    assert all((example / name).is_file() for name in exports)


def _hrefs(html: str) -> list[str]:
    """Every href of the page's <a> and <link> elements, read by the standard library's HTML parser."""
    found: list[str] = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in ("a", "link"):
                found.extend(v for k, v in attrs if k == "href" and v)

    Parser().feed(html)
    return found
