"""Files -> model: read and validate every content file, collecting each problem with its location."""

from __future__ import annotations

import datetime as dt
import errno
import functools
import os
import re
from dataclasses import dataclass
from typing import Any, BinaryIO, Callable, Collection, Iterable
from pathlib import Path

import yaml

from .dates import DateValueError, PartialDate, TimelineDate
from .errors import ContentError, Problem, shorten
from .model import (
    DATE_BASES,
    EVENT_KINDS,
    EVENT_STATUSES,
    Actor,
    Conflict,
    Content,
    Event,
    FILE_ID,
    Review,
    Site,
    Source,
    SourceRef,
    UNSAFE_CHARACTERS,
    is_link_url,
    unsafe_character_names,
)
from .eventshape import Mark, read_usual
from .yamlfile import YamlDoc

EVENT_FIELDS = ("title", "date", "date_mod", "kind", "speaker", "claim", "actors", "tags", "status", "sources", "conflicts",
                "review", "body")
SOURCE_REF_FIELDS = ("source", "quote", "date_text", "date_basis", "pending")
CONFLICT_FIELDS = ("source", "date", "date_text", "resolved")
REVIEW_FIELDS = ("rating", "summary", "by", "url", "date")
SOURCE_FIELDS = ("title", "published", "language", "url", "publisher", "author")
SITE_FIELDS = ("title", "description", "language", "locale", "base_url", "author")
EVENT_SUFFIXES = (".yaml", ".yml")
SOURCE_SUFFIXES = (".md", ".markdown", ".txt")
# Size limits, checked before a file is read (issue 8): the largest real article is well under
# 1 MB of text and an event file a few kB; past these a file is a mistake or an attack.
MAX_SOURCE_BYTES = 20_000_000  # a source file (content/sources/*.md), and a file given to `add`
MAX_YAML_BYTES = 1_000_000  # an event file, site.yaml, actors.yaml, and a source's front matter
FIRST_READ_BYTES = 65_536  # read_text's first read: the whole of most files, and no large allocation
LINK_SKIPPED = "a symbolic link: skipped (only files inside the site folder are read and published)"


@dataclass(frozen=True)
class SitePaths:
    """Where a site's files live, from its root folder."""

    root: Path

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def site_config(self) -> Path:
        return self.content / "site.yaml"

    @property
    def actors(self) -> Path:
        return self.content / "actors.yaml"

    @property
    def sources(self) -> Path:
        return self.content / "sources"

    @property
    def events(self) -> Path:
        return self.content / "events"

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    @property
    def output(self) -> Path:
        return self.root / "site"


