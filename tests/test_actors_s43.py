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
