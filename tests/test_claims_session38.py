"""Claims, session 38 (issue 9: every statement found as a claim with its speaker): who speaks read from the
sentence's structure."""
from __future__ import annotations

import pytest

from tests.test_extract_events import claim_titles as _titles, claims as _claims, extract


@pytest.mark.parametrize("text, language, speaker, words", [
    ("The depot reopened in May. A spokesman for Dunhill Haulage, the county's freight contractor, said it had bought "
     "nine new trucks.", "en", "Dunhill Haulage", "it had bought nine new trucks"),
    ("The depot reopened in May. A spokeswoman for Pell Orchards, now owned by a Danish group, said the firm would "
     "keep every picker.", "en", "Pell Orchards", "the firm would keep every picker"),
    ("The depot reopened in May. A spokesman for Dunhill Haulage, the county's freight contractor, said: “We have "
     "bought nine new trucks.”", "en", "Dunhill Haulage", "We have bought nine new trucks."),
    ("Le dépôt a rouvert en mai. Le porte-parole de Transports Morvel, filiale du groupe Astane, a indiqué que neuf "
     "camions avaient été achetés.", "fr", "Transports Morvel", "neuf camions avaient été achetés"),
])
def test_an_apposition_before_the_verb_describes_the_subject_who_speaks(text: str, language: str, speaker: str,
                                                                        words: str) -> None:
    # "A spokesman for X, the county's contractor, said": the apposition is X's, the subject before it speaks
    assert (speaker, words) in _claims(text, language)


def test_an_apposition_that_is_a_name_still_speaks() -> None:
    text = ("The trains stopped in May. The regulator, the Rail Safety Office, confirmed that it had approved the new "
            "timetable last week.")
    assert ("Rail Safety Office", "it had approved the new timetable last week") in _claims(text, "en")


@pytest.mark.parametrize("sentence, speaker, words", [
    ("Dunhill Water says it expects to restore the supply by Friday evening.", "Dunhill Water",
     "it expects to restore the supply by Friday evening"),
    ("Dunhill Water said it stays within the terms of its licence.", "Dunhill Water",
     "it stays within the terms of its licence"),
])
def test_a_thing_s_pronoun_opens_a_clause_said_without_that(sentence: str, speaker: str, words: str) -> None:
    # "says it expects …": a present verb after "it" is the clause's as a past one is ("said it expected …")
    assert (speaker, words) in _claims("The main burst on Monday. " + sentence, "en")


def test_an_object_it_opens_no_clause() -> None:
    assert _claims("The main burst on Monday. The mayor said it twice at the meeting.", "en") == []


@pytest.mark.parametrize("sentence, title", [
    ("Les infirmières disent avoir découvert la fermeture dans la presse.",
     "Les infirmières disent avoir découvert la fermeture dans la presse"),
    ("Les infirmières affirment ne pas avoir été prévenues par la direction.",
     "Les infirmières affirment ne pas avoir été prévenues par la direction"),
])
def test_a_past_infinitive_said_takes_no_que_in_its_title(sentence: str, title: str) -> None:
    # « X dit avoir appris … »: no « qu'avoir » in the title
    assert title in _titles("La clinique de Vernac ferme. " + sentence, "fr")


def test_a_document_s_apposition_tells_its_publication() -> None:
    # "Le rapport …, rendu public mercredi, évoque « … »": the publication is the sentence's fact, no claim of the report
    text = ("Le parquet a ouvert une enquête. Le rapport de l'inspection, rendu public mercredi dernier, évoque une "
            "« gestion opaque » des admissions.")
    found = extract(text, "fr")
    assert not any(c.kind == "claim" and c.speaker == "Le rapport de l'inspection" for c in found)
    assert any(c.kind == "event" and "rendu public" in c.title for c in found)


@pytest.mark.parametrize("text, language, speaker, words", [
    ("Les ours sont revenus. Selon la chambre d'agriculture, quarante brebis ont été tuées depuis juin.", "fr",
     "La chambre d'agriculture", "quarante brebis ont été tuées depuis juin"),
    ("Le rallye change. Les pilotes ont jusqu'au 3 mars pour s'inscrire, selon les organisateurs.", "fr",
     "Les organisateurs", "Les pilotes ont jusqu'au 3 mars pour s'inscrire"),
    ("Le rallye change. Selon l'office de tourisme (OT) de Varne, les hôtels sont complets jusqu'en mai.", "fr",
     "L'office de tourisme de Varne", "les hôtels sont complets jusqu'en mai"),
    ("The rally moved. Drivers have until March 3 to enter, according to the organisers.", "en",
     "The organisers", "Drivers have until March 3 to enter"),
])
def test_a_public_body_written_without_a_name_speaks_after_selon(text: str, language: str, speaker: str,
                                                                 words: str) -> None:
    # « selon la chambre d'agriculture », "according to the organisers": a body that speaks, not a thing
    assert (speaker, words) in _claims(text, language)


def test_a_thing_after_selon_says_nothing() -> None:
    assert _claims("Le rallye change. Les pilotes ont jusqu'au 3 mars pour s'inscrire, selon le règlement.", "fr") == []
