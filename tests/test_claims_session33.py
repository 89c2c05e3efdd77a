"""Claims, session 33 (issue 9: every statement found as a claim with its speaker)."""
from __future__ import annotations

import pytest

from bench.page_quality import _claim_event, _claims as _bench_claims
from tests.test_extract_events import extract


@pytest.mark.parametrize("text, language, speaker, words", [
    ("Marlow District Council announced that the Quay Street car park will close on 31 March.", "en",
     "Marlow District Council", "the Quay Street car park will close on 31 March"),
    ("Le maire, Paul Vidal, a annoncé que la piscine Jean-Bouin fermerait le 30 juin.", "fr",
     "Paul Vidal", "la piscine Jean-Bouin fermerait le 30 juin"),
    ("La société Ventis a confirmé mardi qu'elle retirait son projet de sept éoliennes.", "fr",
     "Ventis", "elle retirait son projet de sept éoliennes"),
])
def test_an_announced_clause_is_the_announcer_s_claim_and_its_event_stays(text: str, language: str, speaker: str,
                                                                           words: str) -> None:
    found = extract(text, language)
    assert [(c.speaker, c.quote) for c in found if c.kind == "claim"] == [(speaker, words)]
    assert [c for c in found if c.kind == "event"], "the announced fact is still told as an event"


def test_announced_with_a_noun_object_is_still_an_action_alone() -> None:
    found = extract("In a letter sent to parents on Friday, Ruth Okafor announced the closure of the school kitchen.",
                    "en")
    assert [c for c in found if c.kind == "claim"] == []


def test_the_bench_finds_a_reported_statement_by_the_words_it_quotes() -> None:
    # A statement that quotes one judged word is found by a claim of that word and its speaker, not by any claim that
    # only holds the word unquoted, and not by one whose quoted words are others.
    gold = {"claims": [{"speaker": "Léa Morin", "quote": "a reconnu que la régie avait « échoué »", "direct": False}]}
    word = {"kind": "claim", "speaker": "Léa Morin", "sources": [{"quote": "échoué"}]}
    assert _claim_event([word], gold["claims"][0], gold) is word
    cut = {"speaker": "Léa Morin", "quote": "a reconnu que la régie avait « échoué", "direct": False}
    assert _claim_event([word], cut, {"claims": [cut]}) is word  # the closing mark cut off with the statement's end
    plain = {"speaker": "Léa Morin", "quote": "a reconnu que la régie avait échoué", "direct": False}
    assert _claim_event([word], plain, {"claims": [plain]}) is None
    other = {"kind": "claim", "speaker": "Léa Morin", "sources": [{"quote": "régie"}]}
    assert _claim_event([other], gold["claims"][0], gold) is None



def _counted(statements: list[tuple[str, str]], claims: list[tuple[str, str]]) -> tuple[int, int]:
    """The reported statements (speaker, words) the page bench counts as found by these extracted claims."""
    gold = {"claims": [{"speaker": s, "quote": q, "direct": False} for s, q in statements]}
    events = [{"kind": "claim", "speaker": s, "sources": [{"quote": q}]} for s, q in claims]
    return _bench_claims(events, gold, [], direct=False)


@pytest.mark.parametrize("statement, claim", [
    # a name or a title in quotation marks is nobody's judged word
    (("Inès Caradec", "a prévenu que la fête « Lanternes du Port » n'aurait pas lieu sans mécène"),
     ("Inès Caradec", "Lanternes du Port")),
    (("Owen Pryce", 'warned that the "Harbour Lights" parade could not go ahead without a sponsor'),
     ("Owen Pryce", "Harbour Lights")),
    # a figure alone is no judged word
    (("Owen Pryce", 'said the depot would shed "75" drivers by spring'), ("Owen Pryce", "75")),
    # the statement gives the word to another voice than its speaker
    (("Inès Caradec", "a balayé ce que les commerçants appellent une « catastrophe »"), ("Inès Caradec", "catastrophe")),
    (("Owen Pryce", 'brushed aside what residents have called a "shambles"'), ("Owen Pryce", "shambles")),
])
def test_the_bench_credits_no_marked_word_a_reader_would_not(statement: tuple[str, str], claim: tuple[str, str]) -> None:
    assert _counted([statement], [claim]) == (0, 1)


