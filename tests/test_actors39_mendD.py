"""Actors, session 39 (mender D, review of 52789f2 and 897ed4f): a second organisation after "Department for X and"
is no second remit, and a country's possessive before a name's common noun is a possessive.

Every sentence was written for these tests; the actors expected were worked out by hand (sorted, as actors_of gives
them).
"""
from __future__ import annotations

import pytest

from tests.test_extract_events import actors_of, claims


@pytest.mark.parametrize("text, actors", [
    # another organisation after "and": two actors (no word of a remit opens it)
    ("The Department for Education and Ofsted said on Monday that the school would reopen.",
     ["Department for Education", "Ofsted"]),
    ("Ofsted inspected the school in June. The Department for Education and Ofsted said on Monday that the school "
     "would reopen.", ["Department for Education", "Ofsted"]),
    ("On Monday the Department for Education and Unison agreed to a new pay deal.",
     ["Department for Education", "Unison"]),
    # a country word ends the second part: another body's name
    ("The Office for Students and Universities UK said on Monday that fees would rise.",
     ["Office for Students", "Universities UK"]),
    # a remit's words after "and": one name, as the departments are written
    ("The Department for Energy Security and Net Zero said on Monday that bills would fall.",
     ["Department for Energy Security and Net Zero"]),
    ("The Department for Business and Trade said on Monday that tariffs would fall.",
     ["Department for Business and Trade"]),
    ("The Department for Culture, Media and Sport said on Monday that the library would close.",
     ["Department for Culture, Media and Sport"]),
])
def test_a_second_remit_needs_a_remit_s_word(text: str, actors: list[str]) -> None:
    assert actors_of(text, "en") == actors


def test_two_bodies_joined_by_and_speak_under_no_joined_name() -> None:
    # the sentence has two subjects: no claim is given to a name made of both
    text = "The Department for Education and Ofsted said on Monday that the school would reopen."
    assert all(speaker != "Department for Education and Ofsted" for speaker, _ in claims(text, "en"))


@pytest.mark.parametrize("text, actors", [
    # a country's possessive before a court: the court is the actor, the country is no part of its name
    ("Ireland's Court of Appeal ruled on Monday that the sale was lawful.", ["Court of Appeal"]),
    ("Kenya's Court of Appeal ruled on Monday that the sale was lawful.", ["Court of Appeal"]),
    # a country's possessive before a head of POSSESSIVE_NAME_HEADS: still the country's
    ("Britain's Hardware Federation said on Monday that sales fell by a tenth.", ["Hardware Federation"]),
    # a town the article writes as a place ("in Dunmore"): its possessive is the town's, no part of a name
    ("Flooding hit homes in Dunmore on Sunday. Dunmore's Rest Centre opened on Monday for the families.",
     ["Dunmore", "Rest Centre"]),
    # a pub and a shop named for their owner stay one name
    ("Dana Kerr, who runs the Cooper's Arms, said on Friday that trade had halved.", ["Cooper's Arms", "Dana Kerr"]),
    ("Hobson's Bakery opened on Monday in Carrow.", ["Carrow", "Hobson's Bakery"]),
])
def test_a_country_s_possessive_opens_no_name(text: str, actors: list[str]) -> None:
    assert actors_of(text, "en") == actors
