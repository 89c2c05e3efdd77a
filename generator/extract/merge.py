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

import yaml

from ..eventfile import atomic_write
from ..yamlfile import dump_yaml
from .events import Candidate

RECORD_NAME = ".extracted.json"
RECORD_VERSION = 1

CREATED, UPDATED, UNCHANGED, KEPT_EDITED, KEPT_REVIEWED, SKIPPED_DELETED, TOLD_ELSEWHERE = (
    "created", "updated", "unchanged", "kept (edited)", "kept (reviewed)", "skipped (deleted)", "told elsewhere",
)


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
    return dump_yaml(candidate.to_data())


def merge(candidates: list[Candidate], events_dir: Path, *, force: bool = False, dry_run: bool = False,
          sources: set[str] | None = None) -> MergeReport:
    """Write each candidate as ``events_dir/<id>.yaml`` unless a person edited, reviewed or deleted it.

    ``sources`` are the sources extracted this time: their earlier events that no candidate gives any more
    (the article changed) are reported as stale and left in place for a person to judge.
    """
    record_path = events_dir.parent / RECORD_NAME
    record = read_record(record_path)
    report = MergeReport(record=record_path)
    wanted = {c.id for c in candidates}
    told = _quotes_on_file(events_dir)
    report.stale = [events_dir / f"{event_id}.yaml" for event_id, entry in sorted(record.items())
                    if entry.get("source") in (sources or set()) and event_id not in wanted
                    and (events_dir / f"{event_id}.yaml").exists()]
    for candidate in candidates:
        path = events_dir / f"{candidate.id}.yaml"
        data = event_text(candidate).encode("utf-8")
        action = _decide(path, data, record.get(candidate.id), force)
        elsewhere = told.get((candidate.source, _normal(candidate.quote)))
        if action in (CREATED, SKIPPED_DELETED) and elsewhere is not None and not force:
            # A person already tells this sentence in a file of their own (written by hand, or an
            # extracted file they renamed): a second copy would be a duplicate on the timeline.
            action, path = TOLD_ELSEWHERE, elsewhere
        report.actions.append(Action(candidate.id, path, action))
        if action in (CREATED, UPDATED):
            if not dry_run:
                atomic_write(path, data)
            record[candidate.id] = {"source": candidate.source, "sha256": _sha256(data)}
        elif action == UNCHANGED and candidate.id not in record:
            record[candidate.id] = {"source": candidate.source, "sha256": _sha256(data)}
    if not dry_run and any(a.action in (CREATED, UPDATED, UNCHANGED) for a in report.actions):
        write_record(record_path, record)
    return report


def _decide(path: Path, data: bytes, recorded: dict[str, str] | None, force: bool) -> str:
    """The fate of one candidate, from the file on disk and the record of what extraction last wrote there."""
    if not path.exists():
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
    if recorded is None or recorded.get("sha256") != _sha256(current):
        return KEPT_EDITED  # written by a person, or changed since extraction wrote it
    return UPDATED


def _quotes_on_file(events_dir: Path) -> dict[tuple[str, str], Path]:
    """(source id, quote) -> the event file that cites it, for every readable event file."""
    found: dict[tuple[str, str], Path] = {}
    for path in sorted(events_dir.rglob("*.y*ml")) if events_dir.is_dir() else []:
        try:
            loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError, UnicodeDecodeError):
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
        loaded = yaml.safe_load(data.decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError):
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
