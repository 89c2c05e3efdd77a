"""Actors (issue 9, item 4), session 38: a job noun opening a sentence before a name is the name's label, not its
first word.

Every sentence was written for these tests; the actors expected were worked out by hand.
"""
from __future__ import annotations

import pytest

from tests.test_extract_events import actors_of  # every actor of a one-paragraph article (published 2025-04-03)


@pytest.mark.parametrize("text, actors", [
    # a rank of a fire service ("Watch Manager", "Station Manager") before a person's full name
    ("Watch Manager Dina Okafor said on Tuesday that two engines had attended.", ["Dina Okafor"]),
    # a trade before a firm's name and a person's
    ("Contractor Hallam Groundworks said on Monday that the bridge would reopen in June.", ["Hallam Groundworks"]),
    ("Operator Westline Coaches said on Friday it would cut the evening service.", ["Westline Coaches"]),
])
def test_a_job_noun_opening_a_sentence_is_no_part_of_the_name(text, actors):
    assert actors_of(text, "en") == actors


@pytest.mark.parametrize("text, actors", [
    # the same nouns inside the sentence, lower-case, change nothing
    ("On Monday the contractor, Hallam Groundworks, said the bridge would reopen in June.", ["Hallam Groundworks"]),
    # a job noun that is a common surname too ("singer") stays out of TITLES: a title's word ending a name is cut off
    ("Anna Singer said on Monday that the vote was close. Singer added that she would stand again.",
     ["Anna Singer"]),
    # a title word that opens an organisation's name ending on an organisation's word stays in it
    ("General Motors Corporation said on Monday it would close the plant.", ["General Motors Corporation"]),
])
def test_names_around_a_job_noun_stay_whole(text, actors):
    assert actors_of(text, "en") == actors
