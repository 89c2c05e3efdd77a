"""A `build` after edits in place, answered from what the last build kept: nothing else loaded or listed.

When the only files changed since the last build are event files, and each event stays where it stood
(generator/edit.py: same date, tags, actors, sources...), the pages that show it, the exports and
the search index are all that change (issue 12: one edit at 10,000 events loaded and listed the whole
site again, seconds of work). Every build leaves, in ``.cache/claim-timeline/edits.sqlite``:

- each input file's stat and, for the files the build read, the hash of their bytes;
- each event as loaded, its card's digest, the pages that show it and where it lies in each export;
- each page as its context was, events and sources in it kept by id (generator/edit.py), and its key;
- the settings the pages were rendered with (the site, the sources, the slugs, the theme's digests).

A build after edits in place reads the changed files, checks each event stays where it stood, renders
the pages that show it from their kept context with the new event put in, puts the event's new parts
into the exports and the search index, and publishes through the same two generations as every build.
Anything else (a new or gone file, a template, site.yaml, a source, an event that moves, a warning in
strict mode, a cache that does not match the published site) makes it step aside for the whole build.
Every value kept is signed like the rest of the build cache (generator/cache.py); the property test
(tests/test_engine.py) compares its output with a clean build's.
"""

from __future__ import annotations

import array
import hmac
import os
import pickle
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any, Callable, Iterable

from .cache import STATE_FILE, SEARCH_FILE, dumps, file_hash, loads, read_signed, signing_key, write_signed
from .edit import EventRef, dump_page, edited_inputs, load_page, placement
from .model import Event
from .structure import Page
from .stamp import Scan, cache_dir, parts_digest, tool_fingerprint

DB_FILE = "edits.sqlite"
# Builds after edits between two writes of search.pickle (6.6 MB at 10,000 events): the index's entries
# edited since are kept in the edits' cache and put in again by the next build (issue 12).
SEARCH_REWRITE_AFTER = 32
_SIGNATURE = 32


class Store:
    """The sqlite file of what a build after edits needs, every value a signed pickle."""

    def __init__(self, path: Path, key: bytes, fingerprint: str, fresh: bool = False):
        self.path, self.key, self.fingerprint, self.fresh = path, key, fingerprint, fresh
        self._prefix = fingerprint.encode()  # signed before each value
        self.db = sqlite3.connect(str(path), isolation_level=None)
        if fresh:  # a new file, renamed over the record once committed (Recorder): no journal needed
            self.db.execute("PRAGMA journal_mode=OFF")
            self.db.execute("PRAGMA synchronous=OFF")
        else:
            self.db.execute("PRAGMA journal_mode=WAL")  # a killed build leaves the last committed state
            self.db.execute("PRAGMA synchronous=NORMAL")
        for table in ("meta", "events", "pages"):
            self.db.execute(f"CREATE TABLE IF NOT EXISTS {table} (name TEXT PRIMARY KEY, key TEXT, data BLOB)")

    def _sign(self, data: bytes) -> bytes:
        # hmac.digest, one call into OpenSSL: hmac.new made an HMAC object in Python for each of the 20,000 rows
        # a cold build writes at 10,000 events (issue 12); the same bytes.
        return hmac.digest(self.key, self._prefix + data, "sha256") + data

    def _open(self, blob: bytes | None) -> bytes | None:
        if blob is None or len(blob) < _SIGNATURE:
            return None
        data = blob[_SIGNATURE:]
        return data if hmac.compare_digest(blob[:_SIGNATURE], hmac.digest(self.key, self._prefix + data, "sha256")) \
            else None

    def get(self, table: str, name: str) -> tuple[str | None, bytes] | None:
        """(key, bytes) of one row, when its signature holds."""
        row = self.db.execute(f"SELECT key, data FROM {table} WHERE name = ?", (name,)).fetchone()
        if row is None:
            return None
        data = self._open(row[1])
        return (row[0], data) if data is not None else None

    def keys(self, table: str) -> dict[str, str | None]:
        """Every row's name and key."""
        return dict(self.db.execute(f"SELECT name, key FROM {table}"))

    def put(self, table: str, name: str, key: str | None, data: bytes) -> None:
        self.put_many(table, [(name, key, data)])

    def put_many(self, table: str, rows: Iterable[tuple[str, str | None, bytes]]) -> None:
        """Write rows (name, key, bytes), in one statement: a cold build writes one per event and per page."""
        self.db.executemany(f"INSERT OR REPLACE INTO {table} (name, key, data) VALUES (?, ?, ?)",
                            ((name, key, self._sign(data)) for name, key, data in rows))

    def delete(self, table: str, names: list[str]) -> None:
        self.db.executemany(f"DELETE FROM {table} WHERE name = ?", [(n,) for n in names])

    def close(self) -> None:
        self.db.close()


def _store(site_root: Path) -> Store:
    folder = cache_dir(site_root)
    folder.mkdir(parents=True, exist_ok=True)
    return Store(folder / DB_FILE, signing_key(), tool_fingerprint())


