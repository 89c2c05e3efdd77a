"""The site's structure, computed once per build: every page, its URL, and what it shows.

Each page carries ``inputs``: the digests of exactly what it shows (its events and the sources
they cite, the neighbours it links to, the counts it prints). With the digests of its template
files and of the site's settings they make the page's key (generator/build.py): a page whose key
did not change is not rendered again (STYLE habit 11).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Callable

from . import timeline
from .dates import TimelineDate
from .drafts import is_draft
from .model import Content, Event, Source
from .stamp import parts_digest as _digest

# The feed lists the latest events only (issue 12: at 100,000 events it weighed 63 MB);
# a site may change it with `feed_entries:` in site.yaml.
FEED_ENTRIES = 100
# A list (a year, an actor, a tag, a source) shows at most this many events per page, the rest on
# numbered pages (issue 12: at 100,000 events a year page weighed 5.5 MB and an actor's 30 MB);
# a site may lower it with `page_size:` in site.yaml.
PAGE_SIZE = 500
LATEST_ON_OVERVIEW = 12
SITEMAP_URLS = 50_000  # the sitemaps protocol's limit per file


@dataclass(frozen=True)
class Pager:
    """Where one page of a list sits among its numbered pages: URLs relative to the site root."""

    number: int
    urls: tuple[str, ...]  # every page of the list, the first one at the list's own URL

    @property
    def total(self) -> int:
        """How many pages the list has."""
        return len(self.urls)

    @property
    def previous(self) -> str | None:
        """The URL of the page before, if any."""
        return self.urls[self.number - 2] if self.number > 1 else None

    @property
    def next(self) -> str | None:
        """The URL of the page after, if any."""
        return self.urls[self.number] if self.number < self.total else None


@dataclass(frozen=True)
class Page:
    """One output file: its path under site/, the template, the page's own variables and what it shows."""

    path: str  # e.g. "events/openai-fondation/index.html"
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    inputs: tuple[Any, ...] = ()  # digests and plain values: the page's bytes depend on nothing else of the content

    @property
    def url(self) -> str:
        """The page's URL relative to the site root: 'events/x/' for 'events/x/index.html'."""
        return self.path.removesuffix("index.html")

    @property
    def root(self) -> str:
        """The relative prefix from this page to the site root, so links work under any sub-path."""
        return "../" * self.path.count("/") or "./"


def event_path(event: Event) -> str:
    """Where an event's page is written."""
    return f"events/{event.id}/index.html"


def source_path(source: Source) -> str:
    """Where a source's page is written."""
    return f"sources/{source.id}/index.html"


def page_url(base: str, number: int) -> str:
    """The URL of a list's page: its own URL ('years/2024/') for the first, 'years/2024/page/2/' after."""
    return base if number == 1 else f"{base}page/{number}/"


def paged(base: str, events: list[Event], size: int) -> list[tuple[str, list[Event], Pager]]:
    """A list cut into pages of at most ``size`` events: (path, events, pager) each; one page when empty."""
    parts = [events[i:i + size] for i in range(0, len(events), size)] or [[]]
    urls = tuple(page_url(base, n) for n in range(1, len(parts) + 1))
    return [(f"{url}index.html", part, Pager(n, urls)) for n, (url, part) in enumerate(zip(urls, parts), 1)]


def card_digest(event_digest: str, cited: list[str]) -> str:
    """The digest of an event's card from its own digest and those of the sources it cites, in order."""
    return _digest(event_digest, cited)


def object_digest(obj: Event | Source) -> str:
    """A digest of a loaded event or source from its fields, when no file digest is known."""
    return _digest(type(obj).__name__, repr(obj))


