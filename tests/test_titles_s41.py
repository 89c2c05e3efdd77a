"""Event titles (issue 9, item 3), session 41: a date's title is the clause the date is written in.

Sentences invented for these tests; every expected title and date was worked out by hand from the sentence and its
publication day (calendars checked with Python's datetime).
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import Candidate, extract_events
from generator.model import Source

EN_PUB = dt.date(2026, 10, 7)  # a Wednesday: "on Monday" is 2026-10-05
FR_PUB = dt.date(2026, 10, 7)  # un mercredi : « lundi » est le 2026-10-05


def events(text: str, language: str) -> dict[str, str]:
    """The event titles of a one-paragraph article, by their date."""
    pub = EN_PUB if language == "en" else FR_PUB
    found: list[Candidate] = extract_events(Source(id="t", title="T", published=pub, language=language, text=text), [])
    return {c.date.iso(): c.title for c in found if c.kind == "event"}


@pytest.mark.parametrize("language, text, date, title", [
    # the date inside a clause of time after the main clause: that clause's fact, its opening word left out
    ("en", "Drivers will be allowed to park free of charge after the council scrapped the fees on Monday.",
     "2026-10-05", "The council scrapped the fees"),
    ("en", "The mill is still shut after the river authority issued a flood warning on 2 October.",
     "2026-10-02", "The river authority issued a flood warning"),
    ("en", "The paper mill will close next year, after demand for newsprint fell by a fifth in 2025.",
     "2025", "Demand for newsprint fell by a fifth"),
    ("fr", "Les baigneurs pourront revenir après que la préfecture a levé l'arrêté lundi.",
     "2026-10-05", "La préfecture a levé l'arrêté"),
    ("fr", "Lorsque le chantier de la digue a démarré en 2019, personne ne parlait de fouilles.",
     "2019", "Le chantier de la digue a démarré"),
])
def test_date_in_a_clause_of_time_titles_that_clause(language: str, text: str, date: str, title: str) -> None:
    assert events(text, language)[date] == title


@pytest.mark.parametrize("language, text, date, title", [
    # a noun after "after", no clause: the main clause stays the title
    ("en", "Operation Dawn was launched after seven crashes on the bypass this year.",
     "2026", "Operation Dawn was launched after seven crashes on the bypass"),
    # a date glued to its noun dates the noun, not the clause of time
    ("en", "Kelso Town have sacked their coach after Saturday's 4-1 defeat left the club bottom of the table.",
     "2026-10-03", "Kelso Town have sacked their coach after Saturday's 4-1 defeat left the club bottom of the table"),
    # a pronoun for the clause's subject: no statement alone
    ("en", "The Harbour Road food bank has been run by volunteers ever since it opened in 2016.",
     "2016", "The Harbour Road food bank has been run by volunteers ever since it opened"),
])
def test_no_clause_of_time_of_its_own_keeps_the_main_clause(language: str, text: str, date: str, title: str) -> None:
    assert events(text, language)[date] == title


@pytest.mark.parametrize("language, text, date, title", [
    # the sentence's only date after a main clause told in the simple past: the main clause is the news of those days
    ("en", "Radio Kell returned to the air after the regulator granted it a temporary licence on Monday.",
     "2026-10-05", "Radio Kell returned to the air after the regulator granted it a temporary licence"),
    ("fr", "La commune a racheté le terrain après que le conseil a voté contre la vente lundi.",
     "2026-10-05", "La commune a racheté le terrain après que le conseil a voté contre la vente"),
])
def test_a_main_clause_in_the_past_keeps_the_title(language: str, text: str, date: str, title: str) -> None:
    assert events(text, language)[date] == title


def test_a_year_used_as_an_adjective_in_a_clause_of_time_is_the_nouns() -> None:
    text = "The academy has opened an inquiry into its director after a blogger said parts of his 1998 thesis were copied."
    assert events(text, "en")["1998"].startswith("The academy has opened an inquiry into its director")


@pytest.mark.parametrize("language, text, date, title", [
    # a date's lead of several words goes with it: no « à compter », « au cours » left hanging
    ("fr", "Le guichet de la gare sera transféré à la mairie à compter du 1er décembre.",
     "2026-12-01", "Le guichet de la gare sera transféré à la mairie"),
    ("fr", "Un nouveau directeur pourrait être nommé au cours du premier trimestre, a indiqué le syndicat.",
     "2027-Q1", "Le syndicat a indiqué qu'un nouveau directeur pourrait être nommé"),
    ("en", "The new parking charges apply as of 1 January.", "2027-01-01", "The new parking charges apply"),
    # "last", "take", « durer » say nothing without how long: the date stays
    ("en", "The road closure is expected to last until at least the end of November.",
     "2026-11", "The road closure is expected to last until at least the end of November"),
    ("en", "The repairs to the sea wall would take until the spring of 2028.",
     "2028-SP", "The repairs to the sea wall would take until the spring of 2028"),
    ("fr", "Le chantier du pont doit durer jusqu'à la fin de novembre.",
     "2026-11", "Le chantier du pont doit durer jusqu'à la fin de novembre"),
])
def test_a_date_lead_goes_with_its_date_and_a_length_stays(language: str, text: str, date: str, title: str) -> None:
    assert events(text, language)[date] == title


def test_a_time_word_right_before_the_date_is_its_preposition() -> None:
    text = "The harbour café cannot reopen before April because its freezer has broken down."
    titles = list(events(text, "en").values())
    assert titles and not any(t.startswith("Because") for t in titles)


@pytest.mark.parametrize("language, text, date, title", [
    # a second predicate with a date of its own is told with its own clause's subject, not the sentence's first one
    ("en", "Mr Pellow says the bakery has paid its rent for 22 years and was offered a new lease in the autumn.",
     "2026-FA", "The bakery was offered a new lease"),
    ("fr", "Selon le parquet, deux suspects ont été placés en garde à vue lundi et seront jugés le 4 novembre.",
     "2026-11-04", "Deux suspects seront jugés"),
    ("fr", "Le maire a dit que la salle avait été inaugurée en mars et serait agrandie en 2027.",
     "2027", "La salle serait agrandie"),
    # a bare participle takes the auxiliary it shares with the first verb
    ("en", "The council has cut library hours in March and closed the Eastgate pool in May.",
     "2026-05", "The council has closed the Eastgate pool"),
])
def test_a_second_predicate_is_told_with_its_own_subject(language: str, text: str, date: str, title: str) -> None:
    assert events(text, language)[date] == title


def test_a_shared_be_is_no_auxiliary_to_guess() -> None:
    # "was arrested and charged": "charged" may be a passive's participle or a past of its own; no title guesses it
    titles = events("Jack Barrow was arrested on Monday and charged on Tuesday.", "en")
    assert "Jack Barrow charged" not in " ".join(titles.values())

