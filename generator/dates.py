"""Partial dates: a year, month, ISO week, day, quarter, half, season, decade or century; spans of them.

Values are written as TimeML writes them (``2015``, ``2024-06``, ``2025-W06``,
``2024-Q1``, ``2024-H2``, ``2019-SU``, ``199X``, ``19XX``), so the extractor's
output and the hand-edited YAML share one spelling.
"""

from __future__ import annotations

import calendar
import functools
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Mapping

# Precisions from the coarsest to the finest.
CENTURY, DECADE, YEAR, HALF, QUARTER, SEASON, MONTH, WEEK, DAY = (
    "century", "decade", "year", "half", "quarter", "season", "month", "week", "day",
)
SEASONS = ("SP", "SU", "FA", "WI")
MODS = ("start", "mid", "end")

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (DAY, re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")),
    (WEEK, re.compile(r"(\d{4})-W(\d{1,2})")),
    (QUARTER, re.compile(r"(\d{4})-Q(\d)")),
    (HALF, re.compile(r"(\d{4})-H(\d)")),
    (SEASON, re.compile(r"(\d{4})-(SP|SU|FA|WI)")),
    (MONTH, re.compile(r"(\d{4})-(\d{1,2})")),
    (YEAR, re.compile(r"(\d{4})")),
    (DECADE, re.compile(r"(\d{3})X")),
    (CENTURY, re.compile(r"(\d{2})XX")),
]


# The last year a date may be in: a period's exclusive end (the day after its last day, as
# iCalendar wants it) must still be a date Python can hold (issue 8: 9999-12-31 overflowed).
MAX_YEAR = 9998
# Distinct dates whose first and last days and sort key are remembered (a site holds a few thousand).
_MEMO = 1 << 16


class DateValueError(ValueError):
    """A date written in a form we do not know, or one that does not exist."""


