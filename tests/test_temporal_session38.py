"""Dates read by the tagger in session 38 (issue 9), each value worked out by hand against a calendar.

A verb of the present in the date's own clause ("la piscine ferme en février", "the depot closes in February") was
no cue of tense: a past verb further away in the sentence decided, and the month went back a year.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates

OCT = dt.date(2040, 10, 9)  # a Tuesday


def values(text: str, published: dt.date, language: str) -> list[str]:
    """The value of each date of a text."""
    return [m.value for m in tag_dates(text, published, language)]


@pytest.mark.parametrize("text, language, expected", [
    # the present of the date's clause is nearer than the past verb after the comma: the coming February
    ("La piscine municipale ferme en février pour un an de travaux, et le club n'a trouvé aucun autre bassin.", "fr",
     ["2041-02"]),
    ("The bus depot closes in February for a year of works, and the council has found no other site.", "en",
     ["2041-02"]),
    ("The bus depot closes in February for a year of works, and the council found no other site.", "en",
     ["2041-02"]),
    # a noun after its article is no verb: the past decides ("la ferme" is a farm)
    ("La ferme en février avait perdu ses bêtes, et l'éleveur a tout vendu.", "fr", ["2040-02"]),
    # a past verb of the date's own clause still dates it
    ("Le club a fermé en février, et la salle reste vide.", "fr", ["2040-02"]),
])
def test_a_present_verb_of_the_dates_clause_is_a_cue(text: str, language: str, expected: list[str]) -> None:
    assert values(text, OCT, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # "ferme" after "prison" or a length of time is the adjective of a sentence, no verb: the past decides
    ("Le voleur a écopé de huit mois de prison ferme en février, et son complice a été relaxé.", "fr",
     ["2040-02"]),
    # a capitalised article still makes a noun of what follows it
    ("La ferme en janvier des Martin, selon les gendarmes, a brûlé entièrement.", "fr", ["2040-01"]),
    # nor is a noun after an adjective that stands before it ("une nouvelle offre") a verb
    ("Une nouvelle offre en février, selon le syndicat, a convaincu les salariés.", "fr", ["2040-02"]),
    # English -s forms read mostly as plural nouns are no cue of the present
    ("Road works in March on the ring road caused queues of several miles.", "en", ["2040-03"]),
    ("Rising costs in February on fuel alone pushed the bus company into the red.", "en", ["2040-02"]),
])
def test_a_noun_or_an_adjective_is_no_present_verb(text: str, language: str, expected: list[str]) -> None:
    assert values(text, OCT, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # another verb's present tells its own clause, not the sentence: the weekend told in the past is the one gone
    ("The club confirmed the signing over the weekend, and the striker joins for a year.", "en", ["2040-10-06"]),
    # nor does it make a length of time in a present-tense sentence a date
    ("The ferry goes from the port to the island in three days.", "en", []),
])
def test_only_a_copula_tells_a_sentence_in_the_present(text: str, language: str, expected: list[str]) -> None:
    assert values(text, OCT, language) == expected