class FileCache:
    """Parsed files kept between loads (the live preview): a file is parsed again only when it changed."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[tuple[Any, ...], Any, list[Problem]]] = {}

    def prefetch(self, paths: list[Path], parse: Callable[..., Any]) -> None:
        """Parse ahead what get() will be asked for (here: nothing; the build's cache parses in parallel)."""

    def forget(self, paths: Iterable[str | Path]) -> None:
        """Drop these files whatever their stat says: mtimes are coarse, the watcher's word is not."""
        for path in paths:
            self._entries.pop(os.path.abspath(path), None)

    def get(self, path: Path, parse: Callable[[list[Problem]], Any], problems: list[Problem], salt: Any = None) -> Any:
        """``parse(problems)`` for this file, or what it gave last time the file (and ``salt``) was the same."""
        name = os.path.abspath(path)
        try:
            stat = os.stat(name)
            key: tuple[Any, ...] | None = (stat.st_mtime_ns, stat.st_size, stat.st_ino, salt)
        except OSError:
            key = None
        hit = self._entries.get(name)
        if key is not None and hit is not None and hit[0] == key:
            problems.extend(hit[2])
            return hit[1]
        found: list[Problem] = []
        value = parse(found)
        if key is not None:
            self._entries[name] = (key, value, found)
        problems.extend(found)
        return value


def _parse(cache: FileCache | None, path: Path, parse: Callable[[list[Problem]], Any], problems: list[Problem],
           salt: Any = None) -> Any:
    """Parse a file, through the cache when there is one."""
    if cache is None:
        return parse(problems)
    return cache.get(path, parse, problems, salt)


def load_content(paths: SitePaths, cache: FileCache | None = None) -> tuple[Content, list[Problem]]:
    """Load and validate a whole site; raise ContentError listing every problem if any is an error.

    With a ``cache`` (the live preview), sources and events whose files did not change are not read again.
    """
    problems: list[Problem] = []
    site = load_site(paths.site_config, problems)
    actors = load_actors(paths.actors, problems)
    sources: dict[str, Source] = {}
    source_files = list_files(paths.sources, SOURCE_SUFFIXES, problems)
    for path in source_files:
        source = _parse(cache, path, lambda found, path=path: load_source(path, read_text(path, found), site, found),
                        problems, salt=site.language)
        if source is not None:
            sources[source.id] = source
    # A source with errors of its own is still a known id: citing it is not a second mistake.
    events = load_events(paths.events, problems, {p.stem for p in source_files}, cache)
    problems.sort(key=lambda p: (str(p.path), p.line, p.column))
    if any(p.severity == "error" for p in problems):
        raise ContentError(problems)
    events.sort(key=Event.sort_key)
    return Content(site=site, sources=sources, events=events, actors=actors), problems


def list_files(folder: Path, suffixes: tuple[str, ...], problems: list[Problem] | None = None) -> list[Path]:
    """Content files under a folder, in a stable order; hidden and editor backup files are skipped.

    Symbolic links are skipped too, with a warning in ``problems``: a link could publish a file from
    anywhere on the computer, and error messages would echo its lines (issue 8).
    """
    if not folder.is_dir():
        return []
    # os.scandir, not Path.rglob: 20x faster on 2,000 files, which the live preview lists on every save.
    found: list[tuple[tuple[str, ...], str]] = []
    todo = [(str(folder), ())]
    while todo:
        parent, parts = todo.pop()
        with os.scandir(parent) as entries:
            for entry in entries:
                if entry.name.startswith((".", "_")):
                    continue
                if entry.is_symlink():
                    if problems is not None and (os.path.splitext(entry.name)[1] in suffixes or os.path.isdir(entry.path)):
                        problems.append(Problem(Path(entry.path), 1, 1, LINK_SKIPPED, "warning"))
                    continue
                if entry.is_dir():
                    todo.append((entry.path, (*parts, entry.name)))
                elif (entry.is_file() and not entry.name.endswith("~")
                      and os.path.splitext(entry.name)[1] in suffixes):
                    found.append(((*parts, entry.name), entry.path))
    return [Path(path) for _, path in sorted(found)]  # sorted by parts, as Paths sort


def read_text(path: Path, problems: list[Problem], limit: int = MAX_SOURCE_BYTES, follow_link: bool = False) -> str | None:
    """A file's text as UTF-8; a located problem (not an exception) when it is not UTF-8, over ``limit``
    bytes, or (unless ``follow_link``: a file the user names to ``add``) a symbolic link."""
    try:
        handle = os.fdopen(os.open(path, os.O_RDONLY | (0 if follow_link else os.O_NOFOLLOW)), "rb")
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # O_NOFOLLOW met a link (or a loop of them)
            problems.append(Problem(path, 1, 1, LINK_SKIPPED.replace("skipped", "not read")))
            return None
        raise
    with handle:
        return text_of(path, read_limited(handle, limit), problems, limit)


def text_of(path: Path, data: bytes, problems: list[Problem], limit: int) -> str | None:
    """A file's bytes (as read_limited read them) as its UTF-8 text; a located problem when they are not
    UTF-8 or over ``limit``."""
    if len(data) > limit:
        problems.append(Problem(path, 1, 1, f"the file is larger than {_megabytes(limit)}, the limit for "
                                            f"{_kind_of_file(limit)}: it was not read"))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start].decode("utf-8", errors="replace")
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        shown = data.split(b"\n")[line - 1].decode("utf-8", errors="replace")
        problems.append(Problem(
            path, line, column,
            f"the file is not UTF-8 (byte 0x{data[exc.start]:02x}); save it with UTF-8 encoding",
            source_line=shown,
        ))
        return None
    return strip_unsafe_characters(path, text.removeprefix("\ufeff"), problems)


