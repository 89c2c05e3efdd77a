"""The site's structure, computed once per build: every page, its URL, and what it shows.

Each page carries ``inputs``: the digests of exactly what it shows (its events and the sources
they cite, the neighbours it links to, the counts it prints). With the digests of its template
files and of the site's settings they make the page's key (generator/build.py): a page whose key
did not change is not rendered again (STYLE habit 11).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Callable

from . import timeline
from .dates import TimelineDate
from .drafts import is_draft
from .model import Content, Event, Source

# The feed lists the latest events only (issue 12: at 100,000 events it weighed 63 MB);
# a site may change it with `feed_entries:` in site.yaml.
FEED_ENTRIES = 100


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


def _digest(*parts: Any) -> str:
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def object_digest(obj: Event | Source) -> str:
    """A digest of a loaded event or source from its fields, when no file digest is known."""
    return _digest(type(obj).__name__, repr(obj))


class Structure:
    """The pages of one build of a site, in a stable order, each with its URL and its inputs."""

    def __init__(self, content: Content, date_label: Callable[[TimelineDate], str], slug: Callable[[str], str],
                 digest_of: Callable[[Event | Source], str] = object_digest):
        self.content = content
        self.date_label = date_label
        self.slug = slug
        self._digest_of = digest_of
        self._cards: dict[int, str] = {}
        self.split = len(content.events) > timeline.split_threshold(content)
        self.pages = self._pages()

    # --- URLs -----------------------------------------------------------------

    def timeline_url(self, event: Event) -> str:
        """Where an event sits on the timeline, relative to the site root: '#id' or 'years/2024/#id'."""
        if not self.split:
            return f"#{event.id}"
        return f"years/{event.date.first_day().year}/#{event.id}"

    # --- what pages show ------------------------------------------------------

    def card(self, event: Event) -> str:
        """The digest of an event as a card shows it: the event and the sources it cites."""
        key = id(event)
        found = self._cards.get(key)
        if found is None:
            sources = self.content.sources
            cited = [self._digest_of(sources[r.source]) for r in event.sources if r.source in sources]
            found = self._cards[key] = _digest(self._digest_of(event), cited)
        return found

    def cards(self, events: list[Event]) -> str:
        """The digest of a list of cards, in order."""
        return _digest([self.card(e) for e in events])

    def _pages(self) -> list[Page]:
        content = self.content
        events = content.events
        pages = self._timeline_pages()
        pages.append(Page("404.html", "404.html"))
        for event in events:
            pages.append(Page(event_path(event), "event.html", {"event": event},
                              (self.card(event), self.timeline_url(event))))
        by_source: dict[str, list[Event]] = {}
        for event in events:
            for source_id in dict.fromkeys(r.source for r in event.sources):
                by_source.setdefault(source_id, []).append(event)
        for source in sorted(content.sources.values(), key=lambda s: (s.published, s.id)):
            own = by_source.get(source.id, [])
            pages.append(Page(source_path(source), "source.html", {"source": source, "events": own},
                              (self._digest_of(source), self.cards(own))))
        for kind, groups in (("actor", by_actor(events)), ("tag", by_tag(events))):
            for name, own in groups.items():
                path = f"{kind}s/{self.slug(name)}/index.html"
                pages.append(Page(path, "list.html", {"heading": name, "list_kind": kind, "events": own},
                                  (name, kind, self.cards(own))))
        drafts = {event_path(e) for e in events if is_draft(e)}  # no badge in a sitemap or a feed
        html_urls = [p.url for p in pages if p.path != "404.html" and p.path not in drafts]
        pages.append(Page("sitemap.xml", "sitemap.xml", {"urls": html_urls}, (_digest(html_urls),)))
        latest = [e for e in reversed(events) if not is_draft(e)][: feed_entries(content)]
        updated = feed_updated(content)
        pages.append(Page("feed.xml", "feed.xml", {"events": latest, "updated": updated},
                          (self.cards(latest), updated)))
        return pages

    def _timeline_pages(self) -> list[Page]:
        """The timeline's pages, with their inputs: the cards they show, the counts and the strip."""
        pages = []
        for page in timeline.timeline_pages(self.content, self.date_label, self.slug):
            context = page.context
            if page.template == "year.html":
                neighbours = [(y.year, y.count) for y in context["years"]]
                inputs: tuple[Any, ...] = (self.cards(context["events"]), neighbours, _digest(context["density"]),
                                           context["previous"] and context["previous"].year,
                                           context["next"] and context["next"].year)
            elif context["split"]:
                events = context["events"]
                ends = (events[0].date, events[-1].date) if events else ()
                inputs = (len(events), ends, [(y.year, y.count) for y in context["years"]],
                          _digest(context["density"]), self.cards(context["latest"]))
            else:
                inputs = (self.cards(context["events"]), _digest(context["density"]))
            pages.append(Page(page.path, page.template, context, inputs))
        return pages


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
