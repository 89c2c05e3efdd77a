"""The content model: sources, events, actors and the site, as plain dataclasses (no file I/O)."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .dates import TimelineDate

EVENT_KINDS = ("event", "claim")
EVENT_STATUSES = ("extracted", "reviewed")
DATE_BASES = ("text", "published")
# A content file's name, its id: a source's or an event's, as the loader and the event editor accept it.
FILE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


@dataclass
class Source:
    """An article: ``content/sources/<id>.md``, front matter then text."""

    id: str
    title: str
    published: dt.date
    language: str
    text: str
    url: str | None = None  # always an http(s) or relative address: a link readers may follow
    publisher: str | None = None
    path: Path | None = None
    body_line: int = 1  # the line of the file where ``text`` starts
    url_text: str | None = None  # an address of another kind (javascript:, data:…): shown as text, never a link


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
    claim: str | None = None  # the id of the claim whose quotation reports this event (issue 9)
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
    ignore: bool = False  # actors.yaml `ignore: true`: extraction never tags this name (a product, a word)


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


@functools.lru_cache(maxsize=8192)  # every card asks again for the slugs of the same few outlets (issue 12)
def slugify(text: str) -> str:
    """A URL-safe, ASCII slug: 'Élysée & Co' -> 'elysee-co'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or "x"


# Actor and tag pages are folders named by slug: a name's slug is capped (a 5,000-character
# name gave 'File name too long') and must differ from every other name's (issue 8: 'AI' and
# 'ai', 'Élysée' and 'Elysee', 'C++' and 'C#' all wanted one folder and the build crashed).
MAX_NAME_SLUG = 60


def _name_digest(name: str) -> str:
    """Eight hex digits that depend only on the name: stable from one build to the next."""
    return hashlib.blake2b(name.encode("utf-8"), digest_size=4).hexdigest()


@functools.lru_cache(maxsize=8192)  # a page asks for the same few names' slugs again and again
def name_slug(name: str) -> str:
    """An actor's or tag's slug on its own: ASCII words, capped with a hash; a hash when no ASCII letter is left."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if not slug:  # 'Путин', '北京', '!!!': a hash, not the 'x' every such name shared
        return _name_digest(name)
    if len(slug) > MAX_NAME_SLUG:
        slug = slug[: MAX_NAME_SLUG - 9].rstrip("-") + "-" + _name_digest(name)
    return slug


def unique_slugs(names: Iterable[str]) -> Callable[[str], str]:
    """A slug function that gives each of ``names`` its own slug, the same whatever order they come in.

    Names whose slugs clash keep the plain slug for one (the name that is its own slug, else the
    first in code-point order) and add a hash of the name for the others. Only the exceptions are
    kept, so the function (and the preview's fingerprint of it) changes only when a clash does.
    """
    groups: dict[str, list[str]] = {}
    for name in sorted(set(names)):
        groups.setdefault(name_slug(name), []).append(name)
    taken = set(groups)
    exceptions: dict[str, str] = {}
    for base, group in sorted(groups.items()):
        for name in sorted(group, key=lambda n: (n != base, n))[1:]:
            slug, size = f"{base[: MAX_NAME_SLUG - 9]}-{_name_digest(name)}", 4
            while slug in taken:  # a name that is literally another's base plus a hash: lengthen it
                size += 4
                slug = f"{base[: MAX_NAME_SLUG - 9]}-{hashlib.blake2b(name.encode(), digest_size=size).hexdigest()}"
            taken.add(slug)
            exceptions[name] = slug
    return Slugs(exceptions)


class Slugs:
    """The slug function of a site's names: a plain object, so that a build can keep it between runs."""

    def __init__(self, exceptions: dict[str, str]):
        self.exceptions = exceptions  # the names whose slug clashed with another's

    def __call__(self, name: str) -> str:
        """The name's slug, distinct from every other name the site uses."""
        return self.exceptions.get(name) or name_slug(name)


def content_slugs(content: Content) -> Callable[[str], str]:
    """The slug of every actor, speaker and tag of a site (one table: the theme's 'slug' filter serves both)."""
    return unique_slugs([*content.actor_names(), *(tag for event in content.events for tag in event.tags)])


# Characters no output may carry (issue 8): C0 and C1 controls except tab and line breaks (NUL
# or ESC make feed.xml invalid XML and reach the HTML and events.ics raw), U+FFFE and U+FFFF
# (not XML characters), and the bidi embeddings, overrides and isolates that can make text read
# otherwise than it is stored ("Trojan Source").
UNSAFE_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")


def unsafe_character_names(text: str) -> str:
    """'U+001B, U+202E' for the distinct unsafe characters of a text, in order of first appearance."""
    return ", ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(UNSAFE_CHARACTERS.findall(text)))


def is_link_url(url: str) -> bool:
    """Whether an address may be a link a reader clicks: http(s), or relative (never javascript:, data:…)."""
    from urllib.parse import urlsplit

    if not url or any(c.isspace() or not c.isprintable() for c in url):
        return False  # browsers drop tabs and newlines inside a scheme: 'java\tscript:' is javascript:
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unclosed '[' in the host
        return False
    if parts.scheme:
        return parts.scheme in ("http", "https") and bool(parts.netloc)
    return True
