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
