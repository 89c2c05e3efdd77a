"""Actors, session 46 (issue 9, actor precision): the germ of a health scare, by its Latin genus capitalised alone, and
a doping substance's acronym name nobody."""
from __future__ import annotations

import pytest

from tests.test_extract_events import extract


def _actors(text: str, language: str) -> list[str]:
    """Every actor of the facts extracted from a text."""
    return sorted({a for c in extract(text, language) for a in c.actors})


@pytest.mark.parametrize("text, language, thing, someone", [
    ("Inspectors found Legionella in the cooling tower of the Bramley laundry, Tom Hale said on Monday.", "en",
     "Legionella", "Tom Hale"),
    ("Les analyses de Paul Vidal ont confirmé lundi la présence de Pseudomonas aeruginosa dans l'eau des thermes.",
     "fr", "Pseudomonas", "Paul Vidal"),
    ("The runner Tom Hale tested positive for EPO after the race, the agency said on Monday.", "en", "EPO",
     "Tom Hale"),
    ("Le coureur Paul Vidal a été contrôlé positif à l'EPO après sa victoire, lundi.", "fr", "EPO", "Paul Vidal"),
])
def test_a_germ_or_a_doping_substance_is_no_actor(text: str, language: str, thing: str, someone: str) -> None:
    found = _actors(text, language)
    assert thing not in found
    assert someone in found  # the people of the sentence still are
