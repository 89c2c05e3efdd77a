"""Mends of session 46's review (mender 2), each value worked out by hand.

Dates: a year opening a sentence gives its year to a month of its own clause only, not to one told back in the
present or nearer it than the year's past perfect.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates

# Thursday 18 September 2042
SEP = dt.date(2042, 9, 18)


def dated(text: str, language: str) -> list[tuple[str, str]]:
    """Each date of a text with its value, published on SEP."""
    return [(m.text, m.value) for m in tag_dates(text, SEP, language)]


@pytest.mark.parametrize("text, language, words, value", [
    # a new clause after the year's, with a subject of its own: publication's reading
    ("In 2031, the brewery moved its vats to Tarvel, and its new owner, named in May, now wants them back.", "en",
     "May", "2042-05"),
    ("En 2031, la brasserie avait déménagé ses cuves à Tarvel ; sa nouvelle gérante, nommée en mai, veut désormais "
     "les rapatrier.", "fr", "mai", "2042-05"),
    # a past perfect background, then the passé composé of what came after, nearer the present
    ("En 2031, Hélène Vasseur avait quitté le hameau, où elle est revenue en mai pour rouvrir l'auberge.", "fr", "mai",
     "2042-05"),
    ("En 2031 Hélène Vasseur avait quitté le hameau où elle est revenue en mai.", "fr", "mai", "2042-05"),
    ("In 2031 Helen Vasseur had left the hamlet where she came back in May.", "en", "May", "2042-05"),
    # "now", « désormais »: back in the present
    ("In 2031 the brewery had moved to Tarvel where its owner now lives since May.", "en", "May", "2042-05"),
    ("En 2031 la brasserie dont la gérante veut désormais partir a fermé en mai.", "fr", "mai", "2042-05"),
])
def test_a_clause_told_nearer_the_present_keeps_publications_year(text: str, language: str, words: str,
                                                                   value: str) -> None:
    assert (words, value) in dated(text, language)


@pytest.mark.parametrize("text, language, words, value", [
    # the year's own clause, in its past perfect: still the year's month
    ("En 2031, une tempête avait fermé le port pendant tout le mois de mai.", "fr", "mai", "2031-05"),
    ("In 2031 a storm had shut the harbour for the whole of May.", "en", "May", "2031-05"),
    # a clause of time after the past perfect tells the same past
    ("In 2031, the mill had shut after it flooded in May.", "en", "May", "2031-05"),
    ("Le club avait organisé l'an dernier, en mai, une brocante qui avait réuni 300 exposants.", "fr", "mai",
     "2041-05"),
    ("La digue a cédé le 4 septembre. Le pont a été fermé le même soir.", "fr", "le même soir", "2042-09-04"),
    # the future stays apart
    ("En 2031, le port avait fermé ; il rouvrira en mai.", "fr", "mai", "2043-05"),
])
def test_the_years_own_clause_still_takes_its_year(text: str, language: str, words: str, value: str) -> None:
    assert (words, value) in dated(text, language)

