"""The timeline as data: timeline.json (TimelineJS), events.json (our full format) and events.ics (iCalendar)."""

from __future__ import annotations

import datetime as dt
import html
import json
from typing import Any, Callable, Iterator, Mapping
from urllib.parse import urlsplit

from markupsafe import escape

from .dates import DAY, DECADE, CENTURY, MONTH, WEEK, YEAR, PartialDate, TimelineDate
from .model import Content, Event, slugify
from .timeline import dumps_indented

EVENTS_JSON_VERSION = 1
EXPORTS = ("timeline.json", "events.json", "events.ics")  # in the order export_parts makes them


# (kind, event, make) -> what make() gives, or what it gave for the same event (None: the same site) in an
# earlier build
Fragments = Callable[[str, Event | None, Callable[[], Any]], Any]


def _no_memo(kind: str, event: Event | None, make: Callable[[], Any]) -> Any:
    return make()


def export_parts(
    content: Content,
    date_label: Callable[[TimelineDate], str],
    day_label: Callable[[dt.date], str],
    labels: Mapping[str, str],
    fragment: Fragments = _no_memo,
) -> Iterator[tuple[str, Iterator[bytes]]]:
    """(path, pieces) of every export, in a stable order: each file's bytes piece by piece, event by event,
    so that a big site's exports are written as they are made, never whole in memory (issue 12).

    Each event's part of each file is made by ``fragment``, which the build engine answers from
    its cache for events that did not change (issue 12: the exports cost 4.3 s of CPU at 10,000 events).
    """
    timeline = timelinejs(content, date_label, day_label, labels, events=False)
    yield "timeline.json", _json_pieces(timeline, (fragment("timeline.json", e, lambda e=e: _json_item(
        _slide(content, e, date_label, day_label, labels))) for e in content.events))
    records = events_json(content, date_label, events=False)
    yield "events.json", _json_pieces(records, (fragment("events.json", e, lambda e=e: _json_item(
        _event_record(content, e, date_label))) for e in content.events))
    yield "events.ics", events_ics_pieces(content, labels, fragment)


def export_files(
    content: Content,
    date_label: Callable[[TimelineDate], str],
    day_label: Callable[[dt.date], str],
    labels: Mapping[str, str],
    fragment: Fragments = _no_memo,
) -> Iterator[tuple[str, bytes]]:
    """(path, bytes) of every export, in a stable order (for a small site, or a test)."""
    for path, pieces in export_parts(content, date_label, day_label, labels, fragment):
        yield path, b"".join(pieces)


class _Raw(str):
    """JSON text of one item of a list, already indented for its place, written as is."""


def _json_item(data: Any) -> _Raw:
    """An item of a top-level list ({"events": [item, ...]}), as json.dumps(indent=2) would write it there."""
    return _Raw(dumps_indented(data, indent=2, newline="\n    "))


_PLACE = "\0events\0"


