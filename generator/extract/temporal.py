"""Date tagger for news text: finds date expressions, resolves them to TimeML values.

French and English use our own regex rules (candidate finding + resolution
against the published date, with tense for year-less dates); other languages
fall back to dateparser, imported lazily so that importing this module stays
cheap.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Callable, Iterable

from . import temporal_lexicon as lx
from .temporal_tense import tense_at


@dataclass(frozen=True)
class DateMention:
    """One date expression found in a text, with its TimeML value."""

    start: int
    end: int
    text: str
    value: str
    end_value: str | None = None
    mod: str | None = None
    relative: bool = False


# ---------------------------------------------------------------------------
# internal hit: a mention plus what span merging needs to re-resolve it
# ---------------------------------------------------------------------------
@dataclass
class _Hit:
    start: int
    end: int
    value: str
    end_value: str | None = None
    mod: str | None = None
    relative: bool = False
    prio: int = 0
    # For "de mars à mai 2024": the start has no year of its own and takes the
    # end's; month/day keep what is needed to recompute it.
    year_inferred: bool = False
    month: int | None = None
    day: int | None = None
    kind: str = ""


class _Ctx:
    """What handlers need: the text, the published date, the language and a tense cache."""

    __slots__ = ("text", "pub", "lang", "refs", "_tense")

    def __init__(self, text: str, pub: _dt.date, lang: str, refs: bool) -> None:
        self.text = text
        self.pub = pub
        self.lang = lang
        self.refs = refs
        self._tense: dict[tuple[int, int], int] = {}

    def tense(self, start: int, end: int) -> int:
        """Direction given by the nearest verb: -1 past, +1 future, 0 unknown."""
        key = (start, end)
        if key not in self._tense:
            self._tense[key] = tense_at(self.text, start, end, self.lang)
        return self._tense[key]

    def before(self, pos: int, n: int = 40) -> str:
        """Lower-cased text just before pos."""
        return self.text[max(0, pos - n):pos].lower()

    def after(self, pos: int, n: int = 40) -> str:
        """Lower-cased text just after pos."""
        return self.text[pos:pos + n].lower()


# ---------------------------------------------------------------------------
# calendar helpers
# ---------------------------------------------------------------------------
def _iso_week(d: _dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _safe_date(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def _pick(cands: list[tuple[int, object]], direction: int) -> object:
    """Choose among (signed distance to published, value) by tense direction.

    Past picks the nearest candidate at or before published, future the
    nearest at or after; no cue picks the closest.  A directional pick that
    lands far away (> ~8 months) when another candidate is within ~2 months
    is a tense misread (a past verb in a list of upcoming dates), so the
    closest wins then.
    """
    closest = min(cands, key=lambda c: (abs(c[0]), c[0] > 0))  # ties: news mostly reports the past
    if direction == 0:
        return closest[1]
    if direction < 0:
        pool = [c for c in cands if c[0] <= 0]
        chosen = max(pool, key=lambda c: c[0]) if pool else closest
    else:
        pool = [c for c in cands if c[0] >= 0]
        chosen = min(pool, key=lambda c: c[0]) if pool else closest
    return chosen[1]


def _resolve_md(pub: _dt.date, month: int, day: int, direction: int, weekday: int | None = None) -> _dt.date | None:
    """Year-less day and month: the year is chosen by weekday, tense, then proximity."""
    cands: list[tuple[int, object]] = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        d = _safe_date(y, month, day)
        if d is not None:
            cands.append(((d - pub).days, d))
    if not cands:
        return None
    if weekday is not None:
        fit = [c for c in cands if c[1].weekday() == weekday and abs(c[0]) < 300]  # type: ignore[attr-defined]
        if len(fit) == 1:
            return fit[0][1]  # type: ignore[return-value]
    chosen = _pick(cands, direction)
    closest = min(cands, key=lambda c: abs(c[0]))
    # a date a few days away beats one almost a year off: the verb was misread
    if abs((chosen - pub).days) > 240 and abs(closest[0]) <= 10:  # type: ignore[operator]
        chosen = closest[1]
    return chosen  # type: ignore[return-value]


def _resolve_m(pub: _dt.date, month: int, direction: int) -> tuple[int, int]:
    """Year-less month: tense then proximity, at month granularity."""
    cands: list[tuple[int, object]] = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        cands.append(((y - pub.year) * 12 + month - pub.month, (y, month)))
    chosen = _pick(cands, direction)
    dist = (chosen[0] - pub.year) * 12 + chosen[1] - pub.month  # type: ignore[index]
    closest = min(cands, key=lambda c: abs(c[0]))
    if abs(dist) > 8 and abs(closest[0]) <= 2:
        chosen = closest[1]
    return chosen  # type: ignore[return-value]


def _resolve_wd(pub: _dt.date, wd: int, direction: int, rel: str = "") -> _dt.date:
    """Weekday name: 'dernier/last' strictly before, 'prochain/next' strictly after, else tense."""
    delta = wd - pub.weekday()
    if rel == "last":
        back = (pub.weekday() - wd) % 7 or 7
        return pub - _dt.timedelta(days=back)
    if rel == "next":
        fwd = (wd - pub.weekday()) % 7 or 7
        return pub + _dt.timedelta(days=fwd)
    back = (pub.weekday() - wd) % 7
    fwd = (wd - pub.weekday()) % 7
    if direction < 0:
        return pub - _dt.timedelta(days=back)
    if direction > 0:
        return pub + _dt.timedelta(days=fwd)
    del delta
    return pub - _dt.timedelta(days=back) if back <= fwd else pub + _dt.timedelta(days=fwd)


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_occ(y: int, s: str) -> tuple[_dt.date, _dt.date]:
    """First and last day of season s of year y (winter starts in December of y)."""
    m0 = _SEASON_START[s]
    start = _dt.date(y, m0, 1)
    ey, em = _add_months(y, m0, 3)
    return start, _dt.date(ey, em, 1) - _dt.timedelta(days=1)


def _resolve_season(pub: _dt.date, s: str, rel: str, direction: int) -> int:
    """Year of a season named without one ('l'été dernier', 'this summer')."""
    occ = [(y, *_season_occ(y, s)) for y in (pub.year - 2, pub.year - 1, pub.year, pub.year + 1)]
    if rel == "last":
        return max(y for y, a, b in occ if b < pub)
    if rel == "next":
        return min(y for y, a, b in occ if a > pub)
    for y, a, b in occ:
        if a <= pub <= b:
            return y
    if direction < 0:
        return max(y for y, a, b in occ if b < pub)
    if direction > 0:
        return min(y for y, a, b in occ if a > pub)
    return min(occ, key=lambda o: min(abs((o[1] - pub).days), abs((o[2] - pub).days)))[0]


def _quarter_of(d: _dt.date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def _roman(s: str) -> int | None:
    vals = {"i": 1, "v": 5, "x": 10}
    s = s.lower()
    if not s or any(c not in vals for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        v = vals[c]
        total += -v if i + 1 < len(s) and vals[s[i + 1]] > v else v
    return total


def _year2(y: str) -> int:
    """Two-digit year: 93 -> 1993, 07 -> 2007."""
    n = int(y)
    return 1900 + n if n >= 40 else 2000 + n


# ---------------------------------------------------------------------------
# per-language rules
# ---------------------------------------------------------------------------
Handler = Callable[[re.Match[str], _Ctx], "list[_Hit] | _Hit | None"]


def _alt(words: Iterable[str]) -> str:
    """Regex alternation, longest first so that 'juillet' beats 'juil'."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


class _Lang:
    """Compiled patterns and word tables for one language."""

    def __init__(self, code: str) -> None:
        self.code = code
        if code == "fr":
            self.months_full, self.months_abbr = lx.FR_MONTHS_FULL, lx.FR_MONTHS_ABBR
            self.weekdays, self.numbers = lx.FR_WEEKDAYS, lx.FR_NUMBERS
            self.ordinals, self.seasons = lx.FR_ORDINALS, lx.FR_SEASONS
        else:
            self.months_full, self.months_abbr = lx.EN_MONTHS_FULL, lx.EN_MONTHS_ABBR
            self.weekdays, self.numbers = lx.EN_WEEKDAYS, lx.EN_NUMBERS
            self.ordinals, self.seasons = lx.EN_ORDINALS, lx.EN_SEASONS
        self.months = {**self.months_abbr, **self.months_full}
        self.patterns: list[tuple[re.Pattern[str], Handler, int]] = []

    def month_num(self, tok: str) -> int | None:
        """Month number of a month word ('juil.', 'September')."""
        return self.months.get(tok.lower().rstrip("."))

    def add(self, pattern: str, handler: Handler, prio: int = 0) -> None:
        """Register a pattern (case-insensitive) and its handler."""
        self.patterns.append((re.compile(pattern, re.IGNORECASE), handler, prio))


_CACHE: dict[str, _Lang] = {}


def _rules(code: str) -> _Lang:
    """Compiled rules for a language, built once per process."""
    r = _CACHE.get(code)
    if r is None:
        r = _Lang(code)
        (_build_fr if code == "fr" else _build_en)(r)
        _CACHE[code] = r
    return r


_NB = r"(?<![\w./,:-])"           # no word/number glued before
_NA = r"(?![\w%/]|[.,:]\d|\s?\d)"  # no word/number glued after
_APOS = "['’]"


def _year_ok(y: int) -> bool:
    return 1000 <= y <= 2099


def _mod_of(word: str | None) -> str | None:
    """TimeML mod from a French or English modifier word."""
    if not word:
        return None
    w = word.lower().strip(" -")
    if w.startswith(("début", "debut", "early", "beginning", "start", "the beginning", "the start", "dès le début")):
        return "START"
    if w.startswith(("fin", "late", "end", "the end")):
        return "END"
    if w.startswith(("mi", "milieu", "mid", "middle", "the middle")):
        return "MID"
    return None


def _hit(m: re.Match[str], value: str, **kw: object) -> _Hit:
    return _Hit(m.start(), m.end(), value, **kw)  # type: ignore[arg-type]


# ------------------------------ shared handlers -----------------------------
def _h_fulldate(L: _Lang) -> Handler:
    """Day + month (+ year), optionally with a weekday and 'dernier/last'."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        g = m.groupdict()
        mon = L.month_num(g["mon"])
        if mon is None:
            return None
        mon_tok = g["mon"].lower().rstrip(".")
        day_s = g["day"].lower()
        day = 1 if day_s in ("premier", "1er", "1re", "first") else int(re.sub(r"\D", "", day_s))
        if L.code == "en" and not g["mon"][0].isupper():
            return None
        if mon_tok in ("sept", "mar", "dec", "oct", "nov") and not g["mon"].endswith(".") and not g.get("year"):
            # "sept" is also seven and "mar" a word: abbreviations need a dot or a year
            if L.code == "fr" or mon_tok == "mar":
                return None
        wd = L.weekdays.get((g.get("wd") or "").lower())
        ys = g.get("year")
        if ys:
            y = int(ys) if len(ys) == 4 else _year2(ys)
            if not _year_ok(y) or _safe_date(y, mon, day) is None:
                return None
            return _hit(m, f"{y:04d}-{mon:02d}-{day:02d}", month=mon, day=day, kind="D")
        rel = (g.get("rel") or "").lower()
        if rel:
            last = rel.startswith(("dern", "pass", "last"))
            cands = [_safe_date(y, mon, day) for y in (c.pub.year - 1, c.pub.year, c.pub.year + 1)]
            ok = [d for d in cands if d and (d < c.pub if last else d > c.pub)]
            if not ok:
                return None
            d = max(ok) if last else min(ok)
        else:
            d = _resolve_md(c.pub, mon, day, c.tense(m.start(), m.end()), wd)
        if d is None:
            return None
        return _hit(m, d.isoformat(), relative=True, year_inferred=True, month=mon, day=day, kind="D")

    return h


def _h_month_year(L: _Lang) -> Handler:
    """Month + year ('juin 2024', 'fin décembre 2024', 'November 2006')."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        mon = L.month_num(m.group("mon"))
        if mon is None:
            return None
        if L.code == "en" and not m.group("mon")[0].isupper():
            return None
        ys = m.group("year")
        y = int(ys) if len(ys) == 4 else _year2(ys)
        if not _year_ok(y):
            return None
        return _hit(m, f"{y:04d}-{mon:02d}", mod=_mod_of(m.group("mod")), month=mon, kind="M")

    return h


def _h_month_rel(L: _Lang) -> Handler:
    """Month + 'dernier/prochain' or 'last/next/this' + month; also 'mai et juin derniers'."""

    def h(m: re.Match[str], c: _Ctx) -> list[_Hit] | None:
        g = m.groupdict()
        rel = (g.get("rel") or g.get("rel2") or "").lower()
        last = rel.startswith(("dern", "pass", "last"))
        nxt = rel.startswith(("proch", "next", "coming"))
        out: list[_Hit] = []
        for key in ("mon0", "mon"):
            tok = g.get(key)
            if not tok:
                continue
            mon = L.month_num(tok)
            if mon is None or (L.code == "en" and not tok[0].isupper()):
                return None
            if last:
                y = c.pub.year if mon < c.pub.month else c.pub.year - 1
            elif nxt:
                y = c.pub.year if mon > c.pub.month else c.pub.year + 1
            else:
                y, _ = _resolve_m(c.pub, mon, c.tense(m.start(), m.end()))
            s = m.start(key) if key == "mon0" else m.start()
            e = m.end(key) if key == "mon0" else m.end()
            if key == "mon" and g.get("mon0"):
                s = m.start("mon")
            out.append(_Hit(s, e, f"{y:04d}-{mon:02d}", mod=_mod_of(g.get("mod")) if key == "mon" else None,
                            relative=True, month=mon, kind="M"))
        return out or None

    return h


_FR_DATE_PREP = re.compile(r"(?:\b(?:en|de|d['’]|depuis|dès|début|fin|mi-|courant|jusqu['’]en|jusqu['’]à|au mois de|mois de|avant|après|à partir de|dans|pour|entre|et|ou|à|au|fin|vers|entre|d['’]ici|le mois de)\s*)$")
_EN_DATE_PREP = re.compile(r"(?:\b(?:in|since|until|till|by|from|of|during|before|after|through|early|late|mid|mid-|between|and|or|to|for|the month of|last|next|this|that|each)\s*)$", re.IGNORECASE)


def _h_bare_month(L: _Lang) -> Handler:
    """A month name alone ('en mars', 'in June'): year from tense, else closest."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        tok = m.group("mon")
        mon = L.months_full.get(tok.lower())
        if mon is None:
            return None
        before = c.text[max(0, m.start() - 25):m.start()]
        prep = (_FR_DATE_PREP if L.code == "fr" else _EN_DATE_PREP).search(before) is not None or bool(m.group("mod"))
        after = c.text[m.end():m.end() + 3]
        sent_start = not before.strip() or before.rstrip()[-1:] in ".!?\n«\"(:"
        if L.code == "fr":
            if tok[0].isupper() and not tok.isupper() and not sent_start:
                return None  # French months are lower-case: "Mars" the planet, "Avril" a first name
            if tok.lower() == "mars" and re.match(r"\s*[A-Z]", after) and not prep:
                return None
            if re.search(r"\b(?:chaque|tous les|mois de)\s*$", before.lower()) and "mois de" not in before.lower()[-9:]:
                return None
        else:
            if not tok[0].isupper():
                return None
            if tok.lower() == "may" and not prep:
                return None  # "May" is a modal or a surname unless a preposition makes it a month
            if tok.lower() in ("june", "april", "august") and re.match(r"\s+[A-Z][a-z]", c.text[m.end():m.end() + 3]) and not prep:
                return None  # a first name followed by a surname
            if re.search(r"\b(?:every|each)\s*$", before.lower()):
                return None
        if re.search(r"\b(?:chaque|every|each)\s+(?:mois\s+de\s+)?$", before.lower()):
            return None
        y, mo = _resolve_m(c.pub, mon, c.tense(m.start(), m.end()))
        return _hit(m, f"{y:04d}-{mo:02d}", mod=_mod_of(m.group("mod")), relative=True,
                    year_inferred=True, month=mon, kind="M")

    return h


_STRONG_YEAR_CONTEXT_FR = re.compile(
    r"(?:\b(?:en|depuis|dès|année|années|an|d['’]ici|jusqu['’]en|jusqu['’]à|avant|après|de|du|entre|et|à|au|ou|fin|début|courant|mi|été|hiver|printemps|automne|saison|exercice|budget|bilan|cru|promotion|millésime|législatives|présidentielle|municipales|européennes|élections|recensement|printemps|rentrée|vers|pour|dans|que|à partir de|l['’]an)\s*[-–—]?\s*)$",
    re.IGNORECASE,
)
_STRONG_YEAR_CONTEXT_EN = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|of|during|before|after|between|and|or|to|through|early|late|mid|year|years|fiscal|fy|spring|summer|autumn|fall|winter|the end of|the start of|the beginning of|around|circa|for|as of|its|the|a|season)\s*[-–—]?\s*)$",
    re.IGNORECASE,
)


