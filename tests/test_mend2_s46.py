"""Mends of session 46's review (mender 2), each value worked out by hand.

Dates: a year opening a sentence gives its year to a month of its own clause only, not to one told back in the
present or nearer it than the year's past perfect.
Claims: words said in a participle's clause after an act are the main clause's subject's, not those of a clause of
time opening the sentence, and are said on the act's day.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import Candidate, extract_events
from generator.model import Source
from generator.extract.temporal import tag_dates

# Thursday 18 September 2042
SEP = dt.date(2042, 9, 18)


def dated(text: str, language: str) -> list[tuple[str, str]]:
    """Each date of a text with its value, published on SEP."""
    return [(m.text, m.value) for m in tag_dates(text, SEP, language)]


@pytest.mark.parametrize("text, language, words, value", [
    # a new clause after the year's, with a subject of its own: publication's reading
    ("In 2031, the brewery moved its vats to Tarvel, and its new owner, named in May, now wants them back.", "en",
     "May", "2042-05"),
    ("En 2031, la brasserie avait déménagé ses cuves à Tarvel ; sa nouvelle gérante, nommée en mai, veut désormais "
     "les rapatrier.", "fr", "mai", "2042-05"),
    # a past perfect background, then the passé composé of what came after, nearer the present
    ("En 2031, Hélène Vasseur avait quitté le hameau, où elle est revenue en mai pour rouvrir l'auberge.", "fr", "mai",
     "2042-05"),
    ("En 2031 Hélène Vasseur avait quitté le hameau où elle est revenue en mai.", "fr", "mai", "2042-05"),
    ("In 2031 Helen Vasseur had left the hamlet where she came back in May.", "en", "May", "2042-05"),
    # "now", « désormais »: back in the present
    ("In 2031 the brewery had moved to Tarvel where its owner now lives since May.", "en", "May", "2042-05"),
    ("En 2031 la brasserie dont la gérante veut désormais partir a fermé en mai.", "fr", "mai", "2042-05"),
])
def test_a_clause_told_nearer_the_present_keeps_publications_year(text: str, language: str, words: str,
                                                                   value: str) -> None:
    assert (words, value) in dated(text, language)


@pytest.mark.parametrize("text, language, words, value", [
    # the year's own clause, in its past perfect: still the year's month
    ("En 2031, une tempête avait fermé le port pendant tout le mois de mai.", "fr", "mai", "2031-05"),
    ("In 2031 a storm had shut the harbour for the whole of May.", "en", "May", "2031-05"),
    # a clause of time after the past perfect tells the same past
    ("In 2031, the mill had shut after it flooded in May.", "en", "May", "2031-05"),
    ("Le club avait organisé l'an dernier, en mai, une brocante qui avait réuni 300 exposants.", "fr", "mai",
     "2041-05"),
    ("La digue a cédé le 4 septembre. Le pont a été fermé le même soir.", "fr", "le même soir", "2042-09-04"),
    # the future stays apart
    ("En 2031, le port avait fermé ; il rouvrira en mai.", "fr", "mai", "2043-05"),
])
def test_the_years_own_clause_still_takes_its_year(text: str, language: str, words: str, value: str) -> None:
    assert (words, value) in dated(text, language)


# Wednesday 10 June 2043
JUNE = dt.date(2043, 6, 10)


def extracted(text: str, language: str) -> list[Candidate]:
    """The candidates of a one-paragraph article published on JUNE."""
    return extract_events(Source(id="a", title="T", published=JUNE, language=language, text=text), [])


@pytest.mark.parametrize("text, language", [
    ("Après que Lucie Ferrand a perdu la primaire, son comité a déposé un recours jeudi, jugeant que le vote avait été "
     "faussé.", "fr"),
    ("Lorsque Lucie Ferrand a perdu la primaire, ses soutiens ont écrit au préfet, affirmant que le décompte était faux.",
     "fr"),
    ("Son comité, après que Lucie Ferrand a perdu la primaire, a déposé un recours, jugeant que le vote avait été "
     "faussé.", "fr"),
    ("After Owen Pryce lost the primary, his committee filed an appeal on Thursday, claiming that the count had been "
     "botched.", "en"),
    ("When Owen Pryce lost the primary, his backers wrote to the governor, saying the tally was wrong.", "en"),
    # quoted words too
    ("Après que Lucie Ferrand a perdu la primaire, son comité a déposé un recours, jugeant le vote « indigne ».", "fr"),
    ("After Owen Pryce lost the primary, his committee filed an appeal, calling the count \"a farce\".", "en"),
])
def test_the_subject_of_an_opening_clause_of_time_is_no_speaker(text: str, language: str) -> None:
    speakers = [c.speaker for c in extracted(text, language) if c.kind == "claim"]
    assert not any(s and ("Ferrand" in s or "Pryce" in s) for s in speakers)


@pytest.mark.parametrize("text, language, speaker", [
    # the clause of time closed by its comma, the main clause's subject speaks
    ("Lorsqu'il a perdu la primaire, Owen Pryce a déposé un recours, jugeant que le vote avait été faussé.", "fr",
     "Owen Pryce"),
    ("Before the count, Lucie Ferrand filed an appeal, claiming that the ballots had been tampered with.", "en",
     "Lucie Ferrand"),
])
def test_the_main_clauses_subject_still_speaks(text: str, language: str, speaker: str) -> None:
    assert speaker in [c.speaker for c in extracted(text, language) if c.kind == "claim"]


@pytest.mark.parametrize("text, language, value", [
    ("Lucie Ferrand a déposé un recours le 2 avril, jugeant qu'un maire ne peut pas fermer une école seul.", "fr",
     "2043-04-02"),
    ("Lucie Ferrand a déposé un recours mardi, affirmant que la mairie avait caché le rapport.", "fr", "2043-06-09"),
    ("Lucie Ferrand a déposé un recours en mars, expliquant que la mairie avait caché le rapport.", "fr", "2043-03"),
    ("The mayor, Lucie Ferrand, filed an appeal on April 2, arguing that a governor cannot shut a school alone.", "en",
     "2043-04-02"),
    ("Lucie Ferrand filed an appeal in March, claiming that the council had hidden the report.", "en", "2043-03"),
    # quoted words too
    ("Lucie Ferrand a défendu le projet le 2 avril, estimant qu'il apporterait « un souffle neuf » au quartier.", "fr",
     "2043-04-02"),
])
def test_words_said_with_a_dated_act_take_its_day(text: str, language: str, value: str) -> None:
    claim = next(c for c in extracted(text, language) if c.kind == "claim")
    assert claim.date.iso() == value


@pytest.mark.parametrize("text, language", [
    # the date is an aside's, not the act's: publication's day stays
    ("Lucie Ferrand, élue en 2040, a déposé un recours, jugeant qu'un maire ne peut pas fermer une école seul.", "fr"),
    ("Lucie Ferrand, who was elected in 2040, filed an appeal, arguing that a governor cannot shut a school alone.",
     "en"),
])
def test_a_date_of_an_aside_is_not_the_acts(text: str, language: str) -> None:
    claim = next(c for c in extracted(text, language) if c.kind == "claim")
    assert claim.date.iso() == JUNE.isoformat()


def test_the_dated_act_stays_a_fact_of_its_own_in_a_story() -> None:
    # the words take the act's day; the act is still told, for merging with the articles that tell it
    text = "Analysts at Varnholt Capital cut their rating on the bank on May 5, citing \"risks the market has ignored\"."
    found = extract_events(Source(id="a", title="T", published=JUNE, language="en", text=text), [], support=True)
    assert sorted((c.kind, c.date.iso()) for c in found) == [("claim", "2043-05-05"), ("event", "2043-05-05")]
