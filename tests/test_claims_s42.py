"""Claims, session 42 (issue 9: every statement found as a claim with its speaker): « dire » with an infinitive as a
verb of saying."""
from __future__ import annotations

import pytest

from tests.test_extract_events import claim_titles, claims as _claims


@pytest.mark.parametrize("text, speaker, words", [
    # a present infinitive after « dire », « assurer »: what the subject says of itself
    ("Le gérant du camping, Hugo Marsal, dit comprendre la colère des riverains.", "Hugo Marsal",
     "comprendre la colère des riverains"),
    ("La présidente du club, Anne Tesson, dit ne plus pouvoir payer les arbitres.", "Anne Tesson",
     "ne plus pouvoir payer les arbitres"),
    ("La fromagerie assure pouvoir livrer ses clients jusqu'au printemps.", "La fromagerie",
     "pouvoir livrer ses clients jusqu'au printemps"),
    # a one-word quotation of the infinitive
    ("Le maire, Hugo Marsal, dit « regretter » le départ du boulanger.", "Hugo Marsal", "regretter"),
])
def test_dire_with_an_infinitive_reports_words(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, "fr")


def test_an_infinitive_said_is_titled_without_que() -> None:
    assert claim_titles("Le gérant du camping, Hugo Marsal, dit comprendre la colère des riverains.", "fr") == [
        "Hugo Marsal dit comprendre la colère des riverains"]


@pytest.mark.parametrize("text", [
    "La société a annoncé suspendre la production de fromage jusqu'en mars.",  # a decision, no words said
    "Le maire a dit Olivier Roy serait candidat aux prochaines élections.",  # a name, no infinitive
])
def test_no_infinitive_said_where_none_is(text: str) -> None:
    assert all(not words.startswith(("suspendre", "Olivier")) for _, words in _claims(text, "fr"))


def test_a_day_word_after_dit_is_no_infinitive() -> None:
    assert ("Hugo Marsal", "le camping fermerait en octobre") in _claims(
        "Hugo Marsal a dit hier que le camping fermerait en octobre.", "fr")