def _h_year(L: _Lang) -> Handler:
    """A 4-digit year, only in a date context and a plausible range."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        y = int(m.group("year"))
        before = c.text[max(0, m.start() - 30):m.start()]
        bl = before.lower()
        after = c.text[m.end():m.end() + 30]
        # identifiers: "n° 2015", "Boeing 1990", "page 2004", "A-2000"
        prev_word = re.search(r"([\w°.]+)\W*$", bl)
        if prev_word and prev_word.group(1) in lx.ID_PREFIXES:
            return None
        if re.search(r"[$€£#]\s*$|\d[\s\u00a0]$", before):
            return None  # amounts and thousands groups ("2 500", "$2000")
        nxt = re.match(r"\s*([^\W\d_][\w/²]*)", after)
        if nxt and nxt.group(1).lower() in lx.COUNT_NOUNS:
            return None
        if re.match(r"\s*(?:%|pour\s?cent|percent|h\b|heures|hours|€|\$)", after, re.IGNORECASE):
            return None
        strong = (_STRONG_YEAR_CONTEXT_FR if L.code == "fr" else _STRONG_YEAR_CONTEXT_EN).search(before) is not None
        if not strong and not 1900 <= y <= 2099:
            return None
        # a plural noun after the number makes it a count, even after "de"
        if nxt is not None:
            # "2000 personnes": a count is followed by a plural noun
            if nxt and L.code == "fr" and nxt.group(1)[0].islower() and re.search(r"[sx]$", nxt.group(1)) \
                    and nxt.group(1).lower() not in ("dans", "sous", "sans", "vers", "puis", "plus", "alors", "après", "depuis", "dès", "mais", "lors", "pas", "nous", "vous", "ils", "les", "des", "aux", "ses", "ces", "mes", "tes", "leurs"):
                return None
            if nxt and L.code == "en" and nxt.group(1)[0].islower() and nxt.group(1).endswith("s") \
                    and nxt.group(1).lower() not in ("was", "has", "is", "its", "as", "this", "his", "us", "plus", "thus", "less", "unless", "across", "versus"):
                return None
        if not strong and re.search(r"[A-Z][\w-]*\s$", before) and re.match(r"\s[A-Z]", after) \
                and not re.search(r"[.!?:]\s*[A-Z][\w-]*\s$", before):
            return None  # "Russell 2000 Index", "Windows 2000 Server": a name
        if not _year_ok(y):
            return None
        if not strong and y > c.pub.year + 15:
            return None
        return _hit(m, f"{y:04d}", kind="Y")

    return h


def _h_mod_year(L: _Lang) -> Handler:
    """'début 2024', 'mi-2023', 'late 2006', 'the end of 2024'."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        y = int(m.group("year"))
        if not _year_ok(y):
            return None
        return _hit(m, f"{y:04d}", mod=_mod_of(m.group("mod")), kind="Y")

    return h


