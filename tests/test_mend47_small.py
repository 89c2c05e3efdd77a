"""Session 47 mend (small): a Sunday named by its feast is its own day, not the next plain Sunday."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates


@pytest.mark.parametrize("text, lang, pub, value", [
    # Easter 2031 is Sunday 13 April: Palm Sunday the 6th, Mothering Sunday 23 March, Pentecost 1 June.
    ("The choir sang in the cathedral on Palm Sunday.", "en", "2031-05-10", "2031-04-06"),
    ("The florist sold out of tulips on Mothering Sunday.", "en", "2031-05-10", "2031-03-23"),
    # 1 November 2031 is a Saturday: its Sundays are the 2nd and the 9th, the second one Remembrance Sunday.
    ("Wreaths were laid at the memorial on Remembrance Sunday.", "en", "2031-12-01", "2031-11-09"),
    ("La procession a eu lieu le dimanche des Rameaux.", "fr", "2031-05-10", "2031-04-06"),
    ("La foire s'est tenue le dimanche de Pentecôte.", "fr", "2031-07-10", "2031-06-01"),
])
def test_a_sunday_named_by_its_feast_is_its_own_day(text: str, lang: str, pub: str, value: str) -> None:
    assert [m.value for m in tag_dates(text, dt.date.fromisoformat(pub), lang)] == [value]
