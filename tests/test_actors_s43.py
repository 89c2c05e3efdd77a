"""Actors and speakers, session 43 (issue 9): labels and job words written before names.

Every sentence was written for these tests; the actors and speakers expected were worked out by hand (actors sorted,
as actors_of gives them).
"""
from __future__ import annotations

import pytest

from tests.test_extract_events import actors_of, claims


@pytest.mark.parametrize("text, actors", [
    # a party's label before its council group describes the group: no actor
    ("Tom Ellery, who leads the Green group, said on Monday that the tip would close.", ["Tom Ellery"]),
    ("Marta Kowal, whose Independent group walked out, said on Tuesday that the vote was rigged.", ["Marta Kowal"]),
    ("Liberal Democrat group leader Ruth Pask said on Friday that the depot would be sold.", ["Ruth Pask"]),
    ("The Conservative group voted against the budget on Monday, Ruth Pask said.", ["Ruth Pask"]),
    # the party named as itself, or a firm before a lower-case "group", is still one
    ("Labour said on Monday that the depot would be sold.", ["Labour"]),
    ("Kestow Holdings said on Monday that the Brannock group would buy the depot.", ["Brannock", "Kestow Holdings"]),
])
def test_a_party_label_before_its_group_is_no_actor(text: str, actors: list[str]) -> None:
    assert actors_of(text, "en") == actors


def test_the_group_leader_speaks_and_his_pronoun_is_his() -> None:
    text = ("Liberal Democrat group leader Councillor Ian Vane said the depot was a waste. "
            "\u201cWe warned them in March,\u201d he said.")
    assert [speaker for speaker, _ in claims(text, "en")] == ["Ian Vane", "Ian Vane"]


@pytest.mark.parametrize("text, speaker", [
    # a job's word glued capitalised to a name is the person's title, though a broadcaster is a firm too
    ("Broadcaster Nell Arden said on Monday that the findings were \"astonishing\".", "Nell Arden"),
    ("Broadcaster Nell Arden told reporters on Monday that the dig would go on.", "Nell Arden"),
    # after a determiner the word still reads as the name's kind: a firm whose name has a person's shape stays whole
    ("The broadcaster Nell Arden said on Monday that the dig would go on.", "Nell Arden"),
])
def test_a_job_word_that_is_a_firm_word_too_titles_a_person(text: str, speaker: str) -> None:
    assert [s for s, _ in claims(text, "en")] == [speaker]
    assert actors_of(text, "en") == [speaker]


@pytest.mark.parametrize("text, language, actors", [
    # a coined word, a capital inside it, before what a body runs (a word between at most) is the product's mark
    ("Wardens fitted new RoadEye cameras to lamp posts in Kelby on Tuesday.", "en", ["Kelby"]),
    ("Patients can now book through the CareLine appointment system, Ruth Hale said on Monday.", "en", ["Ruth Hale"]),
    # the same word written alone elsewhere is the firm; a vehicle's noun after it names its operator as before
    ("ParkLink said on Monday that 300 ParkLink devices had failed.", "en", ["ParkLink"]),
    ("Inspectors grounded six JetBlue jets on Monday.", "en", ["JetBlue"]),
    # a vehicle or a tag a service names, lower-case before it or in commas after it
    ("The charity bought a converted truck, the SmileBus, on Monday, Ruth Hale said.", "en", ["Ruth Hale"]),
    ("La commune a acheté mardi un camion équipé, le Répar'Tout, pour 80 000 euros, a indiqué Marc Aubry.", "fr",
     ["Marc Aubry"]),
    ("Les ornithologues ont posé lundi une balise Migratrack sur la grue, a indiqué Anne Roux.", "fr", ["Anne Roux"]),
    # the same words opening a name are the organisation's, and a firm after "de la société" is still one
    ("The Driver and Vehicle Licensing Agency said on Monday that the tax would rise.", "en",
     ["Driver and Vehicle Licensing Agency"]),
    ("Le camion de la société Transalp a percuté lundi un mur à Vercel.", "fr", ["Transalp", "Vercel"]),
])
def test_a_product_or_a_vehicle_a_service_names_is_no_actor(text: str, language: str, actors: list[str]) -> None:
    assert actors_of(text, language) == actors
