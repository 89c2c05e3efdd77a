"""Session 48 review mend (mend3s48), dates: a weekend after a bound is this week's only when nothing names another
one after it (« jusqu'au week-end de Pâques », « du 5 février », « suivant ») and, after "by", when its phrase ends
("run by the weekend staff" is an agent)."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates

WEDNESDAY = dt.date(2078, 1, 26)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("La rue restera fermée jusqu'au week-end du 5 février.", "fr", ["2078-02-05"]),
    ("La rue restera fermée jusqu'au week-end des 5 et 6 février.", "fr", ["2078-02-05"]),
    ("La rue restera fermée jusqu'au week-end du 14-Juillet.", "fr", ["2078-07-14"]),
    ("La rue restera fermée jusqu'au week-end de Pâques.", "fr", []),
    ("Les travaux seront finis d'ici le week-end de Pâques.", "fr", []),
    ("La rue restera fermée jusqu'au week-end suivant.", "fr", []),
    ("La rue restera fermée jusqu'au week-end prochain.", "fr", []),
    ("The café is run by the weekend staff.", "en", []),
    # the phrase ends: this week's Saturday
    ("La rue restera fermée jusqu'au week-end.", "fr", ["2078-01-29"]),
    ("It will be done by the weekend and then sold.", "en", ["2078-01-29"]),
])
def test_a_weekend_after_a_bound_needs_no_complement(text: str, language: str, expected: list[str]) -> None:
    assert [m.value for m in tag_dates(text, WEDNESDAY, language)] == expected
