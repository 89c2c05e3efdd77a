"""When a quotation was said: the occasion its sentence, or the sentence just before, names with a date (issue 10).

A quotation with no date words of its own took its article's publication day, though the text named the meeting,
the hearing or the interview it was said at. Every expected value was worked out by hand from the publication day.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import Candidate, extract_events
from generator.model import Source

FR_PUB = dt.date(2025, 4, 3)   # a Thursday
EN_PUB = dt.date(2024, 5, 15)  # a Wednesday


def claims(text: str, language: str) -> list[tuple[str, str, str | None]]:
    """The (speaker, date, date_basis) of each claim of a one-paragraph article."""
    pub = FR_PUB if language == "fr" else EN_PUB
    found: list[Candidate] = extract_events(
        Source(id="art", title="Titre", published=pub, language=language, text=text), [])
    return [(c.speaker or "", c.date.iso(), c.date_basis) for c in found if c.kind == "claim"]


@pytest.mark.parametrize("text, language, speaker, date", [
    # An occasion phrase heading the sentence, set off by a comma before the speaker and the verb.
    ("Lors de l'assemblée générale d'hier soir, le président du club a lancé : « Nous ne vendrons pas le stade. »",
     "fr", "Le président du club", "2025-04-02"),
    ("Au micro de Radio Vallée mardi, Odile Ferrand a affirmé : « Le chantier reprendra. »",
     "fr", "Odile Ferrand", "2025-04-01"),
    ("Speaking at a hearing on Monday, the senator said the bill was \"dead on arrival\".",
     "en", "The senator", "2024-05-13"),
    ("During a briefing on Tuesday, Mark Ellery told reporters: \"The line is safe.\"",
     "en", "Mark Ellery", "2024-05-14"),
])
def test_a_heading_occasion_dates_the_quotation(text, language, speaker, date):
    assert claims(text, language) == [(speaker, date, "text")]


@pytest.mark.parametrize("text, language, speaker, date", [
    # The sentence just before shows the speaker speaking at a dated occasion.
    ("Odile Ferrand a pris la parole hier devant les salariés. « Nous ne lâcherons rien. »",
     "fr", "Odile Ferrand", "2025-04-02"),
    ("Mark Ellery addressed the union's members on Monday. \"We are not going anywhere,\" he said.",
     "en", "Mark Ellery", "2024-05-13"),
    ("Lundi, Odile Ferrand a enfin parlé. « Le club ne disparaîtra pas », a-t-elle promis.",
     "fr", "Odile Ferrand", "2025-03-31"),
    # A dated gathering: whoever speaks right after it speaks there.
    ("Une trentaine de riverains ont manifesté mardi devant la mairie. « Nous voulons être entendus », a lancé "
     "Odile Ferrand.", "fr", "Odile Ferrand", "2025-04-01"),
    ("About fifty residents protested outside the town hall on Monday. \"We want to be heard,\" said Mark Ellery.",
     "en", "Mark Ellery", "2024-05-13"),
])
def test_the_sentence_before_names_the_occasion(text, language, speaker, date):
    assert claims(text, language) == [(speaker, date, "text")]


def test_a_date_inside_the_quotation_is_what_it_tells():
    """The quotation's own date dates what the speaker reports, never when it was said."""
    text = "Odile Ferrand a pris la parole hier devant les salariés. « Le site fermera en juin. »"
    pub = FR_PUB
    found = extract_events(Source(id="art", title="Titre", published=pub, language="fr", text=text), [])
    said = [c for c in found if c.kind == "claim"]
    told = [c for c in found if c.claim]
    assert [(c.date.iso(), c.date_text) for c in said] == [("2025-04-02", "hier")]
    assert [c.date.iso() for c in told] == ["2025-06"]


@pytest.mark.parametrize("text, language", [
    # A heading that places the saying off its date, or no occasion at all: the day of publication, as before.
    ("Après le vote de mardi, le président du club a lancé : « Nous ne vendrons pas le stade. »", "fr"),
    ("Since March, the senator has said the bill was \"dead on arrival\".", "en"),
    ("« Nous ne lâcherons rien », a lancé Odile Ferrand devant les salariés.", "fr"),
    # The sentence before tells another fact of that day, not the speaker speaking nor a gathering.
    ("Odile Ferrand a visité hier le chantier. « Nous ne lâcherons rien. »", "fr"),
    ("The council approved the budget on Monday. \"We want to be heard,\" said Mark Ellery.", "en"),
])
def test_no_occasion_keeps_the_publication_day(text, language):
    pub = (FR_PUB if language == "fr" else EN_PUB).isoformat()
    assert [(date, basis) for _, date, basis in claims(text, language)] == [(pub, "published")]


def test_the_occasion_is_a_fact_of_its_own_too():
    """"At a hearing on May 2, …": the hearing is still an event dated May 2 beside the claim it dates."""
    text = "At a hearing on May 2, Mark Ellery told the court his company had \"done nothing wrong\"."
    found = extract_events(Source(id="art", title="T", published=EN_PUB, language="en", text=text), [], support=True)
    assert [(c.kind, c.date.iso()) for c in found if c.date_basis == "text"] == [
        ("claim", "2024-05-02"), ("event", "2024-05-02")]
