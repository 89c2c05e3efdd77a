"""Reported speech, session 43 (issue 9: every statement found as a claim with its speaker): a role with its name
in apposition closing the sentence, a hope as a verb of saying, a second predicate beside a quotation, and what a
promise or a demand says."""
from __future__ import annotations

import pytest

from tests.test_extract_events import claim_titles, claims as _claims

FOUND = [
    # a role of three words and the name in apposition to it: six words before the verb
    ("Most of the stranded walkers had reached the valley by nightfall, the park's chief ranger, Tomas Lindqvist, "
     "said on Sunday.", "en", "Tomas Lindqvist", "Most of the stranded walkers had reached the valley by nightfall"),
    ("The pier's lower deck will stay shut until the surveyors report, its head of operations, Delia Marsh, told "
     "reporters.", "en", "Delia Marsh", "The pier's lower deck will stay shut until the surveyors report"),
    ("Le marché couvert rouvrira ses portes au printemps, la directrice du marché, Sonia Berthet, a "
     "précisé jeudi.", "fr", "Sonia Berthet", "Le marché couvert rouvrira ses portes au printemps"),
    # "hopes" without "that": English drops it after a hope as after any verb of saying
    ("The Harbour Trust hopes the new slipway will be ready before the regatta in August.", "en", "Harbour Trust",
     "the new slipway will be ready before the regatta in August"),
    ("Nell Tasker runs the ferry café. She hopes summer trade will make up for the lost winter.", "en", "Nell Tasker",
     "summer trade will make up for the lost winter"),
    # a second verb joined by "but"/"mais" after the quotation opens its own clause
    ("Pia Lund called the fare rise “regrettable” but warned that more routes would close in the spring.", "en",
     "Pia Lund", "more routes would close in the spring"),
    ("Hervé Colas juge la hausse « inévitable », mais rappelle que la ligne perd deux millions par an.", "fr",
     "Hervé Colas", "la ligne perd deux millions par an"),
    # a verb the lists lack, with its particle, before "that"
    ("Pia Lund called the timetable “a mess” and pointed out that two drivers had quit in March.", "en",
     "Pia Lund", "two drivers had quit in March"),
    # a promise or a demand says its object, no that/que needed; after a quotation too, joined by "et"
    ("The Harbour Trust promised to reopen the slipway before the regatta in August.", "en", "Harbour Trust",
     "to reopen the slipway before the regatta in August"),
    ("Le syndicat des pêcheurs de Lanvic réclame une étude indépendante sur les effets du dragage.", "fr",
     "Le syndicat des pêcheurs de Lanvic", "une étude indépendante sur les effets du dragage"),
    ("Rose Abgrall juge le tarif « injuste » et réclame une remise pour les familles nombreuses.", "fr",
     "Rose Abgrall", "une remise pour les familles nombreuses"),
    # after a clause of its own, the promise's subject speaks, not its object
    ("Le chantier a repris mardi, la société a promis des renforts dans la vallée de l'Aude.", "fr", "La société",
     "des renforts dans la vallée de l'Aude"),
    # a promise closing the sentence keeps its words before it
    ("La piscine municipale rouvrira au début du mois de juin, a promis le maire, Paul Vidal.", "fr", "Paul Vidal",
     "La piscine municipale rouvrira au début du mois de juin"),
]


@pytest.mark.parametrize("text, language, speaker, words", FOUND)
def test_said_words_are_a_claim_of_their_speaker(text: str, language: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, language)


NOT_SAID = [
    # seven words of a clause of its own before "said": no role in apposition, no attribution
    ("The ferry was late again, and the whole village of Carrow Bay said nothing about it.", "en", None),
    # a hope to do or for a thing: no clause said
    ("The Harbour Trust hopes to open the new slipway in August.", "en", None),
    # after "but", a clause with a subject of its own is not what the first speaker said
    ("Pia Lund called the timetable “a mess” but the operator said that two drivers had quit in March.", "en",
     ("Pia Lund", "two drivers had quit in March")),
    # an announcement's object is an action told, and a naming's object no words said
    ("Paul Vidal a annoncé une réunion avec le préfet de région.", "fr", None),
    ("The council called the plan a costly mistake for the whole town.", "en", None),
    # a demand a source reports is no word of the demanders' own (the source's claim since session 49)
    ("Les ravisseurs exigent une rançon de trois millions d'euros, selon une source proche de l'enquête.", "fr",
     ("Les ravisseurs", "une rançon de trois millions d'euros")),
]


@pytest.mark.parametrize("text, language, claim", NOT_SAID)
def test_no_words_said(text: str, language: str, claim: tuple[str, str] | None) -> None:
    found = _claims(text, language)
    assert claim not in found if claim else found == []


def test_a_promise_is_titled_as_the_sentence_joins_it() -> None:
    # « promet de présenter », no « que » between the verb and its object
    text = "Le maire, Paul Vidal, promet de présenter une motion au prochain conseil municipal."
    assert claim_titles(text, "fr") == ["Paul Vidal promet de présenter une motion au prochain conseil municipal"]
