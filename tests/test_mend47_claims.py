"""Mend of session 47 (review 47): claims whose speaker a role, a body's name or a courtesy title gives."""
from __future__ import annotations

import pytest

from tests.test_extract_events import claims as _claims


# --- finding 1: a role a word governs, then a name that opens its own clause, is no apposition ------------------

@pytest.mark.parametrize("text, language, speaker, words", [
    ("Après la directrice, Mme Odile Ferrand a présenté le budget. « Le gymnase sera repeint cet été », a précisé la "
     "directrice.", "fr", "La directrice", "Le gymnase sera repeint cet été"),
    ("Contre le trésorier, M. Yves Pelletan a réclamé un audit. « Les comptes sont justes », a répondu le trésorier.",
     "fr", "Le trésorier", "Les comptes sont justes"),
    ("Unlike the headmaster, Mrs. Alma Crane backed the plan. \"The roof will be fixed by autumn,\" the headmaster "
     "said.", "en", "The headmaster", "The roof will be fixed by autumn,"),
    ("Along with the treasurer, Tom Pike voted against it. \"The accounts are sound,\" the treasurer said.", "en",
     "The treasurer", "The accounts are sound,"),
])
def test_a_governed_role_names_no_one_in_apposition(text: str, language: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, language)


def test_selon_a_role_then_a_subject_gives_the_role_its_words() -> None:
    text = "D'après la préfète, Claire Abadie a caché les chiffres aux maires."
    assert _claims(text, "fr") == [("La préfète", "Claire Abadie a caché les chiffres aux maires")]


@pytest.mark.parametrize("text, language, speaker, words", [
    # an apposition the name closes with a comma, after a preposition, still names the role's holder
    ("Le pont a été rouvert par la préfète, Mme Lise Carrère, devant les élus. « Il tiendra cent ans », a assuré la "
     "préfète.", "fr", "Lise Carrère", "Il tiendra cent ans"),
    ("The bridge was opened by the governor, Ms. Ruth Hale, on Friday. \"It will last a century,\" the governor said.",
     "en", "Ruth Hale", "It will last a century,"),
])
def test_a_closed_apposition_after_a_preposition_still_names_the_holder(text: str, language: str, speaker: str,
                                                                           words: str) -> None:
    assert (speaker, words) in _claims(text, language)


# --- finding 2: a bank or a shop whose name opens on a source's kind is no council ---------------------------------

@pytest.mark.parametrize("text, language, speaker, words", [
    ("La Caisse Mutuelle du Lérou rachètera trois agences l'an prochain. « Aucun client ne perdra son conseiller », a "
     "promis l'entreprise.", "fr", "Caisse Mutuelle du Lérou", "Aucun client ne perdra son conseiller"),
    ("La Station Fontbrune ouvrira deux pistes de plus cet hiver. « Les forfaits ne coûteront pas plus cher », assure "
     "la société.", "fr", "Station Fontbrune", "Les forfaits ne coûteront pas plus cher"),
])
def test_a_firm_named_by_a_source_kind_speaks_as_the_company(text: str, language: str, speaker: str,
                                                             words: str) -> None:
    assert (speaker, words) in _claims(text, language)


# --- finding 3: a surname after a courtesy title is a person's, whatever form of speaking follows -------------------

@pytest.mark.parametrize("text, language, speaker, words", [
    ("Le vent a soufflé toute la nuit. Au petit matin, M. Tessier, le doyen du port, s'en amuse : « On a vu pire en "
     "1999. »", "fr", "Tessier", "On a vu pire en 1999."),
    # kept (they passed before): the sentence before a colon goes on past a title's full stop, and a role in
    # apposition may open it
    ("Le club a fêté ses cent ans. Sa trésorière, Mme Lucie Vernhes, est lucide : « Il faudra trouver des bénévoles. »",
     "fr", "Lucie Vernhes", "Il faudra trouver des bénévoles."),
    ("Le club a fêté ses cent ans. Son trésorier, M. Luc Vernhes, reste lucide sur l'avenir : « Il faudra trouver des "
     "bénévoles. »", "fr", "Luc Vernhes", "Il faudra trouver des bénévoles."),
    ("« Le chantier finira en juin », a assuré Mme Brivet, devant le conseil.", "fr", "Brivet",
     "Le chantier finira en juin"),
    ("Mme Brivet a promis que le chantier finirait en juin.", "fr", "Brivet", "le chantier finirait en juin"),
    ("\"The works will end in June,\" Mrs. Brivet told the council.", "en", "Brivet", "The works will end in June,"),
    ("Dr. Brivet said the clinic would close in June.", "en", "Brivet", "the clinic would close in June"),
    ("The clinic will close in June, Ms. Brivet said.", "en", "Brivet", "The clinic will close in June"),
])
def test_a_titled_surname_speaks_in_every_form(text: str, language: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, language)