class Structure:
    """The pages of one build of a site, in a stable order, each with its URL and its inputs."""

    def __init__(self, content: Content, date_label: Callable[[TimelineDate], str], slug: Callable[[str], str],
                 digest_of: Callable[[Event | Source], str] = object_digest, listed: bool = True):
        """``listed=False`` leaves the pages to :meth:`list_pages`: the cards and ``split`` are known before."""
        self.content = content
        self.date_label = date_label
        self.slug = slug
        self._digest_of = digest_of
        self._cards: dict[int, str] = {}  # id(event) -> its card's digest: events of the content only (it holds them)
        self.page_size = page_size(content)
        # A timeline longer than a page is split into years, whatever the site's threshold says.
        self.split = len(content.events) > min(timeline.split_threshold(content), self.page_size)
        self._places: dict[int, str] = {}  # id(event) -> the URL of the year page that lists it
        # event id -> the pages whose inputs hold its card: what one edit of it makes again (issue 12)
        self.shows: dict[str, list[str]] = {}
        self.pages: list[Page] = self._pages() if listed else []

    def list_pages(self) -> Structure:
        """List the pages of a structure made with ``listed=False``."""
        self.pages = self._pages()
        return self

    def with_events(self, content: Content, edits: list[tuple[Event, Event]]) -> Structure:
        """This structure for ``content``, where each edited event (old, new) stands where the old one stood.

        The pages are left as they are: generator/edit.py remakes those that show an edited event.
        """
        other = copy.copy(self)
        other.content = content
        other._cards = dict(self._cards)
        other._places = dict(self._places)
        for old, new in edits:
            # The old event leaves with its entries: once it is freed, its id is handed on to an object made later,
            # which a kept entry would answer for. Every key is then an event of the content, which holds it alive.
            other._cards.pop(id(old), None)
            other._cards.pop(id(new), None)
            place = other._places.pop(id(old), None)
            if place is not None:
                other._places[id(new)] = place
        return other

    # --- URLs -----------------------------------------------------------------

    def timeline_url(self, event: Event) -> str:
        """Where an event sits on the timeline, relative to the site root: '#id' or 'years/2024/#id'."""
        if not self.split:
            return f"#{event.id}"
        return f"{self._places[id(event)]}#{event.id}"

    # --- what pages show ------------------------------------------------------

    def card(self, event: Event) -> str:
        """The digest of an event as a card shows it: the event and the sources it cites."""
        key = id(event)
        found = self._cards.get(key)
        if found is None:
            sources = self.content.sources
            cited = [self._digest_of(sources[r.source]) for r in event.sources if r.source in sources]
            found = self._cards[key] = card_digest(self._digest_of(event), cited)
        return found

    def cards(self, events: list[Event]) -> str:
        """The digest of a list of cards, in order."""
        known, card = self._cards.get, self.card  # most are known: no method call for them
        return _digest([known(id(e)) or card(e) for e in events])

    def _pages(self) -> list[Page]:
        content = self.content
        events = content.events
        pages = self._timeline_pages()
        pages.append(Page("404.html", "404.html"))
        for event in events:
            pages.append(self._showing(Page(event_path(event), "event.html", {"event": event},
                                            (self.card(event), self.timeline_url(event))), [event]))
        by_source: dict[str, list[Event]] = {}
        for event in events:
            for source_id in dict.fromkeys(r.source for r in event.sources):
                by_source.setdefault(source_id, []).append(event)
        for source in sorted(content.sources.values(), key=lambda s: (s.published, s.id)):
            own = by_source.get(source.id, [])
            for path, part, pager in paged(source_path(source).removesuffix("index.html"), own, self.page_size):
                pages.append(self._showing(Page(path, "source.html", {"source": source, "events": part,
                                                                      "total": len(own), "pager": pager},
                                                (self._digest_of(source), self.cards(part), len(own), pager)), part))
        for kind, groups in (("actor", by_actor(events)), ("tag", by_tag(events))):
            for name, own in groups.items():
                for path, part, pager in paged(f"{kind}s/{self.slug(name)}/", own, self.page_size):
                    pages.append(self._showing(Page(path, "list.html", {
                        "heading": name, "list_kind": kind, "events": part, "total": len(own), "pager": pager,
                    }, (name, kind, self.cards(part), len(own), pager)), part))
        drafts = {event_path(e) for e in events if is_draft(e)}  # no badge in a sitemap or a feed
        html_urls = [p.url for p in pages if p.path != "404.html" and p.path not in drafts]
        pages.extend(sitemap_pages(html_urls))
        latest = [e for e in reversed(events) if not is_draft(e)][: feed_entries(content)]
        updated = feed_updated(content)
        pages.append(self._showing(Page("feed.xml", "feed.xml", {"events": latest, "updated": updated},
                                        (self.cards(latest), updated)), latest))
        return pages

    def _showing(self, page: Page, events: list[Event]) -> Page:
        """Record that ``page`` shows these events' cards (its inputs hold them)."""
        for event in events:
            self.shows.setdefault(event.id, []).append(page.path)
        return page

    def _timeline_pages(self) -> list[Page]:
        """The timeline as one page, or, for a large site, an overview and each year's numbered pages.

        Each page's inputs are the cards it shows, the counts it prints and the strip's digest.
        """
        content = self.content
        events = content.events
        label = lambda key: self.date_label(TimelineDate.parse(key))  # noqa: E731 - a key such as '2024-06'
        years = timeline.group_timeline(events, label)
        months = {m.key for y in years for m in y.months if m.key}
        if not self.split:
            strip = timeline.density(events, label,
                                     lambda key: f"#{key}" if len(key) == 4 or key in months else f"#{key[:4]}")
            return [self._showing(Page("index.html", "index.html", {
                "split": False, "years": years, "events": events, "density": strip,
                "options": timeline.filter_options(events, content, self.slug),
            }, (self.cards(events), _digest(strip))), events)]
        # Each year cut into pages; where each month and each event landed, for the links to them.
        year_parts = [(year, paged(f"years/{year.year}/", year.events, self.page_size)) for year in years]
        month_urls: dict[str, str] = {}
        # Each event's month as group_timeline found it, not worked out again from its date (issue 12).
        month_of = {id(event): month.key for year in years for month in year.months for event in month.events}
        for year, parts in year_parts:
            for path, part, pager in parts:
                url = page_url(f"years/{year.year}/", pager.number)
                for event in part:
                    self._places[id(event)] = url
                    key = month_of[id(event)]
                    if key is not None:
                        month_urls.setdefault(key, url)

        def year_href(key: str) -> str:
            return month_urls[key] + f"#{key}" if key in month_urls else f"years/{key[:4]}/"

        strip = timeline.density(events, label, year_href)
        strip_digest = _digest(strip)
        neighbours = [(y.year, y.count) for y in years]
        summaries = [timeline.YearSummary(y.year, y.count) for y in years]  # no page holds every year's events
        ends = (events[0].date, events[-1].date) if events else ()
        latest = events[-LATEST_ON_OVERVIEW:][::-1]
        pages = [self._showing(Page("index.html", "index.html", {
            "split": True, "years": summaries, "events": events, "density": strip, "latest": latest,
        }, (len(events), ends, neighbours, strip_digest, self.cards(latest))), latest)]
        for i, (year, parts) in enumerate(year_parts):
            previous = summaries[i - 1] if i > 0 else None
            following = summaries[i + 1] if i + 1 < len(years) else None
            for path, part, pager in parts:
                # A year on one page shows the months its group already holds (issue 12: grouped twice).
                shown = timeline.YearGroup(year.year, year.months if len(parts) == 1 else _months_of(part, label))
                pages.append(self._showing(Page(path, "year.html", {
                    "year": summaries[i], "shown": shown, "years": summaries, "density": strip, "events": part,
                    "previous": previous, "next": following, "pager": pager,
                    "options": timeline.LazyOptions(part, content, self.slug),
                }, (self.cards(part), neighbours, strip_digest, previous and previous.year,
                    following and following.year, pager)), part))
        return pages


