"""What a build keeps between runs, in <site>/.cache/claim-timeline/ (git-ignored, safe to delete).

- ``state.pickle``: for each output folder the key and digest of every file each of its two
  generations holds, and what each template names;
- ``parts/content-NN.pickle``: parsed and validated content files keyed by their content hash,
  and the stat each file had when it was hashed, in ``SHARDS`` files by path;
- ``parts/exports-NN.pickle``: each event's part of each export, in ``SHARDS`` files by event
  digest, read only when an export is made again;
- ``search.pickle``: the site-wide search index of a split timeline (generator/search.py, Index),
  read only by a build in which an event changed; ``search-entries.pickle``: the index's entries
  by card, read only by a whole build in which an event changed;
- ``stamp``: the stat of every input file when the last build succeeded, so that a build where
  nothing changed is answered before Jinja or Babel are even imported.

Each file is a pickle signed with a key kept outside the site folder (``~/.cache/claim-timeline/key``):
a cache made by another version, another user or a tampered file is discarded with a one-line
notice, never unpickled. A build writes again only the parts whose entries changed (issue 12: at
10,000 events one edit rewrote 27 MB). Parts are keyed by content (a file's hash, an event's
digest), so a part older or newer than state.pickle (a build killed between the two) holds only
true entries.
"""

from __future__ import annotations

import contextlib
import copyreg
import errno
import functools
import gc
import hashlib
import hmac
import io
import os
import pickle
import secrets
import threading
import time
import zlib
from pathlib import Path, PosixPath, PurePath, PurePosixPath, PureWindowsPath, WindowsPath
from typing import Any, Callable, Iterable, Iterator

from . import pool
from .errors import Problem
from .load import FIRST_READ_BYTES, MAX_YAML_BYTES, FileCache
from .stamp import cache_dir, file_hash, notice as _notice, racy_after, tool_fingerprint, write_atomic as _write_atomic

STATE_FILE = "state.pickle"
SEARCH_FILE = "search.pickle"
# The search entries a whole build remembers by card, in a file of their own: a build after one edit reads
# search.pickle but never these (issue 12: reading them with it was a third of reading it).
SEARCH_ENTRIES_FILE = "search-entries.pickle"
PARTS_DIR = "parts"
SHARDS = 32  # files per sharded part: one edit rewrites one or two of them


def _signing_key() -> bytes:
    """This user's key for signing caches, made on first use."""
    home = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "claim-timeline"
    path = home / "key"
    try:
        return path.read_bytes()
    except FileNotFoundError:
        home.mkdir(parents=True, exist_ok=True)
        key = secrets.token_bytes(32)
        temporary = path.with_name(f"key.{os.getpid()}")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as file:
            file.write(key)
        os.replace(temporary, path)
        return path.read_bytes()


