"""Claims, session 35 (issue 9: every quoted statement found as a claim with its speaker)."""
from __future__ import annotations

import pytest

from tests.test_extract_events import extract


def _claims(text: str, language: str) -> list[tuple[str | None, str]]:
    """The (speaker, words) of every claim extracted from a text."""
    return [(c.speaker, c.quote) for c in extract(text, language) if c.kind == "claim"]


@pytest.mark.parametrize("text, language, speaker, words", [
    # a trade or a calling the person nouns lacked, after the sentence that names the person
    ("Le docteur Henri Lacaze, 66 ans, a fermé son cabinet de la place du marché vendredi. Aucun remplaçant ne s'est "
     "présenté. « Je pars avec un pincement au cœur », confie le généraliste.", "fr", "Henri Lacaze",
     "Je pars avec un pincement au cœur"),
    ("Yvette Morand tient la librairie de la rue Haute depuis 1998. « Les lecteurs reviennent », assure la libraire.",
     "fr", "Yvette Morand", "Les lecteurs reviennent"),
    ("Ruth Akande has run the village school for eleven years. “We will stay open until July,” said the "
     "headteacher.", "en", "Ruth Akande", "We will stay open until July,"),
    ("Colin Barr has kept bees above the village since 2031. “Half my hives died this spring,” the beekeeper said.",
     "en", "Colin Barr", "Half my hives died this spring,"),
])
def test_a_trade_noun_speaks_as_the_person_just_named(text: str, language: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, language)


def test_a_stressing_pronoun_after_the_name_is_no_other_role() -> None:
    text = ("Le conseil a voté la fin du contrat. Lucien Ferrat, lui, annonce qu'il fera appel. "
            "« On nous a condamnés d'avance », a réagi le dirigeant, qui conteste la procédure.")
    assert ("Lucien Ferrat", "On nous a condamnés d'avance") in _claims(text, "fr")


@pytest.mark.parametrize("text, language, speaker, words", [
    # before whom the words were said ends the described speaker
    ("La présidente du syndicat des eaux, Nadia Brunel, a présenté le budget. « Le prix du mètre cube ne bougera pas "
     "», a promis l'élue devant une assemblée houleuse.", "fr", "Nadia Brunel", "Le prix du mètre cube ne bougera pas"),
    ("Le tunnel restera fermé. « Nous n'avons aucune date », a reconnu le préfet devant la presse.", "fr",
     "Le préfet", "Nous n'avons aucune date"),
    ("The ferry will not sail this week. “The hull needs new plates,” said the inspector before the committee.",
     "en", "The inspector", "The hull needs new plates,"),
])
def test_a_circumstance_after_a_described_speaker_is_no_part_of_them(text: str, language: str, speaker: str,
                                                                    words: str) -> None:
    assert (speaker, words) in _claims(text, language)


def test_the_office_of_whoever_was_sentenced_is_not_theirs() -> None:
    # A trade noun is read as the person just named; an office ("the judge") still is not the defendant.
    text = "The court jailed Dean Morley for six years. “You showed no remorse,” the judge said."
    assert ("Dean Morley", "You showed no remorse,") not in _claims(text, "en")


@pytest.mark.parametrize("text, language, speaker, words", [
    # verbs that give the speaker's grounds, praise or charge in their own words
    ("La directrice, Maud Séverac, a annoncé le report du concert. « La scène n'était pas sûre », a-t-elle justifié.", "fr",
     "Maud Séverac", "La scène n'était pas sûre"),
    ("Le ministre, Jules Anquetil, avait vanté « une réforme historique ».", "fr", "Jules Anquetil",
     "une réforme historique"),
    ("La brasserie Tessier ferme son site d'Albret. Dans un communiqué, Tessier invoque « des coûts devenus "
     "intenables ».", "fr", "Tessier", "des coûts devenus intenables"),
    ("The residents' spokesman, Ivan Petrov, has accused the landlord of “letting the building rot”.", "en",
     "Ivan Petrov", "letting the building rot"),
])
def test_a_verb_of_grounds_praise_or_charge_introduces_a_quotation(text: str, language: str, speaker: str,
                                                                   words: str) -> None:
    assert (speaker, words) in _claims(text, language)


@pytest.mark.parametrize("text, language, speaker", [
    # a figure's thousands or decimal comma inside an apposition or a relative clause ends no part of the subject
    ("The Kestrel Valley Growers, which represents 2,300 farms, said the harvest would start late this year.", "en",
     "Kestrel Valley Growers"),
    ("The Friends of Marrow Park, who raised £64,000 for the bandstand, said the repairs would take another year.",
     "en", "Friends of Marrow Park"),
    ("La coopérative Vallons d'Ossau, qui pèse 2,5 millions d'euros, a annoncé que la fromagerie fermerait en juin.",
     "fr", "Vallons d'Ossau"),
])
def test_a_figure_s_comma_in_the_subject_s_apposition_splits_no_clause(text: str, language: str,
                                                                        speaker: str) -> None:
    assert any(speaker in (found or "") for found, _ in _claims(text, language))


@pytest.mark.parametrize("text, language, wrong", [
    # review 35: a trade that serves someone else is the client's or patient's, not the person just named
    ("Lucie Garnier a attaqué son employeur aux prud'hommes jeudi. « Le licenciement était abusif », a plaidé "
     "l'avocate.", "fr", "Lucie Garnier"),
    ("Hugo Rivière a été opéré du genou mardi. « Il remarchera dans un mois », a assuré la chirurgienne.", "fr",
     "Hugo Rivière"),
    ("Nina Kemp took the builder to court on Friday. “The contract was never honoured,” her solicitor said.", "en",
     "Nina Kemp"),
    ("Owen Pryce lost three calves last week. “It was a virus,” the vet said.", "en", "Owen Pryce"),
])
def test_a_service_trade_is_not_the_person_just_named(text: str, language: str, wrong: str) -> None:
    assert all(speaker != wrong for speaker, _ in _claims(text, language))


def test_a_service_trade_written_with_a_title_of_address_is_that_person() -> None:
    text = ("Maître Odile Sarran défend la commune depuis dix ans. « Le dossier est solide », a affirmé l'avocate.")
    assert ("Odile Sarran", "Le dossier est solide") in _claims(text, "fr")


@pytest.mark.parametrize("text, language, speaker", [
    # review 35: a preposition inside the speaker's own noun phrase is no circumstance of the saying
    ("« Le chantier a trop duré », dénonce l'association Respirer sans poussière.", "fr",
     "L'association Respirer sans poussière"),
    ("« Les délais seront tenus », assure la déléguée aux relations avec les familles.", "fr",
     "La déléguée aux relations avec les familles"),
    ("« Rien n'est décidé », affirme le conseiller auprès du préfet.", "fr", "Le conseiller auprès du préfet"),
    ("« Rien n'est décidé », affirme le comité sur la mobilité.", "fr", "Le comité sur la mobilité"),
])
def test_a_complement_of_the_speaker_noun_stays_with_it(text: str, language: str, speaker: str) -> None:
    assert speaker in {s for s, _ in _claims(text, language)}


@pytest.mark.parametrize("text", [
    # review 35: a charge after "accused … of" is no clause of said words
    "Grace Obi accused the landlord of being “negligent” in a letter.",
    "Grace Obi accused the landlord of being paid twice for the same repairs.",
])
def test_a_charge_is_no_reported_clause(text: str) -> None:
    assert not [q for _, q in _claims(text, "en") if "landlord of" in q]
