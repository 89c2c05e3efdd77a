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
