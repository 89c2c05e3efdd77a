"""Event titles built from the clause that carries the date (issue 9, item 3), session 43.

Sentences invented for these tests; every expected title was worked out by hand from the issue's rule: the clause
that holds the event's date, with its own subject and verb, told in the present when its verb allows.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract.events import in_present
from generator.extract.pipeline import extract_file
from generator.model import Site


def _titles(tmp_path: Path, text: str, language: str) -> dict[str, str]:
    """The extracted events' titles of one sentence, by their date words (published Wednesday 4 March 2026)."""
    source = tmp_path / "s.md"
    source.write_text(f"---\ntitle: T\npublished: 2026-03-04\nlanguage: {language}\n---\n\n{text}\n", encoding="utf-8")
    result = extract_file(source, Site(title="T", language=language), [])
    assert not result.problems
    return {str(c.date_text): c.title for c in result.candidates if c.kind == "event" and c.date_text}


@pytest.mark.parametrize("language, text, date, title", [
    # a reported fact's clause cut after an aside in commas keeps the subject written before the aside
    ("en", "Ms Laine said work on the new stand, which began last autumn, would finish in the spring.",
     "in the spring", "Work on the new stand would finish"),
    ("en", "Harlow Bridge Market, the town's covered market since 1952, will close at the end of June, the council "
           "announced on Tuesday.", "at the end of June", "Harlow Bridge Market closes, the council announced on Tuesday"),
    # the negation the date lifted stood between the aside and the verb
    ("fr", "La passerelle, dont le chantier avait pris du retard cet hiver, ne sera pas ouverte aux piétons avant "
           "l'automne 2027, a précisé l'adjoint.", "avant l'automne 2027", "La passerelle sera ouverte aux piétons"),
    # a name in quotation marks is the subject, not a clause
    ("fr", "Le collectif « Sauvons la gare », créé en 2019, appelle à manifester samedi devant la mairie.",
     "samedi", "Le collectif « Sauvons la gare » appelle à manifester devant la mairie"),
])
def test_a_clause_cut_after_an_aside_keeps_its_subject(tmp_path: Path, language: str, text: str, date: str,
                                                        title: str) -> None:
    assert _titles(tmp_path, text, language)[date] == title


def test_a_participle_after_a_comma_and_et_shares_the_auxiliary_over_an_adverb(tmp_path: Path) -> None:
    titles = _titles(tmp_path, "Le syndicat avait encore bloqué le dépôt en 2023, et réclamé en octobre une hausse des "
                               "salaires.", "fr")
    assert titles == {"2023": "Le syndicat bloque le dépôt", "octobre": "Le syndicat réclame une hausse des salaires"}


def test_a_weekday_after_the_auxiliary_is_no_participle(tmp_path: Path) -> None:
    titles = _titles(tmp_path, "La maire a présenté mardi un plan pour l'eau, baptisé Source Claire, et inauguré en "
                               "juin la nouvelle station.", "fr")
    assert titles == {"mardi": "La maire présente un plan pour l'eau, baptisé Source Claire",
                      "juin": "La maire inaugure la nouvelle station"}


@pytest.mark.parametrize("text, date, title", [
    ("Les bénévoles ont restauré une locomotive à vapeur, qui roulera de nouveau en juin sur la ligne.", "juin",
     "Une locomotive à vapeur roulera de nouveau sur la ligne"),
    ("La rectrice a publié lundi la circulaire de rentrée, qui a été envoyée vendredi aux écoles.", "vendredi",
     "La circulaire de rentrée est envoyée aux écoles"),
])
def test_a_relative_clause_after_a_noun_and_its_bare_complement_is_told_of_that_noun(
        tmp_path: Path, text: str, date: str, title: str) -> None:
    assert _titles(tmp_path, text, "fr")[date] == title


def test_a_noun_complement_with_its_own_article_stays_in_doubt(tmp_path: Path) -> None:
    # « l'objet d'une étude de reconversion, qui … »: « l'objet » or « l'étude »? The sentence is titled.
    titles = _titles(tmp_path, "La halle fera ensuite l'objet d'une étude de reconversion, qui doit être rendue à "
                               "l'automne.", "fr")
    assert titles["à l'automne"] == "La halle fera ensuite l'objet d'une étude de reconversion"


