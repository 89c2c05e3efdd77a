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
    ("Opposition councillors said on Monday they would ask the ombudsman to look at the contract.",
     "Opposition councillors", "they would ask the ombudsman to look at the contract"),
    # a plural without -s
    ("Depot staff said they had been told not to unload the lorries.", "Depot staff",
     "they had been told not to unload the lorries"),
    # two words before the noun saying where the group lives
    ("Orchard Lane residents say they warned the council about the drains in 2019.", "Orchard Lane residents",
     "they warned the council about the drains in 2019"),
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
    text = "The Product Recall Standards Board said it had logged 80 complaints since May, including a fire in Hessle."
    assert ("Product Recall Standards Board", "it had logged 80 complaints since May, including a fire in Hessle") \
        in _claims(text, "en")
    assert "Product Recall Standards Board" in [m.name for m in NameIndex.build([], text, "en").mentions(text)]


def test_a_product_written_before_its_name_is_still_no_actor() -> None:
    text = "The firm will launch the product Lumora in June."
    assert NameIndex.build([], text, "en").mentions(text) == []


def test_a_group_s_reported_verb_keeps_its_tense_in_the_title() -> None:
    # the site tells titles in the present: "say" is the group's verb, "warned" the words' own, kept
    text = "Orchard Lane residents say they warned the council about the drains in 2019."
    [title] = claim_titles(text, "en")
    assert "they warned the council" in in_present(title, "en")


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
