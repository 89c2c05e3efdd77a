"""Actors, session 47 (issue 9, actor precision): a nationality glued to a lower-case noun by a hyphen is an adjective
("a French-language school"), no actor."""
from __future__ import annotations

import pytest

from tests.test_extract_events import extract


def _actors(text: str, language: str) -> list[str]:
    """Every actor of the facts extracted from a text."""
    return sorted({a for c in extract(text, language) for a in c.actors})


@pytest.mark.parametrize("text, adjective, someone", [
    ("The Spanish-language station will close on 1 June, its owner Tom Hale said on Monday.", "Spanish-language",
     "Tom Hale"),
    ("Parents asked the Orbury school board on Tuesday to open a French-language class, Ruth Vane said.",
     "French-language", "Ruth Vane"),
    ("The German-language edition of the Corlan Herald stopped printing in March, Ada Pell said on Friday.",
     "German-language", "Ada Pell"),
])
def test_a_nationality_made_an_adjective_is_no_actor(text: str, adjective: str, someone: str) -> None:
    found = _actors(text, "en")
    assert adjective not in found
    assert someone in found


def test_a_place_with_a_hyphen_is_still_a_name() -> None:
    # Only a nationality opens such an adjective: a town's hyphenated name stays an actor.
    found = _actors("The council of Saint-Avold voted on Monday to close the pool, Tom Hale said.", "en")
    assert "Saint-Avold" in found
