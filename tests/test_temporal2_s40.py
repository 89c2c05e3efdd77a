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


def spans(text: str, published: dt.date, language: str) -> list[tuple[str, str | None]]:
    """The value and the end value of each date of a text."""
    return [(m.value, m.end_value) for m in tag_dates(text, published, language)]


@pytest.mark.parametrize("text, expected", [
    # « à la fin avril »: the second bound's modifier holds the span's « à »; read apart, two false months
    ("Les sondages dans la tourbière ont duré de la mi-mars à la fin avril.", [("2031-03", "2031-04")]),
    ("Les sondages dans la tourbière ont duré de mi-mars à fin avril.", [("2031-03", "2031-04")]),
    ("La piscine municipale restera fermée du début juin à la mi-juillet.", [("2032-06", "2032-07")]),
    ("Le chantier de la digue ira de la mi-janvier jusqu'à la fin mars.", [("2032-01", "2032-03")]),
])
def test_a_span_whose_end_carries_its_modifier_is_one(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert spans(text, NOV, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a list, no span: « à la fin avril » after a comma stays apart
    ("Les sondages ont eu lieu en mars, à la fin avril et en mai.", [("2031-03", None), ("2031-04", None),
                                                                     ("2031-05", None)]),
    # the English span already read as one
    ("The peat cores were taken from mid-March to the end of April.", [("2031-03", "2031-04")]),
])
def test_a_span_whose_end_carries_its_modifier_controls(text: str, expected: list[tuple[str, str | None]]) -> None:
    language = "en" if text.startswith("The ") else "fr"
    assert spans(text, NOV, language) == expected