def _record(site_root: Path) -> tuple[Store, dict[str, Any] | None]:
    """The edits' cache to write a whole build's rows into, in a transaction, and its meta when trusted.

    With no trusted record (a first or clean build, another version's file, a damaged one) every row is
    written anew: into a new file beside it, without a journal, renamed over it at :meth:`Recorder.finish`
    (issue 12: in WAL mode each row was written twice, into the log then the file, 263 MB at 100,000
    events, and the file was synced). A killed build leaves the record as it was, and a stray new file
    that the next whole build removes.
    """
    from .write import _running

    if (cache_dir(site_root) / DB_FILE).is_file():
        store: Store | None = None
        before = None
        try:
            store = _store(site_root)
            store.db.execute("BEGIN")
            before = _meta(store)
        except sqlite3.DatabaseError:  # not a database at all: written anew, as a foreign one is
            pass
        if store is not None and before is not None:
            return store, before
        if store is not None:
            store.close()
    folder = cache_dir(site_root)
    folder.mkdir(parents=True, exist_ok=True)
    for stray in folder.glob(f"{DB_FILE}.new-*"):
        pid = stray.name.rpartition("-")[2]
        if pid.isdigit() and not _running(int(pid)):
            stray.unlink(missing_ok=True)
    path = folder / f"{DB_FILE}.new-{os.getpid()}"
    path.unlink(missing_ok=True)
    store = Store(path, signing_key(), tool_fingerprint(), fresh=True)
    store.db.execute("BEGIN")
    return store, None


def _hash_file(path: str) -> str | None:
    try:
        return file_hash(path)
    except OSError:
        return None


# --- what a whole build leaves ---------------------------------------------------------------------------


class Recorder:
    """What a whole build leaves for a build after edits, written in two steps: the rows of its events and
    pages as soon as its pages are listed and keyed (a large cold build's own process does it while its
    workers render: issue 12, a second after publishing at 10,000 events), the rest once it published.
    Nothing is committed before :meth:`finish`: a failed or killed build leaves the last build's record."""

    def __init__(self, builder: Any):
        self.builder = builder
        self.store: Store | None = None
        self.before: dict[str, Any] | None = None  # the record's last meta, when it could be trusted
        self.rows_of: Any = None  # the generation whose rows are written
        self.known: dict[str, Any] = {}  # parts of the record made with the rows (see _rows)
        self.error: Exception | None = None  # what stopped the rows (finish raises it)

    def rows(self, generation: Any) -> None:
        """Write (uncommitted) the row of every event and page of ``generation`` whose key changed."""
        try:
            self._rows(generation)
        except Exception as exc:  # the build goes on; finish() says it could not record
            self.close()
            self.error = exc

    def _rows(self, generation: Any) -> None:
        self.close()
        structure, content = generation.structure, generation.content
        store, self.before = _record(self.builder.paths.root)
        self.store = store
        cards = store.keys("events")
        rows = []
        for event in content.events:
            shows, url = structure.shows.get(event.id, []), structure.timeline_url(event)
            key = _row_key(structure.card(event), shows, url)
            if cards.pop(event.id, None) != key:
                # Not its placement(): worked out from the event itself by the build after edits, for the
                # edited ones only (issue 12: 0.1 s of a cold build's own process at 10,000 events). Nor its
                # file's hash, which no build read back (the files' hashes are the meta's): the absolute path
                # made to find it was a tenth of the events' rows.
                rows.append((event.id, key, dumps((event, shows, url))))
        store.put_many("events", rows)
        store.delete("events", list(cards))
        kept = store.keys("pages")
        changed = []
        for path, page in generation.pages.items():
            key = generation.keys.get(path)
            if kept.pop(path, None) != key or key is None:
                changed.append((path, key, page))
        store.put_many("pages", ((path, key, _page_row(page, structure, generation.named)) for path, key, page in changed))
        store.delete("pages", list(kept))
        # Parts of the record that depend on the content alone, made here while the workers render rather
        # than once the site is published, when the build has nothing else left to do (issue 12).
        from .render import printed_dates
        from .timeline import agent_types

        self.known = {
            "agent_types": agent_types({event.speaker for event in content.events if event.speaker}),
            # Every label an edit in place prints, so that it never loads Babel (issue 12).
            "labels": generation.labels.kept(*printed_dates(content)),
        }
        self.rows_of = generation

    def finish(self, generation: Any, scan: Scan, racy: int, racy_hashes: dict[str, str | None],
               awaiting: int) -> None:
        """Write the rest (the settings, the files' stat, the published generation's token) and commit.

        ``racy_hashes`` holds the bytes' hash of the inputs too new for their stat, read before the build:
        without it a settings file written just before the build (never read through the content cache)
        was a file of unknown bytes to the next build, which then stepped aside for the whole build.
        """
        from .build import WIDE_VARIABLES
        from .exports import EXPORTS
        from .fragments import event_reads
        from .write import active_generation

        if self.error is not None:
            raise self.error
        builder = self.builder
        out = Path(builder.out)
        state = builder.cache.output(out)
        active = active_generation(out)
        held = state.get("held", {}).get(active) if active else None
        if held is None:  # built into someone's own link: the whole build every time
            self.close()
            return
        if self.rows_of is not generation:
            self._rows(generation)
        store = self.store
        assert store is not None
        try:
            structure, content = generation.structure, generation.content
            digests = builder.cache.files.digests
            templates, wide = {}, set()
            for name, found in builder._templates.items():
                if found is not None:
                    templates[name] = found[0]
                    if found[1] & set(WIDE_VARIABLES):
                        wide.add(name)
            made = generation.export_layout
            if made is not None:
                layout = {name: Layout(parts) for name, parts in made.items()}
            else:  # the exports were not made again: their layout is the last build's
                layout = self.before.get("layout") if self.before is not None else None
            meta = {
                "out": os.path.abspath(out), "drafts": builder.drafts, "strict": builder.strict, "token": held[0],
                "racy_after": racy, "files": (list(scan), {path: digests.get(os.path.abspath(path)) or racy_hashes.get(path)
                                                           for path, *_ in scan}),
                "settings": generation.settings, "templates": templates, "wide": wide, "split": structure.split,
                "site": content.site, "sources": content.sources, "actors": content.actors,
                "source_digests": {sid: structure._digest_of(s) for sid, s in content.sources.items()},
                "slug": generation.shared["slug_"], "actor_slug": generation.shared["actor_slug"],
                "language": content.site.language, "messages": generation.theme.messages,
                "warnings": generation.warnings, "awaiting": awaiting,
                "events": len(content.events), "layout": layout, "export_stats": _stats(out, EXPORTS),
                "event_reads": event_reads(generation.theme.env, builder.cache.templates),
                **self.known, "files+": {},
            }
            _put_meta(store, meta, _PARTS)
            store.db.execute("COMMIT")
            if store.fresh:
                self.store = None
                store.close()
                final = store.path.with_name(DB_FILE)
                for log in ("-wal", "-shm"):  # the old record's: applied to the new file, they would corrupt it
                    final.with_name(DB_FILE + log).unlink(missing_ok=True)
                os.replace(store.path, final)
        finally:
            self.close()

    def close(self) -> None:
        """Drop what was not committed, and the connection."""
        store, self.store, self.rows_of = self.store, None, None
        if store is None:
            return
        if store.fresh:  # never committed (it has no journal to roll back): the record stays the last build's
            store.close()
            store.path.unlink(missing_ok=True)
            return
        try:
            if store.db.in_transaction:
                store.db.execute("ROLLBACK")
        finally:
            store.close()


