"""Actors, session 48 (issue 9, actor precision): a disease named after someone ("Crohn's disease") and a holiday of
Whitsun are no actors; a family firm is named with its lower-case words (« Bourrel frères »); « les Vautrin » is a
family, no place."""
from __future__ import annotations

import pytest

from tests.test_actors_s42 import sentence_names


@pytest.mark.parametrize(("text", "expected"), [
    ("People with Crohn’s disease were shut out, the Bowel Health Trust said.", ["Bowel Health Trust"]),
    ("At Polmear we had a case of Weil's disease in 2082, Kerenza Polglase said.", ["Polmear", "Kerenza Polglase"]),
    ("Children with Down's syndrome will keep their place, Ruth Vane said.", ["Ruth Vane"]),
    # a possessive before any other noun is its owner's: the council stays an actor
    ("Carrow Council's infection control team visited the home, Ann Hale said.", ["Carrow Council", "Ann Hale"]),
])
def test_a_disease_named_after_someone_is_no_actor(text: str, expected: list[str]) -> None:
    assert sentence_names(text, "en") == expected


@pytest.mark.parametrize("text", [
    "The line was started on the day after Whit Monday, Tom Hale said.",
    "Two more shops will go by Whitsun, said Tom Hale.",
])
def test_whitsun_is_no_actor(text: str) -> None:
    assert sentence_names(text, "en") == ["Tom Hale"]



@pytest.mark.parametrize(("text", "expected"), [
    ("Les premiers travaux, confiés à l'entreprise Bourrel frères, commenceront le 25 juin.", ["Bourrel frères"]),
    ("L'entreprise Sabatous et fils, chargée du gros œuvre, met en cause les grèves.", ["Sabatous et fils"]),
    ("Les travaux ont été confiés à Martin père et fils, a indiqué le maire, Paul Roux.",
     ["Martin père et fils", "Paul Roux"]),
])
def test_a_family_firm_is_named_with_its_lower_case_words(text: str, expected: list[str]) -> None:
    assert sentence_names(text, "fr") == expected



def test_a_family_named_with_les_keeps_its_peoples_first_names() -> None:
    # « les Vautrin » is the family (their shared surname): its two members stay people, and the first name alone
    # is one of them
    text = ("Claire Vautrin, qui exploite la ferme avec son frère Julien depuis 2088, a lu un communiqué. | "
            "Les élèves ont dessiné une carte pour les Vautrin. | "
            "La fête « ne pourra pas avoir lieu », reconnaît Julien Vautrin.")
    assert sentence_names(text, "fr") == ["Claire Vautrin", "Julien Vautrin", "Vautrin", "Julien Vautrin"]
