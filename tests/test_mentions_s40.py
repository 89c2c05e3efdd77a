"""Session 40 (issue 10, mentions found and merged): retelling clauses read whole, and dated the right way round."""

from __future__ import annotations

from generator.dates import TimelineDate
from test_mentions_session39 import PUB, _retelling_clauses


def _retellings(text: str, language: str) -> list[tuple[str, str]]:
    """The retelling clauses a one-sentence article proposes as support: (quote, last day it may tell)."""
    return [(c.quote, c.date.last_day().isoformat()) for c in _retelling_clauses(text, language)]


def test_a_number_with_a_thousands_comma_does_not_end_a_retelling_clause() -> None:
    # Before, the clause stopped at the comma of "3,400": "a flood drowned 3".
    assert [q for q, _ in _retellings("The Orlande dairy reopened on Monday, after a flood drowned 3,400 cows.",
                                      "en")] == ["a flood drowned 3,400 cows"]


def test_a_decimal_point_or_comma_does_not_end_a_retelling_clause() -> None:
    assert [q for q, _ in _retellings("The Orlande dairy reopened on Monday, after the insurers paid €2.5 million "
                                      "to its owners.", "en")] == ["the insurers paid €2.5 million to its owners"]
    assert [q for q, _ in _retellings("La laiterie d'Orlande a rouvert lundi, après que les assureurs ont versé 2,5 "
                                      "millions d'euros à ses propriétaires.", "fr")] == [
        "les assureurs ont versé 2,5 millions d'euros à ses propriétaires"]


def test_a_comma_after_a_number_still_ends_the_clause() -> None:
    # "3,400" is one number; "40 cows, the" is a number and a clause's end.
    assert [q for q, _ in _retellings("The Orlande dairy reopened on Monday, after the flood that drowned 40 cows, "
                                      "the mayor said.", "en")] == ["the flood that drowned 40 cows"]


def _figures(quote: str, language: str) -> frozenset[str]:
    """The figures merging reads in one sentence of an article."""
    from generator.extract.events import Candidate
    from generator.extract.stories import mention

    candidate = Candidate(id="x", source="art", title=quote, date=TimelineDate.parse("2025-04-03"), kind="event",
                          quote=quote, date_basis="published")
    return mention(candidate, PUB, language).numbers


def test_a_count_written_with_a_group_separator_is_no_year() -> None:
    # "2,000" and « 2 000 » are counts; before, they were dropped as the year 2000, and two tellings of one march by
    # "About 2,000 people" and "Around 2,000 people" shared no figure.
    assert _figures("About 2,000 people marched through the town in 2024.", "en") == {"2000"}
    assert _figures("Quelque 2 000 manifestants ont défilé en 2019.", "fr") == {"2000"}
    assert _figures("Quelque 1.950 manifestants ont défilé.", "fr") == {"1950"}
