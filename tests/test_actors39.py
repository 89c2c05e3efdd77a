"""Actors (issue 9, item 4), session 39: a possessive inside a name (a place or a shop named by its owner, a title's,
a saint's after a town) and a facility's kind of several words before the name it is known by.

Every sentence was written for these tests; the actors expected were worked out by hand (sorted, as actors_of gives
them).
"""
from __future__ import annotations

import pytest

from tests.test_extract_events import actors_of  # every actor of a one-paragraph article (published 2025-04-03)


@pytest.mark.parametrize("text, actors", [
    # one word's possessive, then a place's or a shop's common noun: one name
    ("Water ran into Fletcher's Yard on Monday and flooded Hobson's Bakery, the fire service said.",
     ["Fletcher's Yard", "Hobson's Bakery"]),
    ("Dana Kerr, who runs the Miller's Arms, said on Friday that trade had halved.", ["Dana Kerr", "Miller's Arms"]),
    # a title's possessive: the title names nobody there
    ("A judge at the Court of Queen's Bench in Marlow ruled on Tuesday that the vote stands.",
     ["Court of Queen's Bench", "Marlow"]),
    ("The Trade Commissioner's Office said on Monday that it would review the tariffs.",
     ["Trade Commissioner's Office"]),
    # a saint's possessive after the town's name
    ("Pupils of Dunford St Aidan's Primary School were sent home on Monday.", ["Dunford St Aidan's Primary School"]),
])
def test_a_possessive_inside_a_name_keeps_it_whole(text: str, actors: list[str]) -> None:
    assert actors_of(text, "en") == actors


@pytest.mark.parametrize("text, actors", [
    # the sentence's capitalised "The" is no word of the owner's: "Fiddler" alone owns, so the name is whole (review
    # 39 of 897ed4f: it was "Fiddler" and "Rest")
    ("The Fiddler's Rest reopened on Monday after a fire.", ["Fiddler's Rest"]),
    ("The Wheelwright's Yard flats were sold on Monday.", ["Wheelwright's Yard"]),
    # a title's possessive after it too ("The King's": no person "King" with a first name "The")
    ("The King's Arms reopened on Monday after a fire.", ["King's Arms"]),
])
def test_a_possessive_name_opening_the_sentence_keeps_it_whole(text: str, actors: list[str]) -> None:
    assert actors_of(text, "en") == actors


@pytest.mark.parametrize("text, actors", [
    # an owner's possessive before a proper name or a product: two names
    ("Harwick Mills said on Monday that Brenda's Ferrari was found in Carrow's Westgate car park.",
     ["Brenda", "Carrow", "Ferrari", "Harwick Mills", "Westgate"]),
    # a person's possessive whose surname is a title's word is hers
    ("Anna Bishop's Volvo was found on Monday in Carrow.", ["Anna Bishop", "Carrow", "Volvo"]),
])
def test_a_possessive_between_two_names_cuts_them(text: str, actors: list[str]) -> None:
    assert actors_of(text, "en") == actors


@pytest.mark.parametrize("text, actors", [
    # a facility's kind of several words before its namesake: the whole is the place
    ("Le concert de samedi est déplacé à la salle des fêtes Marcel-Pagnol, a annoncé la mairie lundi.",
     ["salle des fêtes Marcel-Pagnol"]),
    ("Le palais des sports Émile-Zola fermera en juin pour des travaux, selon Julie Marchand.",
     ["Julie Marchand", "palais des sports Émile-Zola"]),
    # after "de", its town: the place is in the town, as before
    ("La réunion aura lieu lundi à la salle des fêtes de Cordemont.", ["Cordemont"]),
])
def test_a_facility_of_several_words_holds_its_namesake(text: str, actors: list[str]) -> None:
    assert actors_of(text, "fr") == actors


@pytest.mark.parametrize("text, actors", [
    # a public body's acronym, "de" and its seat: one body
    ("Le nourrisson a été transféré lundi au CHU de Valmerel, a indiqué la préfecture.", ["CHU de Valmerel"]),
    ("La CCI de la Basse-Orne a présenté lundi son budget.", ["CCI de la Basse-Orne"]),
    # a union's acronym before a firm is its branch there: the union and the firm
    ("La CGT de Valtrane a appelé lundi à la grève.", ["CGT", "Valtrane"]),
])
def test_a_public_body_s_acronym_holds_its_seat(text: str, actors: list[str]) -> None:
    assert actors_of(text, "fr") == actors