def read_limited(handle: BinaryIO, limit: int) -> bytes:
    """A file's bytes, at most one past ``limit``: more than the limit means the file is over it.

    Never more than the limit in memory, whatever stat said; a small read first, since asking for
    limit + 1 bytes allocates that much (a megabyte per event file) before the file is read (issue 12).
    """
    first = min(limit + 1, FIRST_READ_BYTES)
    data = handle.read(first)
    if len(data) == first and first <= limit:  # maybe more: read up to one byte past the limit
        data += handle.read(limit + 1 - first)
    return data


def strip_unsafe_characters(path: Path, text: str, problems: list[Problem]) -> str:
    """The text without control and bidi override characters; a warning at the first one removed.

    Done once, as every file is read, so that no page, feed or calendar can carry them (issue 8).
    """
    first = UNSAFE_CHARACTERS.search(text)
    if first is None:
        return text
    start = first.start()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    shown = UNSAFE_CHARACTERS.sub("\N{REPLACEMENT CHARACTER}", text[line_start: line_end if line_end >= 0 else len(text)])
    count = len(UNSAFE_CHARACTERS.findall(text))
    problems.append(Problem(
        path, text.count("\n", 0, start) + 1, start - line_start + 1,
        f"{count} control or bidi override character(s) removed ({shorten(unsafe_character_names(text))}): "
        "they would corrupt the pages, the feed and the calendar", "warning", shown))
    return UNSAFE_CHARACTERS.sub("", text)


def _megabytes(size: int) -> str:
    """'20 MB' for a limit in bytes."""
    return f"{size / 1_000_000:g} MB"


def _kind_of_file(limit: int) -> str:
    """Which files a size limit is for, as the limit message names them."""
    return "a source" if limit == MAX_SOURCE_BYTES else "a YAML file (an event, site.yaml, actors.yaml)"


# --- site.yaml and actors.yaml ------------------------------------------------

def load_site(path: Path, problems: list[Problem]) -> Site:
    """content/site.yaml; a missing file gives a default site and a problem."""
    if not path.is_file():
        problems.append(Problem(path, 1, 1, "site.yaml is missing: run 'claim-timeline init' or create it with a title"))
        return Site(title="Timeline")
    text = read_text(path, problems, MAX_YAML_BYTES)
    doc = _parse_mapping_file(path, text, "the site settings")
    problems.extend(doc.problems if doc else [])
    site = Site(title="Timeline")
    if doc is None or doc.node is None:
        return site
    fields = doc.mapping(doc.node, "the site settings")
    if fields is None:
        problems.extend(doc.problems)
        return site
    if "title" not in fields:
        doc.add(doc.node, "site.yaml has no 'title'")
    for key, (key_node, value_node) in fields.items():
        if key in SITE_FIELDS:
            value = doc.text(value_node, key, required=key == "title")
            if value is not None:
                setattr(site, key, value)
        else:
            site.extra[key] = doc.value(value_node)
    if site.base_url and not is_link_url(site.base_url):
        doc.add(fields["base_url"][1], f"'base_url' must be an http(s) address, found '{shorten(site.base_url)}': "
                                       "it is left out", "warning")
        site.base_url = ""
    if site.base_url and not site.base_url.endswith("/"):
        site.base_url += "/"
    for key in ("language", "locale"):
        code = getattr(site, key)
        if code and not _known_locale(code):
            doc.add(fields[key][1], f"unknown {key} '{code}' (use a code such as fr, en or en_GB)")
    problems.extend(doc.problems)
    return site


