"""Actors, session 45 (review 45b, item 5): a person whose firm carries their name stays a person where the article
writes the name as a person's (a trade or a title before it, an age or ", who" after it); the name alone is the
firm's only when nothing in the text tells a person."""
from __future__ import annotations

import pytest

from generator.extract.actors import NameIndex
from tests.test_extract_events import claims as _claims


@pytest.mark.parametrize("text, language, claim", [
    ("Mrs Keane chairs Nora Keane Ltd. Nora Keane, who set it up in 1998, said the burglars took every cable drum.",
     "en", ("Nora Keane", "the burglars took every cable drum")),
    ("Electrician Dean Marlowe, who runs Dean Marlowe Ltd, said the storm flooded his workshop on Sunday.",
     "en", ("Dean Marlowe", "the storm flooded his workshop on Sunday")),
    ("Le boulanger Rémi Castagne a fondé Rémi Castagne SARL en 2003. Il a expliqué jeudi que le four était hors "
     "service.", "fr", ("Rémi Castagne", "le four était hors service")),
    ("Le menuisier Hugo Ferrat, 47 ans, dirige Hugo Ferrat SAS depuis 2012. « Nous allons rouvrir », a-t-il assuré.",
     "fr", ("Hugo Ferrat", "Nous allons rouvrir")),
])
def test_a_person_whose_firm_bears_their_name_keeps_their_claim(text: str, language: str,
                                                                claim: tuple[str, str]) -> None:
    assert claim in _claims(text, language)


@pytest.mark.parametrize("text, language, name", [
    ("Mr Pellow owns Ian Pellow Ltd. Ian Pellow, who set it up in 2001, lives in Truro.", "en", "Ian Pellow"),
    ("L'artisane Lise Morvan, 39 ans, a créé Lise Morvan SARL en 2019.", "fr", "Lise Morvan"),
])
def test_a_name_written_as_a_persons_is_a_person_beside_their_firm(text: str, language: str, name: str) -> None:
    assert name in NameIndex.build([], text, language).people


@pytest.mark.parametrize("text, language, name", [
    ("Harwood Teale Ltd made the meters. Harwood Teale said it would replace them.", "en", "Harwood Teale"),
    ("Morvan Frères SARL a perdu le marché. Morvan Frères a indiqué qu'elle ferait appel.", "fr", "Morvan Frères"),
])
def test_a_firms_name_without_its_legal_form_and_no_person_cue_stays_the_firms(text: str, language: str,
                                                                              name: str) -> None:
    assert name not in NameIndex.build([], text, language).people
