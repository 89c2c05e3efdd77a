"""Actors (issue 9, item 4), session 37: a French public body's name runs over its lower-case kind and "des".

Every sentence was written for these tests; the actors expected were worked out by hand.
"""
from __future__ import annotations

import pytest

from tests.test_extract_events import actors_of  # every actor of a one-paragraph article (published 2025-04-03)


@pytest.mark.parametrize("text, actors", [
    # a body's lower-case kind, "des", then its remit, capitalised on its first word only: one name
    ("La direction des Affaires portuaires a indiqué mardi que le quai serait fermé.",
     ["direction des Affaires portuaires"]),
    ("Le syndicat mixte des Hautes-Combes a voté lundi la hausse du tarif.", ["syndicat mixte des Hautes-Combes"]),
    # two words of the remit joined by "et"
    ("Le service des Digues et Canaux a annoncé lundi la fermeture du quai.", ["service des Digues et Canaux"]),
    # a museum is a facility: named by its own words after "des", after someone, or in its town after "de"
    ("Le tableau avait été prêté au musée des Beaux-Arts de Vernac en mai.", ["musée des Beaux-Arts de Vernac"]),
    ("Le musée Delmas a rouvert ses portes lundi.", ["musée Delmas"]),
    ("Le musée de Lorsac a rouvert ses portes lundi.", ["Lorsac"]),
    # a kind's qualifier that is a name's own adjective ("maritime", "mixte")
    ("La préfecture maritime de la Manche-Sud a publié mardi un arrêté.", ["préfecture maritime de la Manche-Sud"]),
])
def test_a_public_bodys_lower_case_kind_and_des_open_its_name(text, actors):
    assert actors_of(text, "fr") == actors


@pytest.mark.parametrize("text, actors", [
    # after "de", the body's kind is a part of what follows: a firm's management, named by the firm
    ("La direction de Valtrane a annoncé lundi un plan social.", ["Valtrane"]),
    # after "des", a name capitalised on every word is a firm's: its management again
    ("La direction des Grands Magasins Verlaine a annoncé lundi un plan social.", ["Grands Magasins Verlaine"]),
    # a name after "et" that goes on is a second actor
    ("Le syndicat mixte des Hautes-Combes et Marc Dupin ont signé lundi la convention.",
     ["Marc Dupin", "syndicat mixte des Hautes-Combes"]),
])
def test_a_firms_name_after_a_bodys_kind_stays_the_firms(text, actors):
    assert actors_of(text, "fr") == actors


@pytest.mark.parametrize("text, actors", [
    # an acronym spells a word's accented initial without its accent: the name and its acronym are one actor
    ("Le rapport a été confié au Haut Conseil de l'évaluation des lycées (HCEL) en mai. Le HCEL a rendu ses "
     "conclusions lundi.", ["Haut Conseil de l'évaluation des lycées"]),
    ("L'Établissement public foncier de la Vorle (EPFV) a racheté le terrain lundi. L'EPFV le revendra.",
     ["Établissement public foncier de la Vorle"]),
    ("La liste a été publiée mardi par l'Union étudiante de Lorsac (UEL).", ["Union étudiante de Lorsac"]),
])
def test_an_acronym_spells_an_accented_initial_without_its_accent(text, actors):
    assert actors_of(text, "fr") == actors