class ContentFiles(FileCache):
    """Parsed files by content hash, kept between runs; a file is hashed again only when its stat changed."""

    def __init__(self, stats: dict[str, tuple[tuple[int, int, int], str]], parsed: dict[tuple[str, str, Any], Any]):
        super().__init__()
        self.stats = stats  # path -> (mtime_ns, size, inode), content hash
        self.parsed = parsed  # (path, content hash, salt) -> (value, problems)
        self.digests: dict[str, str] = {}  # path -> content hash, for the files read in this build
        self.used: set[tuple[str, str, Any]] = set()
        self._distrusted: set[str] = set()
        # path -> content hash of the files prefetch() just read, stat and bytes, for this load's get() only:
        # stat again, they cost a serial tenth of a second at 10,000 files, a second at 100,000 (issue 12).
        self._entered: dict[str, str] = {}
        self._racy_after = racy_after(time.time_ns())
        self.parallel = False  # prefetch over forked workers (a build sets it; the preview never forks)
        self.complete = False  # every file was asked for since the last prune (not only an edited one)

    def forget(self, paths: Iterable[str | Path]) -> None:
        """Hash these files again whatever their stat says: mtimes are coarse, the watcher's word is not."""
        for path in paths:
            self._distrusted.add(os.path.abspath(path))

    def prefetch(self, paths: list[Path], parse: Callable[..., Any]) -> None:
        """Read, hash and parse the files get() will not find, each read once (a cold build of many files,
        issue 12). Only when ``parallel`` (a build, not the preview's threads) and the files are many.

        Each file is hashed and parsed as get() would, and entered as get() enters it, so get() then finds
        it. All in this process: forked children parsing a share each cost more CPU than they saved once
        event files were read without YAML (generator/eventshape.py), since this process unpickled their
        events for as long as it would have parsed them (issue 12: load_content at 10,000 events,
        children's CPU included, 1.54 s with one child, 0.97 s without).
        """
        # What an earlier load entered and never read (it stopped before its get()) is no longer this stat's:
        # taken now, it would hide an edit made since (review 29, finding 12).
        self._entered = {}
        missing = []
        for path in paths:
            name = os.path.abspath(path)
            known = self.stats.get(name)
            if known is None or (name, known[1], None) not in self.parsed or name in self._distrusted:
                missing.append(path)
        if not self.parallel or not pool.usable(len(missing)):
            return
        self._enter(missing, map(functools.partial(_hashed_parse, parse), missing))

    def _enter(self, paths: list[Path], found: Iterable[tuple[Any, str | None, Any]]) -> None:
        """Enter (stat key, content hash, (value, problems)) of each path as get() would."""
        for path, (key, content_hash, value) in zip(paths, found):
            if key is not None:
                name = os.path.abspath(path)
                self.stats[name] = (key, content_hash)
                self.parsed[(name, content_hash, None)] = value
                self._distrusted.discard(name)
                self._entered[name] = content_hash

    def get(self, path: Path, parse: Callable[[list[Problem]], Any], problems: list[Problem], salt: Any = None) -> Any:
        """``parse(problems)`` for this file, or what it gave when a file of the same bytes (and salt) was parsed."""
        name = os.path.abspath(path)
        # Read by prefetch() in this very load: a change since then is one made while the build reads its
        # inputs, which the stamp taken before reading tells the next build, as after any other get().
        content_hash = self._entered.pop(name, None) if name not in self._distrusted else None
        if content_hash is None:
            try:
                stat = os.stat(name)
            except OSError:
                return parse(problems)
            key = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
            known = self.stats.get(name)
            if known is not None and known[0] == key and name not in self._distrusted:
                content_hash = known[1]
            else:
                content_hash = file_hash(name)
                self.stats[name] = (key, content_hash)
        self._distrusted.discard(name)
        self.digests[name] = content_hash
        entry = (name, content_hash, salt)
        self.used.add(entry)
        hit = self.parsed.get(entry)
        if hit is None:
            found: list[Problem] = []
            hit = self.parsed[entry] = (parse(found), found)
        problems.extend(hit[1])
        return hit[0]

    def prune(self) -> None:
        """Forget what this build did not use (deleted files, old versions of edited ones)."""
        if self.used and self.complete:  # after edits alone, what was not asked for is still in use
            self.parsed = {k: v for k, v in self.parsed.items() if k in self.used}
            live = {k[0] for k in self.used}
            self.stats = {k: v for k, v in self.stats.items() if k in live}
        # A file modified just before this build may change again within the same mtime tick at the
        # same size: its stat is not kept, so that the next build hashes its bytes again.
        self.stats = {k: v for k, v in self.stats.items() if v[0][0] < self._racy_after}
        self._racy_after = racy_after(time.time_ns())
        self.used = set()
        self._entered = {}
        self.complete = False


def _hashed_parse(parse: Callable[..., Any], path: Path) -> tuple[Any, str | None, Any]:
    """(stat key, content hash, (value, problems)) of one file, as ContentFiles.get records them.

    The file is read once, its bytes hashed and parsed (issue 12: a cold build read every event file
    twice); a file that is a link, or larger than a YAML file may be, is hashed and parsed as get() does.
    """
    data = None
    try:
        try:
            stat, data = _stat_and_bytes(path, MAX_YAML_BYTES)
        except OSError as exc:
            if exc.errno != errno.ELOOP:
                raise
            stat = os.stat(path)  # a link: keyed by what it points to, as get() keys it
        if data is None or len(data) > MAX_YAML_BYTES:
            data = None
            content_hash = file_hash(path)
        else:
            content_hash = hashlib.blake2b(data, digest_size=16).hexdigest()
    except OSError:
        return None, None, None  # get() meets the same error and reports it
    found: list[Problem] = []
    value = parse(path, found) if data is None else parse(path, found, data=data)
    return (stat.st_mtime_ns, stat.st_size, stat.st_ino), content_hash, (value, found)


