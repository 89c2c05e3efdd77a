"""Actors, session 35, the reviewer's findings 3, 7 and 14(b) on f4f00c8: what a group's, a radio's and a trade's
readings must leave alone.

Every sentence was written for these tests; the actors and speakers expected were worked out by hand.
"""
from __future__ import annotations

import pytest

from tests.test_extract_events import actors_of, extract


@pytest.mark.parametrize("text, language, actors", [
    # a plural capitalised only by the sentence it opens, then "for" and an employer or "of" and a person: people of
    # the employer or the person, who is named by themselves
    ("Cleaners for Norvale Council walked out on Tuesday.", "en", ["Norvale Council"]),
    ("Volunteers for Velmont handed out soup on Friday.", "en", ["Velmont"]),
    ("Supporters for Dana Whitlock queued outside the hall on Friday.", "en", ["Dana Whitlock"]),
    ("Friends of Nadia Rowe said on Tuesday that she was tired.", "en", ["Nadia Rowe"]),
    # "against" says a cause, "of the" no person: a group, at a sentence's start too
    ("Campaigners against the Bypass met on Tuesday.", "en", ["Campaigners against the Bypass"]),
    ("Friends of the Mill Pond wrote to the council on Tuesday.", "en", ["Friends of the Mill Pond"]),
    # capitalised inside a sentence, the group writes its own name: whole, "for" and all
    ("On Tuesday a group called Parents for Calmer Lanes wrote to the council.", "en", ["Parents for Calmer Lanes"]),
])
def test_a_group_name_needs_more_than_a_sentences_capital(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, speaker", [
    ("« On continue », a affirmé au micro de Radio Sornac Lise Perrin, la secrétaire du club.", "Lise Perrin"),
    ("« On continue », a affirmé jeudi au micro de Radio Sornac Lise Perrin, la secrétaire du club.", "Lise Perrin"),
])
def test_the_speaker_cut_from_a_radio_speaks_alone(text, speaker):
    assert actors_of(text, "fr") == ["Lise Perrin", "Radio Sornac"]
    assert [c.speaker for c in extract(text, "fr") if c.kind == "claim"] == [speaker]


def test_a_radio_described_as_one_keeps_its_whole_name():
    text = "« On continue », a dit le maire au micro de Radio Vals Pierre Blanche, la radio associative, jeudi."
    assert actors_of(text, "fr") == ["Radio Vals Pierre Blanche"]


def test_a_first_name_the_article_also_writes_as_a_common_word_stays():
    text = ("The clover in the meadow flowered late this year. Clover Anne Hayes, who keeps bees there, said on "
            "Monday that honey was scarce.")
    assert actors_of(text, "en") == ["Clover Anne Hayes"]