def sitemap_pages(urls: list[str]) -> list[Page]:
    """sitemap.xml; past 50,000 URLs (the protocol's limit per file) an index of sitemap-1.xml, sitemap-2.xml..."""
    if len(urls) <= SITEMAP_URLS:
        return [Page("sitemap.xml", "sitemap.xml", {"urls": urls}, (_digest(urls),))]
    parts = [urls[i:i + SITEMAP_URLS] for i in range(0, len(urls), SITEMAP_URLS)]
    names = [f"sitemap-{n}.xml" for n in range(1, len(parts) + 1)]
    # At the site's root: a sitemap may only list URLs under its own folder.
    pages = [Page("sitemap.xml", "sitemap_index.xml", {"sitemaps": names}, (names,))]
    pages += [Page(name, "sitemap.xml", {"urls": part}, (_digest(part),)) for name, part in zip(names, parts)]
    return pages


def _months_of(events: list[Event], label: Callable[[str], str]) -> list[timeline.MonthGroup]:
    """The month groups of a page of a year: the months its events fall in (a month may go on over two pages)."""
    return timeline.group_timeline(events, label)[0].months if events else []


def page_size(content: Content) -> int:
    """How many events a page of a list shows at most."""
    value = content.site.extra.get("page_size", PAGE_SIZE)
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else PAGE_SIZE


def by_actor(events: list[Event]) -> dict[str, list[Event]]:
    """Events by each actor or speaker they name, actors sorted by name."""
    found: dict[str, list[Event]] = {}
    for event in events:
        for name in dict.fromkeys([*event.actors, *([event.speaker] if event.speaker else [])]):
            found.setdefault(name, []).append(event)
    return dict(sorted(found.items(), key=lambda item: item[0].casefold()))


def by_tag(events: list[Event]) -> dict[str, list[Event]]:
    """Events by tag, tags sorted."""
    found: dict[str, list[Event]] = {}
    for event in events:
        for tag in event.tags:
            found.setdefault(tag, []).append(event)
    return dict(sorted(found.items(), key=lambda item: item[0].casefold()))


def feed_entries(content: Content) -> int:
    """How many of the latest events the feed lists."""
    value = content.site.extra.get("feed_entries", FEED_ENTRIES)
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else FEED_ENTRIES


def feed_updated(content: Content) -> str:
    """The feed's date: the newest source's publication (never the clock, so builds reproduce)."""
    days = [s.published for s in content.sources.values()]
    return f"{max(days).isoformat()}T00:00:00Z" if days else "1970-01-01T00:00:00Z"
