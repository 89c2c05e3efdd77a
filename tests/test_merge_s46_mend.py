"""Session 46 mend: « lever » lifts a measure only as a transitive verb; the noun (« au lever du soleil ») and the
reflexive (« la brume s'est levée », « se lever ») tell no lifting, so they add no action to their fact's.

Every sentence was written for these tests.
"""
from __future__ import annotations

import pytest

from generator.extract.stories import _actions
from tests.test_lexicon_s40 import _event  # a mention of one sentence: (language, quote)


@pytest.mark.parametrize("quote, action", [
    ("Les policiers ont interpellé deux cambrioleurs au lever du soleil, jeudi, à Varenne.", "arrest"),
    ("Le brouillard s'est levé vers midi et le ferry a repris ses rotations vers l'île de Sorn.", "resume"),
    ("Quand la tempête s'est levée samedi, le hangar de la coopérative de Cabrol a été détruit.", "destroy"),
    ("Les éleveurs, qui se lèvent à quatre heures, ont manifesté lundi devant la préfecture.", "protest"),
    ("Au lever du jour, les pompiers ont évacué les quarante campeurs du camping des Pins.", "evacuate"),
])
def test_the_sun_rising_or_the_wind_getting_up_lifts_nothing(quote: str, action: str) -> None:
    actions = _actions(_event("fr", quote))
    assert "lift" not in actions
    assert action in actions


def test_a_measure_lifted_is_still_lifted() -> None:
    assert "lift" in _actions(_event("fr", "Le maire a levé lundi l'arrêté de fermeture du marché couvert."))
    assert "lift" in _actions(_event("fr", "La préfecture lèvera vendredi les restrictions d'eau dans le canton."))
