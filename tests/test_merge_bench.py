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
