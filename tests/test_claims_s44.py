"""Claims, session 44 (issue 9: every statement found as a claim with its speaker): a body named after an inverted verb
of saying with when or to whom it spoke after it, groups of unnamed people as speakers, and a capitalised kind of
thing opening an organisation's name."""
from __future__ import annotations

import pytest

from generator.extract.actors import NameIndex
from generator.extract.events import in_present
from tests.test_extract_events import claim_titles, claims as _claims


@pytest.mark.parametrize("text, speaker", [
    # when it was said after the body that speaks, the verb inverted
    ("La patinoire de Vorcel restera fermée jusqu'en mars, a confirmé le club ce mardi.", "Le club"),
    ("La patinoire de Vorcel restera fermée jusqu'en mars, a confirmé le club lundi soir dans un communiqué.",
     "Le club"),
    # an elided article before the body's noun
    ("La patinoire de Vorcel restera fermée jusqu'en mars, a confirmé l'association.", "L'association"),
    ("La patinoire de Vorcel restera fermée jusqu'en mars, a annoncé l'exploitant dans un courriel.", "L'exploitant"),
])
def test_a_body_after_an_inverted_verb_speaks_whatever_follows_it(text: str, speaker: str) -> None:
    assert (speaker, "La patinoire de Vorcel restera fermée jusqu'en mars") in _claims(text, "fr")


def test_an_object_after_an_inverted_verb_is_still_no_speaker() -> None:
    # "a confirmé la décision lundi": a decision is no body that speaks, the noun phrase is the verb's object
    text = "La patinoire de Vorcel restera fermée jusqu'en mars, a confirmé la décision lundi soir."
    assert _claims(text, "fr") == []


@pytest.mark.parametrize("text, speaker, words", [
    # a plural of an office, with a modifier before it
    ("Independent councillors said on Friday they would refer the parking contract to the standards committee.",
     "Independent councillors", "they would refer the parking contract to the standards committee"),
    # a plural without -s
    ("Depot staff said they had been told not to unload the lorries.", "Depot staff",
     "they had been told not to unload the lorries"),
    # two words before the noun saying where the group lives
    ("Harbour Road traders say they told the council the kerb was unsafe in 2022.", "Harbour Road traders",
     "they told the council the kerb was unsafe in 2022"),
    # a day's name after an article names a thing, no time cut from the group
    ("Traders at the Saturday market said their takings had fallen by a third.",
     "Traders at the Saturday market", "their takings had fallen by a third"),
])
def test_a_group_of_unnamed_people_speaks(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, "en")


def test_a_day_after_a_group_still_says_when() -> None:
    text = "Campaigners on Sunday said the bypass would cut the valley in two."
    assert ("Campaigners", "the bypass would cut the valley in two") in _claims(text, "en")


def test_a_capitalised_product_opens_an_agency_name() -> None:
    text = "The Product Labelling Authority said it would fine three online sellers over missing warnings."
    assert ("Product Labelling Authority", "it would fine three online sellers over missing warnings") \
        in _claims(text, "en")
    assert "Product Labelling Authority" in [m.name for m in NameIndex.build([], text, "en").mentions(text)]


def test_a_product_written_before_its_name_is_still_no_actor() -> None:
    text = "The firm will launch the product Lumora in June."
    assert NameIndex.build([], text, "en").mentions(text) == []


def test_a_group_s_reported_verb_keeps_its_tense_in_the_title() -> None:
    # the site tells titles in the present: "say" is the group's verb, "warned" the words' own, kept
    text = "Harbour Road traders say they told the council the kerb was unsafe in 2022."
    [title] = claim_titles(text, "en")
    assert "they told the council" in in_present(title, "en")