def _h_numeric(L: _Lang) -> Handler:
    """Numeric dates: ISO, d/m/y (French), m/d/y (English)."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        g = m.groupdict()
        if g.get("iy"):
            y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
        else:
            a, b, ys = int(g["a"]), int(g["b"]), g["y"]
            y = int(ys) if len(ys) == 4 else _year2(ys)
            d, mo = (a, b) if L.code == "fr" else (b, a)
            if L.code == "en" and mo > 12 >= d:
                d, mo = mo, d
        if not _year_ok(y) or _safe_date(y, mo, d) is None:
            return None
        return _hit(m, f"{y:04d}-{mo:02d}-{d:02d}", kind="D")

    return h


def _h_weekday(L: _Lang) -> Handler:
    """A weekday name: tense decides past or future; frequencies are left alone."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        g = m.groupdict()
        tok = g["wd"]
        wd = L.weekdays.get(tok.lower())
        if wd is None:
            return None
        if L.code == "en" and not tok[0].isupper():
            return None
        if g.get("pl"):
            return None  # "les samedis", "on Mondays": a frequency
        pre = (g.get("pre") or "").lower().strip()
        if pre in ("chaque", "tous les", "toutes les", "les", "every", "each"):
            return None
        before = c.text[max(0, m.start() - 12):m.start()].lower()
        if re.search(r"\b(?:du|from|de)\s*$", before) and re.match(r"\s*(?:au|to|à|-|–)\s*(?:" + _alt(L.weekdays) + ")", c.text[m.end():m.end() + 15], re.IGNORECASE):
            return None  # "du lundi au vendredi": opening hours
        if re.search(r"\b(?:au|to|à)\s*$", before) and re.search(r"\b(?:du|from|de)\s+(?:" + _alt(L.weekdays) + r")\s+(?:au|to|à)\s*$", c.text[max(0, m.start() - 30):m.start()], re.IGNORECASE):
            return None
        rel = (g.get("rel") or "").lower()
        pre_rel = pre
        r = ""
        if rel.startswith(("dern", "pass")) or pre_rel in ("last", "this past"):
            r = "last"
        elif rel.startswith("proch") or pre_rel in ("next", "this coming", "coming"):
            r = "next"
        d = _resolve_wd(c.pub, wd, c.tense(m.start(), m.end()) if not r else 0, r)
        return _hit(m, d.isoformat(), relative=True, kind="D")

    return h