@pytest.mark.parametrize("text, actors", [
    # after an organisation's word and "for", a second matter joined by "and" without a comma is its name too
    ("The Department for Work and Pensions said on Monday that payments would rise in April.",
     ["Department for Work and Pensions"]),
    ("The Office for Roads and Transport confirmed on Tuesday that the towpath would close.",
     ["Office for Roads and Transport"]),
    # a person or another organisation after "and" is another actor
    ("The Department for Transport and Carrow Council agreed on Monday to share the cost.",
     ["Carrow Council", "Department for Transport"]),
    ("The Department for Education and Jo Rees said on Monday that the school would reopen.",
     ["Department for Education", "Jo Rees"]),
    # "of" joins no second matter: "the Bank of England and Barclays" are two
    ("The Bank of England and Barclays said on Monday that rates would hold.", ["Bank of England", "Barclays"]),
])
def test_two_matters_after_for_are_one_name(text: str, actors: list[str]) -> None:
    assert actors_of(text, "en") == actors


@pytest.mark.parametrize("text, actors", [
    # a name written with its article mid-sentence, then its last word alone: one actor, as the article names it
    ("The chain Halvard Loisirs made an offer for Les Salles Morvan on Monday. Morvan said in March that it would "
     "close two of its screens.", ["Halvard Loisirs", "Les Salles Morvan"]),
    ("On Monday the court handed Les Salles Morvan to a family firm. Morvan had closed two screens in March.",
     ["Les Salles Morvan"]),
])
def test_a_short_form_names_the_full_name_with_its_article(text: str, actors: list[str]) -> None:
    assert actors_of(text, "en") == actors


@pytest.mark.parametrize("text, actors", [
    # a racecourse, a cable car named by the place they serve, "de la" and its name: the whole is the place
    ("Les courses de l'hippodrome de la Brandière sont annulées samedi, a annoncé Paul Marty.",
     ["Paul Marty", "hippodrome de la Brandière"]),
    ("Le téléphérique de la Pointe Grise est fermé depuis lundi.", ["téléphérique de la Pointe Grise"]),
    # after "de" alone, as for a pool: its town
    ("Le téléphérique de Vallonce est fermé depuis lundi.", ["Vallonce"]),
])
def test_a_racecourse_and_a_cable_car_are_facilities(text: str, actors: list[str]) -> None:
    assert actors_of(text, "fr") == actors


@pytest.mark.parametrize("text, actors", [
    # a unit of an administration, "de la" or "du" and its capitalised remit: the unit is the actor
    ("Le service de la Propreté a retiré mardi les dépôts sauvages, selon Marc Vidal.",
     ["Marc Vidal", "service de la Propreté"]),
    ("La direction du Tourisme a publié lundi ses chiffres.", ["direction du Tourisme"]),
    # "de la" after any body's kind: the body
    ("L'agence de la Biodiversité a lancé mercredi une campagne.", ["agence de la Biodiversité"]),
    # after another kind, "du" names its owner: that one is the actor
    ("Le comité syndical du Smirom a voté jeudi la hausse de la redevance.", ["Smirom"]),
])
def test_a_unit_of_an_administration_takes_de_la_and_du(text: str, actors: list[str]) -> None:
    assert actors_of(text, "fr") == actors


@pytest.mark.parametrize("text, actors", [
    # two places joined by "and" before an emergency service's word: one service's name
    ("Officers from Brayford and Linmouth Police arrested two men on Sunday.", ["Brayford and Linmouth Police"]),
    ("Crews from Ashcombe and Tarnley Fire and Rescue Service put out the fire on Monday.",
     ["Ashcombe and Tarnley Fire and Rescue Service"]),
    # two services of one place each stay two
    ("Officers from Brayford Police and Linmouth Police arrested two men on Sunday.",
     ["Brayford Police", "Linmouth Police"]),
])
def test_two_places_joined_before_a_service_are_its_name(text: str, actors: list[str]) -> None:
    assert actors_of(text, "en") == actors
