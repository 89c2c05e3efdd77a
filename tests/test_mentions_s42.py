"""Session 42 (issue 10, mentions found): a clause that opens on "when" right after a date tells a second fact.

Every sentence was written for these tests; the dates expected were worked out by hand from the publication day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import Candidate, extract_events
from generator.model import Source

PUB = dt.date(2031, 5, 14)  # a Wednesday


def _supports(text: str, language: str) -> list[Candidate]:
    """The supporting candidates of a one-paragraph article published on PUB."""
    found = extract_events(Source(id="art", title="Titre", published=PUB, language=language, text=text), [],
                           support=True)
    return [c for c in found if c.support]


@pytest.mark.parametrize("text, language, quote, date", [
    # The verbs are none of the action lexicon's: the construction alone dates the clause.
    ("The goats wandered off on 2 April, when a gate blew open in the wind.", "en",
     "a gate blew open in the wind", "2031-04-02"),
    ("The ferry stayed in port on Friday night, when a gale swept the bay.", "en",
     "a gale swept the bay", "2031-05-09"),
    ("Le marché couvert a fermé le 3 février, quand la toiture a cédé sous la neige.", "fr",
     "la toiture a cédé sous la neige", "2031-02-03"),
    ("La fanfare n'avait plus défilé depuis 2024, lorsqu'un orage avait noyé la place.", "fr",
     "un orage avait noyé la place", "2024"),
])
def test_a_when_clause_after_a_date_is_a_support_of_that_date(text: str, language: str, quote: str,
                                                             date: str) -> None:
    found = [c for c in _supports(text, language) if c.quote == quote]
    assert [(c.date.iso(), c.date_basis, c.retelling) for c in found] == [(date, "text", False)]


@pytest.mark.parametrize("text, language, clause", [
    # "when" far from the date, or no date before it: no clause of that date.
    ("On Monday the mayor spoke to the traders, when the market had emptied.", "en", "the market had emptied"),
    ("The goats wandered off when a gate blew open in the wind.", "en", "a gate blew open in the wind"),
    # a negation tells no fact
    ("The goats wandered off on 2 April, when the gate had not been locked.", "en", "the gate had not been locked"),
    ("Le marché couvert a fermé le 3 février, quand la toiture n'a pas cédé.", "fr", "la toiture n'a pas cédé"),
])
def test_no_dated_support_without_a_date_just_before_or_with_no_fact(text: str, language: str, clause: str) -> None:
    assert not [c for c in _supports(text, language) if c.quote == clause and c.date_basis == "text"]
