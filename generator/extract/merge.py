"""Candidates -> content/events/*.yaml, safely: never over a person's edits, never bringing back what they deleted.

Extraction keeps a record, ``content/.extracted.json``, of every event file it
wrote: the event id, the source it came from and the sha256 of the bytes
written. A file whose bytes differ from that record was edited by a person; an
id in the record whose file is gone was deleted by a person. Both are left
alone unless ``force`` is set. An event rejected in review (``"rejected": true``
in its record entry, see generator/eventfile.py) never comes back, even with ``force``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..dates import DateValueError, TimelineDate
from ..eventfile import atomic_write
from ..yamlfile import YamlDoc, dump_yaml, load_limited
from .events import Candidate, conflict_entry

RECORD_NAME = ".extracted.json"
RECORD_VERSION = 1

CREATED, UPDATED, UNCHANGED, KEPT_EDITED, KEPT_REVIEWED, SKIPPED_DELETED, TOLD_ELSEWHERE = (
    "created", "updated", "unchanged", "kept (edited)", "kept (reviewed)", "skipped (deleted)", "told elsewhere",
)
ADDED_PENDING = "sources added for review"  # new mentions appended to a person's event, marked pending


@dataclass
class Action:
    """What merging does with one candidate."""

    id: str
    path: Path
    action: str


@dataclass
class MergeReport:
    """Every candidate's fate, in the candidates' order, and the earlier extracted files no source gives any more."""

    actions: list[Action] = field(default_factory=list)
    record: Path | None = None
    stale: list[Path] = field(default_factory=list)

    def count(self, *kinds: str) -> int:
        """How many candidates met one of these fates."""
        return sum(a.action in kinds for a in self.actions)


def event_text(candidate: Candidate) -> str:
    """The event file's text, byte for byte what extraction writes for this candidate."""
    # Conflicts are one line each (a person deletes the line to settle one): no folding of long lines there.
    return dump_yaml(candidate.to_data(), width=1000 if candidate.conflicts else 100)


def merge(candidates: list[Candidate], events_dir: Path, *, force: bool = False, dry_run: bool = False,
          sources: set[str] | None = None) -> MergeReport:
    """Write each candidate as ``events_dir/<id>.yaml`` unless a person edited, reviewed or deleted it.

    A candidate whose mentions are already told in another event file goes to that file: rewritten when
    extraction wrote it and nobody touched it since, else its new mentions are appended there as
    ``pending: true`` sources for a person to review (issue 10), the person's fields left as they are.
    ``sources`` are the sources extracted this time: their earlier events that no candidate gives any more
    (the article changed) are reported as stale and left in place for a person to judge.
    """
    record_path = events_dir.parent / RECORD_NAME
    record = read_record(record_path)
    report = MergeReport(record=record_path)
    told = _quotes_on_file(events_dir)
    touched: set[str] = set()
    writes: list[tuple[Path, str, bytes]] = []
    for candidate in candidates:
        path = events_dir / f"{candidate.id}.yaml"
        data = event_text(candidate).encode("utf-8")
        action = _decide(path, data, record.get(candidate.id), force)
        keys = [_key(m) for m in candidate.mentions or [candidate]]
        new = [m for m, k in zip(candidate.mentions or [candidate], keys) if k not in told]
        elsewhere = next((told[k] for k in keys if k in told and told[k] != path), None)
        if action in (CREATED, SKIPPED_DELETED) and elsewhere is not None and not force:
            # A person (or an earlier run) already tells this fact in another file: it goes there, never twice.
            path = elsewhere
            if not new:
                action = TOLD_ELSEWHERE
            elif _written_by_extraction(path, record):
                action = UPDATED
            else:
                action = ADDED_PENDING
        elif action in (KEPT_EDITED, KEPT_REVIEWED) and new and not force:
            action = ADDED_PENDING
        if action == ADDED_PENDING and not dry_run and not add_pending_sources(path, new, candidate.date):
            action = KEPT_REVIEWED if _reviewed(path.read_bytes()) else KEPT_EDITED  # a layout we do not edit
        report.actions.append(Action(candidate.id, path, action))
        touched.add(path.stem)
        if action in (CREATED, UPDATED):
            writes.append((path, candidate.source, data))
        elif action == UNCHANGED and (record.get(candidate.id) or {}).get("sha256") != _sha256(data):
            # Not in the record, or written by an extraction killed before its record was final.
            record[candidate.id] = {"source": candidate.source, "sha256": _sha256(data)}
    if not dry_run and writes:
        # Announce the new bytes before writing them: whenever extraction is killed, every event file holds
        # the bytes the record lists or those it announces, so the next run knows them as its own (issue #8).
        pending = dict(record)
        for path, source, data in writes:
            pending[path.stem] = {**record.get(path.stem, {"source": source}), "next": _sha256(data)}
        write_record(record_path, pending)
        for path, _, data in writes:
            atomic_write(path, data)
    for path, source, data in writes:
        record[path.stem] = {"source": source, "sha256": _sha256(data)}
    report.stale = [events_dir / f"{event_id}.yaml" for event_id, entry in sorted(record.items())
                    if entry.get("source") in (sources or set()) and event_id not in touched
                    and (events_dir / f"{event_id}.yaml").exists()]
    if not dry_run and any(a.action in (CREATED, UPDATED, UNCHANGED) for a in report.actions):
        write_record(record_path, record)
    return report


