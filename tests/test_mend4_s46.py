"""Mends of session 46's review (mender 4), each value worked out by hand.

Claims in a participle's clause after an act ("…, arguing that …"): a sentence opening on a subordinator of two
words (« Alors que », "Even though") gives its clause's subject no words; a date in the act's infinitive or noun
complement, or after publication, does not date the words.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import Candidate, extract_events
from generator.model import Source

# Wednesday 10 June 2043
JUNE = dt.date(2043, 6, 10)


def extracted(text: str, language: str) -> list[Candidate]:
    """The candidates of a one-paragraph article published on JUNE."""
    return extract_events(Source(id="a", title="T", published=JUNE, language=language, text=text), [])


def speakers(text: str, language: str) -> list[str]:
    """The speakers of a text's claims."""
    return [c.to_data().get("speaker") for c in extracted(text, language) if c.to_data().get("speaker")]


@pytest.mark.parametrize("text, language", [
    ("Alors que Noémie Castel a été battue, son équipe a saisi la justice mardi, estimant que le scrutin était "
     "truqué.", "fr"),
    ("Bien que Noémie Castel ait été battue, son équipe a déposé plainte, affirmant que le scrutin était truqué.",
     "fr"),
    ("Même si Noémie Castel a été battue, son équipe a déposé un recours, jugeant que le scrutin était truqué.", "fr"),
    ("Even though Owen Pardew was beaten, his team went to court on Tuesday, arguing that the count was wrong.", "en"),
    ("Now that Owen Pardew has been beaten, his team filed a complaint, claiming that the count was wrong.", "en"),
    ("Even if Owen Pardew was beaten fairly, his team filed an appeal, insisting that the count was wrong.", "en"),
])
def test_a_two_word_subordinators_subject_gives_no_words(text: str, language: str) -> None:
    # the loser is the subordinate clause's subject; "his team" is named by no name: no claim, the safe reading
    assert speakers(text, language) == []


def claim_dates(text: str, language: str) -> list[str]:
    """The dates of a text's claims."""
    return [c.to_data()["date"] for c in extracted(text, language) if c.to_data().get("speaker")]


@pytest.mark.parametrize("text, language", [
    ("The governor, Ines Morrow, attacked the plan to sell the harbour in October, arguing that it would cost jobs.",
     "en"),
    ("The governor, Ines Morrow, attacked the closure of the harbour in October, arguing that it would cost jobs.",
     "en"),
    ("La préfète, Inès Morel, a attaqué le projet de vendre le port en octobre, estimant qu'il coûterait des emplois.",
     "fr"),
    ("La préfète, Inès Morel, a attaqué la vente de la halle en octobre, estimant qu'elle coûterait des emplois.", "fr"),
])
def test_a_complements_date_does_not_date_the_words(text: str, language: str) -> None:
    # October is the sale's or the closure's; the words were said when she attacked it, told by no date: publication
    assert claim_dates(text, language) == ["2043-06-10"]


@pytest.mark.parametrize("text, language", [
    ("The governor, Ines Morrow, will take the case to court in October, arguing that the sale is void.", "en"),
])
def test_words_are_not_said_after_publication(text: str, language: str) -> None:
    assert claim_dates(text, language) == ["2043-06-10"]


@pytest.mark.parametrize("text, language, value", [
    # the act's own date still dates the words (91ddcad)
    ("The governor, Ines Morrow, took the case to court on May 3, arguing that the sale was void.", "en", "2043-05-03"),
    ("La préfète, Inès Morel, a saisi le tribunal de Tarvel le 3 mai, estimant que la vente était nulle.", "fr",
     "2043-05-03"),
])
def test_the_acts_own_date_still_dates_the_words(text: str, language: str, value: str) -> None:
    assert claim_dates(text, language) == [value]


@pytest.mark.parametrize("text, language, value", [
    # the subject's complement is none of the act's
    ("Ines Morrow of the Green party took the case to court on May 3, arguing that the sale was void.", "en",
     "2043-05-03"),
    ("Inès Morel de la Ligue des riverains a saisi le tribunal le 3 mai, estimant que la vente était nulle.", "fr",
     "2043-05-03"),
])
def test_the_subjects_complement_is_not_the_acts(text: str, language: str, value: str) -> None:
    assert claim_dates(text, language) == [value]
