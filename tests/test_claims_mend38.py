"""Claims, mends of review 38: "selon"/"according to" that means "depending on" names no speaker (b17016b), and a
« que » the sentence writes before an infinitive subject stays in the title (1316acb)."""
from __future__ import annotations

import pytest

from tests.test_extract_events import claim_titles as _titles, claims as _claims

_OPENING = {"fr": "La piscine rouvre lundi. ", "en": "The pool reopens on Monday. "}


@pytest.mark.parametrize("language, sentence", [
    ("fr", "Le tarif de l'entrée varie de 3 à 6 euros selon la commune d'origine des baigneurs."),
    ("fr", "Les créneaux changent chaque semaine selon le service des sports."),
    ("fr", "Les nageurs entrent par le parking ou par la rue selon la direction des travaux."),
    ("fr", "Les délais d'inscription vont de trois à dix jours selon le centre."),
    ("fr", "Les tarifs sont différents selon la commune de domicile des nageurs."),
    ("fr", "Les cours se tiennent le matin ou le soir, selon le centre retenu par les parents."),
    ("en", "Entry fees vary from £3 to £6 according to the council area."),
    ("en", "Swimmers enter by the car park or the street according to the operator on duty."),
])
def test_selon_that_means_depending_on_names_no_speaker(language: str, sentence: str) -> None:
    # "varie … selon la commune", "par le parking ou par la rue selon …": on what it depends, no one who says it
    assert _claims(_OPENING[language] + sentence, language) == []


@pytest.mark.parametrize("language, sentence, speaker", [
    ("fr", "Les tarifs de la piscine changeront en septembre, selon la mairie.", "La mairie"),
    ("fr", "Entre 300 et 400 nageurs sont attendus chaque jour, selon la direction.", "La direction"),
    ("fr", "Les nageurs pourront payer par carte ou en espèces, selon la mairie.", "La mairie"),
    ("en", "Session times will change in September, according to the operator.", "The operator"),
    ("en", "Between 300 and 400 swimmers are expected each day, according to the council.", "The council"),
])
def test_a_body_set_apart_by_a_comma_still_speaks(language: str, sentence: str, speaker: str) -> None:
    # a verb of change or an alternative before the comma: the body after it is still the source
    assert [s for s, _ in _claims(_OPENING[language] + sentence, language)] == [speaker]


@pytest.mark.parametrize("sentence, title", [
    ("Le président du club affirme qu'être relégué ne serait pas une catastrophe.",
     "Le président du club affirme qu'être relégué ne serait pas une catastrophe"),
    ("La maire estime qu'avoir vendu le terrain était une faute.",
     "La maire estime qu'avoir vendu le terrain était une faute"),
    ("Le président du club dit avoir reçu les joueurs lundi soir au stade.",
     "Le président du club dit avoir reçu les joueurs lundi soir au stade"),
])
def test_the_title_keeps_the_que_the_sentence_writes(sentence: str, title: str) -> None:
    # « affirme qu'être relégué … »: an infinitive subject after « que », which stays; « dit avoir reçu »: none written
    assert title in _titles("Le stade a fermé. " + sentence, "fr")