def _key(candidate: Candidate) -> tuple[str, str]:
    """What identifies a mention in any event file: its source and its quote."""
    return (candidate.source, _normal(candidate.quote))


def _written_by_extraction(path: Path, record: dict[str, dict[str, str]]) -> bool:
    """Whether a file holds exactly what extraction last wrote there (no person touched it)."""
    entry = record.get(path.stem)
    if entry is None or not path.is_file():
        return False
    current = path.read_bytes()
    return _sha256(current) in (entry.get("sha256"), entry.get("next")) and not _reviewed(current)


def add_pending_sources(path: Path, mentions: list[Candidate], date: TimelineDate) -> bool:
    """Append mentions to a person's event file as ``pending: true`` sources (and their other dates as conflicts).

    Only lines are added, at the end of the ``sources:`` (and ``conflicts:``) lists: every byte a person wrote
    stays. A file whose lists are not in block style is left alone (False).
    """
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"  # lines are added after the last one
    doc = YamlDoc.parse(path, text)
    fields = doc.mapping(doc.node, "an event") if doc.node is not None else None
    if not fields or "sources" not in fields or not _block_list(fields["sources"][1]):
        return False
    if "date" in fields:
        try:  # the date the person kept, which may not be extraction's
            date = TimelineDate.parse(doc.value(fields["date"][1]))
        except (DateValueError, yaml.YAMLError):
            pass
    refs = [{**m.source_ref(), "pending": True} for m in mentions]
    conflicts = [conflict_entry({"source": m.source, "date": m.date, "date_text": m.date_text})
                 for m in mentions if m.date_basis == "text" and not _overlaps(m.date, date)]
    inserts = [(_after_list(text, fields["sources"][1]), _indented(refs, fields["sources"][1].start_mark.column))]
    if conflicts:
        if "conflicts" in fields and _block_list(fields["conflicts"][1]):
            node = fields["conflicts"][1]
            inserts.append((_after_list(text, node), _indented(conflicts, node.start_mark.column)))
        elif "conflicts" not in fields:
            tail = "" if text.endswith("\n") else "\n"
            inserts.append((len(text), tail + "conflicts:\n" + _indented(conflicts, 2)))
    for position, addition in sorted(inserts, reverse=True):
        text = text[:position] + addition + text[position:]
    atomic_write(path, text.encode("utf-8"))
    return True


def _block_list(node: yaml.Node) -> bool:
    return isinstance(node, yaml.SequenceNode) and not node.flow_style and bool(node.value)


