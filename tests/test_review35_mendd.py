"""Review 35, findings 8, 9, 12 and 14(d): a document's sender is a passive's agent, not the agent of a participle in
apposition; an opening participle hides only its own clause; "gathered" tells a gathering only with no object; a name
in apposition to the object of "asked" does not speak the words after the colon. Every sentence here was written for
these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.test_extract_events import extract


def _claims(text: str, language: str) -> list[tuple[str | None, str]]:
    """The (speaker, words) of every claim extracted from a text."""
    return [(c.speaker, c.quote) for c in extract(text, language) if c.kind == "claim"]


@pytest.mark.parametrize("text, language, sender", [
    ("Corvan Foods, owned by Rita Blake since 2031, sent a letter to its suppliers on Friday. "
     '"Prices will rise in the spring," the letter read.', "en", "Corvan Foods"),
    ("La coopérative Valmer, présidée par Hugo Brachet depuis 2052, a diffusé un communiqué mardi. "
     "« Nous contestons cette amende », peut-on lire dans le communiqué.", "fr", "Valmer"),
])
def test_a_document_speaks_for_the_subject_not_for_the_agent_of_a_participle_in_apposition(
        text: str, language: str, sender: str) -> None:
    # The person after "owned by" / "présidée par" leads or owns the sender; the sentence's subject sent it.
    [(speaker, _)] = _claims(text, language)
    assert sender in speaker


def test_a_document_still_speaks_for_a_passive_s_agent_a_few_words_after_its_participle() -> None:
    text = ("The tasting evening was called off on Thursday by Corvan Foods in a letter to members. "
            '"We could not find a venue in time," the letter read.')
    assert _claims(text, "en") == [("Corvan Foods", "We could not find a venue in time,")]


def test_a_pronoun_after_an_opening_participle_clause_goes_on_with_the_main_clause_s_subject() -> None:
    # Only "Elected in 2049," is the participle's clause: Rita Blake is the main clause's subject, whom "she" means.
    text = ("Hugo Brachet opened the debate. Elected in 2049, Rita Blake chairs the board, and she says the levy "
            'is "out of the question".')
    assert ("Rita Blake", "out of the question") in _claims(text, "en")


@pytest.mark.parametrize("gathering", ["Police officers gathered witness statements in the high street on Friday.",
                                       "Campaigners gathered 800 signatures for the petition on Friday."])
def test_gathered_with_an_object_tells_no_gathering_that_dates_the_quotation_after_it(gathering: str) -> None:
    published = dt.date(2051, 3, 12)  # a Sunday; the Friday before is 2051-03-10
    text = f'{gathering} "The bridge has to be rebuilt," the councillor, Rita Blake, said.'
    [claim] = [e for e in extract(text, "en", published) if e.kind == "claim"]
    assert claim.date_basis == "published"


def test_residents_who_gathered_outside_a_building_still_date_the_quotation_after_them() -> None:
    text = ('About forty parents gathered outside the school gates on Friday. "The bridge has to be rebuilt," the '
            "councillor, Rita Blake, said.")
    [claim] = [e for e in extract(text, "en", dt.date(2051, 3, 12)) if e.kind == "claim"]
    assert claim.date is not None and claim.date.iso() == "2051-03-10"


@pytest.mark.parametrize("text, language", [
    ('Pupils asked the headteacher, Rita Blake, during assembly:\n\n"Will the canteen stay open in the summer?"', "en"),
    ('Pupils asked the headteacher, Rita Blake, during assembly: "Will the canteen stay open in the summer?"', "en"),
    ("Un élève a interpellé la directrice, Rita Blanc, en classe :\n\n« La cantine restera-t-elle ouverte cet été ? »",
     "fr"),
])
def test_a_name_in_apposition_to_whom_a_question_was_put_does_not_speak_it(text: str, language: str) -> None:
    assert all(speaker not in ("Rita Blake", "Rita Blanc") for speaker, _ in _claims(text, language))


@pytest.mark.parametrize("text, language, speaker", [
    ("Sur le parvis, la directrice, Rita Blanc, se montre prudente : « Rien n'est décidé. »", "fr", "Rita Blanc"),
    ('Outside the hall, the headteacher, Rita Blake, was firm: "Nothing has been decided."', "en", "Rita Blake"),
])
def test_a_name_in_apposition_to_the_subject_before_a_colon_still_speaks(text: str, language: str,
                                                                          speaker: str) -> None:
    assert _claims(text, language) == [(speaker, _claims(text, language)[0][1])]