@pytest.mark.parametrize("text", [
    # a union named nearer is no company
    "Crews on Westmoor Island Ferries will strike on Friday, their union said. The Road Transport Union said 90% of "
    "members had backed the action. No boats will sail between Harlby and Osmere on Friday, the company said.",
    # places in the company's own words before it speaks are what it said, not who it is
    "Crews on Westmoor Island Ferries will strike on Friday. No boats will sail between Harlby and Osmere on Friday, "
    "the company said.",
    # a board that spoke in the sentence before is no company either
    "Westmoor Island Ferries will cut its winter sailings. The Harlby Harbour Board said it would appeal. The cuts "
    "will save £2m a year, the company said.",
])
def test_the_company_is_the_firm_not_a_body_or_a_place_named_nearer(text: str) -> None:
    said = text.rsplit(". ", 1)[-1].split(", the company said")[0]
    assert ("Westmoor Island Ferries", said) in _claims(text, "en")


def test_a_town_after_a_group_s_own_complement_is_no_part_of_it() -> None:
    text = "Traders at the covered market in Felby said their takings had fallen by a third."
    assert ("Traders at the covered market", "their takings had fallen by a third") in _claims(text, "en")


def test_a_group_named_by_its_town_alone_keeps_it() -> None:
    text = "Residents in Felby said the drains had flooded twice since March."
    assert ("Residents in Felby", "the drains had flooded twice since March") in _claims(text, "en")


def test_a_firm_described_by_where_it_is_from_is_the_firm_named_before() -> None:
    # French puts the adjective after the noun: « le groupe britannique » is the group, not « britannique »; another
    # adjective (« parlementaire ») names another group
    opening = "Le groupe Varnel a racheté la conserverie en 2019. "
    found = _claims(opening + "Dans la soirée, le groupe britannique a fait savoir qu'il examinerait toutes les offres.",
                    "fr") + _claims(opening + "Le groupe parlementaire a indiqué qu'il voterait contre le budget.", "fr")
    assert ("Varnel", "il examinerait toutes les offres") in found
    assert ("Varnel", "il voterait contre le budget") not in found


def test_a_month_is_no_verb_of_a_clause_said_without_that() -> None:
    # "called an election for May": "May" is no modal, so no clause "an election for May" was said
    assert _claims("The government has called an election for May.", "en") == []
    assert ("The board", "the vote in May may be delayed") in _claims("The board said the vote in May may be delayed.",
                                                                       "en")


def test_an_adverb_after_a_noun_goes_with_the_verb() -> None:
    text = "Tom Pryce said the ferry usually brought over half of the island's freight."
    assert ("Tom Pryce", "the ferry usually brought over half of the island's freight") in _claims(text, "en")


@pytest.mark.parametrize("text, speaker, words", [
    # « juge » is a verb of saying too: after a determiner and before a verb, it is the judge who speaks
    ("Le juge estime qu'il existe « un doute sérieux » sur la légalité de la taxe.", "Le juge", "un doute sérieux"),
    ("La juge a estimé que la hausse des loyers était « indécente ».", "La juge", "indécente"),
    ("Le juge a estimé qu'il existait un doute sérieux sur la légalité de la taxe.", "Le juge",
     "il existait un doute sérieux sur la légalité de la taxe"),
])
def test_a_judge_speaks_though_the_noun_spells_a_verb(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, "fr")


def test_an_object_pronoun_before_juge_keeps_the_subject_speaking() -> None:
    assert ("Le maire", "insoutenable") in _claims("Le maire le juge « insoutenable ».", "fr")


def test_a_firm_s_noun_before_a_person_called_mr_leaves_them_a_person() -> None:
    # "operator" names firms ("the ferry operator Bluewake Lines"), but "Mr Hale" says Tom Hale is a person
    text = ('Ferry operator Tom Hale, who started in 1993, said the new timetable was "a death sentence" for his '
            'business. Mr Hale said he would appeal.')
    assert ("Tom Hale", "a death sentence") in _claims(text, "en")
    assert "Tom Hale" in NameIndex.build([], text, "en").people