def _stat_and_bytes(path: Path, limit: int) -> tuple[os.stat_result, bytes]:
    """The stat of a file that is not a link (OSError ELOOP for one) and its bytes, at most one past ``limit``.

    Four system calls (open, fstat, one read, close) where a stat, then a buffered file (fstat, isatty
    ioctl, lseek) and two reads took nine: a cold build reads every event file (issue 12: 100,000 of them).
    The stat is the open file's, so it is that of the bytes read. A file that grew since its fstat is read
    on, up to one byte past the limit, as read_limited reads it.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    try:
        stat = os.fstat(fd)
        want = min(limit + 1, stat.st_size + 1)  # one byte more than the size: a short read is the end
        data = os.read(fd, want)
        if len(data) == want and want <= limit:
            pieces = [data]
            size = len(data)
            while size <= limit:
                piece = os.read(fd, min(limit + 1 - size, FIRST_READ_BYTES))
                if not piece:
                    break
                pieces.append(piece)
                size += len(piece)
            data = b"".join(pieces)
        return stat, data
    finally:
        os.close(fd)


class BuildCache:
    """The state kept between builds of one site: parsed content and what each output folder holds."""

    def __init__(self, site_root: Path, read: bool = True):
        self.folder = cache_dir(site_root)
        self.fingerprint = tool_fingerprint()
        self.read = read
        self._key = _signing_key()
        state = self._read(self.folder / STATE_FILE) if read else None
        self._trusted = state is not None  # a discarded state.pickle discards its parts too
        state = state or {}
        self._loaded: dict[str, list[dict[Any, Any] | None]] = {}
        content = self._read_shards("content")
        self.files = ContentFiles(_merged(content, "stats"), _merged(content, "parsed"))
        self.outputs: dict[str, dict[str, Any]] = state.get("outputs", {})
        self._fragments: dict[Any, Any] | None = None  # read when an export is made again
        self.fragments_used: set[Any] = set()
        self.templates: dict[str, Any] = state.get("templates", {})  # a template source's digest -> what it names
        self.search_keys: dict[str, Any] = state.get("search_keys", {})  # the search index's file keys (search.py)
        self._search: dict[str, Any] | None = None  # the search index between builds, read when first needed
        self._writing: tuple[pool.Beside, list[tuple[int, dict[str, Any]]]] | None = None  # content parts, beside

    @property
    def fragments(self) -> dict[Any, Any]:
        """(export, card digest, settings) -> an event's part of that export."""
        if self._fragments is None:
            self._fragments = _merged(self._read_shards("exports"), "fragments")
        return self._fragments

    def forget_unpublished(self) -> None:
        """Drop the search files kept for a site not yet published (generator/search.py): it now is."""
        if self._search is not None:
            self._search.pop("made", None)

    @property
    def search(self) -> dict[str, Any]:
        """The search index's state (generator/search.py), in a file of its own: a build that leaves
        the index alone does not spend the time to read it."""
        if self._search is None:
            self._search = (self._read(self.folder / SEARCH_FILE) if self.read else None) or {}
            kept = self._read(self.folder / SEARCH_ENTRIES_FILE) if self.read else None
            if kept is not None and "entries" in kept:
                self._search["entries"] = kept["entries"]
        return self._search

    def output(self, out: Path) -> dict[str, Any]:
        """What is known of an output folder: its active generation and the files each generation holds."""
        return self.outputs.setdefault(os.path.abspath(out), {"active": None, "held": {}})

    def _read_shards(self, name: str) -> list[dict[str, Any] | None]:
        """The parts of one sharded store, as read (None: missing or discarded)."""
        found: list[dict[str, Any] | None] = [None] * SHARDS
        if self._trusted:
            for index in range(SHARDS):
                state = self._read(self.folder / PARTS_DIR / f"{name}-{index:02d}.pickle")
                found[index] = state if state is not None else None
        self._loaded[name] = found
        return found

    def _read(self, path: Path) -> dict[str, Any] | None:
        return read_signed(path, self._key, self.fingerprint)

    def save_content_beside(self) -> None:
        """Write the parsed content's changed parts now, in a forked child, once every file was loaded.

        They are all a large build will keep of its content, and they hold only true entries whatever the
        build does next (see the module's docstring); written at the end, they were most of the wait for
        the cache after publishing (issue 12: 2 s at 100,000 events). save() writes again what the child could not.
        """
        self.written_beside()
        self.files.prune()
        changed = self._changed_shards("content", self._content_stores())
        if not changed:
            return
        child = pool.Beside(lambda: self._write_shards("content", changed), "content cache")
        self._writing = (child, changed)
        loaded = self._loaded.setdefault("content", [None] * SHARDS)
        for index, part in changed:  # as the child writes them
            loaded[index] = {"fingerprint": self.fingerprint, **part}

    def _content_stores(self) -> dict[str, tuple[dict[Any, Any], Callable[[Any], int]]]:
        return {"stats": (self.files.stats, _path_shard), "parsed": (self.files.parsed, lambda key: _path_shard(key[0]))}

    def written_beside(self) -> None:
        """Wait for the parts save_content_beside() gave a child; mark those it could not write as unwritten.

        Called by the process that forked the child (only it can wait for it), before the cache is saved
        from another forked child (build.build)."""
        if self._writing is not None:
            child, changed = self._writing
            self._writing = None
            try:
                child.result()
            except Exception:  # an unwritable folder, a full disk: written again by save(), where it is reported
                for index, _ in changed:
                    self._loaded["content"][index] = None

    def save(self) -> None:
        """Write the parts whose entries changed, then the state, each atomically (a killed build leaves old or new)."""
        self.written_beside()
        self.files.prune()
        self._save_shards("content", self._content_stores())
        self.save_fragments()
        if self._search is not None:
            memo = dict(self._search)
            entries = memo.pop("entries", None)
            self._write(self.folder / SEARCH_FILE, memo)
            if entries is not None:
                self._write(self.folder / SEARCH_ENTRIES_FILE, {"entries": entries})
        self._write(self.folder / STATE_FILE, {"outputs": self.outputs, "templates": self.templates,
                                               "search_keys": self.search_keys})

    def save_fragments(self) -> None:
        """Write the parts of the exports whose entries changed (save() does; so does the child or worker that made them)."""
        if self.fragments_used:  # exports were made: keep the parts of the events they hold now
            self._fragments = {k: v for k, v in self.fragments.items() if k in self.fragments_used}
            self.fragments_used = set()
        if self._fragments is not None:
            self._save_shards("exports", {"fragments": (self._fragments, lambda key: _text_shard(key[1]))})

    def fragments_saved(self) -> None:
        """The exports' parts were written by the child or worker that made them: save() leaves them alone."""
        self._fragments, self.fragments_used = None, set()

    def _save_shards(self, name: str, stores: dict[str, tuple[dict[Any, Any], Callable[[Any], int]]]) -> None:
        """Write again each part of a sharded store whose entries are not those it was read with."""
        self._write_shards(name, self._changed_shards(name, stores))

    def _changed_shards(self, name: str, stores: dict[str, tuple[dict[Any, Any], Callable[[Any], int]]]
                        ) -> list[tuple[int, dict[str, Any]]]:
        """(index, entries) of each part of a sharded store whose entries are not those it was read or written with."""
        parts: list[dict[str, dict[Any, Any]]] = [{field: {} for field in stores} for _ in range(SHARDS)]
        for field, (entries, shard_of) in stores.items():
            for key, value in entries.items():
                parts[shard_of(key)][field][key] = value
        loaded = self._loaded.get(name) or [None] * SHARDS
        # Values are compared by identity first: an entry read and kept costs no deep comparison.
        return [(index, part) for index, part in enumerate(parts)
                if loaded[index] is None or not all(loaded[index].get(field) == part[field] for field in stores)]

    def _write_shards(self, name: str, changed: list[tuple[int, dict[str, Any]]]) -> None:
        """Write these parts of a sharded store, each atomically."""
        loaded = self._loaded.get(name) or [None] * SHARDS
        for index, part in changed:
            self._write(self.folder / PARTS_DIR / f"{name}-{index:02d}.pickle", part)
            loaded[index] = {"fingerprint": self.fingerprint, **part}
        self._loaded[name] = loaded

    def _write(self, path: Path, state: dict[str, Any]) -> None:
        write_signed(path, state, self._key, self.fingerprint)


