"""Actors, session 49 (issue 9, actor precision on unseen pages): an organisation's name is kept whole across its
lower-case links ("Society for the Protection of …", « Chambre de Commerce et d'Industrie de … », "Museum of Science
and Industry"), and a firm named by its founder and partners ("Harcourt and Sons", « Sabatous et fils ») is one."""
from __future__ import annotations

import pytest

from tests.test_actors_s42 import sentence_names


@pytest.mark.parametrize(("text", "language", "expected"), [
    # an organisation's word, "for", an article: the rest is its name, as after "of the"
    ("The Society for the Protection of Rural Wales objected to the plan.", "en",
     ["Society for the Protection of Rural Wales"]),
    ("Ann Hale, of the Alliance for the Homeless, said the beds were full.", "en",
     ["Ann Hale", "Alliance for the Homeless"]),
    # « et » and a link after an organisation's word and its complement: a second complement of the same name
    ("La Chambre de Commerce et d'Industrie de Lyon a publié un rapport.", "fr",
     ["Chambre de Commerce et d'Industrie de Lyon"]),
    ("The Institute of Mining and of Quarrying said no.", "en", ["Institute of Mining and of Quarrying"]),
    # … but another organisation or a person after them is another actor
    ("L'avis de la Chambre de Commerce et de Marc Dupont compte.", "fr", ["Chambre de Commerce", "Marc Dupont"]),
    ("The Bank of England and of Barclays Bank agreed.", "en", ["Bank of England", "Barclays Bank"]),
    # two fields of one word each, both a remit's, joined by "and" after "of"
    ("The Museum of Science and Industry will reopen in June.", "en", ["Museum of Science and Industry"]),
    ("The Institute of Science and Technology said no.", "en", ["Institute of Science and Technology"]),
    ("The Bank of England and Barclays agreed.", "en", ["Bank of England", "Barclays"]),
    ("The College of Medicine and Jo Rees said no.", "en", ["College of Medicine", "Jo Rees"]),
    # a founder's name and the partners the firm names after it
    ("Harcourt and Sons won the contract.", "en", ["Harcourt and Sons"]),
    ("The contract went to Pryce and Partners, Ann Hale said.", "en", ["Pryce and Partners", "Ann Hale"]),
    ("Sabatous et fils a remporté le marché, selon la mairie.", "fr", ["Sabatous et fils"]),
    ("Le marché a été attribué à Sabatous et Fils.", "fr", ["Sabatous et Fils"]),
    ("Entre Macron et Cie, rien ne va plus.", "fr", ["Macron"]),
])
def test_an_organisation_s_name_is_kept_across_its_links(text: str, language: str, expected: list[str]) -> None:
    assert sentence_names(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a body, the title its holder has in it, the holder: two actors
    ("Carrow Council Mayor Tom Hale said the road would reopen.", "en", ["Carrow Council", "Tom Hale"]),
    ("Harbour Trust Chairman Tom Hale said no.", "en", ["Harbour Trust", "Tom Hale"]),
    ("Carrow Council Chief Executive Ruth Adeyemi said no.", "en", ["Carrow Council", "Ruth Adeyemi"]),
    # "Leader" titles a name it stands before, never ends one: "the Carrow Leader" is a newspaper
    ("Carrow Council Leader Tom Hale said no.", "en", ["Carrow Council", "Tom Hale"]),
    ("Opposition Leader Ann Lee said no.", "en", ["Ann Lee"]),
    ("The fire was reported by the Carrow Leader on Monday.", "en", ["Carrow Leader"]),
    # a title and its link before the run: what it heads, then its holder
    ("Le maire de Lyon Grégory Doucet a réagi.", "fr", ["Lyon", "Grégory Doucet"]),
    ("La présidente de la Région Occitanie Carole Delga a réagi.", "fr", ["Région Occitanie", "Carole Delga"]),
    ("The mayor of Carrow Tom Hale said no.", "en", ["Carrow", "Tom Hale"]),
    # a body named after a person, a department's common words, a list's end: no cut
    ("La directrice de l'École Jules Ferry a parlé.", "fr", ["École Jules Ferry"]),
    ("La directrice adjointe de Marc Olivier Dantec, Nadia Berthou, a parlé.", "fr",
     ["Marc Olivier Dantec", "Nadia Berthou"]),  # only a place's title cuts a place off: « adjointe de » heads a person
    ("Engineers found a cavity, Public Works Director Hector Villalobos said.", "en", ["Hector Villalobos"]),
    ("Marcia Oduwole, regional secretary of the General Union of Warehouse, Transport and Allied Workers, spoke.", "en",
     ["Marcia Oduwole", "General Union of Warehouse, Transport and Allied Workers"]),
])
def test_a_title_between_a_body_and_its_holder_parts_them(text: str, language: str, expected: list[str]) -> None:
    assert sentence_names(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a work after its kind keeps its own article and names nobody
    ("Her novel The Salt Road won the prize, Tom Hale said.", "en", ["Tom Hale"]),
    ("Le film Les Misérables a été primé à Cannes.", "fr", ["Cannes"]),
    ("La pièce Le Misanthrope sera jouée au théâtre, selon Paul Roux.", "fr", ["Paul Roux"]),
    ("The musical Cats returns in May, Tom Hale said.", "en", ["Tom Hale"]),
    # a war is an event, however capitalised; a charity a war word opens is someone
    ("The Second World War ended in 1945, Tom Hale said.", "en", ["Tom Hale"]),
    ("La Seconde Guerre mondiale a marqué la ville, selon Paul Roux.", "fr", ["Paul Roux"]),
    ("War Child said the camps were full.", "en", ["War Child"]),
    ("Tom Hale, a war veteran, said no.", "en", ["Tom Hale"]),
    # a disease whose word closes its capitalised name
    ("Lyme Disease cases rose, Tom Hale said.", "en", ["Tom Hale"]),
])
def test_works_wars_and_diseases_name_nobody(text: str, language: str, expected: list[str]) -> None:
    assert sentence_names(text, language) == expected
