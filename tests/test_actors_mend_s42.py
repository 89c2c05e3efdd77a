"""Actor names, session 42's review (findings 1-3 on ee7019e): names cut where they go on, or split in two."""

from __future__ import annotations

import pytest

from tests.test_actors_s42 import sentence_names as _names
from tests.test_extract_events import claims


@pytest.mark.parametrize(("text", "expected"), [
    # « et de » and a plural inside an organisation's name, right after its lower-case complement: one name
    ("L'Office de surveillance et de contrôles des digues a fermé le quai", ["Office de surveillance et de contrôles des digues"]),
    ("Le Laboratoire d'essais et de mesures a rendu son rapport mardi", ["Laboratoire d'essais et de mesures"]),
    ("Selon le Syndicat départemental de collecte et de traitements des déchets, la taxe augmente",
     ["Syndicat départemental de collecte et de traitements des déchets"]),
])
def test_a_plural_after_et_de_inside_a_name_stays_in_it(text: str, expected: list[str]) -> None:
    assert _names(text, "fr") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people listed after the name: the list's next item is no word of the name (ee7019e's own case, kept)
    ("Des agents de l'Office des forêts et de pompiers ont fouillé le bois", ["Office des forêts"]),
    ("Des inspecteurs de la Mutualité sociale agricole et de gendarmes sont venus", ["Mutualité sociale agricole"]),
])
def test_a_plural_after_et_de_after_a_whole_name_is_the_lists_next_item(text: str, expected: list[str]) -> None:
    assert _names(text, "fr") == expected


def test_an_organisation_ending_on_et_de_and_a_plural_still_speaks() -> None:
    text = "Le Bureau de recherches et d'expertises a indiqué que la digue avait cédé sous la pression."
    assert [speaker for speaker, _ in claims(text, "fr")] == ["Bureau de recherches et d'expertises"]


@pytest.mark.parametrize(("text", "expected"), [
    # one person's long name with a particle inside: one name
    ("Le club a engagé Maria Luisa de Andrade Costa pour trois ans", ["Maria Luisa de Andrade Costa"]),
    ("La rue porte le nom de Pierre Honoré de Sainte Croix depuis 1950", ["Pierre Honoré de Sainte Croix"]),
    ("Le jury a distingué Claire Dubreuil de Saint Amand hier", ["Claire Dubreuil de Saint Amand"]),
])
def test_a_long_name_with_a_particle_is_one_person(text: str, expected: list[str]) -> None:
    assert _names(text, "fr") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the second person named on their own too: two people either side of « de »
    ("Dix voix séparaient Maëlle Corbin de Yannick Terrasse. | Yannick Terrasse a reconnu sa défaite",
     ["Maëlle Corbin", "Yannick Terrasse", "Yannick Terrasse"]),
    ("Deux points séparent Inès Castel de Hugo Mazeran. | Mazeran reste confiant",
     ["Inès Castel", "Hugo Mazeran", "Hugo Mazeran"]),
])
def test_two_people_either_side_of_de_when_the_second_is_named_alone(text: str, expected: list[str]) -> None:
    assert _names(text, "fr") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a firm whose name opens on a nationality, written whole: the nationality is its first word
    ("Croatian Blue Coast said on Friday it would sell two ships", ["Croatian Blue Coast"]),
    ("Shares in Chilean Copper Mining fell sharply", ["Chilean Copper Mining"]),
    ("The regulator fined Austrian Silver Rail. | Austrian Silver Rail will appeal", ["Austrian Silver Rail"] * 2),
])
def test_a_nationality_opening_a_firms_name_is_part_of_it(text: str, expected: list[str]) -> None:
    assert _names(text, "en") == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # the surname written alone, or the name without the nationality: a person's, the nationality no word of it
    ("The crash injured Norwegian Sigrun Dahlvik near the line. | Dahlvik was flown home", "en",
     ["Sigrun Dahlvik", "Sigrun Dahlvik"]),
    ("Belgian Jonas Verhaegen won. | Asked about the crash, Jonas Verhaegen smiled", "en",
     ["Jonas Verhaegen", "Jonas Verhaegen"]),
    # after an article, a people's noun
    ("Le Norvégien Sigrun Dahlvik a gagné", "fr", ["Sigrun Dahlvik"]),
])
def test_a_nationality_before_a_person_is_still_no_word_of_the_name(text: str, language: str,
                                                                    expected: list[str]) -> None:
    assert _names(text, language) == expected
