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
def test_a_job_noun_opening_a_sentence_is_no_part_of_the_name(text: str, actors: list[str]) -> None:
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
def test_names_around_a_job_noun_stay_whole(text: str, actors: list[str]) -> None:
    assert actors_of(text, "en") == actors


# Two forms of one place's name ("Brandle Playhouse", "The Brandle Playhouse" mid-sentence after a caption without a
# stop), then its last word alone with an article: which form "the Playhouse" named hung on a set's order, so on
# PYTHONHASHSEED (the same article gave other actors from one run to the next).
_TWO_FORMS = ("Tom Verney quits over funding cuts The Brandle Playhouse on Mill Street, Harwick. Tom Verney has "
              "resigned as director of the Brandle Playhouse in Harwick, days before the season. The council cut its "
              "grant to the Playhouse by 40 per cent.")
_ALIAS_OF_LAST_WORD = ("import sys; from generator.extract.actors import NameIndex; "
                       "print(NameIndex.build([], sys.stdin.read(), 'en').aliases.get('playhouse'))")


def test_a_things_last_word_names_one_form_whatever_the_hash_seed() -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    import generator

    root = Path(generator.__file__).resolve().parent.parent  # the code under test, wherever the test file is
    seen: set[str] = set()
    for seed in ("0", "1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)}
        done = subprocess.run([sys.executable, "-c", _ALIAS_OF_LAST_WORD], input=_TWO_FORMS, capture_output=True,
                              text=True, env=env, cwd=root, check=True)
        seen.add(done.stdout.strip())
    assert seen == {"The Brandle Playhouse"}


@pytest.mark.parametrize("text, actors", [
    # a title's word that is a common surname too, after a first name, is the person's surname
    ("Nora Bishop said on Thursday that the library would reopen in April.", ["Nora Bishop"]),
    ("Hugo Manager told the board on Friday that the depot would close in July.", ["Hugo Manager"]),
    ("The shop will shut in August, according to Lionel Pastor.", ["Lionel Pastor"]),
    ("Greta King and Omar Prince said on Monday that the market would move in May.", ["Greta King", "Omar Prince"]),
    # the same words before a name are its label, and a role with no name still names nobody
    ("Bishop Nora Halloway said on Sunday that the chapel would reopen in April.", ["Nora Halloway"]),
    ("The Prime Minister said on Monday that the bill would pass in June.", []),
])
def test_a_surname_that_is_a_titles_word_ends_a_persons_name(text: str, actors: list[str]) -> None:
    assert sorted(actors_of(text, "en")) == actors
