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
