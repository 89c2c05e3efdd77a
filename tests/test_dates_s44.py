"""Dates in session 44: a year of the 2100s used as a noun's adjective stays in the title, as one of the 2000s does.

The tagger reads years up to 2199 (texts written in the 2100s, dev pages of 2102), but the title maker's test for a
bare year used as an adjective ("le budget 2094", "the 2094 festival") stopped at 2099: "Le budget 2104 a été adopté"
lost its year and read "Le budget a été adopté", another budget's fact.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import extract_events
from generator.extract.temporal import tag_dates
from generator.model import Source

# Wednesday 14 November 2103: 2104 is next year, as 2094 is in 2093
PUB_2100S = dt.date(2103, 11, 14)
PUB_2000S = dt.date(2093, 11, 14)


def titles(text: str, language: str, published: dt.date) -> list[str]:
    """The title of each fact a one-paragraph article tells."""
    source = Source(id="art", title="Titre", published=published, language=language, text=text)
    return [c.title for c in extract_events(source, [])]


@pytest.mark.parametrize("text, language, published, title", [
    ("Le budget 2104 a été adopté lundi par le conseil syndical.", "fr", PUB_2100S,
     "Le budget 2104 a été adopté lundi par le conseil syndical"),
    ("Le budget 2094 a été adopté lundi par le conseil syndical.", "fr", PUB_2000S,
     "Le budget 2094 a été adopté lundi par le conseil syndical"),
    ("Le budget 2112 a été voté mardi par l'assemblée de la communauté de communes.", "fr", PUB_2100S,
     "Le budget 2112 a été voté mardi par l'assemblée de la communauté de communes"),
])
def test_a_year_used_as_a_nouns_adjective_stays_in_the_title(text: str, language: str, published: dt.date,
                                                             title: str) -> None:
    assert titles(text, language, published) == [title]


def test_a_year_of_the_2100s_as_the_date_of_a_fact_still_leaves_the_title() -> None:
    # "en 2104" dates the fact: taken out of the title as a year of the 2000s is
    assert titles("La ligne de tramway ouvrira en 2104, a annoncé la métropole.", "fr", PUB_2100S) == \
        titles("La ligne de tramway ouvrira en 2094, a annoncé la métropole.", "fr", PUB_2000S)


# Wednesday 4 December 2047
WED = dt.date(2047, 12, 4)


def dated(text: str, language: str) -> list[tuple[str, str]]:
    """(words, value) of each date of a text published on WED."""
    return [(m.text, m.value) for m in tag_dates(text, WED, language)]


@pytest.mark.parametrize("text, language, words, value", [
    # the vote told by its count on Tuesday 3 December: its eve is Monday the 2nd
    ("Le conseil communautaire a adopté mardi, par 31 voix contre 9, le budget du port. La veille du vote, les "
     "pêcheurs avaient manifesté devant le siège.", "fr", "La veille du vote", "2047-12-02"),
    # the accident told as a fall on Saturday 30 November
    ("Sa chute, samedi dans la descente du col, a ému tout le peloton. Le soir de l'accident, son équipe a demandé "
     "une enquête.", "fr", "Le soir de l'accident", "2047-11-30"),
    # the vote told as a ballot closing on Friday 29 November: the night before is the 28th
    ("The ballot closed on Friday at noon. The night before the vote, both candidates held rallies in the square.",
     "en", "The night before the vote", "2047-11-28"),
])
def test_a_fact_named_by_another_of_its_words_anchors_the_day_counted_from_it(text: str, language: str, words: str,
                                                                            value: str) -> None:
    assert (words, value) in dated(text, language)
