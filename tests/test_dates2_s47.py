"""Dates in session 47: a plan's weekday that the sentence tells was put off or called off.

A plan's participle right before a weekday looks ahead ("prévu samedi", "due to take place on Friday"). When the same
sentence goes on to tell, in the past, that the plan was put off or called off, the day is the one gone by under the
past perfect ("had been due to …, was delayed", « avait été repoussé »), and the nearest one otherwise: a plan called
off in the passé composé may be called off ahead of its day. Told in the present perfect ("has been postponed") or
with nothing failed, the day stays ahead.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates

# Monday 16 June 2031: the Saturday gone is two days back, the coming one five days ahead
MONDAY = dt.date(2031, 6, 16)
# Tuesday 17 June 2031: Friday is four days back, three ahead
TUESDAY = dt.date(2031, 6, 17)
# Thursday 19 June 2031: Saturday is five days back, two ahead
THURSDAY = dt.date(2031, 6, 19)


def values(text: str, language: str, published: dt.date) -> dict[str, str]:
    """Each date mention's words and value."""
    return {m.text: m.value for m in tag_dates(text, published, language)}


@pytest.mark.parametrize("text, language, published, words, expected", [
    # the past perfect: the day gone by, though the coming Friday is nearer
    ("The concert, which had been due to take place on Friday evening, was postponed after the singer fell ill.",
     "en", TUESDAY, "Friday", "2031-06-13"),
    ("La réunion publique, d'abord prévue vendredi, avait été repoussée d'une semaine faute de salle.",
     "fr", TUESDAY, "vendredi", "2031-06-13"),
    # the past: the nearest day
    ("Prévue samedi, la brocante du quartier a été annulée à cause de la pluie.", "fr", MONDAY, "samedi", "2031-06-14"),
    ("Scheduled for Saturday, the rowing regatta was called off at the last minute.",
     "en", MONDAY, "Saturday", "2031-06-14"),
    ("La kermesse prévue samedi a été annulée.", "fr", THURSDAY, "samedi", "2031-06-21"),
])
def test_plan_put_off(text: str, language: str, published: dt.date, words: str, expected: str) -> None:
    """A plan's day the sentence tells was put off in the past is the one gone by, or the nearest."""
    assert values(text, language, published)[words] == expected


@pytest.mark.parametrize("text, language, published, words, expected", [
    # the present perfect: called off ahead of the day
    ("The match scheduled for Saturday has been postponed.", "en", MONDAY, "Saturday", "2031-06-21"),
    # nothing failed: the plan's day ahead
    ("Le concert est prévu samedi sur la place du marché.", "fr", MONDAY, "samedi", "2031-06-21"),
    ("The hearing is due to take place on Friday.", "en", TUESDAY, "Friday", "2031-06-20"),
])
def test_plan_kept_ahead(text: str, language: str, published: dt.date, words: str, expected: str) -> None:
    """A plan's day with no failure told in the past stays ahead."""
    assert values(text, language, published)[words] == expected
