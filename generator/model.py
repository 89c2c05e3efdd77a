"""The content model: sources, events, actors and the site, as plain dataclasses (no file I/O)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .dates import TimelineDate

EVENT_KINDS = ("event", "claim")
EVENT_STATUSES = ("extracted", "reviewed")
DATE_BASES = ("text", "published")


@dataclass
class Source:
    """An article: ``content/sources/<id>.md``, front matter then text."""

    id: str
    title: str
    published: dt.date
    language: str
    text: str
    url: str | None = None
    publisher: str | None = None
    path: Path | None = None
    body_line: int = 1  # the line of the file where ``text`` starts


@dataclass
class SourceRef:
    """Where an event is told: a source id, the sentence quoted and the words its date was read from."""

    source: str
    quote: str | None = None
    date_text: str | None = None
    date_basis: str = "text"
    pending: bool = False  # added by extract to a reviewed event: awaits a person's review (issue 10)


@dataclass
class Conflict:
    """Another source gives the fact another date; open until a person deletes the entry or marks it resolved."""

    source: str
    date: TimelineDate
    date_text: str | None = None
    resolved: str | None = None  # why the event's date stands, when a person settled it
    line: int = 0  # where it is written, for the 'needs review' warning


@dataclass
class Review:
    """A fact-check verdict on a claim, written by the reviewer: becomes schema.org ClaimReview."""

    rating: str
    summary: str | None = None
    by: str | None = None
    url: str | None = None
    date: dt.date | None = None


@dataclass
class Event:
    """One dated event or attributed claim: ``content/events/<id>.yaml``."""

    id: str
    title: str
    date: TimelineDate
    kind: str = "event"
    speaker: str | None = None
    actors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    status: str = "extracted"
    sources: list[SourceRef] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    review: Review | None = None
    body: str = ""
    path: Path | None = None

    @property
    def open_conflicts(self) -> list[Conflict]:
        """The conflicts no person has settled yet."""
        return [c for c in self.conflicts if not c.resolved]

    def sort_key(self) -> tuple[int, int, str]:
        """Chronological order, coarser dates first at equal starts, then by id for stability."""
        return (*self.date.sort_key(), self.id)


@dataclass
class Actor:
    """A known person or organisation, with the other names the articles use for it."""

    name: str
    aliases: list[str] = field(default_factory=list)
    description: str = ""


@dataclass
class Site:
    """The site's settings from ``content/site.yaml``."""

    title: str
    description: str = ""
    language: str = "en"
    locale: str | None = None  # Babel locale for dates, e.g. en_GB; defaults to language
    base_url: str = ""
    author: str = ""
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def date_locale(self) -> str:
        """The Babel locale dates are displayed in."""
        return self.locale or self.language


@dataclass
class Content:
    """Everything loaded from a site folder, validated."""

    site: Site
    sources: dict[str, Source]
    events: list[Event]  # in timeline order
    actors: list[Actor]

    def actor_names(self) -> list[str]:
        """Every actor named by an event or listed in actors.yaml, sorted."""
        names = {a.name for a in self.actors}
        for event in self.events:
            names.update(event.actors)
            if event.speaker:
                names.add(event.speaker)
        return sorted(names, key=str.casefold)


def slugify(text: str) -> str:
    """A URL-safe, ASCII slug: 'Élysée & Co' -> 'elysee-co'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or "x"
