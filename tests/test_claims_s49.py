"""Claims, session 49 (issue 9: reported speech with its speaker): an unnamed source or witness speaks through
"selon"/"according to" as any described person does, and a group of unnamed people speaks after the words it says
("…, witnesses said") as before them."""
from __future__ import annotations

import pytest

from generator.extract.events import in_present
from tests.test_extract_events import claims as _claims


@pytest.mark.parametrize("text, language, speaker, words", [
    ("Selon une source proche de l'enquête, le suspect a été interpellé à son domicile.", "fr",
     "Une source proche de l'enquête", "le suspect a été interpellé à son domicile"),
    ("Le suspect a été interpellé à son domicile, d'après une source policière.", "fr",
     "Une source policière", "Le suspect a été interpellé à son domicile"),
    ("Selon un témoin, la voiture roulait à vive allure dans la descente.", "fr",
     "Un témoin", "la voiture roulait à vive allure dans la descente"),
    ("Selon la gardienne, le couple espère être affecté dans un autre refuge.", "fr",
     "La gardienne", "le couple espère être affecté dans un autre refuge"),
    ("According to a source close to the investigation, the suspect was arrested at his home.", "en",
     "A source close to the investigation", "the suspect was arrested at his home"),
    ("According to a witness, the car was travelling at high speed.", "en",
     "A witness", "the car was travelling at high speed"),
])
def test_an_unnamed_source_or_witness_speaks_through_according_to(text: str, language: str, speaker: str,
                                                                 words: str) -> None:
    assert _claims(text, language) == [(speaker, words)]


@pytest.mark.parametrize("text, language", [
    ("La source a été captée en 1920 pour alimenter le village.", "fr"),
    ("Le témoin a été entendu mardi par les gendarmes.", "fr"),
    ("The source of the leak was found on Monday by engineers.", "en"),
])
def test_a_source_or_witness_that_says_nothing_makes_no_claim(text: str, language: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize("text, speaker, words", [
    ("The fire started in the kitchen, witnesses said.", "Witnesses", "The fire started in the kitchen"),
    ("The road has been closed since Monday, local traders say.", "Local traders",
     "The road has been closed since Monday"),
    ("The water was brown for a week, some residents told reporters.", "Some residents",
     "The water was brown for a week"),
])
def test_a_group_speaks_after_the_words_it_says(text: str, speaker: str, words: str) -> None:
    assert _claims(text, "en") == [(speaker, words)]


@pytest.mark.parametrize("text, speaker, words", [
    # a common verb's present that VERB's endings miss ("attend", "vend") makes the words a clause
    ("La ville attend 80 000 visiteurs mercredi, a indiqué jeudi la sous-préfecture de Brécourt.",
     "La sous-préfecture de Brécourt", "La ville attend 80 000 visiteurs mercredi"),
    ("Le groupe vend ses deux usines de l'Aube, a confirmé le directeur.", "Le directeur",
     "Le groupe vend ses deux usines de l'Aube"),
    # to whom it was said, after the speaker, is no part of the speaker
    ("Le bureau de poste fermera le 29 mars, a annoncé La Poste aux élus de la commune.", "La Poste",
     "Le bureau de poste fermera le 29 mars"),
    ("Le bureau de poste fermera le 29 mars, a annoncé jeudi la préfecture aux maires du secteur.", "La préfecture",
     "Le bureau de poste fermera le 29 mars"),
])
def test_words_before_an_inverted_attribution_are_the_speaker_s(text: str, speaker: str, words: str) -> None:
    assert _claims(text, "fr") == [(speaker, words)]


def test_an_apposition_before_the_verb_is_still_no_words_reported() -> None:
    assert _claims("L'ARS, l'agence régionale de santé, a confirmé la fermeture du service.", "fr") == []


@pytest.mark.parametrize("text, language, speaker, words", [
    # "police" and "officials" speak as a group, after the words or before them
    ("Two stolen tractors were found in a shed outside the village, police said.", "en", "Police",
     "Two stolen tractors were found in a shed outside the village"),
    ("City officials said the road would reopen on Friday.", "en", "City officials", "the road would reopen on Friday"),
    # a definite plural of a person's noun speaks through "selon" as its singular does
    ("Selon les pompiers, deux personnes ont été blessées dans l'incendie.", "fr", "Les pompiers",
     "deux personnes ont été blessées dans l'incendie"),
    ("Deux personnes ont été blessées dans l'incendie, selon les gendarmes.", "fr", "Les gendarmes",
     "Deux personnes ont été blessées dans l'incendie"),
])
def test_police_officials_and_a_plural_of_people_speak(text: str, language: str, speaker: str, words: str) -> None:
    assert _claims(text, language) == [(speaker, words)]


@pytest.mark.parametrize("text, language", [
    # a clause opens before the group: its subject is no speaker of the words before the comma
    ("Operation Lantern will run until October, with a second phase around Bonfire Night, when police say "
     "drink-driving peaks.", "en"),
    # "selon" after a participle of adjusting means "depending on"
    ("Les tarifs seront adaptés selon les usagers du service.", "fr"),
    ("Les tarifs seront adaptés selon le client du service.", "fr"),
    ("Fees will be adjusted according to the customers of the service.", "en"),
])
def test_no_group_speaks_after_a_subordinator_nor_through_depending_on(text: str, language: str) -> None:
    assert _claims(text, language) == []


def test_a_group_plural_without_s_takes_no_singular_present() -> None:
    assert in_present("Harbour staff discovered the leak", "en") == "Harbour staff discovered the leak"


def test_a_demand_a_source_reports_is_the_source_s_claim() -> None:
    text = "Les ravisseurs exigent une rançon de trois millions d'euros, selon une source proche de l'enquête."
    assert _claims(text, "fr") == [("Une source proche de l'enquête",
                                    "Les ravisseurs exigent une rançon de trois millions d'euros")]


@pytest.mark.parametrize("text", [
    # Review 49-4: after a participle with no comma, « selon » a plural of people is "depending on" them.
    "Les bus sont organisés selon les élèves transportés.",
    "Les tarifs sont fixés selon les usagers.",
    "Les colis sont triés selon les clients.",
    "Les classes seront formées selon les élèves inscrits.",
])
def test_a_plural_of_people_after_selon_without_a_comma_is_no_speaker(text: str) -> None:
    assert _claims(text, "fr") == []


def test_a_plural_of_people_after_a_comma_still_speaks() -> None:
    assert _claims("Les bus arrivent en retard chaque matin, selon les usagers.", "fr") == [
        ("Les usagers", "Les bus arrivent en retard chaque matin")]


@pytest.mark.parametrize("text, speaker", [
    # Review 49-4: « aux » after an inverted speaker tells to whom it was said, whoever they are...
    ("Le bureau ouvrira en mars, a déclaré le ministre aux journalistes.", "Le ministre"),
    ("Le bureau ouvrira en mars, a indiqué la préfecture aux médias.", "La préfecture"),
    ("Le bureau ouvrira en mars, a confié le maire aux enquêteurs.", "Le maire"),
    # ... unless the role before it takes a remit
    ("Le gymnase rouvrira en mars, a indiqué l'adjointe aux sports.", "L'adjointe aux sports"),
    ("Le bureau ouvrira en mars, a expliqué le juge aux affaires familiales.", "Le juge aux affaires familiales"),
])
def test_aux_after_an_inverted_speaker_is_an_audience_but_not_a_remit(text: str, speaker: str) -> None:
    assert [s for s, _ in _claims(text, "fr")] == [speaker]