def read_signed(path: Path, key: bytes, fingerprint: str) -> dict[str, Any] | None:
    """A cache file this user's claim-timeline of this version wrote, or None (with a notice when it is not)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        _notice(f"the build cache could not be read ({exc.strerror}); building without it")
        return None
    signature, _, body = data.partition(b"\n")
    expected = hmac.new(key, body, "sha256").hexdigest().encode()
    if not hmac.compare_digest(signature, expected):
        _notice(f"discarded the build cache {_shown(path)}: not made by this user's claim-timeline (or damaged)")
        return None
    try:
        state = _unpickle(body)
    except Exception:  # signed by us, yet unreadable: a bug or a full disk; never trusted
        _notice(f"discarded the build cache {_shown(path)}: it is damaged")
        return None
    if not isinstance(state, dict) or state.get("fingerprint") != fingerprint:
        _notice(f"discarded the build cache {_shown(path)}: made by another version of claim-timeline")
        return None
    return state


def write_signed(path: Path, state: dict[str, Any], key: bytes, fingerprint: str) -> None:
    """Write a cache file whole, signed, with the tool's fingerprint."""
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump({"fingerprint": fingerprint, **state})
    body = buffer.getvalue()
    signature = hmac.new(key, body, "sha256").hexdigest().encode()
    _write_atomic(path, signature + b"\n" + body)


