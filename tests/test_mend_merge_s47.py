"""Session 47 mend of merging: « ferme » after a length of time is a prison term, not a closure.

Every sentence was written for these tests.
"""
from __future__ import annotations

import pytest

from generator.extract.stories import _actions
from tests.test_lexicon_s40 import _event  # a mention of one sentence: (language, quote)


@pytest.mark.parametrize("quote", [
    "Le parquet de Valbrune avait requis deux ans ferme contre l'ancien trésorier du club.",
    "Le chauffeur a été condamné jeudi à dix-huit mois de prison ferme.",
    "Contre le gérant de la discothèque, l'avocate générale a demandé trois mois ferme.",
])
def test_a_prison_term_without_suspension_closes_nothing(quote: str) -> None:
    m = _event("fr", quote)
    assert "close" not in m.concepts
    assert "closing" not in _actions(m)
    assert "prison" in m.concepts


def test_what_is_closed_stays_closed() -> None:
    assert "close" in _event("fr", "La mairie ferme la piscine municipale de Valbrune lundi.").concepts
    assert "close" in _event("fr", "La route départementale restera deux jours fermée.").concepts
