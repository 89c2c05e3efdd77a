"""Mends of session 40's date readings (review of 611e74f, c2137a1, 5d03bd0), each value worked out by hand against
a calendar."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates

OCT44 = dt.date(2044, 10, 3)  # a Monday; 5 September 2044 is a Monday, 24 September a Saturday


def values(text: str, published: dt.date, language: str) -> list[str]:
    """The value of each date of a text."""
    return [m.value for m in tag_dates(text, published, language)]


@pytest.mark.parametrize("text, expected", [
    # "election" modifies "campaign": the campaign's day dates no election; the weekday reads from the last day
    # named, Sunday 25 September: Monday 26 September (not Monday 12, the week after the campaign opened)
    ("The election campaign opened on Monday, September 5. Voters went to the polls on Sunday, September 25. "
     "The Monday after the election, the mayor resigned.", ["2044-09-05", "2044-09-25", "2044-09-26"]),
    # "race" modifies "boat": the Thursday before Saturday 24 September is the 22nd (not 1 September)
    ("The crew launched its new race boat on September 3. The regatta was held on Saturday, September 24. "
     "On the Thursday before the race, the skipper fell ill.", ["2044-09-03", "2044-09-24", "2044-09-22"]),
    # "the strike fund" is the fund's: the Friday after Tuesday 20 September is the 23rd
    ("The union set up its strike fund on Thursday, September 1. Workers walked out on Tuesday, September 20. "
     "The Friday after the strike, talks resumed.", ["2044-09-01", "2044-09-20", "2044-09-23"]),
    # the noun as the head still dates the fact: "the strike began on Thursday, September 1" -> Friday 2 September
    ("The strike began on Thursday, September 1. Talks were held on Tuesday, September 20. "
     "The Friday after the strike, the plant reopened.", ["2044-09-01", "2044-09-20", "2044-09-02"]),
])
def test_a_fact_named_as_a_modifier_is_no_anchor(text: str, expected: list[str]) -> None:
    assert values(text, OCT44, "en") == expected


NOV = dt.date(2031, 11, 12)  # a Wednesday in November


@pytest.mark.parametrize("text, expected", [
    # a meeting put off « pour » a date: the date is still ahead, as « reporté au » reads it
    ("Le match a été reporté pour octobre.", ["2032-10"]),
    ("La visite du ministre avait été décalée pour octobre.", ["2032-10"]),
    ("L'audience a été renvoyée pour le 10 novembre.", ["2032-11-10"]),
    # a day « pour le 3 novembre » names is a plan's own day: the coming one, even after a past verb
    ("Les travaux étaient annoncés pour le 3 novembre.", ["2032-11-03"]),
    # a month after a plain past verb still reads as a verb does (c2137a1): two months back
    ("Les travaux étaient annoncés pour septembre.", ["2031-09"]),
])
def test_pour_after_a_postponing_verb_or_a_day_looks_ahead(text: str, expected: list[str]) -> None:
    assert values(text, NOV, "fr") == expected
