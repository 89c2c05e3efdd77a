"""Session 35, quotations across sentences (issue 9): an incise whose pronoun follows a compound tense's auxiliary,
and a document that speaks for the one who sent it. Every sentence here was written for these tests."""
from __future__ import annotations

import pytest

from tests.test_extract_events import extract


def _claims(text: str, language: str) -> list[tuple[str | None, str]]:
    """The (speaker, words) of every claim extracted from a text."""
    return [(c.speaker, c.quote) for c in extract(text, language) if c.kind == "claim"]


@pytest.mark.parametrize("incise", ["a-t-elle justifié devant les élus", "a-t-elle nuancé devant la presse",
                                    "a-t-elle certifié devant le juge"])
def test_a_compound_incise_with_its_pronoun_after_the_auxiliary_speaks_for_the_person_named_before(incise: str) -> None:
    # The participle, the pronoun after its auxiliary and a complement naming others ("devant les élus"): the shape
    # makes the incise, not the verb's word, and the pronoun stands for the person named before.
    text = (f"Martine Guérold a présenté le budget de la régie mardi. "
            f"« Nous ne pouvions pas laisser les familles payer davantage », {incise}.")
    assert ("Martine Guérold", "Nous ne pouvions pas laisser les familles payer davantage") in _claims(text, "fr")


def test_an_email_that_reads_speaks_for_the_agent_that_sent_it_over_a_split_quotation() -> None:
    text = ("The fair was called off by its organiser, Brindle Events, in an email to stallholders on Monday. "
            '"We have tried everything to keep the fair going," the email read. '
            '"Our costs have doubled, and bookings are down by half."')
    assert _claims(text, "en") == [
        ("Brindle Events", "We have tried everything to keep the fair going,"),
        ("Brindle Events", "Our costs have doubled, and bookings are down by half.")]


def test_a_statement_that_says_speaks_for_the_subject_that_issued_it() -> None:
    text = ("Brindle Events cancelled the fair in a statement on Monday. "
            '"We have tried everything to keep the fair going," the statement said.')
    assert _claims(text, "en") == [("Brindle Events", "We have tried everything to keep the fair going,")]


def test_a_release_one_reads_in_speaks_for_its_sender() -> None:
    text = ("La foire a été annulée par Brindel Événements dans un communiqué lundi. "
            "« Nous avons tout tenté pour maintenir la foire », peut-on lire dans le communiqué.")
    assert _claims(text, "fr") == [("Brindel Événements", "Nous avons tout tenté pour maintenir la foire")]


def test_a_document_whose_sender_no_name_gives_speaks_as_written() -> None:
    text = ("Le conseil a reçu une lettre anonyme lundi. "
            "« Nous avons tout tenté pour maintenir la foire », peut-on lire dans la lettre.")
    assert _claims(text, "fr") == [("La lettre", "Nous avons tout tenté pour maintenir la foire")]


@pytest.mark.parametrize("asked", ["Asked whether the band, the Gravel Kings, would still be paid",
                                   "Asked by Paul Vidal whether the band would still be paid"])
def test_a_pronoun_after_an_opening_participle_clause_means_no_one_that_clause_names(asked: str) -> None:
    # The participle's subject is the pronoun's: those its clause names were asked about, or asked it.
    text = ("Brindle's director, Tom Varley, told me on Monday that refunds would start soon. "
            f'{asked}, he said that was "a matter for the insurers".')
    assert ("Tom Varley", "a matter for the insurers") in _claims(text, "en")


@pytest.mark.parametrize("text, language, speaker, words", [
    ("The harbour master, Tom Penrose, spoke on the quay on Saturday. He said:\n\n"
     '"We will clean every metre of this beach, however long it takes."\n\nThe council meets on Monday.', "en",
     "Tom Penrose", "We will clean every metre of this beach, however long it takes."),
    ("Lors de la réunion, la maire, Anne Rivière, a déclaré :\n\n« Nous nettoierons chaque mètre de cette plage. »",
     "fr", "Anne Rivière", "Nous nettoierons chaque mètre de cette plage."),
])
def test_a_quotation_opening_the_paragraph_after_an_attribution_ending_on_a_colon_is_its_speaker_s(
        text: str, language: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, language)


def test_a_colon_after_no_speaker_gives_the_quotation_after_it_to_no_one() -> None:
    assert _claims('The programme is clear:\n\n"Clean every metre of this beach."', "en") == []


@pytest.mark.parametrize("text, language", [
    ('When we spoke on Tuesday, Anne Rivers said:\n\n"We will clean every metre of this beach."', "en"),
    ("Quand nous l'avons jointe mardi, Anne Rivière a déclaré :\n\n« Nous nettoierons chaque mètre de cette plage. »",
     "fr"),
])
def test_the_clause_before_an_attribution_ending_on_a_colon_is_no_reported_speech(text: str, language: str) -> None:
    # The colon announces the words after the verb: the clause before its comma tells when, not what was said.
    assert [s for s, _ in _claims(text, language)] == ["Anne Rivers" if language == "en" else "Anne Rivière"]