def load_actors(path: Path, problems: list[Problem]) -> list[Actor]:
    """content/actors.yaml: ``Name: [alias, ...]`` or ``Name: {aliases: [...], description: ...}``."""
    if not path.is_file():
        return []
    doc = _parse_mapping_file(path, read_text(path, problems, MAX_YAML_BYTES), "the actors")
    if doc is None or doc.node is None:
        problems.extend(doc.problems if doc else [])
        return []
    fields = doc.mapping(doc.node, "actors (name: [aliases])")
    actors: list[Actor] = []
    for name, (_, value_node) in (fields or {}).items():
        actor = Actor(name=name)
        if isinstance(value_node, yaml.MappingNode):
            sub = doc.mapping(value_node, "an actor") or {}
            doc.warn_unknown(sub, ("aliases", "description", "ignore"))
            if "aliases" in sub:
                actor.aliases = doc.text_list(sub["aliases"][1], "aliases")
            if "description" in sub:
                actor.description = doc.text(sub["description"][1], "description") or ""
            if "ignore" in sub:  # a name extraction must never tag (issue 9)
                node = sub["ignore"][1]
                if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":bool"):
                    actor.ignore = node.value.lower() in ("true", "yes", "on")
                else:
                    doc.add(node, f"'ignore' is true or false, found '{getattr(node, 'value', node.tag)}'")
        elif not (isinstance(value_node, yaml.ScalarNode) and value_node.value in ("", "~", "null")):
            actor.aliases = doc.text_list(value_node, "aliases")
        actors.append(actor)
    problems.extend(doc.problems)
    return actors


# --- sources -----------------------------------------------------------------

def load_source(path: Path, text: str | None, site: Site, problems: list[Problem]) -> Source | None:
    """A source file: YAML front matter between '---' lines, then the article text."""
    if text is None:
        return None
    if not text.strip():
        problems.append(Problem(path, 1, 1, "the file is empty: a source starts with front matter (title, published, language)"))
        return None
    lines = text.splitlines()
    if lines[0].strip() != "---":
        problems.append(Problem(path, 1, 1, "a source must start with YAML front matter between '---' lines", source_line=lines[0]))
        return None
    closing = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if closing is None:
        problems.append(Problem(path, 1, 1, "the front matter is not closed: add a '---' line after it", source_line=lines[0]))
        return None
    front = "\n".join(lines[1:closing]) + "\n"
    if len(front) > MAX_YAML_BYTES:
        problems.append(Problem(path, 2, 1, f"the front matter is longer than {_megabytes(MAX_YAML_BYTES)} "
                                            "(the limit for the YAML of a source): it was not read"))
        return None
    doc = YamlDoc.parse(path, front, lines, line_offset=1)
    source_id = path.stem
    if not FILE_ID.fullmatch(source_id):
        doc.add_at(-1, 0, f"'{path.name}': a source file name may hold only letters, digits, '-', '_' and '.'")
    fields = doc.mapping(doc.node, "the front matter") if doc.node is not None or not doc.problems else None
    if fields is None:
        problems.extend(doc.problems)
        return None
    doc.warn_unknown(fields, SOURCE_FIELDS)
    values: dict[str, str | None] = {}
    for key in ("title", "url", "publisher", "author", "language"):
        if key in fields:
            values[key] = doc.text(fields[key][1], key, required=key in ("title", "language"))
    published = None
    if "published" in fields:
        published = _read_day(doc, fields["published"][1], "published")
    else:
        doc.add_at(-1, 0, "the front matter has no 'published' date (the date relative words are read against)")
    if "title" not in fields:
        doc.add_at(-1, 0, "the front matter has no 'title'")
    url_text = None
    if values.get("url") and not is_link_url(values["url"] or ""):
        url_text = values.pop("url")
        doc.add(fields["url"][1], f"'url' is not an http(s) address ('{shorten(url_text or '')}'): "
                                  "it is shown as text, never as a link", "warning")
    language = values.get("language") or (site.language if "language" not in fields else None)
    if "language" in fields and language and not _known_locale(language):
        doc.add(fields["language"][1], f"unknown language '{language}' (use a code such as fr or en)")
    problems.extend(doc.problems)
    if any(p.severity == "error" for p in doc.problems) or published is None or not values.get("title") or not language:
        return None
    body_start = closing + 1
    return Source(
        id=source_id, title=values["title"] or "", published=published, language=language,
        text="\n".join(lines[body_start:]).strip("\n") + "\n",
        url=values.get("url"), publisher=values.get("publisher"), path=path, body_line=body_start + 1,
        url_text=url_text,
    )


