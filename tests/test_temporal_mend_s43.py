"""Review 43's date findings, mended: each value worked out by hand against a calendar.

D1: between a verb of saying and its date, only whom it was said to lets the verb date the date; a gap that holds
the thing said (its topic, its object, a reported clause) leaves the date to what was said.
"""
from __future__ import annotations

import pytest

# Wednesday 14 November 2035: March 2036 is four months ahead, March 2035 eight months back
from tests.test_temporal_s43 import NOV, values


@pytest.mark.parametrize("text, language", [
    # a topic after "of", a reported clause opened by its subject pronoun, an object after the audience
    ("The weather service warned of frosts in March.", "en"),
    ("The union warned bosses of strikes in March.", "en"),
    ("The baker told customers he retires in March.", "en"),
    ("La directrice a annoncé aux familles une fusion en mars.", "fr"),
    ("Le club a confirmé au Progrès son déménagement en mars.", "fr"),
    ("Le gérant a indiqué aux clients fermer en mars.", "fr"),
])
def test_what_was_said_in_the_gap_keeps_its_date_ahead(text: str, language: str) -> None:
    assert values(text, NOV, language) == ["2036-03"]


@pytest.mark.parametrize("text, language", [
    ("The baker told customers in March that he would close.", "en"),
    ("The trust told the parish council in March that the chapel would reopen.", "en"),
    ("The trust told BBC Radio Derby in March that the chapel would reopen.", "en"),
    ("The trust told them in March that the chapel would reopen.", "en"),
    ("The trust said in a short statement in March that the chapel would reopen.", "en"),
    ("La directrice a indiqué aux familles en mars que les classes fusionneraient.", "fr"),
    ("La directrice a indiqué à l'inspection académique en mars que les classes fusionneraient.", "fr"),
    ("La directrice a indiqué à Paul Roux en mars que les classes fusionneraient.", "fr"),
    ("La directrice a averti les parents en mars.", "fr"),
])
def test_whom_it_was_said_to_still_dates_the_month_gone_by(text: str, language: str) -> None:
    assert values(text, NOV, language) == ["2035-03"]


@pytest.mark.parametrize("text, language, expected", [
    # D2: a normal year weighed against a dated fact after "than" / « que » is no habit: the fact keeps its date
    ("The meadows flooded in March, earlier than in a normal year.", "en", ["2035-03"]),
    ("The ferry carried more cars in March than in most years.", "en", ["2035-03"]),
    ("The ferry was more than usually full in March.", "en", ["2035-03"]),
    ("Le port a accueilli plus de voiliers en mars qu'une année normale.", "fr", ["2035-03"]),
    ("Le bac a transporté plus de voitures en mars que d'habitude.", "fr", ["2035-03"]),
    ("Le bac a transporté plus de voitures en mars qu'en temps normal.", "fr", ["2035-03"]),
    # the habit itself still dates nothing
    ("The lake freezes over in March in a normal year.", "en", []),
    ("Le lac gèle en mars d'habitude.", "fr", []),
])
def test_a_normal_year_weighed_against_keeps_the_date(text: str, language: str, expected: list[str]) -> None:
    assert values(text, NOV, language) == expected
