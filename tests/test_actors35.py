"""Actors (issue 9, item 4), session 35: campaign groups' names, a trade opening a sentence, a speaker after a radio.

Every sentence was written for these tests; the actors expected were worked out by hand.
"""
from __future__ import annotations

import pytest

from tests.test_extract_events import actors_of  # every actor of a one-paragraph article (published 2025-04-03)


@pytest.mark.parametrize("text, language, actors", [
    # people named by their plural, then "for"/"against"/"contre" and a cause: one group; at a sentence's start only
    # after "against"/"contre" (test_actors35_mend: "Drivers for Arriva" are the firm's drivers)
    ("A petition from Parents for Quieter Roads reached the council on Monday.", "en", ["Parents for Quieter Roads"]),
    ("A group called Neighbours Against the Quarry met on Tuesday.", "en", ["Neighbours Against the Quarry"]),
    ("Les Riverains contre la Rocade ont manifesté samedi.", "fr", ["Riverains contre la Rocade"]),
    # "Friends of" a place or a thing, with or without an article
    ("Friends of the Heath said on Friday that the nesting birds had gone.", "en", ["Friends of the Heath"]),
    ("A letter from Friends of Dunmore Woods reached the council on Monday.", "en", ["Friends of Dunmore Woods"]),
    # people of a place, plans for a place, a match: no group
    ("Residents of Dunmore said on Monday the road was unsafe.", "en", ["Dunmore"]),
    ("Plans for Dunmore Park were approved on Monday.", "en", ["Dunmore Park"]),
    ("Le match Lorsac contre Mirval a eu lieu samedi.", "fr", ["Lorsac", "Mirval"]),
])
def test_a_campaign_group_named_by_people_and_their_cause_is_one_actor(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    ("Fisherman Tom Pardoe, 61, said the catch had fallen since the spring.", "en", ["Tom Pardoe"]),
    ("Pensioner Edna Marsh said on Monday that the bus had not come.", "en", ["Edna Marsh"]),
    ("Businesswoman Ann Lowry opened the shop on Monday.", "en", ["Ann Lowry"]),
    # a first name of that ending stays a first name
    ("Norman Keith Baxter said on Monday that he would stand.", "en", ["Norman Keith Baxter"]),
])
def test_a_trade_opening_a_sentence_before_a_full_name_is_no_part_of_it(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    ("« Nous ne céderons pas », a déclaré mardi au micro de Radio Vallée Marc Dupin, le président du club.", "fr",
     ["Marc Dupin", "Radio Vallée"]),
    ("« Nous partons », a dit lundi au micro de France Bleu Occitanie Paul Marty, le maire.", "fr",
     ["France Bleu Occitanie", "Paul Marty"]),
    # the radio alone before a comma keeps its whole name
    ("Le maire a parlé au micro de France Bleu Occitanie, lundi.", "fr", ["France Bleu Occitanie"]),
])
def test_a_speaker_named_right_after_a_radio_is_an_actor_of_their_own(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    # a saint's name and "de" and a town: the church or the chapel named after the saint, then its town
    ("Depuis lundi, l'horloge de l'église Saint-Roch de Valbrune ne sonne plus la nuit.", "fr",
     ["Valbrune", "église Saint-Roch"]),
    ("Les cloches de la chapelle Sainte-Anne de Kerlo ont été volées lundi.", "fr", ["Kerlo", "chapelle Sainte-Anne"]),
    # a saint's name inside a person's name stays in it
    ("Antoine de Saint-Exupéry a signé le contrat lundi.", "fr", ["Antoine de Saint-Exupéry"]),
])
def test_a_church_named_after_a_saint_and_its_town_are_two_actors(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    # a first name that is a common word stays a first name (no lower-case doer's ending opens a name: finding 14b)
    ("Amber Jane Rudd lifted the amber warning on Monday.", "en", ["Amber Jane Rudd"]),
])
def test_a_first_name_written_in_lower_case_too_stays(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    # a surname a particle opens may end on an event's word ("Tour"): the person's name still
    ("« C'est fini », a déclaré lundi le maire Paul de La Tour.", "fr", ["Paul de La Tour"]),
    ("Anne de La Tour a signé lundi l'arrêté.", "fr", ["Anne de La Tour"]),
    # an event's name with no particle stays an event
    ("Le Tour de France passera par Lorsac en juillet.", "fr", ["Lorsac"]),
])
def test_a_surname_opened_by_a_particle_is_no_event(text, language, actors):
    assert actors_of(text, language) == actors
