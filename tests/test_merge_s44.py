"""Merging (issue 10), session 44: the merge bench's choice of gold mention for a quote.

Every sentence was written for these tests.
"""
from __future__ import annotations

from types import SimpleNamespace

from bench.merge_quality import _find
from generator.dates import TimelineDate


def _extracted(source: str, quote: str, date: str, date_text: str | None) -> SimpleNamespace:
    """An extracted mention as the bench reads it: its source, kind, quote and date."""
    candidate = SimpleNamespace(kind="event", quote=quote, date=TimelineDate.parse(date), date_text=date_text)
    return SimpleNamespace(source=source, candidate=candidate)


def _gold(fact: str, text: str) -> tuple[dict, int, dict]:
    """One gold fact of one undated mention in article "a"."""
    return ({"id": fact, "kind": "event"}, 0, {"source": "a", "text": text})


def test_a_sentence_stands_for_the_gold_that_quotes_it_whole_not_for_a_clause_of_it_whatever_the_fact_ids() -> None:
    sentence = "The town of Ferlac fined its bus operator 40,000 euros, a year after the timetable collapsed."
    quote = _extracted("a", sentence, "2031-05-06", None)
    for whole, clause in (("aaa-fine", "zzz-collapse"), ("zzz-fine", "aaa-collapse")):
        golds = [_gold(clause, "a year after the timetable collapsed"), _gold(whole, sentence)]
        found = _find(golds, [quote])
        assert list(found) == [(whole, 0)], (whole, clause)


def test_the_clause_quoted_alone_stands_for_its_own_gold_beside_the_whole_sentence() -> None:
    sentence = "The town of Ferlac fined its bus operator 40,000 euros, a year after the timetable collapsed."
    mentions = [_extracted("a", sentence, "2031-05-06", None),
                _extracted("a", "a year after the timetable collapsed", "2031-05-06", None)]
    golds = [_gold("aaa-collapse", "a year after the timetable collapsed"), _gold("zzz-fine", sentence)]
    found = _find(golds, mentions)
    assert found[("zzz-fine", 0)] is mentions[0] and found[("aaa-collapse", 0)] is mentions[1]