@dataclass(frozen=True)
class PartialDate:
    """A period known only at some precision: ``part`` is the month, week, quarter, half or season."""

    precision: str
    year: int  # for a decade 1990, for a century 1900
    part: int = 0
    day: int = 0

    @classmethod
    def parse(cls, value: Any) -> "PartialDate":
        """Read a TimeML-style value, an integer year or a ``datetime.date``; raise DateValueError."""
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls(DAY, value.year, value.month, value.day)
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            found = "a list" if isinstance(value, list) else "a mapping" if isinstance(value, dict) else type(value).__name__
            raise DateValueError(f"expected a date such as 2024, 2024-06 or 2024-06-03, found {found}")
        text = value.strip() if isinstance(value, str) else str(value)
        if len(text) > 40:  # no date is this long: do not echo it whole (issue 8)
            text = text[:39] + "…"
        found_date = cls._match(text)
        if found_date is not None:
            return found_date
        hint = suggest_date(text)
        if hint:
            raise DateValueError(f"'{text}' is not a date: did you mean {hint}?")
        raise DateValueError(
            f"'{text}' is not a date: write 2024, 2024-06, 2024-06-03, 2025-W06, 2024-Q1, 2024-H2, 2019-SU or 199X"
        )

    @classmethod
    def _match(cls, text: str) -> "PartialDate | None":
        """The date a TimeML spelling stands for; None when the text is no such spelling."""
        for precision, pattern in _PATTERNS:
            match = pattern.fullmatch(text)
            if match:
                if precision in (DAY, MONTH, WEEK) and any(len(g) == 1 for g in match.groups()[1:]):
                    # '2024-3' is ambiguous to a reader and sorts wrongly as text: one spelling only (issue 11).
                    padded = cls._checked(precision, match.groups(), text).iso()
                    raise DateValueError(f"'{text}': write months, weeks and days with two digits: "
                                         f'did you mean "{padded}"?')
                return cls._checked(precision, match.groups(), text)
        return None

    @classmethod
    def _checked(cls, precision: str, groups: tuple[str, ...], text: str) -> "PartialDate":
        year = int(groups[0])
        last_year = {DECADE: year * 10 + 9, CENTURY: year * 100 + 99, SEASON: year + 1}.get(precision, year)
        if last_year > MAX_YEAR:
            raise DateValueError(f"'{text}': the period ends after the year {MAX_YEAR}, the last one a date may be in")
        if precision == DECADE:
            return cls(DECADE, year * 10)
        if precision == CENTURY:
            return cls(CENTURY, year * 100)
        if not 1 <= year:
            raise DateValueError(f"'{text}': year {year} is out of range")
        if precision == YEAR:
            return cls(YEAR, year)
        if precision == SEASON:
            return cls(SEASON, year, SEASONS.index(groups[1]) + 1)
        part = int(groups[1])
        limits = {MONTH: 12, DAY: 12, QUARTER: 4, HALF: 2, WEEK: _iso_weeks(year)}
        if not 1 <= part <= limits[precision]:
            what = {MONTH: "month", DAY: "month", QUARTER: "quarter", HALF: "half-year", WEEK: "ISO week"}[precision]
            raise DateValueError(f"'{text}': {year} has no {what} {part} (1 to {limits[precision]})")
        if precision != DAY:
            return cls(precision, year, part)
        day = int(groups[2])
        last = calendar.monthrange(year, part)[1]
        if not 1 <= day <= last:
            raise DateValueError(
                f"'{text}': {calendar.month_name[part]} {year} has no day {day} (it has {last} days)"
            )
        return cls(DAY, year, part, day)

    @classmethod
    def from_day(cls, day: dt.date) -> "PartialDate":
        """A day-precision date."""
        return cls(DAY, day.year, day.month, day.day)

    def iso(self) -> str:
        """The TimeML spelling, as written in event files."""
        if self.precision == DAY:
            return f"{self.year:04d}-{self.part:02d}-{self.day:02d}"
        if self.precision == MONTH:
            return f"{self.year:04d}-{self.part:02d}"
        if self.precision == WEEK:
            return f"{self.year:04d}-W{self.part:02d}"
        if self.precision == QUARTER:
            return f"{self.year:04d}-Q{self.part}"
        if self.precision == HALF:
            return f"{self.year:04d}-H{self.part}"
        if self.precision == SEASON:
            return f"{self.year:04d}-{SEASONS[self.part - 1]}"
        if self.precision == DECADE:
            return f"{self.year // 10:03d}X"
        if self.precision == CENTURY:
            return f"{self.year // 100:02d}XX"
        return f"{self.year:04d}"

    @functools.lru_cache(maxsize=_MEMO)  # noqa: B019 - frozen values, a few thousand distinct ones
    def first_day(self) -> dt.date:
        """The first day of the period."""
        if self.precision == DAY:
            return dt.date(self.year, self.part, self.day)
        if self.precision == WEEK:
            return dt.date.fromisocalendar(self.year, self.part, 1)
        if self.precision == MONTH:
            return dt.date(self.year, self.part, 1)
        if self.precision == QUARTER:
            return dt.date(self.year, 3 * self.part - 2, 1)
        if self.precision == HALF:
            return dt.date(self.year, 6 * self.part - 5, 1)
        if self.precision == SEASON:
            # Meteorological seasons; winter of Y runs from December Y to February Y+1.
            return dt.date(self.year, (3, 6, 9, 12)[self.part - 1], 1)
        return dt.date(max(self.year, 1), 1, 1)

    @functools.lru_cache(maxsize=_MEMO)  # noqa: B019 - frozen values, a few thousand distinct ones
    def last_day(self) -> dt.date:
        """The last day of the period (inclusive)."""
        if self.precision == DAY:
            return self.first_day()
        if self.precision == WEEK:
            return dt.date.fromisocalendar(self.year, self.part, 7)
        if self.precision in (MONTH, QUARTER, HALF, SEASON):
            months = {MONTH: 1, QUARTER: 3, HALF: 6, SEASON: 3}[self.precision]
            first = self.first_day()
            last_month = first.month + months - 1
            year = first.year + (last_month - 1) // 12
            month = (last_month - 1) % 12 + 1
            return dt.date(year, month, calendar.monthrange(year, month)[1])
        span = {YEAR: 1, DECADE: 10, CENTURY: 100}[self.precision]
        return dt.date(min(self.year + span - 1, 9999), 12, 31)


