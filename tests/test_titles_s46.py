"""Event titles (issue 9, item 3), session 46: an undated participle aside leaves the title as a dated one does.

Sentences invented here; each title worked out by hand (the subject, the main clause's verb and its words).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_titles_s43 import _titles  # the titles of one sentence's events, by their date words


@pytest.mark.parametrize("language, text, date, title", [
    # a past participle and its complement between the subject and its verb: the aside goes, dated or not
    ("fr", "Le vieux lavoir, restauré par les bénévoles du village, sera inauguré dimanche.", "dimanche",
     "Le vieux lavoir sera inauguré"),
    ("fr", "Le marché couvert, fermé depuis l'incendie, rouvrira le 2 mai.", "2 mai", "Le marché couvert rouvrira"),
    # a subject whose noun reads as a verb (« fête ») is still one before a participle aside
    ("fr", "La fête du quartier, organisée par les commerçants, aura lieu samedi.", "samedi",
     "La fête du quartier aura lieu"),
    # a habit in the aside is no date, and no clause either ("every autumn")
    ("en", "The town's cider festival, organised by volunteers every autumn, will return on 4 October.", "4 October",
     "The town's cider festival will return"),
    ("en", "The old pier, closed to the public since the storm, was demolished in March.", "March",
     "The old pier is demolished"),
    ("en", "The report, commissioned by the council and written by two engineers, will be published in June.", "June",
     "The report will be published"),
    ("fr", "Le lavoir, restauré par la commune et inauguré par le maire, accueillera une exposition en juin.", "juin",
     "Le lavoir accueille une exposition"),
])
def test_an_undated_participle_aside_leaves_the_title(tmp_path: Path, language: str, text: str, date: str,
                                                      title: str) -> None:
    assert _titles(tmp_path, text, language)[date] == title


@pytest.mark.parametrize("language, text, date, title", [
    # a dated aside still tells its own fact, the main clause its own
    ("en", "The festival, founded in 1994, will return on 4 October.", "1994", "The festival is founded"),
    ("en", "The festival, founded in 1994, will return on 4 October.", "4 October", "The festival will return"),
    # a capitalised word shaped like a participle (« René ») opens a name, no participle aside
    ("fr", "Le directeur, René Salvi, quittera ses fonctions en juin.", "juin",
     "Le directeur, René Salvi, quitte ses fonctions"),
])
def test_other_asides_are_told_as_before(tmp_path: Path, language: str, text: str, date: str, title: str) -> None:
    assert _titles(tmp_path, text, language)[date] == title


@pytest.mark.parametrize("language, text, date, title", [
    # a quotation that opens on its verb is the predicate of the subject written right before its mark
    ("fr", "L'adjoint aux finances rappelle que la commune « a versé 300 000 euros au club depuis 2019 ».", "2019",
     "La commune a versé 300 000 euros au club"),
    ("fr", "Pour l'élu d'opposition Marc Dufour, la majorité « a laissé traîner le dossier depuis l'an dernier ».",
     "l'an dernier", "La majorité a laissé traîner le dossier"),
    ("fr", "Un analyste estime que le secteur « ne redémarrera pas avant 2028 ».", "2028", "Le secteur redémarrera"),
    # the verb the subject shares with the quotation comes with it
    ("en", "A spokesman said its repair had been \"planned for the spring of 2027\" as part of a wider programme.",
     "spring of 2027", "Its repair is planned"),
])
def test_a_quoted_predicate_keeps_the_subject_written_before_it(tmp_path: Path, language: str, text: str, date: str,
                                                                title: str) -> None:
    assert _titles(tmp_path, text, language)[date] == title
