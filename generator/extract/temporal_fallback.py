"""Dateparser fallback for languages without our own rules (imports dateparser lazily)."""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Any

from .mention import DateMention

_SETTINGS_BASE = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}


@lru_cache(maxsize=1)
def _search() -> Any:
    from dateparser.search import search_dates  # heavy import, only when needed
    return search_dates


def _precision(s: str, d: _dt.datetime) -> str:
    """Value at the precision the words support: a lone year, month+year, or a day."""
    digits = re.findall(r"\d+", s)
    if digits and all(len(x) == 4 for x in digits) and len(digits) == 1 and not re.search(r"[^\W\d_]{3,}", s.replace(digits[0], "")):
        return f"{d.year:04d}"
    if not any(len(x) <= 2 for x in digits) and re.search(r"\d{4}", s):
        return f"{d.year:04d}-{d.month:02d}"
    return d.date().isoformat()


def fallback_tag(text: str, pub: _dt.date, lang: str) -> list[DateMention]:
    """Dates found by dateparser, located left to right, short word matches dropped."""
    base = _dt.datetime(pub.year, pub.month, pub.day)
    try:
        found = _search()(text, languages=[lang] if lang else None,
                          settings={**_SETTINGS_BASE, "RELATIVE_BASE": base}) or []
    except Exception:  # dateparser raises on unknown language codes
        return []
    out: list[DateMention] = []
    pos = 0
    for s, d in found:
        i = text.find(s, pos)
        if i < 0:
            continue
        pos = i + len(s)
        if not re.search(r"\d", s) and len(s.strip()) < 4:
            continue  # pronouns and short words read as weekdays ("sa", "je")
        if re.fullmatch(r"\s*\d{1,3}\s*", s):
            continue  # a bare small number is a count
        out.append(DateMention(i, i + len(s), s, _precision(s, d), relative=not re.search(r"\d{4}", s)))
    return out
