"""Session 46 mend: a doping product's acronym is no actor only where the sentence makes it a substance ("positive
for", « des traces de »); the same capitals elsewhere may be a body's (the European Patent Office's EPO)."""
from __future__ import annotations

import pytest

from tests.test_extract_events import extract


def _actors(text: str, language: str) -> list[str]:
    """Every actor of the facts extracted from a text."""
    return sorted({a for c in extract(text, language) for a in c.actors})


@pytest.mark.parametrize("text, language, body", [
    ("The EPO refused the Harlow firm's patent for a folding bicycle on Tuesday, a spokesman said.", "en", "EPO"),
    ("The THC, the county's heritage trust, bought the old mill at Dunford on Friday.", "en", "THC"),
    ("L'EPO a rejeté jeudi le brevet déposé par la start-up lyonnaise, a indiqué son porte-parole.", "fr", "EPO"),
])
def test_the_same_capitals_as_a_body_stay_an_actor(text: str, language: str, body: str) -> None:
    assert body in _actors(text, language)


@pytest.mark.parametrize("text, language, thing, someone", [
    ("The cyclist Dan Pryce tested positive for THC after the stage, his team said on Wednesday.", "en", "THC",
     "Dan Pryce"),
    ("Traces of HGH were found in samples taken from Dan Pryce in March, the federation said on Monday.", "en", "HGH",
     "Dan Pryce"),
    ("Des traces de THC ont été retrouvées dans les urines de Marc Aubry, a annoncé l'agence mardi.", "fr", "THC",
     "Marc Aubry"),
    ("La cycliste Léa Morand, contrôlée positive à l'EPO en juin, a été suspendue mardi.", "fr", "EPO", "Léa Morand"),
])
def test_a_substance_where_the_sentence_says_so_is_no_actor(text: str, language: str, thing: str,
                                                             someone: str) -> None:
    found = _actors(text, language)
    assert thing not in found
    assert someone in found


def test_a_drug_made_in_a_laboratory_is_no_actor() -> None:
    found = _actors("The second sample showed synthetic HGH, the laboratory's director, Ana Webb, said on Friday.",
                    "en")
    assert "HGH" not in found and "Ana Webb" in found
