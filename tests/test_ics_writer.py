"""events.ics written line by line (issue 12) holds the very bytes icalendar writes for the same calendar."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
from hypothesis import given, settings, strategies as st

from generator import exports
from generator.dates import PartialDate, TimelineDate
from generator.model import Content, Event, Site, Source, SourceRef

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=120)


def _reference(content: Content, event: Event, labels: dict[str, str], host: str, stamp: dt.date) -> bytes:
    """The VEVENT as icalendar makes it, property by property (how exports.py made it before)."""
    item = icalendar.Event()
    item.add("uid", f"{event.id}@{host}")
    item.add("dtstamp", dt.datetime.combine(stamp, dt.time(), tzinfo=dt.timezone.utc))
    item.add("dtstart", event.date.first_day())
    item.add("dtend", event.date.last_day() + dt.timedelta(days=1))
    summary = event.title
    if event.kind == "claim" and event.speaker:
        summary = labels.get("claim_summary", "{speaker}: {title}").format(speaker=event.speaker, title=event.title)
    item.add("summary", summary)
    item.add("description", exports._ics_description(content, event, labels))
    if content.site.base_url:
        item.add("url", exports.event_url(content, event))
    if event.tags:
        item.add("categories", event.tags)
    item.add("transp", "TRANSPARENT")
    return item.to_ical()


@settings(max_examples=300, deadline=None)
@given(title=TEXT.filter(str.strip), speaker=TEXT, quote=TEXT, publisher=TEXT, tags=st.lists(TEXT.filter(bool), max_size=3),
       base_url=st.sampled_from(["", "https://example.org/t/"]), year=st.integers(1, 9998), claim=st.booleans())
def test_a_vevent_is_the_bytes_icalendar_writes(title: str, speaker: str, quote: str, publisher: str, tags: list[str],
                                                base_url: str, year: int, claim: bool) -> None:
    source = Source(id="s-1", title="A source", published=dt.date(2020, 5, 6), language="en", text="", publisher=publisher,
                    url="https://example.org/a,b;c")
    event = Event(id="e-1", title=title, date=TimelineDate(PartialDate("year", year)), kind="claim" if claim else "event",
                  speaker=speaker or None, tags=tags, sources=[SourceRef(source="s-1", quote=quote)])
    content = Content(site=Site(title="T", base_url=base_url), sources={"s-1": source}, events=[event], actors=[])
    labels = {"quoted": "“{quote}”", "claim_summary": "{speaker}: {title}"}
    made = exports._vevent(content, event, labels, "example.org", dt.date(2021, 1, 2))
    assert made == _reference(content, event, labels, "example.org", dt.date(2021, 1, 2))


@settings(max_examples=500, deadline=None)
@given(line=st.text(st.sampled_from("ab\\^;,é€𝄞"), max_size=400))
def test_a_line_is_folded_where_icalendar_folds_it(line: str) -> None:
    # Cut on the line's bytes: characters of 1 to 4 octets and escapes at every place, lines of every length.
    from icalendar.parser import _foldline

    assert exports._ics_fold(line) == _foldline(line)
    ascii_line = line.replace("é", "a")
    assert exports._ics_fold(ascii_line) == _foldline(ascii_line)


@settings(max_examples=300, deadline=None)
@given(title=st.text(st.sampled_from("aZ 9\\^;,:\"é€𝄞\n\r\t\ufeff\x00"), max_size=120))
def test_the_calendars_head_is_the_bytes_icalendar_writes(title: str) -> None:
    # Printable titles of every length (folded or not) are written here; any other is icalendar's.
    calendar = icalendar.Calendar()
    for name, value in (("prodid", "-//claim-timeline//claim-timeline//EN"), ("version", "2.0"),
                        ("calscale", "GREGORIAN"), ("x-wr-calname", title)):
        calendar.add(name, value)
    try:
        expected = calendar.to_ical()
    except (AssertionError, ValueError):  # a title icalendar refuses: refused the same way
        with pytest.raises((AssertionError, ValueError)):
            exports._calendar_head(title)
        return
    assert exports._calendar_head(title) == expected