def test_the_bench_credits_the_speaker_s_own_marked_word() -> None:
    assert _counted([("Inès Caradec", "a admis que la régie avait « tardé »")], [("Inès Caradec", "tardé")]) == (1, 1)
    assert _counted([("Inès Caradec", "a dénoncé ce qu'elle appelle un « gâchis »")],
                    [("Inès Caradec", "gâchis")]) == (1, 1)
    assert _counted([("Owen Pryce", 'described the timetable as "unworkable"')], [("Owen Pryce", "unworkable")]) == (1, 1)
    # another speaker's claim of the word finds nothing
    assert _counted([("Inès Caradec", "a admis que la régie avait « tardé »")], [("Yann Le Bihan", "tardé")]) == (0, 1)


def test_one_marked_word_claim_finds_one_statement_only() -> None:
    statements = [("Owen Pryce", 'called the new timetable "unworkable"'),
                  ("Owen Pryce", 'said the fare rise was "unworkable" for families')]
    assert _counted(statements, [("Owen Pryce", "unworkable")]) == (1, 2)
    assert _counted(statements, [("Owen Pryce", "unworkable"), ("Owen Pryce", "unworkable")]) == (2, 2)


def _claims(text: str, language: str) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.quote) for c in extract(text, language) if c.kind == "claim"]


@pytest.mark.parametrize("text, language, speaker", [
    # The role's complement names an organisation, and an office holder with no name stands between: the role is
    # still the one the article gave with the person's name.
    ("L'enquête a commencé le 4 avril, quand la présidente de Voile Bleue, Anne Roy, a porté plainte. C'est le "
     "nouveau trésorier du club qui avait relevé les virements. « Nous avons été trahis », confie la présidente.",
     "fr", "Anne Roy"),
    ("The inquiry began on April 4, when the treasurer of Harbour Rowing, Alison Reeve, went to the police. It was "
     "the new auditor of the club who had seen the transfers. \"We were betrayed,\" the treasurer said.", "en",
     "Alison Reeve"),
])
def test_a_role_the_article_gave_with_a_name_speaks_for_that_person(text: str, language: str, speaker: str) -> None:
    assert [s for s, _ in _claims(text, language)][-1] == speaker


@pytest.mark.parametrize("text, language, speaker, words", [
    ("La salle ne rouvrira pas avant l'automne, selon le maire, Paul Garnier.", "fr", "Paul Garnier",
     "La salle ne rouvrira pas avant l'automne"),
    ("The hall will not reopen before the autumn, according to the club's lawyer, Paul Garner.", "en", "Paul Garner",
     "The hall will not reopen before the autumn"),
])
def test_according_to_a_role_and_its_name_at_the_end_gives_the_name(text: str, language: str, speaker: str,
                                                                    words: str) -> None:
    assert _claims(text, language) == [(speaker, words)]


@pytest.mark.parametrize("text, speaker", [
    ("Un repreneur s'est dit intéressé, a indiqué la semaine dernière le président du syndicat, Marc Roux.",
     "Marc Roux"),
    ("Un repreneur s'est dit intéressé, a indiqué ce mardi après-midi Anne Roy.", "Anne Roy"),
])
def test_when_it_was_said_between_an_inverted_verb_and_its_subject_is_no_part_of_the_speaker(text: str,
                                                                                           speaker: str) -> None:
    assert _claims(text, "fr") == [(speaker, "Un repreneur s'est dit intéressé")]


