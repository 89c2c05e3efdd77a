"""Merging (issue 10), session 39: the permits an authority grants meet across languages."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.dates import TimelineDate
from generator.extract.events import Candidate
from generator.extract.stories import _actions, mention, similarity


def _event(source: str, language: str, quote: str):
    """A mention dated 2031-05-06 in an article of 2031-05-08, for the signals merging reads."""
    candidate = Candidate(id=f"{source}-x", source=source, title="t", date=TimelineDate.parse("2031-05-06"),
                          kind="event", quote=quote, date_basis="text", date_text="")
    return mention(candidate, dt.date(2031, 5, 8), language)


@pytest.mark.parametrize("french, english", [
    ("La mairie a retiré l'autorisation du cirque.", "The town hall withdrew the circus's authorisation."),
    ("La ligue a refusé sa licence au club.", "The league refused the club its licence."),
    ("Le tribunal a annulé le permis de construire du lotissement.",
     "The court cancelled the housing estate's building permit."),
    ("Le permis de la scierie expire en juin.", "The sawmill's consent expires in June."),
])
def test_a_permit_is_one_concept_in_both_languages(french: str, english: str) -> None:
    # Issue 10: « l'autorisation », « sa licence », « le permis » and "permit", "licence", "consent" shared no
    # word, so the two tellings of one decision could not meet.
    assert "permit" in _event("a", "fr", french).concepts & _event("b", "en", english).concepts


@pytest.mark.parametrize("language, quote", [
    ("fr", "Ce dispositif a permis de loger quarante familles."),
    ("en", "The coach left the club by mutual consent."),
])
def test_what_was_allowed_and_a_mutual_consent_are_no_permit(language: str, quote: str) -> None:
    assert "permit" not in _event("a", language, quote).concepts


def test_a_permit_granted_is_told_by_one_action_in_both_languages() -> None:
    # « accordé » is no « accord » (a deal): read as one, the French telling's action was an agreement, the English
    # one's a grant, and two actions with none in common hold a pair apart.
    french = _event("a", "fr", "La dérogation avait été accordée par la préfète à la carrière.")
    english = _event("b", "en", "The prefect had granted the quarry an exemption.")
    assert _actions(french) == _actions(english) == frozenset({"grant"})


def test_two_tellings_of_one_permit_granted_share_what_happened() -> None:
    # Before: no word in common, a similarity of 0 whatever the day.
    french = _event("a", "fr", "Le permis de la scierie a été accordé mardi.")
    english = _event("b", "en", "The sawmill was granted its licence.")
    assert similarity(french, english) > 0
