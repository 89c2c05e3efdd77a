"""Reported speech whose that/que clause is short (review of session 39): « X a indiqué que l'usine fermerait ».

French writes its future and conditional in one word, so a clause English gives in four words ("the dock would
close") has three in French (« l'usine fermerait »: l', usine, fermerait) and fell below the four words reported
speech needed; every expected value below was read by hand from the sentence.
"""
from __future__ import annotations

import pytest

from tests.test_extract_events import extract


def claims(text: str, language: str) -> list[tuple[str | None, str]]:
    """Each claim's speaker and words."""
    return [(c.speaker, c.quote) for c in extract(text, language) if c.kind == "claim"]


@pytest.mark.parametrize("text, language, expected", [
    ("Le comité a indiqué que la halle rouvrirait.", "fr", [("Le comité", "la halle rouvrirait")]),
    ("La présidente, Léa Marchand, a annoncé que le marché déménagerait.", "fr",
     [("Léa Marchand", "le marché déménagerait")]),
    ("Il y a deux ans le comité a précisé que la halle rouvrirait.", "fr", [("Le comité", "la halle rouvrirait")]),
    ("Omar Dell said that the ferry stopped.", "en", [("Omar Dell", "the ferry stopped")]),
])
def test_a_three_word_clause_that_que_opens_is_reported_speech(text, language, expected):
    assert claims(text, language) == expected


def test_each_sentence_of_a_short_article_gives_its_claim():
    text = ("Le comité a indiqué que la halle rouvrirait. Les forains ont défilé samedi. "
            "La présidente, Léa Marchand, a annoncé que le marché déménagerait.")
    assert claims(text, "fr") == [("Le comité", "la halle rouvrirait"), ("Léa Marchand", "le marché déménagerait")]


@pytest.mark.parametrize("text, language", [
    ("Le comité a indiqué qu'il démissionnait.", "fr"),       # two words: still too short to stand alone
    ("Omar Dell said the ferry stopped.", "en"),              # no "that": three words may be a fragment
    ("Le comité a indiqué vouloir partir vite.", "fr"),       # an infinitive, no que-clause
])
def test_three_words_without_a_that_que_clause_or_two_words_are_no_claim(text, language):
    assert claims(text, language) == []


def test_a_that_a_verb_follows_is_a_demonstrative_and_its_three_words_no_claim():
    # "that is not enough" is what the union says, four words; "is not enough" alone is no statement
    assert claims("The ferry crew says that is too little.", "en") == []