# The row of a page that is one event's own (generator/structure.py lists it with that event alone in its
# context, and the event's card and URL as its inputs): the event's id, the rest is in the event's row.
# Pickling each of them was half of writing the record's rows, a tenth of a cold build's own process
# (issue 12); pickle data never starts with this byte.
_OWN_PAGE = b"\0own\0"
# The row of a page whose ``events`` (a list, an aggregate page's) are kept as their ids: this, the length of
# the ids' bytes (8 bytes), the ids joined by NUL (a file's stem never holds one; checked), then the page pickled with
# ``events`` None. Each event pickled by reference was a Python call of reducer_override: 55,000 of the
# 65,000 the rows of a cold build made at 10,000 events, most of pickling the pages (issue 12).
_LISTED = b"\0listed\0"


def _page_row(page: Page, structure: Any, named: dict[int, str]) -> bytes:
    """A page's row in the record: an event's own page by reference to the event's row, any other pickled
    (its list of events, if any, as their ids)."""
    event = page.context.get("event") if len(page.context) == 1 else None
    if type(event) is Event and page.inputs == (structure.card(event), structure.timeline_url(event)):
        return _OWN_PAGE + f"{page.template}\0{event.id}".encode()
    events = page.context.get("events")
    if type(events) is list and events and all(type(event) is Event for event in events):
        ids = "\0".join([event.id for event in events])
        if ids.count("\0") == len(events) - 1:
            rest = Page(page.path, page.template, {**page.context, "events": None}, page.inputs)
            data = ids.encode()
            return _LISTED + len(data).to_bytes(8, "big") + data + dump_page(rest, named)[0]
    return dump_page(page, named)[0]


def _row_key(card: str, shows: list[str], url: str) -> str:
    """An event row's key: its card, and where it stands (its pages, its URL), which a new page boundary
    or a timeline split into years changes while the card stays (the row was kept, stale)."""
    return f"{card} {parts_digest(shows, url)}"