def _after_list(text: str, node: yaml.Node) -> int:
    """Where a block list's last item ends: the start of the line after it."""
    end = node.value[-1].end_mark.index
    if end > 0 and text[end - 1] == "\n":
        return end
    newline = text.find("\n", end)
    return len(text) if newline < 0 else newline + 1


def _indented(items: list[Any], column: int) -> str:
    """List items as YAML, indented to sit under a list whose dashes are at ``column``."""
    block = dump_yaml(items, width=1000)
    return "".join(" " * column + line for line in block.splitlines(keepends=True))


def _overlaps(a: TimelineDate, b: TimelineDate) -> bool:
    return a.first_day() <= b.last_day() and b.first_day() <= a.last_day()


def _decide(path: Path, data: bytes, recorded: dict[str, str] | None, force: bool) -> str:
    """The fate of one candidate, from the file on disk and the record of what extraction last wrote there."""
    if not path.exists():
        if recorded is not None and "sha256" not in recorded and not recorded.get("rejected"):
            return CREATED  # announced by an extraction killed before it wrote the file
        if recorded is not None and (not force or recorded.get("rejected")):
            return SKIPPED_DELETED  # a person deleted it; one rejected in review stays out even with --force
        return CREATED
    current = path.read_bytes()
    if current == data:
        return UNCHANGED
    if force:
        return UPDATED
    if _reviewed(current):
        return KEPT_REVIEWED
    if recorded is None or _sha256(current) not in (recorded.get("sha256"), recorded.get("next")):
        return KEPT_EDITED  # written by a person, or changed since extraction wrote it
    return UPDATED


def _quotes_on_file(events_dir: Path) -> dict[tuple[str, str], Path]:
    """(source id, quote) -> the event file that cites it, for every readable event file."""
    found: dict[tuple[str, str], Path] = {}
    for path in sorted(events_dir.rglob("*.y*ml")) if events_dir.is_dir() else []:
        try:
            loaded = load_limited(path.read_text(encoding="utf-8"))  # an alias bomb or 1,000 brackets: None
        except (OSError, UnicodeDecodeError):
            continue
        refs = loaded.get("sources") if isinstance(loaded, dict) else None
        for ref in refs if isinstance(refs, list) else []:
            if isinstance(ref, dict) and ref.get("quote"):
                found.setdefault((str(ref.get("source")), _normal(str(ref["quote"]))), path)
    return found


def _normal(text: str | None) -> str:
    """A quote compared without regard to spacing or line folding."""
    return " ".join((text or "").split())


def _reviewed(data: bytes) -> bool:
    """Whether an event file says ``status: reviewed`` (a broken file counts as a person's work, not as reviewed)."""
    try:
        loaded = load_limited(data.decode("utf-8"))
    except UnicodeDecodeError:
        return False
    return isinstance(loaded, dict) and loaded.get("status") == "reviewed"


def read_record(path: Path) -> dict[str, dict[str, str]]:
    """The record of what extraction wrote: event id -> {source, sha256}; empty when there is none yet."""
    if not path.is_file():
        return {}
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        from ..errors import ClaimTimelineError

        raise ClaimTimelineError(
            f"{path}: the extraction record is not valid JSON; fix it, or delete it "
            "(extraction then treats every existing event file as written by a person)"
        ) from None
    events = loaded.get("events", {}) if isinstance(loaded, dict) else {}
    return {str(k): dict(v) for k, v in events.items() if isinstance(v, dict)}


def write_record(path: Path, record: dict[str, dict[str, str]]) -> None:
    """Write the record: sorted keys, no timestamp, so an unchanged extraction leaves it byte-identical."""
    body = {"version": RECORD_VERSION, "events": {k: record[k] for k in sorted(record)}}
    data = (json.dumps(body, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")
    if path.is_file() and path.read_bytes() == data:
        return
    atomic_write(path, data)


def _sha256(data: bytes) -> str:
    """Hex sha256 of some bytes."""
    return hashlib.sha256(data).hexdigest()
