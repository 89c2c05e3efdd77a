"""A date's tense is read outside the quotations it is not in, and a date in a phrase heading its sentence is read with
the main clause's verb, a verb of saying included (mend 35).

A quotation that holds its sentence's end ('told reporters: "The line will reopen."') was cut by that end: its mark
seemed unclosed, and its future pushed a weekday outside it forward. Every expected value was worked out by hand.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import extract_events
from generator.extract.temporal import tag_dates
from generator.model import Source

EN_WED = dt.date(2024, 5, 15)
FR_WED = dt.date(2025, 4, 2)
EN_MON = dt.date(2024, 5, 13)
FR_MON = dt.date(2025, 3, 31)


def dates(text: str, published: dt.date, language: str) -> list[tuple[str, str]]:
    """The (words, value) of each date of a text."""
    return [(m.text, m.value) for m in tag_dates(text, published, language)]


def claims(text: str, published: dt.date, language: str) -> list[tuple[str, str]]:
    """The (speaker, date) of each claim of a one-paragraph article."""
    found = extract_events(Source(id="art", title="T", published=published, language=language, text=text), [])
    return [(c.speaker or "", c.date.iso()) for c in found if c.kind == "claim"]


@pytest.mark.parametrize("text, published, language, value", [
    ('At a press briefing on Tuesday, Owen Palliser told reporters: "The ferry will sail again."',
     EN_WED, "en", "2024-05-14"),
    ('At a press briefing on Tuesday, Owen Palliser told reporters: "The ferry sails again."',
     EN_WED, "en", "2024-05-14"),
    ("Lors d'un point presse mardi, Owen Palliser a déclaré : « Le bac reprendra la mer. »", FR_WED, "fr", "2025-04-01"),
    # the date in the telling's own clause, not heading it
    ('Owen Palliser told reporters at a briefing on Tuesday: "The ferry will sail again."', EN_WED, "en", "2024-05-14"),
    ("Owen Palliser a dit aux journalistes lors d'un point presse mardi : « Le bac reprendra la mer. »",
     FR_WED, "fr", "2025-04-01"),
    # a quotation running to the paragraph's end with no closing mark quotes all that follows its opening one
    ('Owen Palliser told reporters at a briefing on Tuesday: "The ferry will sail again. We will make sure of it.',
     EN_WED, "en", "2024-05-14"),
])
def test_a_future_inside_a_quotation_does_not_push_a_weekday_outside_it(text, published, language, value):
    assert [v for _, v in dates(text, published, language)] == [value]


@pytest.mark.parametrize("text, published, language, value", [
    # a date inside the quotation still reads the speaker's verbs
    ('Owen Palliser told reporters: "The ferry will sail again on Tuesday."', EN_WED, "en", "2024-05-21"),
    ("Owen Palliser a déclaré : « Le bac reprendra la mer mardi. »", FR_WED, "fr", "2025-04-08"),
])
def test_a_date_inside_the_quotation_reads_its_verbs(text, published, language, value):
    assert [v for _, v in dates(text, published, language)] == [value]


def test_the_quotation_dated_by_its_occasion_keeps_the_day_gone_by():
    text = 'At a press briefing on Tuesday, Owen Palliser told reporters: "The ferry will sail again."'
    assert claims(text, EN_WED, "en") == [("Owen Palliser", "2024-05-14")]
    text = "Lors d'un point presse mardi, Owen Palliser a déclaré : « Le bac reprendra la mer. »"
    assert claims(text, FR_WED, "fr") == [("Owen Palliser", "2025-04-01")]


@pytest.mark.parametrize("text, published, language, value", [
    # published on a Monday: the nearest Tuesday is the next day, but the saying is told in the past
    ("Speaking at Tuesday's inquest, Ruth Calloway said: \"We are still waiting.\"", EN_MON, "en", "2024-05-07"),
    ("Lors de l'audience de mardi, Ruth Calloway a lancé : « Nous attendons toujours. »", FR_MON, "fr", "2025-03-25"),
    # the finding's own shape: published on a Wednesday, a future in the quotation
    ("Ruth Calloway chairs the panel. Speaking at Tuesday's inquest, she said: \"We will wait.\"",
     EN_WED, "en", "2024-05-14"),
])
def test_a_weekday_heading_the_sentence_is_read_with_its_verb_of_saying(text, published, language, value):
    assert [v for _, v in dates(text, published, language)] == [value]


@pytest.mark.parametrize("text, published, language, value", [
    # the main clause's own future still puts the occasion ahead
    ("At Tuesday's inquest, Ruth Calloway will give evidence.", EN_MON, "en", "2024-05-14"),
    ("Lors de l'audience de mardi, Ruth Calloway témoignera.", FR_MON, "fr", "2025-04-01"),
])
def test_a_heading_weekday_told_in_the_future_stays_ahead(text, published, language, value):
    assert [v for _, v in dates(text, published, language)] == [value]


def test_a_quoted_phrase_is_no_heading():
    """The words a quotation opens with are the speaker's: the verb of saying after it does not date them."""
    text = '"We want the first boats in June," said the harbour master.'
    assert dates(text, dt.date(2025, 3, 14), "en") == [("June", "2025-06")]
