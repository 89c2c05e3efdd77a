"""The timeline page's view model: year and month groups, the density strip, year pages, quote marks, JSON-LD."""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import json
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Mapping

from markupsafe import Markup, escape

from .dates import DAY, MONTH, WEEK, YEAR, TimelineDate
from .model import Content, Event, Source, name_slug, slugify

# Above this many events the timeline is split into one page per year behind an overview,
# so that no page grows past ~1.5 MB of HTML (issue 5: 5,000 events). A site may change it
# with `split_years_above:` in site.yaml.
SPLIT_YEARS_ABOVE = 400
# Density bars per month while the story spans at most this many years, per year beyond.
MONTH_BARS_UP_TO_YEARS = 4

# Dates at these precisions sit under a month heading; coarser ones sit at the top of their year.
_MONTH_PRECISIONS = (MONTH, WEEK, DAY)


@dataclass
class MonthGroup:
    """Events under one month heading (key '2024-06'), or a year's coarser events (key None)."""

    key: str | None
    label: str | None
    events: list[Event]


@dataclass
class YearGroup:
    """One year of the timeline, its events grouped by month."""

    year: int
    months: list[MonthGroup]

    @property
    def count(self) -> int:
        """How many events the year holds."""
        return sum(len(m.events) for m in self.months)

    @property
    def events(self) -> list[Event]:
        """The year's events in order."""
        return [e for m in self.months for e in m.events]


@dataclass(frozen=True)
class YearSummary:
    """A year as the pages of other years show it: its number and how many events it holds.

    A year page's context carries these, not every year's events (issue 12: a page whose context
    holds every event is a page every edit touches).
    """

    year: int
    count: int


def month_key(event: Event) -> str | None:
    """'2024-06' for an event dated to a month, week or day; None for a coarser date."""
    if event.date.precision not in _MONTH_PRECISIONS:
        return None
    first = event.date.first_day()
    return f"{first.year:04d}-{first.month:02d}"


def group_timeline(events: list[Event], month_label: Callable[[str], str]) -> list[YearGroup]:
    """Events in order, grouped by the year their date starts in, then by month."""
    years = []
    for year, in_year in itertools.groupby(events, key=lambda e: e.date.first_day().year):
        months = [
            MonthGroup(key, month_label(key) if key else None, list(group))
            for key, group in itertools.groupby(in_year, key=month_key)
        ]
        years.append(YearGroup(year, months))
    return years


def split_threshold(content: Content) -> int:
    """How many events a site may have before its timeline is split into year pages."""
    value = content.site.extra.get("split_years_above", SPLIT_YEARS_ABOVE)
    return value if isinstance(value, int) and not isinstance(value, bool) else SPLIT_YEARS_ABOVE


# --- Density strip --------------------------------------------------------------


@dataclass
class Bar:
    """One bar of the density strip: a month or a year, its count, and where it links."""

    key: str
    label: str
    count: int
    x: int
    height: float
    href: str | None


@dataclass
class SpanLine:
    """A span event drawn under the bars, from the bar it starts in to the bar it ends in."""

    x1: float
    x2: float
    y: float
    title: str


@dataclass
class Density:
    """The density strip: bars in a viewBox of ``width`` x 100, tick labels in percent."""

    unit: str  # "month" or "year"
    bars: list[Bar]
    spans: list[SpanLine]
    ticks: list[tuple[str, float]] = field(default_factory=list)

    @property
    def width(self) -> int:
        """The viewBox width: one unit per bar."""
        return max(len(self.bars), 1)

    @property
    def height(self) -> int:
        """The viewBox height: room for the bars, and one row per span below them."""
        return 100 + (8 * len(self.spans) if self.spans else 0)


def density(
    events: list[Event],
    label: Callable[[str], str],
    href: Callable[[str], str | None],
) -> Density:
    """Events per month (a short story) or per year (a long one), as bars linking to their part of the timeline."""
    if not events:
        return Density("year", [], [])
    days = [e.date.first_day() for e in events]  # each worked out once (issue 12: three times at 100,000 events)
    first, last = min(days), max(days)
    unit = "month" if last.year - first.year < MONTH_BARS_UP_TO_YEARS else "year"
    keys = _bin_keys(first, last, unit)
    index = {key: i for i, key in enumerate(keys)}
    counts = dict.fromkeys(keys, 0)
    for day in days:
        counts[_bin_of(day, unit)] += 1
    most = max(counts.values())
    bars = [
        Bar(key, label(key), n, i, round(90 * n / most, 2) if n else 0.0, href(key) if n else None)
        for i, (key, n) in enumerate(counts.items())
    ]
    spans = []
    for event in (e for e in events if e.date.end is not None):
        start = index[_bin_of(event.date.first_day(), unit)]
        end_key = _bin_of(min(event.date.last_day(), last), unit)
        end = index.get(end_key, len(keys) - 1)
        spans.append(SpanLine(start + 0.1, end + 0.9, 104 + 8 * len(spans), event.title))
    return Density(unit, bars, spans, _ticks(keys, unit))


