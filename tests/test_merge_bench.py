"""The merge bench's breakdown of pairs by kind (bench/merge_quality.py)."""
from __future__ import annotations

import datetime as dt

from bench.merge_quality import DIMENSIONS, pair_kinds
from generator.extract.events import extract_events
from generator.extract.stories import Mention
from generator.model import Source

PUB = dt.date(2025, 4, 3)


def _mention(text: str, kind: str) -> Mention:
    """The first candidate of ``kind`` a one-sentence English article gives, as merging sees it."""
    found = extract_events(Source(id="art", title="Title", published=PUB, language="en", text=text), [])
    return Mention(next(c for c in found if c.kind == kind), PUB, "en")


def test_a_pair_of_an_event_and_a_claim_is_mixed_whichever_comes_first():
    event = _mention("The council closed the Harwick library on Monday.", "event")
    claim = _mention('"We had no choice," said Janet Morris, the council leader.', "claim")
    assert [dict(pair_kinds(*pair))["kind"] for pair in ((event, claim), (claim, event))] == ["mixed", "mixed"]
    assert dict(pair_kinds(event, event))["kind"] == "event" and dict(pair_kinds(claim, claim))["kind"] == "claim"
    assert "mixed" in DIMENSIONS["kind"]


def test_the_periods_of_a_pair_say_which_date_holds_the_other() -> None:
    from bench.merge_quality import DIMENSIONS, _periods
    from generator.dates import TimelineDate

    def kind(a: object, b: object) -> str:
        return _periods(TimelineDate.parse(a), TimelineDate.parse(b))

    assert kind("2026-09-14", "2026-09-14") == "equal"
    assert kind("2026-09", "2026-09-14") == kind("2026-09-14", "2026-09") == "in-month"  # "in September", "Sept 14"
    assert kind("2027-W18", "2027-05-06") == "in-week"  # Monday 3 to Sunday 9 May 2027
    assert kind("2019", "2019-03-03") == kind("2019-SU", "2019-07-14") == "in-longer"
    assert kind({"start": "2024-03-10", "end": "2024-03-12"}, {"start": "2024-03-12", "end": "2024-03-14"}) == "overlap"
    assert kind("2024-03-13", "2024-03-14") == kind("2024-03-12", "2024-03-14") == "slip"  # a source a day off
    assert kind("2024-03-14", "2024-03-20") == kind("2024-03", "2024-05") == "far"
    assert set(DIMENSIONS["periods"]) >= {"equal", "in-week", "in-month", "in-longer", "slip", "far", "undated"}
