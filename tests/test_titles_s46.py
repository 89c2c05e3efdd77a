"""Event titles (issue 9, item 3), session 46: participle asides, quoted predicates and the leads of a date.

Sentences invented here; each title worked out by hand (the subject, the main clause's verb and its words).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_titles_s43 import _titles  # the titles of one sentence's events, by their date words


# An undated participle aside leaves the title as a dated one does.
PARTICIPLE_ASIDES = [
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
]

# Other asides are told as before.
OTHER_ASIDES = [
    # a dated aside still tells its own fact, the main clause its own
    ("en", "The festival, founded in 1994, will return on 4 October.", "1994", "The festival is founded"),
    ("en", "The festival, founded in 1994, will return on 4 October.", "4 October", "The festival will return"),
    # a capitalised word shaped like a participle (« René ») opens a name, no participle aside
    ("fr", "Le directeur, René Salvi, quittera ses fonctions en juin.", "juin",
     "Le directeur, René Salvi, quitte ses fonctions"),
]

# A quotation that opens on its verb keeps the subject written before its mark.
QUOTED_PREDICATES = [
    # a quotation that opens on its verb is the predicate of the subject written right before its mark
    ("fr", "L'adjoint aux finances rappelle que la commune « a versé 300 000 euros au club depuis 2019 ».", "2019",
     "La commune a versé 300 000 euros au club"),
    ("fr", "Pour l'élu d'opposition Marc Dufour, la majorité « a laissé traîner le dossier depuis l'an dernier ».",
     "l'an dernier", "La majorité a laissé traîner le dossier"),
    ("fr", "Un analyste estime que le secteur « ne redémarrera pas avant 2028 ».", "2028", "Le secteur redémarrera"),
    # the verb the subject shares with the quotation comes with it
    ("en", "A spokesman said its repair had been \"planned for the spring of 2027\" as part of a wider programme.",
     "spring of 2027", "Its repair is planned"),
]

# The words that lead a date leave the title with it.
DATE_LEADS = [
    # an elided lead glued to the date goes with it: no « à partir », « d' » left hanging
    ("fr", "Le bus desservira le bourg tous les jours à partir d'avril.", "avril",
     "Le bus desservira le bourg tous les jours"),
    ("fr", "La route sera fermée à partir d'octobre pour des travaux.", "octobre", "La route sera fermée pour des travaux"),
    ("fr", "Le festival se jouera à partir de l'automne 2027 à Morlanne, à 40 kilomètres de là.", "de l'automne 2027",
     "Le festival se jouera à Morlanne, à 40 kilomètres de là"),
    # "since <date>, when …" with "since" in the date's words, and a season's second year left out of them
    ("en", "It is the worst spill on this coast since the winter of 1987-88, when the cargo ship Lady Marna ran "
           "aground off Kell Point.", "since the winter of 1987", "The cargo ship Lady Marna runs aground off Kell Point"),
]


# « courir jusqu'à » says nothing without the date it runs to: the title keeps it, as « durer jusqu'à » does; the
# adjective « court » before a noun is no verb.
RUNS_UNTIL = [
    ("fr", "La consultation sur le plan de circulation court jusqu'au 15 mai, et chacun peut écrire au commissaire.",
     "15 mai", "La consultation sur le plan de circulation court jusqu'au 15 mai"),
    ("fr", "Le tarif réduit des étudiants court jusqu'au 31 décembre 2027.", "31 décembre 2027",
     "Le tarif réduit des étudiants court jusqu'au 31 décembre 2027"),
    ("fr", "Un court délai de dix jours est accordé jusqu'au 3 mai.", "3 mai", "Un court délai de dix jours est accordé"),
]


@pytest.mark.parametrize("language, text, date, title",
                         PARTICIPLE_ASIDES + OTHER_ASIDES + QUOTED_PREDICATES + DATE_LEADS + RUNS_UNTIL)
def test_a_title_tells_the_clause_of_its_date(tmp_path: Path, language: str, text: str, date: str, title: str) -> None:
    assert _titles(tmp_path, text, language)[date] == title
