"""Reported speech, session 43 (issue 9: every statement found as a claim with its speaker): a role with its name
in apposition closing the sentence, and a hope as a verb of saying."""
from __future__ import annotations

import pytest

from tests.test_extract_events import claims as _claims


@pytest.mark.parametrize("text, language, speaker, words", [
    # a role of three words and the name in apposition to it: six words before the verb
    ("Most of the stranded walkers had reached the valley by nightfall, the park's chief ranger, Tomas Lindqvist, "
     "said on Sunday.", "en", "Tomas Lindqvist", "Most of the stranded walkers had reached the valley by nightfall"),
    ("The pier's lower deck will stay shut until the surveyors report, its head of operations, Delia Marsh, told "
     "reporters.", "en", "Delia Marsh", "The pier's lower deck will stay shut until the surveyors report"),
    ("Le marché couvert rouvrira ses portes au printemps, la directrice du marché, Sonia Berthet, a "
     "précisé jeudi.", "fr", "Sonia Berthet", "Le marché couvert rouvrira ses portes au printemps"),
])
def test_a_role_and_its_name_in_apposition_close_the_attribution(text: str, language: str, speaker: str,
                                                                 words: str) -> None:
    assert (speaker, words) in _claims(text, language)


def test_a_long_subject_before_the_verb_is_still_no_attribution() -> None:
    # seven words of a clause of its own before "said": no role in apposition, no attribution
    text = "The ferry was late again, and the whole village of Carrow Bay said nothing about it."
    assert _claims(text, "en") == []


@pytest.mark.parametrize("text, speaker, words", [
    # "hopes" without "that": English drops it after a hope as after any verb of saying
    ("The Harbour Trust hopes the new slipway will be ready before the regatta in August.", "Harbour Trust",
     "the new slipway will be ready before the regatta in August"),
    ("Nell Tasker runs the ferry café. She hopes summer trade will make up for the lost winter.", "Nell Tasker",
     "summer trade will make up for the lost winter"),
])
def test_a_hope_reports_the_clause_after_it(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, "en")


def test_a_hope_for_a_thing_or_to_do_is_no_claim() -> None:
    # an infinitive or an object: what is hoped for, no clause said
    assert _claims("The Harbour Trust hopes to open the new slipway in August.", "en") == []
