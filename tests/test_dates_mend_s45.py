"""Review 45 of the dates of 88ff43e: the day a past narrative leaves out of "every day" is still a day.

"Every day except Monday" is a timetable's when the sentence is told in the present or the future, or, told in the
past, with a verb of opening hours or a service or a stretch of time the habit lasted; told in the past alone it is the
day a narrative leaves out ("It rained every day except Monday, when the fair went ahead": that Monday).
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates

# Thursday 12 June 2031: the Monday gone by is the 9th, the Wednesday the 11th
JUNE = dt.date(2031, 6, 12)


def values(text: str, language: str, published: dt.date) -> list[tuple[str, str]]:
    """Each date mention's words and value."""
    return [(m.text, m.value) for m in tag_dates(text, published, language)]


@pytest.mark.parametrize("text, language, words, value", [
    ("The storm lashed the coast every day except Monday, when the lifeboat crews finally got some sleep.", "en",
     "Monday", "2031-06-09"),
    ("The pickets stood at the depot gate every day but Wednesday, when the talks were held.", "en",
     "Wednesday", "2031-06-11"),
    ("Les grévistes ont bloqué le rond-point chaque jour sauf mercredi, jour de la rencontre en préfecture.", "fr",
     "mercredi", "2031-06-11"),
    ("Le brouillard a couvert la vallée tous les jours sauf lundi, et le vol inaugural a pu partir.", "fr",
     "lundi", "2031-06-09"),
])
def test_a_day_a_past_narrative_leaves_out_is_a_day(text: str, language: str, words: str, value: str) -> None:
    assert (words, value) in values(text, language, JUNE)


@pytest.mark.parametrize("text, language", [
    # told in the past with a verb of opening hours or a stretch of time: a timetable or a habit still
    ("During the resurfacing, the sports hall was closed every day except Saturday.", "en"),
    ("For twelve years the baker delivered bread to the hamlet every day except Sunday.", "en"),
    ("Pendant la crue, la passerelle était accessible tous les jours sauf le jeudi.", "fr"),
    ("Les bénévoles ont tenu la buvette tous les jours sauf mardi pendant la durée du chantier.", "fr"),
    # the present and the future: a timetable
    ("The lido's shuttle leaves the car park every day except Sunday.", "en"),
    ("La navette fluviale partira du quai tous les jours sauf le lundi.", "fr"),
])
def test_the_day_a_timetable_or_a_habit_leaves_out_is_still_no_date(text: str, language: str) -> None:
    assert values(text, language, JUNE) == []
