"""Actors (issue 9), session 40, second engineer: names cut or glued wrong on unseen pages.

Every sentence was written for these tests; the actors expected were worked out by hand (sorted, as actors_of gives
them).
"""
from __future__ import annotations

import pytest

from tests.test_extract_events import actors_of  # every actor of a one-paragraph article (published 2025-04-03)


@pytest.mark.parametrize("text, language, actors", [
    # a first name with a people's ending, no article before it: the whole name
    ("Jean Paul Marchal said on Monday that the plant would close in June.", "en", ["Jean Paul Marchal"]),
    ("The plant will close in June, Brian Lee Tolland said on Monday.", "en", ["Brian Lee Tolland"]),
    ("Julien Morvaque a annoncé lundi que l'usine fermerait en juin.", "fr", ["Julien Morvaque"]),
    ("L'usine fermera en juin, a annoncé lundi François Xavier Penhoët.", "fr", ["François Xavier Penhoët"]),
    # after an article, a region's or a town's person labels the name: the person alone
    ("Le Vosgien Pierre Ehrlen a annoncé lundi que l'usine fermerait en juin.", "fr", ["Pierre Ehrlen"]),
    ("Lundi, la Toulousaine Anne Ravel a remporté l'étape devant Claire Mounet.", "fr",
     ["Anne Ravel", "Claire Mounet"]),
    ("L'étape est revenue lundi au Lorrain Bastien Gerbaud, devant Marc Tiller.", "fr",
     ["Bastien Gerbaud", "Marc Tiller"]),
    # as before: an elided label, a listed nationality
    ("L'Aveyronnais Lucas Bravec a remporté lundi l'étape de Rodanne.", "fr", ["Lucas Bravec", "Rodanne"]),
])
def test_a_people_word_by_its_ending_labels_a_name_only_after_an_article(
        text: str, language: str, actors: list[str]) -> None:
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, actors", [
    # an infinitive and its object after a body's name: what it is asked to do, no word of its name
    ("Le préfet a demandé lundi à l'Agence régionale de santé de lever les restrictions à Vaubrac.",
     ["Agence régionale de santé", "Vaubrac"]),
    ("Les parents ont demandé mardi à la Caisse d'allocations familiales de rouvrir son guichet de Fontlac.",
     ["Caisse d'allocations familiales", "Fontlac"]),
    ("Le maire a exhorté lundi l'Office national des forêts de suspendre la coupe du bois de Sarlès.",
     ["Office national des forêts", "Sarlès"]),
    # a noun ending so keeps its place in the name, as before
    ("La Chambre de métiers a ouvert lundi un guichet à Fontlac.", ["Chambre de métiers", "Fontlac"]),
])
def test_an_infinitive_after_a_name_is_no_word_of_it(text: str, actors: list[str]) -> None:
    assert actors_of(text, "fr") == actors
