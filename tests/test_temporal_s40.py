"""Dates read by the tagger in session 40 (date precision on unseen pages), each value worked out by hand against a
calendar.

French clause cues held « que » in one form only: « lorsqu' », « puisqu' », « parce qu' » but not « lorsque »,
« puisque », « parce que »; « alors que », « tandis que » but not « alors qu' », « tandis qu' ». A verb after the
missing form was read as the date's own.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates

WED = dt.date(2031, 3, 12)  # a Wednesday: Monday 10 March is two days back, Friday 14 March two days ahead


def values(text: str, published: dt.date, language: str) -> list[str]:
    """The value of each date of a text."""
    return [m.value for m in tag_dates(text, published, language)]


@pytest.mark.parametrize("text, expected", [
    # the future before the weekday is its verb; « ont été fermées » tells the clause « puisque » opens
    ("Les familles seront reçues par la directrice de l'école vendredi puisque les classes ont été fermées.",
     ["2031-03-14"]),
    ("Les familles seront reçues par la directrice de l'école vendredi puisqu'elles ont été prévenues.",
     ["2031-03-14"]),
    ("Les familles seront reçues par la directrice de l'école vendredi parce que la cantine a été fermée.",
     ["2031-03-14"]),
])
def test_a_verb_after_a_whole_subordinator_is_not_the_dates(text: str, expected: list[str]) -> None:
    assert values(text, WED, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # the past before the weekday is its verb, not the future « alors qu' » opens
    ("La motion a été adoptée par les conseillers de l'agglomération du Bas-Sernois lundi alors qu'ils "
     "examineront le budget.", ["2031-03-10"]),
    ("La motion a été adoptée par les conseillers de l'agglomération du Bas-Sernois lundi tandis qu'ils "
     "examineront le budget.", ["2031-03-10"]),
    # the whole form was already a break: still one
    ("La motion a été adoptée par les conseillers de l'agglomération du Bas-Sernois lundi alors que le maire "
     "examinera le budget.", ["2031-03-10"]),
])
def test_an_elided_alors_qu_breaks_the_clause(text: str, expected: list[str]) -> None:
    assert values(text, WED, "fr") == expected


def spans(text: str, published: dt.date, language: str) -> list[tuple[str, str | None]]:
    """The value and the end value of each date of a text."""
    return [(m.value, m.end_value) for m in tag_dates(text, published, language)]


@pytest.mark.parametrize("text, expected", [
    # « entre le … et le … »: one span; the first day takes the year the second names (read apart: September 2031)
    ("La régie a relevé des fuites entre le 4 septembre et le 18 octobre 2030.", [("2030-09-04", "2030-10-18")]),
    ("Le musée sera fermé entre le 2 avril et le 30 mai pour travaux.", [("2031-04-02", "2031-05-30")]),
    ("Les plaintes ont été déposées entre le 1er février et le 3 mars.", [("2031-02-01", "2031-03-03")]),
    # without « entre », « et le » joins two dates, no span
    ("Le maire a reçu les pétitions le 3 février et le 10 mars.", [("2031-02-03", None), ("2031-03-10", None)]),
])
def test_entre_le_et_le_is_one_span(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert spans(text, WED, "fr") == expected


NOV = dt.date(2031, 11, 12)  # a Wednesday in November: September 2031 is two months back, September 2032 ten ahead
JUN = dt.date(2031, 6, 11)  # a Wednesday in June: September 2031 is three months ahead


@pytest.mark.parametrize("text, published, expected", [
    # « pour » after a past verb of its own clause looks ahead as a verb does: the nearest September when it is
    # only two months back
    ("Les bornes de recharge étaient annoncées pour septembre.", NOV, ["2031-09"]),
    ("Le conseil a voté une rallonge pour septembre.", NOV, ["2031-09"]),
    # written in June, the coming September still
    ("Les bornes de recharge étaient annoncées pour septembre.", JUN, ["2031-09"]),
    # a future in the clause keeps the preposition's strength
    ("Les bornes de recharge seront installées pour septembre.", NOV, ["2032-09"]),
    # a weekday after « pour » stays the coming one: Thursday 13 November
    ("Le juge a renvoyé l'audience pour jeudi.", NOV, ["2031-11-13"]),
])
def test_pour_a_month_after_a_past_verb_is_no_strong_future(text: str, published: dt.date,
                                                              expected: list[str]) -> None:
    assert values(text, published, "fr") == expected


OCT = dt.date(2044, 10, 13)  # a Thursday; Saturday 3 September 2044 is a month back


@pytest.mark.parametrize("text, expected", [
    # the weekday next to the day the article gives the fact the noun names: Thursday 1 September, Monday 5 September
    # (read from the last day named, September 20, they were Thursday 15 and Monday 26 September)
    ("The regatta was held on Saturday, September 3. Its results were posted on September 20. On the Thursday "
     "before the regatta, the club inspected the boats. The harbour master opened an inquiry the Monday after the "
     "regatta.", ["2044-09-03", "2044-09-20", "2044-09-01", "2044-09-05"]),
    # "the Friday evening" after it follows the Thursday so dated (Friday 2 September), not the one after publication's
    ("The regatta was held on Saturday, September 3. Its results were posted on September 20. On the Thursday "
     "before the regatta, the club inspected the boats. A gale warning followed on the Friday evening.",
     ["2044-09-03", "2044-09-20", "2044-09-01", "2044-09-02"]),
])
def test_a_weekday_after_a_fact_counts_from_that_facts_day(text: str, expected: list[str]) -> None:
    assert values(text, OCT, "en") == expected
