"""Session 46 mend 3: a company is a substance only where the words before it say so, and in that mention only;
a reflexive « lever » with an adverb inside, or the weather lifting, lifts no measure.

Every sentence was written for these tests.
"""
from __future__ import annotations

import pytest

from generator.extract.stories import _actions
from tests.test_extract_events import extract
from tests.test_lexicon_s40 import _event  # a mention of one sentence: (language, quote)


def _actors(text: str, language: str) -> list[str]:
    """Every actor of the facts extracted from a text."""
    return sorted({a for c in extract(text, language) for a in c.actors})


@pytest.mark.parametrize("text, language, firm", [
    ("Most pensioners in Marlow had two doses of Novagen by March. Novagen said on Tuesday it would open a "
     "laboratory in Dunford.", "en", "Novagen"),
    ("The appeal court's decision was positive for Castellane. Castellane said on Monday it would hire 300 "
     "engineers in Harlow.", "en", "Castellane"),
    ("La plupart des habitants ont reçu deux doses de Novagen au printemps. Novagen a annoncé lundi la construction "
     "d'une usine à Vierzon.", "fr", "Novagen"),
    ("Injections of Halvard capital kept the yard afloat. Halvard said on Friday it would sell the yard to a "
     "Dutch group.", "en", "Halvard"),
])
def test_a_firm_after_doses_of_or_positive_for_stays_an_actor(text: str, language: str, firm: str) -> None:
    assert firm in _actors(text, language)


def test_a_substance_s_name_elsewhere_in_the_article_is_read_there() -> None:
    """The mention after "tested positive for" is a substance; the same name elsewhere is read on its own."""
    text = ("The rider Tom Ashby tested positive for ZRT after the stage, his team said on Wednesday. "
            "ZRT, the regional transport board, said on Thursday it would add buses to Harlow.")
    assert "ZRT" in _actors(text, "en")
    assert "ZRT" not in _actors("The rider Tom Ashby tested positive for ZRT after the stage, his team said on "
                                "Wednesday.", "en")


@pytest.mark.parametrize("language, quote, action", [
    ("fr", "Le vent s'est brusquement levé et l'incendie a détruit trois hangars à Cabrol.", "destroy"),
    ("fr", "Le brouillard s'était enfin levé quand le ferry a repris ses rotations vers Sorn.", "resume"),
    ("en", "The fog lifted around noon and the ferry to Sorn resumed its crossings.", "resume"),
    ("en", "The mist had slowly lifted when firefighters evacuated the campsite at Penmor.", "evacuate"),
])
def test_the_wind_rising_or_the_fog_lifting_lifts_nothing(language: str, quote: str, action: str) -> None:
    actions = _actions(_event(language, quote))
    assert "lift" not in actions
    assert action in actions


def test_a_ban_lifted_is_still_lifted() -> None:
    assert "lift" in _actions(_event("en", "The council lifted the fog-horn ban on Monday."))
    assert "lift" in _actions(_event("fr", "Le préfet a finalement levé l'arrêté d'interdiction lundi."))
