"""Actors, session 48 (issue 9, actor precision): a disease named after someone ("Crohn's disease"), a holiday of
Whitsun and a bank holiday are no actors; a family firm is named with its lower-case words (« Bourrel frères »);
« les Vautrin » is a family, no place; a chamber of trade is one body; "a Facebook page" names a medium;
"South Africans" a people."""
from __future__ import annotations

import pytest

from tests.test_actors_s42 import sentence_names


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a disease named after someone, with its possessive
    ("People with Crohn’s disease were shut out, the Bowel Health Trust said.", "en", ["Bowel Health Trust"]),
    ("At Polmear we had a case of Weil's disease in 2082, Kerenza Polglase said.", "en",
     ["Polmear", "Kerenza Polglase"]),
    ("Children with Down's syndrome will keep their place, Ruth Vane said.", "en", ["Ruth Vane"]),
    # a possessive before any other noun is its owner's: the council stays an actor
    ("Carrow Council's infection control team visited the home, Ann Hale said.", "en", ["Carrow Council", "Ann Hale"]),
    # Whitsun and a bank holiday are days, however they are capitalised
    ("The line was started on the day after Whit Monday, Tom Hale said.", "en", ["Tom Hale"]),
    ("Two more shops will go by Whitsun, said Tom Hale.", "en", ["Tom Hale"]),
    ("Last year's collection, on August Bank Holiday, raised £41, Ann Hale said.", "en", ["Ann Hale"]),
    # a family firm's lower-case words close its name
    ("Les premiers travaux, confiés à l'entreprise Bourrel frères, commenceront le 25 juin.", "fr", ["Bourrel frères"]),
    ("L'entreprise Sabatous et fils, chargée du gros œuvre, met en cause les grèves.", "fr", ["Sabatous et fils"]),
    ("Les travaux ont été confiés à Martin père et fils, a indiqué le maire, Paul Roux.", "fr",
     ["Martin père et fils", "Paul Roux"]),
    # « les Vautrin » is the family (their shared surname): its two members stay people, and the first name alone is
    # one of them
    ("Claire Vautrin, qui exploite la ferme avec son frère Julien depuis 2088, a lu un communiqué. | "
     "Les élèves ont dessiné une carte pour les Vautrin. | La fête « ne pourra pas avoir lieu », reconnaît Julien Vautrin.",
     "fr", ["Claire Vautrin", "Julien Vautrin", "Vautrin", "Julien Vautrin"]),
    # a chamber of trade or commerce is one body, "of" and its remit included
    ("Brenda Cantrell, president of the Wickerstone Chamber of Trade, said her members had paid.", "en",
     ["Brenda Cantrell", "Wickerstone Chamber of Trade"]),
    ("The Carrow Chamber of Commerce said on Monday that 40 shops had closed.", "en", ["Carrow Chamber of Commerce"]),
    # a platform before what is posted on it is a medium; speaking, it is a firm
    ("In a post on her Facebook page on Sunday, Lorna Pryce thanked customers.", "en", ["Lorna Pryce"]),
    ("You can't run an orchard on farm-gate sales and an Instagram account, Jim Hale said.", "en", ["Jim Hale"]),
    ("Facebook said on Monday that it would appeal, Ann Hale said.", "en", ["Facebook", "Ann Hale"]),
    # a people named with a point of the compass
    ("We used to get a lot of Australians and South Africans on working holidays, Ann Hale said.", "en", ["Ann Hale"]),
])
def test_actors_named_whole_and_days_named_by_nobody(text: str, language: str, expected: list[str]) -> None:
    assert sentence_names(text, language) == expected
