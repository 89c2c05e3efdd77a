"""Claims, review of session 42: « dit » before one quoted word that is no infinitive is "so-called", and a title
before an event's word (« le directeur du festival ») leaves the name after it a person's."""
from __future__ import annotations

import pytest

from tests.test_extract_events import claims as _claims


@pytest.mark.parametrize("text", [
    # « dit » after a noun: the so-called thing, no one's word (finding 5)
    "Le chemin dit « muletier » sera rouvert aux randonneurs cet été.",
    "Le bâtiment dit « provisoire » accueille encore trois classes de l'école.",
    "Dans le hameau, le secteur dit « inondable » ne compte plus aucune maison habitée.",
])
def test_dit_before_a_word_that_is_no_infinitive_is_no_claim(text: str) -> None:
    assert _claims(text, "fr") == []


@pytest.mark.parametrize("text, speaker, words", [
    # an infinitive quoted right after the verb is the subject's word
    ("La gérante de la piscine, Odile Ferrand, dit « comprendre » la colère des nageurs.", "Odile Ferrand",
     "comprendre"),
    ("Le syndicat des éleveurs assure « refuser » toute baisse du prix du lait.", "Le syndicat des éleveurs",
     "refuser"),
    # « dire » with a pronoun as its object: what the subject says that one is
    ("Ses proches la disent « soulagée » depuis le verdict.", "Ses proches", "soulagée"),
])
def test_a_quoted_infinitive_or_attribute_after_dit_is_a_claim(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, "fr")


@pytest.mark.parametrize("text, speaker", [
    # a title heading the event's word, and the surname written alone later, as a person's is (finding 6)
    ("Le directeur du salon Théo Vasseur a indiqué que les exposants viendraient moins nombreux. "
     "Pour M. Vasseur, la hausse des loyers des stands en est la cause.", "Théo Vasseur"),
    ("La présidente du concours Léna Morvan a expliqué que le jury avait goûté deux cents fromages. "
     "Morvan espère doubler ce chiffre l'an prochain.", "Léna Morvan"),
    ("La directrice de la fête Maud Carrel a déclaré que la buvette avait manqué de bras. "
     "Selon Carrel, il faudra dix bénévoles de plus.", "Maud Carrel"),
])
def test_a_title_before_an_events_word_leaves_the_name_a_person(text: str, speaker: str) -> None:
    assert speaker in {s for s, _ in _claims(text, "fr")}


@pytest.mark.parametrize("text, wrong", [
    # the event's own name after « directeur du festival », never written apart: the event's, no speaker
    ("Le directeur du festival Marées Hautes a déclaré que la jauge serait réduite de moitié.", "Marées Hautes"),
    ("La présidente du salon Terre Vivante a expliqué que les exposants étaient moins nombreux.", "Terre Vivante"),
])
def test_an_events_name_after_a_title_and_its_word_is_no_speaker(text: str, wrong: str) -> None:
    assert all(speaker != wrong for speaker, _ in _claims(text, "fr"))
