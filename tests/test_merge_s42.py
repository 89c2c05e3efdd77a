"""Merging (issue 10), session 42: look-alikes held apart by kind (periods of other years, an inauguration and a
protest beside it, false friends across languages)."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.dates import TimelineDate
from generator.extract.events import Candidate
from generator.extract.stories import (Weights, _actions, _coarse_apart, _content, _other_told_actions, mention,
                                       prepare)


def _event(source: str, language: str, quote: str, date: str = "2031-05-06", date_text: str = ""):
    """A mention dated ``date`` by its words in an article of 2031-05-08, for the signals merging reads."""
    candidate = Candidate(id=f"{source}-x", source=source, title="t", date=TimelineDate.parse(date),
                          kind="event", quote=quote, date_basis="text", date_text=date_text)
    return mention(candidate, dt.date(2031, 5, 8), language)


def test_a_plan_for_one_year_and_its_postponement_to_the_next_are_two_periods() -> None:
    planned = _event("a", "en", "The first ferries are due at the new quay in late 2033.", "2033", "late 2033")
    postponed = _event("b", "en", "The first ferries are now expected at the new quay in early 2034.", "2034",
                       "early 2034")
    assert _coarse_apart(planned, postponed)


@pytest.mark.parametrize("first, second", [
    (("2033", "in 2033"), ("2033", "this year")),  # one year told twice
    (("2033-12-30", "on December 30"), ("2034-01-01", "on New Year's Day")),  # days: a slip is the dates' business
    (("2033-12", "in December"), ("2034", "in 2034")),  # a month beside a year: left to the other signals
])
def test_periods_that_meet_or_days_are_not_held_apart_as_other_years(first: tuple[str, str],
                                                                     second: tuple[str, str]) -> None:
    a = _event("a", "en", "The ferries reach the quay.", *first)
    b = _event("b", "en", "The ferries reach the quay.", *second)
    assert not _coarse_apart(a, b)


@pytest.mark.parametrize("language, quote", [
    ("fr", "La secrétaire d'État a inauguré mercredi la médiathèque de Grand-Lenoc."),
    ("fr", "L'inauguration du pont a eu lieu mercredi."),
    ("en", "The junior minister inaugurated the Grand-Lenoc media library on Wednesday."),
])
def test_an_inauguration_opens_what_it_names(language: str, quote: str) -> None:
    assert _actions(_event("a", language, quote)) == frozenset({"opening"})


def test_an_inauguration_and_the_protest_outside_it_tell_two_actions() -> None:
    opened = _event("a", "fr", "La secrétaire d'État a inauguré mercredi la médiathèque de Grand-Lenoc.",
                    date_text="mercredi")
    protest = _event("b", "en", "About fifty librarians protested outside the building on Wednesday.",
                     date_text="on Wednesday")
    assert _other_told_actions(opened, protest)


@pytest.mark.parametrize("french, english", [
    # « en particulier » shared its first letters with "party", « du côté de » was read as « la côte ».
    ("Les gendarmes examinent en particulier la corde retrouvée au pied du mur.",
     "The party of climbers set off from the hut at dawn."),
    ("Du côté de la mairie, on attend le rapport.", "The storm battered the coast overnight."),
    ("Le comité a versé 3 millions de livres au club.", "The publisher sent the books to the shop."),
])
def test_false_friends_share_nothing_across_languages(french: str, english: str) -> None:
    a, b = _event("a", "fr", french), _event("b", "en", english)
    weights: Weights = prepare([a, b])
    assert _content(a, b, weights) == 0.0


def test_the_coast_and_books_are_still_concepts() -> None:
    assert "coast" in _event("a", "fr", "La tempête a frappé la côte dans la nuit.").concepts
    assert "book" in _event("a", "fr", "Le prix récompense un ouvrage de poésie.").concepts