def _h_reldays(offsets: dict[str, int]) -> Handler:
    """'hier', 'demain', 'today', 'last night': a fixed offset from published."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        w = re.sub(r"\s+", " ", m.group("w").lower()).replace("’", "'")
        off = offsets.get(w)
        if off is None:
            return None
        raw = m.group("w")
        if raw[0].isupper() and not raw.isupper():
            before = c.text[max(0, m.start() - 3):m.start()].rstrip(" \t\u00a0«\"'“(*_")
            if before and before[-1] not in ".!?:\n—–-":
                return None  # "la liste Villars Demain", "USA Today": part of a name
        return _hit(m, (c.pub + _dt.timedelta(days=off)).isoformat(), relative=True, kind="D")

    return h


def _h_relperiod(L: _Lang) -> Handler:
    """'l'an dernier', 'la semaine prochaine', 'this year', 'the end of last year'."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        g = m.groupdict()
        unit = g["unit"].lower().replace("’", "'")
        rel = (g.get("rel") or g.get("rel2") or "").lower()
        k = 0
        if rel.startswith(("dern", "pass", "last", "previous", "précédent")):
            k = -1
        elif rel.startswith(("proch", "next", "coming", "suivant")):
            k = 1
        p = c.pub
        mod = _mod_of(g.get("mod"))
        if unit in ("an", "l'an", "année", "l'année", "year"):
            return _hit(m, f"{p.year + k:04d}", mod=mod, relative=True, kind="Y")
        if unit in ("mois", "month"):
            y, mo = _add_months(p.year, p.month, k)
            return _hit(m, f"{y:04d}-{mo:02d}", mod=mod, relative=True, kind="M")
        if unit in ("semaine", "week"):
            return _hit(m, _iso_week(p + _dt.timedelta(days=7 * k)), mod=mod, relative=True, kind="W")
        if unit in ("week-end", "weekend", "week end"):
            return _hit(m, _iso_week(p + _dt.timedelta(days=7 * k)) + "-WE", relative=True, kind="W")
        if unit in ("trimestre", "quarter"):
            y, q = _quarter_of(p)
            y, mq = _add_months(y, (q - 1) * 3 + 1, 3 * k)
            return _hit(m, f"{y:04d}-Q{(mq - 1) // 3 + 1}", mod=mod, relative=True, kind="Q")
        if unit in ("semestre",):
            h_ = 1 if p.month <= 6 else 2
            n = p.year * 2 + h_ - 1 + k
            return _hit(m, f"{n // 2:04d}-H{n % 2 + 1}", mod=mod, relative=True, kind="H")
        if unit in ("siècle", "century"):
            return _hit(m, f"{(p.year // 100) + k:02d}XX", relative=True, kind="C")
        if unit in ("décennie", "decade"):
            return _hit(m, f"{(p.year // 10) + k:03d}X", relative=True, kind="DEC")
        return None

    return h


def _h_ago(L: _Lang) -> Handler:
    """'il y a deux ans', 'two years ago': the unit sets the precision."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        ntok = m.group("n").lower()
        n = int(ntok) if ntok.isdigit() else L.numbers.get(ntok)
        if n is None or n > 200:
            return None
        unit = m.group("unit").lower()
        p = c.pub
        if unit.startswith(("jour", "day")):
            return _hit(m, (p - _dt.timedelta(days=n)).isoformat(), relative=True, kind="D")
        if unit.startswith(("semaine", "week")):
            return _hit(m, _iso_week(p - _dt.timedelta(days=7 * n)), relative=True, kind="W")
        if unit.startswith(("mois", "month")):
            y, mo = _add_months(p.year, p.month, -n)
            return _hit(m, f"{y:04d}-{mo:02d}", relative=True, kind="M")
        if unit.startswith(("an", "année", "year")):
            return _hit(m, f"{p.year - n:04d}", relative=True, kind="Y")
        if unit.startswith(("décennie", "decade")):
            return _hit(m, f"{p.year - 10 * n:04d}", relative=True, kind="Y")
        return None

    return h


def _h_season(L: _Lang) -> Handler:
    """'au printemps 2023', 'l'été dernier', 'last summer'."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        g = m.groupdict()
        s = L.seasons.get(g["season"].lower())
        if s is None:
            return None
        ys = g.get("year")
        if ys:
            y = int(ys)
            if not _year_ok(y):
                return None
            return _hit(m, f"{y:04d}-{s}", mod=_mod_of(g.get("mod")), kind="S")
        rel = (g.get("rel") or "").lower()
        pre = (g.get("pre") or "").lower().replace("’", "'")
        if not rel and pre.startswith(("d'", "de ")):
            return None  # "vacances d'été": a kind of holiday, not a date
        r = "last" if rel.startswith(("dern", "pass", "last")) else "next" if rel.startswith(("proch", "next")) else ""
        if not r and not rel.startswith(("cet", "ce", "this")):
            direction = c.tense(m.start(), m.end())
            if direction == 0:
                return None  # "au printemps" in the present is a habit, not a date
        else:
            direction = 0
        y = _resolve_season(c.pub, s, r, direction)
        return _hit(m, f"{y:04d}-{s}", mod=_mod_of(g.get("mod")), relative=True, kind="S")

    return h


