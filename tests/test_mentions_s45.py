"""Session 45 (issue 10, mentions found): a sentence without date words that tells someone carried to safety or to care,
or a complaint filed, is a support; so is a clause that tells someone carried, joined by "and" to a dated one.

Every sentence was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import Candidate, extract_events
from generator.model import Source

PUB = dt.date(2031, 9, 10)  # a Wednesday


LEADS = {"fr": "Les faits remontent à lundi.", "en": "It all began on Monday."}


def _found(text: str, language: str) -> list[Candidate]:
    """Every candidate, supports too, of a one-paragraph article published on PUB, the sentence after a dated one (a
    dated paragraph's undated sentences are no event of their own)."""
    return extract_events(Source(id="art", title="Titre", published=PUB, language=language,
                                 text=f"{LEADS[language]} {text}"), [], support=True)


@pytest.mark.parametrize("text, language", [
    # carried to safety or to care
    ("Deux spéléologues ont été hélitreuillés par la sécurité civile au-dessus du gouffre de Marsoulas.", "fr"),
    ("Le cycliste a été transporté vers le centre hospitalier de Pradines.", "fr"),
    ("Both climbers were airlifted off the north face of the Pic Ferrand.", "en"),
    # a step before the courts
    ("La mère de l'élève a porté plainte contre X auprès de la gendarmerie de Lussac.", "fr"),
    ("The landlord of the Copper Kettle has lodged a formal complaint with the council.", "en"),
])
def test_an_undated_physical_action_is_a_support_dated_by_publication(text: str, language: str) -> None:
    found = [c for c in _found(text, language) if c.quote == text]
    assert [(c.kind, c.support, c.date_basis, c.date.iso()) for c in found] == [("event", True, "published",
                                                                                 "2031-09-10")]


@pytest.mark.parametrize("text, language", [
    # no action of those kinds: a description, a feeling
    ("Le gymnase Jean-Moulin reste le plus grand de la vallée.", "fr"),
    ("The Copper Kettle is the oldest pub on the quay.", "en"),
    # the action denied, or only feared
    ("Aucun randonneur n'a été hélitreuillé cette saison.", "fr"),
    ("The wall could have collapsed at any moment.", "en"),
    # carried, but nobody to safety or to care
    ("La navette a transporté ses premiers passagers entre les deux rives.", "fr"),
    # words of those verbs in another sense
    ("The rise in the ticket price was put down to the cost of diesel.", "en"),
    ("Their group was caught in a traffic jam near the Brambury roundabout.", "en"),
])
def test_no_support_without_an_affirmed_physical_action(text: str, language: str) -> None:
    assert not [c for c in _found(text, language) if c.support and c.quote == text]


@pytest.mark.parametrize("text, language, clause", [
    ("The delivery van overturned on the ring road at Helmsby on Monday, and its driver was taken to hospital with a "
     "broken wrist.", "en", "its driver was taken to hospital with a broken wrist"),
    ("Le chalutier Ker-Avel a chaviré lundi au large de Penhir, et deux de ses marins ont été hélitreuillés par un "
     "Caïman de la Marine.", "fr", "deux de ses marins ont été hélitreuillés par un Caïman de la Marine"),
])
def test_a_clause_joined_to_a_dated_one_that_tells_someone_carried_is_a_support_of_that_date(
        text: str, language: str, clause: str) -> None:
    found = [c for c in _found(text, language) if c.quote == clause]
    assert [(c.support, c.retelling, c.date_basis, c.date.iso()) for c in found] == [(True, False, "text",
                                                                                     "2031-09-08")]


@pytest.mark.parametrize("text, language, subject", [
    ("The delivery van overturned on the ring road at Helmsby on Monday, and its driver was not taken to hospital.",
     "en", "its driver"),
    ("Le chalutier Ker-Avel a chaviré lundi au large de Penhir, et ses marins auraient pu être hélitreuillés.", "fr",
     "ses marins"),
])
def test_no_joined_support_when_the_carrying_is_denied_or_only_possible(text: str, language: str, subject: str) -> None:
    assert not [c for c in _found(text, language) if c.quote.startswith(subject)]
