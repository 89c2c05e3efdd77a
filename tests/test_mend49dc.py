"""Review 49-1, findings 1 and 4: the French past conditional with « être » (« serait décédée », « se serait
endormi ») dates its weekday as the day gone by, and "source" speaks only as someone placed near the facts ("a source
close to the investigation", « une source policière »), never as a thing ("the source data", « la source historique »)."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates
from tests.test_extract_events import claims

# Thursday 16 January 2025 (checked on a calendar: Monday 13 gone by, Monday 20 and Tuesday 21 ahead)
THURSDAY = dt.date(2025, 1, 16)


def _values(text: str) -> list[str]:
    return [m.value for m in tag_dates(text, THURSDAY, "fr")]


@pytest.mark.parametrize("text", [
    # reflexive: « se serait + participle » is always a compound past
    "Les gendarmes ont indiqué que le conducteur se serait endormi lundi au volant.",
    "La police a indiqué que le suspect se serait enfui lundi soir.",
    "Le procureur a précisé qu'il se serait rendu lundi à la gendarmerie.",
    # « serait + participle » of a verb conjugated with « être »
    "Le parquet a indiqué que l'adolescent serait parti de chez lui lundi matin.",
    "Les gendarmes ont confirmé que la victime serait décédée lundi à l'hôpital.",
    "La police a indiqué que l'accident serait survenu lundi soir.",
    "Le procureur a précisé qu'elle serait décédée lundi à l'hôpital.",
    "Le parquet a indiqué que les deux hommes seraient arrivés lundi à Lyon.",
    "Les secours ont précisé que le randonneur serait tombé lundi dans un ravin.",
])
def test_the_past_conditional_with_etre_dates_the_weekday_gone_by(text: str) -> None:
    assert _values(text) == ["2025-01-13"]


@pytest.mark.parametrize("text, value", [
    # a conditional of a deed to come, and a passive to come, stay ahead (d93bc8d)
    ("Le préfet a indiqué que la réunion pourrait avoir lieu mardi.", "2025-01-21"),
    ("Le maire a annoncé que le conseil signerait mardi la convention.", "2025-01-21"),
    ("Le club a annoncé que le match serait rejoué lundi.", "2025-01-20"),
    ("La mairie a indiqué que la piscine serait rouverte lundi.", "2025-01-20"),
    ("Le ministre a annoncé qu'il se rendrait lundi à Lyon.", "2025-01-20"),
])
def test_a_conditional_to_come_still_dates_the_weekday_ahead(text: str, value: str) -> None:
    assert _values(text) == [value]


@pytest.mark.parametrize("text, language", [
    ("According to the source data, prices rose by 3% in May.", "en"),
    ("According to the source document, the plan was approved in May.", "en"),
    ("According to the source code, the app sends data to a server.", "en"),
    ("Selon la source historique, le château a été construit en 1320.", "fr"),
    ("D'après la source écrite, le château a été construit en 1320.", "fr"),
])
def test_a_source_that_is_a_thing_says_nothing(text: str, language: str) -> None:
    assert claims(text, language) == []


@pytest.mark.parametrize("text, language", [
    ("According to the source of the figures, the Office for National Statistics, unemployment rose.", "en"),
    ("Selon la source de ces chiffres, l'Insee, le chômage a augmenté.", "fr"),
])
def test_the_source_of_figures_is_no_speaker(text: str, language: str) -> None:
    assert not any(speaker and "source" in speaker.casefold() for speaker, _ in claims(text, language))


@pytest.mark.parametrize("text, language, speaker", [
    ("According to a source familiar with the talks, the deal is close to being signed.", "en",
     "A source familiar with the talks"),
    ("According to a source close to the investigation, the suspect was arrested at his home.", "en",
     "A source close to the investigation"),
    ("Selon une source judiciaire, le suspect a été placé en garde à vue.", "fr", "Une source judiciaire"),
    ("Selon une source bien informée, le ministre va démissionner.", "fr", "Une source bien informée"),
    ("Le suspect a été interpellé à son domicile, d'après une source policière.", "fr", "Une source policière"),
])
def test_a_source_placed_near_the_facts_speaks(text: str, language: str, speaker: str) -> None:
    assert [s for s, _ in claims(text, language)] == [speaker]
