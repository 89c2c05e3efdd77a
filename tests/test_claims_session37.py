"""Claims, session 37 (issue 9: every statement found as a claim with its speaker): reported speech read from the
clause's structure."""
from __future__ import annotations

import pytest

from tests.test_extract_events import extract


def _claims(text: str, language: str) -> list[tuple[str | None, str]]:
    """The (speaker, words) of every claim extracted from a text."""
    return [(c.speaker, c.quote) for c in extract(text, language) if c.kind == "claim"]


@pytest.mark.parametrize("sentence, words", [
    ("Jane Moss, a retired nurse who founded the choir, said more than 400 people had signed the petition.",
     "more than 400 people had signed the petition"),
    ("Jane Moss said about 60 volunteers had cleared the towpath by Sunday evening.",
     "about 60 volunteers had cleared the towpath by Sunday evening"),
    ("Jane Moss told us nearly two hundred children had joined since the spring.",
     "nearly two hundred children had joined since the spring"),
])
def test_a_clause_said_without_that_may_open_on_a_quantity(sentence: str, words: str) -> None:
    assert ("Jane Moss", words) in _claims("The choir met on Monday. " + sentence, "en")


@pytest.mark.parametrize("sentence", [
    "Jane Moss told reporters about a deal her firm had signed in May.",
    "Jane Moss said about the plan that it came too late.",
])
def test_a_preposition_after_the_verb_opens_no_quantity(sentence: str) -> None:
    assert [words for _, words in _claims(sentence, "en") if words.startswith("about")] == []


def test_a_thousands_separator_is_no_comma_of_an_aside() -> None:
    text = "The choir met on Monday. Jane Moss said 4,000 people had signed the petition, many of them online."
    assert ("Jane Moss", "4,000 people had signed the petition, many of them online") in _claims(text, "en")


@pytest.mark.parametrize("text, language, speaker, words", [
    ("The pipe burst on Monday. Residents say the supply has been cut three times since March.", "en",
     "Residents", "the supply has been cut three times since March"),
    ("The pipe burst on Monday. Local shopkeepers said trade had halved since the road closed.", "en",
     "Local shopkeepers", "trade had halved since the road closed"),
    ("La conduite a cédé lundi. Des riverains affirment que l'eau a été coupée trois fois depuis mars.", "fr",
     "Des riverains", "l'eau a été coupée trois fois depuis mars"),
    ("La conduite a cédé lundi. Selon plusieurs commerçants, le chiffre d'affaires a baissé de moitié.", "fr",
     "Plusieurs commerçants", "le chiffre d'affaires a baissé de moitié"),
])
def test_a_group_of_unnamed_people_speaks(text: str, language: str, speaker: str, words: str) -> None:
    # news tells what residents or traders say as it tells what one of them says: their words are a claim
    assert (speaker, words) in _claims(text, language)


@pytest.mark.parametrize("text, language", [
    ("The pipe burst on Monday. Residents were told the supply would return by Friday.", "en"),
    ("La conduite a cédé lundi. Des habitants ont reçu une lettre de la mairie.", "fr"),
    ("The pipe burst on Monday. The council told residents the supply would return by Friday.", "en"),
])
def test_a_group_told_or_acting_says_nothing(text: str, language: str) -> None:
    assert all(not speaker.casefold().endswith(("residents", "habitants")) for speaker, _ in _claims(text, language))


@pytest.mark.parametrize("sentence", [
    "Tom Hale warned about 40 pylons being put up along the ridge.",
    "Tom Hale told Reuters about 3D scanners being tried at the clinic.",
    "The federation warned about 900 posts being lost at the depot.",
])
def test_a_preposition_before_a_figure_and_a_participle_says_nothing(sentence: str) -> None:
    # "about" before a figure is a preposition when a participle, not a finite verb, follows the noun; a word that
    # opens on digits ("3D") is no figure
    assert _claims("The depot opened in May. " + sentence, "en") == []


@pytest.mark.parametrize("quantity", ["at least 15", "up to 70", "well over 300"])
def test_a_quantity_word_stays_in_the_words_said(quantity: str) -> None:
    # dropping "at least" or "up to" changes what was said
    text = f"The depot opened in May. Tom Hale said {quantity} lorries had been turned away."
    assert ("Tom Hale", f"{quantity} lorries had been turned away") in _claims(text, "en")