def split_front_matter(text: str) -> tuple[str, str]:
    """(front matter, body) of a source's text; the front matter is '' when there is none."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return "", text
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            return "".join(lines[1:i]), "".join(lines[i + 1:])
    return "", text


# --- events ------------------------------------------------------------------

def load_events(folder: Path, problems: list[Problem], source_ids: Collection[str] | None = None,
                cache: FileCache | None = None) -> list[Event]:
    """Every event file under content/events/, each validated; duplicate ids are problems.

    With ``source_ids`` given, each cited source id is checked too, even in a file with other
    errors, so that one run reports every problem.
    """
    events: list[Event] = []
    seen: dict[str, Path] = {}
    paths = list_files(folder, EVENT_SUFFIXES, problems)
    if cache is not None:
        cache.prefetch(paths, parse_event_file)
    for path in paths:
        event, file_problems = load_event_file(path, source_ids, cache)
        problems.extend(file_problems)
        if event is None or any(p.severity == "error" for p in file_problems):
            continue
        if event.id in seen:
            problems.append(Problem(path, 1, 1, f"duplicate event id '{event.id}': {seen[event.id]} has the same file name"))
            continue
        seen[event.id] = path
        events.append(event)
    return events


def parse_event_file(path: Path, problems: list[Problem], data: bytes | None = None) -> Event | None:
    """Read and parse one event file (problems recorded, never raised); ``data``: its bytes, read already."""
    text = read_text(path, problems, MAX_YAML_BYTES) if data is None else text_of(path, data, problems, MAX_YAML_BYTES)
    return read_event(path, text, problems)


def load_event_file(path: Path, source_ids: Collection[str] | None = None,
                    cache: FileCache | None = None) -> tuple[Event | None, list[Problem]]:
    """One event file, read and validated (its cited sources too, when ``source_ids`` is given), and its problems."""
    problems: list[Problem] = []
    event = _parse(cache, path, functools.partial(parse_event_file, path), problems)
    if event is not None and source_ids is not None:
        check_references([event], source_ids, problems)
    return event, problems


def read_event(path: Path, text: str | None, problems: list[Problem]) -> Event | None:
    """What can be read of an event file, even when some fields are wrong (the problems say which)."""
    if text is not None:
        usual = read_usual(path, text)  # the usual shape, without a problem: no YAML parser needed
        if usual is not None:
            return usual
    doc = _parse_mapping_file(path, text, "an event")
    if doc is None:
        return None
    event = _read_event(doc)
    problems.extend(doc.problems)
    return event


def _read_event(doc: YamlDoc) -> Event | None:
    """The event in a parsed file, recording each problem in the doc."""
    if doc.node is None:
        return None
    fields = doc.mapping(doc.node, "an event")
    if fields is None:
        return None
    event_id = doc.path.stem
    if not FILE_ID.fullmatch(event_id):
        doc.add(None, f"'{doc.path.name}': an event file name (its id) may hold only letters, digits, '-', '_' and '.'")
    doc.warn_unknown(fields, EVENT_FIELDS)
    for required in ("title", "date", "sources"):
        if required not in fields:
            doc.add(doc.node, f"the event has no '{required}'")
    event = Event(id=event_id, title="", date=TimelineDate(PartialDate("year", 1)), path=doc.path)
    if "title" in fields:
        event.title = doc.text(fields["title"][1], "title", required=True) or ""
    if "date" in fields:
        mod = None
        if "date_mod" in fields:
            mod = doc.text(fields["date_mod"][1], "date_mod")
        date = _read_timeline_date(doc, fields["date"][1], mod, fields.get("date_mod", (None, None))[1])
        if date is not None:
            event.date = date
    event.kind = _read_choice(doc, fields, "kind", EVENT_KINDS, "event")
    event.status = _read_choice(doc, fields, "status", EVENT_STATUSES, "extracted")
    if "speaker" in fields:
        event.speaker = doc.text(fields["speaker"][1], "speaker")
    if "claim" in fields:  # the claim whose quotation reports this event (issue 9)
        event.claim = doc.text(fields["claim"][1], "claim")
    if event.kind == "claim" and not event.speaker:
        doc.add(fields.get("speaker", (None, doc.node))[1] if "speaker" in fields else doc.node,
                "a claim needs a 'speaker': who said it")
    for key in ("actors", "tags"):
        if key in fields:
            setattr(event, key, _unique(doc.text_list(fields[key][1], key)))
    if "body" in fields:
        event.body = doc.text(fields["body"][1], "body") or ""
    if "sources" in fields:
        event.sources = _read_source_refs(doc, fields["sources"][1])
    if "conflicts" in fields:
        event.conflicts = _read_conflicts(doc, fields["conflicts"][1], event)
    if "review" in fields:
        if event.kind != "claim":
            doc.add(fields["review"][0], "'review' is a fact-check verdict on a claim: this event is not "
                    "'kind: claim'")
        else:
            event.review = _read_review(doc, fields["review"][1])
    return event


def _read_source_refs(doc: YamlDoc, node: yaml.Node) -> list[SourceRef]:
    """The 'sources' list: mappings with a source id, or bare ids."""
    if not isinstance(node, yaml.SequenceNode) or not node.value:
        doc.add(node, "'sources' must be a list of at least one source, e.g. '- source: my-article'")
        return []
    refs: list[SourceRef] = []
    for item in node.value:
        if isinstance(item, yaml.ScalarNode):
            source_id = doc.text(item, "source", required=True)
            if source_id:
                refs.append(_located(SourceRef(source=source_id), item))
            continue
        fields = doc.mapping(item, "a source reference")
        if fields is None:
            continue
        doc.warn_unknown(fields, SOURCE_REF_FIELDS)
        if "source" not in fields:
            doc.add(item, "a source reference needs 'source': the id of a file in content/sources/")
            continue
        source_id = doc.text(fields["source"][1], "source", required=True)
        if not source_id:
            continue
        ref = _located(SourceRef(source=source_id), fields["source"][1])
        for key in ("quote", "date_text"):
            if key in fields:
                setattr(ref, key, doc.text(fields[key][1], key))
        ref.date_basis = _read_choice(doc, fields, "date_basis", DATE_BASES, "text")
        if "pending" in fields:
            ref.pending = _read_flag(doc, fields["pending"][1], "pending")
            if ref.pending:
                # Issue 10: extract adds a new article's mention to a reviewed event; a person confirms it.
                doc.add(fields["pending"][0], f"source '{source_id}' was added by extract and awaits review: "
                        "delete this line to accept it, or the whole entry to reject it", "warning")
        refs.append(ref)
    return refs


def _read_flag(doc: YamlDoc, node: yaml.Node, field_name: str) -> bool:
    """A yes/no field: true or false."""
    value = doc.value(node) if isinstance(node, yaml.ScalarNode) else None
    if not isinstance(value, bool):
        doc.add(node, f"'{field_name}' must be true or false")
        return False
    return value


def _read_conflicts(doc: YamlDoc, node: yaml.Node, event: Event) -> list[Conflict]:
    """The 'conflicts' list: other dates given by other sources; an open one is a warning (it needs review)."""
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null":
        return []
    if not isinstance(node, yaml.SequenceNode):
        doc.add(node, "'conflicts' must be a list, e.g. '- {source: other-article, date: \"2024-07\", "
                "date_text: en juillet}'")
        return []
    cited = {ref.source for ref in event.sources}
    conflicts: list[Conflict] = []
    for item in node.value:
        fields = doc.mapping(item, "a conflict ({source, date, date_text})")
        if fields is None:
            continue
        doc.warn_unknown(fields, CONFLICT_FIELDS)
        missing = [key for key in ("source", "date") if key not in fields]
        if missing:
            doc.add(item, f"a conflict needs {' and '.join(repr(k) for k in missing)}: the other source and the date it gives")
            continue
        source_id = doc.text(fields["source"][1], "source", required=True)
        date = _read_timeline_date(doc, fields["date"][1], None, None)
        if not source_id:
            continue
        # A bad date is already an error; the conflict is kept so its source id is checked too.
        conflict = Conflict(source=source_id, date=date or event.date, line=item.start_mark.line + 1 + doc.line_offset)
        conflict._mark = _mark(fields["source"][1])  # type: ignore[attr-defined]
        if "date_text" in fields:
            conflict.date_text = doc.text(fields["date_text"][1], "date_text")
        if "resolved" in fields:
            conflict.resolved = _resolution(doc, fields["resolved"][1])
        if source_id not in cited:
            doc.add(fields["source"][1], f"the conflict's source '{source_id}' is not among this event's sources",
                    "warning")
        if not conflict.resolved and date is not None:
            said = f" ('{conflict.date_text}')" if conflict.date_text else ""
            doc.add(item, f"needs review: source '{source_id}' dates this {event.kind} {date.iso()}{said}, "
                    f"the event says {event.date.iso()}; check it, then delete this line or add 'resolved: <why>'",
                    "warning")
        conflicts.append(conflict)
    return conflicts


def _resolution(doc: YamlDoc, node: yaml.Node) -> str | None:
    """'resolved: <why>' (or 'resolved: true'): the person's word that the event's date stands."""
    value = doc.value(node) if isinstance(node, yaml.ScalarNode) else None
    if value is True:
        return "yes"
    if value is False or value is None:
        return None
    if isinstance(value, (str, int, float)) and str(value).strip():
        return str(value).strip()
    doc.add(node, "'resolved' must be a short text saying why the event's date stands (or true)")
    return None


def _read_review(doc: YamlDoc, node: yaml.Node) -> Review | None:
    """A claim's fact-check verdict: a rating, and optionally a summary, who checked, where and when."""
    fields = doc.mapping(node, "a fact-check verdict ({rating, summary, by, url, date})")
    if fields is None:
        return None
    doc.warn_unknown(fields, REVIEW_FIELDS)
    if "rating" not in fields:
        doc.add(node, "a review needs a 'rating': the verdict, e.g. 'Faux' or 'Misleading'")
        return None
    rating = doc.text(fields["rating"][1], "rating", required=True)
    if not rating:
        return None
    review = Review(rating=rating)
    for key in ("summary", "by", "url"):
        if key in fields:
            setattr(review, key, doc.text(fields[key][1], key))
    if review.url and not re.match(r"https?://[^\s/]+", review.url):
        doc.add(fields["url"][1], f"the review's 'url' must be a web address starting with https:// (found '{review.url}')")
        review.url = None
    if "date" in fields:
        review.date = _read_day(doc, fields["date"][1], "date")
    return review


