"""Titles, session 49 (issue 9, titles a person keeps): French passives told in the present, and a subject found past
the date an opening participle phrase holds."""
from __future__ import annotations

import pytest

from generator.extract.events import in_present, with_subject


@pytest.mark.parametrize("title, told", [
    # a participle PAST_PARTICIPLE does not list: the copula alone goes to the present, never « été » as a verb
    ("Les faits avaient été découverts par deux agents", "Les faits sont découverts par deux agents"),
    ("Ses horaires ont été réduits à trois matinées par semaine", "Ses horaires sont réduits à trois matinées par semaine"),
    ("Les premières grenouilles ont été entendues dès janvier", "Les premières grenouilles sont entendues dès janvier"),
    ("Le vol a été découvert par le frère hôtelier", "Le vol est découvert par le frère hôtelier"),
    ("Les plans avaient été conçus par un cabinet", "Les plans sont conçus par un cabinet"),
    ("La plupart avaient été extraites au Dôme Austral", "La plupart sont extraites au Dôme Austral"),
    # « été » before no participle: kept as written (was « Les élus étent nombreux »)
    ("Les élus ont été nombreux à voter", "Les élus ont été nombreux à voter"),
])
def test_a_french_passive_keeps_its_copula_in_the_present(title: str, told: str) -> None:
    assert in_present(title, "fr") == told


@pytest.mark.parametrize("title, sentence, subject", [
    ("Rouvrira ses portes", "Fermé depuis l’incendie de sa cabine, il y a deux ans, le cinéma Le Familia, à Rouvray, "
     "rouvrira ses portes au printemps.", "Le cinéma Le Familia rouvrira ses portes"),
    ("Rouvrira en septembre", "Fermée depuis des mois, il y a un an, la boulangerie du village, faute de repreneur, "
     "rouvrira en septembre.", "La boulangerie du village rouvrira en septembre"),
])
def test_a_date_after_an_opening_participle_is_no_subject(title: str, sentence: str, subject: str) -> None:
    # « il y a deux ans » between the participle's phrase and the subject is a date: the title was « Deux ans rouvrira »
    assert with_subject(title, sentence, [], "fr") == subject


def _event_titles(text: str, language: str) -> dict[str, str]:
    """The present titles of the events of a one-sentence article, by their date's words."""
    from tests.test_extract_events import extract

    return {str(c.date_text): in_present(c.title, language) for c in extract(text, language) if c.kind == "event"}


@pytest.mark.parametrize("text, date, title", [
    # the source opening the sentence is no subject: the subject after it was cut as the source's aside
    ("Selon la préfecture, le pont, fermé depuis mars, rouvrira le 12 juin.", "12 juin", "Le pont rouvrira"),
    ("D'après la mairie, la piscine, fermée depuis 2020, rouvrira en juin.", "juin", "La piscine rouvrira"),
    ("Après trois ans de travaux, la piscine, rénovée par la ville, rouvrira en juin.", "juin", "La piscine rouvrira"),
    ("Selon Morisseau, le moteur, qui avait tourné tout l'après-midi, aurait pris feu vers 18 heures mardi.", "mardi",
     "Selon Morisseau, le moteur aurait pris feu vers 18 heures"),
])
def test_a_subject_after_an_opening_source_keeps_its_place(text: str, date: str, title: str) -> None:
    # « Selon la préfecture rouvrira », « Rouvrira », « Selon Morisseau, qui avait tourné …, pourrait être »
    assert _event_titles(text, "fr")[date] == title


def test_a_negation_lifted_with_its_date_goes_whole() -> None:
    # « ne pourraient de toute façon pas commencer [avant l'automne] »: « ne » went and « pas » stayed
    titles = _event_titles("Les travaux ne pourraient de toute façon pas commencer avant l’automne prochain.", "fr")
    assert titles["avant l’automne prochain"] == "Les travaux pourraient de toute façon commencer"


@pytest.mark.parametrize("text, date, title", [
    # a participle in commas that agrees with the subject's complement, not its plural head, is the complement's
    ("Les marches de la tour, construite en 1867, ont été consolidées.", "1867", "La tour est construite"),
    ("Les vitraux de la chapelle, bâtie en 1520, ont été restaurés.", "1520", "La chapelle est bâtie"),
])
def test_a_participle_left_alone_by_its_date_titles_its_noun(text: str, date: str, title: str) -> None:
    # « Les marches de la tour, construite, sont consolidées »: a participle left with nothing once its date is gone
    assert _event_titles(text, "fr")[date] == title


@pytest.mark.parametrize("text, title", [
    # review 49-2, finding 6: the « plus » of a comparison after another negation's word is no « ne … plus »; the
    # whole negation stays rather than « ne » alone going (« Le club recrute aucun joueur »)
    ("Le club ne recrutera aucun joueur de plus avant le 1er février.", "Le club ne recrutera aucun joueur de plus"),
    ("La mairie ne dira rien de plus avant le 1er février.", "La mairie ne dira rien de plus"),
    ("Le maire ne recevra personne de plus avant le 1er février.", "Le maire ne recevra personne de plus"),
    ("Le club ne recrutera qu'un joueur de plus avant le 1er février.", "Le club ne recrutera qu'un joueur de plus"),
])
def test_a_negation_with_its_own_word_keeps_a_comparative_plus(text: str, title: str) -> None:
    assert _event_titles(text, "fr")["1er février"] == title