@pytest.mark.parametrize("text, language, claims", [
    ("About 400 builders are on site, and Norvane said none of them would lose their jobs.", "en",
     [("Norvane", "none of them would lose their jobs")]),
    ("Les pêcheurs estiment que la vase étouffera les fonds, mais le port de Lorn assure que le chenal ne peut plus "
     "attendre.", "fr", [("Les pêcheurs", "la vase étouffera les fonds"),
                         ("Le port de Lorn", "le chenal ne peut plus attendre")]),
    ("Les travaux commencent lundi, et la mairie de Lorn a assuré que le marché resterait ouvert.", "fr",
     [("La mairie de Lorn", "le marché resterait ouvert")]),
])
def test_a_second_attribution_after_and_or_but_is_a_claim_of_its_own(text: str, language: str,
                                                                      claims: list[tuple[str, str]]) -> None:
    assert _claims(text, language) == claims


def test_a_second_clause_without_an_attribution_of_its_own_stays_in_the_first_claim() -> None:
    assert _claims("Paul Vidal said the road would close, and buses would stop at the church.", "en") == [
        ("Paul Vidal", "the road would close, and buses would stop at the church")]


@pytest.mark.parametrize("text, language", [
    ("Paul Vidal was fined £400 on Monday for \"causing a public nuisance\".", "en"),
    ("Paul Vidal a été jugé mardi à Lorn pour « tapage nocturne et injures ».", "fr"),
])
def test_a_quotation_one_was_fined_or_tried_for_is_no_one_s_words(text: str, language: str) -> None:
    assert _claims(text, language) == []


def test_a_passive_in_an_aside_leaves_a_call_for_words_the_speaker_s() -> None:
    assert _claims("Paul Vidal, who was elected in May, called for \"a fresh start at the town hall\".", "en") == [
        ("Paul Vidal", "a fresh start at the town hall")]


@pytest.mark.parametrize("text", [
    "Leon Hart says the club cannot pay the rent before June.",
    "Leon Hart says the club can’t pay the rent before June.",
    "Leon Hart says the members don't want a new ground.",
])
def test_a_negated_auxiliary_opens_a_clause_said_without_that(text: str) -> None:
    # "cannot" and a negated auxiliary with either apostrophe are finite verbs, as "could not" is.
    assert [s for s, _ in _claims(text, "en")] == ["Leon Hart"]


@pytest.mark.parametrize("text, words", [
    ("Le mur sera démoli avant l'été, selon l'avocat des riverains, Me Paul Lenoir.", "Le mur sera démoli avant l'été"),
    ("Selon l'avocat des riverains, Me Paul Lenoir, le mur sera démoli avant l'été.", "le mur sera démoli avant l'été"),
])
def test_a_title_before_the_name_in_apposition_to_according_to_s_role_is_no_part_of_it(text: str, words: str) -> None:
    assert _claims(text, "fr") == [("Paul Lenoir", words)]


@pytest.mark.parametrize("text, language, speaker", [
    ("Brellin Foods will close its Denby depot in May, the company said on Friday.", "en", "Brellin Foods"),
    ("The bakery chain Brellin is recalling 20,000 loaves, the company said on Tuesday.", "en", "Brellin"),
    ("La société Ventis fermera son site de Lorvel en juin, a indiqué le groupe mardi.", "fr", "Ventis"),
    # A firm of a person's shape, the subject of the sentence before, and never called by a surname alone.
    ("Kelmar Estates declined to be interviewed. In a short statement, the company said it had \"a duty to use the "
     "building well\".", "en", "Kelmar Estates"),
])
def test_the_company_is_the_firm_that_opens_the_sentence_as_its_subject(text: str, language: str,
                                                                        speaker: str) -> None:
    assert [s for s, _ in _claims(text, language)] == [speaker]


def test_a_firm_that_is_no_subject_is_not_the_company_that_speaks() -> None:
    assert [s for s, _ in _claims("Workers at Brellin went on strike on Monday, the company said.", "en")] == [
        "The company"]