@dataclass(frozen=True)
class TimelineDate:
    """When an event happened: one partial date, or a span, with an optional start/mid/end modifier."""

    start: PartialDate
    end: PartialDate | None = None
    mod: str | None = None

    @classmethod
    def parse(cls, value: Any, mod: Any = None) -> "TimelineDate":
        """Read a date as written in YAML: a value, or a ``{start: ..., end: ...}`` mapping."""
        if mod is not None and mod not in MODS:
            raise DateValueError(f"date_mod must be one of {', '.join(MODS)}, found {mod!r}")
        if isinstance(value, Mapping):
            unknown = set(value) - {"start", "end"}
            if unknown or "start" not in value or "end" not in value:
                raise DateValueError("a span is written {start: 2019, end: 2021}")
            start, end = PartialDate.parse(value["start"]), PartialDate.parse(value["end"])
            if end.last_day() < start.first_day():
                raise DateValueError(f"the span ends ({end.iso()}) before it starts ({start.iso()})")
            return cls(start, end, mod)
        return cls(PartialDate.parse(value), None, mod)

    def first_day(self) -> dt.date:
        """The first day the date may cover."""
        return self.start.first_day()

    def last_day(self) -> dt.date:
        """The last day the date may cover."""
        return (self.end or self.start).last_day()

    @functools.lru_cache(maxsize=_MEMO)  # noqa: B019 - frozen values, a few thousand distinct ones
    def sort_key(self) -> tuple[int, int]:
        """Order by the start of the period; at equal starts the coarser (longer) date first."""
        return (self.first_day().toordinal(), -self.last_day().toordinal())

    def to_yaml(self) -> str | dict[str, str]:
        """The value as an event file writes it (always a string, so YAML keeps it as written)."""
        if self.end is None:
            return self.start.iso()
        return {"start": self.start.iso(), "end": self.end.iso()}

    def iso(self) -> str:
        """One string for the whole date: ``2024-06`` or ``2019/2021`` for a span."""
        return self.start.iso() if self.end is None else f"{self.start.iso()}/{self.end.iso()}"

    @property
    def precision(self) -> str:
        """The precision of the start."""
        return self.start.precision


# --- Suggestions for dates written the way people speak (issue 11) ---------------

_SPAN_SEPARATOR = re.compile(r"\s*(?:/|–|—|\bto\b|\bà\b|\s-\s)\s*|(?<=\d{4})-(?=\d{4}$)")
_PERIOD = re.compile(r"(?i)(?:([QH])([1-4])[\s,]*(\d{4})|(\d{4})[\s,-]*([QH])([1-4]))")
_SEASON_WORDS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
                 "printemps": "SP", "été": "SU", "ete": "SU", "automne": "FA", "hiver": "WI"}


def suggest_date(text: str) -> str | None:
    """The TimeML spelling of a date written in words or another order ('June 2024' -> '"2024-06"'), if one fits."""
    parts = [p for p in _SPAN_SEPARATOR.split(text.strip()) if p]
    if len(parts) == 2:
        ends = [_one_date(p) for p in parts]
        if all(ends):
            shown = [e if e.isdigit() else f'"{e}"' for e in ends]  # a year reads as a year; 2024-06 needs quotes
            return "{start: %s, end: %s}" % (shown[0], shown[1])
    single = _one_date(text)
    return f'"{single}"' if single else None


