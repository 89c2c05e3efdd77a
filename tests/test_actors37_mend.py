"""Actors, session 37 mend (review finding 2): a French body's name stops at its plural remit.

Every sentence was written for these tests; the actors expected were worked out by hand.
"""
from __future__ import annotations

import pytest

from tests.test_extract_events import actors_of  # every actor of a one-paragraph article (published 2025-04-03)


@pytest.mark.parametrize("text, actors", [
    # a verb in the singular after a remit is no adjective of it
    ("La direction des Péages indique lundi que le tarif augmentera.", ["direction des Péages"]),
    ("Le service des Sports rappelle que la piscine fermera en août.", ["service des Sports"]),
    ("La chambre des Notaires estime que la réforme arrive trop tard.", ["chambre des Notaires"]),
    # a plural adjective still belongs to it
    ("La direction des Affaires sanitaires a publié lundi un arrêté.", ["direction des Affaires sanitaires"]),
    # "et" and a second actor's name: two actors; "et" and a second plural remit: one
    ("Le service des Ports et Valmarine ont signé lundi un accord.", ["Valmarine", "service des Ports"]),
    ("Le service des Digues et Canaux a annoncé lundi la fermeture du quai.", ["service des Digues et Canaux"]),
    # after « l' »
    ("L'office des Marais a annoncé lundi la fermeture du sentier.", ["office des Marais"]),
    # a nationality is no qualifier of a kind
    ("La fromagerie française de Bréhal a fermé lundi. Bréhal emploie trente salariés.", ["Bréhal"]),
])
def test_body_name_stops_at_its_remit(text: str, actors: list[str]) -> None:
    """The body's name, and nothing of the sentence after it."""
    assert sorted(actors_of(text, "fr")) == sorted(actors)