def dumps(value: Any) -> bytes:
    """A value pickled as the cache pickles it (paths as strings).

    One pickler per thread, its memo emptied after each value (the same bytes as a new one): making a
    _Pickler copies its table of types, which was 40 % of pickling an event for the edits' cache
    (issue 12: 10,000 rows, 0.17 s of a cold build's own process).
    """
    if getattr(_dumper, "busy", False):  # called again from inside a value's __reduce__: that pickler is mid-value
        buffer, pickler = _new_pickler()
        pickler.dump(value)
        return buffer.getvalue()
    found = getattr(_dumper, "found", None)
    if found is None:
        found = _dumper.found = _new_pickler()
    buffer, pickler = found
    _dumper.busy = True
    try:
        pickler.dump(value)
        return buffer.getvalue()
    finally:
        _dumper.busy = False
        # a new memo, not clear_memo(): that keeps the largest table ever used (every later call pays to zero
        # it) and the last value's objects alive
        pickler.memo = {}
        buffer.seek(0)
        buffer.truncate()


_dumper = threading.local()  # dumps()'s pickler, one per thread (the preview renders in threads)


def _new_pickler() -> tuple[io.BytesIO, _Pickler]:
    """A pickler as the cache pickles (paths as strings), writing to a buffer of its own."""
    buffer = io.BytesIO()
    return buffer, _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)


def loads(data: bytes) -> Any:
    """A value the cache pickled, read without the cyclic collector (see _unpickle)."""
    return _unpickle(data)


def signing_key() -> bytes:
    """This user's key for signing caches."""
    return _signing_key()


def _reduce_path(path: PurePath) -> tuple[Any, tuple[str]]:
    return type(path), (str(path),)


class _Pickler(pickle.Pickler):
    """Paths pickled as one string: pathlib's own form, a tuple of parts joined again on load, made
    reading 10,000 parsed events' paths three times slower (issue 12). By the pickler's table of
    types, looked up without a Python call for every other object (reducer_override made one)."""

    dispatch_table = {**copyreg.dispatch_table, **{kind: _reduce_path for kind in (
        PurePath, PurePosixPath, PureWindowsPath, Path, PosixPath, WindowsPath)}}


def _merged(parts: list[dict[str, Any] | None], field: str) -> dict[Any, Any]:
    """One store's entries from all its parts."""
    merged: dict[Any, Any] = {}
    for part in parts:
        if part is not None:
            merged.update(part.get(field, {}))
    return merged


def _path_shard(path: str) -> int:
    """The part a content file's entries live in."""
    return zlib.crc32(path.encode("utf-8", "surrogateescape")) % SHARDS


def _text_shard(text: str) -> int:
    """The part an export fragment lives in, by its event's digest."""
    return zlib.crc32(text.encode("utf-8", "surrogateescape")) % SHARDS


@contextlib.contextmanager
def uncollected(active: bool = True) -> Iterator[None]:
    """The cyclic collector paused for a stretch that makes many lasting objects and no cyclic garbage.

    Loading the content, listing the pages and making the search index allocate hundreds of thousands
    of objects that all live to the end of the build, so each collection they set off scanned a growing
    heap and freed nothing (issue 12: a fifth of loading and listing, an eighth of the search index, at
    10,000 and 100,000 events alike). Rendering makes cyclic garbage (Jinja's contexts): a render worker
    pauses the collector only for a chunk of pages and collects the youngest objects after it (pool._render_chunk).
    """
    if not active or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _unpickle(body: bytes) -> Any:
    """Unpickle without the cyclic garbage collector, which would scan the growing heap again and again.

    Tens of thousands of new objects start a collection every 700 allocations; at 10,000 events that
    was three quarters of reading the cache (issue 12). The objects read are frozen afterwards: they
    live as long as the build, so later collections need not look at them either.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(body)
    finally:
        if enabled:
            gc.freeze()
            gc.enable()


def _shown(path: Path) -> str:
    from .errors import display_path

    return display_path(path)