@pytest.mark.parametrize("text, language, speaker, words", [
    ("En 2041, selon Paul Vidal, le négociant a vendu du vin coupé.", "fr", "Paul Vidal",
     "le négociant a vendu du vin coupé"),
    ("Entre 2041 et 2043, selon le parquet de Lorn, le négociant a vendu du vin coupé.", "fr", "parquet de Lorn",
     "le négociant a vendu du vin coupé"),
    ("In 2041, according to Paul Vidal, the merchant sold watered wine.", "en", "Paul Vidal",
     "the merchant sold watered wine"),
])
def test_according_to_after_a_phrase_without_a_verb_says_the_clause_after_it(text: str, language: str, speaker: str,
                                                                             words: str) -> None:
    assert _claims(text, language) == [(speaker, words)]


@pytest.mark.parametrize("text, language, speaker, words", [
    ("Un rapport de l'Agence de l'eau de Lorn a été publié mardi. Selon ce document, la nappe a baissé de deux "
     "mètres.", "fr", "Agence de l'eau de Lorn", "la nappe a baissé de deux mètres"),
    ("A report by the Lorn Water Agency was published on Tuesday. According to the document, the aquifer fell by two "
     "metres.", "en", "Lorn Water Agency", "the aquifer fell by two metres"),
])
def test_a_document_referred_back_to_speaks_for_its_author(text: str, language: str, speaker: str,
                                                           words: str) -> None:
    assert _claims(text, language) == [(speaker, words)]


@pytest.mark.parametrize("text, language", [
    # the letter referred back to is the one written by a person, not the report named before it
    ("La mairie de Lormel a reçu un rapport de la Cour des comptes, puis Anne Kervella a écrit une lettre au préfet. "
     "Selon cette lettre, la commune ne peut plus rembourser ses emprunts.", "fr"),
    ("The council was sent a study by the Fenwick Institute, and Tom Yardley wrote a letter to the minister. "
     "According to the letter, the town cannot repay its loans.", "en"),
    # "ce document" is the last document named, a letter with no author named with it
    ("La mairie de Lormel a reçu un rapport de la Cour des comptes, puis Anne Kervella a écrit une lettre au préfet. "
     "Selon ce document, la commune ne peut plus rembourser ses emprunts.", "fr"),
])
def test_a_document_referred_back_to_speaks_only_for_its_own_author(text: str, language: str) -> None:
    assert [c.speaker for c in extract(text, language) if c.kind == "claim"] == []


def test_a_document_referred_back_to_speaks_for_the_author_named_with_it() -> None:
    text = ("Une lettre de la Chambre d'agriculture de Lormel a été envoyée au préfet. "
            "Selon cette lettre, trente exploitations ont cessé leur activité depuis 2022.")
    assert [c.speaker for c in extract(text, "fr") if c.kind == "claim"] == ["Chambre d'agriculture de Lormel"]


def test_a_relative_clause_after_according_to_is_no_words_of_the_source() -> None:
    text = "Quarante postes supprimés, selon Anne Kervella, qui dénonce un plan social déguisé."
    assert [c.quote for c in extract(text, "fr") if c.kind == "claim" and "dénonce" in c.quote] == []


@pytest.mark.parametrize("text, language", [
    ("La nouvelle médiathèque, selon Anne Kervella, coûtera douze millions d'euros.", "fr"),
    ("Le directeur du port, selon ses proches, ne se représentera pas en mars.", "fr"),
    ("The new library, according to Tom Yardley, will cost twelve million pounds.", "en"),
    # nor is the subject alone, before a described source and its name
    ("La piscine de Kerlouan, selon la préfète, Claire Morvan, rouvrira en septembre.", "fr"),
])
def test_a_subject_before_according_to_is_no_fronted_phrase(text: str, language: str) -> None:
    # the clause after the source has no subject of its own: its words without the subject are no claim
    assert [c.quote for c in extract(text, language) if c.kind == "claim"] == []