def _h_quarter(L: _Lang) -> Handler:
    """'au deuxième trimestre 2024', 'the first half of 2023', 'Q3 2024'."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        g = m.groupdict()
        if g.get("qn"):
            n, unit = int(g["qn"]), ("half" if g["qk"].upper() == "H" else "quarter")
        else:
            n = L.ordinals.get(g["ord"].lower())
            unit = g["unit"].lower()
            if n is None:
                return None
        half = unit.startswith(("semestre", "half"))
        if half and n > 2:
            return None
        if n > 4 or n < 1:
            return None
        ys, rel = g.get("year"), (g.get("rel") or "").lower()
        if ys:
            y = int(ys) if len(ys) == 4 else _year2(ys)
            relative = False
        else:
            relative = True
            y = c.pub.year
            if any(w in rel for w in ("dern", "pass", "last", "previous", "précéd")):
                y -= 1
            elif any(w in rel for w in ("proch", "next")):
                y += 1
            # no year and no "last/next": the published year's quarter
        if not _year_ok(y):
            return None
        return _hit(m, f"{y:04d}-{'H' if half else 'Q'}{n}", relative=relative, kind="Q")

    return h


def _h_decade(L: _Lang) -> Handler:
    """'les années 1990', 'the 1990s', 'the '90s' -> 199X."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        d = m.group("dec")
        if len(d) == 4:
            v = d[:3] + "X"
        elif len(d) == 2:
            v = ("20" if d in ("00", "10") else "19") + d[0] + "X"
        else:
            return None
        return _hit(m, v, mod=_mod_of(m.groupdict().get("mod")), kind="DEC")

    return h


def _h_century(L: _Lang) -> Handler:
    """'le XXe siècle', 'the 20th century' -> 19XX."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        tok = m.group("c")
        n = int(tok) if tok.isdigit() else _roman(tok)
        if not n or n > 21:
            return None
        return _hit(m, f"{n - 1:02d}XX", mod=_mod_of(m.groupdict().get("mod")), kind="C")

    return h


def _h_dayrange(L: _Lang) -> Handler:
    """'du 3 au 5 mai 2024', 'March 3-5': a span inside one month."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        g = m.groupdict()
        mon = L.month_num(g["mon"])
        if mon is None or (L.code == "en" and not g["mon"][0].isupper()):
            return None
        d1, d2 = int(re.sub(r"\D", "", g["d1"])), int(re.sub(r"\D", "", g["d2"]))
        if not (1 <= d1 < d2 <= 31):
            return None
        ys = g.get("year")
        if ys:
            y = int(ys)
            if not _year_ok(y):
                return None
            a, b = _safe_date(y, mon, d1), _safe_date(y, mon, d2)
            rel = False
        else:
            b = _resolve_md(c.pub, mon, d2, c.tense(m.start(), m.end()))
            a = _safe_date(b.year, mon, d1) if b else None
            rel = True
        if a is None or b is None:
            return None
        return _hit(m, a.isoformat(), end_value=b.isoformat(), relative=rel, kind="SPAN")

    return h


def _h_yearrange(L: _Lang) -> Handler:
    """'1982-1990', 'la saison 2019-20': two years joined by a dash."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        y1, y2s = int(m.group("y1")), m.group("y2")
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if not (_year_ok(y1) and _year_ok(y2) and y1 < y2 <= y1 + 100):
            return None
        return _hit(m, f"{y1:04d}", end_value=f"{y2:04d}", kind="SPAN")

    return h


def _h_ref(values: dict[str, str]) -> Handler:
    """PRESENT_REF / PAST_REF / FUTURE_REF words; only when refs=True."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        if not c.refs:
            return None
        w = re.sub(r"\s+", " ", m.group("w").lower()).replace("’", "'")
        v = values.get(w)
        if v is None:
            return None
        return _hit(m, v, relative=True, kind="REF", prio=-1)

    return h


