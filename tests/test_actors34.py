"""Actors (issue 9, item 4), session 34: what opens a name, and when two mentions are one actor.

Every sentence was written for these tests; the actors expected were worked out by hand.
"""
from __future__ import annotations

import pytest

from tests.test_extract_events import actors_of  # every actor of a one-paragraph article (published 2025-04-03)


@pytest.mark.parametrize("text, language, actors", [
    # a count before the noun it counts is nobody's first word
    ("Eleven Dunmore nurses walked out on Monday.", "en", ["Dunmore"]),
    ("Nine Labour councillors resigned on Tuesday.", "en", ["Labour"]),
    # the count counts the plural right after it, inside the name: the number word is the name's own
    ("Nine Elms Quarry drivers blocked the gates on Monday.", "en", ["Nine Elms Quarry"]),
    ("Seven Bridges Theatre staff walked out on Monday.", "en", ["Seven Bridges Theatre"]),
    # a count and one word ending in "s": the noun after it is the one counted
    ("Three Hollins nurses walked out on Monday.", "en", ["Hollins"]),
    # a verb after the run: the number word is the name's own
    ("Five Guys said on Monday it would close its Carrow branch.", "en", ["Carrow", "Five Guys"]),
    # a quantifier opening a sentence is no word of a name
    ("Both Unison and the GMB balloted members on Monday.", "en", ["GMB", "Unison"]),
    ("Another Harwick bakery closed on Monday.", "en", ["Harwick"]),
])
def test_a_count_or_a_quantifier_opening_a_run_is_no_part_of_the_name(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    ("Prefect Anne Morel closed the coast road on Monday.", "en", ["Anne Morel"]),
    ("Coroner Jane Holt ruled on Monday that the death was accidental.", "en", ["Jane Holt"]),
    ("Bishop Alan Reed said on Sunday that the abbey would reopen in May.", "en", ["Alan Reed"]),
    ("Commandant Luc Ferrand a pris lundi la tête de la compagnie de Lorsac.", "fr", ["Lorsac", "Luc Ferrand"]),
    # a first name that is also a role's word stays a first name
    ("Dean Walsh said on Monday the college would close in June.", "en", ["Dean Walsh"]),
])
def test_a_role_opening_a_sentence_before_a_full_name_is_no_part_of_it(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    ("The lock maker Fenwright Security recalled 2,000 locks on Monday. Fenwright said on Tuesday that no one was hurt.",
     "en", ["Fenwright Security"]),
    ("Le fabricant Orvelle Textiles a fermé son atelier lundi. Orvelle a indiqué mardi que les salariés seraient "
     "reclassés.", "fr", ["Orvelle Textiles"]),
    # no kind of firm before it: "Marwick Hale" may be a person, and "Marwick" a first name
    ("Marwick Hale joined the board in March.", "en", ["Marwick Hale"]),
])
def test_a_firm_named_after_its_kind_is_called_by_its_first_word_too(text, language, actors):
    assert actors_of(text, language) == actors



@pytest.mark.parametrize("text, language, actors", [
    ("Odile de La Verrière a démissionné lundi. Mme de La Verrière a dit vouloir se consacrer à sa ferme.", "fr",
     ["Odile de La Verrière"]),
    ("Yann-Erwan Le Drezen a été élu lundi à Plouvenec. M. Le Drezen a remercié les électeurs.", "fr",
     ["Plouvenec", "Yann-Erwan Le Drezen"]),
    # a newspaper's name keeps its article, beside no person it ends
    ("La Vigie a révélé l'affaire lundi. Selon La Vigie, le maire savait.", "fr", ["La Vigie"]),
])
def test_a_surname_opening_on_an_article_is_the_person_named_in_full(text, language, actors):
    assert actors_of(text, language) == actors
