"""Claim shapes session 32 found missed on fresh dev text (issue 9), each on sentences written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import extract_events
from generator.model import Source


def speakers(text: str, language: str) -> list[tuple[str | None, str]]:
    """Each claim of a one-paragraph article: its speaker and its words."""
    source = Source(id="art", title="Titre", published=dt.date(2031, 3, 12), language=language, text=text)
    return [(c.speaker, c.quote) for c in extract_events(source, []) if c.kind == "claim"]


@pytest.mark.parametrize("text, language, words", [
    ("Harriet Dunmore met the islanders on Friday. Without a new contract, she said, the ferries would stop running "
     "in the spring.", "en", "Without a new contract the ferries would stop running in the spring"),
    ("Harriet Dunmore met the islanders on Friday. The depot, Dunmore told reporters, would stay open until the end "
     "of the year.", "en", "The depot would stay open until the end of the year"),
    ("Harriet Dunmore a rencontré les habitants vendredi. Sans nouveau contrat, a-t-elle ajouté, les ferries "
     "cesseraient de circuler au printemps.", "fr", "Sans nouveau contrat les ferries cesseraient de circuler au printemps"),
])
def test_reported_words_around_an_attribution_in_commas_are_the_speaker_s(text, language, words):
    # News sets "she said" inside the words it reports; neither piece alone was read as reported speech.
    assert speakers(text, language) == [("Harriet Dunmore", words)]


@pytest.mark.parametrize("text, language", [
    ("Harriet Dunmore met the islanders. Paul Vidal, who said nothing, left the meeting before the vote on the "
     "contract.", "en"),
    ("Harriet Dunmore met the islanders. In March, the council announced, after a long consultation, the closure "
     "of the depot.", "en"),
])
def test_a_relative_clause_or_an_action_in_commas_reports_nothing(text, language):
    assert speakers(text, language) == []


@pytest.mark.parametrize("text, language, speaker, words", [
    ("Shares fell on Monday. Analysts at Wexford Partners lowered their target for the stock, citing \"risks the "
     "market had long ignored\".", "en", "Wexford Partners", "risks the market had long ignored"),
    ("Le conseil a voté. Le conseiller Jean-Marc Rivière a voté pour, tout en dénonçant « un gouffre financier sans "
     "fin ».", "fr", "Jean-Marc Rivière", "un gouffre financier sans fin"),
    ("The council voted. Councillor Ada Brent backed the plan, while calling the delays \"a scandal of the first "
     "order\".", "en", "Ada Brent", "a scandal of the first order"),
    ("Le syndicat Force ouvrière a participé aux négociations. Force ouvrière n'a pas signé l'accord, jugeant la "
     "hausse « vraiment trop faible », mais ne s'y oppose pas.", "fr", "Force ouvrière", "vraiment trop faible"),
])
def test_a_quotation_in_a_participle_clause_of_saying_without_that_is_the_subject_s(text, language, speaker, words):
    assert speakers(text, language) == [(speaker, words)]


@pytest.mark.parametrize("text, language, speaker, word", [
    ("Shares fell. Maria Dunne, an analyst at Harwell Securities, called the timing “dreadful” for a retailer that "
     "lives on Christmas.", "en", "Maria Dunne", "dreadful"),
    ("Le conseil a voté. La maire, Anne Morvan, s'est dite « confiante » et a rappelé que le projet était prêt.", "fr",
     "Anne Morvan", "confiante"),
    ("Le conseil a voté. L'opposition, menée par Paul Rivet, juge le coût du projet « intenable » et annonce un "
     "recours.", "fr", "Paul Rivet", "intenable"),
])
def test_one_word_quoted_as_what_a_verb_of_judging_calls_its_object_is_a_statement(text, language, speaker, word):
    assert (speaker, word) in speakers(text, language)


@pytest.mark.parametrize("text, language", [
    ("The mayor opened the new “community” hall on Saturday in front of two hundred residents.", "en"),
    ("Le maire a inauguré la « nouvelle » salle des fêtes samedi devant deux cents habitants.", "fr"),
])
def test_a_scare_quote_without_a_verb_of_judging_is_still_no_statement(text, language):
    assert speakers(text, language) == []


@pytest.mark.parametrize("text, language, speaker", [
    ("Paul Vidal opened the food bank in 2019. Ravi, a bus driver who asked that his surname not be used, came for "
     "the first time in March. \"I work full time and I still cannot pay the rent,\" he said.", "en", "Ravi"),
    ("Paul Vidal dirige la section syndicale. Une caissière à mi-temps, entrée dans l'enseigne il y a douze ans, "
     "raconte ses fins de mois. « Je fais mes courses ailleurs, c'est moins cher », lâche-t-elle.", "fr",
     "Une caissière à mi-temps"),
    ("Paul Vidal visited the site. A spokeswoman for Harwell Council said the road would reopen. \"It is a disaster "
     "for the whole valley,\" she said.", "en", "Harwell Council"),
])
def test_a_pronoun_after_someone_brought_in_without_a_known_name_is_theirs(text, language, speaker):
    # An indefinite description, or a first name with one, brings in someone new: the pronoun after it is theirs,
    # not the person named in an earlier sentence.
    assert [s for s, _ in speakers(text, language)][-1] == speaker


@pytest.mark.parametrize("text, language", [
    # A thing brought in is no speaker: the pronoun goes on with the person named before, as it did.
    ("Paul Vidal a visité le site. Un incendie a ravagé l'usine dans la nuit. « C'est une catastrophe pour toute la "
     "vallée », a-t-il déclaré.", "fr"),
    ("Paul Vidal visited the site. Yesterday, a fire destroyed the warehouse. \"It is a disaster for the whole "
     "valley,\" he said.", "en"),
])
def test_a_pronoun_after_a_thing_brought_in_is_still_the_person_named_before(text, language):
    assert [s for s, _ in speakers(text, language)][-1] == "Paul Vidal"


@pytest.mark.parametrize("text, words", [
    ("Ada Brent said none of the drivers would lose their jobs before the new depot opens.",
     "none of the drivers would lose their jobs before the new depot opens"),
    ("Ada Brent said construction of the new depot, which began in May, would go on through the winter.",
     "construction of the new depot, which began in May, would go on through the winter"),
])
def test_a_subject_of_a_noun_and_its_complement_after_said_opens_the_words_said(text, words):
    # English drops "that": "none of them", "construction of the depot" is the said clause's subject, no object.
    assert speakers(text, "en") == [("Ada Brent", words)]


@pytest.mark.parametrize("text, language, words", [
    ("Harriet Dunmore welcomed the inspectors' findings, which she said proved that \"the crew had done nothing "
     "wrong\".", "en", "the crew had done nothing wrong"),
])
def test_a_pronoun_speaking_inside_a_relative_clause_is_the_person_named_before_it(text, language, words):
    assert speakers(text, language) == [("Harriet Dunmore", words)]