def _located(ref: SourceRef, node: yaml.Node) -> SourceRef:
    """Remember where a reference's source id is written, to point at it if the id is unknown."""
    ref._mark = _mark(node)  # type: ignore[attr-defined]
    return ref


def _mark(node: yaml.Node) -> Mark:
    """Where a node starts: its line and column alone, which pickle small (the events are cached and sent
    between processes; a YAML mark carried its file's name and index too)."""
    return Mark(node.start_mark.line, node.start_mark.column)


def check_references(events: list[Event], source_ids: Collection[str], problems: list[Problem]) -> None:
    """Each source id an event cites must be a file in content/sources/."""
    known: list[str] | None = None  # sorted only for a message: a load called this once per event file
    for event in events:
        for ref in [*event.sources, *event.conflicts]:
            if ref.source in source_ids:
                continue
            import difflib  # only for a misspelt source: a build after one edit never needs it

            if known is None:
                known = sorted(source_ids)
            close = difflib.get_close_matches(ref.source, known, n=1, cutoff=0.6)
            hint = f" (did you mean '{close[0]}'?)" if close else (
                f" (known sources: {', '.join(known)})" if known else " (content/sources/ has no source)")
            mark = getattr(ref, "_mark", None)
            line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            shown = None
            if event.path is not None and mark is not None:
                file_lines = event.path.read_text(encoding="utf-8").splitlines()
                shown = file_lines[mark.line] if mark.line < len(file_lines) else None
            problems.append(Problem(event.path or Path("?"), line, column, f"unknown source '{ref.source}'{hint}", source_line=shown))


