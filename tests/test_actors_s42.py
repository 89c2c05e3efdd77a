"""Actor names, session 42 (issue 9 part 4): names cut short, names with extra words, words that name nobody."""

from __future__ import annotations

import pytest

from generator.extract.actors import NameIndex


def sentence_names(text: str, language: str) -> list[str]:
    """Every actor the sentences of a small text name, in order."""
    index = NameIndex.build([], text, language)
    sentences = [s for s in text.split(" | ") if s]  # the tests write " | " between sentences
    return [m.name for sentence in sentences for m in index.mentions(sentence)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # A title, its field, then the person: the field is no word of the name when the surname stands alone later.
    ("Professor of Botany Miriam Okafor said the seeds were alive. | Okafor wants more tests",
     "en", ["Miriam Okafor", "Miriam Okafor"]),
    ("Secretary of State Ilse M. Varga arrived. | Varga left early", "en", ["Ilse M. Varga", "Ilse M. Varga"]),
    # The same shape that is a firm's name, never written by its last word alone, stays whole.
    ("Rhona Tay, Officer of Pellworth Cable Works, spoke of Pellworth's growth", "en",
     ["Rhona Tay", "Pellworth Cable Works"]),
    # Named once, the person still loses the field when its word is written nowhere else.
    ("Professor of Glaciology Ingrid Solheim, of Tarnby University, said the ice was old", "en",
     ["Ingrid Solheim", "Tarnby University"]),
    ("The Marine Trust counted seals. | Professor of Marine Ecology Ruth Okoye said so", "en",
     ["Marine Trust", "Ruth Okoye"]),
    # A title's word that opens an organisation's name is part of it.
    ("The General Federation of Orchard Growers voted on Sunday", "en", ["General Federation of Orchard Growers"]),
    # A nationality before a person's name is no word of it (when the article writes the surname alone too: see
    # tests/test_actors_mend_s42.py for a firm's name that opens on a nationality).
    ("The crash injured Norwegian Sigrun Dahlvik near the line. | Dahlvik was flown home", "en",
     ["Sigrun Dahlvik", "Sigrun Dahlvik"]),
    ("The referee warned Portuguese Tiago Raposo twice. | Raposo shrugged", "en", ["Tiago Raposo", "Tiago Raposo"]),
    # A plural's possessive before a person's full name: the team, then the rider.
    ("The stage was won by Vellmark Cycles' Oskar Brandvold after a long attack. | Brandvold was delighted", "en",
     ["Vellmark Cycles", "Oskar Brandvold", "Oskar Brandvold"]),
    # Not before a name of a person's shape that the article never writes by its last word alone.
    ("Figures from the Orchard Growers' Frost Register showed a rise", "en", ["Orchard Growers' Frost Register"]),
    ("The Dockers' Guild met on Monday", "en", ["Dockers' Guild"]),
    # A month's abbreviation before its day names nobody; a first name of the same letters still names someone.
    ("The hearing on Aug. 14 was postponed", "en", []),
    ("Jan Okoro said the hearing was postponed", "en", ["Jan Okoro"]),
])
def test_english_names(text: str, language: str, expected: list[str]) -> None:
    assert sentence_names(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Two people's full names either side of « de », the second named on their own too: two names, not one.
    ("Trois voix séparaient Maëlle Corbin de Yannick Terrasse au second tour. | Terrasse a salué sa rivale",
     ["Maëlle Corbin", "Yannick Terrasse", "Yannick Terrasse"]),
    # A particle's name stays one person's.
    ("Le député Arnaud de Kerzannec a voté contre", ["Arnaud de Kerzannec"]),
    ("Le portrait de Jeanne de La Bréhinière est exposé", ["Jeanne de La Bréhinière"]),
    # « et de » before a bare plural is the list's next item, not the name's complement.
    ("Des agents de l'Office des forêts et de pompiers ont fouillé le bois", ["Office des forêts"]),
    ("La Chambre de commerce et d'industrie a voté le budget", ["Chambre de commerce et d'industrie"]),
    # A list's item opens with a capitalised verb that names nobody.
    ("Les démarches :\n- Télécharger le formulaire sur le site", []),
    ("Les démarches : - Garder le reçu. - Signaler la panne en ligne", []),
])
def test_french_names(text: str, expected: list[str]) -> None:
    assert sentence_names(text, "fr") == expected


def test_a_phrase_cut_after_the_title_is_the_person_too() -> None:
    """A speaker's phrase read without "Professor of" still names the person, not the field and the person."""
    text = "Professor of Glaciology Ingrid Solheim, of Tarnby University, said the ice was old."
    index = NameIndex.build([], text, "en")
    assert [m.name for m in index.mentions("Glaciology Ingrid Solheim")] == ["Ingrid Solheim"]


@pytest.mark.parametrize(("text", "expected"), [
    # Matters joined by "and" after an organisation's word and its link, written nowhere else: one name.
    ("Staff at the Harlow Museum of Lanterns and Signalling said the roof leaked", ["Harlow Museum of Lanterns and Signalling"]),
    ("The Agency for Coastal Defences and Tidal Mapping said the wall held", ["Agency for Coastal Defences and Tidal Mapping"]),
    # A country after the link keeps two actors apart.
    ("The Bank of Portugal and Santander signed the deal", ["Bank of Portugal", "Santander"]),
    # The second name written again on its own is an actor of its own.
    ("The Institute of Mining and Quarrix signed. | Quarrix said more", ["Institute of Mining", "Quarrix", "Quarrix"]),
    # A town glued to a person the article names on their own is no word of theirs.
    ("Il affronte le maire de Ravenchal Odile Brassac dimanche. | Odile Brassac, elle, se dit confiante",
     ["Ravenchal", "Odile Brassac", "Odile Brassac"]),
])
def test_names_around_and_and_places(text: str, expected: list[str]) -> None:
    assert sentence_names(text, "fr" if " le " in text else "en") == expected