@pytest.mark.parametrize("language, text, date, title", [
    ("en", "Ms Okoro told the committee the pool had reopened and that swimming lessons would resume in April.",
     "April", "Swimming lessons would resume"),
    ("fr", "Le club a assuré aux supporters avoir trouvé un repreneur et que le stade rouvrirait en septembre.",
     "septembre", "Le stade rouvrirait"),
    ("fr", "La fédération a confirmé que le tournoi était maintenu et que les inscriptions fermeraient le vendredi 20 "
           "mars.", "vendredi 20 mars", "Les inscriptions fermeraient"),
])
def test_a_second_reported_clause_opened_by_and_that_titles_its_date(tmp_path: Path, language: str, text: str,
                                                                      date: str, title: str) -> None:
    assert _titles(tmp_path, text, language)[date] == title


@pytest.mark.parametrize("language, text, date, subject", [
    # two relative clauses of one noun: the second "que"/"that" continues the first (review 43, T1)
    ("fr", "La directrice défend le projet que la commune a financé et que les élèves ont achevé en juin.", "juin",
     "La directrice défend le projet"),
    ("fr", "La salle, que la ville a rachetée et que l'association a rénovée en 2024, accueille trois concerts par mois.",
     "2024", "La salle, que la ville a rachetée"),
    ("en", "The school backed the scheme the parents funded and that the pupils finished in June.", "June",
     "The school backs the scheme"),
    # a demonstrative "that" before a noun opens no clause
    ("en", "A row between the council and that contractor went to court in February.", "February",
     "A row between the council and that contractor"),
])
def test_and_that_with_no_verb_of_saying_before_opens_no_clause(tmp_path: Path, language: str, text: str, date: str,
                                                                subject: str) -> None:
    assert _titles(tmp_path, text, language)[date].startswith(subject)


@pytest.mark.parametrize("text, date, title", [
    # a figure's thousands after a comma are no age in commas ("Marsh, 52, was arrested")
    ("By Friday evening the appeal had raised £12,600, the club said.", "Friday",
     "The club says the appeal had raised £12,600"),
    ("The café lost £85,000 in the first half of 2025, according to its accounts.", "the first half of 2025",
     "The café loses £85,000"),
])
def test_a_figure_with_thousands_is_kept_whole(tmp_path: Path, text: str, date: str, title: str) -> None:
    assert _titles(tmp_path, text, "en")[date] == title


def test_an_age_in_commas_still_goes(tmp_path: Path) -> None:
    assert _titles(tmp_path, "Tom Reddy, 52, was arrested on Friday.", "en")["Friday"] == "Tom Reddy is arrested"


@pytest.mark.parametrize("language, text, date, title", [
    # an apposition, then a relative clause, then the predicate that holds the date: the subject and its predicate
    ("en", "The Rev Jane Holt, vicar of St Anne’s, who sits on the board of governors, abstained in Monday’s vote.",
     "Monday", "The Rev Jane Holt abstained in Monday’s vote"),
    ("fr", "Marie Duval, maire de Lormes, qui siège au conseil municipal, a démissionné lundi.", "lundi",
     "Marie Duval démissionne"),
])
def test_a_relative_clause_after_an_apposition_is_part_of_the_aside(tmp_path: Path, language: str, text: str,
                                                                     date: str, title: str) -> None:
    assert _titles(tmp_path, text, language)[date] == title


def test_a_date_inside_the_relative_clause_stays_that_clauses(tmp_path: Path) -> None:
    titles = _titles(tmp_path, "Anand, the director, who took the job in 2019, will leave in June.", "en")
    assert titles == {"2019": "The director takes the job", "June": "Anand leaves"}


@pytest.mark.parametrize("title", [
    "Nobody I spoke to at the market expected the stalls to go",  # "I" is the verb's subject: no "speaks"
    "Frankly, no. we ran short of drivers twice in May",  # a pronoun after an answer's first words
])
def test_a_verb_after_a_first_person_pronoun_keeps_its_tense(title: str) -> None:
    assert in_present(title, "en") == title
