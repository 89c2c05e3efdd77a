"""Merging's bilingual lexicon, session 40: false friends name no concept."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.dates import TimelineDate
from generator.extract.events import Candidate
from generator.extract.stories import mention


def _event(language: str, quote: str):
    """A mention dated 2032-03-10 in an article of 2032-03-12, for the concepts merging reads."""
    candidate = Candidate(id="s-x", source="s", title="t", date=TimelineDate.parse("2032-03-10"),
                          kind="event", quote=quote, date_basis="text", date_text="")
    return mention(candidate, dt.date(2032, 3, 12), language)


@pytest.mark.parametrize("language, quote, wrong", [
    ("fr", "Le maire veut faire rénover la halle du marché.", "fair"),
    ("fr", "Elle a fini sa carrière à la mairie de Pontvieux.", "airline"),
    ("fr", "Dans la foulée, le conseil municipal a voté le budget.", "crowd"),
    ("fr", "Des traces de gazole ont été relevées dans le ruisseau.", "route"),
    ("en", "Traces of the solvent were left in the soil.", "route"),
])
def test_a_false_friend_names_no_concept(language: str, quote: str, wrong: str) -> None:
    # Read through a listed word's lemma or stem ("fair", "carrier", « foule », « tracé »), these words linked
    # facts that share nothing.
    assert wrong not in _event(language, quote).concepts


def test_the_words_kept_still_name_their_action() -> None:
    # The exceptions are words as written, not stems: the forms the lexicon lists keep their concepts.
    assert "fair" in _event("en", "The trade fair opened in the old market hall.").concepts
    assert "crowd" in _event("fr", "La foule s'est massée devant la mairie.").concepts
    assert "route" in _event("fr", "Le tracé de la rocade a été modifié.").concepts

