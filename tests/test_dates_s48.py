"""Dates, session 48: England's bank holidays before their reform of 1965 (the August one on the first Monday of
August, Whit Monday in the late May one's place), as an old article of an archive names them."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates


@pytest.mark.parametrize("text, published, values", [
    # published Thursday 15 August 1929 (checked on a calendar: 5 and 26 August 1929 are Mondays): the first Monday
    ("The collection, on August Bank Holiday, raised £41.", dt.date(1929, 8, 15), [("1929-08-05", None)]),
    # published Tuesday 10 June 1952 (Easter 13 April 1952, so Whit Monday is 2 June; 26 May 1952 the last Monday of
    # May): the bank holiday gone by is Whit Monday
    ("He was arrested on the bank holiday.", dt.date(1952, 6, 10), [("1952-06-02", None)]),
])
def test_england_s_bank_holidays_follow_the_year_s_rule(text: str, published: dt.date, values: list) -> None:
    assert [(m.value, m.end_value) for m in tag_dates(text, published, "en")] == values


@pytest.mark.parametrize("text, published, lang, values", [
    # published Tuesday 21 May 2097 (Easter 31 March 2097, so the lundi de Pentecôte is Monday 20 May): the weekend
    # gone by is the long one, Saturday 18 to Monday 20 May
    ("La ferme, qui avait accueilli 1 200 visiteurs pendant le week-end, est fermée au public.", dt.date(2097, 5, 21),
     "fr", [("2097-05-18", "2097-05-20")]),
    # published Tuesday 1 June 2027 (31 May 2027 the late May bank holiday): Saturday 29 to Monday 31 May
    ("The beach was packed over the weekend.", dt.date(2027, 6, 1), "en", [("2027-05-29", "2027-05-31")]),
])
def test_a_weekend_before_a_holiday_monday_runs_to_that_monday(text: str, published: dt.date, lang: str,
                                                               values: list) -> None:
    assert [(m.value, m.end_value) for m in tag_dates(text, published, lang)] == values
    # a plain weekend a week later stays Saturday and Sunday
    later = published + dt.timedelta(days=7)
    saturday = published - dt.timedelta(days=3) + dt.timedelta(days=7)
    assert [(m.value, m.end_value) for m in tag_dates(text, later, lang)] == [
        (saturday.isoformat(), (saturday + dt.timedelta(days=1)).isoformat())]


def test_ascension_day_is_its_thursday() -> None:
    # published Thursday 17 May 2096 (Easter 15 April 2096, so Ascension Day is Thursday 24 May)
    text = "The library will close at noon on Ascension Day, when staff join the mayor."
    assert [(m.value, m.end_value) for m in tag_dates(text, dt.date(2096, 5, 17), "en")] == [("2096-05-24", None)]
