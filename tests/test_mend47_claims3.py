"""Mend of a4f1aae (review 47, reviewer 3): before a colon, after a time or a place, the subject speaks unless the
verb's object is a thing that carries words of its own (a letter, a sign, a radio)."""
from __future__ import annotations

import pytest

from tests.test_extract_events import claims as _claims


@pytest.mark.parametrize("text, language, speaker, words", [
    ("Ce jeudi, Emmanuel Macron a fixé le cap : « Nous tiendrons nos engagements. »", "fr", "Emmanuel Macron",
     "Nous tiendrons nos engagements."),
    ("Lundi, Paul Roux a présenté le projet : « Nous ouvrirons la piscine en juin. »", "fr", "Paul Roux",
     "Nous ouvrirons la piscine en juin."),
    ("Jeudi, Marie Dubois a tiré la sonnette d'alarme : « Le service des urgences ne tiendra pas l'été. »", "fr",
     "Marie Dubois", "Le service des urgences ne tiendra pas l'été."),
    ("Devant les élus, Anne Vidal a posé les enjeux : « Sans subvention, la ligne fermera en 2027. »", "fr",
     "Anne Vidal", "Sans subvention, la ligne fermera en 2027."),
    ('On Monday, John Harris set out the plan: "We will open the new pool in June."', "en", "John Harris",
     "We will open the new pool in June."),
    ('On Tuesday, John Harris summed up the mood: "Nobody here trusts the council any more."', "en", "John Harris",
     "Nobody here trusts the council any more."),
    ('At the rally, Jane Doe laid out the timetable: "Work will start in March."', "en", "Jane Doe",
     "Work will start in March."),
])
def test_an_ordinary_object_before_a_colon_leaves_the_words_to_the_subject(text: str, language: str, speaker: str,
                                                                          words: str) -> None:
    assert (speaker, words) in _claims(text, language)


@pytest.mark.parametrize("text, language", [
    ("Le soir même, Paul Roux a ouvert l'enveloppe : « Votre poste est supprimé à compter du 1er mars. »", "fr"),
    ("Vers sept heures, Paul Roux a allumé la radio : « Le pont de Brassac est fermé jusqu'à nouvel ordre. »", "fr"),
    ("Mardi, Anne Roy a déplié l'arrêté préfectoral : « La baignade est interdite dans le lac. »", "fr"),
    ("À la mairie, Anne Roy a consulté le registre : « Aucune naissance en 1944. »", "fr"),
    ("Le lendemain, Paul Roux a collé une affichette sur la vitrine : « Fermé pour travaux. »", "fr"),
    ('At the station, Jane Doe read the notice: "All trains are cancelled until further notice."', "en"),
])
def test_a_thing_with_words_of_its_own_keeps_them(text: str, language: str) -> None:
    assert all(speaker not in ("Paul Roux", "Anne Roy", "Jane Doe") for speaker, _ in _claims(text, language))
