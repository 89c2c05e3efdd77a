"""Session 48 review mend (mend3s48), actors: a bank holiday's name with its season or month names nobody."""
from __future__ import annotations

import pytest

from tests.test_actors_s42 import sentence_names


@pytest.mark.parametrize(("text", "expected"), [
    # review of 153bea8: the capitalised word before "Bank Holiday" is the holiday's, no actor
    ("The Spring Bank Holiday weekend was wet, Ann Hale said.", ["Ann Hale"]),
    ("Crowds came on the Summer Bank Holiday, Ann Hale said.", ["Ann Hale"]),
    ("The Late Summer Bank Holiday was busy, Ann Hale said.", ["Ann Hale"]),
    ("The Early May Bank Holiday was busy, Ann Hale said.", ["Ann Hale"]),
])
def test_a_bank_holiday_s_season_names_nobody(text: str, expected: list[str]) -> None:
    assert sentence_names(text, "en") == expected
