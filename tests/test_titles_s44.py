"""Event titles (issue 9, item 3), session 44: dated participle asides, subjects lost before a clitic, the present.

Sentences invented here; each title worked out by hand (the date's clause, its own subject and verb, in the present).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract.events import in_present
from tests.test_titles_s43 import _titles  # the titles of one sentence's events, by their date words


@pytest.mark.parametrize("language, text, date, title", [
    # a subject ending like a verb (-ier, -ent, -er) is still a subject: the dated aside is told of it, and no
    # participle is left dangling between commas (« Le marché, ouvert, … »)
    ("fr", "Le sentier, balisé en mai 2025, devait accueillir les randonneurs tout l'été.", "mai 2025",
     "Le sentier est balisé"),
    ("fr", "Le parlement régional, renouvelé en 2021, doit se prononcer vendredi sur le budget.", "2021",
     "Le parlement régional est renouvelé"),
    # a predicate opening on a clitic still follows the aside (a past deed is the fact of the aside's date)
    ("fr", "Notre dernier relevé, effectué en janvier, nous a surpris.", "janvier", "Notre dernier relevé nous a surpris"),
    ("fr", "Les fouilles, commencées en avril, se sont arrêtées à la fin de l'été.", "avril", "Les fouilles sont commencées"),
    # a main clause telling a state or a measure is no deed of the aside's date
    ("fr", "Le gymnase, inauguré en 1974, était vide depuis deux ans.", "1974", "Le gymnase est inauguré"),
    ("fr", "Le pont, reconstruit en 2019, a coûté 3 millions d'euros au département.", "2019", "Le pont est reconstruit"),
    ("en", "The lighthouse, restored in 2011, was empty when the storm hit.", "2011", "The lighthouse is restored"),
    # a deed in the main clause is still the fact of the aside's date (review 30, finding 8)
    ("fr", "Le comité, convoqué en janvier, a désigné un nouveau président.", "janvier",
     "Le comité désigne un nouveau président"),
])
def test_a_dated_participle_aside_leaves_no_dangling_participle(tmp_path: Path, language: str, text: str, date: str,
                                                                title: str) -> None:
    assert _titles(tmp_path, text, language)[date] == title


@pytest.mark.parametrize("language, text, date, title", [
    # a title opening on a reflexive clitic and its verb lost its subject to the aside before it
    ("fr", "La fête des vendanges, organisée chaque année le premier dimanche de septembre, se tiendra le 7 septembre.",
     "7 septembre", "La fête des vendanges se tiendra"),
    ("fr", "Les fouilles, commencées en avril, se sont arrêtées à la fin de l'été.", "fin de l'été",
     "Les fouilles s’arrêtent"),
])
def test_a_clause_after_an_aside_keeps_its_subject_before_a_clitic(tmp_path: Path, language: str, text: str,
                                                                   date: str, title: str) -> None:
    assert _titles(tmp_path, text, language)[date] == title


@pytest.mark.parametrize("title, told", [
    # a reflexive past whose clitic the present elides is told in the present too
    ("Les négociations se sont achevées sans accord", "Les négociations s’achèvent sans accord"),
    ("Le club s’est engagé avec un nouvel entraîneur", "Le club s’engage avec un nouvel entraîneur"),
    # common verbs of news whose present is no noun, irregular ones, and adverbs between auxiliary and participle
    ("L’ancien trésorier a reconnu les détournements", "L’ancien trésorier reconnaît les détournements"),
    ("Les deux gérants ont comparu devant le tribunal", "Les deux gérants comparaissent devant le tribunal"),
    ("Le procureur a requis six mois de prison", "Le procureur requiert six mois de prison"),
    ("La région a confié la gestion du port à une société", "La région confie la gestion du port à une société"),
    ("Le conseil a désigné un nouveau président", "Le conseil désigne un nouveau président"),
    ("La commune a par ailleurs renoncé au projet", "La commune renonce au projet"),
])
def test_a_reflexive_past_is_told_in_the_present(title: str, told: str) -> None:
    assert in_present(title, "fr") == told


@pytest.mark.parametrize("language, text, date, title", [
    # the subject's number is its head noun's, not its complement's
    ("fr", "Arrivée en 2023 de Toulouse, la directrice des trois écoles quittera son poste en juin.", "2023",
     "La directrice des trois écoles est arrivée de Toulouse"),
])
def test_a_participle_agrees_with_the_head_noun(tmp_path: Path, language: str, text: str, date: str,
                                                title: str) -> None:
    assert _titles(tmp_path, text, language)[date] == title


@pytest.mark.parametrize("title, problem", [
    # the bench's verb check reads a plural present the lexicon knows in the singular, after a plural noun or "they"
    ("Nominations close", None),
    ("Bus drivers expect to return", None),
    ("They warn of longer queues", None),
    # ... and still finds no verb in a noun phrase, nor after a singular noun in -ss or -us
    ("Members of the parish council", "no verb"),
    ("The business open day", "no verb"),
])
def test_the_bench_reads_a_plural_present_as_a_verb(title: str, problem: str | None) -> None:
    from bench.page_quality import title_problem

    assert title_problem(title, title, "en") == problem


@pytest.mark.parametrize("language, text, date, title", [
    # an opening participle phrase holding a noun the rough verb pattern reads as a verb, after its article
    ("fr", "Interdite depuis le 2 juin à cause de la montée des eaux, la baignade reprendra dès la semaine prochaine.",
     "2 juin", "La baignade est interdite à cause de la montée des eaux"),
    # the subject before a relative aside in commas
    ("fr", "Fermée depuis 2021 pour des raisons d'hygiène, la piscine, dont les bassins datent de 1968, sera rasée en "
           "2027.", "2021", "La piscine est fermée pour des raisons d'hygiène"),
])
def test_an_opening_participle_phrase_is_told_of_its_subject(tmp_path: Path, language: str, text: str, date: str,
                                                             title: str) -> None:
    assert _titles(tmp_path, text, language)[date] == title
