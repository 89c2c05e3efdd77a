"""Titles told in the present (issue 9 part 3), session 42: a site's titles are headlines, in the present.

Sentences invented for these tests; every expected title was worked out by hand (the verb's present, its number by
its subject or auxiliary).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.extract.events import in_present
from generator.extract.pipeline import extract_file
from generator.model import Site


@pytest.mark.parametrize("title, told", [
    # a simple past, a perfect, a past perfect, a "will": the verb's present, its number by the subject
    ("Brindle Park opened", "Brindle Park opens"),
    ("The ferry company has cancelled the night crossing", "The ferry company cancels the night crossing"),
    ("The board had already approved the loan", "The board approves the loan"),
    ("The museum will close for repairs", "The museum closes for repairs"),
    ("Oskar Venn left the orchestra", "Oskar Venn leaves the orchestra"),
    ("The mayor said the bridge was unsafe", "The mayor says the bridge was unsafe"),
    # a passive past: the copula only
    ("The concert was cancelled after the storm", "The concert is cancelled after the storm"),
    ("The tolls have been scrapped by the county", "The tolls are scrapped by the county"),
])
def test_an_english_title_is_told_in_the_present(title: str, told: str) -> None:
    assert in_present(title, "en") == told


@pytest.mark.parametrize("title", [
    "An appeal launched in May has raised £9,000",  # a participle heading a phrase, then the verb
    "Cllr Rhona Deeley, elected in 2019, has joined the Greens",  # an aside's participle
    "With a second stage planned for June",  # after a preposition: no subject, no verb
    "Tarnley Harriers will move to a new ground",  # a name that may be a plural: the number is in doubt
    "We will open the hall at noon",  # the first person
    "The shop has 40 staff",  # "has" is the verb
])
def test_an_english_title_stays_as_written_when_its_verb_or_number_is_in_doubt(title: str) -> None:
    assert in_present(title, "en") == title


@pytest.mark.parametrize("title, told", [
    ("La mairie a fermé la halle aux grains", "La mairie ferme la halle aux grains"),
    ("Les riverains ont signé une pétition", "Les riverains signent une pétition"),
    ("Le syndicat avait rejeté l'offre", "Le syndicat rejette l'offre"),
    ("La coopérative a acheté un pressoir", "La coopérative achète un pressoir"),
    ("Le club a pris une décision", "Le club prend une décision"),
    ("Les travaux débuteront finalement", "Les travaux débutent finalement"),
    ("Deux statues ont été volées dans la chapelle", "Deux statues sont volées dans la chapelle"),
    ("Le comité s'est réuni en urgence", "Le comité se réunit en urgence"),
    ("Le port de Quimerch a été fondé par les moines", "Le port de Quimerch est fondé par les moines"),
])
def test_a_french_title_is_told_in_the_present(title: str, told: str) -> None:
    assert in_present(title, "fr") == told


@pytest.mark.parametrize("title", [
    "Le maire n'a pas signé l'arrêté",  # a negation: its clitics would move
    "La préfecture l'a confirmé",  # an object pronoun before the auxiliary
    "Le bilan qui a été publié",  # a relative clause
    "Le projet a été difficile",  # « été » and no participle: a state then, not a passive
    "Le chantier a eu lieu",  # a participle no rule reads
])
def test_a_french_title_stays_as_written_when_its_verb_cannot_be_retold(title: str) -> None:
    assert in_present(title, "fr") == title


def test_an_extracted_source_gets_present_titles(tmp_path: Path) -> None:
    source = tmp_path / "halle.md"
    source.write_text("---\ntitle: Halle\npublished: 2026-03-04\nlanguage: fr\n---\n\n"
                      "Lundi, la commune de Varzelle a racheté l'ancienne halle aux grains.\n", encoding="utf-8")
    result = extract_file(source, Site(title="T", language="fr"), [])
    assert not result.problems
    assert [(c.date.iso(), c.title) for c in result.candidates] == [
        ("2026-03-02", "La commune de Varzelle rachète l'ancienne halle aux grains")]
    assert dt.date(2026, 3, 2).weekday() == 0  # « lundi » before Wednesday 4 March 2026
