"""Session 48 review mend (mend2s48), dates: "fall" after a preposition is a season only when no complement makes it
a drop, and after "through" only beside another season or a year."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates


@pytest.mark.parametrize(("text", "found"), [
    ("The pound lost value through the fall in oil prices.", []),
    ("Injured through the fall, she was taken to hospital.", []),
    ("Prices rose after the fall of the government.", []),
    ("Since the fall from the roof, he has not worked.", []),
    # published 1 March 2024: the autumn gone by
    ("The team trained through the fall and winter.", [("through the fall", "2023-FA")]),
    ("Sales will stay high through the fall of 2024.", [("through the fall of 2024", "2024-FA")]),
    ("Prices rose in the fall of 2023.", [("in the fall of 2023", "2023-FA")]),
])
def test_fall_after_a_preposition_is_a_season_only_without_a_drop_s_complement(
        text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag_dates(text, dt.date(2024, 3, 1), "en")] == found


@pytest.mark.parametrize(("text", "pub", "lang", "span"), [
    # Tuesday 28 May 2024, the day after the late May bank holiday: a bare weekend is Saturday to Sunday
    ("The game was played last weekend.", "2024-05-28", "en", ("2024-05-25", "2024-05-26")),
    # Wednesday 27 December 2023: Christmas Day was the Monday
    ("Shops were busy over the weekend.", "2023-12-27", "en", ("2023-12-23", "2023-12-24")),
    ("La ferme avait accueilli 1 200 visiteurs pendant le week-end.", "2097-05-21", "fr", ("2097-05-18", "2097-05-19")),
    # tied to the holiday in its sentence or the one before: to the Monday
    ("It was a bank holiday. Roads were busy over the weekend.", "2024-05-28", "en", ("2024-05-25", "2024-05-27")),
    ("Les routes étaient chargées pendant le week-end de Pentecôte.", "2097-05-21", "fr", ("2097-05-18", "2097-05-20")),
])
def test_a_weekend_runs_to_its_holiday_monday_only_when_the_text_ties_them(
        text: str, pub: str, lang: str, span: tuple[str, str]) -> None:
    weekend = [m for m in tag_dates(text, dt.date.fromisoformat(pub), lang) if "week" in m.text]
    assert [(m.value, m.end_value) for m in weekend] == [span]
