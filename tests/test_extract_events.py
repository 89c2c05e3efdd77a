"""Candidates extraction proposes for single sentences: which are events, how they are dated and titled.

Every expected value was worked out by hand (calendars checked) from the sentence and its publication date.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from generator.extract import lang
from generator.extract.events import Candidate, extract_events
from generator.extract.temporal import tag_dates
from generator.model import Source

FR_PUB = dt.date(2025, 4, 3)   # a Thursday
EN_PUB = dt.date(2024, 5, 15)  # a Wednesday


def extract(text: str, language: str, published: dt.date | None = None) -> list[Candidate]:
    """The candidates of a one-paragraph article."""
    pub = published or (FR_PUB if language == "fr" else EN_PUB)
    return extract_events(Source(id="art", title="Titre", published=pub, language=language, text=text), [])


# --- issue 9, item 6: defects found in review ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Le maire a dit en substance que rien ne changerait.",
    "La société a été en difficulté pendant des mois.",
])
def test_the_en_of_mis_en_examen_is_no_action(sentence):
    assert extract(sentence, "fr") == []


def test_mis_en_examen_is_still_an_action():
    found = extract("Le directeur de la régie a été mis en examen pour favoritisme.", "fr")
    assert [c.date_basis for c in found] == ["published"]
    found = extract("La juge a mis en examen le directeur de la régie.", "fr")
    assert [(c.date.iso(), c.date_basis) for c in found] == [("2025-04-03", "published")]


@pytest.mark.parametrize("code", lang.codes())
def test_no_word_list_of_a_language_holds_a_word_twice(code):
    data = lang.for_language(code)
    for name in ("ACTIONS", "REPORTING_PARTICIPLES", "REPORTING_PRESENT"):
        words = getattr(data, name)
        assert [w for w, n in Counter(words).items() if n > 1] == [], name
    for name in ("PAST", "FUTURE"):
        for group in re.findall(r"\(\?:((?:[a-z']+\|){5,}[a-z']+)\)", getattr(data, name)):
            words = group.split("|")
            assert [w for w, n in Counter(words).items() if n > 1] == [], name


@pytest.mark.parametrize("code", lang.codes())
def test_every_fixed_word_of_a_language_is_reachable(code):
    """Each key of REFS and RELDAYS is found by the language's own rules (a key no rule matches is dead)."""
    data = lang.for_language(code)
    pub = dt.date(2024, 5, 15)
    for word, value in data.REFS.items():
        found = tag_dates(f"x {word} x", pub, code, refs=True)
        assert [m.value for m in found] == [value], word
    for word, offset in data.RELDAYS.items():
        found = tag_dates(f"x {word} x", pub, code)
        assert [m.value for m in found] == [(pub + dt.timedelta(days=offset)).isoformat()], word
