"""Dates read by the tagger in session 37 (issue 9), each value worked out by hand against a calendar.

A span of days whose ends carry their hours ("from 9pm on Friday 16 May to 6am on Monday 19 May", « du samedi
17 mai à 22 h au dimanche 18 mai à 5 h ») was read as two days: the hours stood between the span's words.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates

WED = dt.date(2031, 5, 14)  # a Wednesday


def spans(text: str, published: dt.date, language: str) -> list[tuple[str, str | None]]:
    """The (start value, end value) of each date of a text."""
    return [(m.value, m.end_value) for m in tag_dates(text, published, language)]


@pytest.mark.parametrize("text, language, expected", [
    ("The bridge will be shut from 9pm on Friday 16 May to 6am on Monday 19 May.", "en",
     [("2031-05-16", "2031-05-19")]),
    ("Drivers face a closure from 9pm on Friday to 6am on Monday.", "en", [("2031-05-16", "2031-05-19")]),
    ("The fair runs from 10:00 on 20 May until 18:00 on 25 May.", "en", [("2031-05-20", "2031-05-25")]),
    ("La ligne sera coupée du samedi 17 mai à 22 h au dimanche 18 mai à 5 h.", "fr", [("2031-05-17", "2031-05-18")]),
    # the first day's "à" is the span's own here, no hour's
    ("La route sera fermée de 21 heures vendredi à 6 heures lundi.", "fr", [("2031-05-16", "2031-05-19")]),
])
def test_a_span_of_days_keeps_its_hours_out(text: str, language: str, expected: list[tuple[str, str | None]]) -> None:
    assert spans(text, WED, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # two days each with its own verb, no span
    ("Voting opens at 7am on 20 May and closes at 10pm on 22 May.", "en",
     [("2031-05-20", None), ("2031-05-22", None)]),
    # one day and its opening hours
    ("Le marché ouvrira le samedi 17 mai, de 9 h à 12 h.", "fr", [("2031-05-17", None)]),
])
def test_hours_alone_make_no_span(text: str, language: str, expected: list[tuple[str, str | None]]) -> None:
    assert spans(text, WED, language) == expected


def values(text: str, published: dt.date, language: str) -> list[tuple[str, str]]:
    """The (words, value) of each date of a text."""
    return [(m.text, m.value) for m in tag_dates(text, published, language)]


@pytest.mark.parametrize("text, language, expected", [
    # the relative clause's past tells of the museum, not of the reopening: the 30 May ahead, sixteen days away
    ("The museum, which closed in the winter, reopens its doors on 30 May.", "en", ("30 May", "2031-05-30")),
    ("The depot, whose roof collapsed in a storm, hosts the craft fair on 30 May.", "en", ("30 May", "2031-05-30")),
    ("Le gymnase, qui avait fermé après l'incendie, accueille le tournoi régional le 2 juin.", "fr",
     ("2 juin", "2031-06-02")),
    # the clause ends at the sentence's end: its verb does not reach the date before it
    ("Members who renew before 3 June get a discount, which the board approved.", "en", ("3 June", "2031-06-03")),
])
def test_a_relative_clause_does_not_date_what_is_outside_it(text: str, language: str,
                                                            expected: tuple[str, str]) -> None:
    assert expected in values(text, WED, language)


@pytest.mark.parametrize("text, language, expected", [
    # a date inside the relative clause is still read by its verb
    ("The mayor, who resigned on 30 May, will stand again.", "en", ("30 May", "2030-05-30")),
    ("La maire, qui avait démissionné le 2 juin, sera candidate.", "fr", ("2 juin", "2030-06-02")),
])
def test_a_relative_clause_dates_what_is_inside_it(text: str, language: str, expected: tuple[str, str]) -> None:
    assert expected in values(text, WED, language)


OCT = dt.date(2031, 10, 20)  # a Monday


@pytest.mark.parametrize("text, published, language, expected", [
    # a future set with a typographic apostrophe is the same future
    ("The pool won’t reopen until 2 June.", WED, "en", ("2 June", "2031-06-02")),
    ("We’ll know more on Monday.", WED, "en", ("Monday", "2031-05-19")),
    # the "be to" of a plan
    ("New benches are to be installed in the spring.", OCT, "en", ("in the spring", "2032-SP")),
    # a past form that is the verb's plain form too, after a modal
    ("The line will shut on Saturday.", WED, "en", ("Saturday", "2031-05-17")),
    ("The storm could hit on Saturday.", WED, "en", ("Saturday", "2031-05-17")),
    ("Staff will quit on Friday unless the offer improves.", WED, "en", ("Friday", "2031-05-16")),
    # an -ed word after a determiner is an adjective, the future verb dates the date
    ("The port will reopen its damaged north quay on 30 May.", WED, "en", ("30 May", "2031-05-30")),
    # an adverb in -ment between the auxiliary and the participle keeps the passé composé a past
    ("L’État a officiellement mis en vente lundi le vieux phare, et la mise à prix sera fixée en juin.", WED, "fr",
     ("lundi", "2031-05-12")),
])
def test_verb_forms_the_tense_cues_misread(text: str, published: dt.date, language: str,
                                          expected: tuple[str, str]) -> None:
    assert expected in values(text, published, language)


@pytest.mark.parametrize("text, language, expected", [
    ("Who is to blame for the flood in April?", "en", ("April", "2031-04")),
    ("The team hit its target on Friday.", "en", ("Friday", "2031-05-09")),
    ("The delayed report was published on 30 April.", "en", ("30 April", "2031-04-30")),
])
def test_verb_forms_that_stay_past(text: str, language: str, expected: tuple[str, str]) -> None:
    assert expected in values(text, WED, language)