# What a whole build leaves in rows of their own beside its small "meta" row: a build after edits reads them
# all, and writes only the stat of the files it read ("files+", the ones changed since "files" was written)
# and the exports' layout (issue 12: writing the whole record again, 2.8 MB at 10,000 events, was a tenth
# of a one-event build). "files" is the scan of that whole record, in the scan's order, and each file's hash.
_PARTS = ("files", "files+", "sources", "labels", "layout")
# The files' stat changed since the last whole record of them, kept apart until there are this many.
FILES_DELTA = 512


def _meta(store: Store) -> dict[str, Any] | None:
    """The last build's record, its parts put together; None when a part is missing or not signed."""
    found = store.get("meta", "meta")
    if found is None:
        return None
    meta = loads(found[1])
    for part in _PARTS:
        row = store.get("meta", part)
        if row is None:
            return None
        meta[part] = loads(row[1])
    return meta


def _put_meta(store: Store, meta: dict[str, Any], parts: Iterable[str]) -> None:
    """Write the record's small row and the named parts of it."""
    store.put_many("meta", [("meta", None, dumps({k: v for k, v in meta.items() if k not in _PARTS})),
                            *((part, None, dumps(meta[part])) for part in parts)])


# --- a build after edits in place --------------------------------------------------------------------------


class _Absent(list):  # type: ignore[type-arg]
    """The list of every event, which a build after edits does not have: any use of it steps aside."""

    def _refuse(self, *args: Any) -> Any:
        raise _StepAside("a page asked for every event")

    __iter__ = __len__ = __getitem__ = __bool__ = __contains__ = _refuse  # type: ignore[assignment]


class _StepAside(Exception):
    """The edits are not all in place, or the cache does not match: the whole build is needed."""


def try_build(site_root: Path, out: Path, drafts: bool, strict: bool, scan: Scan, racy: int,
              racy_hashes: dict[str, str | None]) -> Any | None:
    """Build after edits in place, or None when the whole build is needed; a BuildResult when done."""
    path = cache_dir(site_root) / DB_FILE
    if not path.is_file():
        return None
    try:
        store = _store(site_root)
    except sqlite3.Error:  # not a database at all: the whole build writes the record anew
        return None
    quick = _QuickBuild(Path(site_root), Path(out), drafts, strict, scan, racy, racy_hashes, store)
    try:
        return quick.run()
    except (_StepAside, sqlite3.Error) as exc:
        if os.environ.get("CLAIM_TIMELINE_DEBUG_QUICK"):
            print(f"quick: stepped aside: {exc}")
        return None
    finally:
        store.close()
        if quick.staging.exists():
            shutil.rmtree(quick.staging, ignore_errors=True)


