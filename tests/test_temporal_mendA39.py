"""Dates read by the tagger after the session 39 review (findings on 53b07d7 and c75d74a), each value worked out by hand.

A decision's infinitive ("agreed on Tuesday to ban…") makes a year-less date look either way; a noun after "to" or
after « de » is no infinitive, so the decision's past dates the month. A word saying when, right after the date
("on Friday after a car left the road"), tells the date's own fact: its clause's past dates the day.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates

NOV = dt.date(2026, 11, 10)  # March 2026 is 8 months back, March 2027 4 months ahead
OCT12 = dt.date(2026, 10, 12)  # March 2026 7 months back, March 2027 5 ahead; January 2026 9 back, January 2027 3 ahead
WED = dt.date(2026, 10, 14)  # a Wednesday: Friday 9 and Saturday 10 October are gone, Friday 16 and Saturday 17 ahead


def values(text: str, published: dt.date, language: str) -> list[str]:
    """The value of each date of a text."""
    return [m.value for m in tag_dates(text, published, language)]


@pytest.mark.parametrize("text, language, expected", [
    # a plural noun after "to" is the object agreed to: the past "agreed" dates the month gone
    ("The company agreed to demands from the union in March.", "en", ["2026-03"]),
    ("The striker agreed to terms with the club in March.", "en", ["2026-03"]),
    # a possessive after "to" is no verb
    ("The dispute was resolved to everyone's satisfaction in March.", "en", ["2026-03"]),
    # « de » after a determiner's noun is that noun's complement
    ("Les salariés ont accepté une baisse de salaire en mars.", "fr", ["2026-03"]),
    ("Les locataires ont voté une hausse de loyer en janvier.", "fr", ["2026-01"]),
    ("Le club a accepté la démission de Pierre en janvier.", "fr", ["2026-01"]),
])
def test_a_noun_after_a_decision_is_no_infinitive(text: str, language: str, expected: list[str]) -> None:
    assert values(text, NOV if language == "en" else OCT12, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a stem in -ss or -us is still an infinitive: no direction, the nearer March, the coming one
    ("The council voted to discuss the plan in March.", "en", ["2027-03"]),
    ("The council agreed to focus its spending on roads in March.", "en", ["2027-03"]),
    # « à l'unanimité » is a manner, no object: « fermer » is the decision's infinitive
    ("Le conseil a voté à l'unanimité pour fermer la piscine en mars.", "fr", ["2027-03"]),
])
def test_a_decision_infinitive_still_looks_either_way(text: str, language: str, expected: list[str]) -> None:
    assert values(text, NOV if language == "en" else OCT12, language) == expected


@pytest.mark.parametrize("text, expected", [
    # "after" right after the date tells when the crash happened: "left" dates Friday, not "are appealing"
    ("Police are appealing for information about a crash on Friday after a car left the road near Alden.",
     ["2026-10-09"]),
    ("Firefighters are still damping down the barn on Saturday after flames were spotted by a neighbour.",
     ["2026-10-10"]),
    # so does "when" after the date's part of the day
    ("Police are appealing for witnesses to a crash on Friday evening when a van struck a wall.", ["2026-10-09"]),
    # a time word further on still opens another clause: the future before the date dates it
    ("The owners will meet staff on Friday to talk about what went wrong after the plant closed.", ["2026-10-16"]),
])
def test_a_time_word_right_after_the_date_tells_its_own_fact(text: str, expected: list[str]) -> None:
    assert values(text, WED, "en") == expected
