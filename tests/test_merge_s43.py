"""Merging (issue 10), session 43: a sentence whose "when" clause tells its fact joins the fact that clause joined.

Every sentence was written for these tests; the dates were worked out by hand from the publication days.
"""
from __future__ import annotations

import datetime as dt

from generator.extract.events import extract_events
from generator.extract.stories import group, mention
from generator.model import Source


def _mentions(source: str, language: str, published: dt.date, text: str) -> list:
    """The mentions merging reads from a one-paragraph article (its supports too, as `extract` gives them)."""
    article = Source(id=source, title="Titre", published=published, language=language, text=text)
    return [mention(c, published, language) for c in extract_events(article, [], support=True)]


def _sources_with(stories: list, words: str) -> set[str]:
    """The articles of the fact whose mentions include one quoting ``words``."""
    for story in stories:
        if any(words in m.candidate.quote for m in story.mentions):
            return {m.source for m in story.mentions if not m.candidate.support}
    return set()


# Two articles tell the crane's fall (Tuesday 11 March 2031); the third names it only in a "when" clause of a
# sentence whose own words tell nothing, and gives it a day off (10 March: a conflict, so the date alone joins
# nothing and the sentence must follow its clause).
CRANE_FR = ("La grue du port de Lenoc s'est effondrée mardi sur le quai Sud, sans faire de blessé.", "fr",
            dt.date(2031, 3, 12))
CRANE_EN = ("The harbour crane at Lenoc collapsed onto the South quay on Tuesday, injuring no one.", "en",
            dt.date(2031, 3, 13))


def test_a_sentence_left_with_no_words_of_its_own_joins_the_fact_of_its_when_clause() -> None:
    mentions = [*_mentions("a", CRANE_FR[1], CRANE_FR[2], CRANE_FR[0]),
                *_mentions("b", CRANE_EN[1], CRANE_EN[2], CRANE_EN[0]),
                *_mentions("c", "en", dt.date(2031, 3, 20),
                           "Things went badly wrong on 10 March, when the harbour crane at Lenoc collapsed onto "
                           "the South quay.")]
    assert _sources_with(group(mentions), "Things went badly wrong") == {"a", "b", "c"}


def test_a_sentence_telling_another_action_stays_out_of_its_when_clause_fact() -> None:
    # The ferry's cancellation is a fact of its own: its sentence does not follow its clause into the crane's fall.
    mentions = [*_mentions("a", CRANE_FR[1], CRANE_FR[2], CRANE_FR[0]),
                *_mentions("b", CRANE_EN[1], CRANE_EN[2], CRANE_EN[0]),
                *_mentions("c", "en", dt.date(2031, 3, 20),
                           "The ferry company cancelled its crossings on 10 March, when the harbour crane at Lenoc "
                           "collapsed onto the South quay.")]
    assert _sources_with(group(mentions), "The ferry company cancelled") == {"c"}
