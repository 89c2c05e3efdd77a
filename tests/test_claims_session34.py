"""Claims, session 34 (issue 9: every statement found as a claim with its speaker; reported speech)."""
from __future__ import annotations

import pytest

from tests.test_extract_events import extract


def _claims(text: str, language: str) -> list[tuple[str | None, str]]:
    """The (speaker, words) of every claim extracted from a text."""
    return [(c.speaker, c.quote) for c in extract(text, language) if c.kind == "claim"]


@pytest.mark.parametrize("text, language, speaker, words, title", [
    # a party of a trial speaks without a name
    ("Entre 2048 et 2049, selon l'accusation, la coopérative a revendu du blé déclassé.", "fr", "L'accusation",
     "la coopérative a revendu du blé déclassé", "Selon l'accusation, la coopérative a revendu du blé déclassé"),
    ("According to the prosecution, the broker hid the losses from his clients for two years.", "en",
     "The prosecution", "the broker hid the losses from his clients for two years",
     "According to the prosecution, the broker hid the losses from his clients for two years"),
    # an office or an organisation's kind, without a name anywhere
    ("Selon les enquêteurs, le feu est parti d'un local technique du sous-sol.", "fr", "Les enquêteurs",
     "le feu est parti d'un local technique du sous-sol", None),
])
def test_according_to_a_described_party_is_its_claim(text: str, language: str, speaker: str, words: str,
                                                     title: str | None) -> None:
    found = [c for c in extract(text, language) if c.kind == "claim"]
    assert [(c.speaker, c.quote) for c in found] == [(speaker, words)]
    if title is not None:
        assert found[0].title == title


def test_according_to_a_described_role_is_the_person_named_in_it() -> None:
    text = ("La préfète de la Drôme, Agnès Morvan, s'est rendue sur place mardi. "
            "Selon la préfète, quarante maisons ont été inondées par la crue.")
    assert ("Agnès Morvan", "quarante maisons ont été inondées par la crue") in _claims(text, "fr")