# ------------------------------ French ---------------------------------------
def _build_fr(L: _Lang) -> None:
    MON = _alt(list(L.months_full) + [a + "." for a in L.months_abbr] + list(L.months_abbr))
    MONF = _alt(L.months_full)
    WD = _alt(L.weekdays)
    DAY = r"(?:1er|1re|premier|[12]\d|3[01]|0?[1-9])"
    YEAR = r"(?:1\d{3}|20\d{2})"
    NUM = _alt(L.numbers)
    MOD = r"(?P<mod>(?:(?:au|à la|à|le|la|en|dès le|dès la|vers la|vers le|d['’]ici la|d['’]ici le|jusqu['’]à la|jusqu['’]au|depuis le|depuis la)\s+)?(?:tout\s+)?(?:début|fin|milieu|mi-|courant)\s*(?:de\s+|du\s+|d['’]\s*)?)"
    REL = r"(?:derni(?:er|ère)s?|pass(?:é|ée|és|ées)|prochaine?s?)"
    L.add(_NB + rf"(?:(?P<wd>{WD})[\s,]+)?(?P<day>{DAY})\s+(?P<mon>{MON})(?!\w)(?:\s+(?P<year>{YEAR}(?!\d|[,.]\d)|\d{{2}}(?![\w,.]\d|\s?\d|\s*(?:%|[a-zàâéè]))))?(?:\s+(?P<rel>{REL}))?", _h_fulldate(L), 2)
    L.add(_NB + rf"{MOD}?(?P<mon>{MON})(?!\w)\s+(?:de\s+l['’]année\s+)?(?P<year>{YEAR})" + _NA, _h_month_year(L), 1)
    L.add(rf"\b{MOD}?(?:(?P<mon0>{MONF})\s+(?:et|ou)\s+)?(?P<mon>{MONF})\s+(?P<rel>{REL})(?!\w)", _h_month_rel(L), 1)
    L.add(rf"(?:\b{MOD}|\b)(?P<mon>{MONF})(?!\w)", _h_bare_month(L), 0)
    L.add(r"(?<![\w.,/:-])(?P<year>1\d{3}|20\d{2})(?![\w%/:]|[.,]\d|\s\d{3}\b)", _h_year(L), 0)
    L.add(r"(?<![\w.,/:$#-])(?P<y1>1\d{3}|20\d{2})\s?[-–]\s?(?P<y2>1\d{3}|20\d{2}|\d{2})(?![\w%/:-]|[.,]\d)", _h_yearrange(L), 2)
    L.add(rf"\b(?P<mod>(?:au\s+|à\s+la\s+|dès\s+le\s+|dès\s+la\s+|vers\s+la\s+|jusqu['’]à\s+la\s+|d['’]ici\s+(?:la\s+)?)?(?:tout\s+)?(?:début|fin|milieu|mi-|courant)\s*(?:de\s+l['’]année\s+|d['’]année\s+|de\s+)?)(?P<year>{YEAR})" + _NA, _h_mod_year(L), 1)
    L.add(rf"{_NB}(?:(?P<iy>{YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])|(?P<a>[12]\d|3[01]|0?[1-9])[/.](?P<b>1[0-2]|0?[1-9])[/.](?P<y>{YEAR}|\d{{2}}))(?![\w/.]\d)", _h_numeric(L), 3)
    L.add(rf"\b(?:(?P<pre>ce|cette|dès|chaque|tous\s+les|toutes\s+les|les)\s+)?(?P<wd>{WD})(?P<pl>s)?(?!\w)(?:\s+(?P<rel>{REL}))?", _h_weekday(L), 0)
    L.add(r"\b(?P<w>avant[-\s]hier|après[-\s]demain|hier|demain|aujourd['’]hui|ce\s+matin|ce\s+soir|cet\s+après[-\s]midi|cette\s+nuit|cette\s+semaine|ce\s+week[-\s]?end)(?!\w)(?:\s+(?:matin|soir|après-midi|midi))?",
          _h_reldays({"hier": -1, "avant-hier": -2, "avant hier": -2, "demain": 1, "après-demain": 2, "après demain": 2,
                      "aujourd'hui": 0, "ce matin": 0, "ce soir": 0, "cet après-midi": 0, "cet après midi": 0, "cette nuit": 0}), 1)
    L.add(rf"\b(?:(?:au|à la|à|en|dès le|dès la|vers la|d['’]ici la|d['’]ici le|jusqu['’]à la|depuis le)\s+)?(?:(?P<mod>début|fin|milieu|mi-)\s*(?:de\s+|du\s+|d['’]\s*)?)?"
          rf"(?:(?P<unit>l['’]an|l['’]année|le mois|la semaine|le week[-\s]?end|le trimestre|le semestre|la décennie|le siècle)\s+(?P<rel>{REL}|précédente?|suivante?)"
          rf"|(?:cette|cet|ce)\s+(?P<unit2>année|an|mois|semaine|week[-\s]?end|trimestre|semestre|siècle)(?!-là)(?:-ci)?"
          rf"|(?P<unit3>l['’]année|l['’]an|du mois|de\s+l['’]année|de\s+l['’]an)(?=[\s,.;)]|$))(?!\w)", _h_relperiod_fr(L), 1)
    L.add(rf"\bil\s+y\s+a\s+(?:(?:près\s+de|environ|plus\s+de|presque|seulement|déjà|exactement)\s+)?(?P<n>\d{{1,3}}|{NUM})\s+(?P<unit>jours?|semaines?|mois|ans|années?|décennies?)\b", _h_ago(L), 2)
    L.add(rf"(?:\b(?P<pre>au|à\s+l['’]|l['’]|cet|ce|en|de\s+l['’]|d['’]|dès\s+l['’]|depuis\s+l['’]|(?P<mod>début|fin|mi-)\s*(?:de\s+l['’]|d['’])?)\s*)(?P<season>printemps|été|automne|hiver)(?:\s+(?P<year>{YEAR})|\s+(?P<rel>{REL}))?(?!\w)", _h_season(L), 1)
    L.add(rf"\b(?P<ord>{_alt(L.ordinals)})\s+(?P<unit>trimestre|semestre)(?:\s+(?:de\s+l['’]année\s+|de\s+|d['’]année\s+)?(?P<year>{YEAR})|\s+(?P<rel>{REL}|de\s+l['’]année\s+(?:dernière|prochaine|en\s+cours)|en\s+cours))?(?!\w)", _h_quarter(L), 1)
    L.add(r"\b(?P<mod>(?:au\s+)?(?:début|fin|milieu)\s+des\s+)?(?:(?:les|des|aux|dans\s+les)\s+)?années\s+(?P<dec>(?:19|20)\d0|\d0)(?![\w,.]\d)", _h_decade(L), 1)
    L.add(r"\b(?P<mod>(?:au\s+)?(?:début|fin|milieu)\s+du\s+)?(?P<c>[IVX]{1,5}|\d{1,2})(?:e|è|ème|eme)\s+siècle\b", _h_century(L), 1)
    L.add(rf"\b(?:du|entre\s+le|entre\s+les|des|les)\s+(?P<d1>{DAY})\s+(?:au|et\s+le|à|-|–)\s+(?P<d2>{DAY})\s+(?P<mon>{MON})(?!\w)(?:\s+(?P<year>{YEAR})(?!\d))?", _h_dayrange(L), 3)
    L.add(rf"{_NB}(?P<d1>{DAY})\s*[-–]\s*(?P<d2>{DAY})\s+(?P<mon>{MON})(?!\w)(?:\s+(?P<year>{YEAR})(?!\d))?", _h_dayrange(L), 3)
    # French TimeBank leaves "actuellement", "maintenant" mostly unannotated,
    # so French refs are kept to the unambiguous future/past adverbs.
    L.add(r"\b(?P<w>à\s+l['’]avenir|dans\s+l['’]avenir|autrefois|jadis|naguère)(?!\w)",
          _h_ref({"à l'avenir": "FUTURE_REF", "dans l'avenir": "FUTURE_REF", "autrefois": "PAST_REF", "jadis": "PAST_REF",
                  "naguère": "PAST_REF"}), -1)


def _h_relperiod_fr(L: _Lang) -> Handler:
    """French relative periods, normalising the three alternatives to one unit."""
    base = _h_relperiod(L)

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        g = m.groupdict()
        unit = (g.get("unit") or g.get("unit2") or g.get("unit3") or "").lower().replace("’", "'")
        unit = re.sub(r"^(?:le|la|l'|du|de l'|de|d')\s*", "", unit).strip()
        unit = {"an": "an", "année": "an", "week end": "week-end", "weekend": "week-end"}.get(unit, unit)
        if g.get("unit3") and not g.get("mod"):
            return None  # "de l'année" alone is not a date; "fin de l'année" is
        mm = _FakeMatch(m, {"unit": unit, "rel": g.get("rel") or "", "mod": g.get("mod")})
        return base(mm, c)  # type: ignore[arg-type]

    return h


class _FakeMatch:
    """A match-like view with replaced groups, to reuse a handler."""

    def __init__(self, m: re.Match[str], groups: dict[str, str | None]) -> None:
        self._m, self._g = m, groups

    def groupdict(self) -> dict[str, str | None]:
        return self._g

    def group(self, k: str) -> str | None:
        return self._g[k]

    def start(self, *a: object) -> int:
        return self._m.start()

    def end(self, *a: object) -> int:
        return self._m.end()


