"""Claims, session 45 (issue 9: every statement found as a claim with its speaker): reported words beside a quotation
that stands apart from them, after a comma or after a colon; organisations of a person's shape (a legal form after
the name, a kind and its complement before it) and the group a kind noun later stands for."""
from __future__ import annotations

import pytest

from generator.extract.actors import NameIndex
from tests.test_extract_events import claims as _claims


@pytest.mark.parametrize("text, language, speaker, words", [
    # the quotation alone after the clause's comma
    ("Le président du club, Paul Ferrand, affirme que les inscriptions ont doublé en un an, « sans aucune publicité ».",
     "fr", "Paul Ferrand", "les inscriptions ont doublé en un an"),
    # the quotation in a relative clause after the comma
    ("Wynne Ashdale, who runs the village shop, said the new road would take trade away from the square, which she "
     "called \"a slow death for the high street\".", "en", "Wynne Ashdale",
     "the new road would take trade away from the square"),
    ("La maire, Odile Carrère, rappelle que la commune avait rénové l'école dès 2019, « bien avant les autres ».",
     "fr", "Odile Carrère", "la commune avait rénové l'école dès 2019"),
])
def test_reported_words_before_a_quotation_in_an_aside_are_a_claim(text: str, language: str, speaker: str,
                                                                   words: str) -> None:
    found = _claims(text, language)
    assert (speaker, words) in found
    assert len(found) == 2  # and the quotation is its own claim still


def test_a_quotation_that_ends_the_clause_is_still_the_claim_alone() -> None:
    # no comma: the quotation is the clause's own end, whose title says it all
    text = "Wynne Ashdale said the new road would take trade \"away from the square\"."
    assert [speaker for speaker, _ in _claims(text, "en")] == ["Wynne Ashdale"]
    assert len(_claims(text, "en")) == 1


def test_a_comma_of_a_figure_is_no_aside() -> None:
    text = "Wynne Ashdale said the repairs had cost the parish £12,500 \"and not a penny less\"."
    assert len(_claims(text, "en")) == 1


@pytest.mark.parametrize("text, language, speaker, words", [
    ("Pour le conseiller d'opposition Marc Teyssier, la fermeture « était écrite » : il affirme avoir alerté la mairie "
     "dès l'automne dernier.", "fr", "Marc Teyssier", "avoir alerté la mairie dès l'automne dernier"),
    ("The mayor, Tom Hale, called the plan \"a sensible choice\": he said repairs would have cost far more than a "
     "new building.", "en", "Tom Hale", "repairs would have cost far more than a new building"),
])
def test_reported_words_after_a_colon_that_follows_a_quotation_are_a_claim(text: str, language: str, speaker: str,
                                                                           words: str) -> None:
    assert (speaker, words) in _claims(text, language)


def test_a_colon_before_a_clause_without_a_verb_of_saying_is_no_claim() -> None:
    text = "The mayor, Tom Hale, called the plan \"a sensible choice\": the council will vote on it in May."
    assert [speaker for speaker, _ in _claims(text, "en")] == ["Tom Hale"]


@pytest.mark.parametrize("text, language, name", [
    # a legal form ends no one's name
    ("Harwood Teale Ltd made the meters for the council.", "en", "Harwood Teale Ltd"),
    # a kind of organisation, then where it is from or what it does, then its name
    ("La compagnie régionale Air Sorbelle a annoncé la fin de la ligne.", "fr", "Air Sorbelle"),
    ("Le fabricant de meubles Bois Verdier supprime trente postes.", "fr", "Bois Verdier"),
    ("Le collectif Vallon Vivant a lancé une pétition.", "fr", "Vallon Vivant"),
])
def test_an_organisation_of_a_persons_shape_is_no_person(text: str, language: str, name: str) -> None:
    mentions = NameIndex.build([], text, language).mentions(text)
    assert [(m.name, m.person) for m in mentions if m.name == name] == [(name, False)]


def test_a_person_after_a_verb_of_an_organisation_stays_a_person() -> None:
    text = "Le groupe a rencontré Paul Ferrand mardi."
    assert [(m.name, m.person) for m in NameIndex.build([], text, "fr").mentions(text)] == [("Paul Ferrand", True)]


def test_a_group_named_after_its_kind_speaks_as_itself_later() -> None:
    text = ("Le collectif Loup Gris du Causse dénonce le projet de carrière. "
            "Le collectif a annoncé qu'il déposerait un recours devant le tribunal administratif.")
    assert ("Loup Gris du Causse", "il déposerait un recours devant le tribunal administratif") in _claims(text, "fr")


@pytest.mark.parametrize("text, language, clause", [
    # review 45, item 9: a quoted condition or hedge after the comma qualifies the reported words; alone, the clause
    # would say more than the speaker did
    ("La directrice du centre, Hélène Morvan, a indiqué que le gymnase serait livré en septembre, « sauf imprévu ».",
     "fr", "le gymnase serait livré en septembre"),
    ("Le président de l'association, Yves Corlay, estime que la fréquentation doublera l'an prochain, « au "
     "mieux ».", "fr", "la fréquentation doublera l'an prochain"),
    ("The harbour master, Glen Fairlie, said the ferry would resume sailings by Easter, \"if the weather "
     "allows\".", "en", "the ferry would resume sailings by Easter"),
    ("Ward councillor Nia Brookes said the footbridge would reopen in the spring, \"at the earliest\".", "en",
     "the footbridge would reopen in the spring"),
])
def test_a_quoted_qualifier_after_the_comma_makes_no_claim_of_its_own(text: str, language: str,
                                                                     clause: str) -> None:
    found = _claims(text, language)
    assert clause not in [words for _, words in found]
    assert len(found) == 1  # the quoted claim, the condition with what it qualifies
