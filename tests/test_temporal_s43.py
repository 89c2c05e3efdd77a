"""Dates read by the tagger in session 43, each value worked out by hand against a calendar.

A verb of saying told in the past with whom it was said to between it and its date ("told the harbour board in
March", « a indiqué aux riverains en mars ») was set aside as a verb of what was said: the month had no tense and
read as the nearest one, ahead of a November article.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates

# Wednesday 14 November 2035: March 2036 is four months ahead, March 2035 eight months back
NOV = dt.date(2035, 11, 14)


def values(text: str, published: dt.date, language: str) -> list[str]:
    """The value of each date of a text."""
    return [m.value for m in tag_dates(text, published, language)]


@pytest.mark.parametrize("text, language", [
    ("The ferry operator told the harbour board in March that the slipway would close.", "en"),
    ("The bakery says it had warned its landlord in March about the damp.", "en"),
    ("The council said in a statement in March that it would sell the depot.", "en"),
    ("Le syndic a indiqué aux copropriétaires en mars que la toiture serait refaite.", "fr"),
    ("La coopérative a prévenu la préfecture en mars.", "fr"),
    ("Le club a annoncé dans un communiqué en mars qu'il quitterait le stade.", "fr"),
])
def test_a_saying_with_its_audience_dates_the_month_gone_by(text: str, language: str) -> None:
    assert values(text, NOV, language) == ["2035-03"]


@pytest.mark.parametrize("text, language, expected", [
    # what was said holds its own verb: the month is that verb's, as before
    ("The ferry operator told the harbour board the slipway would reopen in March.", "en", ["2036-03"]),
    ("Le syndic a indiqué aux copropriétaires que la toiture serait refaite en mars.", "fr", ["2036-03"]),
    # more than an audience between the verb and the month: the object's date, left to proximity as before
    ("Le maire a annoncé aux habitants la fermeture de l'école en mars.", "fr", ["2036-03"]),
])
def test_what_was_said_keeps_its_own_date(text: str, language: str, expected: list[str]) -> None:
    assert values(text, NOV, language) == expected


def test_the_weekend_of_a_date_is_that_date_not_this_weekend() -> None:
    # "the weekend of" names the weekend its date gives (or a fact's): this week's weekend, 17-18 November, was a
    # false date beside it
    found = [(m.text, m.value, m.end_value) for m in tag_dates(
        "The boat show drew record crowds over the weekend of March 10-11.", NOV, "en")]
    assert found == [("March 10-11", "2035-03-10", "2035-03-11")]
    assert [m.value for m in tag_dates("Heavy rain fell over the weekend.", NOV, "en")] == ["2035-11-10"]


@pytest.mark.parametrize("text, expected", [
    # « a fixé » + the day: the day it was set (Tuesday, the day before a Wednesday article), not the coming Tuesday
    ("Le recteur a fixé mardi le calendrier des examens.", ["2035-11-13"]),
    # set to a day (« au »): still that day, ahead
    ("Le tribunal a fixé au 3 juin l'audience de renvoi.", ["2036-06-03"]),
])
def test_a_day_set_is_told_apart_from_the_day_it_was_set_on(text: str, expected: list[str]) -> None:
    assert values(text, NOV, "fr") == expected


@pytest.mark.parametrize("text, language, expected", [
    # a lead right before a date: one mention, a day from it
    ("The harbour master resigned the day after June 3.", "en", [("the day after June 3", "2035-06-04")]),
    ("Le syndic a démissionné au lendemain du 3 juin.", "fr", [("au lendemain du 3 juin", "2035-06-04")]),
    ("Le syndic a démissionné la veille du 3 juin.", "fr", [("la veille du 3 juin", "2035-06-02")]),
    # before a fact the date names: the lead a day from the fact, the date the fact's own
    ("The ferry firm appealed the morning after the June 3 ruling.", "en",
     [("the morning after", "2035-06-04"), ("June 3", "2035-06-03")]),
    ("Le syndic a démissionné au lendemain du vote du 3 juin.", "fr",
     [("au lendemain", "2035-06-04"), ("3 juin", "2035-06-03")]),
    # the same day: the date as written
    ("Le syndic a démissionné le soir du vote du 3 juin.", "fr", [("3 juin", "2035-06-03")]),
])
def test_a_day_counted_from_a_date_is_a_day_off_it(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag_dates(text, NOV, language)] == expected


@pytest.mark.parametrize("text, language", [
    ("Now the gulls nest in May, where they used to nest in July.", "en"),
    ("The ferry stops running in October in a normal year.", "en"),
    ("Le bac s'arrête en octobre en temps normal.", "fr"),
])
def test_a_habit_of_the_past_or_of_a_normal_year_dates_nothing(text: str, language: str) -> None:
    assert values(text, NOV, language) == []


def test_a_thing_used_to_do_something_keeps_its_date() -> None:
    assert values("The grant was used to reroof the chapel in March.", NOV, "en") == ["2035-03"]


@pytest.mark.parametrize("text, language, expected", [
    # a bare weekday after an order's object: the order's own day (Thursday 8, not the Thursday after this Wednesday
    # article, the nearer of the two)
    ("La fédération a donné son feu vert jeudi.", "fr", ["2035-11-08"]),
    ("The inspector ordered a full audit of the depot on Thursday.", "en", ["2035-11-08"]),
    # the day an order sets keeps its preposition: ahead
    ("Le préfet a ordonné l'évacuation du camping pour jeudi.", "fr", ["2035-11-15"]),
    ("The inspector ordered the depot cleared by Thursday.", "en", ["2035-11-15"]),
])
def test_an_order_told_with_a_bare_weekday_is_dated_that_day(text: str, language: str, expected: list[str]) -> None:
    assert values(text, NOV, language) == expected


# Friday 13 May 2101: a text written in the 2100s
MAY_2101 = dt.date(2101, 5, 13)


@pytest.mark.parametrize("text, language, expected", [
    ("The lighthouse was sold in March 2100 to a diving club.", "en", [("March 2100", "2100-03")]),
    ("Le phare a été vendu en mars 2100 à un club de plongée.", "fr", [("mars 2100", "2100-03")]),
    ("Le club est propriétaire du phare depuis 2099.", "fr", [("2099", "2099")]),
    ("The club has owned the lighthouse since 2100.", "en", [("2100", "2100")]),
])
def test_a_year_of_the_2100s_is_read_in_a_text_written_then(text: str, language: str,
                                                            expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag_dates(text, MAY_2101, language)] == expected


def test_a_number_far_past_publication_is_no_year() -> None:
    # a 24-hour time and a count, not years: far after a text of 2035
    assert values("The ferry drops its 0715 and 2145 sailings.", NOV, "en") == []
    assert values("The index rose to 2150.", NOV, "en") == []


@pytest.mark.parametrize("text, language", [
    ("Les deux gérants ont été relâchés hier avec une convocation devant le tribunal le 2 février.", "fr"),
    ("The two managers were released last night with a summons to appear before magistrates on 2 February.", "en"),
])
def test_a_summons_dates_its_hearing_ahead(text: str, language: str) -> None:
    # written on 14 November 2035: the hearing in February 2036, not the February gone by
    assert [m.value for m in tag_dates(text, NOV, language)][-1] == "2036-02-02"
