"""Actors, session 49, review 49-2 of cf79f43 and 78341c8 (issue 9, part of a longer name): "for the" / « et de »
join a field by default, refused on a body's, an event's or a title's word, an acronym, a country or a person; a
body named after a person keeps its capitalised adjective and the person's name ("l'École Élémentaire Jules Ferry")."""
from __future__ import annotations

import pytest

from tests.test_actors_s42 import sentence_names


@pytest.mark.parametrize(("text", "language", "expected"), [
    # review 49-2, finding 3: a field after "for the" has no word of its own to show it
    ("The Centre for the Study of Democracy said no.", "en", ["Centre for the Study of Democracy"]),
    ("The Institute for the Future said no.", "en", ["Institute for the Future"]),
    ("The Commission for the Future of Wales said no.", "en", ["Commission for the Future of Wales"]),
    ("The Trust for the Blind said no.", "en", ["Trust for the Blind"]),
    ("La Fédération de la Chasse et de la Pêche de l'Aude a dit non.", "fr",
     ["Fédération de la Chasse et de la Pêche de l'Aude"]),
    # of our own: a lone organisation's word names nobody, a field with its complement
    ("The Foundation for the Deaf opened a new centre.", "en", ["Foundation for the Deaf"]),
    # still apart (guards, passing before too): an acronym, a body, a person after it
    ("A grant from the Council for the NHS was approved.", "en", ["NHS"]),
    ("A grant from the Council for the Harbour Trust was approved.", "en", ["Harbour Trust"]),
])
def test_for_the_joins_a_field_by_default(text: str, language: str, expected: list[str]) -> None:
    assert sentence_names(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # review 49-2, finding 4: a capitalised adjective after the body's word, then the person it is named after
    ("La directrice de l'École Élémentaire Jules Ferry a dit non.", "fr", ["École Élémentaire Jules Ferry"]),
    ("Le directeur de l'Hôpital Privé Jean Mermoz a dit non.", "fr", ["Hôpital Privé Jean Mermoz"]),
    ("Le président du Centre Hospitalier Jacques Cœur a dit non.", "fr", ["Centre Hospitalier Jacques Cœur"]),
    ("La directrice du Groupe Scolaire Jean Jaurès a dit non.", "fr", ["Groupe Scolaire Jean Jaurès"]),
    # of our own
    ("La directrice de l'École Maternelle Louise Michel a dit non.", "fr", ["École Maternelle Louise Michel"]),
    ("Le directeur du Centre Culturel Jean Vilar a dit non.", "fr", ["Centre Culturel Jean Vilar"]),
    # a proper name in the head still parts it from its holder (guards, passing before too)
    ("Carrow Council Mayor Tom Hale said no.", "en", ["Carrow Council", "Tom Hale"]),
    ("La présidente de la Région Occitanie Carole Delga a dit non.", "fr", ["Région Occitanie", "Carole Delga"]),
])
def test_body_named_after_a_person_stays_whole(text: str, language: str, expected: list[str]) -> None:
    assert sentence_names(text, language) == expected
