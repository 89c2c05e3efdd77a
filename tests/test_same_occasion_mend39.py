"""Session 39 review (mendB): « dans la foulée », "at the same meeting", "the same day" date a sentence by the fact
before it only as its main clause's words, with a completed fact, and leave its title."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import extract_events
from generator.model import Source

PUB = dt.date(2026, 3, 5)  # a Thursday: "le 3 mars", "on 3 March" are 2026-03-03


def _events(text: str, language: str) -> list[tuple[str, str, str | None]]:
    """The events an article gives (no support): (title, date, date words)."""
    found = extract_events(Source(id="art", title="Titre", published=PUB, language=language, text=text), [])
    return [(c.title, c.date.iso(), c.date_text) for c in found if c.kind == "event"]


FR_FIRST = "Le conseil municipal a voté le 3 mars la fermeture de l'école Jean-Moulin. "
EN_FIRST = "The council voted on 3 March to close the Jean Moulin school. "


@pytest.mark.parametrize("text, language", [
    # the words inside a noun's participle, a relative clause's infinitive: another fact's, told no other way
    (FR_FIRST + "Les habitants dénoncent depuis une décision prise dans la foulée, sans concertation.", "fr"),
    (FR_FIRST + "Les parents, eux, continuent de réclamer un rendez-vous avec le maire, qu'ils espéraient obtenir dans "
                "la foulée.", "fr"),
    (EN_FIRST + "Residents say they are still waiting for the answers promised at the same meeting.", "en"),
    # opening the sentence before a present: no fact of that day
    (EN_FIRST + "The same day is now marked by a protest every year.", "en"),
])
def test_the_words_outside_the_main_clause_or_before_a_present_date_nothing(text: str, language: str) -> None:
    assert [e[1:] for e in _events(text, language)] == [("2026-03-03", "3 mars" if language == "fr" else "3 March")]


def test_opening_a_completed_fact_they_date_it_and_leave_its_title() -> None:
    assert _events(EN_FIRST + "At the same meeting, they voted to close the library.", "en")[1] == (
        "They voted to close the library", "2026-03-03", "At the same meeting")


def test_right_after_the_main_verb_they_date_it() -> None:
    found = _events(FR_FIRST + "La préfète a ordonné dans la foulée la réquisition du gymnase.", "fr")
    assert found[1][1:] == ("2026-03-03", "dans la foulée")
    assert "foulée" not in found[1][0]


def test_a_verb_of_saying_with_what_was_said_is_no_fact_of_that_day() -> None:
    text = FR_FIRST + "Dans la foulée, le maire a déclaré que l'école avait coûté trop cher."
    assert [e[2] for e in _events(text, "fr")] == ["3 mars"]
    # written to someone, with no words reported: a letter of that day
    found = _events(FR_FIRST + "Dans la foulée, le maire a écrit au recteur pour obtenir un nouveau poste.", "fr")
    assert found[1] == ("Le maire a écrit au recteur pour obtenir un nouveau poste", "2026-03-03", "Dans la foulée")


def test_a_heading_between_leaves_the_fact_before_it_to_its_own_section() -> None:
    # Right after the dated fact, « Dans la foulée » takes its day; after a heading it opens another telling, and a
    # sentence told by this article alone without date words is no event (as any undated action).
    after = "Dans la foulée, le maire a signé le contrat de démolition."
    assert ("Le maire a signé le contrat de démolition", "2026-03-03", "Dans la foulée") in _events(
        FR_FIRST + after, "fr")
    assert _events(FR_FIRST + "\n\n## Le chantier\n\n" + after, "fr") == [
        ("Le conseil municipal a voté la fermeture de l'école Jean-Moulin", "2026-03-03", "3 mars")]
