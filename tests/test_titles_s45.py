"""Session 45, titles: the clause that carries the date gives the title (issue 9, item 3). Our own sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import extract_events, in_present
from generator.model import Source


def _events(text: str, language: str) -> list[tuple[str, str | None]]:
    """(title, date) of each event of a one-paragraph article (published Thursday 3 April 2025 / Wednesday 15 May
    2024), claims left out."""
    published = dt.date(2025, 4, 3) if language == "fr" else dt.date(2024, 5, 15)
    source = Source(id="art", title="Titre", published=published, language=language, text=text)
    return [(c.title, c.date.iso() if c.date else None) for c in extract_events(source, []) if c.kind == "event"]


# --- a singular noun in -s before "claim" is no plural saying something --------------------------------------------

@pytest.mark.parametrize("title, present", [
    ("The bus claim was rejected", "The bus claim is rejected"),
    ("The business claim was rejected by the court", "The business claim is rejected by the court"),
    ("The status claim was dropped", "The status claim is dropped"),
])
def test_a_singular_noun_in_s_before_claim_is_told_in_the_present(title: str, present: str) -> None:
    assert in_present(title, "en") == present


def test_a_plural_subject_s_verb_of_saying_still_keeps_its_words() -> None:
    """"Residents claim they were not told": what they claim stays as they said it."""
    assert in_present("Tenants claim they were not told", "en") == "Tenants claim they were not told"


# --- a one-word participle aside that tells when the main clause happened --------------------------------------------

@pytest.mark.parametrize("text, language, title, date", [
    ("Le conseil, réuni lundi, a adopté le nouveau budget.", "fr", "Le conseil a adopté le nouveau budget",
     "2025-03-31"),
    ("La commission, saisie en mars, a rendu son avis.", "fr", "La commission a rendu son avis", "2025-03"),
    ("The committee, convened on Tuesday, approved the plan.", "en", "The committee approved the plan", "2024-05-14"),
])
def test_a_meeting_aside_dates_the_main_clause_s_deed(text: str, language: str, title: str, date: str) -> None:
    assert _events(text, language) == [(title, date)]


@pytest.mark.parametrize("text, language, title, date", [
    ("The minister, speaking on Monday, said the plan would go ahead.", "en",
     "The minister said the plan would go ahead", "2024-05-13"),
    ("Mr Hale, writing in March, warned that the bridge was unsafe.", "en",
     "Mr Hale warned that the bridge was unsafe", "2024-03"),
    ("Le maire, s'exprimant lundi, a confirmé la fermeture.", "fr", "Le maire a confirmé la fermeture", "2025-03-31"),
])
def test_a_present_participle_aside_is_no_title_of_its_own(text: str, language: str, title: str, date: str) -> None:
    """"speaking on Monday" is when the subject did what the main clause tells, not a state of it."""
    assert _events(text, language) == [(title, date)]


# --- English has no imperfect: a simple past that tells a state is no deed of the aside's date -----------------------

@pytest.mark.parametrize("text, title, date", [
    ("The depot, opened in 1996, housed forty buses.", "The depot is opened", "1996"),
    ("Opened in 1996, the depot housed forty buses.", "The depot is opened", "1996"),
    ("The mill, built in 1820, employed two hundred weavers.", "The mill is built", "1820"),
    ("The club, founded in 1890, had 300 members.", "The club is founded", "1890"),
])
def test_an_english_state_beside_a_dated_aside_gives_the_aside_s_fact(text: str, title: str, date: str) -> None:
    assert _events(text, "en") == [(title, date)]


def test_a_pluperfect_deed_beside_a_dated_aside_is_still_one() -> None:
    """"had been moved" is a deed's auxiliary, not a possession."""
    assert _events("The club, founded in 1890, had been moved to Leeds.", "en") == \
        [("The club had been moved to Leeds", "1890")]
