"""Titles, session 47 (issue 9, item 3): a title does not open on a connector or a word of another fact left before
its first comma ("Instead, …", « Lundi, … » when the fact is dated otherwise, « Oui, … »)."""
from __future__ import annotations

import pytest

from generator.extract.events import event_title


def _title(sentence: str, date: str, language: str) -> str:
    """The title of the fact the date words date in the sentence."""
    start = sentence.index(date)
    return event_title(sentence, (start, start + len(date)), language)


@pytest.mark.parametrize("sentence, date, language, title", [
    ("Instead, the council will open a pop-up library on 3 June.", "on 3 June", "en",
     "The council will open a pop-up library"),
    ("Mardi, le syndicat a appelé à la grève pour le 12 mai.", "le 12 mai", "fr", "Le syndicat a appelé à la grève"),
    ("Oui, le courant est revenu partout depuis jeudi.", "depuis jeudi", "fr", "Le courant est revenu partout"),
    ("Non, la mairie ne fermera pas l'école en septembre.", "en septembre", "fr", "La mairie ne fermera pas l'école"),
])
def test_a_title_drops_an_opening_connector(sentence: str, date: str, language: str, title: str) -> None:
    assert _title(sentence, date, language) == title


def test_a_weekday_that_dates_the_fact_still_goes_as_its_date() -> None:
    assert _title("Lundi, la maire a fermé la plage.", "Lundi", "fr") == "La maire a fermé la plage"


def test_a_short_clause_keeps_its_opening_word() -> None:
    # The connector goes only when three words are left: "Lundi, il part" is too short to lose a word.
    assert _title("Lundi, il part en mai.", "en mai", "fr").startswith("Lundi")