def _json_pieces(data: dict[str, Any], items: Iterator[_Raw]) -> Iterator[bytes]:
    """The JSON file, byte for byte as json.dumps(indent=2) writes ``data`` with ``items`` as its "events"."""
    first = next(items, None)
    if first is None:
        yield (json.dumps({**data, "events": []}, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        return
    text = json.dumps({**data, "events": [_PLACE]}, ensure_ascii=False, indent=2)
    head, tail = text.split(json.dumps(_PLACE))
    yield (head + first).encode("utf-8")
    for item in items:
        yield (",\n    " + item).encode("utf-8")
    yield (tail + "\n").encode("utf-8")


def event_url(content: Content, event: Event) -> str:
    """The event's permalink: absolute when the site has a base_url, else relative to the site root."""
    return f"{content.site.base_url}events/{event.id}/"


# --- TimelineJS ---------------------------------------------------------------------


def timelinejs(
    content: Content,
    date_label: Callable[[TimelineDate], str],
    day_label: Callable[[dt.date], str],
    labels: Mapping[str, str],
    events: bool = True,
) -> dict[str, Any]:
    """The events in TimelineJS's JSON format: a title slide, then one slide per event at its known precision."""
    site = content.site
    slides = [_slide(content, event, date_label, day_label, labels) for event in content.events] if events else []
    title_text = escape(site.description) if site.description else ""
    return {"title": {"text": {"headline": _html_text(site.title), "text": str(title_text)}}, "events": slides}


def _html_text(text: str) -> str:
    """Text as HTML text: '<', '>' and '&' escaped (quotes need not be, outside attributes)."""
    return html.escape(text, quote=False)


def _slide(content: Content, event: Event, date_label: Callable[[TimelineDate], str],
           day_label: Callable[[dt.date], str], labels: Mapping[str, str]) -> dict[str, Any]:
    """One event's slide."""
    slide: dict[str, Any] = {
        "unique_id": event.id,
        "start_date": _tl_date(event.date.start),
        # TimelineJS inserts every text field as HTML: each is escaped here (issue 8).
        "display_date": _html_text(date_label(event.date)),
        "text": {"headline": _html_text(event.title), "text": _slide_text(content, event, day_label, labels)},
        "group": _html_text(labels.get(event.kind, event.kind)),
    }
    end = event.date.end
    if end is not None:
        slide["end_date"] = _tl_date(end, last=True)
    elif event.date.precision not in (DAY, MONTH, YEAR):
        # A week, quarter, half, season, decade or century has no TimelineJS precision of
        # its own: draw it as the span it covers, and show its words as the date.
        slide["end_date"] = _tl_date(event.date.start, last=True)
    return slide


def _tl_date(date: PartialDate, last: bool = False) -> dict[str, int]:
    """A TimelineJS date object holding only the parts the date knows."""
    if date.precision == DAY:
        return {"year": date.year, "month": date.part, "day": date.day}
    if date.precision == MONTH:
        return {"year": date.year, "month": date.part}
    if date.precision in (YEAR, DECADE, CENTURY):
        return {"year": (date.last_day() if last else date.first_day()).year}
    day = date.last_day() if last else date.first_day()
    if date.precision == WEEK:
        return {"year": day.year, "month": day.month, "day": day.day}
    return {"year": day.year, "month": day.month}


def _slide_text(content: Content, event: Event, day_label: Callable[[dt.date], str], labels: Mapping[str, str]) -> str:
    """The slide's HTML: who said it, the quotes, and each source with its publisher and date."""
    # Each value escaped and put in place, as Markup's format would (its formatter is Python's, a fifth of
    # the exports' time at 10,000 events).
    parts = []
    if event.kind == "claim" and event.speaker:
        parts.append(f"<p><strong>{escape(event.speaker)}</strong> {escape(labels.get('said', 'said'))}</p>")
    for ref in event.sources:
        if ref.quote:
            parts.append(f"<blockquote>{escape(ref.quote)}</blockquote>")
    for ref in event.sources:
        source = content.sources[ref.source]
        name = escape(source.publisher or source.title)
        cited = f'<a href="{escape(source.url)}">{name}</a>' if source.url else name
        published = labels.get("published_on", "published {date}").format(date=day_label(source.published))
        parts.append(f"<p>{cited}, {escape(published)}</p>")
    return "".join(parts)


# --- events.json --------------------------------------------------------------------


def events_json(content: Content, date_label: Callable[[TimelineDate], str], events: bool = True) -> dict[str, Any]:
    """Every event and source with every field, for anyone who wants to reuse the data."""
    site = content.site
    return {
        "version": EVENTS_JSON_VERSION,
        "site": {"title": site.title, "description": site.description, "language": site.language,
                 "base_url": site.base_url},
        "events": [_event_record(content, event, date_label) for event in content.events] if events else [],
        "sources": [
            {"id": s.id, "title": s.title, "published": s.published.isoformat(), "language": s.language,
             "publisher": s.publisher, "url": s.url}
            for s in sorted(content.sources.values(), key=lambda s: (s.published, s.id))
        ],
    }


def _event_record(content: Content, event: Event, date_label: Callable[[TimelineDate], str]) -> dict[str, Any]:
    return {
        "id": event.id,
        "url": event_url(content, event),
        "title": event.title,
        "date": event.date.to_yaml(),
        "date_mod": event.date.mod,
        "date_label": date_label(event.date),
        "precision": event.date.precision,
        "first_day": event.date.first_day().isoformat(),
        "last_day": event.date.last_day().isoformat(),
        "kind": event.kind,
        "speaker": event.speaker,
        "actors": event.actors,
        "tags": event.tags,
        "status": event.status,
        "sources": [
            {"source": r.source, "quote": r.quote, "date_text": r.date_text, "date_basis": r.date_basis}
            for r in event.sources
        ],
        "conflicts": [
            {"source": c.source, "date": c.date.to_yaml(), "date_text": c.date_text, "resolved": c.resolved}
            for c in event.conflicts
        ],
        "review": None if event.review is None else {
            "rating": event.review.rating, "summary": event.review.summary, "by": event.review.by,
            "url": event.review.url, "date": event.review.date.isoformat() if event.review.date else None,
        },
        "body": event.body,
    }


# --- iCalendar ----------------------------------------------------------------------


def events_ics(content: Content, labels: Mapping[str, str], fragment: Fragments = _no_memo) -> bytes:
    """Every event as an all-day VEVENT covering the whole period its date allows (a month event spans the month)."""
    return b"".join(events_ics_pieces(content, labels, fragment))


def events_ics_pieces(content: Content, labels: Mapping[str, str], fragment: Fragments = _no_memo) -> Iterator[bytes]:
    """events.ics piece by piece: the calendar's head, then each event's VEVENT, then its end."""
    site = content.site
    host, stamp = _ics_host_and_stamp(content)
    head = fragment("events.ics:head", None, lambda: _calendar_head(site.title))
    end = b"END:VCALENDAR\r\n"
    assert head.endswith(end)
    # icalendar writes a calendar as its own lines, then each component's, then END: the same bytes, made
    # one event at a time (a test checks them against calendar.to_ical()). Each VEVENT is written here
    # line by line, as icalendar writes it (a test compares them): building icalendar's objects for
    # each event was 2 s of a 10,000-event build (issue 12).
    yield head[: -len(end)]
    for e in content.events:
        yield fragment("events.ics", e, lambda e=e: _vevent(content, e, labels, host, stamp))
    yield end


def _ics_host_and_stamp(content: Content) -> tuple[str, dt.date]:
    """The host of every UID and the day of every event's DTSTAMP."""
    site = content.site
    host = urlsplit(site.base_url).netloc or f"{slugify(site.title)}.claim-timeline"
    # DTSTAMP is required; the newest source's day keeps the file reproducible (never the clock).
    days = [s.published for s in content.sources.values()]
    return host, max(days) if days else dt.date(1970, 1, 1)


def event_parts(content: Content, event: Event, date_label: Callable[[TimelineDate], str],
                day_label: Callable[[dt.date], str], labels: Mapping[str, str]) -> dict[str, bytes]:
    """One event's part of each export, the very bytes export_parts writes for it (without a separator).

    An edit that leaves the event where it stands puts these in place of the old ones (generator/quick.py).
    """
    host, stamp = _ics_host_and_stamp(content)
    return {
        "timeline.json": _json_item(_slide(content, event, date_label, day_label, labels)).encode("utf-8"),
        "events.json": _json_item(_event_record(content, event, date_label)).encode("utf-8"),
        "events.ics": _vevent(content, event, labels, host, stamp),
    }


def _calendar_head(title: str) -> bytes:
    """The calendar's own lines and its end, as icalendar writes them for a calendar without events.

    A printable title is written as icalendar writes it, unescaped (an X- property), folded as every line:
    importing icalendar for these four lines was a tenth of the exports' time at 10,000 events (issue 12).
    Any other title (a line break, a control or format character) is icalendar's to write, or to refuse.
    """
    if not title.isprintable():
        return _calendar(title).to_ical()  # type: ignore[no-any-return]
    return _ics_lines(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//claim-timeline//claim-timeline//EN",
                       "CALSCALE:GREGORIAN", "X-WR-CALNAME:" + title, "END:VCALENDAR"])


def _calendar(title: str) -> Any:
    """The calendar's own properties, without events (icalendar's rules for its X- name are its own)."""
    import icalendar  # 0.1 s to import: only for a title _calendar_head leaves to it

    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//claim-timeline//claim-timeline//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", title)
    return calendar


def _vevent(content: Content, event: Event, labels: Mapping[str, str], host: str, stamp: dt.date) -> bytes:
    """One event as an all-day VEVENT, its properties in icalendar's order (its canonical ones, then by name)."""
    summary = event.title
    if event.kind == "claim" and event.speaker:
        summary = labels.get("claim_summary", "{speaker}: {title}").format(speaker=event.speaker, title=event.title)
    lines = [
        "BEGIN:VEVENT",
        "SUMMARY:" + _ics_escape(summary),
        "DTSTART;VALUE=DATE:" + _ics_day(event.date.first_day()),
        # DTEND of an all-day event is exclusive: the day after the period's last day.
        "DTEND;VALUE=DATE:" + _ics_day(event.date.last_day() + dt.timedelta(days=1)),
        f"DTSTAMP:{_ics_day(stamp)}T000000Z",
        "UID:" + _ics_escape(f"{event.id}@{host}"),
    ]
    if event.tags:
        lines.append("CATEGORIES:" + ",".join(_ics_escape(tag) for tag in event.tags))
    lines.append("DESCRIPTION:" + _ics_escape(_ics_description(content, event, labels)))
    lines.append("TRANSP:TRANSPARENT")
    if content.site.base_url:
        lines.append("URL:" + event_url(content, event))
    lines.append("END:VEVENT")
    return _ics_lines(lines)


def _ics_lines(lines: list[str]) -> bytes:
    """Content lines, each folded, each ended by CRLF."""
    return "".join(_ics_fold(line) + "\r\n" for line in lines).encode("utf-8")


def _ics_escape(text: str) -> str:
    """A TEXT value escaped as RFC 5545 (3.3.11) says, as icalendar 7 escapes it."""
    # icalendar reads a value as UTF-8 with a signature: a leading byte-order mark is dropped (hypothesis found a
    # title '\ufeff' written as one)
    text = text.removeprefix("\ufeff")
    return (text.replace("\\N", "\n").replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _ics_fold(line: str) -> str:
    """A content line folded before 75 octets (RFC 5545 3.1), never after a lone backslash, as icalendar folds it.

    Each piece is the longest run of whole characters of at most 74 octets, found on the line's UTF-8
    bytes; a piece ending on the first character of an escape (``\\``, ``^``) gives it to the next piece
    (issue 12: icalendar's loop, a character at a time, was a fifth of the exports' time, and every
    event's description holds quotation marks outside ASCII).
    """
    data = line.encode("utf-8")
    if len(data) < 75:
        return line
    folded = []
    start = 0
    while len(data) - start > 74:
        end = start + 74
        while data[end] & 0xC0 == 0x80:  # a continuation byte: the cut falls inside a character
            end -= 1
        if data[end - 1] in b"\\^" and end - 1 > start:
            end -= 1
        folded.append(data[start:end].decode("utf-8"))
        start = end
    folded.append(data[start:].decode("utf-8"))
    return "\r\n ".join(folded)


def _ics_day(day: dt.date) -> str:
    return f"{day.year:04}{day.month:02}{day.day:02}"


def _ics_description(content: Content, event: Event, labels: Mapping[str, str]) -> str:
    lines = []
    for ref in event.sources:
        if ref.quote:
            lines.append(labels.get("quoted", "“{quote}”").format(quote=ref.quote))
    for ref in event.sources:
        source = content.sources[ref.source]
        lines.append(", ".join(x for x in (source.publisher or source.title, source.published.isoformat(), source.url) if x))
    return "\n".join(lines)