class _QuickBuild:
    def __init__(self, root: Path, out: Path, drafts: bool, strict: bool, scan: Scan, racy: int,
                 racy_hashes: dict[str, str | None], store: Store):
        self.root, self.out, self.drafts, self.strict, self.scan, self.racy = root, out, drafts, strict, scan, racy
        self.racy_hashes = racy_hashes  # scanned path -> hash of the files the stamp read (too new for their stat)
        self.store = store
        self.timings: dict[str, float] = {}
        self.events: dict[str, Any] = {}  # id -> the row of an event read (event, pages, url)
        self.cards: dict[str, str] = {}  # id -> the digest of its card when the row was kept
        self.gone: set[str] = set()  # files of the search index the edit took away
        self.search_delta: Any = None  # the search entries edited since search.pickle was written
        self.scanned_as: dict[str, str] = {}  # each changed file's absolute path -> its path in the scan
        self.looked_at: list[tuple[Any, tuple]] = []  # the scanned files whose stat changed or is too new to trust,
        # each with what the record says of it (mtime, size, inode, link, hash)
        self.exports_edited = False  # whether the exports' layout moved
        # The edited exports, written beside the site and moved into the new generation (a leftover of a killed
        # build is removed by the next one: generator/write.py, remove_leftovers).
        self.staging = out.parent / f".{out.name}.new-{os.getpid()}-edited"

    def run(self) -> Any:
        from .load import EVENT_SUFFIXES, SitePaths
        from .write import published

        started = time.perf_counter()
        meta = _meta(self.store)
        if meta is None or meta["out"] != os.path.abspath(self.out) or meta["drafts"] != self.drafts \
                or meta["strict"] != self.strict:
            raise _StepAside("another build")
        changed = self._changed(meta)
        paths = SitePaths(self.root)
        events_dir = os.path.abspath(paths.events)
        if any(os.path.dirname(p) != events_dir or not p.endswith(EVENT_SUFFIXES) for p in changed):
            raise _StepAside("not an event file")
        key, fingerprint = self.store.key, self.store.fingerprint
        state = read_signed(cache_dir(self.root) / STATE_FILE, key, fingerprint)
        if state is None:
            raise _StepAside("no state")
        outputs = state.get("outputs", {}).setdefault(os.path.abspath(self.out), {"active": None, "held": {}})
        shown = published(self.out, outputs)
        if shown is None or _token(outputs, self.out) != meta["token"]:
            raise _StepAside("the published site is not the one the cache describes")
        self.timings["load"] = time.perf_counter() - started
        return self._build(meta, changed, paths, state, outputs, shown, started)

    def _changed(self, meta: dict[str, Any]) -> list[str]:
        """The input files whose bytes changed since the last build; a new or gone file steps aside."""
        base, hashes = meta["files"]
        delta, racy = meta["files+"], meta["racy_after"]
        if len(base) != len(self.scan):
            raise _StepAside("files came or went")
        changed = []
        # The scan against the recorded one, pair by pair (a file came or went: a path differs somewhere).
        for now, then in [(now, then) for now, then in zip(self.scan, base) if now != then or now[1] >= racy]:
            path, mtime, size, inode, link = now
            if path != then[0]:
                raise _StepAside("files came or went")
            was = delta.get(path) or (*then[1:], hashes[path])
            if was[:4] == (mtime, size, inode, link) and mtime < racy:
                continue
            self.looked_at.append((now, was))
            if link or was[3] or was[4] is None:
                raise _StepAside("a changed file whose bytes are not known")
            now = self.racy_hashes[path] if path in self.racy_hashes else _hash_file(path)
            if now != was[4]:
                changed.append(os.path.abspath(path))
                self.scanned_as[changed[-1]] = path
        return changed

    def _row(self, event_id: str) -> tuple:
        row = self.events.get(event_id)
        if row is None:
            found = self.store.get("events", event_id)
            if found is None:
                raise _StepAside(f"no event {event_id} in the cache")
            row = self.events[event_id] = pickle.loads(found[1])
            self.cards[event_id] = found[0].partition(" ")[0]
        return row

    def _build(self, meta: dict[str, Any], changed: list[str], paths: Any, state: dict[str, Any],
               outputs: dict[str, Any], shown: dict[str, tuple[str, str]], started: float) -> Any:
        from . import exports
        from .build import BuildResult, _hash
        from .drafts import is_draft
        from .errors import Problem
        from .fragments import TEMPLATE, keep_reads, respliced, with_old_notes
        from .load import load_event_file
        from .model import Content
        from .provenance import check_provenance
        from .render import Labels, Theme, shared_from
        from .scaffold import placeholder_warnings
        from .structure import card_digest
        from .timeline import know_agent_types
        from .write import OutputFile, digest, publish, write_pieces

        sources = meta["sources"]
        content = Content(meta["site"], sources, _Absent(), meta["actors"])
        # The changed files, read and checked: each must stay where it stood, without an error.
        edits: list[tuple[Any, Any, str, str, str]] = []  # (old event, new event, old card, new card, file hash)
        placeholders = placeholder_warnings(paths.site_config, meta["site"])
        warnings: list[Problem] = [p for p in meta["warnings"][:len(meta["warnings"]) - len(placeholders)]
                                   if os.path.abspath(p.path) not in changed]
        for path in changed:
            event_id = Path(path).stem
            old, pages, url = self._row(event_id)
            if old.path is None or os.path.abspath(old.path) != path:
                raise _StepAside("another file")
            # Read under the name the whole build gave it (the same file): placement() holds the event's path, so
            # reading it by its absolute one made every edit in a site built from its own folder a whole build.
            new, problems = load_event_file(Path(old.path), sources.keys())
            if new is None or any(p.severity == "error" for p in problems) or placement(new) != placement(old):
                raise _StepAside("the event moved")
            new_hash = _hash_file(path)
            cited = [meta["source_digests"][r.source] for r in new.sources if r.source in sources]
            edits.append((old, new, self.cards[event_id], card_digest(f"{new.id}:{new_hash}", cited), new_hash))
            warnings += problems + check_provenance(Content(meta["site"], sources, [new], meta["actors"]))
            self.events[event_id] = (new, pages, url)
        warnings.sort(key=lambda p: (str(p.path), p.line, p.column))
        warnings += placeholders
        if self.strict and warnings:
            raise _StepAside("strict")
        loaded = time.perf_counter()
        know_agent_types(meta["agent_types"])
        theme = Theme(paths.templates, meta["language"], cache_dir(self.root) / "templates")
        theme.__dict__["messages"] = meta["messages"]  # the catalogs are theme files: unchanged, as checked
        if meta.get("event_reads") is not None:  # _event.html as the whole build analysed it (templates unchanged)
            keep_reads(theme.env.get_template(TEMPLATE), meta["event_reads"])
        labels = Labels(meta["site"].date_locale, theme.messages, meta["labels"])
        slug = meta["slug"]
        shared = shared_from(meta["site"], sources, labels, lambda event: self._row(event.id)[2], slug, _Absent(),
                             meta["actor_slug"])

        def resolve(pid: tuple[str, str], events: dict[str, Any] | None = None) -> Any:
            """What a kept page refers to; with ``events``, those events as given and the others as EventRefs."""
            kind, name = pid
            if kind == "e":
                if events is None:
                    return self._row(name)[0]
                return events[name] if name in events else EventRef(name, lambda event_id: self._row(event_id)[0])
            if kind == "s":
                return sources[name]
            if name == "content":
                return content
            if name == "slug":
                return slug
            raise _StepAside(f"an unknown reference {pid}")

        made: dict[str, OutputFile] = {}
        reasons: dict[str, int] = {}
        page_rows: list[tuple[str, str, bytes]] = []
        from_old = 0  # pages made from their old bytes, only the edited events' fragments rendered
        noted = 0  # pages rendered whole but for their note, taken from their old bytes
        remade = sorted({path for _, new, *_ in edits for path in self._row(new.id)[1]})
        for path in remade:
            found = self.store.get("pages", path)
            was = shown.get(path)
            if found is None or was is None or found[0] != was[0]:
                raise _StepAside(f"{path}: not the page the cache describes")
            here = {new.id: (old, new, EventRef(new.id, lambda _, new=new: new))
                    for old, new, *_ in edits if path in self._row(new.id)[1]}
            refs = {event_id: ref for event_id, (*_, ref) in here.items()}
            page = self._page(path, found[1], lambda pid: resolve(pid, refs))
            if page.template in meta["wide"] or page.template not in meta["templates"]:
                raise _StepAside(f"{page.template} names every event")
            for old, new, old_card, new_card, _ in edits:
                if path in self._row(new.id)[1]:
                    page = type(page)(page.path, page.template, page.context,
                                      edited_inputs(page.inputs, old_card, new_card))
            page_key = _hash(page.path, page.template, meta["templates"][page.template], meta["settings"],
                             page.inputs, [])
            old_bytes = self._published(path, was[1])
            data = respliced(theme, page, shared, old_bytes, here) if old_bytes is not None else None
            if data is not None:
                from_old += 1
            else:
                whole = self._page(path, found[1], resolve)
                if old_bytes is not None and any(old.body and old.body == new.body for old, new, _ in here.values()):
                    # A page printing an edited event's note, unchanged: the note as the old bytes hold it.
                    olds = {event_id: old for event_id, (old, _, _) in here.items()}
                    data = with_old_notes(theme, self._page(path, found[1], lambda pid: resolve(pid, olds)), whole, shared,
                                          old_bytes)
                    noted += data is not None
                if data is None:
                    data = theme.render(whole, shared)
            made[path] = OutputFile(path, page_key, digest(data), data)
            page_rows.append((path, page_key, dump_page(page, {id(content): "content", id(slug): "slug"})[0]))
            reasons["changed"] = reasons.get("changed", 0) + 1
        rendered = time.perf_counter()
        self.timings["render"] = rendered - loaded

        # The exports: each edited event's parts put in place of its old ones.
        layout = meta["layout"]
        published_edits = [(old, new, oc, nc) for old, new, oc, nc, _ in edits if not is_draft(new)]
        self.exports_edited = bool(published_edits)
        if published_edits:
            if layout is None:
                raise _StepAside("no layout of the exports")
            new_parts = {new.id: exports.event_parts(content, new, labels.date_label, labels.day_label, labels.messages)
                         for _, new, _, _ in published_edits}
            stats = _stats(self.out, exports.EXPORTS)
            for name in exports.EXPORTS:
                was = shown.get(name)
                if was is None:
                    raise _StepAside("no exports")
                data = (self.out / name).read_bytes()
                # The file the last build published, by its stat, as a build where nothing changed trusts
                # site/: hashing the exports' 18 MB at 10,000 events was 20 ms of a one-event build.
                if stats[name] != meta["export_stats"].get(name) and digest(data) != was[1]:
                    raise _StepAside("an export is not what the cache says")
                parts = layout[name]
                spliced = sorted((parts[new.id], new_parts[new.id][name]) for _, new, _, _ in published_edits)
                pieces = _splice(memoryview(data), spliced)
                parts.replace({new.id: len(new_parts[new.id][name]) for _, new, _, _ in published_edits})
                key = f"{name}:" + _hash("exports edited", was[0], [(oc, nc) for _, _, oc, nc in published_edits])
                # Written from its pieces into a file moved into place, as a whole build's exports are: the
                # 18 MB at 10,000 events are neither joined in memory nor copied once more (issue 12).
                self.staging.mkdir(exist_ok=True)
                file = self.staging / name
                made[name] = OutputFile(name, key, write_pieces(file, pieces), file=str(file))
                reasons["changed"] = reasons.get("changed", 0) + 1
        self.timings["exports"] = time.perf_counter() - rendered

        # The search index of a split timeline: the edited events' entries in place of the old ones.
        begin = time.perf_counter()
        search_state = None
        self.search_delta = meta.get("search_delta")
        if meta["split"] and published_edits:
            search_state = self._search(meta, state, labels, slug, sources, edits, made, shown, reasons)
        self.timings["search"] = time.perf_counter() - begin

        # Publish: every other file as the active generation holds it.
        begin = time.perf_counter()
        kept = {rel: held for rel, held in shown.items() if rel not in made and rel not in self.gone}
        report = publish(self.out, outputs, list(made.values()), kept=kept)
        write_signed(cache_dir(self.root) / STATE_FILE, {k: v for k, v in state.items() if k != "fingerprint"},
                     self.store.key, self.store.fingerprint)
        if search_state is not None:
            write_signed(cache_dir(self.root) / SEARCH_FILE, {k: v for k, v in search_state.items()
                                                              if k != "fingerprint"},
                         self.store.key, self.store.fingerprint)
        self._keep(meta, outputs, edits, page_rows, layout, warnings)
        self.timings["write"] = time.perf_counter() - begin
        profile = {"timings": self.timings, "reasons": reasons, "pages": None, "files": len(kept) + len(made),
                   "edited": len(edits), "spliced": from_old, "noted": noted}
        return BuildResult(content, report, warnings, self.out, meta["awaiting"], profile, events=meta["events"])

    def _page(self, path: str, data: bytes, resolve: Callable[[tuple[str, str]], Any]) -> Page:
        """A kept page from its row, each event, source and named object it holds answered by ``resolve``."""
        if data.startswith(_LISTED):
            start = len(_LISTED) + 8
            end = start + int.from_bytes(data[len(_LISTED):start], "big")
            page = load_page(data[end:], resolve)
            page.context["events"] = [resolve(("e", event_id)) for event_id in data[start:end].decode().split("\0")]
            return page
        if not data.startswith(_OWN_PAGE):
            return load_page(data, resolve)
        template, _, event_id = data[len(_OWN_PAGE):].decode().partition("\0")
        # Its inputs as the whole build listed them: the card of the event's row, before any edit, and its URL.
        url = self._row(event_id)[2]
        return Page(path, template, {"event": resolve(("e", event_id))}, (self.cards[event_id], url))

    def _published(self, path: str, old_digest: str) -> bytes | None:
        """A page's published bytes, when they are those the cache says (else it is rendered whole)."""
        from .write import digest

        try:
            old_bytes = (self.out / path).read_bytes()
        except OSError:
            return None
        return old_bytes if digest(old_bytes) == old_digest else None

    def _search(self, meta: dict[str, Any], state: dict[str, Any], labels: Any, slug: Any, sources: Any,
                edits: list, made: dict, shown: dict, reasons: dict) -> dict[str, Any] | None:
        """The search index with the edited events' entries; the memo to write when search.pickle is due
        (every SEARCH_REWRITE_AFTER events edited), else None and the entries kept in ``search_delta``."""
        from . import search
        from .build import _hash
        from .write import OutputFile

        memo = read_signed(cache_dir(self.root) / SEARCH_FILE, self.store.key, self.store.fingerprint)
        keys = state.get("search_keys", {})
        index = memo.get("index") if memo is not None else None
        # search.pickle holds the index as it was before the edits kept in the delta; state.pickle's key, after.
        delta = self.search_delta
        base = delta["base"] if delta is not None else keys.get("whole")
        if memo is None or not isinstance(index, search.Index) or memo.get("whole") != base \
                or keys.get("whole") is None or (delta is not None and delta["whole"] != keys["whole"]):
            raise _StepAside("no search index")
        messages = labels.messages
        edited: dict[str, Any] = dict(delta["entries"]) if delta is not None else {}
        # First the index as published (the delta's entries), then this build's edits: an edit back to an entry
        # search.pickle holds moves nothing from the pickled index, while the published files hold the delta's.
        files_made = index.edit(list(edited.values())) if edited else {}
        if files_made is None:
            raise _StepAside("an event not in the index, or in another year")
        new_entries: dict[str, Any] = {}
        old_cards = {}
        for old, new, old_card, new_card, _ in edits:
            url = self._row(new.id)[2]
            entry = search.event_entry(new, sources, labels.date_label, slug, url, lambda kind: messages.get(kind, kind))
            new_entries[new.id] = entry
            old_cards[new.id] = (old_card, new_card)
        now_made = index.edit(list(new_entries.values()))
        if now_made is None:
            raise _StepAside("an event not in the index, or in another year")
        files_made.update(now_made)  # the later bytes of a file made twice
        edited.update(new_entries)
        whole = _hash("search edited", keys["whole"], sorted(old_cards.items()))
        keys["whole"] = whole
        keys["files"] = dict(index.files)
        for path, data in files_made.items():
            file_digest = search._digest(data)
            if path in shown and shown[path][1] == file_digest:
                continue  # made again for an edit of an earlier build, and published then
            made[path] = OutputFile(path, "search:" + index.files[path], file_digest, data)
            reasons["changed"] = reasons.get("changed", 0) + 1
        self.gone = {path for path in shown if path.startswith(search.INDEX_DIR + "/") and path not in index.files}
        if len(edited) < SEARCH_REWRITE_AFTER:
            self.search_delta = {"base": base, "whole": whole, "entries": edited}
            return None
        # The entries a whole build remembers by card are left as they are (packed, never read here): an edited
        # event's new card is not among them, and the next whole build makes its entry again.
        self.search_delta = None
        memo["whole"] = whole
        return memo

    def _keep(self, meta: dict[str, Any], outputs: dict[str, Any], edits: list, page_rows: list, layout: Any,
              warnings: list) -> None:
        """What the next build after edits needs: the events, the pages, the files' stat, the new token."""
        store = self.store
        store.db.execute("BEGIN")
        try:
            for old, new, old_card, new_card, new_hash in edits:
                row = self.events[new.id]
                store.put("events", new.id, _row_key(new_card, row[1], row[2]), dumps(row))
            for path, key, data in page_rows:
                store.put("pages", path, key, data)
            from .exports import EXPORTS
            from .write import active_generation

            meta = dict(meta)
            meta["token"] = outputs["held"][active_generation(self.out)][0]
            delta = dict(meta["files+"])
            # By the scan's own paths: making an absolute path of each of 10,000 files cost about 20 ms.
            hashes = {self.scanned_as[os.path.abspath(new.path)]: h for _, new, _, _, h in edits}
            # Only the files _changed looked at may have another stat or hash (the others' stat is the same, older
            # than the last build's racy time, so older than this one's).
            for (path, mtime, size, inode, link), was in self.looked_at:
                if was[:4] != (mtime, size, inode, link) or path in hashes or path in self.racy_hashes:
                    delta[path] = (mtime, size, inode, link, hashes.get(path) or self.racy_hashes.get(path) or was[4])
            meta["racy_after"], meta["layout"], meta["warnings"] = self.racy, layout, warnings
            meta["export_stats"] = _stats(self.out, EXPORTS)
            meta["search_delta"] = self.search_delta
            moved = ("layout",) if self.exports_edited else ()
            if len(delta) > FILES_DELTA:  # this scan, every file in it as recorded or as changed since
                meta["files"] = (list(self.scan), {**meta["files"][1], **{path: d[4] for path, d in delta.items()}})
                meta["files+"] = {}
                _put_meta(store, meta, ("files", "files+", *moved))
            else:
                meta["files+"] = delta
                _put_meta(store, meta, ("files+", *moved))
            store.db.execute("COMMIT")
        except BaseException:
            store.db.execute("ROLLBACK")
            raise


