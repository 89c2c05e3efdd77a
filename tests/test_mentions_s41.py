"""Session 41 (issue 10, mentions found): which sentences extraction proposes as mentions at all.

Every sentence was written for these tests; the dates expected were worked out by hand from the publication day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import Candidate, extract_events
from generator.model import Source

PUB = dt.date(2031, 5, 14)  # a Wednesday


def _extract(text: str, language: str, support: bool = False) -> list[Candidate]:
    """The candidates of a one-paragraph article published on PUB."""
    return extract_events(Source(id="art", title="Titre", published=PUB, language=language, text=text), [],
                          support=support)


@pytest.mark.parametrize("text, language, dates", [
    ("The board approved the budget on March 4 and rejected the tax rise in April.", "en", ["2031-03-04", "2031-04"]),
    ("Le conseil a adopté le budget le 4 mars et a rejeté la hausse d'impôt en avril.", "fr",
     ["2031-03-04", "2031-04"]),
    ("The striker was booked on Saturday and sent off three days later.", "en", ["2031-05-10", "2031-05-13"]),
])
def test_a_coordinated_predicate_with_its_own_date_is_a_fact_of_its_own(text: str, language: str,
                                                                         dates: list[str]) -> None:
    assert sorted(c.date.iso() for c in _extract(text, language) if c.kind == "event") == dates


def test_the_second_predicate_is_titled_with_the_sentence_subject() -> None:
    titles = {c.date.iso(): c.title for c in _extract(
        "The board approved the budget on March 4 and rejected the tax rise in April.", "en")}
    assert titles["2031-04"] == "The board rejected the tax rise"


@pytest.mark.parametrize("text, language", [
    ("The fair runs between March 3 and April 5.", "en"),  # "and" joins two dates, no verb after it
    ("Les comptes ont été vérifiés le 2 mars et le 9 mars.", "fr"),  # one predicate, two dates: as before
])
def test_and_without_a_verb_after_it_opens_no_predicate(text: str, language: str) -> None:
    assert len([c for c in _extract(text, language) if c.kind == "event"]) == 1
