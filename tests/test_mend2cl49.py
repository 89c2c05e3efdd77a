"""Review 49-2, findings 2 and 5: an unnamed source speaks by its article ("a source", "sources", « une source »,
« des sources » are people; "the source" before a noun or "of" is a thing), and « aux » after an inverted speaker is cut
only before the people it was said to, never from a role's remit, a body's aim or a town's name."""
from __future__ import annotations

import pytest

from tests.test_extract_events import claims


@pytest.mark.parametrize("text, language, speaker, words", [
    ("According to a source, the manager will leave at the end of the season.", "en",
     "A source", "the manager will leave at the end of the season"),
    ("The bill will be dropped next week, according to a source.", "en", "A source", "The bill will be dropped next week"),
    ("According to sources, the manager will leave at the end of the season.", "en",
     "Sources", "the manager will leave at the end of the season"),
    ("According to one source, the manager will leave at the end of the season.", "en",
     "One source", "the manager will leave at the end of the season"),
    ("According to sources in the government, the bill will be dropped next week.", "en",
     "Sources in the government", "the bill will be dropped next week"),
    ("According to a source in January, the manager will leave at the end of the season.", "en",
     "A source", "the manager will leave at the end of the season"),
    ("According to two sources familiar with the talks, the deal will be signed on Friday.", "en",
     "Two sources familiar with the talks", "the deal will be signed on Friday"),
    ("Selon une source, le suspect a été interpellé à son domicile.", "fr",
     "Une source", "le suspect a été interpellé à son domicile"),
    ("Le projet sera abandonné la semaine prochaine, selon une source.", "fr",
     "Une source", "Le projet sera abandonné la semaine prochaine"),
    ("Selon des sources concordantes, le suspect a été interpellé à son domicile.", "fr",
     "Des sources concordantes", "le suspect a été interpellé à son domicile"),
    ("Selon une source au ministère, le projet sera abandonné la semaine prochaine.", "fr",
     "Une source au ministère", "le projet sera abandonné la semaine prochaine"),
    ("Selon une source de la préfecture, le projet sera abandonné la semaine prochaine.", "fr",
     "Une source de la préfecture", "le projet sera abandonné la semaine prochaine"),
    ("According to police sources, the suspect was arrested at his home.", "en",
     "Police sources", "the suspect was arrested at his home"),
    ("According to sources on Monday, the bill will be dropped next week.", "en",
     "Sources", "the bill will be dropped next week"),
])
def test_an_indefinite_or_bare_source_speaks(text: str, language: str, speaker: str, words: str) -> None:
    assert claims(text, language) == [(speaker, words)]


@pytest.mark.parametrize("text, language", [
    ("According to the source in the report, the manager will leave at the end of the season.", "en"),
    ("According to the source data, prices rose sharply in the last quarter.", "en"),
    ("According to a source document, prices rose sharply in the last quarter.", "en"),
    ("Selon la source historique, le château a été bâti au XIIe siècle par les moines.", "fr"),
    ("Selon la source de ces chiffres, les prix ont augmenté de dix pour cent.", "fr"),
    ("Selon des sources de financement, le projet sera abandonné la semaine prochaine.", "fr"),
])
def test_a_source_before_a_noun_or_of_is_a_thing(text: str, language: str) -> None:
    assert claims(text, language) == []


@pytest.mark.parametrize("text, speaker, words", [
    ("Le chantier prendra fin en juin, a indiqué le délégué aux affaires scolaires.",
     "Le délégué aux affaires scolaires", "Le chantier prendra fin en juin"),
    ("Le musée rouvrira en juin, a précisé l'Office de tourisme aux Sables-d'Olonne.",
     "Office de tourisme aux Sables-d'Olonne", "Le musée rouvrira en juin"),
    ("Le local rouvrira en juin, a précisé l'association d'aide aux victimes.",
     "L'association d'aide aux victimes", "Le local rouvrira en juin"),
    ("« Nous rouvrirons en juin », a déclaré l'association d'aide aux victimes.",
     "L'association d'aide aux victimes", "Nous rouvrirons en juin"),
    ("Le marché rouvrira en juin, a annoncé le maire aux Mureaux.", "Le maire aux Mureaux", "Le marché rouvrira en juin"),
    ("La séance est reportée à mardi, a indiqué le juge aux affaires familiales.",
     "Le juge aux affaires familiales", "La séance est reportée à mardi"),
    ("Le bureau fermera en juin, a annoncé La Poste aux élus de la commune.", "La Poste", "Le bureau fermera en juin"),
])
def test_aux_is_cut_only_before_the_people_told(text: str, speaker: str, words: str) -> None:
    assert claims(text, "fr") == [(speaker, words)]