def _stats(out: Path, names: tuple[str, ...]) -> dict[str, tuple[int, int, int] | None]:
    """Each file's (size, mtime, inode) in the site as published (None when it has none)."""
    found: dict[str, tuple[int, int, int] | None] = {}
    for name in names:
        try:
            stat = os.stat(out / name)
        except OSError:
            found[name] = None
        else:
            found[name] = (stat.st_size, stat.st_mtime_ns, stat.st_ino)
    return found


def _token(outputs: dict[str, Any], out: Path) -> str | None:
    from .write import active_generation

    held = outputs.get("held", {}).get(active_generation(out))
    return held[0] if held else None


def _splice(data: memoryview, parts: list[tuple[tuple[int, int], bytes]]) -> list[memoryview | bytes]:
    """The pieces of ``data`` with each (offset, length) range, in order, replaced by its new bytes (the others
    are views of ``data``, never copies)."""
    pieces: list[memoryview | bytes] = []
    at = 0
    for (offset, length), new in parts:
        pieces += [data[at:offset], new]
        at = offset + length
    pieces.append(data[at:])
    return pieces


class Layout:
    """Where each event's part lies in one export: the events in the file's order, their offsets and lengths.

    Two arrays, not a dict of pairs: pickling, reading and moving 30,000 pairs one by one was a twentieth of
    a one-event build at 10,000 events (issue 12).
    """

    def __init__(self, parts: dict[str, tuple[int, int]]):
        ordered = sorted(parts.items(), key=lambda item: item[1][0])
        self.ids = tuple(event_id for event_id, _ in ordered)
        self.offsets = array.array("q", (place[0] for _, place in ordered))
        self.lengths = array.array("q", (place[1] for _, place in ordered))

    def __getitem__(self, event_id: str) -> tuple[int, int]:
        """(offset, length) of an event's part (ValueError when the export has none)."""
        n = self.ids.index(event_id)
        return self.offsets[n], self.lengths[n]

    def replace(self, lengths: dict[str, int]) -> None:
        """Give these events' parts their new lengths: every part after one moves by what it grew or shrank."""
        changes = sorted((self.ids.index(event_id), length) for event_id, length in lengths.items())
        shift = 0
        for k, (n, length) in enumerate(changes):
            self.offsets[n] += shift
            shift += length - self.lengths[n]
            self.lengths[n] = length
            if shift:
                offsets = self.offsets
                for i in range(n + 1, changes[k + 1][0] if k + 1 < len(changes) else len(offsets)):
                    offsets[i] += shift
