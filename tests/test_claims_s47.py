"""Claims, session 47 (issue 9: every statement found as a claim with its speaker): a title written with a full stop
before a name ("M. Paul Roux") in the apposition that names the speaker."""
from __future__ import annotations

import pytest

from tests.test_extract_events import claims as _claims, extract


@pytest.mark.parametrize("text, speaker, words", [
    # when it was said stands between the verb and the role
    ("« Nous resterons ici tout l'été », nous a expliqué lundi le gérant du camping, M. Hugo Ferrand, en souriant.",
     "Hugo Ferrand", "Nous resterons ici tout l'été"),
    # an adverbial of the verb's own before the role
    ("« Fermer la gare, c'est fermer la vallée », juge pour sa part le conseiller général, M. Louis Bertal, qui a "
     "écrit au ministre.", "Louis Bertal", "Fermer la gare, c'est fermer la vallée"),
    # reported words holding a quotation, the role and the titled name closing the sentence
    ("Le marché ouvrira « au plus tard le samedi 4 mai », a promis jeudi le président du comité, M. Jean Sarrat.",
     "Jean Sarrat", "au plus tard le samedi 4 mai"),
])
def test_a_titled_name_after_the_role_speaks(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, "fr")


def test_a_role_goes_on_with_the_titled_name_written_beside_it_before() -> None:
    text = ("La digue a été inaugurée par le sous-préfet, M. Henri Vayssière, devant les maires du canton. « Cette "
            "digue protège trois villages », a déclaré le sous-préfet.")
    assert ("Henri Vayssière", "Cette digue protège trois villages") in _claims(text, "fr")


def test_an_english_title_with_a_full_stop_names_the_speaker_too() -> None:
    text = ('The pier was rebuilt by the harbour master, Mr. Owen Tregear, in 1990. "We will mend it by June," the '
            'harbour master said.')
    assert ("Owen Tregear", "We will mend it by June,") in _claims(text, "en")


@pytest.mark.parametrize("text, speaker, words", [
    # a surname the article writes alone after a title, a role in apposition: the titled surname speaks
    ("Le défilé a réuni trois mille personnes. Après la course, M. Garrigou, le président du club, a déclaré que "
     "« la régate reviendra l'an prochain ».", "Garrigou", "la régate reviendra l'an prochain"),
    # a titled surname opening a clause that a colon ends
    ("Le débrayage a été suivi par tout l'atelier. Mme Lestrade, la déléguée du personnel, s'en réjouit : « Cette "
     "fois, la direction nous a entendus. »", "Lestrade", "Cette fois, la direction nous a entendus."),
])
def test_a_titled_surname_alone_speaks_before_its_role(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, "fr")


def test_a_titled_surname_that_speaks_stays_an_actor() -> None:
    text = ("Le défilé a réuni trois mille personnes. Après la course, M. Garrigou, le président du club, a déclaré que "
            "« la régate reviendra l'an prochain ».")
    claim = next(c for c in extract(text, "fr") if c.kind == "claim")
    assert claim.speaker == "Garrigou" and "Garrigou" in claim.actors


@pytest.mark.parametrize("text, speaker, words", [
    # a fund or a station is a body that gives figures
    ("Selon la caisse de retraite des marins, 310 pensions n'ont pas été versées le mois dernier.",
     "La caisse de retraite des marins", "310 pensions n'ont pas été versées le mois dernier"),
    ("Selon la station de mesure du port de Quérande, la mer est montée de quatre mètres pendant la tempête.",
     "La station de mesure du port de Quérande", "la mer est montée de quatre mètres pendant la tempête"),
    # a body's kind written with a capital at the head of its name
    ("Selon l'Observatoire départemental de la faune sauvage, trois couples de loutres ont regagné la rivière.",
     "Observatoire départemental de la faune sauvage", "trois couples de loutres ont regagné la rivière"),
])
def test_a_body_described_after_selon_speaks(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, "fr")


def test_selon_a_station_of_another_kind_still_needs_a_clause() -> None:
    assert _claims("Les horaires varient selon la station de départ.", "fr") == []


@pytest.mark.parametrize("text, language, speaker, words", [
    # a phrase that only ends on a place's name before the described subject: no apposition to that name
    ("Déboutée une première fois jeudi par le tribunal de Vaudrac, l'association des pêcheurs du lac, qui défend "
     "la pêche à pied depuis 1990, a annoncé lundi qu'elle ferait appel.", "fr", "L'association des pêcheurs du lac",
     "elle ferait appel"),
    # the subject's kind before its name, an apposition after it
    ("Le 3 mai, le groupe suédois Norrvik Foods, propriétaire de la conserverie, a annoncé qu'il fermerait l'atelier "
     "d'ici la fin de l'été.", "fr", "Norrvik Foods", "il fermerait l'atelier d'ici la fin de l'été"),
    # a subject pronoun and its verb say a thing in three words
    ("The Friends of Harwick Pier, who raised £40,000 for the repairs, said they were heartbroken.", "en",
     "Friends of Harwick Pier", "they were heartbroken"),
    ("Brennic, which was fined £2m on Monday, has said it will appeal.", "en", "Brennic", "it will appeal"),
])
def test_reported_words_after_a_long_subject(text: str, language: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, language)


@pytest.mark.parametrize("text, language", [
    # an apposition to a name the article has not taught still names no speaker of its own
    ("Dunmore, the port operator, said the quay would reopen in May.", "en"),
    # two words are no statement
    ("The mayor said no.", "en"),
])
def test_no_reported_words_from_an_apposition_or_a_word(text: str, language: str) -> None:
    assert all(speaker != "The port operator" for speaker, _ in _claims(text, language)) and \
        all(len(words.split()) >= 3 for _, words in _claims(text, language))


@pytest.mark.parametrize("text, speaker, words", [
    # a vox pop named, described twice, then the colon
    ("Solène Marty est venue au marché avec sa fille. À la sortie, Solène, 41 ans, venue de Brassac avec sa voisine, "
     "ne cachait pas sa joie : « On attendait ce bus depuis dix ans. »", "Solène Marty", "On attendait ce bus depuis "
     "dix ans."),
    # what the subject did, then the colon: the words are the subject's
    ("Lucien Arnal habite le hameau depuis 1980. À Salvetat, Lucien, retraité, a essayé la navette : « C'est lent, "
     "mais c'est mieux que rien. »", "Lucien Arnal", "C'est lent, mais c'est mieux que rien."),
    # someone's fears relayed: the words are theirs
    ("L'opposition a relayé les craintes de Paul Vidal, ancien directeur du port : « On ne démonte pas une grue comme "
     "un jouet. »", "Paul Vidal", "On ne démonte pas une grue comme un jouet."),
])
def test_a_quotation_after_a_colon_that_closes_a_clause_about_a_person(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, "fr")


@pytest.mark.parametrize("text", [
    # a message read out holds its writer's words, not the subject's
    "À la fin de la réunion, Anne Roy, la présidente, a lu le message de la préfecture : « Le pont restera fermé. »",
    "À la fin de la réunion, Anne Roy, la présidente, a reçu le message de la préfecture : « Le pont restera fermé. »",
])
def test_words_a_person_received_or_read_are_not_theirs(text: str) -> None:
    assert all(speaker != "Anne Roy" for speaker, _ in _claims(text, "fr"))
