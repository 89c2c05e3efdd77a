"""Actors (issue 9), session 40: kinds of false and missed actors that unseen pages showed.

Every sentence was written for these tests; the actors expected were worked out by hand (sorted, as actors_of gives
them).
"""
from __future__ import annotations

import pytest

from tests.test_extract_events import actors_of  # every actor of a one-paragraph article (published 2025-04-03)


@pytest.mark.parametrize("text, actors", [
    # a country's acronym opens a state body's name: no label before a person
    ("The US Coast Guard said on Monday that two fishing boats had sunk off Harwick.", ["Harwick", "US Coast Guard"]),
    ("Officers from UK Border Force stopped the lorry at Dunmore on Friday.", ["Dunmore", "UK Border Force"]),
    ("The EU Fisheries Agency said on Tuesday that the quota would be cut.", ["EU Fisheries Agency"]),
    # before a title and a person, the person alone, as before
    ("US Senator Mara Quill said on Monday that the deal was dead.", ["Mara Quill"]),
])
def test_a_country_acronym_is_part_of_the_body_it_opens(text: str, actors: list[str]) -> None:
    assert actors_of(text, "en") == actors


def test_a_party_acronym_is_still_a_label_before_a_person() -> None:
    assert actors_of("Le député UDI Gaël Mersier a annoncé lundi qu'il voterait contre le budget.", "fr") \
        == ["Gaël Mersier", "UDI"]
