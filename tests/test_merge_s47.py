"""Merging (issue 10), session 47: the concepts two tellings share are weighed by how rare they are in the story, as
their words are: a concept every telling names (the strike of a strike story) is no sign of one fact.

Every sentence was written for these tests.
"""
from __future__ import annotations

import datetime as dt

from generator.dates import TimelineDate
from generator.extract.events import Candidate
from generator.extract.stories import FEATURES, Mention, mention, mentions_by_source, pair_features, prepare


def _told(source: str, language: str, quote: str) -> Mention:
    """A mention of one sentence dated 2044-05-10, in an article of 2044-05-11 of its own source."""
    candidate = Candidate(id=f"{source}-x", source=source, title="t", date=TimelineDate.parse("2044-05-10"),
                          kind="event", quote=quote, date_basis="text", date_text="")
    return mention(candidate, dt.date(2044, 5, 11), language)


def _concepts_signal(a: Mention, b: Mention, story: list[Mention]) -> float:
    """The pair's concepts signal, weighed in its story."""
    weights = prepare(story)
    return pair_features(a, b, weights, mentions_by_source(story))[FEATURES.index("concepts")]


def test_a_concept_the_whole_story_names_counts_less_than_a_rare_one() -> None:
    voted = _told("a", "fr", "Les chauffeurs ont voté la grève au dépôt de Colvent.")
    buses = _told("b", "en", "The strike at the Colvent depot hit the night buses.")
    offer = _told("c", "en", "The drivers voted on the mayor's offer.")
    background = [_told("d", "en", "The strike closed the depot."), _told("e", "fr", "La grève a fermé le dépôt."),
                  _told("f", "en", "The strike kept the depot shut.")]
    story = [voted, buses, offer, *background]
    # Each pair shares two of its four concepts: the strike and the depot, which every telling names, or the drivers
    # and their vote, which only these two do.
    assert voted.concepts & buses.concepts == {"strike", "warehouse"}
    assert voted.concepts & offer.concepts == {"driver", "vote"}
    assert len(buses.concepts) == len(offer.concepts) == 4
    assert _concepts_signal(voted, buses, story) < _concepts_signal(voted, offer, story)


def test_concepts_shared_alike_weigh_alike() -> None:
    # Without a story around them to make one concept common, the two pairs above are as alike as before.
    voted = _told("a", "fr", "Les chauffeurs ont voté la grève au dépôt de Colvent.")
    buses = _told("b", "en", "The strike at the Colvent depot hit the night buses.")
    offer = _told("c", "en", "The drivers voted on the mayor's offer.")
    story = [voted, buses, offer]
    assert _concepts_signal(voted, buses, story) == _concepts_signal(voted, offer, story) > 0
