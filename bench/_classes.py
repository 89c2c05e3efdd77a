"""Classes of date expression and of value error, for the benches' breakdown of misses and false positives.

A gold date or a prediction is put in one class by its words and its value, the first that fits in the
order of `CLASSES` (a range before a day, a day before a weekday: "du lundi 3 au mardi 4" is a range).
The words are the languages' own (months and weekdays from generator/extract/lang/), the cue words a short
list per class that holds for news in French and English. A prediction that overlaps a gold date with
another value is a *wrong value*, told apart by how it is wrong: the year alone (same month and day, or same
season, quarter or month, another year), the granularity (one value is the other cut shorter or longer:
"2024" for "2024-06"), or the anchor (any other: the day counted from the wrong day or week).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any, Protocol

from generator.extract.lang import for_language

CLASSES = ("range", "ref", "duration", "time-of-day", "explicit day", "month+year", "weekday", "quarter/season",
           "decade/century", "year alone", "relative offset", "last/next X", "month alone", "other")
WRONG = ("by year", "by granularity", "by anchor")

_RANGE = re.compile(r"(?i)\b(?:from|between|du|de|entre)\b.*\b(?:to|and|through|au|à|et)\b|\d\s*[-–]\s*\d")
_TIME = re.compile(r"(?i)\b(?:morning|afternoon|evening|night|tonight|noon|midnight|matin|matinée|après-midi|soir|"
                   r"soirée|nuit|midi|minuit)\b|\d\s*(?:h|heures?|am|pm|a\.m\.|p\.m\.)\b")
_QS = re.compile(r"(?i)\b(?:quarter|half|trimestre|semestre|spring|summer|autumn|fall|winter|printemps|été|"
                 r"automne|hiver)\b")
_DEC = re.compile(r"(?i)\d0s\b|\b(?:années|decade|décennie|century|siècle)\b")
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
_OFFSET = re.compile(r"(?i)\b(?:ago|later|earlier|before|after|il\s+y\s+a|plus\s+tard|plus\s+tôt|auparavant|"
                     r"après|avant|yesterday|today|tomorrow|tonight|hier|aujourd|demain|veille|lendemain|"
                     r"avant-hier|après-demain|since|depuis|within|dans|d'ici|in\s+(?:a|one|two|three|\d+))\b")
_LASTNEXT = re.compile(r"(?i)\b(?:last|next|this|coming|past|previous|following|current|dernier|dernière|"
                       r"prochain|prochaine|ce|cet|cette|précédent|précédente|suivant|suivante|passé|passée|"
                       r"en\s+cours)\b")
_DAYNUM = re.compile(r"(?<![\d.])(?:[0-3]?\d)(?:st|nd|rd|th|er)?(?![\d])")
_NUMERIC = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")


class _Dated(Protocol):
    text: str
    value: str


@lru_cache(maxsize=None)
def _words(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The language's months and weekdays as two patterns."""
    data = for_language(language)
    months = sorted({*data.MONTHS_FULL, *data.MONTHS_ABBR}, key=len, reverse=True) if data else []
    days = sorted(data.WEEKDAYS, key=len, reverse=True) if data else []
    alt = lambda ws: r"(?i)(?<!\w)(?:" + "|".join(re.escape(w) for w in ws) + r")(?!\w)" if ws else r"(?!)"
    return re.compile(alt(months)), re.compile(alt(days))


def expression_class(text: str, value: str, end_value: str | None, language: str) -> str:
    """The class of a date expression, from its words and its value (see CLASSES)."""
    months, days = _words(language)
    v = value or ""
    if end_value or _RANGE.search(text) and (months.search(text) or _YEAR.search(text)):
        return "range"
    if v.endswith("_REF"):
        return "ref"
    if v.startswith("P"):
        return "duration"
    if "T" in v[4:] or _TIME.search(text):
        return "time-of-day"
    month = months.search(text)
    if _NUMERIC.search(text) or (month and _DAYNUM.search(text.replace(month.group(0), " "))
                                 and re.search(r"\d", text)) and not _YEAR.fullmatch(text.strip()):
        return "explicit day"
    if month and _YEAR.search(text):
        return "month+year"
    if days.search(text):
        return "weekday"
    if _QS.search(text) or re.search(r"-(?:Q\d|H\d|SP|SU|FA|WI)$", v):
        return "quarter/season"
    if _DEC.search(text) or re.fullmatch(r"\d{2,3}X*", v):
        return "decade/century"
    if _YEAR.search(text) and not _OFFSET.search(text) and not _LASTNEXT.search(text):
        return "year alone"
    if _OFFSET.search(text):
        return "relative offset"
    if _LASTNEXT.search(text):
        return "last/next X"
    if month:
        return "month alone"
    return "other"


def wrong_kind(got: str, want: str) -> str:
    """How a predicted value differs from the gold one it overlaps (see WRONG)."""
    if got[:4] != want[:4] and got[4:] == want[4:] and got[:4].isdigit() and want[:4].isdigit():
        return "by year"
    if got[:4] == want[:4] and re.sub(r"\d", "9", got) != re.sub(r"\d", "9", want):
        return "by granularity"  # "2024" for "2024-06", a week for a day of the same year
    return "by anchor"


def tally_errors(errors: list[tuple[str, Any]], language: str) -> Counter[str]:
    """Misses ('missed CLASS') and false positives ('fp CLASS') of one document by class, and each false positive that
    overlaps a miss once more by how its value is wrong ('wrong by year'…), from `score_doc`'s errors."""
    counts: Counter[str] = Counter()
    missed = [x for kind, x in errors if kind == "fn"]
    for kind, x in errors:
        counts[("missed " if kind == "fn" else "fp ") + expression_class(x.text, x.value, x.end_value, language)] += 1
        if kind == "fp":
            gold = next((g for g in missed if g.start < x.end and x.start < g.end), None)
            if gold is not None:
                counts["wrong " + wrong_kind(x.value, gold.value)] += 1
    return counts
