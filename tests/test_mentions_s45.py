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
    # review 45, item 8: denied by its subject
    ("The school minibus skidded off the lane at Corrow on Monday, and nobody was taken to hospital.", "en", "nobody"),
])
def test_no_joined_support_when_the_carrying_is_denied_or_only_possible(text: str, language: str, subject: str) -> None:
    assert not [c for c in _found(text, language) if c.quote.startswith(subject)]


@pytest.mark.parametrize("text, language", [
    # review 45, item 8: the action denied through its subject
    ("No one was rushed to hospital from the Hollins Cross campsite.", "en"),
    ("None of the cavers were airlifted out of the pothole.", "en"),
    # a habit or a present description, not an action told once
    ("Chaque été, des baigneurs imprudents sont hélitreuillés au large de la pointe du Grouin.", "fr"),
    ("Autrefois, les skieurs de la station étaient héliportés jusqu'au sommet.", "fr"),
    ("Every summer a few swimmers are airlifted off the point at Carrow Bay.", "en"),
    ("Stranded sheep are winched off the cliff by the coastguard.", "en"),
    ("Every winter, lost walkers were winched off the ridge by the same crew.", "en"),
    # goods carried, nobody to care
    ("Les gravats du chantier ont été transportés à la carrière de Saint-Ouen.", "fr"),
    ("Le foin est transporté aux granges de la vallée par tracteur.", "fr"),
])
def test_no_support_for_a_denied_habitual_or_goods_carrying_action(text: str, language: str) -> None:
    assert not [c for c in _found(text, language) if c.support and c.quote == text]


@pytest.mark.parametrize("text, language", [
    # carried to care, told once, stays a support
    ("La conductrice du bus a été transportée aux urgences du CHU de Vernac.", "fr"),
    ("Un promeneur s'est fait hélitreuiller au-dessus des gorges de la Sioule.", "fr"),
    ("A coastguard helicopter winched two kayakers off Carrow Point.", "en"),
])
def test_a_told_carrying_to_care_stays_a_support(text: str, language: str) -> None:
    found = [c for c in _found(text, language) if c.quote == text]
    assert [(c.support, c.date_basis) for c in found] == [(True, "published")]
