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


@pytest.mark.parametrize("text, published, value", [
    # Whit Sunday is seven weeks after Easter: Easter 2041 is 21 April, Whitsun 9 June
    ("The last two bakers in the lane will have gone by Whitsun.", dt.date(2041, 3, 4), "2041-06-09"),
    ("The lido had been due to reopen at Whitsun, but the pumps failed.", dt.date(2041, 8, 1), "2041-06-09"),
    # Labor Day, the first Monday of September: 2 September 2041
    ("The bridge will stay shut until at least Labor Day.", dt.date(2041, 8, 20), "2041-09-02"),
    # Memorial Day, the last Monday of May: 27 May 2041
    ("The pool opens on Memorial Day.", dt.date(2041, 5, 2), "2041-05-27"),
])
def test_whitsun_and_american_holidays_after_a_preposition(text: str, published: dt.date, value: str) -> None:
    assert [v for _, v in dated(text, published, "en")] == [value]


@pytest.mark.parametrize("text", [
    "The Whitsun fair drew big crowds.",
    "Labor Day sales were weak this year.",
])
def test_the_holiday_naming_a_kind_of_thing_is_no_date(text: str) -> None:
    assert all(w not in ("Whitsun", "Labor Day") for w, _ in dated(text, dt.date(2041, 8, 20), "en"))
