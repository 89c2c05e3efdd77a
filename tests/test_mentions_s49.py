"""Session 49 (issue 10, mentions found): an English sentence told in the present perfect ("Curators have confirmed
that …") says nothing of when its own fact happened, so a past date in a clause after its verb (a relative clause, a
clause of time) is that clause's fact's: the main clause is a support of its own, dated by publication and quoting the
sentence without that clause, which merging never joins to its sentence's dated fact.

Every sentence was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import Candidate, extract_events
from generator.extract.stories import group, mention
from generator.model import Source

PUB = dt.date(2031, 9, 12)  # a Friday


def _found(text: str, language: str = "en", source: str = "art", published: dt.date = PUB) -> list[Candidate]:
    """Every candidate, supports too, of a one-sentence article."""
    return extract_events(Source(id=source, title="Title", published=published, language=language, text=text), [],
                          support=True)


@pytest.mark.parametrize("text, main, clause_title", [
    ("Curators in Harlow have confirmed that a stone which crashed through a shed roof in Kent on Tuesday night is a "
     "meteorite, the first seen to fall in the county for decades.",
     "Curators in Harlow have confirmed that a stone is a meteorite",
     "A stone crashed through a shed roof in Kent"),
    ("A post-mortem has shown that the seal which beached at Corran Sands on September 8 had been hit by a jet ski.",
     "A post-mortem has shown that the seal had been hit by a jet ski",
     "The seal beached at Corran Sands"),
    # a clause of time runs on after its date: all of it is the background fact's
    ("Halby Lido has been saved from closure after the town's cabinet voted on Tuesday to spend £2 million on its "
     "pool.",
     "Halby Lido has been saved from closure",
     "The town's cabinet voted to spend £2 million on its pool"),
])
def test_a_perfect_lead_gives_its_main_clause_apart_from_its_background_date(text: str, main: str,
                                                                              clause_title: str) -> None:
    found = _found(text)
    dated = [c for c in found if not c.support]
    supports = [c for c in found if c.support and c.quote == main]
    assert [(c.date_basis, c.date.iso(), c.apart_from) for c in supports] == [("published", "2031-09-12",
                                                                               dated[0].id)]
    # The dated fact is the clause's, titled by it: the lead's news is no part of its title.
    assert [c.title for c in dated] == [clause_title]


@pytest.mark.parametrize("text, language", [
    # the date is the main clause's own: after the verb, in no clause of its own
    ("The council has approved the new car park on Tuesday.", "en"),
    # a date still to come: the perfect sets it ("has set 14 June as the deadline")
    ("The club has said that the stand, which will reopen on September 20, is safe.", "en"),
    # the clause opened after the verb tells no verb of its own: the date is the main clause's
    ("The mayor has closed the pool until September 20.", "en"),
    # the French compound past dates its own fact: « a démissionné mardi » is Tuesday's resignation
    ("Le maire a confirmé que la pierre qui est tombée mardi soir sur une grange est une météorite.", "fr"),
    # a simple past dates its own clause
    ("Curators confirmed that a stone which fell on Tuesday night is a meteorite.", "en"),
])
def test_no_main_clause_apart_unless_a_perfect_precedes_a_clause_dated_in_the_past(text: str, language: str) -> None:
    assert not [c for c in _found(text, language) if c.apart_from]


def test_merging_never_joins_a_perfect_main_clause_to_its_own_sentence_fact() -> None:
    # The lead's main clause shares its subject's words with the failure another article tells on its day, as the
    # lead's own dated clause does: the failure's two tellings are one fact, the thaw stays out of it (told by no one
    # else, it is dropped). Without the rule the thaw joined the failure, as the ice cores' melt did (dev stories).
    lead = _found("A third of the seed bank at Kelby University has thawed after the freezer of its cold store failed "
                  "on Tuesday night.", source="a")
    other = _found("The freezer of the cold store at Kelby University's seed bank failed on Tuesday night.", source="b",
                   published=dt.date(2031, 9, 11))
    mentions = [mention(c, PUB if c.source == "a" else dt.date(2031, 9, 11), "en") for c in lead + other]
    facts = [[(m.source, m.candidate.support) for m in story.mentions] for story in group(mentions)]
    assert facts == [[("b", False), ("a", False)]]
