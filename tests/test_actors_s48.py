"""Actors, session 48 (issue 9, actor precision): a disease named after someone ("Crohn's disease") and a holiday of
Whitsun are no actors."""
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

