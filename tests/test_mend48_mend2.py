"""Session 48 review mend (mend2s48): a capitalised surname that spells an adverb is the speaker, and England's New
Year's Day and early May Monday are bank holidays only from 1974 and 1978."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates
from tests.test_extract_events import claims as _claims


def test_a_surname_that_spells_an_adverb_stays_the_speaker() -> None:
    assert _claims("M. Encore a indiqué que le projet était mort.", "fr") == [("Encore", "le projet était mort")]


@pytest.mark.parametrize("pub, value", [
    # 1970: Easter Monday 30 March gone, no early May Monday yet: the late May one, the 25th
    ("1970-04-10", "1970-05-25"),
    # 1978: the first early May Monday, 1 May
    ("1978-04-10", "1978-05-01"),
])
def test_the_early_may_bank_holiday_dates_from_1978(pub: str, value: str) -> None:
    text = "The fete will be on the bank holiday."
    assert [m.value for m in tag_dates(text, dt.date.fromisoformat(pub), "en")] == [value]


@pytest.mark.parametrize("pub, value", [
    # 1973: no New Year's Day bank holiday yet, so Boxing Day 1972 was the last
    ("1973-01-05", "1972-12-26"),
    ("1974-01-05", "1974-01-01"),
])
def test_new_year_s_day_is_a_bank_holiday_from_1974(pub: str, value: str) -> None:
    text = "The shop shut on the bank holiday."
    assert [m.value for m in tag_dates(text, dt.date.fromisoformat(pub), "en")] == [value]
