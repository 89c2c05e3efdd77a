"""Claims, session 40 (issue 9: every statement found as a claim with its speaker): a town's own body that speaks
bare (« la mairie », « la Ville ») is the town's the article names."""
from __future__ import annotations

import pytest

from tests.test_extract_events import claims as _claims, extract


@pytest.mark.parametrize("text, speaker", [
    # the lede names the town after "de": the town hall that speaks later is that town's
    ("La nouvelle piscine de Brossac ouvrira en juin. Les tarifs resteront inchangés jusqu'en 2030, a précisé la "
     "mairie.", "La mairie de Brossac"),
    ("La halle couverte d'Ombrières rouvre mardi. La Ville assure que les commerçants retrouveront leurs places d'ici "
     "la fin du mois.", "La Ville d'Ombrières"),
    # inside a longer name the index reads whole (« le musée Cavalier de Tressan »), the town written alone too
    ("Un vase a été volé au musée Cavalier de Tressan. Le musée attire chaque année des milliers de visiteurs à "
     "Tressan. La vitrine n'était plus fermée à clé depuis l'été, a reconnu la municipalité.",
     "La municipalité de Tressan"),
    # the body itself written with its town before the claim, whatever the lede names
    ("Le festival de Vauzelle est annulé. La mairie de Pradines a voté mardi. Le stade restera fermé jusqu'à la fin "
     "de l'année, a prévenu la mairie.", "La mairie de Pradines"),
    # the same town hall under another of its words: « la mairie » after « la Ville de Pradines »
    ("Le stade restera fermé tout l'hiver, la Ville de Pradines l'a annoncé lundi aux clubs. La pelouse avait "
     "pourtant été refaite en mai, selon la mairie.", "La Ville de Pradines"),
])
def test_a_town_body_speaking_bare_is_the_town_named(text: str, speaker: str) -> None:
    assert speaker in [s for s, _ in _claims(text, "fr")]


@pytest.mark.parametrize("text", [
    # two towns in the lede: either town hall may speak
    "La halle de Sarlat et celle de Lanvic ouvrent mardi. Le marché restera fermé jusqu'à la fin de l'année, a prévenu "
    "la mairie.",
    # the claim opens the article: no town named before it
    "Le marché restera fermé jusqu'à la fin de l'année, a prévenu la mairie.",
    # a name read only inside a longer one is no town (« le refuge de la Pointe de Vénas »)
    "Un randonneur s'est perdu sous la Pointe de Vénas. Le marché restera fermé jusqu'à la fin de l'année, a prévenu "
    "la mairie.",
    # a person's name after "de" is no town
    "Le fils de Paul Berthier a ouvert une boulangerie. Le marché restera fermé jusqu'à la fin de l'année, a prévenu "
    "la mairie.",
])
def test_a_town_body_stays_bare_without_one_town(text: str) -> None:
    assert "La mairie" in [s for s, _ in _claims(text, "fr")]


def test_an_english_council_is_not_given_a_town() -> None:
    # English names its council in full: the lede's place is no council's
    text = ("The new library in Brossford opens in June. Parking charges will stay the same until 2030, the council "
            "said.")
    assert all(" of " not in (s or "") for s, _ in _claims(text, "en"))


def test_a_town_body_told_by_the_lede_has_the_town_as_its_actor() -> None:
    # « La Ville de Brossac » is written nowhere: the actor is the town the article names, not a new body's name
    found = [c for c in extract("La nouvelle piscine de Brossac ouvrira en juin. Les tarifs resteront inchangés "
                                "jusqu'en 2030, a précisé la Ville.", "fr") if c.kind == "claim"]
    assert [(c.speaker, c.actors[:1]) for c in found] == [("La Ville de Brossac", ["Brossac"])]


@pytest.mark.parametrize("sentence, speaker, words", [
    # a role in apposition before the name, closed by a comma after it
    ("La trésorière, Agnès Morvan, veut y lire « une invitation à serrer les dépenses ».", "Agnès Morvan",
     "une invitation à serrer les dépenses"),
    ("Son directeur, Loïc Tanguy, espère désormais « un retour au calme avant l'automne ».", "Loïc Tanguy",
     "un retour au calme avant l'automne"),
    # a role as a title, no comma
    ("Le boulanger Éric Ménard voit pour sa part dans ce chantier « une aubaine pour le quartier ».", "Éric Ménard",
     "une aubaine pour le quartier"),
    ("The club treasurer, Moira Kell, sees \"a chance to balance the books\".", "Moira Kell",
     "a chance to balance the books"),
])
def test_a_role_before_the_named_subject_leaves_the_quotation_theirs(sentence: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(sentence, "fr" if "«" in sentence else "en")


@pytest.mark.parametrize("sentence", [
    # a deed's object may be a thing the reporter names, with a role before the name as without
    "La maire, Ada Brun, a visité « la vieille maison du port ».",
    # the role's apposition is not closed after the name: another subject joins it
    "La trésorière, Agnès Morvan et son adjoint veulent « une invitation à serrer les dépenses ».",
    # what precedes the name is no role: a preposition ties it ("le fils de")
    "Le fils de Paul Berthier voit dans ce chantier « une aubaine pour le quartier ».",
])
def test_no_role_before_the_name_or_a_thing_named_gives_no_claim_of_theirs(sentence: str) -> None:
    assert [s for s, _ in _claims(sentence, "fr") if s in {"Ada Brun", "Agnès Morvan", "Paul Berthier"}] == []