def _bin_of(day: dt.date, unit: str) -> str:
    return f"{day.year:04d}-{day.month:02d}" if unit == "month" else f"{day.year:04d}"


def _bin_keys(first: dt.date, last: dt.date, unit: str) -> list[str]:
    if unit == "year":
        return [f"{y:04d}" for y in range(first.year, last.year + 1)]
    keys = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return keys


def _ticks(keys: list[str], unit: str) -> list[tuple[str, float]]:
    """Labels under the strip: every year (thinned out to about ten), at the left edge of its first bar."""
    if not keys:
        return []
    if unit == "month":
        starts = [(k[:4], i) for i, k in enumerate(keys) if k.endswith("-01") or i == 0]
    else:
        starts = [(k, i) for i, k in enumerate(keys)]
    step = max(1, -(-len(starts) // 10))
    return [(text, round(100 * i / len(keys), 3)) for text, i in starts[::step]]


# --- Small helpers for the templates ------------------------------------------------


def mark_date(quote: str, date_text: str | None) -> Markup:
    """The quote, escaped, with the words its date was read from wrapped in <mark>."""
    if not date_text:
        return escape(quote)
    match = re.search(re.escape(date_text.strip()), quote, flags=re.IGNORECASE)
    if match is None:
        return escape(quote)
    return Markup("{}<mark>{}</mark>{}").format(quote[: match.start()], match.group(0), quote[match.end():])


def html_datetime(date: TimelineDate) -> str:
    """A value valid in <time datetime>: the date's own spelling where HTML knows it, else its year."""
    start = date.start
    if start.precision in (DAY, MONTH, WEEK, YEAR):
        return start.iso()
    return f"{start.first_day().year:04d}"


def schema_date(date: TimelineDate, end: bool = False) -> str:
    """An ISO 8601 date at the date's precision (2015, 2024-06, 2024-06-03) for schema.org and exports."""
    part = (date.end or date.start) if end else date.start
    if part.precision in (DAY, MONTH, YEAR):
        return part.iso()
    return (part.last_day() if end else part.first_day()).isoformat()


def json_ld(event: Event, sources: Mapping[str, Source], url: str, site_author: str = "",
            articles: dict[str, Recurring] | None = None) -> Markup:
    """schema.org JSON-LD for an event page, one item per page: an Event, a Claim with its appearances,
    or, when the reviewer gave a verdict, a ClaimReview of that Claim (Google's Fact Check tools read one per page).

    ``articles``: each source's NewsArticle by its id, kept by the caller between pages of the same sources,
    so that its text is written once per indentation (a third of the text of most pages' JSON-LD).
    """
    if articles is None:
        articles = {}
    appearances = []
    for ref in event.sources:
        found = articles.get(ref.source)
        if found is None:
            found = articles[ref.source] = Recurring(_appearance(sources[ref.source]))
        appearances.append(found)
    quotes = [ref.quote for ref in event.sources if ref.quote]
    if event.kind == "claim":
        data = _claim(event, appearances, quotes)
        if event.review is not None:
            data = _claim_review(event, data, quotes, url, site_author)
        elif url:
            data["url"] = url
    else:
        data = {"@type": "Event", "name": event.title, "startDate": schema_date(event.date)}
        if event.date.end is not None:
            data["endDate"] = schema_date(event.date, end=True)
        if quotes:
            data["description"] = quotes[0]
        if event.actors:
            data["about"] = [{"@type": "Thing", "name": name} for name in event.actors]
        data["subjectOf"] = appearances
        if url:
            data["url"] = url
    if event.tags:
        data["keywords"] = ", ".join(event.tags)
    text = dumps_indented({"@context": "https://schema.org", **data})
    # A quote may hold "</script>": escape the characters HTML cares about, as JSON allows.
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def dumps_indented(value: Any, indent: int = 1, newline: str = "\n") -> str:
    """``json.dumps(value, ensure_ascii=False, indent=indent)``, the same text, in a fifth of the time;
    ``newline`` in place of each of its line breaks (a list's item is indented for its place).

    With ``indent``, the json module encodes in Python, a generator per level (issue 12: a sixth of
    rendering an event page); here one recursive join, strings escaped by the module's own escaper.
    A value of another type than JSON's own is left to json.dumps, as are its errors.
    """
    try:
        return _indented(value, newline, " " * indent)
    except _NotPlain:  # JSON's text holds no line break but those between its lines
        return json.dumps(value, ensure_ascii=False, indent=indent).replace("\n", newline)


class _NotPlain(Exception):
    """A value _indented leaves to json.dumps."""


class Recurring(dict):  # type: ignore[type-arg]
    """A JSON object that recurs across many documents (a source's NewsArticle): dumps_indented writes its
    text once for each place it is indented for. It must not change once written."""

    def __init__(self, value: dict[str, Any]) -> None:
        super().__init__(value)
        self.texts: dict[tuple[str, str], str] = {}


_escape_json = json.encoder.encode_basestring  # the C escaper when there is one, as json.dumps uses


def _indented(value: Any, newline: str, step: str) -> str:
    kind = value.__class__
    if kind is str:
        return _escape_json(value)
    if kind is Recurring:
        found = value.texts.get((newline, step))
        if found is None:
            found = value.texts[newline, step] = _indented(dict(value), newline, step)
        return found
    if kind is dict and value:
        # Most values are strings: escaped here rather than in a call each (issue 12: JSON-LD on every
        # event page, and two exports, 30,000 documents at 10,000 events).
        inner = newline + step
        items = []
        for key, item in value.items():
            if not isinstance(key, str):
                raise _NotPlain()
            items.append(_escape_json(key) + ": " + (_escape_json(item) if item.__class__ is str else "null"
                                                     if item is None else _indented(item, inner, step)))
        return "{" + inner + ("," + inner).join(items) + newline + "}"
    if kind is list and value:
        inner = newline + step
        return "[" + inner + ("," + inner).join([_escape_json(item) if item.__class__ is str
                                                 else _indented(item, inner, step) for item in value]) + newline + "]"
    if isinstance(value, str):
        return _escape_json(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    inner = newline + step
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = []
        for key, item in value.items():
            if not isinstance(key, str):
                raise _NotPlain()
            items.append(_escape_json(key) + ": " + _indented(item, inner, step))
        return "{" + inner + ("," + inner).join(items) + newline + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[" + inner + ("," + inner).join([_indented(item, inner, step) for item in value]) + newline + "]"
    raise _NotPlain()  # floats (their NaN and infinities), other types: json's own rules


def _appearance(source: Source) -> dict[str, Any]:
    """An article a claim or event appears in, as a schema.org NewsArticle."""
    work: dict[str, Any] = {
        "@type": "NewsArticle",
        "headline": source.title,
        "datePublished": source.published.isoformat(),
        "inLanguage": source.language,
    }
    if source.url:
        work["url"] = source.url
    if source.publisher:
        work["publisher"] = {"@type": "Organization", "name": source.publisher}
    return work


def _claim(event: Event, appearances: list[dict[str, Any]], quotes: list[str]) -> dict[str, Any]:
    """A schema.org Claim: who said it, when, and every article it appears in, the first one named."""
    data: dict[str, Any] = {"@type": "Claim", "name": event.title}
    if event.speaker:
        data["author"] = {"@type": _agent_type(event.speaker), "name": event.speaker}
    if quotes:
        data["text"] = quotes[0]
    data["datePublished"] = schema_date(event.date)
    data["appearance"] = appearances
    if appearances:
        # sources: lists the first appearance first; the earliest publication decides when they were reordered.
        data["firstAppearance"] = min(appearances, key=lambda w: w["datePublished"])
    return data


def _claim_review(event: Event, claim: dict[str, Any], quotes: list[str], url: str, site_author: str) -> dict[str, Any]:
    """The reviewer's verdict on a claim, as schema.org ClaimReview with the claim as itemReviewed."""
    review = event.review
    assert review is not None
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": review.rating}
    data: dict[str, Any] = {"@type": "ClaimReview", "claimReviewed": quotes[0] if quotes else event.title,
                            "itemReviewed": claim, "reviewRating": rating}
    if review.summary:
        data["reviewBody"] = review.summary
    by = review.by or site_author
    if by:
        data["author"] = {"@type": "Organization", "name": by}
    if review.date:
        data["datePublished"] = review.date.isoformat()
    if review.url or url:
        data["url"] = review.url or url
    return data


# Each name's schema.org type, worked out once: the rule lives in the extractor, whose import (its every
# language's patterns) was 25 ms of a one-event build (issue 12); the edits' cache hands them over.
_AGENT_TYPES: dict[str, str] = {}


def agent_types(names: Iterable[str]) -> dict[str, str]:
    """Person or Organization for each name (what a claim's author is in JSON-LD)."""
    return {name: _agent_type(name) for name in names}


def know_agent_types(types: Mapping[str, str]) -> None:
    """Take the types of names worked out by an earlier build (generator/quick.py)."""
    _AGENT_TYPES.update(types)


def _agent_type(name: str) -> str:
    """Person for a person's name, Organization for anything else (a ministry, a company, a court)."""
    found = _AGENT_TYPES.get(name)
    if found is None:
        from .extract.actors import looks_like_person

        found = _AGENT_TYPES[name] = "Person" if looks_like_person(name) else "Organization"
    return found


def event_slugs(event: Event, sources: Mapping[str, Source] | None = None,
                slug: Callable[[str], str] = name_slug) -> dict[str, str]:
    """The space-separated values the filter script matches an event card on."""
    people = dict.fromkeys([*event.actors, *([event.speaker] if event.speaker else [])])
    return {
        "actors": " ".join(slug(name) for name in people),
        "tags": " ".join(slug(tag) for tag in event.tags),
        "sources": " ".join(dict.fromkeys(ref.source for ref in event.sources)),
        "outlets": " ".join(slugify(name) for name in outlets(event, sources or {})),
    }


def outlets(event: Event, sources: Mapping[str, Source]) -> list[str]:
    """The publishers of an event's sources, each once (a source without a publisher names none)."""
    names = (sources[ref.source].publisher if ref.source in sources else None for ref in event.sources)
    return list(dict.fromkeys(name for name in names if name))


def source_count(event: Event) -> int:
    """How many sources an event cites, each once, ids compared as Jinja's ``unique`` compares them (case aside).

    The card's ``map(attribute="source") | unique | list | length``, as one call: four filters per card
    were a twentieth of rendering an event page (issue 12).
    """
    return len({ref.source.lower() if isinstance(ref.source, str) else ref.source for ref in event.sources})


def first_appearance(event: Event, sources: Mapping[str, Source]) -> Source | None:
    """The source that told the fact first: the earliest publication, the order of ``sources:`` at equal days."""
    cited = [sources[ref.source] for ref in event.sources if ref.source in sources]
    return min(cited, key=lambda s: s.published) if cited else None


def filter_options(events: list[Event], content: Content, slug_of: Callable[[str], str]) -> dict[str, list[tuple[str, str, int]]]:
    """The choices of each filter as (value, label, count), from the events on the page."""
    # Each value is listed once per event that has it and counted by Counter (in C, in the order first seen):
    # counted one by one in Python, the filters of a 10,000-event site's 76 year pages were a visible share of
    # a cold build (issue 12).
    publisher = {sid: source.publisher for sid, source in content.sources.items()}
    people: list[str] = []
    tag_list: list[str] = []
    cited: list[str] = []
    outlet_list: list[str] = []
    kind_list: list[str] = []
    for event in events:
        people += dict.fromkeys([*event.actors, event.speaker] if event.speaker else event.actors)
        tag_list += event.tags
        ids = dict.fromkeys([ref.source for ref in event.sources])
        cited += ids
        outlet_list += dict.fromkeys([name for name in map(publisher.get, ids) if name])
        kind_list.append(event.kind)
    actors, tags, sources = collections.Counter(people), collections.Counter(tag_list), collections.Counter(cited)
    publishers, kinds = collections.Counter(outlet_list), collections.Counter(kind_list)

    def by_name(found: dict[str, int], slug: Callable[[str], str], name: Callable[[str], str]) -> list[tuple[str, str, int]]:
        return sorted(((slug(k), name(k), n) for k, n in found.items()), key=lambda o: o[1].casefold())

    def source_name(sid: str) -> str:
        source = content.sources[sid]
        return f"{source.publisher}, {source.title}" if source.publisher else source.title

    return {
        "actor": by_name(actors, slug_of, str),
        "tag": by_name(tags, slug_of, str),
        "kind": [(k, k, kinds[k]) for k in ("event", "claim") if k in kinds],
        "source": by_name(sources, str, source_name),
        "outlet": by_name(publishers, slugify, str),
    }


class LazyOptions(Mapping[str, list[tuple[str, str, int]]]):
    """A year page's filter choices, worked out when the page is rendered, not each time pages are listed.

    They follow from the year's events and sources, which the page's key already holds (issue 12: the
    choices of 76 year pages were a tenth of listing the pages of 10,000 events after one edit).
    """

    def __init__(self, events: list[Event], content: Content, slug: Callable[[str], str]):
        self._args = (events, content, slug)
        self._options: dict[str, list[tuple[str, str, int]]] | None = None

    def work_out(self) -> None:
        """Work the choices out now (before the render workers are forked, so that none does it again)."""
        self._found()

    def _found(self) -> dict[str, list[tuple[str, str, int]]]:
        if self._options is None:
            self._options = filter_options(*self._args)
        return self._options

    def __getitem__(self, key: str) -> list[tuple[str, str, int]]:
        return self._found()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._found())

    def __len__(self) -> int:
        return len(self._found())

    def __reduce__(self) -> tuple[Any, ...]:
        # Kept (generator/quick.py) as the plain choices: a page after an edit then never reads back its
        # year's events to count them again (issue 12: a hundred rows read for one year page).
        return (dict, (self._found(),))
