"""Mend of deadcd4 and 4fcf2dc (review 47, reviewer 2): who speaks after a colon, a kind before a name, a name that
holds lower-case words, and an elliptical answer."""
from __future__ import annotations

import pytest

from tests.test_extract_events import claims as _claims


@pytest.mark.parametrize("text, language", [
    # the subject answers or dismisses someone's fears: the words are the subject's, not theirs
    ("Le préfet, Marc Delbos, a écarté les inquiétudes de Jean Cazals : « La digue tiendra tout l'hiver. »", "fr"),
    ("Marc Delbos a apaisé les craintes de Jean Cazals : « Le marché restera place du Foirail. »", "fr"),
    ('The chairman, Marc Delbos, played down the fears of Jean Cazals: "The dam will hold all winter."', "en"),
])
def test_fears_answered_are_not_the_fearful_persons_words(text: str, language: str) -> None:
    assert all(speaker != "Jean Cazals" for speaker, _ in _claims(text, language))


@pytest.mark.parametrize("text, speaker, words", [
    # a relaying verb still hands the words to the person whose fears they are
    ("Le maire s'est fait l'écho des inquiétudes de Jean Cazals : « La digue ne tiendra pas l'hiver. »", "Jean Cazals",
     "La digue ne tiendra pas l'hiver."),
    # an act of the closed list: the words are the subject's comment on it
    ("Louise Fabre habite le hameau. À Brassac, Louise, infirmière retraitée, a visité la nouvelle maison de santé : "
     "« Enfin un médecin près de chez nous. »", "Louise Fabre", "Enfin un médecin près de chez nous."),
])
def test_relayed_fears_and_acts_done_keep_their_speaker(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, "fr")


@pytest.mark.parametrize("text, language", [
    # things handled before the colon speak for themselves: no speaker
    ("Le lendemain, Louise Fabre a décacheté le courrier : « Votre bail prend fin le 30 juin. »", "fr"),
    ("Vers midi, Louise Fabre a allumé le poste : « La route du col est coupée par la neige. »", "fr"),
    ("À la poste, Louise Fabre a ouvert le colis : « Attention, fragile. »", "fr"),
])
def test_a_thing_handled_before_a_colon_gives_no_speaker(text: str, language: str) -> None:
    assert all(speaker != "Louise Fabre" for speaker, _ in _claims(text, language))


@pytest.mark.parametrize("text, language, words", [
    # the name only completes another noun: that noun's holder speaks, not the name
    ("Lundi, le notaire de la famille Cazals, ancien maire, a annoncé qu'il contesterait le testament.", "fr",
     "il contesterait le testament"),
    ("Vendredi, le président du club Saint-Gaudens Rugby, élu en 2020, a annoncé qu'il quitterait ses fonctions.",
     "fr", "il quitterait ses fonctions"),
    ("On Friday, the manager of the hotel group Harbour Inns, a former chef, said she would close two hotels.", "en",
     "she would close two hotels"),
])
def test_a_name_that_completes_another_noun_does_not_speak(text: str, language: str, words: str) -> None:
    assert all(speaker not in ("Cazals", "Saint-Gaudens Rugby", "Harbour Inns")
               for speaker, said in _claims(text, language) if said == words)


@pytest.mark.parametrize("text, apposition", [
    # a name holding long lower-case words before its apposition: the apposition is not taken for the speaker
    ("Chambre d'agriculture Occitanie, l'organisme consulaire, a annoncé lundi qu'elle ouvrirait trois antennes.",
     "L'organisme consulaire"),
    ("Voies navigables de France, l'établissement public, a annoncé que l'écluse rouvrirait en mai.",
     "L'établissement public"),
])
def test_a_name_with_lower_case_words_keeps_its_apposition_from_speaking(text: str, apposition: str) -> None:
    assert all(speaker != apposition for speaker, _ in _claims(text, "fr"))


def test_a_phrase_ending_on_a_name_is_still_no_name() -> None:
    # what 4fcf2dc fixed stays fixed: a participle's phrase ending on a name is no name the apposition describes
    text = ("Déboutée samedi par le tribunal de Ventabren, l'association des riverains, a annoncé lundi qu'elle "
            "ferait appel.")
    assert ("L'association des riverains", "elle ferait appel") in _claims(text, "fr")


def test_an_english_nationality_adjective_in_the_kind() -> None:
    text = ("On 4 June, the Danish group Nordhavn Dairies, owner of the creamery, announced it would close the "
            "plant.")
    assert any(speaker == "Nordhavn Dairies" for speaker, _ in _claims(text, "en"))


@pytest.mark.parametrize("text, language", [
    ("Asked whether the council would close the pool, the mayor said it would not.", "en"),
    ("Asked if the shop would reopen, the owner said she could not.", "en"),
])
def test_an_elliptical_answer_is_no_statement(text: str, language: str) -> None:
    assert _claims(text, language) == []
