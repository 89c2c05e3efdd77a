"""Merging (issue 10), session 46: each word is read by its own article's language's lexicon (no false friends
across languages), and lifting a measure is an action of its own, not the measure.

Every sentence was written for these tests.
"""
from __future__ import annotations

import pytest

from generator.extract.stories import _actions, _other_told_actions
from tests.test_lexicon_s40 import _event  # a mention of one sentence: (language, quote)


@pytest.mark.parametrize("language, quote, wrong", [
    # « levée » folds to the English "levee", « suite » loses its "e" to "suit", the English "descent" is the
    # French « descente » (a relegation), the French « voter » the English "voter", « chargée » the English "charge".
    ("fr", "Le préfet a levé mardi l'arrêté qui interdisait la pêche dans l'étang de Morlac.", "dike"),
    ("fr", "À la suite de l'orage, la départementale a été coupée près de Brassol.", "lawsuit"),
    ("en", "Two riders fell on the descent of the Col de Varse on Tuesday.", "relegate"),
    ("fr", "Le conseil se réunira jeudi pour voter le budget de la piscine.", "voter"),
    ("fr", "Une péniche chargée de sable a heurté la pile du pont de Ravel.", "charge"),
])
def test_a_word_of_one_language_does_not_take_another_language_s_concept(language: str, quote: str,
                                                                         wrong: str) -> None:
    assert wrong not in _event(language, quote).concepts


def test_the_words_of_each_language_keep_their_concepts() -> None:
    assert "dike" in _event("en", "The levee above Marrow Creek gave way on Sunday night.").concepts
    assert "vote" in _event("fr", "Le conseil se réunira jeudi pour voter le budget de la piscine.").concepts
    assert "relegate" in _event("fr", "La descente du club en deuxième division est actée.").concepts
    # A French institution an English report names in French: the county, as « département » is in French.
    assert "county" in _event("en", "The Haute-Varne département approved the grant on Friday.").concepts
    assert "county" in _event("fr", "Le département de la Haute-Varne a voté la subvention vendredi.").concepts


def test_a_boat_runs_aground_in_both_languages_but_a_failed_talk_does_not() -> None:
    assert "ground" in _event("fr", "Samedi, le cargo Elsmar s'est échoué sur un banc de sable.").concepts
    assert "ground" in _event("en", "The cargo ship Elsmar ran aground on a sandbank on Saturday.").concepts
    talks = _event("fr", "La négociation entre la direction et les syndicats a échoué lundi.").concepts
    assert "ground" not in talks and "failure" in talks


def test_lifting_a_ban_is_its_own_action_not_the_ban() -> None:
    lifted_fr = _event("fr", "La maire a levé samedi l'interdiction de baignade au lac de Serpont.")
    lifted_en = _event("en", "The mayor lifted the bathing ban at Lake Serpont on Saturday.")
    banned = _event("en", "The mayor banned bathing at Lake Serpont on Tuesday.")
    assert _actions(lifted_fr) == _actions(lifted_en) == frozenset({"lift"})
    assert _actions(banned) == frozenset({"ban"})
    assert _other_told_actions(lifted_fr, banned) and not _other_told_actions(lifted_fr, lifted_en)


def test_a_sentence_that_tells_the_ban_imposed_and_lifted_tells_both() -> None:
    both = _event("en", "Fishing resumed after the town lifted a ban imposed in May.")
    assert _actions(both) >= {"lift", "ban"}


def test_money_raised_is_no_measure_lifted() -> None:
    raised = _event("fr", "La start-up Travelo a bouclé une levée de fonds de deux millions d'euros.")
    assert "lift" not in raised.concepts and "funding" in raised.concepts