def _one_date(text: str) -> str | None:
    """One date in a form we can read back, as its TimeML spelling, or None."""
    text = text.strip().strip(",.")
    try:
        found = PartialDate._match(text)
        if found is not None:
            return found.iso()
    except DateValueError as exc:
        padded = re.search(r'did you mean "([^"]+)"', str(exc))
        return padded.group(1) if padded else None
    period = _PERIOD.fullmatch(text)
    if period:
        letter, number, year = (period.group(1), period.group(2), period.group(3)) if period.group(1) else (
            period.group(5), period.group(6), period.group(4))
        if letter.upper() == "H" and number not in "12":
            return None
        return f"{year}-{letter.upper()}{number}"
    words = re.findall(r"[^\W\d_]+\.?|\d+", text.lower())
    years = [w for w in words if w.isdigit() and len(w) == 4]
    days = [w for w in words if w.isdigit() and len(w) <= 2]
    names = [w.rstrip(".") for w in words if not w.isdigit() and w.rstrip(".") not in ("the", "of", "le", "er", "st", "nd", "rd", "th")]
    if len(years) != 1 or len(names) != 1 or len(days) > 1:
        return None
    year = int(years[0])
    if names[0] in _SEASON_WORDS and not days:
        return f"{year:04d}-{_SEASON_WORDS[names[0]]}"
    month = _month_number(names[0])
    if month is None:
        return None
    try:
        if days:
            return PartialDate._checked(DAY, (str(year), str(month), days[0]), text).iso()
        return PartialDate._checked(MONTH, (str(year), str(month)), text).iso()
    except DateValueError:
        return None


def _month_number(word: str) -> int | None:
    """1-12 for a month name or abbreviation in English or French ('June', 'juin', 'Jan', 'févr')."""
    from babel.dates import get_month_names

    for locale in ("en", "fr"):
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                if name.lower().rstrip(".") == word:
                    return number
    return None


def _iso_weeks(year: int) -> int:
    """How many ISO weeks a year has (52 or 53)."""
    return dt.date(year, 12, 28).isocalendar()[1]


# --- Display -----------------------------------------------------------------

DEFAULT_LABELS: dict[str, str] = {
    "week": "week of {date}",
    "half1": "first half of {year}",
    "half2": "second half of {year}",
    "season_SP": "spring {year}",
    "season_SU": "summer {year}",
    "season_FA": "autumn {year}",
    "season_WI": "winter {year}",
    "decade": "the {decade}s",
    "century": "the {ordinal} century",
    "mod_start": "early {date}",
    "mod_mid": "mid-{date}",
    "mod_end": "late {date}",
}


def format_partial(date: PartialDate, locale: str, labels: Mapping[str, str] = DEFAULT_LABELS) -> str:
    """A partial date in words, at its own precision: 'juin 2024', '3 février 2025', 'semaine du …'."""
    from babel.dates import format_date, format_skeleton

    first = date.first_day()
    if date.precision == DAY:
        return format_date(first, "long", locale=locale)
    if date.precision == MONTH:
        return format_skeleton("yMMMM", first, locale=locale)
    if date.precision == WEEK:
        return labels["week"].format(date=format_date(first, "long", locale=locale))
    if date.precision == QUARTER:
        return format_date(first, "QQQQ y", locale=locale)
    if date.precision == HALF:
        return labels[f"half{date.part}"].format(year=date.year)
    if date.precision == SEASON:
        return labels[f"season_{SEASONS[date.part - 1]}"].format(year=date.year)
    if date.precision == DECADE:
        return labels["decade"].format(decade=date.year)
    if date.precision == CENTURY:
        return labels["century"].format(ordinal=_ordinal_century(date.year // 100 + 1, locale), roman=_roman(date.year // 100 + 1))
    return str(date.year)


def format_date_label(date: TimelineDate, locale: str, labels: Mapping[str, str] = DEFAULT_LABELS) -> str:
    """A timeline date in words, spans joined by an en dash and modifiers spelled out."""
    text = format_partial(date.start, locale, labels)
    if date.end is not None:
        end = format_partial(date.end, locale, labels)
        joiner = "–" if date.start.precision == date.end.precision == YEAR else " – "
        text = f"{text}{joiner}{end}"
    if date.mod:
        text = labels[f"mod_{date.mod}"].format(date=text)
    return text


def _ordinal_century(number: int, locale: str) -> str:
    """'20th' in English; other languages' labels use the roman numeral instead."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _roman(number: int) -> str:
    """A roman numeral, as French writes centuries (XXe siècle)."""
    values = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for value, letters in values:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)
