"""Claims, session 42 (issue 9: every statement found as a claim with its speaker): role words before a name, a
relative clause of "whose"/« dont » after it, and « dire » with an infinitive as a verb of saying."""
from __future__ import annotations

import pytest

from generator.extract.actors import NameIndex
from tests.test_extract_events import claim_titles, claims as _claims


@pytest.mark.parametrize("text, language, speaker, words", [
    # a role of lower-case words before the name, a relative clause of "whose" between the name and the verb
    ('Harbour committee chair Nell Tasker, whose own boat sank in 2019, said the moorings were "a death trap".', "en",
     "Nell Tasker", "a death trap"),
    ("Conseiller d'opposition Rémi Lagarde, dont le groupe a voté contre, a jugé la hausse « indécente ».", "fr",
     "Rémi Lagarde", "indécente"),
])
def test_a_relative_clause_of_whose_is_no_subject(text: str, language: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, language)


def test_an_event_word_before_a_person_noun_leaves_the_name_a_person() -> None:
    # "the regatta organiser" in apposition: the person organises the event, and "she" stands for her
    text = 'Mara Quint, the regatta organiser, spoke to us on the slipway. "We lost a whole day to the fog," she said.'
    assert ("Mara Quint", "We lost a whole day to the fog,") in _claims(text, "en")


def test_an_event_in_apposition_is_still_no_actor() -> None:
    text = "Harbour Lights, the winter festival, drew 40,000 people to the quay."
    assert NameIndex.build([], text, "en").mentions(text) == []


@pytest.mark.parametrize("text, speaker", [
    # an event's or a product's word, then a title: the title makes the name a person's
    ('Festival director Oona Brack said the marquee was "never safe in a gale".', "Oona Brack"),
    # a party's name (two capitalised words, read as a person) before the role and a title ("Alderman"): the person
    # after them speaks
    ('Free Democrat housing spokesman Alderman Joss Ferrin warned the toll would "empty the high street by spring".',
     "Joss Ferrin"),
])
def test_role_words_before_a_name_leave_the_person_speaking(text: str, speaker: str) -> None:
    assert speaker in {s for s, _ in _claims(text, "en")}


@pytest.mark.parametrize("text, speaker, words", [
    # a present infinitive after « dire », « assurer »: what the subject says of itself
    ("Le gérant du camping, Hugo Marsal, dit comprendre la colère des riverains.", "Hugo Marsal",
     "comprendre la colère des riverains"),
    ("La présidente du club, Anne Tesson, dit ne plus pouvoir payer les arbitres.", "Anne Tesson",
     "ne plus pouvoir payer les arbitres"),
    ("La fromagerie assure pouvoir livrer ses clients jusqu'au printemps.", "La fromagerie",
     "pouvoir livrer ses clients jusqu'au printemps"),
    # a one-word quotation of the infinitive
    ("Le maire, Hugo Marsal, dit « regretter » le départ du boulanger.", "Hugo Marsal", "regretter"),
])
def test_dire_with_an_infinitive_reports_words(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, "fr")


def test_an_infinitive_said_is_titled_without_que() -> None:
    assert claim_titles("Le gérant du camping, Hugo Marsal, dit comprendre la colère des riverains.", "fr") == [
        "Hugo Marsal dit comprendre la colère des riverains"]


@pytest.mark.parametrize("text", [
    "La société a annoncé suspendre la production de fromage jusqu'en mars.",  # a decision, no words said
    "Le maire a dit Olivier Roy serait candidat aux prochaines élections.",  # a name, no infinitive
])
def test_no_infinitive_said_where_none_is(text: str) -> None:
    assert all(not words.startswith(("suspendre", "Olivier")) for _, words in _claims(text, "fr"))


def test_a_day_word_after_dit_is_no_infinitive() -> None:
    assert ("Hugo Marsal", "le camping fermerait en octobre") in _claims(
        "Hugo Marsal a dit hier que le camping fermerait en octobre.", "fr")


@pytest.mark.parametrize("text, speaker", [
    # a title's field in capitals between the title and the name: "Professor of …", "Director of …"
    ('Professor of Marine Geology Idris Pell, of Carrow University, said the cliff was "moving every winter".',
     "Idris Pell"),
    ("The port's Director of Harbour Safety Wenna Joll said the pontoon would reopen once the divers had checked it.",
     "Wenna Joll"),
])
def test_a_titles_field_is_no_part_of_the_name(text: str, speaker: str) -> None:
    assert speaker in {s for s, _ in _claims(text, "en")}


@pytest.mark.parametrize("text, language, speaker", [
    # when, with no comma, before the pronoun that a colon's quotation follows
    ('Wendy Ossack runs the cider press. On Thursday she was more hopeful: "We might save half the crop."', "en",
     "Wendy Ossack"),
    ("Hugo Marsal préside le club de voile. Mardi il a été clair : « Le ponton tiendra l'hiver. »", "fr",
     "Hugo Marsal"),
    # an object's clitic between the pronoun and the verb, and « redire », a verb of saying
    ("Hugo Marsal n'a pas renoncé. Il l'a redit jeudi devant les adhérents : « Le ponton sera refait avant l'été. »",
     "fr", "Hugo Marsal"),
])
def test_a_pronoun_before_a_colon_speaks(text: str, language: str, speaker: str) -> None:
    assert speaker in {s for s, _ in _claims(text, language)}


def test_a_pronoun_after_a_place_phrase_before_a_colon_is_not_guessed() -> None:
    # "In the barn": no time phrase; whom "he" stands for is left to what the sentence says
    text = 'Wendy Ossack runs the cider press. In the barn he was more hopeful: "We might save half the crop."'
    assert all(speaker != "Wendy Ossack" for speaker, _ in _claims(text, "en"))
