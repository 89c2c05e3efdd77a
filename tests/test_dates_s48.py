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


@pytest.mark.parametrize("tied, bare, published, lang, values", [
    # published Tuesday 21 May 2097 (Easter 31 March 2097, so the lundi de Pentecôte is Monday 20 May): the weekend
    # gone by, told as the holiday's, is the long one, Saturday 18 to Monday 20 May
    ("La ferme, qui avait accueilli 1 200 visiteurs pendant le week-end de Pentecôte, est fermée au public.",
     "La ferme, qui avait accueilli 1 200 visiteurs pendant le week-end, est fermée au public.", dt.date(2097, 5, 21),
     "fr", [("2097-05-18", "2097-05-20")]),
    # published Tuesday 1 June 2027 (31 May 2027 the late May bank holiday): Saturday 29 to Monday 31 May
    ("The beach was packed over the bank holiday weekend.", "The beach was packed over the weekend.",
     dt.date(2027, 6, 1), "en", [("2027-05-29", "2027-05-31")]),
])
def test_a_weekend_told_as_a_holiday_s_runs_to_its_monday(tied: str, bare: str, published: dt.date, lang: str,
                                                          values: list) -> None:
    assert [(m.value, m.end_value) for m in tag_dates(tied, published, lang)] == values
    # a weekend nothing ties to the holiday stays Saturday and Sunday (b6adc72, the review of 71d76a4)
    saturday = values[0][0]
    sunday = (dt.date.fromisoformat(saturday) + dt.timedelta(days=1)).isoformat()
    assert [(m.value, m.end_value) for m in tag_dates(bare, published, lang)] == [(saturday, sunday)]
