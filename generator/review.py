"""The review queue (issue 11): drafts grouped by source in reading order, each with its sentence in context.

``claim-timeline review`` prints it (or ``--json``), and the preview's review page shows it.
Quotes are found in their source's text the way a reader would match them: ignoring spacing,
typographic quotes and case (see :func:`find_quote`), which ``check`` also uses to verify
provenance.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .drafts import is_draft
from .errors import display_path
from .model import Content, Event, Source, SourceRef

# Typographic quotes and apostrophes read as their plain forms; guillemets as double quotes.
_QUOTE_FORMS = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"',
                              "«": '"', "»": '"', "‹": "'", "›": "'", "\u00a0": " ", "\u202f": " "})


@functools.lru_cache(maxsize=1024)  # a source's text is folded once, not once per quote it holds (issue 12)
def _folded(text: str) -> tuple[str, list[int]]:
    """Text without case, typographic quotes or repeated spaces, and for each of its characters its index in ``text``."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for i, ch in enumerate(text.translate(_QUOTE_FORMS)):
        if ch.isspace():
            space = bool(out)
            continue
        if space:
            out.append(" ")
            where.append(i - 1)
            space = False
        for low in ch.lower():
            out.append(low)
            where.append(i)
    return "".join(out), where


def _trimmed(quote: str) -> str:
    """A quote without the quotation marks and ellipses around it and its closing full stop."""
    return quote.strip().strip("\"'“”«»‘’…. \u00a0\u202f")


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` appears in ``text`` (start, end), ignoring whitespace, typographic quotes and case."""
    needle, _ = _folded(_trimmed(quote))
    if not needle:
        return None
    hay, where = _folded(text)
    at = hay.find(needle)
    if at < 0:
        return None
    return where[at], where[at + len(needle) - 1] + 1


def contains(text: str, words: str) -> bool:
    """Whether ``words`` appear in ``text``, ignoring whitespace, typographic quotes and case."""
    trimmed = _trimmed(words)
    # Folding maps each character on its own and a space run to one space, so words found as they are
    # are found folded too: the exact test answers most quotes of a reviewed site without folding them
    # (issue 12: folding 10,000 quotes was a second of every build).
    if trimmed.strip() and trimmed in text:
        return True
    return find_quote(text, words) is not None


def paragraph_at(text: str, start: int, end: int) -> tuple[str, int]:
    """The paragraph (blank-line separated) around text[start:end], and the paragraph's offset in text."""
    begin = text.rfind("\n\n", 0, start)
    begin = 0 if begin < 0 else begin + 2
    stop = text.find("\n\n", end)
    stop = len(text) if stop < 0 else stop
    paragraph = text[begin:stop].rstrip()
    lead = len(paragraph) - len(paragraph.lstrip())
    return paragraph[lead:], begin + lead


@dataclass
class QueueItem:
    """A draft in the queue: the event, the mention it is reviewed against, and that mention's context."""

    event: Event
    ref: SourceRef | None
    position: int  # where the quote starts in its source's text; past the end when not found
    paragraph: str = ""  # the paragraph holding the quote ('' when it was not found)
    quote_span: tuple[int, int] | None = None  # the quote within ``paragraph``
    date_span: tuple[int, int] | None = None  # the date words within ``paragraph``

    @property
    def file(self) -> str:
        """The file to edit, as the user would type it."""
        return display_path(self.event.path) if self.event.path else f"content/events/{self.event.id}.yaml"


@dataclass
class SourceQueue:
    """The drafts first told by one source, in the order a reader meets them."""

    source: Source | None
    source_id: str
    items: list[QueueItem] = field(default_factory=list)


def review_queue(content: Content) -> list[SourceQueue]:
    """Every draft, grouped by its first source (sources by publication), in reading order within each."""
    groups: dict[str, SourceQueue] = {}
    for event in content.events:
        if not is_draft(event):
            continue
        ref = event.sources[0] if event.sources else None
        source_id = ref.source if ref else ""
        source = content.sources.get(source_id)
        group = groups.setdefault(source_id, SourceQueue(source, source_id))
        group.items.append(_item(event, ref, source))
    for group in groups.values():
        group.items.sort(key=lambda item: (item.position, item.event.id))
    return sorted(groups.values(), key=lambda g: (g.source is None, g.source.published if g.source else None, g.source_id))


def _item(event: Event, ref: SourceRef | None, source: Source | None) -> QueueItem:
    """One draft with its place in its source and the paragraph around it."""
    if ref is None or source is None or not ref.quote:
        return QueueItem(event, ref, 1 << 30)
    found = find_quote(source.text, ref.quote)
    if found is None:
        return QueueItem(event, ref, 1 << 30)
    paragraph, offset = paragraph_at(source.text, *found)
    quote_span = (found[0] - offset, found[1] - offset)
    date_span = None
    if ref.date_text:
        inside = find_quote(paragraph[quote_span[0]:quote_span[1]], ref.date_text)
        if inside is not None:
            date_span = (quote_span[0] + inside[0], quote_span[0] + inside[1])
    return QueueItem(event, ref, found[0], paragraph, quote_span, date_span)


def count(queue: list[SourceQueue]) -> int:
    """How many drafts the queue holds."""
    return sum(len(g.items) for g in queue)


def date_text(event: Event) -> str:
    """The date as the file writes it: 2024-06, 2019/2021, with its modifier."""
    return event.date.iso() + (f" ({event.date.mod})" if event.date.mod else "")


def queue_lines(queue: list[SourceQueue]) -> list[str]:
    """The queue as the terminal shows it: one block per source, one entry per draft."""
    total = count(queue)
    if not total:
        return ["Nothing to review: every event is reviewed."]
    lines = [f"{total} {'event awaits' if total == 1 else 'events await'} review, from {len(queue)} "
             f"source{'s' if len(queue) != 1 else ''} (set 'status: reviewed' in a file to publish it):"]
    for group in queue:
        source = group.source
        heading = f"{source.title} ({group.source_id}, published {source.published.isoformat()})" if source else (
            f"{group.source_id or 'no source'} (unknown source)")
        lines += ["", f"== {heading}: {len(group.items)}"]
        for item in group.items:
            event, ref = item.event, item.ref
            date = date_text(event)
            words = f' from "{ref.date_text}"' if ref and ref.date_text else (
                " (dated by publication)" if ref and ref.date_basis == "published" else "")
            who = f", {event.speaker} said" if event.kind == "claim" and event.speaker else ""
            lines.append(f"  {date}{words}  [{event.kind}{who}]  {item.file}")
            lines.append(f"    title: {event.title}")
            lines.append(f"    {_context(item)}")
    return lines


def _context(item: QueueItem) -> str:
    """The sentence in its paragraph, the quote in [[ ]] and long paragraphs cut around it."""
    if item.quote_span is None:
        quote = item.ref.quote if item.ref and item.ref.quote else ""
        return f"quote (not found in the source's text): {quote}" if quote else "(no quote)"
    text = item.paragraph
    start, end = item.quote_span
    before, after = text[:start], text[end:]
    before = ("…" + before[-80:].split(" ", 1)[-1]) if len(before) > 80 else before
    after = (after[:80].rsplit(" ", 1)[0] + "…") if len(after) > 80 else after
    return " ".join(f"{before}[[{text[start:end]}]]{after}".split())


def queue_json(queue: list[SourceQueue]) -> str:
    """The queue for scripts: sources in order, each with its drafts and their context."""
    data = {"count": count(queue), "sources": [{
        "id": group.source_id,
        "title": group.source.title if group.source else None,
        "published": group.source.published.isoformat() if group.source else None,
        "events": [_item_json(item) for item in group.items],
    } for group in queue]}
    return json.dumps(data, ensure_ascii=False, indent=2)


def _item_json(item: QueueItem) -> dict[str, Any]:
    event, ref = item.event, item.ref
    return {
        "id": event.id,
        "file": item.file,
        "title": event.title,
        "date": event.date.to_yaml(),
        "date_mod": event.date.mod,
        "kind": event.kind,
        "speaker": event.speaker,
        "actors": event.actors,
        "status": event.status,
        "date_text": ref.date_text if ref else None,
        "date_basis": ref.date_basis if ref else None,
        "quote": ref.quote if ref else None,
        "paragraph": item.paragraph or None,
        "quote_span": list(item.quote_span) if item.quote_span else None,
        "date_span": list(item.date_span) if item.date_span else None,
    }


def review_site(site_dir: Path) -> list[SourceQueue]:
    """Load a site folder (ContentError on bad files) and return its review queue."""
    from .load import SitePaths, load_content

    content, _ = load_content(SitePaths(Path(site_dir)))
    return review_queue(content)
