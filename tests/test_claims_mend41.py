"""Claims, mend 41: a group's trailing phrase stops at a time or a participle, and a plural of things never speaks."""
from __future__ import annotations

import pytest

from tests.test_extract_events import claims as _claims


@pytest.mark.parametrize("text, language, speaker, words", [
    # a time phrase after the group says when it spoke, not who it is
    ("Campaigners on Tuesday said the ban would be challenged in court.", "en", "Campaigners",
     "the ban would be challenged in court"),
    ("Residents in March said the river had burst its banks twice.", "en", "Residents",
     "the river had burst its banks twice"),
    ("Selon des riverains en janvier, la passerelle menaçait déjà de céder.", "fr", "Des riverains",
     "la passerelle menaçait déjà de céder"),
    # a participle after the group says how it was reached, not who it is
    ("Selon des habitants du hameau joints par téléphone, la route était coupée depuis trois jours.", "fr",
     "Des habitants du hameau", "la route était coupée depuis trois jours"),
    ("Selon des ouvriers de l'usine interrogés par la radio, la chaîne était arrêtée depuis lundi.", "fr",
     "Des ouvriers de l'usine", "la chaîne était arrêtée depuis lundi"),
])
def test_a_group_ends_before_a_time_or_a_participle(text: str, language: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, language)


@pytest.mark.parametrize("text", [
    "Posters on the town hall say the concert has been cancelled.",
    "Stickers on the lamp posts say the bridge will shut for a month.",
    "According to posters in the station, the pool will reopen in June.",
    "Newspapers say the minister will resign before the summer.",
    "Banners across the square say the market will move to the station.",
])
def test_a_plural_of_things_is_no_group(text: str) -> None:
    assert [c for c in _claims(text, "en") if c[0] != ""] == []


@pytest.mark.parametrize("text, speaker", [
    # a word of time or a participle that describes the place is no cut
    ("Residents near the morning market say the rents have doubled.", "Residents near the morning market"),
    ("Residents of the flooded street say the drains were never cleared.", "Residents of the flooded street"),
    ("Promoters say the festival will return next summer.", "Promoters"),
])
def test_a_group_keeps_its_place(text: str, speaker: str) -> None:
    assert speaker in [c[0] for c in _claims(text, "en")]
