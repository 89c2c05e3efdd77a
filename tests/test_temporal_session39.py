"""Dates read by the tagger in session 39 (issue 9, precision), each value worked out by hand against a calendar.

A year-less date takes the side of publication its nearest verb tells. Two kinds of word were read as that verb
though they tell nothing of the date's clause: an adjective in -ed right after a preposition ("out of tinned food"),
and the verb of a subordinate clause after the date ("on Monday to explain why the plant lost money").
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates

TUE = dt.date(2040, 10, 9)  # a Tuesday: Christmas 2040 is 77 days ahead, Christmas 2039 289 days back
WED = dt.date(2040, 10, 10)  # a Wednesday: Monday 8 October is two days back, Monday 15 October five days ahead


def values(text: str, published: dt.date, language: str) -> list[str]:
    """The value of each date of a text."""
    return [m.value for m in tag_dates(text, published, language)]


@pytest.mark.parametrize("text, expected", [
    # "canned" after "of" is an adjective, no past: without a cue the nearest Christmas, the coming one
    ("The shelter could run out of canned soup, rice and pasta before Christmas.", ["2040-12-25"]),
    # a past verb in its own clause still dates the date
    ("The shelter ran out of canned soup, rice and pasta before Christmas.", ["2039-12-25"]),
    # "as reported" is no adjective of a noun: a past that dates the day
    ("As reported on Monday, the canteen shut.", ["2040-10-08"]),
])
def test_an_ed_word_after_a_preposition_is_no_past(text: str, expected: list[str]) -> None:
    assert values(text, TUE, "en") == expected


@pytest.mark.parametrize("text, language, expected", [
    # the future before the date is its verb; "lost" tells the clause "why" opens
    ("The owners will meet the staff's union representatives at the plant on Monday to explain why the plant lost "
     "money.", "en", ["2040-10-15"]),
    ("La direction recevra les représentants élus du personnel de l'usine lundi pour expliquer comment l'usine a "
     "perdu de l'argent.", "fr", ["2040-10-15"]),
    # with no verb of its own clause, the subordinate clause's past still tells the date's side
    ("Staff at the plant on Monday, when the owners announced the closure, were told to go home.", "en",
     ["2040-10-08"]),
    # a past verb of the date's own clause keeps the past, whatever follows the subordinating word
    ("The owners met the staff's union representatives at the plant on Monday to explain why the plant will close.",
     "en", ["2040-10-08"]),
])
def test_a_verb_after_a_subordinating_word_tells_its_own_clause(text: str, language: str,
                                                                expected: list[str]) -> None:
    assert values(text, WED, language) == expected


APR = dt.date(2041, 4, 9)  # a Tuesday: 1 May 2041 is 22 days ahead, 1 May 2040 343 days back


@pytest.mark.parametrize("text, expected", [
    # a part of the day after the date is still the opening adverbial's: the main clause's past perfect dates it
    ("By Sunday evening, most of the stranded passengers had gone home.", ["2040-10-07"]),
    # "all but" is "almost": no clause break between the adverbial and its main clause's verb
    ("By Sunday, all but 20 of the stranded passengers had gone home.", ["2040-10-07"]),
    # no opening adverbial: "by" looks ahead with the future
    ("The repairs will be finished by Sunday evening.", ["2040-10-14"]),
])
def test_by_a_day_heading_a_sentence_told_in_the_past(text: str, expected: list[str]) -> None:
    assert values(text, WED, "en") == expected


@pytest.mark.parametrize("text, published, language, expected", [
    # what was voted happens after the vote: the nearest Christmas, not the one before the vote; the vote's own day
    # inside the cue keeps its past verb
    ("The trustees voted on Monday to sell the two cottages before Christmas.", TUE, "en",
     ["2040-10-08", "2040-12-25"]),
    ("The cabinet agreed to ban barbecues in the parks from 1 May.", APR, "en", ["2041-05-01"]),
    ("Le conseil a décidé lundi de fermer la piscine en mars.", TUE, "fr", ["2040-10-08", "2041-03"]),
    # "agreed to the deal": a noun, no infinitive; the past dates the month
    ("The council agreed to the deal in May.", TUE, "en", ["2040-05"]),
])
def test_a_decisions_infinitive_looks_neither_way(text: str, published: dt.date, language: str,
                                                  expected: list[str]) -> None:
    assert values(text, published, language) == expected



MAR = dt.date(2041, 3, 18)  # September 2040 and September 2041 are six months away on either side


@pytest.mark.parametrize("text, expected", [
    # « la rentrée de septembre » is a period of the calendar, no fact named by its month: the future dates it
    ("La toiture doit être refaite avant la rentrée de septembre.", ["2041-09"]),
    # "pour" before "la rentrée de septembre" looks ahead as before a month, whatever the past verb after it
    ("La salle rouvrira « pour la rentrée de septembre », a précisé la mairie.", ["2041-09"]),
    ("La salle était fermée depuis la rentrée de septembre, a précisé la mairie.", ["2040-09"]),
    # a fact named by its month is still the nearest one, whatever the verb (a tie: the one gone by)
    ("Les inondations de septembre ont coûté cher.", ["2040-09"]),
])
def test_the_rentree_of_september_is_no_fact_named_by_its_month(text: str, expected: list[str]) -> None:
    assert values(text, MAR, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a group named after the day it met is no day
    ("She was a founding member of the Tuesday Group, the backbench caucus.", []),
    ("He joined the Monday Club in 1970.", ["1970"]),
    # the day itself still is one, and a lower-case group of that day is left to the weekday rules
    ("The group met on Tuesday.", ["2040-10-09"]),
])
def test_a_group_named_after_a_weekday_is_no_date(text: str, expected: list[str]) -> None:
    assert values(text, TUE, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # a compound past before "pour la rentrée de septembre" dates the month as it did before the preposition was
    # read (64d4fa7): written on 9 October 2040, the schools' return gone by, September 2040, a month back
    ("La salle a rouvert pour la rentrée de septembre.", ["2040-09"]),
    ("Les élèves ont retrouvé leur gymnase pour la rentrée de septembre.", ["2040-09"]),
    # the future still looks ahead: September 2041
    ("Le gymnase rouvrira pour la rentrée de septembre.", ["2041-09"]),
])
def test_a_past_before_pour_la_rentree_keeps_the_september_gone_by(text: str, expected: list[str]) -> None:
    assert values(text, TUE, "fr") == expected
