"""Claims, session 46 (issue 9: every statement found as a claim with its speaker): reported words in a participle's
clause of saying after a main clause that tells an act."""
from __future__ import annotations

import pytest

from tests.test_extract_events import claims as _claims, extract


@pytest.mark.parametrize("text, language, speaker, words", [
    # "that" as written
    ("The prefect, Paul Garnier, took the case to court on May 3, arguing that a town cannot charge for access to "
     "its streets.", "en", "Paul Garnier", "a town cannot charge for access to its streets"),
    # no "that": the clause starts right after the participle, not at the first auxiliary the pattern meets
    ("The Road Safety Unit suspended the driver on Thursday, saying a sample taken from him had shown traces of "
     "alcohol.", "en", "Road Safety Unit", "a sample taken from him had shown traces of alcohol"),
    # whom it was told to is no part of the words
    ("Ann Hale left the meeting early, telling reporters the plan was dead and buried.", "en", "Ann Hale",
     "the plan was dead and buried"),
    ("Paul Garnier a saisi le tribunal le 3 mai, estimant qu'une commune ne peut pas faire payer l'accès aux rues.",
     "fr", "Paul Garnier", "une commune ne peut pas faire payer l'accès aux rues"),
    ("La directrice, Marion Vidal, a quitté la réunion, assurant aux élus que le projet était enterré.", "fr",
     "Marion Vidal", "le projet était enterré"),
])
def test_a_participle_of_saying_after_an_act_reports_the_subjects_words(text: str, language: str, speaker: str,
                                                                         words: str) -> None:
    assert (speaker, words) in _claims(text, language)


def test_the_act_stays_an_event_with_its_own_title() -> None:
    text = "Paul Garnier a saisi le tribunal le 3 mai, estimant qu'une commune ne peut pas faire payer l'accès aux rues."
    found = extract(text, "fr")
    event = next(c for c in found if c.kind == "event")
    assert event.title.startswith("Paul Garnier a saisi le tribunal")
    claim = next(c for c in found if c.kind == "claim")
    assert claim.title.startswith("Selon Paul Garnier")  # no participle after the name as if it were a finite verb


@pytest.mark.parametrize("text, language", [
    # whom a relative describes between the participle and "that" may be who said it
    ("Ann Hale thanked the volunteers who had stayed, telling the men who had left that they were cowards.", "en"),
    # a pronoun with no one named before stands for nobody
    ("Il a quitté la réunion, affirmant que le projet était mort.", "fr"),
    # a described subject may be the act's object as much as its doer
    ("The council closed the road on Monday, warning that the bridge could collapse.", "en"),
    # too few words to be a statement
    ("Ann Hale left the meeting, saying it was over.", "en"),
])
def test_no_claim_from_a_participle_without_a_named_speaker_or_a_statement(text: str, language: str) -> None:
    assert _claims(text, language) == []


def test_a_long_role_before_the_name_in_apposition_still_names_the_speaker() -> None:
    text = ("The county's director of public health, Dr Ann Hale, advised parents to keep children off the sand, "
            "saying the oil could burn their skin.")
    assert ("Ann Hale", "the oil could burn their skin") in _claims(text, "en")


@pytest.mark.parametrize("text, language, aside, main", [
    # the aside's quotation before the main verb
    ("Farm owner Ruth Callan, who told the inquiry in June that the barn was \"safe\", said the firm would spend "
     "2 million pounds on repairs.", "en", "the barn was \"safe\"", "the firm would spend 2 million pounds on repairs"),
    # no quotation at all
    ("Ruth Callan, who told the inquiry in June that the barn was safe, said the firm would spend 2 million pounds on "
     "repairs.", "en", "the barn was safe", "the firm would spend 2 million pounds on repairs"),
    ("Julie Marceau, qui avait déclaré en mai que l'école était « dangereuse », a affirmé que la commune paierait les "
     "travaux.", "fr", "l'école était « dangereuse »", "la commune paierait les travaux"),
])
def test_a_relative_aside_of_saying_before_the_main_verb_gives_two_claims(text: str, language: str, aside: str,
                                                                          main: str) -> None:
    found = _claims(text, language)
    speaker = found[0][0]
    assert (speaker, aside) in found
    assert (speaker, main) in found


@pytest.mark.parametrize("text, language", [
    # the aside's verb is no verb of saying: one claim, as before
    ("Ann Hale, who runs the farm, said the barn was unsafe and would close.", "en"),
    # the relative is the object's, after the main verb: no main verb after it
    ("Ann Hale met Paul Vidal, who said the barn was unsafe and would close.", "en"),
])
def test_one_claim_when_no_aside_of_saying_stands_before_a_main_verb(text: str, language: str) -> None:
    assert len(_claims(text, language)) == 1
