"""Partial dates: every YAML spelling, impossible dates, order, and display through Babel."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from generator.dates import DateValueError, PartialDate, TimelineDate, format_date_label
from generator.render import Theme

FR = Theme(None, "fr").messages
EN = Theme(None, "en").messages


@pytest.mark.parametrize(
    ("written", "precision", "first", "last"),
    [
        (2015, "year", dt.date(2015, 1, 1), dt.date(2015, 12, 31)),
        ("2015", "year", dt.date(2015, 1, 1), dt.date(2015, 12, 31)),
        ("2024-06", "month", dt.date(2024, 6, 1), dt.date(2024, 6, 30)),
        ("2024-02", "month", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        (dt.date(2024, 6, 3), "day", dt.date(2024, 6, 3), dt.date(2024, 6, 3)),
        ("2024-06-03", "day", dt.date(2024, 6, 3), dt.date(2024, 6, 3)),
        # ISO week 6 of 2025 runs from Monday 3 to Sunday 9 February.
        ("2025-W06", "week", dt.date(2025, 2, 3), dt.date(2025, 2, 9)),
        # 2020 has 53 ISO weeks; week 53 ends on Sunday 3 January 2021.
        ("2020-W53", "week", dt.date(2020, 12, 28), dt.date(2021, 1, 3)),
        ("2024-Q1", "quarter", dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
        ("2024-H2", "half", dt.date(2024, 7, 1), dt.date(2024, 12, 31)),
        ("2019-SU", "season", dt.date(2019, 6, 1), dt.date(2019, 8, 31)),
        ("2019-WI", "season", dt.date(2019, 12, 1), dt.date(2020, 2, 29)),
        ("199X", "decade", dt.date(1990, 1, 1), dt.date(1999, 12, 31)),
        ("19XX", "century", dt.date(1900, 1, 1), dt.date(1999, 12, 31)),
    ],
)
def test_every_spelling_is_read_at_its_precision(written, precision, first, last):
    date = PartialDate.parse(written)
    assert date.precision == precision
    assert (date.first_day(), date.last_day()) == (first, last)


@pytest.mark.parametrize("written", ["2015", "2024-06", "2024-06-03", "2025-W06", "2024-Q1", "2024-H2", "2019-SU", "199X", "19XX"])
def test_iso_spelling_round_trips(written):
    assert PartialDate.parse(written).iso() == written


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("2024-02-30", "February 2024 has no day 30 (it has 29 days)"),
        ("2023-02-29", "February 2023 has no day 29 (it has 28 days)"),
        ("2024-13", "2024 has no month 13"),
        ("2025-W54", "2025 has no ISO week 54 (1 to 52)"),
        ("2025-W53", "2025 has no ISO week 53 (1 to 52)"),
        ("2024-Q5", "2024 has no quarter 5"),
        ("June 2024", "is not a date"),
        (True, "expected a date"),
    ],
)
def test_impossible_dates_are_refused(written, message):
    with pytest.raises(DateValueError, match=re.escape(message)):
        PartialDate.parse(written)


def test_a_span_that_ends_before_it_starts_is_refused():
    with pytest.raises(DateValueError, match=r"ends \(2019\) before it starts \(2021\)"):
        TimelineDate.parse({"start": 2021, "end": 2019})


def test_order_is_start_of_period_then_coarser_first():
    written = ["2024-06-03", "2024-06", "2024", "2023-12-31", "2024-Q2", {"start": "2024-06", "end": "2024-08"}, "2024-W01"]
    ordered = sorted((TimelineDate.parse(w) for w in written), key=TimelineDate.sort_key)
    # 2024-W01 starts on Monday 1 January 2024, like the year; the year is coarser.
    assert [d.iso() for d in ordered] == [
        "2023-12-31", "2024", "2024-W01", "2024-Q2", "2024-06/2024-08", "2024-06", "2024-06-03",
    ]


@pytest.mark.parametrize(
    ("written", "mod", "french", "english"),
    [
        ("2015", None, "2015", "2015"),
        ("2024-06", None, "juin 2024", "June 2024"),
        ("2025-02-03", None, "3 février 2025", "3 February 2025"),
        ("2025-W06", None, "semaine du 3 février 2025", "week of 3 February 2025"),
        ({"start": 2019, "end": 2021}, None, "2019–2021", "2019–2021"),
        ("2024", "start", "début 2024", "early 2024"),
        ("2023", "mid", "mi-2023", "mid-2023"),
        ("2024-12", "end", "fin décembre 2024", "late December 2024"),
        ("2019-SU", None, "été 2019", "summer 2019"),
        ("199X", None, "années 1990", "the 1990s"),
        ("2024-H2", None, "second semestre 2024", "second half of 2024"),
    ],
)
def test_dates_are_displayed_in_the_site_language(written, mod, french, english):
    date = TimelineDate.parse(written, mod)
    assert format_date_label(date, "fr", FR) == french
    assert format_date_label(date, "en_GB", EN) == english
