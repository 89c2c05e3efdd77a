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