@pytest.mark.parametrize("text, language", [
    ("Selon l'accord de méthode, les salariés seront reclassés sur un autre site.", "fr"),
    ("According to its latest figures, the airline carried fewer passengers than in 2049.", "en"),
    ("According to the timetable, the trains will run every twenty minutes.", "en"),
])
def test_according_to_a_thing_is_still_no_claim(text: str, language: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize("text, speaker, words", [
    ("Tom Yardley said season ticket holders would get a refund before June.", "Tom Yardley",
     "season ticket holders would get a refund before June"),
    ("The museum said ticket holders for the spring exhibition would be refunded.", "The museum",
     "ticket holders for the spring exhibition would be refunded"),
    ("The union says delivery drivers will use the north gate from now on.", "The union",
     "delivery drivers will use the north gate from now on"),
])
def test_a_bare_plural_compound_opens_the_clause_said_without_that(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, "en")


@pytest.mark.parametrize("text", [
    "Ruth Okafor said thank you to the volunteers who had cleaned the beach.",
    "Tom Yardley said goodbye as the nurses were leaving the ward.",
])
def test_an_object_after_the_verb_is_still_no_clause_said(text: str) -> None:
    assert _claims(text, "en") == []


@pytest.mark.parametrize("text, speaker, words", [
    # an office after an inverted verb that also tells actions ("a annoncé", "a confirmé") is its subject
    ("Les sinistrés ne pourront pas rentrer chez eux avant dimanche, a annoncé la préfète.", "La préfète",
     "Les sinistrés ne pourront pas rentrer chez eux avant dimanche"),
    # and when it was said may stand between them
    ("La piscine restera fermée jusqu'en septembre, a confirmé la semaine dernière le maire.", "Le maire",
     "La piscine restera fermée jusqu'en septembre"),
])
def test_an_office_after_an_inverted_verb_of_announcing_is_its_speaker(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, "fr")


def test_a_noun_phrase_after_an_announcing_verb_with_its_subject_before_is_still_its_object() -> None:
    assert _claims("Le conseil syndical, réuni lundi, a confirmé la fermeture vendredi.", "fr") == []


@pytest.mark.parametrize("text, language, speaker", [
    # the attribution inside the guillemets, a long role before the name in apposition
    ("La salle était comble. « Nous ne pouvions pas attendre un an de plus, a lancé la présidente de la communauté "
     "de communes du Haut-Lisset, Marion Castagnol. Les familles font déjà cent kilomètres. »", "fr",
     "Marion Castagnol"),
    ("La salle était comble. « Nous ne pouvions pas attendre un an de plus », a lancé la présidente de la communauté "
     "de communes du Haut-Lisset, Marion Castagnol.", "fr", "Marion Castagnol"),
    ('The hall was packed. "We could not wait another year," said the chair of the finance committee of the Lisset '
     'Valley district council, Ruth Okafor.', "en", "Ruth Okafor"),
])
def test_a_long_role_before_the_name_in_apposition_gives_the_name(text: str, language: str, speaker: str) -> None:
    assert [s for s, _ in _claims(text, language)] == [speaker]



def test_a_spokesperson_for_a_kind_speaks_as_the_one_organisation_named_with_it() -> None:
    text = ("The Harlow Valley Water Board met on Monday. "
            "A spokesperson for the board said the hosepipe ban would stay in place until October.")
    assert ("Harlow Valley Water Board", "the hosepipe ban would stay in place until October") in _claims(text, "en")


def test_a_spokesperson_for_a_kind_two_organisations_hold_stays_as_written() -> None:
    text = ("The Harlow Valley Water Board and the Fenwick Drainage Board met on Monday. "
            "A spokesperson for the board said the hosepipe ban would stay in place until October.")
    assert [s for s, _ in _claims(text, "en")] == ["A spokesperson for the board"]


@pytest.mark.parametrize("text, language, speaker, words", [
    ("La situation s'aggrave. Selon une étude de l'Agence régionale de l'eau publiée en janvier, la nappe a baissé de "
     "deux mètres.", "fr", "Agence régionale de l'eau", "la nappe a baissé de deux mètres"),
    ("Things are getting worse. According to a study by the Lorn Water Agency published in January, the aquifer fell "
     "by two metres.", "en", "Lorn Water Agency", "the aquifer fell by two metres"),
])
def test_a_participle_after_a_document_s_author_is_no_part_of_the_author(text: str, language: str, speaker: str,
                                                                         words: str) -> None:
    assert (speaker, words) in _claims(text, language)


@pytest.mark.parametrize("text, language", [
    # a party's word opening a phrase that names something else (review 34, finding 7)
    ("According to the defence budget for 2062, spending on ferries will rise by 4%.", "en"),
    ("According to the prosecution case file, the courier left the depot before midnight.", "en"),
    ("Selon la défense centrale du club, le match était perdu d'avance.", "fr"),
    ("Selon la partie du rapport publiée mardi, les crédits baisseront de 4 %.", "fr"),
    ("Selon la partie sud du chantier, les fondations seront coulées avant l'hiver.", "fr"),
    ("Selon les plaignants du quartier nord, les travaux ont duré bien trop longtemps.", "fr"),
])
def test_according_to_a_phrase_opening_on_a_party_word_is_no_claim(text: str, language: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize("text, language, speaker, words", [
    # the party ends the phrase, is "civile(s)", or comes before a person's noun
    ("Selon la défense, le contrat a été signé sous la contrainte.", "fr", "La défense",
     "le contrat a été signé sous la contrainte"),
    ("Selon la partie civile, l'usine connaissait les risques depuis 2047.", "fr", "La partie civile",
     "l'usine connaissait les risques depuis 2047"),
    ("Selon les parties civiles, l'usine connaissait les risques depuis 2047.", "fr", "Les parties civiles",
     "l'usine connaissait les risques depuis 2047"),
    ("According to the defence, the driver was not at the wheel that night.", "en", "The defence",
     "the driver was not at the wheel that night"),
    ("According to the defence barrister, the driver was not at the wheel that night.", "en",
     "The defence barrister", "the driver was not at the wheel that night"),
    # "of" + a person: the party speaks as written, never the person it defends
    ("Selon la défense de Marc Duval, le contrat a été signé sous la contrainte.", "fr", "La défense de Marc Duval",
     "le contrat a été signé sous la contrainte"),
    ("Selon la défense du maire Paul Vidal, les fonds ont été remboursés en mars.", "fr",
     "La défense du maire Paul Vidal", "les fonds ont été remboursés en mars"),
    ("According to the defence of Tom Hale, the van was parked outside the depot all night.", "en",
     "The defence of Tom Hale", "the van was parked outside the depot all night"),
])
def test_according_to_a_whole_party_is_its_claim(text: str, language: str, speaker: str, words: str) -> None:
    assert _claims(text, language) == [(speaker, words)]