# ------------------------------ English --------------------------------------
def _build_en(L: _Lang) -> None:
    MON = _alt(list(L.months_full) + [a + "." for a in L.months_abbr] + list(L.months_abbr))
    MONF = _alt(L.months_full)
    WD = _alt(L.weekdays)
    DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    YEAR = r"(?:1\d{3}|20\d{2})"
    NUM = _alt(L.numbers)
    MOD = r"(?P<mod>(?:(?:the|by\s+the|at\s+the|in\s+the|until\s+the)\s+)?(?:(?:very\s+)?(?:early|late|mid-?|beginning\s+of|start\s+of|end\s+of|middle\s+of))\s*)"
    L.add(_NB + rf"(?:(?P<wd>{WD}),?\s+)?(?P<mon>{MON})(?!\w)\s*(?P<day>{DAY})(?![\w:]|\.\d)(?:,?\s+(?P<year>{YEAR})(?!\d))?", _h_fulldate(L), 2)
    L.add(_NB + rf"(?:(?P<wd>{WD}),?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<mon>{MON})(?!\w)(?:,?\s+(?P<year>{YEAR})(?!\d))?", _h_fulldate(L), 2)
    L.add(_NB + rf"{MOD}?(?P<mon>{MON})(?!\w),?\s+(?:of\s+)?(?P<year>{YEAR})" + _NA, _h_month_year(L), 1)
    L.add(rf"\b{MOD}?(?P<rel>last|next|this\s+past|this\s+coming|this|earlier\s+this|later\s+this)\s+(?P<mon>{MONF})(?!\w)", _h_month_rel(L), 1)
    L.add(rf"(?:\b{MOD}|\b)(?P<mon>{MONF})(?!\w)", _h_bare_month(L), 0)
    L.add(r"(?<![\w.,/:$#-])(?P<year>1\d{3}|20\d{2})(?![\w%/:]|[.,]\d|\s\d{3}\b|-\d)", _h_year(L), 0)
    L.add(r"(?<![\w.,/:$#-])(?P<y1>1\d{3}|20\d{2})\s?[-–]\s?(?P<y2>1\d{3}|20\d{2}|\d{2})(?![\w%/:-]|[.,]\d)", _h_yearrange(L), 2)
    L.add(rf"(?<![\w.,/:$#-])(?P<year>1\d{{3}}|20\d{{2}})(?=-\d)", _h_year(L), 0)
    L.add(rf"\b{MOD}(?P<year>{YEAR})" + _NA, _h_mod_year(L), 1)
    L.add(rf"{_NB}(?:(?P<iy>{YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])|(?P<a>[12]\d|3[01]|0?[1-9])/(?P<b>[12]\d|3[01]|0?[1-9])/(?P<y>{YEAR}|\d{{2}}))(?![\w/.]\d)", _h_numeric(L), 3)
    L.add(rf"\b(?:(?P<pre>this\s+past|this\s+coming|last|next|this|every|each)\s+)?(?P<wd>{WD})(?P<pl>s)?(?!\w)", _h_weekday(L), 0)
    L.add(r"\b(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|this\s+morning|this\s+afternoon|this\s+evening|last\s+night|earlier\s+today|later\s+today)(?!\w)(?:\s+(?:morning|afternoon|evening|night))?",
          _h_reldays({"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "this morning": 0, "this afternoon": 0,
                      "this evening": 0, "last night": -1, "earlier today": 0, "later today": 0,
                      "the day before yesterday": -2, "the day after tomorrow": 2}), 1)
    L.add(rf"\b(?:(?:by|at|in|until|since|from|to)\s+)?(?:(?P<mod>(?:the\s+)?(?:early|late|mid-?|beginning\s+of|start\s+of|end\s+of|middle\s+of))\s*(?:the\s+)?)?"
          rf"(?:(?P<rel>last|next|this|this\s+past|earlier\s+this|later\s+this|the\s+previous|the\s+coming)\s+(?P<unit>year|month|week|weekend|quarter|century|decade)"
          rf"|(?P<unit2>year)\s+(?P<rel2>previous|before))(?!\w|-)", _h_relperiod_en(L), 1)
    L.add(rf"\b(?:(?:the|by\s+the|at\s+the|in\s+the|until\s+the)\s+)?(?P<mod>beginning|start|end|middle)\s+of\s+the\s+(?P<unit>year|month|week)(?!\w)", _h_relperiod_en(L), 1)
    L.add(rf"\b(?P<n>\d{{1,3}}|{NUM}|a\s+few|several)\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+ago\b", _h_ago(L), 2)
    L.add(rf"\b(?:(?P<rel>last|next|this\s+past|this\s+coming|this)\s+|(?:in|during|by|until|since|over)\s+(?:the\s+)?(?:(?P<mod>early|late|mid-?)\s*)?)(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<year>{YEAR}))?(?!\w)", _h_season(L), 1)
    L.add(rf"\b(?:(?P<mod>early|late|mid-?)\s*)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<year>{YEAR})(?!\w)", _h_season(L), 1)
    L.add(rf"\b(?:the\s+)?(?P<ord>{_alt(L.ordinals)})(?:\s+|-)(?P<unit>quarter|half)(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<year>{YEAR})|(?P<rel>last\s+year|this\s+year|next\s+year|the\s+year|the\s+previous\s+year)))?(?!\w)", _h_quarter_en(L), 1)
    L.add(rf"\b(?P<qk>[QH])(?P<qn>[1-4])(?:\s+|-|\s*/\s*|')?(?P<year>{YEAR}|\d{{2}})?(?!\w)", _h_quarter(L), 1)
    L.add(r"\b(?P<mod>(?:the\s+)?(?:early|late|mid-?)\s*)?(?:the\s+)?(?P<dec>(?:19|20)\d0|['’]?\d0)s\b", _h_decade_en(L), 1)
    L.add(r"\b(?P<mod>(?:the\s+)?(?:early|late|mid-?)\s*)?(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)[\s-]+century\b", _h_century(L), 1)
    L.add(rf"{_NB}(?P<mon>{MON})\s+(?P<d1>{DAY})\s*(?:-|–|to|through|and|until)\s*(?P<d2>{DAY})(?![\w:])(?:,?\s+(?P<year>{YEAR})(?!\d))?", _h_dayrange(L), 3)
    L.add(r"\b(?P<w>now|nowadays|currently|at\s+present|presently|recently|recent|lately|soon|in\s+the\s+future|in\s+recent\s+years|recent\s+years)(?!\w)",
          _h_ref({"now": "PRESENT_REF", "nowadays": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
                  "at present": "PRESENT_REF", "presently": "PRESENT_REF", "recently": "PAST_REF", "recent": "PAST_REF",
                  "lately": "PAST_REF", "soon": "FUTURE_REF", "in the future": "FUTURE_REF", "formerly": "PAST_REF",
                  "previously": "PAST_REF", "so far": "PRESENT_REF", "to date": "PRESENT_REF",
                  "in recent years": "PAST_REF", "recent years": "PAST_REF", "ongoing": "PRESENT_REF"}), -1)


def _h_relperiod_en(L: _Lang) -> Handler:
    """English relative periods, normalising rel/unit alternatives."""
    base = _h_relperiod(L)

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        g = m.groupdict()
        unit = (g.get("unit") or g.get("unit2") or "").lower()
        rel = re.sub(r"\s+", " ", (g.get("rel") or g.get("rel2") or "").lower())
        rel = rel.removeprefix("the ")
        if rel in ("before",):
            rel = "previous"
        if rel in ("earlier this", "later this", "this past"):
            rel = "this" if rel != "this past" else "last"
        if unit == "year" and m.group(0).lower().endswith("year") and re.match(r"\s*'s?\b|\s*-", c.text[m.end():m.end() + 3]):
            pass
        mm = _FakeMatch(m, {"unit": unit, "rel": rel, "mod": g.get("mod")})
        return base(mm, c)  # type: ignore[arg-type]

    return h