# --- shared readers ------------------------------------------------------------

def _parse_mapping_file(path: Path, text: str | None, what: str) -> YamlDoc | None:
    """Parse a whole-file YAML mapping; empty files are a problem."""
    if text is None:
        return None
    if not text.strip():
        doc = YamlDoc(path, [])
        doc.add(None, f"the file is empty: it should hold {what}")
        return doc
    return YamlDoc.parse(path, text)


def _read_timeline_date(doc: YamlDoc, node: yaml.Node, mod: str | None, mod_node: yaml.Node | None) -> TimelineDate | None:
    """The 'date' field: a value or a {start, end} span, checked to exist."""
    value: object
    if isinstance(node, yaml.MappingNode):
        fields = doc.mapping(node, "a span") or {}
        value = {key: _scalar(doc, value_node) for key, (_, value_node) in fields.items()}
    elif isinstance(node, yaml.ScalarNode):
        value = _scalar(doc, node)
    else:
        doc.add(node, "'date' must be a date such as 2024-06, or a span {start: 2019, end: 2021}")
        return None
    try:
        return TimelineDate.parse(value, mod)
    except DateValueError as exc:
        target = mod_node if "date_mod" in str(exc) and mod_node is not None else node
        doc.add(target, f"invalid date: {exc}")
        return None


