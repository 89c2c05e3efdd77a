"""Edit an event file in place, the way a person would: comments, key order and formatting kept (issue 11).

The review page, and any command that changes an event (accept, fix a date, add a source),
goes through :class:`EventFile`: it reads the file with ruamel.yaml's round-trip loader,
changes only the fields asked for, then checks the new text with the same loader as
``build`` (:func:`generator.load.read_event`) before writing it atomically. A change that
does not validate leaves the file untouched and raises ContentError with located problems.

Rejecting an event removes its file and records the rejection in ``content/.extracted.json``
so that extraction never brings it back, not even with ``--force``.
"""

from __future__ import annotations

import contextlib
import fcntl
import io
import os
import re
import tempfile
import time
from pathlib import Path
from typing import Any, Collection, Iterator, Mapping

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, ScalarString

from .errors import ClaimTimelineError, ContentError, Problem, display_path
from .load import EVENT_FIELDS, EVENT_SUFFIXES, check_references, read_event
from .model import FILE_ID, Event
from .yamlfile import YamlDoc

# Fields whose values are written quoted: dates, so YAML never reads them as numbers or timestamps.
QUOTED_FIELDS = ("date",)


def atomic_write(path: Path, data: bytes) -> None:
    """Write a file so a reader sees the old bytes or the new, never half: temp file in the same folder, then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            # No fsync: the rename already makes the change all-or-nothing for readers, and syncing
            # hundreds of small files made extraction disk-bound (seconds for a few hundred events).
            out.write(data)
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


# A temporary file lives for the milliseconds of one write; one this old was left by a killed process.
STALE_TEMP_SECONDS = 30.0


def remove_stale_temps(content: Path, now: float | None = None) -> list[Path]:
    """Remove the hidden ``.NAME.*.tmp`` files a killed extract or preview left in content/ and content/events/.

    Only files older than STALE_TEMP_SECONDS go: a younger one may be another process's write in progress.
    Returns what was removed.
    """
    now = time.time() if now is None else now
    removed = []
    for folder in (Path(content), Path(content) / "events"):
        for temp in sorted(folder.glob(".*.tmp")):
            with contextlib.suppress(OSError):  # gone meanwhile, or not ours to remove: nothing to do
                if temp.is_file() and now - temp.stat().st_mtime > STALE_TEMP_SECONDS:
                    temp.unlink()
                    removed.append(temp)
    return removed


@contextlib.contextmanager
def extraction_lock(content: Path) -> Iterator[None]:
    """Hold content/ for one writer of events and of the extraction record at a time; a second is refused (issue #8).

    The lock is the kernel's (flock on the folder itself): no lock file to leave behind, and it goes with
    the process, so a killed extraction never leaves the site locked.
    """
    try:
        handle = os.open(content, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        yield  # no content/ folder: load_settings says what is missing
        return
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ClaimTimelineError(
                f"another extract is writing to {display_path(content)}/ right now; wait for it to finish, then run again"
            ) from None
        yield
    finally:
        os.close(handle)  # closing the folder releases the lock


def event_path(events_dir: Path, event_id: str) -> Path:
    """The file of an event id inside ``events_dir``; ClaimTimelineError for a name or a link leading elsewhere."""
    if not FILE_ID.fullmatch(event_id):
        raise ClaimTimelineError(f"'{event_id}' is not an event id (letters, digits, '-', '_' and '.')")
    root = Path(os.path.realpath(events_dir))
    for suffix in EVENT_SUFFIXES:
        candidate = Path(events_dir) / f"{event_id}{suffix}"
        if candidate.exists() or candidate.is_symlink():
            real = Path(os.path.realpath(candidate))
            if root not in real.parents or not real.is_file():
                raise ClaimTimelineError(f"{candidate}: not a file inside {events_dir}")
            return candidate
    raise ClaimTimelineError(f"no event '{event_id}' in {events_dir}")


def _yaml_for(text: str) -> YAML:
    """A round-trip YAML that writes sequences indented as this file indents them."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 100  # what extraction folds long quotes at (generator/yamlfile.py)
    yaml.allow_unicode = True
    dash = re.search(r"^[^\s#][^\n]*:[ \t]*(?:#[^\n]*)?\n(?:[ \t]*#[^\n]*\n)*( *)- ", text, re.MULTILINE)
    offset = len(dash.group(1)) if dash else 0
    yaml.indent(mapping=2, sequence=offset + 2, offset=offset)
    return yaml


class EventFile:
    """One event file, loaded for editing; :meth:`save` validates and writes it."""

    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self.original = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ClaimTimelineError(f"{self.path}: cannot be read: {exc}") from None
        checked = YamlDoc.parse(self.path, self.original)  # within the limits first: ruamel has none (issue 8)
        if checked.problems:
            raise ContentError(checked.problems)
        self._yaml = _yaml_for(self.original)
        try:
            data = self._yaml.load(self.original)
        except YAMLError:
            data = None  # the loader says where: let it
        if not isinstance(data, CommentedMap):
            problems: list[Problem] = []
            read_event(self.path, self.original, problems)
            raise ContentError(problems or [Problem(self.path, 1, 1, "expected an event (a mapping of fields)")])
        self.data: CommentedMap = data
        self._unchanged_dump: str | None = None

    def get(self, key: str) -> Any:
        """A field's value as plain data (None when absent)."""
        return _plain(self.data.get(key))

    def set(self, key: str, value: Any) -> None:
        """Set a field, keeping its place, quoting and flow style; None or an empty text removes it."""
        if key not in EVENT_FIELDS:
            raise ClaimTimelineError(f"'{key}' is not an event field ({', '.join(EVENT_FIELDS)})")
        if value is None or value == "":
            self.data.pop(key, None)
            return
        old = self.data.get(key)
        new = _like(old, value, quoted=key in QUOTED_FIELDS)
        if key in self.data:
            self.data[key] = new
        else:
            self.data.insert(self._position(key), key, new)

    def append_source(self, ref: Mapping[str, Any]) -> None:
        """Add an entry at the end of ``sources:`` (a later mention of the same fact)."""
        refs = self.data.get("sources")
        if not isinstance(refs, CommentedSeq):
            self.set("sources", [dict(ref)])
            return
        refs.append(_like(refs[0] if refs else None, dict(ref)))

    def text(self) -> str:
        """The file's text as it would be written: the original lines, with only the changed ones replaced."""
        after = self._dump(self.data)
        if self._unchanged_dump is None:
            self._unchanged_dump = self._dump(self._yaml.load(self.original))
        patched = _patch(self.original, self._unchanged_dump, after)
        if patched is not None and _plain(self._yaml.load(patched)) == _plain(self.data):
            return patched
        return after  # the change could not be placed in the original lines: the whole file, re-emitted

    def _dump(self, data: Any) -> str:
        out = io.StringIO()
        self._yaml.dump(data, out)
        return out.getvalue()

    def validate(self, source_ids: Collection[str] | None = None) -> tuple[str, Event]:
        """The new text and the event it loads as; ContentError (located in the new text) when it is not valid."""
        text = self.text()
        problems: list[Problem] = []
        event = read_event(self.path, text, problems)
        if event is not None and source_ids is not None:
            check_references([event], source_ids, problems)
        errors = [p for p in problems if p.severity == "error"]
        if event is None or errors:
            raise ContentError(errors or problems)
        return text, event

    def save(self, source_ids: Collection[str] | None = None) -> Event:
        """Validate, then write the file in place if it changed; on failure the file is left as it was."""
        text, event = self.validate(source_ids)
        if text != self.original:
            atomic_write(self.path, text.encode("utf-8"))
            self.original = text
        return event

    def _position(self, key: str) -> int:
        """Where a new field goes: after the fields that come before it in the usual order."""
        order = {name: i for i, name in enumerate(EVENT_FIELDS)}
        rank = order[key]
        position = 0
        for i, existing in enumerate(self.data):
            if order.get(existing, len(order)) < rank:
                position = i + 1
        return position


def edit_event(path: Path, changes: Mapping[str, Any], source_ids: Collection[str] | None = None) -> Event:
    """Set several fields of an event file at once; all or nothing."""
    file = EventFile(path)
    for key, value in changes.items():
        file.set(key, value)
    return file.save(source_ids)


def reject_event(path: Path, events_dir: Path) -> None:
    """Remove an event file and record it as rejected, so extraction never writes it again."""
    from .extract.merge import RECORD_NAME  # extraction's record, beside content/events/

    path = Path(path)
    record_path = Path(events_dir).parent / RECORD_NAME
    # The record is read, changed and written again: an extract doing the same meanwhile would lose one of them.
    with extraction_lock(Path(events_dir).parent):
        _reject(path, record_path)


def _reject(path: Path, record_path: Path) -> None:
    """Record one event as rejected and remove its file (the caller holds the extraction lock)."""
    from .extract.merge import read_record, write_record

    record = read_record(record_path)
    entry = dict(record.get(path.stem, {}))
    if "source" not in entry:
        try:
            refs = EventFile(path).get("sources") or []
        except ClaimTimelineError:
            refs = []
        first = refs[0] if refs else None
        entry["source"] = str(first.get("source") if isinstance(first, dict) else first or "")
    entry["rejected"] = True
    record[path.stem] = entry
    write_record(record_path, record)
    path.unlink()


def _patch(original: str, before: str, after: str) -> str | None:
    """Apply the line changes from ``before`` to ``after`` onto ``original``; None when they cannot be placed.

    ruamel.yaml keeps comments, key order and quoting, but folds long plain scalars its own way
    (not PyYAML's, which wrote extraction's files): re-emitting a whole file would re-wrap quotes
    nobody touched. So the changed lines are found by diffing two ruamel dumps, and only they
    are replaced in the person's original text.
    """
    from difflib import SequenceMatcher

    o, b, a = (t.splitlines(keepends=True) for t in (original, before, after))
    to_o: dict[int, int] = {}
    for tag, i1, i2, j1, _ in SequenceMatcher(None, o, b, autojunk=False).get_opcodes():
        if tag == "equal":
            to_o.update({j1 + k: i1 + k for k in range(i2 - i1)})
    edits: list[tuple[int, int, list[str]]] = []
    opcodes = SequenceMatcher(None, b, a, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            continue
        # Widen the change over unchanged lines until both its neighbours are lines the original has as such.
        while i1 > 0 and (i1 - 1) not in to_o and i1 - 1 >= 0 and a[j1 - 1:j1] == b[i1 - 1:i1]:
            i1, j1 = i1 - 1, j1 - 1
        while i2 < len(b) and i2 not in to_o and a[j2:j2 + 1] == b[i2:i2 + 1]:
            i2, j2 = i2 + 1, j2 + 1
        if (i1 > 0 and i1 - 1 not in to_o) or (i2 < len(b) and i2 not in to_o):
            return None
        lo = to_o[i1 - 1] + 1 if i1 > 0 else 0
        hi = to_o[i2] if i2 < len(b) else len(o)
        if edits and lo < edits[-1][1]:
            return None  # two changes widened into each other
        edits.append((lo, hi, a[j1:j2]))
    for lo, hi, lines in reversed(edits):
        o[lo:hi] = lines
    return "".join(o)


def _like(old: Any, value: Any, quoted: bool = False) -> Any:
    """``value`` as round-trip data shaped like the value it replaces (quote style, flow or block)."""
    if isinstance(value, Mapping):
        new_map = CommentedMap()
        for k, v in value.items():
            new_map[k] = _like(old.get(k) if isinstance(old, Mapping) else None, v, quoted=quoted)
        if isinstance(old, CommentedMap) and old.fa.flow_style():
            new_map.fa.set_flow_style()
        elif quoted:  # a span: {start: "2019", end: "2021"} on one line, as people write it
            new_map.fa.set_flow_style()
        return new_map
    if isinstance(value, (list, tuple)):
        first = old[0] if isinstance(old, list) and old else None
        new_seq = CommentedSeq(_like(first, v) for v in value)
        if isinstance(old, CommentedSeq) and old.fa.flow_style():
            new_seq.fa.set_flow_style()
        return new_seq
    if isinstance(value, str):
        if isinstance(old, ScalarString):
            return type(old)(value)
        if quoted:
            return DoubleQuotedScalarString(value)
        return value
    return value


def _plain(value: Any) -> Any:
    """Round-trip data as plain dicts, lists and strings."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, ScalarString):
        return str(value)
    return value
