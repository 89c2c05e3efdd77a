"""Dates read by the tagger in session 46, each value worked out by hand against a calendar.

« le même soir », « la même nuit », « au cours de la même soirée » repeat the day the text last gave, as « le même
jour » and « le soir même » did; a year-less date takes the year that opens its sentence, or a year it stands beside
(« l'an dernier, en août »), instead of publication's.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates

# Thursday 18 September 2042
SEP = dt.date(2042, 9, 18)


def dated(text: str, published: dt.date, language: str) -> list[tuple[str, str]]:
    """Each date of a text with its value."""
    return [(m.text, m.value) for m in tag_dates(text, published, language)]


@pytest.mark.parametrize("text, words", [
    ("La carrière a été inondée le 2 septembre. La route a été rouverte le même soir.", "le même soir"),
    ("La carrière a été inondée le 2 septembre. Au cours de la même soirée, le maire a parlé.", "la même soirée"),
    ("La carrière a été inondée le 2 septembre ; les pompes sont arrivées la même nuit.", "la même nuit"),
    ("La carrière a été inondée le 2 septembre, et le préfet est venu le même matin.", "le même matin"),
])
def test_the_same_evening_repeats_the_day_told_before(text: str, words: str) -> None:
    assert (words, "2042-09-02") in dated(text, SEP, "fr")


def test_the_same_evening_without_a_day_before_is_no_date() -> None:
    # which evening, the reader cannot tell
    assert dated("La route a été rouverte le même soir.", SEP, "fr") == []


@pytest.mark.parametrize("text, language, words, value", [
    # the year opens the sentence: the month later in it is that year's, not the one nearest publication
    ("En 2038, une crue avait fermé le camping pendant tout le mois d'août.", "fr", "août", "2038-08"),
    ("In 2038, a flood had kept the campsite shut for the whole of August.", "en", "August", "2038-08"),
    # a month beside "last year": that year's
    ("Le club avait organisé l'an dernier, en août, une fête qui avait réuni 400 personnes.", "fr", "août", "2041-08"),
    ("The club had held a fair last year, in August, which drew 400 people.", "en", "August", "2041-08"),
])
def test_a_month_takes_the_year_its_sentence_gives(text: str, language: str, words: str, value: str) -> None:
    assert (words, value) in dated(text, SEP, language)


@pytest.mark.parametrize("text, language, words, value", [
    # told ahead, against a year gone by: publication's reading stays (the tense disagrees with the year)
    ("En 2038, le camping avait fermé ; il rouvrira en mai.", "fr", "mai", "2043-05"),
    # a year in the middle of the sentence is a background, not the sentence's year
    ("The campsite, which opened in 2038, shut in August.", "en", "August", "2042-08"),
    # "this year, in March" is publication's year: nothing to move
    ("The club held a fair this year, in March.", "en", "March", "2042-03"),
])
def test_other_years_leave_the_month_as_it_was(text: str, language: str, words: str, value: str) -> None:
    assert (words, value) in dated(text, SEP, language)


def test_a_later_clause_keeps_its_own_reading() -> None:
    # the year opens the sentence, but the month belongs to a clause after a comma: publication's reading stays
    text = "En 2038, la mairie avait promis des travaux, qui ont enfin commencé en mars."
    assert ("mars", "2042-03") in dated(text, SEP, "fr")