def _scalar(doc: YamlDoc, node: yaml.Node) -> object:
    """A scalar as written: integers as int (a year), everything else as the text written."""
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:int":
        return doc.value(node)
    return node.value if isinstance(node, yaml.ScalarNode) else doc.value(node)


def _read_day(doc: YamlDoc, node: yaml.Node, field_name: str) -> dt.date | None:
    """A full day (YYYY-MM-DD), as a source's publication date must be."""
    try:
        date = PartialDate.parse(_scalar(doc, node))
    except DateValueError as exc:
        doc.add(node, f"invalid '{field_name}': {exc}")
        return None
    if date.precision != "day":
        doc.add(node, f"'{field_name}' must be a full day (YYYY-MM-DD), found '{date.iso()}'")
        return None
    return date.first_day()


def _read_choice(doc: YamlDoc, fields: dict[str, tuple[yaml.Node, yaml.Node]], key: str,
                 choices: tuple[str, ...], default: str) -> str:
    """A field that takes one of a few words."""
    if key not in fields:
        return default
    value = doc.text(fields[key][1], key)
    if value not in choices:
        doc.add(fields[key][1], f"'{key}' must be one of: {', '.join(choices)} (found '{value}')")
        return default
    return value


def _unique(items: list[str]) -> list[str]:
    """Items without repeats, first occurrence kept."""
    return list(dict.fromkeys(items))


def _known_locale(code: str) -> bool:
    """Whether Babel knows a language or locale code (dateparser's languages are CLDR's too)."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    return True


def find_site(start: Path) -> Path | None:
    """The nearest folder holding content/site.yaml, from start up to the filesystem root (as git finds .git)."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / "content" / "site.yaml").is_file():
            return folder
    return None
