"""Session 41 mends of the date tagger: feasts near a frequency of another clause, centuries of things, and days
counted after a period's start. Each value worked out by hand against a calendar."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates

PUB = dt.date(2031, 5, 14)  # a Wednesday


def values(text: str, lang: str, pub: dt.date = PUB) -> list[str]:
    """The value of every date the tagger reads in text."""
    return [m.value for m in tag_dates(text, pub, lang)]


@pytest.mark.parametrize("lang, text, value", [
    # a frequency across a comma tells of another noun or clause
    ("en", "Takings slumped in the fortnight before Christmas, the charity's annual accounts revealed.", "2030-12-25"),
    ("en", "The ferry ran half empty over Easter, yearly passenger counts released on Monday showed.", "2031-04-13"),
    ("en", "The car park, usually packed, stood empty on Boxing Day.", "2030-12-26"),
    ("en", "Hundreds lined the quay on New Year's Eve for the regatta, held every year since 1990.", "2030-12-31"),
    ("fr", "Les secours ont été appelés à Noël, selon le bilan annuel de la préfecture.", "2030-12-25"),
    ("fr", "La place, habituellement déserte, était bondée le lundi de Pâques.", "2031-04-14"),
    # "annual" right on the feast names its event, whose edition the tense tells
    ("en", "The annual Boxing Day dip was cancelled because of the storm.", "2030-12-26"),
    ("en", "The annual Christmas Day run will start at the pier.", "2031-12-25"),
])
def test_a_frequency_of_another_clause_keeps_the_feast_date(lang: str, text: str, value: str) -> None:
    assert value in values(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Toy sales rose every year in the weeks before Christmas."),
    ("en", "Half of its annual sales come around Black Friday."),
    ("fr", "Les ventes de fleurs progressent chaque année avant la Saint-Valentin."),
])
def test_a_frequency_in_the_feast_clause_still_makes_a_habit(lang: str, text: str) -> None:
    assert not [v for v in values(text, lang) if v[:4].isdigit() and len(v) == 10]


@pytest.mark.parametrize("lang, text, value", [
    ("fr", "À l'aube du XVIIIe siècle, le bourg comptait trois moulins.", "17XX"),
    ("fr", "Le village a été fondé aux alentours du XIIe siècle.", "11XX"),
    ("fr", "À l'époque du XVIe siècle, la foire attirait des marchands de Flandre.", "15XX"),
    ("en", "The 18th-century enclosures drove the cottagers off the common.", "17XX"),
    ("en", "It was a 17th century discovery that changed navigation.", "16XX"),
    ("en", "In the 16th century houses in the valley were roofed with stone.", "15XX"),
])
def test_a_century_of_no_thing_stays_a_date(lang: str, text: str, value: str) -> None:
    assert values(text, lang) == [value]


@pytest.mark.parametrize("lang, text", [
    ("en", "Volunteers cleaned the 18th century bridge over the Wey."),
    ("en", "Volunteers cleaned the 18th-century bridge over the Wey."),
    ("en", "A 15th century painting was found in the attic."),
    ("fr", "Le marbre romain du IIe siècle sera prêté au musée."),
    ("fr", "Des cloches du XVIIe siècle ont été fondues."),
])
def test_a_century_of_a_thing_dates_nothing(lang: str, text: str) -> None:
    assert not [v for v in values(text, lang) if v.endswith("XX")]


@pytest.mark.parametrize("lang, text, value", [
    ("en", "The board met on February 11. The bridge has been shut since a crash on March 6. "
           "Engineers arrived the next day.", "2031-03-07"),
    ("en", "Ann Reyes was charged on January 14. She has been held since her arrest on March 2. "
           "The next day, her lawyer appealed.", "2031-03-03"),
    ("fr", "Le conseil a voté le 12 mars. Depuis que le pont s'est effondré le 4 avril, la vallée est coupée. "
           "Le même jour, le préfet a ouvert une enquête.", "2031-04-04"),
])
def test_a_day_counted_never_falls_before_the_period_start(lang: str, text: str, value: str) -> None:
    assert values(text, lang)[-1] == value


def test_an_aside_on_the_feast_event_still_makes_a_habit() -> None:
    text = "The town's Christmas Day swim, held every year since 1975, drew two hundred swimmers."
    assert not [v for v in values(text, "en") if v.endswith("-12-25")]
