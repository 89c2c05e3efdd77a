"""Review 43's actor findings, mended. Every sentence was written for these tests; the actors expected were worked
out by hand (sorted, as actors_of gives them)."""
from __future__ import annotations

import pytest

from tests.test_extract_events import actors_of


@pytest.mark.parametrize("text, language, actors", [
    # A1: a person's name right after a vehicle or a tag is the subject of a relative clause without "that"
    ("The lorry Owen Price was loading rolled into the harbour on Monday.", "en", ["Owen Price"]),
    ("A tracker Dana Moss had hidden led police to the stolen quad bike on Friday.", "en", ["Dana Moss"]),
    # a firm right after a French vehicle's noun is the one who runs it, as "Rivoli coaches" is in English
    ("Un minibus Rivoli a percuté un muret mardi à Saint-Brac, a indiqué la gendarmerie.", "fr",
     ["Rivoli", "Saint-Brac"]),
    # a vehicle's own name in commas after it, a tag's coined word right after it: no actor, as before
    ("The school bought an old minibus, the Wanderer, on Monday, Dana Moss said.", "en", ["Dana Moss"]),
    ("Les gardes ont posé jeudi une balise Faunatrack sur le loup, a indiqué Anne Brel.", "fr", ["Anne Brel"]),
])
def test_a_name_after_a_vehicle_or_a_tag(text: str, language: str, actors: list[str]) -> None:
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, actors", [
    # A2: "systems" after a firm's coined name are its own: the firm is an actor
    ("An outage took down SwiftPay systems for a day on Monday.", ["SwiftPay"]),
    ("Hackers breached HomeLend lending systems on Friday, Owen Price said.", ["HomeLend", "Owen Price"]),
    # one system a body runs is its product's, as before
    ("Pupils log homework through the school's EduTrack system, Owen Price said on Friday.", ["Owen Price"]),
])
def test_systems_after_a_coined_name_are_the_firm_s_own(text: str, actors: list[str]) -> None:
    assert actors_of(text, "en") == actors


@pytest.mark.parametrize("text, actors", [
    # A3: French writes what a body runs before the coined mark: the mark names the product, no actor
    ("La commune a posé mardi six caméras NightOwl près de la gare de Lorvet.", ["Lorvet"]),
    ("Les usagers paient via le système PayStat depuis lundi, a indiqué Anne Brel.", ["Anne Brel"]),
    # the same word written alone is the firm, and « systèmes » after it are its own
    ("NightOwl a indiqué mardi que six caméras NightOwl étaient en panne.", ["NightOwl"]),
    ("Une panne a coupé lundi les systèmes SwiftPay pendant six heures.", ["SwiftPay"]),
])
def test_a_coined_mark_after_what_a_body_runs_in_french(text: str, actors: list[str]) -> None:
    assert actors_of(text, "fr") == actors
