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


def _claim_titles(text: str, language: str) -> list[str]:
    """The titles of the claims extracted from a text."""
    from tests.test_extract_events import extract

    return [c.title for c in extract(text, language) if c.kind == "claim"]


@pytest.mark.parametrize("text, language, title", [
    ("L'Autorité de régulation des transports (ART) a infligé mardi une amende de 2 millions d'euros à Railexo. "
     "Elle ne sera exigible qu'au 1er juin, a précisé l'ART.", "fr",
     "L'Autorité de régulation des transports a précisé qu'elle ne sera exigible qu'au 1er juin"),
    ("Le président de la coopérative des Sauniers de Kerlan, Yves Morin, s'inquiète. La coopérative, qui vend son sel "
     "en Bretagne, assure pouvoir tenir jusqu'à Noël.", "fr",
     "La coopérative des Sauniers de Kerlan assure pouvoir tenir jusqu'à Noël"),
    ("Drivers of the Orbury Transport Workers Guild walked out on Monday. According to the guild, around 40 of them "
     "are still out of work.", "en", "According to the Orbury Transport Workers Guild, around 40 of them are still out of work"),
])
def test_a_speaker_named_otherwise_keeps_the_article_it_was_written_with(text: str, language: str, title: str) -> None:
    # The sentence calls the body by a short form ("l'ART", "La coopérative", "the guild"); the title gives its full
    # name, with the article the article wrote it with earlier, not bare ("Autorité de régulation … a précisé").
    assert title in _claim_titles(text, language)


def test_a_person_named_earlier_takes_no_article() -> None:
    titles = _claim_titles("The Tom Hale Trust opened on Monday. Tom Hale, its founder, said the trust would grow. "
                           "He said it would hire 12 staff.", "en")
    assert not any(t.startswith("The Tom Hale said") for t in titles)
