"""Claims, session 48 (issue 9: every statement found as a claim with its speaker): a statement the subject reads out
or releases before a colon is the subject's, and the nouns that are as often a figure of speech as a thing with words
of its own (« message », « carte ») leave the colon's words to the subject."""
from __future__ import annotations

import pytest

from tests.test_extract_events import claims as _claims


@pytest.mark.parametrize("text, speaker, words", [
    ("Jean Dupuis, le maire, a lu un communiqué devant la presse : « Nous fermerons l'école en juin. »",
     "Jean Dupuis", "Nous fermerons l'école en juin."),
    ("Mardi soir, Anne Roy a lu une courte déclaration : « Je ne serai pas candidate. »",
     "Anne Roy", "Je ne serai pas candidate."),
])
def test_a_statement_read_or_released_is_the_subject_s(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, "fr")
    # the préfecture's statement she reads is not hers
    other = text.replace("un communiqué", "le communiqué de la préfecture").replace("une courte déclaration",
                                                                                 "la déclaration du préfet")
    assert all(found != speaker for found, _ in _claims(other, "fr"))


@pytest.mark.parametrize("text, speaker, words", [
    ("Mardi, Paul Martin a passé un message aux élus : « Votez le budget. »", "Paul Martin", "Votez le budget."),
    ("Au conseil, Marie Roux a joué la carte de l'apaisement : « Nous devons nous parler. »",
     "Marie Roux", "Nous devons nous parler."),
])
def test_a_message_or_card_as_a_figure_of_speech_leaves_the_words_to_the_subject(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, "fr")
    # one received still speaks for itself
    received = "Mardi, Paul Martin a reçu un message : « Votre poste est supprimé. »"
    assert all(found != "Paul Martin" for found, _ in _claims(received, "fr"))


def test_an_adverb_of_the_verb_s_closes_no_subject() -> None:
    text = ('Oduya was charged by the Harbour Board. The board also said it was looking into a post by a player, which '
            'it described as "unacceptable".')
    assert {speaker for speaker, _ in _claims(text, "en")} == {"Harbour Board"}


def test_a_lifeboat_s_coxswain_is_a_title_before_the_name() -> None:
    text = ('The lifeboat, under Coxswain William Pascoe, went out at ten. "It was as bad a night as I have known," '
            'Coxswain Pascoe told the Echo yesterday.')
    assert ("William Pascoe", "It was as bad a night as I have known,") in _claims(text, "en")
