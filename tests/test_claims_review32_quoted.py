"""Review 32's findings 1, 2 and 10 on claims: titles, names, joined clauses and objects read as words said."""
from __future__ import annotations

import pytest

from test_claims_session32 import speakers


@pytest.mark.parametrize("text, language", [
    ('The librarian opened the reading group on Tuesday, citing "The Voyage of the Heron" as her model.', "en"),
    ('The band toured the north all summer, announcing "Harbour Lights Again" as its next record.', "en"),
    ("La directrice a ouvert la rentrée mardi, en citant « Les Misérables » devant les élèves du collège.", "fr"),
    ("Le théâtre a rouvert ses portes samedi, en annonçant « Les Soirées de Brasparts » pour l'été.", "fr"),
])
def test_a_title_a_participle_names_is_no_claim(text, language):
    # Quoted with no "that", capitals and no verb make a title, not words said.
    assert speakers(text, language) == []


@pytest.mark.parametrize("text, language, words", [
    ('Ada Brent left the hall on Monday, adding "We will appeal this ruling."', "en", "We will appeal this ruling."),
    ("Anne Morvan a quitté la salle lundi, en lançant « Nous ne céderons pas ».", "fr", "Nous ne céderons pas"),
])
def test_a_sentence_a_participle_quotes_is_still_a_claim(text, language, words):
    assert [w for _, w in speakers(text, language)] == [words]


@pytest.mark.parametrize("text, language", [
    ('Halvard Foods opened a plant in Leeds. The firm called the new biscuit "Marlow" after the town.', "en"),
    ('Ada Brent moved to York in June. She called her cat "Pepper" for its colour.', "en"),
    ("Les ingénieurs Anne Morvan et Paul Kerjean ont estimé le coût du « Castel » à trois millions.", "fr"),
])
def test_one_capitalised_word_after_a_naming_verb_is_a_name_not_a_claim(text, language):
    assert speakers(text, language) == []


@pytest.mark.parametrize("text, language", [
    ("After the hearing, Ada Brent told reporters, and then she drove back to Leeds with her son.", "en"),
    ("Après l'audience, Anne Morvan a salué les jurés, puis elle est rentrée à Brest avec son fils.", "fr"),
    ("Before the launch, Ada Brent warned investors, who had backed her since 2020, that costs were rising.", "en"),
])
def test_a_clause_joined_after_an_attribution_in_commas_is_no_reported_words(text, language):
    assert all(not w.startswith(("After", "Après", "Before"))
               for _, w in speakers(text, language))


@pytest.mark.parametrize("text", [
    "Ada Brent denied knowledge of the loan her brother arranged in June.",
    "Ada Brent acknowledged receipt of letters tenants had sent since January.",
])
def test_a_noun_of_after_a_verb_with_an_object_is_no_said_clause(text):
    assert speakers(text, "en") == []


def test_a_noun_of_after_said_still_opens_the_said_clause():
    assert speakers("Ada Brent said repair of the old bridge would start in June.", "en") \
        == [("Ada Brent", "repair of the old bridge would start in June")]