def _h_quarter_en(L: _Lang) -> Handler:
    """English ordinal quarters; 'last quarter' without 'the' means the previous quarter."""
    base = _h_quarter(L)

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        g = m.groupdict()
        if g["ord"].lower() == "last" and not m.group(0).lower().startswith("the") and not g.get("year") and not g.get("rel"):
            y, q = _quarter_of(c.pub)
            y, mq = _add_months(y, (q - 1) * 3 + 1, -3)
            unit = g["unit"].lower()
            if unit == "half":
                return None
            return _hit(m, f"{y:04d}-Q{(mq - 1) // 3 + 1}", relative=True, kind="Q")
        rel = (g.get("rel") or "").lower()
        if rel in ("the year",):
            return None  # anaphoric
        if rel == "the previous year":
            g = dict(g, rel="last year")
            return base(_FakeMatch(m, g), c)  # type: ignore[arg-type]
        return base(m, c)

    return h


def _h_decade_en(L: _Lang) -> Handler:
    """'the 1990s', 'the '90s'."""
    base = _h_decade(L)

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        d = m.group("dec").lstrip("'’")
        if len(d) == 2 and not (m.group(0).lower().startswith("the") or "'" in m.group(0) or "’" in m.group(0)):
            return None  # "90s" alone can be ages or speeds
        return base(_FakeMatch(m, {"dec": d, "mod": m.group("mod")}), c)  # type: ignore[arg-type]

    return h


# ---------------------------------------------------------------------------
# selection and span merging
# ---------------------------------------------------------------------------
def _select(hits: list[_Hit]) -> list[_Hit]:
    """Keep the longest of overlapping hits (then the higher priority), in text order."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[_Hit] = []
    cluster: list[_Hit] = []
    cl_end = -1

    def flush() -> None:
        taken: list[_Hit] = []
        for h in sorted(cluster, key=lambda h: (-(h.end - h.start), -h.prio, h.start)):
            if all(h.end <= t.start or h.start >= t.end for t in taken):
                taken.append(h)
        out.extend(sorted(taken, key=lambda h: h.start))

    for h in hits:
        if cluster and h.start >= cl_end:
            flush()
            cluster = []
        cluster.append(h)
        cl_end = max(cl_end, h.end) if len(cluster) > 1 else h.end
    if cluster:
        flush()
    return out


_SPAN_OPEN = re.compile(r"(?:\b(?:de|du|d['’]|des|entre|depuis|from|between)\s*|^)$", re.IGNORECASE)
_SPAN_JOIN = re.compile(r"^\s*(?:à|a|au|aux|et|jusqu['’]à|jusqu['’]au|jusqu['’]en|to|and|until|till|through|-|–|—)\s*$", re.IGNORECASE)
_SPAN_JOIN_DASH = re.compile(r"^\s*[-–—/]\s*$")
_SPAN_OK_KINDS = {"Y", "M", "D", "S", "Q", "H", "DEC", "C"}


def _merge_spans(hits: list[_Hit], c: _Ctx) -> list[_Hit]:
    """Join 'de A à B' / 'between A and B' / 'A-B' into one mention with end_value."""
    out: list[_Hit] = []
    i = 0
    text = c.text
    while i < len(hits):
        a = hits[i]
        if i + 1 < len(hits) and a.kind in _SPAN_OK_KINDS:
            b = hits[i + 1]
            between = text[a.end:b.start]
            opener = text[max(0, a.start - 12):a.start]
            dash = _SPAN_JOIN_DASH.match(between) is not None and len(between) <= 3
            joined = _SPAN_JOIN.match(between) is not None and _SPAN_OPEN.search(opener) is not None \
                and re.search(r"\w", opener) is not None
            if (dash or joined) and b.kind in _SPAN_OK_KINDS and b.end_value is None:
                is_between = re.search(r"(?:entre|between)\s*$", opener, re.IGNORECASE) is not None
                conn = between.strip().lower()
                if not is_between and conn in ("et", "and"):
                    out.append(a)
                    i += 1
                    continue
                av = a.value
                if a.year_inferred and not b.year_inferred and a.month and len(b.value) >= 4 and b.value[:4].isdigit():
                    by = int(b.value[:4])
                    bm = int(b.value[5:7]) if len(b.value) >= 7 and b.value[4] == "-" and b.value[5:7].isdigit() else 12
                    y = by if a.month <= bm else by - 1
                    av = f"{y:04d}-{a.month:02d}" + (f"-{a.day:02d}" if a.day else "")
                if dash and a.kind == "Y" and b.kind == "Y" and int(b.value) <= int(av):
                    out.append(a)
                    i += 1
                    continue
                out.append(_Hit(a.start, b.end, av, end_value=b.value, mod=a.mod, relative=a.relative or b.relative,
                                kind="SPAN"))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


_THE_DAY = re.compile(
    r"\b(?:(?:late|early|later|earlier)\s+in\s+(?P<a>the\s+day)|(?P<b>the\s+same\s+day)"
    r"|(?:end|ends|ended|ending|finish|finished|finishing|close|closed|closing|start|started|starting)\s+(?P<c>the\s+day))\b",
    re.IGNORECASE)


def _anaphoric_day(hits: list[_Hit], c: _Ctx) -> list[_Hit]:
    """TimeML mode: 'ended the day', 'late in the day', 'the same day' = the last day mentioned before."""
    out = list(hits)
    for m in _THE_DAY.finditer(c.text):
        g = next(k for k in ("a", "b", "c") if m.group(k))
        s0, e0 = (m.start(), m.end()) if g == "a" else (m.start(g), m.end(g))
        if any(h.start < e0 and s0 < h.end for h in hits):
            continue
        prev = [h for h in hits if h.end <= s0 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", h.value)]
        value = prev[-1].value if prev else c.pub.isoformat()
        out.append(_Hit(s0, e0, value, relative=True, kind="D"))
    return sorted(out, key=lambda h: h.start)


# ---------------------------------------------------------------------------
# public API
# ---------------------------------------------------------------------------
def _as_date(published: _dt.date | _dt.datetime | str) -> _dt.date:
    if isinstance(published, _dt.datetime):
        return published.date()
    if isinstance(published, _dt.date):
        return published
    return _dt.date.fromisoformat(str(published)[:10])


def tag_dates(text: str, published: _dt.date, language: str, *, refs: bool = False) -> list[DateMention]:
    """Every date expression in text, resolved against published, in text order.

    refs=True also returns PRESENT_REF / PAST_REF / FUTURE_REF mentions
    ("actuellement", "recently"), which TimeML scores but a timeline must not
    turn into events.
    """
    pub = _as_date(published)
    lang = (language or "").lower()[:2]
    if lang not in ("fr", "en"):
        from .temporal_fallback import fallback_tag  # lazy: imports dateparser
        return fallback_tag(text, pub, lang)
    rules = _rules(lang)
    ctx = _Ctx(text, pub, lang, refs)
    hits: list[_Hit] = []
    for pat, handler, prio in rules.patterns:
        for m in pat.finditer(text):
            r = handler(m, ctx)
            if r is None:
                continue
            for h in (r if isinstance(r, list) else [r]):
                h.prio = max(h.prio, prio) if h.prio >= 0 else h.prio
                hits.append(h)
    sel = _merge_spans(_select(hits), ctx)
    if refs and lang == "en":
        sel = _anaphoric_day(sel, ctx)
    return [DateMention(h.start, h.end, text[h.start:h.end], h.value, h.end_value, h.mod, h.relative) for h in sel]
