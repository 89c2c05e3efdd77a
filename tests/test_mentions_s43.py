"""Session 43 (issue 10, mentions found): a clause of time with its own date after a dated clause tells a second fact.

Every sentence was written for these tests; the dates expected were worked out by hand from the publication day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import Candidate, extract_events
from generator.model import Source

PUB = dt.date(2031, 5, 14)  # a Wednesday


def _found(text: str, language: str) -> list[Candidate]:
    """Every candidate, supports too, of a one-paragraph article published on PUB."""
    return extract_events(Source(id="art", title="Titre", published=PUB, language=language, text=text), [],
                          support=True)


@pytest.mark.parametrize("text, language, quote, date", [
    ("The bakery shut its doors on Tuesday after the landlord doubled the rent on 2 May.", "en",
     "the landlord doubled the rent on 2 May", "2031-05-02"),
    ("The choir cancelled its tour in March once the conductor resigned in February.", "en",
     "the conductor resigned in February", "2031-02"),
    ("The council approved the budget on Thursday before the mayor flew to Lyon on Friday.", "en",
     "the mayor flew to Lyon on Friday", "2031-05-09"),
])
# French opens such a clause on « que », « lorsque » or « quand », a clause boundary already: an event of its own.
def test_a_dated_clause_of_time_after_the_clause_date_is_a_support_of_its_own_date(text: str, language: str,
                                                                                   quote: str, date: str) -> None:
    found = [c for c in _found(text, language) if c.quote == quote]
    assert [(c.kind, c.date.iso(), c.date_basis, c.support) for c in found] == [("event", date, "text", True)]


def test_the_main_clause_keeps_its_own_date_and_the_whole_sentence() -> None:
    text = "The bakery shut its doors on Tuesday after the landlord doubled the rent on 2 May."
    main = [c for c in _found(text, "en") if not c.support]
    assert [(c.date.iso(), c.quote) for c in main] == [("2031-05-13", text)]


@pytest.mark.parametrize("text, quote", [
    # the clause of time holds the clause's first date itself: one fact told over two days
    ("The bakery shut after the landlord doubled the rent on Monday and on Tuesday.",
     "the landlord doubled the rent on Monday and on Tuesday"),
    # no subject and verb after the word: a preposition, not a clause of time
    ("The bakery shut on Tuesday after two weeks of talks in April.", "two weeks of talks in April"),
    # a relative clause of a preposition's noun: the date is the noun's ("the strike that began")
    ("The bakery shut on Tuesday after the strike that began on 2 May.", "the strike that began on 2 May"),
    # a negation: no fact told
    ("The bakery shut on Tuesday after the landlord did not renew the lease in April.",
     "the landlord did not renew the lease in April"),
])
def test_no_clause_of_time_support_without_a_fact_of_its_own(text: str, quote: str) -> None:
    assert not [c for c in _found(text, "en") if c.support and c.quote == quote]
