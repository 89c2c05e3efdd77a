"""Claims, session 41 (issue 9: every statement found as a claim with its speaker): groups of unnamed people written
with where they live or what they do."""
from __future__ import annotations

import pytest

from tests.test_extract_events import claims as _claims


@pytest.mark.parametrize("text, language, speaker, words", [
    # a group with where it lives after it
    ("Tenants on Harrow Crescent say the lifts have been broken since the spring.", "en", "Tenants on Harrow Crescent",
     "the lifts have been broken since the spring"),
    ("Selon des habitants du hameau, la route était coupée depuis trois jours.", "fr", "Des habitants du hameau",
     "la route était coupée depuis trois jours"),
    ("Des commerçants de la place affirment que le marché perd des clients depuis l'automne.", "fr",
     "Des commerçants de la place", "le marché perd des clients depuis l'automne"),
    # a plural of who does a thing, no listed person's noun
    ("Distributors say the new rules will raise prices before the winter.", "en", "Distributors",
     "the new rules will raise prices before the winter"),
    ("Ferry operators said bookings had dropped by a fifth.", "en", "Ferry operators",
     "bookings had dropped by a fifth"),
])
def test_a_group_with_its_place_or_its_trade_speaks(text: str, language: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, language)


@pytest.mark.parametrize("text", [
    "Others say the bypass will never be built before the election.",  # no group of anyone
    "Papers say the bypass will never be built before the election.",  # a thing written with an agent's ending
])
def test_a_plural_of_no_one_is_no_group(text: str) -> None:
    assert _claims(text, "en") == []


@pytest.mark.parametrize("text, language, speaker, words", [
    # a time phrase, no comma, before the pronoun that speaks
    ('Ada Brent chairs the rowing trust. In March she had vowed to "keep the boathouse open".', "en", "Ada Brent",
     "keep the boathouse open"),
    ('Ada Brent chairs the rowing trust. At the time she wrote that the club was "close to the edge".', "en",
     "Ada Brent", "close to the edge"),
    ('Ada Brent chairs the rowing trust. In 2021 she told a local radio that the river was "a sewer".', "en",
     "Ada Brent", "a sewer"),
    ("Paul Vidal préside le club de voile. À l'époque il avait promis de « garder le ponton ».", "fr", "Paul Vidal",
     "garder le ponton"),
])
def test_a_pronoun_after_a_time_phrase_speaks(text: str, language: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, language)


def test_a_pronoun_after_a_document_phrase_gets_no_guessed_speaker() -> None:
    # "In it": a letter before, whom "she" stands for is not told by the sentence's own phrase
    text = ('Her letter to the Harbour Rowing Trust is dated 3 May. In it she says the club has been "neglected for '
            'years".')
    assert all(speaker != "Harbour Rowing Trust" for speaker, _ in _claims(text, "en"))
