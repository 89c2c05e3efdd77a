"""Dates read by the tagger in session 40 (second temporal pass), each value worked out by hand against a calendar.

A month alone after a plan's participle or a timetable's present ("is scheduled for September", "is expected in
September") was read as the nearest September, two months back in a November article, while « est prévu en
septembre » already read the coming one.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates

NOV = dt.date(2031, 11, 12)  # September 2031 is two months back, September 2032 ten months ahead


def values(text: str, published: dt.date, language: str) -> list[str]:
    """The value of each date of a text."""
    return [m.value for m in tag_dates(text, published, language)]


@pytest.mark.parametrize("text, expected", [
    ("The appeal against the quarry's permit is scheduled for September.", ["2032-09"]),
    ("A ruling on the harbour wall is expected in September.", ["2032-09"]),
    ("The audit of the ferry company, expected in September, will be published online.", ["2032-09"]),
    ("The final report is slated for September, the inspectors said.", ["2032-09"]),
])
def test_a_plan_told_in_the_present_dates_the_coming_month(text: str, expected: list[str]) -> None:
    assert values(text, NOV, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the plan told in the past: the future seen from then, the nearest September as before
    ("The appeal against the quarry's permit was scheduled for September.", ["2031-09"]),
    # a comparison with a forecast, no plan: the September gone by
    ("Ticket sales at the lido were weaker than expected in September.", ["2031-09"]),
    # a month a few weeks ahead stays the nearest
    ("The appeal against the quarry's permit is scheduled for December.", ["2031-12"]),
    # the French plan already read ahead
    ("L'audience sur le permis de la carrière est prévue en septembre.", ["2032-09"]),
])
def test_a_plan_s_month_controls(text: str, expected: list[str]) -> None:
    language = "fr" if "est prévue" in text else "en"
    assert values(text, NOV, language) == expected
