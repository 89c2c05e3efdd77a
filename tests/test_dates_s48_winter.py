"""Dates in session 48: a winter named by its two years after a tensed preposition, a season after "through", a
feast after "before" in the future seen from the past, and a weekend after a bound ("until the weekend", « jusqu'au
week-end »).

« au cours de l'hiver 2012-2013 » told in the past perfect was read as the bare « au cours de l'hiver » (the winter
nearest publication) with 2012 a year of its own, as the year pair after it could not open the season's year: the
winter over two years is the first year's (rule yearrange), whatever the tense. "through the winter" is a season as
"throughout the winter" is: told in January, the winter under way.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates


def values(text: str, language: str, published: dt.date) -> list[tuple[str, str]]:
    """Each date mention's words and value."""
    return [(m.text, m.value) for m in tag_dates(text, published, language)]


@pytest.mark.parametrize("text", [
    "Il rappelle que la filière avait déjà connu une pénurie au cours de l'hiver 2012-2013.",
    "Son délégué rappelle que la filière avait connu une pénurie au cours de l’hiver 2012-2013, « mais rien de comparable ».",
])
def test_a_winter_of_two_years_told_in_the_past_is_the_first_years(text: str) -> None:
    # published Monday 10 October 2022: the bare winter would have been 2021-WI, and 2012 a year alone
    assert [v for _, v in values(text, "fr", dt.date(2022, 10, 10))] == ["2012-WI"]


@pytest.mark.parametrize("text, value", [
    # Thursday 20 January 2061: the winter from December 2060 is under way
    ("The chief executive said the company could not run empty boats through the winter without passengers.", "2060-WI"),
    ("The pool stayed open through the summer despite the drought.", "2060-SU"),
])
def test_a_season_after_through_is_a_date(text: str, value: str) -> None:
    assert [v for _, v in values(text, "en", dt.date(2061, 1, 20))] == [value]


def test_a_feast_after_before_in_the_future_seen_from_the_past_is_the_nearest() -> None:
    # Thursday 20 November 1969: the coming Christmas is five weeks ahead, the last one eleven months back ("ran out of
    # food before Christmas" stays the one gone by: test_temporal_session39)
    text = ("Mr Wragge said the makers, a firm of Brantwick, had agreed to fit toughened steel coin boxes to all 140 "
            "meters “before Christmas”.")
    assert [v for _, v in values(text, "en", dt.date(1969, 11, 20))] == ["1969-12-25"]


@pytest.mark.parametrize("text, language", [
    # Wednesday 26 January 2078: the coming Saturday and Sunday
    ("Market Street will stay closed to traffic until at least the weekend.", "en"),
    ("The hotline will be staffed around the clock through the weekend.", "en"),
    ("The repairs should be done by the weekend.", "en"),
    ("La rue restera fermée jusqu'au week-end.", "fr"),
    ("Les travaux seront finis d'ici le week-end.", "fr"),
])
def test_a_weekend_after_a_bound_is_this_weeks(text: str, language: str) -> None:
    assert [m.end_value for m in tag_dates(text, dt.date(2078, 1, 26), language)] == ["2078-01-30"]
    assert [m.value for m in tag_dates(text, dt.date(2078, 1, 26), language)] == ["2078-01-29"]
