"""Date tagger for news text: finds date expressions, resolves them to TimeML values.

Languages with a data module in ``lang/`` (French, English) use our own rules:
the module's regex sources find candidates, the resolvers here turn them into
values against the published date, with tense for year-less dates. Other
languages fall back to dateparser, imported lazily so that importing this
module stays cheap.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Callable, Sequence

from dateutil.easter import easter

from .lang import LanguageData, fold, for_language, literal_alternation, normalize, reporting_verb, spelled
from .mention import DateMention
from .prefilter import with_first_chars
from .temporal_fallback import fallback_tag
from .temporal_tense import (STRONG, future_right_before, opens_sentence, past_after_opener, past_right_before,
                             preposition_at, sentence_bounds, starts_at, tense_at, told_neither_way, told_past,
                             told_past_after, told_past_in_own_clause, told_past_perfect, told_past_perfect_then,
                             told_perfect, told_present, told_scheduled, told_undecided)

__all__ = ["DateMention", "tag_dates"]


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
    # "l'année précédente", "la veille": (unit, offset) from the last date the text gave, not publication
    anchor: tuple[str, int] | None = None
    # A year-less date whose year came from the tense and publication: a year the text named just
    # before may give it instead ("In 2019 … In late May, …", issue 9).
    tensed: bool = False
    # "two days later", "un an plus tôt": counted from the date the text gave, no date when it gave none
    told_only: bool = False
    # "on the Friday evening", "le vendredi": the weekday counted from the last day the text named (anchor "WD")
    weekday: int | None = None
    # "samedi", "on Tuesday" read from publication and the tense alone (the tense's sign): the same weekday the text
    # dated before may be the one meant (_weekday_dated)
    bare_weekday: int | None = None
    # "le même jour" told in the future (+1) or the past (-1): the day it repeats lies on that side of publication
    side: int = 0
    # "Valentine's Day", "Boxing Day" read from the tense alone: a frequency further away in its clause still makes
    # it a habit (_drop_habits)
    feast: bool = False
    # a season told in the future seen from the past ("said the pool would reopen in the summer"): a day gone by its
    # sentence names dates the saying (_season_from_saying)
    said_ahead: bool = False


class _Ctx:
    """What handlers need: the text, the published date, the language's data, a tense cache and folded sentences."""

    __slots__ = ("text", "pub", "data", "refs", "_tense", "_folds")

    def __init__(self, text: str, pub: _dt.date, data: LanguageData, refs: bool) -> None:
        self.text = text
        self.pub = pub
        self.data = data
        self.refs = refs
        self._tense: dict[tuple[int, int], int] = {}
        self._folds: dict[tuple[int, int], tuple[str, Sequence[int]]] = {}

    def folded(self, s: int, e: int) -> tuple[str, Sequence[int]]:
        """text[s:e] folded, with the offset in text of each folded character (_folded), folded once per text."""
        # _fact_anchor reads the sentence of every day for every "the day after X" of a text: unfolded, review 42
        # counted 3,490 calls, a third of a long article's tagging
        key = (s, e)
        if key not in self._folds:
            self._folds[key] = _folded(self.text, s, e)
        return self._folds[key]

    def tense(self, start: int, end: int) -> int:
        """Direction given by the nearest verb: -1 past, +1 future, 0 unknown."""
        key = (start, end)
        if key not in self._tense:
            self._tense[key] = tense_at(self.text, start, end, self.data)
        return self._tense[key]


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
    # a date a few days away beats one almost a year off: the verb was misread (a preposition is not)
    if abs(direction) < STRONG and abs((chosen - pub).days) > 240 and abs(closest[0]) <= 10:  # type: ignore[operator]
        chosen = closest[1]
    return chosen  # type: ignore[return-value]


def _resolve_m(pub: _dt.date, month: int, direction: int, verb_dates: bool = False) -> tuple[int, int]:
    """Year-less month: tense then proximity, at month granularity; ``verb_dates`` when a verb of the tense stands
    right before the month with only its own complements between, which no nearer month overrules."""
    cands: list[tuple[int, object]] = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        cands.append(((y - pub.year) * 12 + month - pub.month, (y, month)))
    chosen = _pick(cands, direction)
    dist = (chosen[0] - pub.year) * 12 + chosen[1] - pub.month  # type: ignore[index]
    closest = min(cands, key=lambda c: abs(c[0]))
    # a month far off when the nearest is a month or two away: the tense was misread ("Prices will rise again after
    # the cut in July", written in August, is the July gone by), unless a verb of the tense stands right before the
    # month ("The race will be held in June", written in August: the coming June; "hired a new baker in January",
    # written in November: the January gone by). Only a month: a day date a few days away keeps its safety above
    if abs(direction) < STRONG and not verb_dates and abs(dist) > 8 and abs(closest[0]) <= 2:
        chosen = closest[1]
    return chosen  # type: ignore[return-value]


def _resolve_wd(pub: _dt.date, wd: int, direction: int, rel: str = "") -> _dt.date:
    """Weekday name: 'dernier/last' strictly before, 'prochain/next' strictly after, else tense."""
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
    return pub - _dt.timedelta(days=back) if back <= fwd else pub + _dt.timedelta(days=fwd)


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_occ(y: int, s: str) -> tuple[_dt.date, _dt.date]:
    """First and last day of season s of year y (winter starts in December of y)."""
    m0 = _SEASON_START[s]
    start = _dt.date(y, m0, 1)
    ey, em = _add_months(y, m0, 3)
    return start, _dt.date(ey, em, 1) - _dt.timedelta(days=1)


def _season_next_to(year: int, month: str | None, season: str, k: int) -> int:
    """Year of the season before (k < 0), after (k > 0) or nearest (k = 0: "that spring") a year, or a month when the
    text gave one."""
    if month is None or not month.isdigit():
        return year + k  # "In 2019 … the winter before": 2018's
    first = _dt.date(year, int(month), 1)
    years = range(year - 2, year + 2)
    if k == 0:
        # "by the end of April … That spring": the spring holding April, else the one nearest to it
        return min(years, key=lambda y: max((_season_occ(y, season)[0] - first).days, (first - _season_occ(y, season)[1]).days, 0))
    if k < 0:
        return max(y for y in years if _season_occ(y, season)[1] < first)
    return min(y for y in years if _season_occ(y, season)[0] > first)


def _resolve_season(pub: _dt.date, s: str, rel: str, direction: int) -> int:
    """Year of a season named without one ('l'été dernier', 'this summer')."""
    occ = [(y, *_season_occ(y, s)) for y in (pub.year - 2, pub.year - 1, pub.year, pub.year + 1)]
    if rel == "last":
        return max(y for y, a, b in occ if b < pub)
    if rel == "next":
        return min(y for y, a, b in occ if a > pub)
    if rel == "begun":
        return max(y for y, a, b in occ if a <= pub)
    for y, a, b in occ:
        if a <= pub <= b:
            return y
    if rel == "this" and _SEASON_START[s] + 2 <= 12:
        # "this autumn" in March is the coming one, "cet été" in October the one gone: the season of
        # publication's year; only a winter, astride two years, is the nearest one. Told in the past, a season still
        # ahead is the one gone by when that one is nearer: « Cet automne, les inondations ont coûté cher », written in
        # January, is the autumn just gone; "We were promised a pool this summer", written in May, the summer ahead (a
        # future told of a season gone is left as it was: a tense misread likelier than a year ahead)
        own = next(o for o in occ if o[0] == pub.year)
        gone = max(o for o in occ if o[2] < pub)
        if direction < 0 and own[1] > pub and (pub - gone[2]).days < (own[1] - pub).days:
            return gone[0]
        return pub.year
    if rel == "this":
        direction = 0  # "this winter": astride two years, the nearest whatever the tense
    if direction < 0:
        return max(y for y, a, b in occ if b < pub)
    if direction > 0:
        return min(y for y, a, b in occ if a > pub)
    return min(occ, key=lambda o: min(abs((o[1] - pub).days), abs((o[2] - pub).days)))[0]


def _resolve_part(pub: _dt.date, n: int, months: int, direction: int) -> int:
    """Year of the n-th quarter (months=3) or half (months=6) named without a year, by tense.

    Past: the latest one begun by publication; future: the first one not yet over; unknown:
    the one nearest to publication.
    """
    occ = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        start = _dt.date(y, (n - 1) * months + 1, 1)
        ey, em = _add_months(y, (n - 1) * months + 1, months)
        occ.append((y, start, _dt.date(ey, em, 1) - _dt.timedelta(days=1)))
    if direction < 0:
        return max(y for y, a, b in occ if a <= pub)
    if direction > 0:
        return min(y for y, a, b in occ if b >= pub)
    return min(occ, key=lambda o: 0 if o[1] <= pub <= o[2] else min(abs((o[1] - pub).days), abs((o[2] - pub).days)))[0]


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
# rules: a language's regex sources (lang/<code>.py RULES) and the resolvers
# ---------------------------------------------------------------------------
Handler = Callable[[re.Match[str], _Ctx], "list[_Hit] | _Hit | None"]


def _spelled_key(words: str) -> str:
    """Matched words as a language's tables spell their keys: lower case, one space, the straight apostrophe."""
    return re.sub(r"\s+", " ", words.lower()).replace("’", "'")


_NB = r"(?<![\w./,:-])"           # no word/number glued before
_NA = r"(?![\w%/]|[.,:]\d|\s?\d)"  # no word/number glued after
_SPACE_OR_ELISION = r"(?:\s+|(?<=['’]))"  # after a word, a space; after an elided one ("l'accident"), none
_PIECE = re.compile(r"\{([A-Z]+)\}")


class _Lang:
    """One language's compiled rules, with the word tables and cues its resolvers read."""

    def __init__(self, data: LanguageData) -> None:
        self.data = data
        self.months_full: dict[str, int] = data.MONTHS_FULL
        self.weekdays: dict[str, int] = data.WEEKDAYS
        self.months = {**data.MONTHS_ABBR, **data.MONTHS_FULL, **data.MONTH_PERIODS}
        pieces = {
            "NB": _NB, "NA": _NA, "DAY": data.DAY, "YEAR": data.YEAR, "MOD": data.MOD, "REL": getattr(data, "REL", ""),
            "MON": literal_alternation(list(data.MONTHS_FULL) + [a + "." for a in data.MONTHS_ABBR] + list(data.MONTHS_ABBR)),
            "MONF": literal_alternation(data.MONTHS_FULL), "WD": literal_alternation(data.WEEKDAYS), "NUM": literal_alternation(data.NUMBERS),
            "ORD": literal_alternation(data.ORDINALS),
            "FEAST": "(?:" + spelled(data.FEASTS) + ")",
            "FEASTP": "(?:" + spelled(data.FEASTS_AFTER_PREP) + ")",
        }
        self.patterns: list[tuple[re.Pattern[str], Handler, int]] = []
        for name, prio, source in data.RULES:
            pattern = _PIECE.sub(lambda m: pieces[m.group(1)], source)
            # behind a lookahead on its first characters: the scan of the text per rule skips most positions at once
            self.patterns.append((with_first_chars(pattern, re.IGNORECASE), _HANDLERS[name](self), prio))
        self.ahead_not_after = re.compile(data.AHEAD_NOT_AFTER)
        self.ahead_ordinal = re.compile(data.AHEAD_ORDINAL_BEFORE)
        self.day = re.compile(rf"(?<!\w){data.DAY}(?!\w)", re.IGNORECASE)  # each day of a list ("les 2, 3 et 4 juin")
        self.date_prep = re.compile(data.DATE_PREP)
        self.clause_break = re.compile(data.CLAUSE_BREAK, re.IGNORECASE)
        self.back_to_present = re.compile(data.BACK_TO_PRESENT, re.IGNORECASE)
        # an aside after the year's comma, up to its own comma (no stop, no other clause's mark inside)
        self.year_aside = re.compile(rf"\s*(?:{data.YEAR_ASIDE})(?!\w)[^,;:.!?«»“”\"]*,", re.IGNORECASE)
        self.strong_year = re.compile(data.STRONG_YEAR_CONTEXT)
        self.year_unit_after = re.compile(data.YEAR_UNIT_AFTER)
        self.year_before_count = re.compile(data.YEAR_BEFORE_COUNT)
        self.month_frequency = re.compile(data.MONTH_FREQUENCY)
        self.habitual = re.compile(data.HABITUAL)
        self.since_clause = re.compile(data.SINCE_CLAUSE)
        self.feast_habitual = re.compile(rf"{data.HABITUAL}|\b(?:{data.FEAST_HABITUAL})\b")
        self.feast_annual = re.compile(rf"(?i)\b(?:{data.FEAST_HABITUAL})\b")
        # up to five words, none opening another clause ("the bank holiday weekend, when the festival usually…"),
        # and no comma: a frequency past one tells of another noun or clause ("on Christmas Day, the retailer's annual
        # report showed", "The road, normally busy, was empty on Christmas Day")
        self.feast_near = re.compile(rf"\s*(?:(?!(?:{data.CLAUSE_WORDS})\b)[^\W\d]+(?:-[^\W\d]+)*[\s'’]+){{0,5}}",
                                     re.IGNORECASE)
        self.before_name = {w: re.compile(p) for w, p in data.MONTHS_BEFORE_NAME.items()}
        self.unit_articles = re.compile(data.UNIT_ARTICLES) if data.UNIT_ARTICLES else None
        self.range_open = re.compile(rf"\b(?:{data.RANGE_FROM})\s*$")
        self.range_next = re.compile(rf"\s*(?:{data.RANGE_TO}|-|–)\s*(?P<wd>{pieces['WD']})", re.IGNORECASE)
        self.range_week = re.compile(data.RANGE_WEEK, re.IGNORECASE)
        self.range_close = re.compile(rf"\b(?:{data.RANGE_TO})\s*$")
        self.range_prev = re.compile(rf"(?:{pieces['WD']})\s*(?:{data.RANGE_TO}|-|–)\s*$", re.IGNORECASE)
        self.range_whole = re.compile(rf"\b(?:{data.RANGE_FROM})\s+(?:{pieces['WD']})\s+(?:{data.RANGE_TO})\s*$", re.IGNORECASE)
        self.span_open = re.compile(rf"(?:\b(?:{data.SPAN_OPEN})\s*(?:{data.SPAN_ARTICLE})?|^)$", re.IGNORECASE)
        # (a comma may close the first date's apposition: "from Thursday, June 4, to Saturday, June 6")
        self.span_join = re.compile(rf"^\s*(?:,\s*)?(?P<join>{data.SPAN_JOIN}|-|–|—)\s*(?:{data.SPAN_ARTICLE})?$",
                                    re.IGNORECASE)
        self.date_tail = re.compile(rf"\s+(?:{data.DATE_TAIL})\b", re.IGNORECASE)
        # a time of day on a span's ends ("from 10am on Saturday 4 May to 4pm on Sunday 5 May", « du samedi 1er
        # décembre à 10 h au dimanche 23 décembre à 19 h »): the hours are no dates, the days still make one span
        # (before a day, a time's "at" may be the span's "à" itself: « de 21 heures vendredi à 6 heures lundi »)
        self.clock_before = re.compile(rf"\s*(?:{data.CLOCK_TIME})\s*(?:,\s*)?(?:(?:{data.DAY_ON})\s+)?$", re.IGNORECASE)
        self.clock_after = re.compile(rf"\s*,?\s*(?:(?:{data.CLOCK_AT})\s+)?(?:{data.CLOCK_TIME})", re.IGNORECASE)
        self.edition_before = re.compile(data.EDITION_BEFORE)
        # "la veille du vote", "the day before the accident": a lead, the fact's article, its noun (group "noun")
        # (not after a bare "d'": "la soirée d'ouverture" is a kind of evening, "au lendemain d'une attaque" another fact)
        self.fact_day = re.compile(rf"(?<!\w)(?P<lead>{spelled(data.FACT_DAY_LEADS)})\s+(?!d['’])(?:{data.FACT_OFFSET_OF})"
                                   rf"(?:(?:{data.FACT_OFFSET_ARTICLES}){_SPACE_OR_ELISION})?(?P<noun>[^\W\d_]{{4,}})",
                                   re.IGNORECASE)
        # between a fact's noun and a date that is its own: "la réunion du 9 avril", "the vote of 2 March"
        self.fact_own_date = re.compile(rf"\s*(?:{data.FACT_OFFSET_OF})?", re.IGNORECASE)
        self.fact_day_leads = {_spelled_key(k): v for k, v in data.FACT_DAY_LEADS.items()}
        # right before a date, a lead that counts days from it ("the day after May 11", « la veille du 3 octobre »), or
        # from the fact the date names with an article ("the morning after the May 11 vote": group "article")
        self.day_lead_before = re.compile(rf"(?<!\w)(?P<lead>{spelled(data.FACT_DAY_LEADS)})\s+(?:{data.FACT_OFFSET_OF})?"
                                          rf"(?P<article>(?:{data.FACT_OFFSET_ARTICLES}){_SPACE_OR_ELISION})?$",
                                          re.IGNORECASE)
        self.noun_after_date = re.compile(r"\s+[^\W\d_]{3,}")
        # after "the Monday after", « le lundi suivant »: the fact's article and noun ("the race", « la réunion »)
        self.fact_noun = re.compile(rf"\s+(?:{data.FACT_OFFSET_OF})?(?:(?:{data.FACT_OFFSET_ARTICLES}){_SPACE_OR_ELISION})"
                                    rf"(?P<noun>[^\W\d_]{{4,}})", re.IGNORECASE)
        self.fact_modifier = re.compile(data.FACT_NOUN_MODIFIER)
        # right before a fact's word in the sentence that dates it, a count from that fact ("Douze jours après sa
        # chute, il a quitté hier l'hôpital", "five days after the attack"): the sentence's day is not the fact's
        counted_units = spelled(w for w, u in data.UNITS.items() if u in ("day", "week", "fortnight", "month", "year"))
        # a fact's noun phrase opens with an article of a known fact or an indefinite one ("five days after a crash")
        fact_articles = rf"(?:{data.FACT_OFFSET_ARTICLES}|{data.INDEFINITE_ARTICLES}){_SPACE_OR_ELISION}"
        self.fact_count = re.compile(rf"(?<!\w)(?P<n>\d{{1,2}}|{spelled(data.NUMBERS)})\s+(?P<unit>{counted_units})\s+"
                                     rf"(?P<dir>{spelled(data.FACT_OFFSET_DIRECTIONS)})\s+(?:{data.FACT_OFFSET_OF})?"
                                     rf"(?:{fact_articles})?$", re.IGNORECASE)
        self.fact_directions = {fold(k): v for k, v in data.FACT_OFFSET_DIRECTIONS.items()}
        # before a fact's word, what makes it no head of the sentence that dates it: another word's complement ("the man
        # accused of the attack appeared in court on Monday") or a relative clause's verb ("panel on Thursday
        # suspended the rider who crashed into him"): that day is another fact's
        self.fact_aside = re.compile(rf"(?<!\w)(?:(?:{data.DATE_OF_FACT}){_SPACE_OR_ELISION}(?:{fact_articles})?|"
                                     rf"(?P<rel>{data.ASIDE_RELATIVE})\s+(?:[^\W\d_]+\s+){{0,2}})$", re.IGNORECASE)
        # between a fact's word and a day right after it that is the fact's own, whatever the word is a complement of
        # ("photos of the crash on Monday were shared", « les images de l'accident du 3 mars »)
        self.fact_own_day = re.compile(rf"\s*(?:(?:{data.DAY_ON})\s+|{data.FACT_OFFSET_OF})?", re.IGNORECASE)
        self.edition_after = re.compile(data.EDITION_AFTER)
        self.edition_next_year = re.compile(data.EDITION_NEXT_YEAR)
        self.edition_next_opens = re.compile(data.EDITION_NEXT_OPENS)
        self.edition_topic = re.compile(data.EDITION_TOPIC)
        self.edition_topic_verb = re.compile(data.EDITION_TOPIC_VERB)
        # a verb of saying or publishing a few words before a date: the date is the telling's ("said in June",
        # "publié en juin"), not a day of the edition the sentence names
        self.edition_told = re.compile(
            rf"(?<!\w)(?:{spelled([*data.REPORTING_PRESENT, *data.REPORTING_PARTICIPLES, *data.EDITION_TOLD])})"
            rf"\s+(?:[^\W\d]+['’]?\s*){{0,3}}$", re.IGNORECASE)
        self.span_join_lead = re.compile(rf"(?:{data.SPAN_JOIN})\s+(?:{data.SPAN_ARTICLE})?(?=\w)", re.IGNORECASE)
        self.span_between = re.compile(rf"(?:{data.SPAN_BETWEEN})\s*(?:{data.SPAN_ARTICLE})?$", re.IGNORECASE)
        self.between_word = re.compile(rf"(?<!\w)(?:{data.SPAN_BETWEEN})(?!\w)", re.IGNORECASE)
        self.anaphoric_day = re.compile(data.ANAPHORIC_DAY) if data.ANAPHORIC_DAY else None
        self.weekday_monthly = re.compile(data.WEEKDAY_MONTHLY_AFTER)
        self.night_of = re.compile(rf"(?:{data.NIGHT_OF})\s*$", re.IGNORECASE)
        self.weekday_monthly_before = re.compile(data.WEEKDAY_MONTHLY_BEFORE)
        self.weekday_named = re.compile(data.WEEKDAY_NAMED)
        self.weekday_ahead = re.compile(data.WEEKDAY_AHEAD)
        self.weekday_plan = re.compile(data.WEEKDAY_PLAN)
        self.weekday_plan_past = re.compile(data.WEEKDAY_PLAN_PAST)
        self.weekday_plan_dated = re.compile(data.WEEKDAY_PLAN_DATED)
        self.weekday_plan_event = re.compile(data.WEEKDAY_PLAN_EVENT)
        self.match_words = re.compile(data.MATCH_WORDS)
        # a verb of saying anywhere in the sentence: "would" is then the future seen from it, not a habit of the
        # past ("When he was mayor, Pryce would visit the market in January")
        self.saying = re.compile(rf"(?i)(?<!\w){reporting_verb(data)}(?!\w)")
        # a month or a year named earlier in a sentence dates what it tells (a weekday is the week's news) ("In November, the firm said …")
        self.named_date = re.compile(rf"(?i)(?<!\w)(?:{pieces['MONF']}|{data.YEAR})(?!\w)")
        self.weekday_the = re.compile(data.WEEKDAY_THE)
        # "that July", "that summer": a demonstrative before a month or a season points at the year the text tells
        that = [w for w in data.REL_THAT if w[:1].isalpha()]
        self.that_before = re.compile(rf"(?i)\b(?:{literal_alternation(that)})\s+$" if that else r"(?!)")
        # ... unless "that" is the conjunction: after a verb of saying ("said on Tuesday that"), or before a clause
        self.that_saying = re.compile(rf"(?i)\b{reporting_verb(data)}(?:\s+[^\W\d]+){{0,3}}\s+$")
        self.that_clause_after = re.compile(data.THAT_CLAUSE_AFTER)
        # the words of feasts, which date a year they stand before ("Christmas 2019", "Noël 2019"), a hyphenated one
        # whole ("la Saint-Valentin 2023"), and the capitalised words that name a holiday or a thing, never a name's
        # owner ("Ramadan 2024": NOT_NAMES)
        feasts = [*data.FEASTS, *data.FEASTS_AFTER_PREP]
        self.date_words = frozenset([*(k.lower() for k in feasts), *(w for k in feasts for w in re.findall(r"[^\W\d_]+", k.lower())),
                                     *(w for w in data.NOT_NAMES if " " not in w)])
        self.weekday_the_after = re.compile(data.WEEKDAY_THE_AFTER)
        self.deadline_before = re.compile(data.DEADLINE_BEFORE)
        self.feast_prep = re.compile(data.FEAST_PREP, re.IGNORECASE)
        self.feast_rel = re.compile(data.FEAST_REL, re.IGNORECASE)
        self.feast_weekend = re.compile(data.FEAST_WEEKEND, re.IGNORECASE)
        self.holiday_weekend_cue = re.compile(data.HOLIDAY_WEEKEND_CUE)
        self.bound_before = re.compile(data.BOUND_BEFORE)
        self.month_names_event = re.compile(data.MONTH_NAMES_EVENT)
        self.month_period_lead = re.compile(data.MONTH_PERIOD_LEAD)
        self.day_names_event = re.compile(data.DAY_NAMES_EVENT)
        self.range_after_month = re.compile(rf"\s*(?:{data.SPAN_JOIN})\s", re.IGNORECASE)
        self.weekday_habit = re.compile(data.WEEKDAY_HABIT)
        self.weekday_except = re.compile(rf"(?:{data.WEEKDAY_EXCEPT})\s+$", re.IGNORECASE)
        self.plan_failed = re.compile(data.PLAN_FAILED)
        self.plan_overdue = re.compile(data.PLAN_OVERDUE)
        self.ordinal_day = re.compile(data.ORDINAL_DAY) if data.ORDINAL_DAY != r"(?!)" else None
        self.period_results_after = re.compile(data.PERIOD_RESULTS_AFTER)
        self.period_results_before = re.compile(data.PERIOD_RESULTS_BEFORE)
        self.weekday_list = re.compile(_PIECE.sub(lambda m: pieces[m.group(1)], data.WEEKDAY_LIST), re.IGNORECASE)
        self.weekday_attribute_before = re.compile(data.WEEKDAY_ATTRIBUTE_BEFORE)
        self.weekday_attribute_after = re.compile(data.WEEKDAY_ATTRIBUTE_AFTER)
        self.century_attribute_before = re.compile(data.CENTURY_ATTRIBUTE_BEFORE)
        self.century_attribute_after = re.compile(data.CENTURY_ATTRIBUTE_AFTER)
        self.weekday_kind_after = re.compile(data.WEEKDAY_KIND_AFTER)
        self.weekday_kind_past = re.compile(data.WEEKDAY_KIND_PAST)
        self.weekday_compound = re.compile(data.WEEKDAY_COMPOUND)
        self.weekday_compound_not_after = re.compile(data.WEEKDAY_COMPOUND_NOT_AFTER)
        self.weekday_compound_habit = re.compile(data.WEEKDAY_COMPOUND_HABIT)
        self.date_name = re.compile(_PIECE.sub(lambda m: pieces[m.group(1)], data.DATE_NAME))
        self.weekday_for_before = re.compile(data.WEEKDAY_FOR_BEFORE)
        self.weekday_summoned = re.compile(data.WEEKDAY_SUMMONED)
        self.weekday_summoned_to = re.compile(data.WEEKDAY_SUMMONED_TO)
        self.weekday_for_not_after = re.compile(data.WEEKDAY_FOR_NOT_AFTER)
        self.weekday_incident_before = re.compile(data.WEEKDAY_INCIDENT_BEFORE)
        self.weekday_incident_after = re.compile(data.WEEKDAY_INCIDENT_AFTER)
        self.weekday_incident_owned = re.compile(data.WEEKDAY_INCIDENT_OWNED)
        self.weekday_list_plural = re.compile(_PIECE.sub(lambda m: pieces[m.group(1)], data.WEEKDAY_LIST_PLURAL), re.IGNORECASE)

    def month_num(self, tok: str) -> int | None:
        """Month number of a month word ('juil.', 'September')."""
        return self.months.get(tok.lower().rstrip("."))

    def month_case_ok(self, tok: str) -> bool:
        """Whether a month word is written as the language writes months (English capitalises them)."""
        return tok[0].isupper() or not self.data.MONTHS_CAPITALISED

    def direction(self, rel: str) -> int:
        """-1 for a word of the past ('dernier', 'last'), +1 for one of the future ('prochain', 'next'), else 0."""
        if rel.startswith(self.data.REL_LAST):
            return -1
        if rel.startswith(self.data.REL_NEXT):
            return 1
        return 0


def _year_ok(y: int) -> bool:
    """Whether a number may be a year at all; the 2100s too, for texts written then (dev pages of 2102)."""
    return 1000 <= y <= 2199


def _mod_of(L: _Lang, word: str | None) -> str | None:
    """TimeML mod (START, MID, END) from a modifier word ('début', 'late', 'mi-')."""
    if not word:
        return None
    words = word.lower().strip(" -").split()
    # The modifier may follow a preposition or an article: "au début de", "by the end of".
    for i in range(len(words)):
        rest = " ".join(words[i:])
        for mod, prefixes in L.data.MODS:
            if rest.startswith(prefixes):
                return mod
    return None


def _hit(m: re.Match[str], value: str, **kw: object) -> _Hit:
    return _Hit(m.start(), m.end(), value, **kw)  # type: ignore[arg-type]


# ------------------------------ handlers -------------------------------------
# How far from publication a day naming a fact ("le vote du 14 mai") is the nearest one whatever the verb: about two
# months, the news of the article; further off the verb tells whether it has passed.
_NAMED_DAY_NEAR = 60


def _h_fulldate(L: _Lang) -> Handler:
    """Day + month (+ year), optionally with a weekday and 'dernier/last'."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        g = m.groupdict()
        mon = L.month_num(g["mon"])
        if mon is None:
            return None
        mon_tok = g["mon"].lower().rstrip(".")
        day_s = g["day"].lower()
        day = 1 if day_s in L.data.DAY_ONE else int(re.sub(r"\D", "", day_s))
        if not L.month_case_ok(g["mon"]):
            return None
        if mon_tok in L.data.MONTHS_ABBR_NEED_DOT_OR_YEAR and not g["mon"].endswith(".") and not g.get("year"):
            return None  # "sept" is also seven and "mar" a word: abbreviations need a dot or a year
        wd = L.weekdays.get((g.get("wd") or "").lower())
        ys = g.get("year")
        if ys:
            y = int(ys) if len(ys) == 4 else _year2(ys)
            date = _safe_date(y, mon, day) if _year_ok(y) else None
            if date is None:
                return None
            if wd is not None and date.weekday() != wd and "\n" in c.text[m.end("wd"):m.start("day")]:
                # a headline ending on a weekday above its dateline ("… closed until Friday\nSeptember 18,
                # 2008"): two dates, the weekday read on its own
                start = min(m.start("mon"), m.start("day"))
                return _Hit(start, m.end(), f"{y:04d}-{mon:02d}-{day:02d}", month=mon, day=day, kind="D")
            return _hit(m, f"{y:04d}-{mon:02d}-{day:02d}", month=mon, day=day, kind="D")
        rel = (g.get("rel") or "").lower()
        if rel:
            last = L.direction(rel) < 0
            cands = [_safe_date(y, mon, day) for y in (c.pub.year - 1, c.pub.year, c.pub.year + 1)]
            ok = [d for d in cands if d and (d < c.pub if last else d > c.pub)]
            if not ok:
                return None
            d = max(ok) if last else min(ok)
        else:
            # "la mise à jour du 11 janvier" names a fact by its day: the nearest such day, whatever the main verb
            # ("fermée du 3 mai au 20 juin" opens a range: the tense reads it)
            named = wd is None and L.day_names_event.search(c.text, max(0, m.start() - 30), m.start()) is not None \
                and not L.range_after_month.match(c.text, m.end())
            d = _resolve_md(c.pub, mon, day, 0, wd) if named else None
            if d is None or abs((d - c.pub).days) > _NAMED_DAY_NEAR:
                # a fact named by a day months away is dated by the verb, as any day is ("le match du 15 septembre se
                # jouera à huis clos", written in February, is the coming one: session 31 review)
                d = _resolve_md(c.pub, mon, day, c.tense(m.start(), m.end()), wd)
        if d is None:
            return None
        return _hit(m, d.isoformat(), relative=True, year_inferred=True, month=mon, day=day, kind="D",
                    tensed=not rel and wd is None)

    return h


def _h_month_year(L: _Lang) -> Handler:
    """Month + year ('juin 2024', 'fin décembre 2024', 'November 2006')."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        mon = L.month_num(m.group("mon"))
        if mon is None or not L.month_case_ok(m.group("mon")):
            return None
        ys = m.group("year")
        y = int(ys) if len(ys) == 4 else _year2(ys)
        if not _year_ok(y):
            return None
        return _hit(m, f"{y:04d}-{mon:02d}", mod=_mod_of(L, m.group("mod")), month=mon, kind="M")

    return h


def _h_month_rel(L: _Lang) -> Handler:
    """Month + 'dernier/prochain' or 'last/next/this' + month; also 'mai et juin derniers'."""

    def h(m: re.Match[str], c: _Ctx) -> list[_Hit] | None:
        g = m.groupdict()
        rel = (g.get("rel") or g.get("rel2") or "").lower()
        direction = L.direction(rel)
        out: list[_Hit] = []
        for key in ("mon0", "mon"):
            tok = g.get(key)
            if not tok:
                continue
            mon = L.month_num(tok)
            if mon is None or not L.month_case_ok(tok):
                return None
            if direction < 0:
                y = c.pub.year if mon < c.pub.month else c.pub.year - 1
            elif direction > 0:
                y = c.pub.year if mon > c.pub.month else c.pub.year + 1
            else:
                y, _ = _resolve_m(c.pub, mon, c.tense(m.start(), m.end()))
            s = m.start(key) if key == "mon0" else m.start()
            e = m.end(key) if key == "mon0" else m.end()
            if key == "mon" and g.get("mon0"):
                s = m.start("mon")
            out.append(_Hit(s, e, f"{y:04d}-{mon:02d}", mod=_mod_of(L, g.get("mod")) if key == "mon" else None,
                            relative=True, month=mon, kind="M"))
        return out or None

    return h


def _named_month(L: _Lang, m: re.Match[str]) -> int | None:
    """The number of the month a match names in its 'mon' group, None when its spelling is no month here."""
    tok = m.group("mon")
    mon = L.month_num(tok)
    return mon if mon is not None and L.month_case_ok(tok) else None


def _h_month_relyear(L: _Lang) -> Handler:
    """A month in a year named relatively: 'in April last year', 'en avril de l'année dernière'."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        mon = _named_month(L, m)
        if mon is None:
            return None
        y = c.pub.year + L.direction(m.group("rel").lower().split()[-1])  # "l'an dernier": its last word
        return _hit(m, f"{y:04d}-{mon:02d}", relative=True, month=mon,
                    kind="M")

    return h


def _that_conjunction(L: _Lang, c: _Ctx, that: int, end: int) -> bool:
    """Whether the demonstrative-looking word at ``that`` before a date word ending at ``end`` is a conjunction:
    'Forecasters warn that July will be…', 'Police said on Tuesday that Monday's crash…' (no 'that July')."""
    return L.that_saying.search(c.text, max(0, that - 60), that) is not None \
        or L.that_clause_after.match(c.text, end) is not None


def _h_month_textyear(L: _Lang) -> Handler:
    """A month in a year the text named before: 'in November of that year', 'en mai de l'année suivante'."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        mon = _named_month(L, m)
        if mon is None:
            return None
        rel = m.group("tyrel").lower()
        k = 1 if any(w in rel for w in L.data.YEAR_AFTER) else -1 if any(w in rel for w in L.data.YEAR_BEFORE) else 0
        # the year is read in _from_text; publication's stands only until then
        return _hit(m, f"{c.pub.year:04d}-{mon:02d}", relative=True, month=mon, kind="M", anchor=("MY", k))

    return h


def _would_of_saying(L: _Lang, c: _Ctx, start: int, end: int) -> bool:
    """Whether "would" before a date in its clause is the future seen from a saying in its sentence ("the council
    would review its grants in January", Barrow added), not a habit of the past ("Pryce would visit the market in
    January" when he was mayor), which dates nothing ahead."""
    if not L.weekday_ahead.search(c.text, max(0, start - 60), start):
        return False
    s, e = sentence_bounds(c.text, start, end)
    return L.saying.search(c.text, s, e) is not None


def _dated_saying(L: _Lang, c: _Ctx, start: int, end: int) -> bool:
    """Whether the sentence of a date dates a saying before it ("In November, the firm said the plant would close in
    January", "On January 28 the club said … at the end of the month"): its tense is seen from that day, not from
    publication."""
    s, e = sentence_bounds(c.text, start, end)
    # a period's start ("Harkmoor's greyhound track since 1938, will close at the end of the year, the owner announced")
    # dates no saying: it reaches the present
    named = any(not _period_start(c.text, m.start(), L) for m in L.named_date.finditer(c.text, s, start))
    return named and L.saying.search(c.text, s, e) is not None


def _h_bare_month(L: _Lang) -> Handler:
    """A month name alone ('en mars', 'in June'): year from tense, else closest; 'of that year' from the text."""
    of_that_year = _h_month_textyear(L)

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        if m.group("tyrel"):
            return of_that_year(m, c)
        tok = m.group("mon")
        mon = L.months_full.get(tok.lower()) or L.data.MONTH_PERIODS.get(tok.lower())
        if mon is None:
            return None
        before = c.text[max(0, m.start() - 25):m.start()]
        # a preposition opening the sentence is one too ("Depuis la rentrée, …")
        prep = L.date_prep.search(before.lower()) is not None or bool(m.group("mod"))
        after = c.text[m.end():m.end() + 3]
        sent_start = not before.strip() or before.rstrip()[-1:] in ".!?\n«\"(:"
        if L.data.MONTHS_LOWERCASE and tok[0].isupper() and not tok.isupper() and not sent_start:
            return None  # French months are lower-case: "Mars" the planet, "Avril" a first name
        if not L.month_case_ok(tok):
            return None
        name_next = L.before_name.get(tok.lower())
        if name_next is not None and name_next.match(after) and not prep:
            return None  # a first name followed by a surname, "Mars Express"
        if tok.lower() in L.data.MONTHS_NEED_PREP and not prep:
            return None  # "May" is a modal or a surname unless a preposition makes it a month
        if L.month_frequency.search(before.lower()):
            return None  # "chaque mars", "every June": a habit
        that = L.that_before.search(before) if not m.group("mod") else None
        if that is not None and not _that_conjunction(L, c, m.start() - len(before) + that.start(), m.end()):
            # "the virus reached the island that July": the July of the year the text is telling, none when it told
            # none (read in _from_text, as "in July of that year")
            return _hit(m, f"{c.pub.year:04d}-{mon:02d}", relative=True, month=mon, kind="M", anchor=("MY", 0))
        named = not m.group("mod") and L.month_names_event.search(before) and not L.range_after_month.match(c.text, m.end())
        # "pour la rentrée de septembre": the preposition before the period dates the month, as one right before it
        # would, unless the month's own reading is a past ("a rouvert pour la rentrée de septembre", written in
        # October: the September gone by, as before the preposition was read)
        period = L.month_period_lead.search(before) if not m.group("mod") else None
        direction = 0 if named else c.tense(m.start(), m.end())
        if period and not named and direction >= 0:
            direction = c.tense(m.start() - len(before) + period.start(), m.end())
        # "le recensement de mars" names a fact by its month: the main verb tells of something else (issue 9)
        if direction == 0 and not named and _would_of_saying(L, c, m.start(), m.end()) \
                and not _dated_saying(L, c, m.start(), m.end()):
            # "the council would review its grants in January": ahead of the saying, as a weekday is, unless the
            # sentence dated the saying ("In November, the firm said the plant would close in January")
            direction = 1
        # a plan's participle or a timetable's present right before the month dates it as a future verb does ("The
        # hearing is scheduled for September", "The report is expected in September", written in November: the
        # coming September, ten months on, not the one gone by two months back)
        verb_dates = direction > 0 and (future_right_before(c.text, m.start(), c.data)
                                        or told_scheduled(c.text, m.start(), m.end(), c.data)) \
            or direction < 0 and (past_right_before(c.text, m.start(), c.data)
                                  or past_after_opener(c.text, m.start(), m.end(), c.data))
        y, mo = _resolve_m(c.pub, mon, direction, verb_dates)
        return _hit(m, f"{y:04d}-{mo:02d}", mod=_mod_of(L, m.group("mod")), relative=True,
                    year_inferred=True, month=mon, kind="M", tensed=True)

    return h


def _h_year(L: _Lang) -> Handler:
    """A 4-digit year, only in a date context and a plausible range."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        y = int(m.group("year"))
        before = c.text[max(0, m.start() - 30):m.start()]
        bl = before.lower()
        after = c.text[m.end():m.end() + 30]
        # identifiers: "n° 2015", "Boeing 1990", "page 2004", "A-2000"
        prev_word = re.search(r"([\w°.]+)\W*$", bl)
        if prev_word and prev_word.group(1) in L.data.ID_PREFIXES:
            return None
        if re.search(r"[$€£#]\s*$|\d[\s\u00a0]$", before):
            return None  # amounts and thousands groups ("2 500", "$2000")
        if _COPYRIGHT.search(before):
            return None  # "© 2024 Gazette": a page's footer, no date of the story
        nxt = re.match(r"\s*([^\W\d_][\w/²]*)", after)
        if nxt and nxt.group(1).lower() in L.data.COUNT_NOUNS:
            return None
        if L.year_unit_after.match(after):
            return None
        strong = L.strong_year.search(before) is not None
        if not strong and not 1900 <= y <= 2099 or y > max(2099, c.pub.year + 15):
            # the 2100s only for texts written near them: "the 0645 and 2115 departures", "rose to 2150" are no years
            return None
        # "2000 personnes": a lower-case plural noun after the number makes it a count, even after "de"
        if nxt is not None and nxt.group(1)[0].islower() and nxt.group(1).endswith(L.data.COUNT_PLURAL_ENDINGS) \
                and not nxt.group(1).endswith(L.data.COUNT_SINGULAR_ENDINGS) \
                and nxt.group(1).lower() not in L.data.COUNT_PLURAL_STOP and not L.year_before_count.search(before):
            return None
        if not strong and (_in_name(L, before) or _quoted_name(L, before, after)):
            return None  # "Russell 2000 Index", "Château Vérac 1961", "Euro 2016": a name's year, no date
        if not _year_ok(y):
            return None
        if not strong and y > c.pub.year + 15:
            return None
        return _hit(m, f"{y:04d}", kind="Y")

    return h


_NAME_BEFORE = re.compile(r"\b([A-ZÀ-Ý][^\W\d_]*(?:-[^\W\d_]+)*) $")
_OPENS = re.compile(r"(?:^|[.!?:;«»\"“(\n])\s*$")


def _in_name(L: _Lang, before: str) -> bool:
    """Whether a bare year is part of a name: glued after a capitalised word that opens no sentence and is no month,
    weekday or feast ("Château Vérac 1961 sold", "Windows 2000 Server"). A year dates a story after a preposition
    or an article, not right after a proper name (session 24's dev stories: a vintage read as the sale's date)."""
    m = _NAME_BEFORE.search(before)
    if m is None or _OPENS.search(before, 0, m.start(1)):
        return False  # "In 2019", "« Depuis 2019": the word opens its sentence, a preposition
    return not _date_word(L, m.group(1).lower())


def _date_word(L: _Lang, word: str) -> bool:
    """Whether a lower-cased word is a month, a weekday or a feast's word, which a year after it dates."""
    return bool(L.month_num(word) or word in L.weekdays or word in L.date_words)


_QUOTED_NAME_BEFORE = re.compile(r"[«“\"]\s*([A-ZÀ-Ý][^\W\d_]*(?:[\s-][A-ZÀ-Ý][^\W\d_]*)*)\s$")
_QUOTED_NAME_AFTER = re.compile(r"\s*[»”\"]")


def _quoted_name(L: _Lang, before: str, after: str) -> bool:
    """Whether a bare year closes a name in quotation marks ("son plan « Delaunay 2040 »", "the “Vision 2030”
    strategy"): a plan's or a programme's name, no date; a quoted date opens on a preposition ("« Depuis 2019 »")."""
    m = _QUOTED_NAME_BEFORE.search(before)
    if m is None or not _QUOTED_NAME_AFTER.match(after):
        return False
    first = m.group(1).split()[0].split("-")[0].lower()
    return not _date_word(L, first) and not L.date_prep.search(first + " ")


_COPYRIGHT = re.compile(r"(?:©|\([cC]\)|\b[Cc]opyright)\s*$")


def _h_mod_year(L: _Lang) -> Handler:
    """'début 2024', 'mi-2023', 'late 2006', 'the end of 2024'."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        y = int(m.group("year"))
        if not _year_ok(y):
            return None
        return _hit(m, f"{y:04d}", mod=_mod_of(L, m.group("mod")), kind="Y")

    return h


def _h_numeric(L: _Lang) -> Handler:
    """Numeric dates: ISO, then day/month/year or month/day/year as the language orders them."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        g = m.groupdict()
        if g.get("iy"):
            y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
        else:
            a, b, ys = int(g["a"]), int(g["b"]), g["y"]
            y = int(ys) if len(ys) == 4 else _year2(ys)
            d, mo = (a, b) if L.data.DATE_ORDER == "DMY" else (b, a)
            if mo > 12 >= d:
                d, mo = mo, d  # "13/04" written month first is still the 13th
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
        if L.data.WEEKDAYS_CAPITALISED and not tok[0].isupper():
            return None
        if g.get("pl"):
            return None  # "les samedis", "on Mondays": a frequency
        pre_words = re.sub(r"\s+", " ", (g.get("pre") or "").lower().strip())
        pre = L.data.WEEKDAY_PRE.get(pre_words, "")
        if pre == "every":
            return None
        if pre == "regular":
            # "a weekly Thursday meeting": a habit's day; "the weekly Thursday meeting was cancelled": told in the past
            # after "the", that week's one
            if not (c.tense(m.start(), m.end()) < 0 and L.weekday_the.search(c.text, max(0, m.start() - 30), m.start())):
                return None
            pre = ""
        if pre == "usually" and not g.get("rel"):
            direction = c.tense(m.start(), m.end())
            if direction == 0 or (direction > 0 and not L.weekday_the_after.match(c.text, m.end())):
                # "le marché se tient le samedi", "une navette reliera le parking à la halle le samedi matin": a habit
                # told in the present or the future; a day of it is told with its date or "suivant" ("le lundi 3",
                # "le lundi suivant"), told in the past ("dès le vendredi soir") it is a day of the story
                return None
        if L.weekday_monthly.match(c.text, m.end()) or L.weekday_monthly_before.search(c.text[max(0, m.start() - 30):m.start()]):
            return None  # "le premier lundi du mois", "every first Monday": a monthly rule, not a day
        if L.weekday_named.search(c.text[max(0, m.start() - 12):m.start()]) or \
                L.weekday_named.search(c.text[m.end():m.end() + 12]):
            return None  # "Black Monday in 1987", "le jeudi noir": a day of history, named
        if not g.get("rel") and pre in ("", "usually") and _timetable(L, c, m) \
                and not (starts_at(c.text, m.start(), m.end(), c.data) and not L.range_next.match(c.text[m.end():m.end() + 15])):
            return None  # a timetable's day, but not a start: "the road is closed from Monday" (for six weeks)
        before = c.text[max(0, m.start() - 12):m.start()].lower()
        to_next = L.range_next.match(c.text[m.end():m.end() + 15])
        if L.range_open.search(before) and to_next:
            week = L.range_week.match(c.text, m.end() + to_next.end())
            if week is not None:
                # "from Monday to Thursday next week": those days of the week named, a span (session 20: read
                # as the week alone)
                k = L.direction((week.group("rel") or week.group("rel2")).lower())
                monday = c.pub + _dt.timedelta(days=7 * k - c.pub.weekday())
                last = L.weekdays.get(to_next.group("wd").lower(), wd)
                first_day = monday + _dt.timedelta(days=wd)
                end = monday + _dt.timedelta(days=last if last >= wd else last + 7)
                return _Hit(m.start(), week.end(), first_day.isoformat(), end.isoformat(), relative=True, kind="SPAN")
            if not L.night_of.search(c.text, max(0, m.start() - 20), m.start()):
                return None  # "du lundi au vendredi": opening hours
            # "dans la nuit de samedi à dimanche": one night over two days, a span as "du 12 au 13 mai" is
            # (issue 9: read as the Saturday alone, the Sunday was lost)
            d = _resolve_wd(c.pub, wd, c.tense(m.start(), m.end()))
            last = L.weekdays.get(to_next.group("wd").lower(), (wd + 1) % 7)
            end = d + _dt.timedelta(days=(last - wd) % 7 or 7)
            return _Hit(m.start(), m.end() + to_next.end(), d.isoformat(), end.isoformat(), relative=True, kind="SPAN")
        if L.range_close.search(before) and L.range_whole.search(c.text[max(0, m.start() - 30):m.start()]):
            return None
        prev = L.range_prev.search(c.text, max(0, m.start() - 15), m.start())
        # the tense at the range's first day: "through" before the last is the range's, not a deadline's
        first = (prev.start(), prev.start() + 1) if prev and not to_next else (m.start(), m.end())
        if (to_next or prev) and c.tense(*first) == 0:
            return None  # "open Tuesday to Sunday", "Mon–Fri": opening hours told in the present
        rel = (g.get("rel") or "").lower()
        week = L.range_week.match(c.text, m.end()) if not rel and pre in ("", "usually") else None
        if week is not None:
            # "on Friday next week", "lundi de la semaine dernière": that day of the week named (the week stays a
            # mention of its own)
            k = L.direction((week.group("rel") or week.group("rel2") or "").lower())
            monday = c.pub + _dt.timedelta(days=7 * k - c.pub.weekday())
            return _hit(m, (monday + _dt.timedelta(days=wd)).isoformat(), relative=True, kind="D")
        r = ""
        if (rel and L.direction(rel) < 0) or pre == "last":
            r = "last"
        elif (rel and L.direction(rel) > 0) or pre == "next":
            r = "next"
        direction = c.tense(m.start(), m.end()) if not r else 0
        plan = L.weekday_plan.search(c.text, max(0, m.start() - 100), m.start()) if not r and direction <= 0 else None
        if plan is not None and (direction < 0 or L.weekday_plan_past.match(c.text, plan.start())):
            # told in the past, the plan moves the day only if the call has a day of its own in the clause or the
            # gathering is announced with "a"/"une" right before the weekday; "voted to join the national strike on
            # Monday", "a appelé à la grève lundi" date the vote or the call (session 31 review)
            clause = max(c.text.rfind(p, 0, m.start()) for p in ".;!?") + 1
            if not (L.weekday_plan_dated.search(c.text, max(clause, plan.start() - 60), m.start())
                    or L.weekday_plan_event.search(c.text, max(0, m.start() - 60), m.start())):
                plan = None
        if plan is not None:
            # "voted last week to hold a protest on Saturday", "ils appellent à une marche samedi": the day of what
            # was planned or called for, not of the vote; a plan about a day gone by would be told as done (the
            # largest dev date error of session 30)
            direction = 1
        elif not r and direction <= 0 and L.weekday_for_before.search(c.text, max(0, m.start() - 8), m.start()) \
                and not L.weekday_for_not_after.match(c.text, m.end()) \
                and not told_past_perfect(c.text, m.start(), m.end(), c.data) \
                and not told_past_after(c.text, m.start(), m.end(), c.data):
            # "issued a yellow warning for Thursday night": the day the warning is for, ahead; not in a telling of
            # the past: under the past perfect ("had been forecast for Thursday") or with a past verb after the day
            # ("closed for Sunday, when 12,000 runners took part") the day is one of the story told (review 35)
            direction = 1
        elif not r and direction <= 0 and _summoned(L, c, m):
            # "a convoqué le transporteur mardi": the day the people summoned are to come, ahead of the summons told in
            # the past (two dev stories and a dev page; "convoqué + weekday" read as the day gone by on fresh pages)
            direction = 1
        elif not r and direction == 0 and L.weekday_ahead.search(c.text, max(0, m.start() - 100), m.start()):
            # "would appear in court on Monday": ahead of the saying, the day's news, with no verb of saying in its
            # sentence too, unlike a month: reported speech goes on past its sentence, and a habit of the past
            # names its day in the plural ("would visit the market on Mondays")
            direction = 1
        elif not r and direction == 0 and told_undecided(c.text, m.start(), m.end(), c.data) and (
                L.plan_failed.search(_sentence_around(c.text, m.start(), m.end()))
                or told_past_after(c.text, m.start(), m.end(), c.data, facts=True)):
            # a plan the sentence tells failed, or followed by what happened (« prévoyait de se marier samedi, mais la
            # mairie a brûlé vendredi », "planned to arrest him on Saturday, but he had already fled"): a day of the
            # story told, gone by, not one ahead of the saying (review 45b)
            direction = -1
        elif not r and direction == 0 and starts_at(c.text, m.start(), m.end(), c.data) \
                and not told_neither_way(c.text, m.start(), m.end(), c.data):
            # "the road is closed from Monday", "est fermée dès lundi": a start told in the present, or with no verb
            # whose tense is read ("Météo-France prévoit de nouvelles pluies à partir de samedi"; fresh dev page), is
            # the coming one; what has started is told in the past
            direction = 1
        incident = not r and _incident(L, c, m)
        if incident:
            direction = -1  # "investigating the Friday robbery": an incident is told once it has happened
        d = _resolve_wd(c.pub, wd, direction, r)
        nearest = {pre_words, rel} & L.data.WEEKDAY_NEAREST_PAST
        if r == "last" and (c.pub - d).days == 1 and not nearest:
            # the day before publication has its own word ("yesterday", "hier"): "last Monday" in a Tuesday article is
            # the Monday of the week before, as every "last" or "dernier" weekday of the dev stories is (4 to 8 days);
            # "this past Monday", "lundi passé", "ce lundi dernier" name the nearest one (session 29 review)
            d -= _dt.timedelta(days=7)
        hit = _hit(m, d.isoformat(), relative=True, kind="D")
        if not r and pre == "":
            hit.bare_weekday = (direction > 0) - (direction < 0)
        the = L.weekday_the.search(c.text, max(0, m.start("wd") - 30), m.start("wd"))
        if the is not None and the.group(0).split()[0].lower() in L.data.REL_THAT \
                and _that_conjunction(L, c, the.start(), m.end()):
            the = None  # "said on Tuesday that Monday's crash…": a conjunction, the weekday read as news
        after = L.weekday_the_after.match(c.text, m.end()) if the is not None else None
        side = {**the.groupdict(), **(after.groupdict() if after else {})} if the is not None else {}
        # "the following Monday", « le lundi suivant »: counted from the day told whatever the tense; "the Friday
        # before the election" counts from the election's day (_fact_weekday), not from the day told
        counted = (side.get("last") or side.get("next")) and not (after and _names_after(c.text, after.end(), L))
        if the is not None and (c.tense(m.start(), m.end()) <= 0 or counted) and not incident:
            # "an inquiry opened the Monday after the race", "dès le vendredi soir": a day of the story the text
            # tells, counted from the last day it named (_from_text; publication's reading when it named none).
            # Session 24's dev stories read such days weeks after the race they told. Told in the future ("Staff
            # will strike on the Friday before the election"), the day is ahead of publication, no day of the story,
            # unless it is counted from the day told ("une assemblée convoquée pour le lundi suivant")
            if side.get("last") or side.get("next"):
                k = -1 if side.get("last") else 1
            elif L.deadline_before.search(c.text, max(0, the.start() - 12), m.start("wd")) is None \
                    and told_past_perfect(c.text, m.start(), m.end(), L.data):
                k = 0  # "avait été déclenchée dès le vendredi soir": before the day told, the nearest such day
            else:
                k = 2  # "Dès le lundi, les salariés ont bloqué le site", "By the Monday": the story goes on from its day
            hit.anchor = ("WD", k)
            hit.weekday = wd
        return hit

    return h


def _names_after(text: str, at: int, L: _Lang) -> bool:
    """Whether a fact or a name follows "after"/"before" ("the Friday before the election", "the Monday after
    Easter"): the weekday is counted from it, not from the day the text told."""
    word = re.match(r"\s+([^\W\d_])", text[at:at + 4])
    return L.fact_noun.match(text, at) is not None or (word is not None and word.group(1).isupper())


def _summoned(L: _Lang, c: _Ctx, m: re.Match[str]) -> bool:
    """Whether a weekday is the day the people a verb of summoning names are to come ("a convoqué le transporteur
    mardi à Brenouille", "convoque les élus jeudi soir"): the coming one."""
    s = L.weekday_summoned.search(c.text, max(0, m.start() - 100), m.start())
    if s is None:
        return False
    if s.group("done") is None:
        return True
    # told in the passé composé, the weekday may be the summons' own day ("a convoqué les deux frères lundi ; ils ne
    # se sont pas présentés"): ahead only with where or what for, before the weekday or right after it
    return bool(L.weekday_summoned_to.search(c.text, s.end("done"), m.start())
                or L.weekday_summoned_to.match(c.text, m.end()))


def _incident(L: _Lang, c: _Ctx, m: re.Match[str]) -> bool:
    """Whether a weekday names an incident, a thing nobody schedules ("the Friday robbery", "Saturday's stabbing",
    "l'incendie de lundi"): the day gone by, not the coming one a present tense reads."""
    s, e = m.start("wd"), m.end("wd")
    return bool(L.weekday_incident_owned.match(c.text, e)
                or (L.weekday_incident_before.search(c.text, max(0, s - 60), s) and L.weekday_incident_after.match(c.text, e)))


def _timetable(L: _Lang, c: _Ctx, m: re.Match[str]) -> bool:
    """Whether a weekday is a timetable's, a habit's or a kind's rather than a day ('closed on Monday', 'the
    Saturday opening', 'on Friday and Saturday nights', 'open on Tuesday, Thursday and Saturday')."""
    s, e = m.start("wd"), m.end("wd")
    if not m.group("pre") and (_habit_clause(L, c, s) or L.weekday_list_plural.match(c.text, e)):
        return True
    if L.weekday_except.search(c.text, max(0, s - 40), s):
        # "open every day except Monday", « tous les jours sauf lundi »: opening hours, whatever the tense; in a past
        # narrative the day left out is no date of the every-day fact either ("It rained every day except Monday, when
        # the fair went ahead" dated the rain to that Monday under a title without its weekday, review 45b)
        return True
    det = L.weekday_attribute_before.search(c.text, max(0, s - 30), s)
    noun = L.weekday_attribute_after.match(c.text, e) if det else None
    if noun is not None and not (noun.groupdict().get("activity") and det.groupdict().get("definite")
                                 and c.tense(s, e) < 0):
        # an activity's noun told in the past after "the" is that day's ("the Saturday programme was cut short")
        return True
    kind = L.weekday_kind_after.match(c.text, e)
    if (kind or L.weekday_compound.match(c.text, e)) \
            and not L.weekday_compound_not_after.search(c.text, max(0, s - 20), s) \
            and (c.tense(s, e) >= 0 or kind and L.weekday_kind_past.search(c.text, max(0, s - 20), s)
                 or L.weekday_compound_habit.search(_sentence_around(c.text, s, e))):
        # "has run Thursday-night racing since 1948": a compound naming a kind; in a past sentence with no cue of a
        # habit it is a one-off on that day ("Police carried out Thursday-night raids"). "halves Sunday services": a
        # service's kind, with no determiner; told in the past, also after a verb of a timetable ("cut Sunday
        # services"): "Sunday services were cancelled" is that day's
        return True
    window = max(0, s - 80)
    listed = next((x for x in L.weekday_list.finditer(c.text, window, e + 80) if x.start() <= s and e <= x.end()), None)
    return listed is not None and c.tense(listed.start(), listed.end()) >= 0


_CLAUSE_START = re.compile(r"[.;:!?\n]|,\s")
# A sentence ends at ".", "!" or "?" before a space or the text's end, or at a line break: "3.5 km" goes on (the one
# pattern of _sentence_around and _anchor_on_text).
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _sentence_around(text: str, start: int, end: int, reach: int = 160, back: int = 0) -> str:
    """The words of the sentence holding text[start:end] (and of the `back` sentences before it), at most `reach`
    characters either side."""
    before = text[max(0, start - reach):start]
    cuts = [0] + [x.end() for x in _SENTENCE_END.finditer(before)]
    after = _SENTENCE_END.search(text, end, end + reach)
    return before[cuts[max(0, len(cuts) - 1 - back)]:] + text[start:after.start() if after else end + reach]


def _habit_clause(L: _Lang, c: _Ctx, start: int) -> bool:
    """Whether the clause before a bare weekday tells a habit in the present, with no tense of its own."""
    window = c.text[max(0, start - 60):start]
    cut = max((x.end() for x in _CLAUSE_START.finditer(window)), default=0)
    return L.weekday_habit.search(window, cut) is not None and c.tense(start, start + 1) == 0


def _h_weekday_day(L: _Lang) -> Handler:
    """'samedi 9', 'on Saturday the 9th': the day of that number that falls on that weekday, by the tense.

    The month is left out because it is the current or a neighbouring one: the candidates are the days
    numbered so within two months of publication on that weekday, the nearest in the verb's direction.
    """

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        wd = L.weekdays.get(m.group("wd").lower())
        num = re.match(r"\d+", m.group("day") or m.groupdict().get("day2") or "")
        n = int(num.group(0)) if num else 1
        if wd is None or (L.data.WEEKDAYS_CAPITALISED and not m.group("wd")[0].isupper()):
            return None
        days = [d for k in range(-2, 3) for d in [_safe_date(*_add_months(c.pub.year, c.pub.month, k), n)]
                if d is not None and d.weekday() == wd]
        direction = c.tense(m.start(), m.end())
        if direction < 0:
            days = [d for d in days if d <= c.pub]
        elif direction > 0:
            days = [d for d in days if d >= c.pub]
        if not days:
            return None
        day = min(days, key=lambda d: abs((d - c.pub).days))
        return _hit(m, day.isoformat(), relative=True, kind="D")

    return h


def _thanksgiving(year: int) -> _dt.date:
    """The fourth Thursday of November (US Thanksgiving), from which Black Friday counts."""
    return _nth_weekday(year, 11, 3, 4)


def _nth_weekday(year: int, month: int, weekday: int, n: int | None) -> _dt.date:
    """The n-th given weekday (0 Monday) of a month, or its last when n is None (England's bank holiday Mondays,
    "the last weekend of August", "le premier samedi de juin")."""
    if n is None:
        y2, m2 = _add_months(year, month, 1)
        last = _dt.date(y2, m2, 1) - _dt.timedelta(days=1)
        return last - _dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = _dt.date(year, month, 1)
    return first + _dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _bank_holidays(year: int) -> list[_dt.date]:
    """England's bank holidays of a year, on their days (a day put off from a weekend is not told apart).

    England's (and Wales') set: a source names no country, and Scotland's (no Easter Monday, 2 January, the first
    Monday of August) or Ireland's would date "the bank holiday" otherwise; see FEASTS in lang/en.py."""
    e = easter(year)
    if year < _BANK_HOLIDAY_REFORM:
        # the Bank Holidays Act 1871's: Whit Monday, not the late May one; no New Year's Day nor early May Monday
        return [e - _dt.timedelta(days=2), e + _dt.timedelta(days=1), e + _dt.timedelta(days=50),
                _august_bank_holiday(year), _dt.date(year, 12, 25), _dt.date(year, 12, 26)]
    # New Year's Day became one in 1974, the early May Monday in 1978
    return ([_dt.date(year, 1, 1)] if year >= _NEW_YEAR_BANK_HOLIDAY else []) \
        + [e - _dt.timedelta(days=2), e + _dt.timedelta(days=1)] \
        + ([_nth_weekday(year, 5, 0, 1)] if year >= _EARLY_MAY_BANK_HOLIDAY else []) \
        + [_nth_weekday(year, 5, 0, None), _august_bank_holiday(year), _dt.date(year, 12, 25), _dt.date(year, 12, 26)]


# England's bank holidays moved in 1965: the August one from the first Monday of August to the last, the late May one
# in Whit Monday's place (an article of 1929 that names "August Bank Holiday" means 5 August 1929).
_BANK_HOLIDAY_REFORM = 1965
_NEW_YEAR_BANK_HOLIDAY = 1974
_EARLY_MAY_BANK_HOLIDAY = 1978


def _august_bank_holiday(year: int) -> _dt.date:
    """England's August bank holiday: the last Monday of August, the first before 1965."""
    return _nth_weekday(year, 8, 0, None if year >= _BANK_HOLIDAY_REFORM else 1)


_FEAST_BASES: dict[str, Callable[[int], _dt.date]] = {
    "easter": easter, "thanksgiving": _thanksgiving, "may-first-monday": lambda y: _nth_weekday(y, 5, 0, 1),
    "may-last-monday": lambda y: _nth_weekday(y, 5, 0, None),
    "august-bank-holiday": _august_bank_holiday,
    "september-first-monday": lambda y: _nth_weekday(y, 9, 0, 1),
    "november-second-sunday": lambda y: _nth_weekday(y, 11, 6, 2)}
# A feast of several days a year ("the bank holiday"): the one the tense points at among them
_FEAST_SETS: dict[str, Callable[[int], list[_dt.date]]] = {"bank-holidays": _bank_holidays}


def _public_holiday(L: _Lang, day: _dt.date) -> bool:
    """Whether a day is a public holiday of the language's calendar (PUBLIC_HOLIDAYS)."""
    return any(day in (d + _dt.timedelta(days=offset) for d in _feast_days(base, day.year))
               for base, offset in L.data.PUBLIC_HOLIDAYS)


def _feast_days(base: str, year: int) -> list[_dt.date]:
    """The days a feast counts from in a year: a movable one's ('easter'), a fixed 'MM-DD' ('12-25'), or each of a
    set ('bank-holidays')."""
    if base in _FEAST_SETS:
        return _FEAST_SETS[base](year)
    if base in _FEAST_BASES:
        return [_FEAST_BASES[base](year)]
    month, day = base.split("-")
    return [_dt.date(year, int(month), int(day))]


_FEAST_YEAR = re.compile(r"\s+(\d{4})(?![\d,.]?\d)")


def _h_feast(L: _Lang) -> Handler:
    """A feast ('Black Friday', 'lundi de Pâques', 'Christmas Day', 'avant Noël'): its day, not a plain weekday."""
    feast = _feast(L)
    return lambda m, c: feast(m, c, None, False)


def _feast(L: _Lang) -> Callable[[re.Match[str], _Ctx, int | None, bool], _Hit | None]:
    """A feast's day, on the side of publication ``told`` gives (None: the tense's), or publication year's own with
    ``this_year`` ("this Christmas", whichever side of publication it lies on).

    Its year follows the tense as a weekday's does: the last one in the past, the next one in the
    future, the nearest without a tense; a year written after it is its year ("Christmas 2019", "Noël 2019").
    """

    def h(m: re.Match[str], c: _Ctx, told: int | None, this_year: bool) -> _Hit | None:
        key = _spelled_key(m.group("w"))
        base, offset = L.data.FEASTS[key] if key in L.data.FEASTS else L.data.FEASTS_AFTER_PREP[key]
        year = _FEAST_YEAR.match(c.text, m.end())
        if year is not None and _year_ok(int(year.group(1))) and base not in _FEAST_SETS:
            day = _feast_days(base, int(year.group(1)))[0] + _dt.timedelta(days=offset)
            return _Hit(m.start(), year.end(), day.isoformat(), kind="D")
        days = [d + _dt.timedelta(days=offset) for y in (c.pub.year - 1, c.pub.year, c.pub.year + 1)
                for d in _feast_days(base, y)]
        direction = told if told is not None else 0 if this_year else c.tense(m.start(), m.end())
        # (not after "since": "has been closed since before Christmas", read in October, is the Christmas gone by)
        if told is None and -STRONG < direction < 0 and L.bound_before.search(c.text, max(0, m.start() - 12), m.start()) \
                and told_undecided(c.text, m.start(), m.end(), c.data):
            # a deadline in the future seen from the past ("had agreed to fit new boxes before Christmas"): what was
            # agreed may still be ahead, the feast nearest publication, as a season's is (_h_season); "ran out of
            # food before Christmas" is the one gone by
            direction = 0
        closest = min(days, key=lambda d: abs((d - c.pub).days))
        if this_year:
            day = next((d for d in days if d.year == c.pub.year), closest)
        elif direction < 0:
            day = max(d for d in days if d <= c.pub)
        elif direction > 0:
            day = min(d for d in days if d >= c.pub)
        else:
            day = closest
        weekend = L.feast_weekend.match(c.text, m.end())
        if weekend is not None and day.weekday() == 0:
            # "the late May bank holiday weekend": the Saturday to the holiday Monday
            return _Hit(m.start(), weekend.end(), (day - _dt.timedelta(days=2)).isoformat(), day.isoformat(),
                        relative=True, kind="SPAN")
        return _hit(m, day.isoformat(), relative=True, kind="D", feast=told is None and not this_year)

    return h


def _h_feast_after_prep(L: _Lang) -> Handler:
    """A feast also named in a noun ('Easter', 'Noël'): a day only right after a preposition of time, or with its
    year after it ('during Easter 2021')."""
    feast = _feast(L)

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        rel = L.feast_rel.search(c.text, max(0, m.start() - 8), m.start())
        if rel is not None:
            # "this Christmas", "next Easter": the feast's day, on the side the word tells (publication's year's for "this")
            told = 1 if rel.group("next") else -1 if rel.group("last") else None
            hit = feast(m, c, told, told is None)
            if hit is not None:
                hit.start = rel.start()
            return hit
        if not L.feast_prep.search(c.text, max(0, m.start() - 21), m.start()) and (
                not _FEAST_YEAR.match(c.text, m.end())
                or c.text[max(0, m.start() - 3):m.start()].lower().replace("’", "'").endswith(L.data.SEASON_OF)):
            return None  # "Christmas lights", "le marché de Noël (2024)": a kind of thing
        return feast(m, c, None, False)

    return h


def _h_month_edge(L: _Lang) -> Handler:
    """'the last day of August', 'le premier jour de mars': that day of the month, its year from the tense."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        mon = L.months_full.get(m.group("mon").lower())
        edge = L.data.MONTH_EDGES.get(m.group("edge").lower())
        if mon is None or edge is None:
            return None
        if m.group("year"):
            y = int(m.group("year"))
        else:
            y, _ = _resolve_m(c.pub, mon, c.tense(m.start(), m.end()))
        if not _year_ok(y):
            return None
        last = (_dt.date(*_add_months(y, mon, 1), 1) - _dt.timedelta(days=1)).day
        return _hit(m, f"{y:04d}-{mon:02d}-{1 if edge > 0 else last:02d}", relative=not m.group("year"), kind="D")

    return h


def _ordinal_days(hits: list[_Hit], c: _Ctx, L: _Lang) -> list[_Hit]:
    """'before the 15th', 'avant le 15': the day the text named before with that day of the month ("October 15 …
    before the 15th"), none without one (the last date named may be of another month: "today", a day in January)."""
    if L.ordinal_day is None:
        return hits
    out = list(hits)
    for m in L.ordinal_day.finditer(c.text):
        s0, e0 = m.start("w"), m.end("w")
        if any(h.start < e0 and s0 < h.end for h in hits):
            continue
        n = int(m.group("d").rstrip("er"))
        named = [h for h in hits if h.end <= s0 and _one_day(h) and int(h.value[8:]) == n]
        if named:
            out.append(_Hit(s0, e0, named[-1].value, relative=True, kind="D"))
    return sorted(out, key=lambda h: h.start)


def _h_reldays(L: _Lang) -> Handler:
    """'hier', 'demain', 'today', 'last night': a fixed offset from published."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        w = _spelled_key(m.group("w"))
        off = L.data.RELDAYS.get(w)
        if off is None:
            return None
        raw = m.group("w")
        if raw[0].isupper() and not raw.isupper():
            before = c.text[max(0, m.start() - 3):m.start()].rstrip(" \t\u00a0«\"'“(*_")
            if before and before[-1] not in ".!?:\n—–-":
                return None  # "la liste Villars Demain", "USA Today": part of a name
        return _hit(m, (c.pub + _dt.timedelta(days=off)).isoformat(), relative=True, kind="D")

    return h


def _h_day_from_text(L: _Lang) -> Handler:
    """'la veille', 'le lendemain', 'the next day': a day from the last day the text gave."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        off = L.data.DAYS_FROM_TEXT.get(_spelled_key(m.group("w")))
        if off is None:
            return None
        hit = _hit(m, (c.pub + _dt.timedelta(days=off)).isoformat(), relative=True, kind="D", anchor=("D", off))
        if off == 0:
            direction = c.tense(m.start(), m.end())
            hit.side = (direction > 0) - (direction < 0)
        return hit

    return h


def _h_relperiod(L: _Lang) -> Handler:
    """'l'an dernier', 'la semaine prochaine', 'this year', 'the end of last year'."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        g = m.groupdict()
        unit = (g.get("unit") or g.get("unit2") or g.get("unit3") or g.get("unit4") or g.get("unit5") or g.get("unit6")
                or "").lower().replace("’", "'")
        if L.unit_articles is not None:
            unit = L.unit_articles.sub("", unit).strip()
        if g.get("unit3") and not g.get("mod"):
            return None  # "de l'année" alone is not a date; "fin de l'année" is
        rel = re.sub(r"\s+", " ", (g.get("rel") or g.get("rel2") or g.get("rel4") or g.get("rel5") or g.get("rel6")
                                   or "").lower())
        rel = L.data.REL_ALIASES.get(rel, rel)
        k = L.data.REL_TWICE.get(rel) or L.direction(rel)
        if (g.get("tensed") or (g.get("unit3") and L.data.UNITS.get(unit) == "month")) and c.tense(m.start(), m.end()) == 0 \
                and not preposition_at(c.text, m.start("mod") if g.get("mod") else m.start(), c.data):
            # "the museum is closed at the weekend", "le salaire est versé en fin de mois": a habit; a deadline is
            # none ("serait présenté d'ici la fin du mois", "until the end of the month")
            return None
        p = c.pub
        mod = _mod_of(L, g.get("mod"))
        kind = L.data.UNITS.get(unit)
        # "the previous year" is the one before the year the text is telling, publication's by default
        anchor = k if k and rel.startswith(L.data.REL_FROM_TEXT) else None
        that = rel in L.data.REL_THAT  # "later that year": the text's year, none when it told none
        told = that or rel in L.data.REL_IN_TEXT or (not rel and not g.get("unit2"))
        at = m.start("mod") if g.get("mod") else m.start()
        if kind in ("year", "month") and told and not preposition_at(c.text, at, c.data) \
                and not (L.bound_before.search(c.text, max(0, at - 12), at) and c.tense(m.start(), m.end()) > 0):
            # "later in the year", "the end of the year", "la fin de l'année": the year the text is telling,
            # publication's when it named none ("this year", "cette année" stay publication's, and so does a
            # deadline: "d'ici la fin de l'année", "by the end of the year")
            anchor = 0
        if kind in ("year", "month"):
            shift = 0
            if k == 0 and not rel and mod in ("START", "END"):
                # "le conseil tranchera en début d'année" written in December: the start of this year is gone, so the
                # future's is next year's; "sales rose at the end of the year" told in January is last year's (as a
                # week's, below). A third of the period in tells a start gone, or an end not yet reached
                direction = c.tense(m.start(), m.end())
                into = (p.month - 1) / 12 if kind == "year" else (p.day - 1) / 31
                if mod == "START" and direction > 0 and into >= 1 / 3:
                    shift = 1
                elif mod == "END" and direction < 0 and into < 1 / 3:
                    shift = -1
            if kind == "year":
                value, letter = f"{p.year + k + shift:04d}", "Y"
            else:
                y, mo = _add_months(p.year, p.month, k + shift)
                value, letter = f"{y:04d}-{mo:02d}", "M"
            hit = _hit(m, value, mod=mod, relative=True, kind=letter, anchor=(letter, k) if anchor is not None else None,
                       told_only=that)
            if anchor == 0 and not that and not _dated_saying(L, c, m.start(), m.end()):
                # "la fin du mois" told in the future is not the month of a day gone by that the text named before
                # ("a signé le 19 décembre un contrat … doit être raccordée à la fin du mois", written in January);
                # but a sentence that dates its saying tells the future from that day, its month ("Le 28 janvier, le
                # club a annoncé que la pelouse sera posée à la fin du mois": January's end)
                direction = c.tense(m.start(), m.end())
                hit.side = (direction > 0) - (direction < 0)
            return hit
        if kind == "week":
            if k == 0 and not anchor and mod in ("START", "END"):
                # "il s'exprimera en début de semaine" written on a Sunday: the start of this week is gone, so the
                # future's is the next week's; "at the end of the week" told in the past on a Monday is last week's.
                # Wednesday is past the start (Monday, Tuesday) and short of the end (Thursday to Sunday).
                direction = c.tense(m.start(), m.end())
                if mod == "START" and direction > 0 and p.weekday() >= 2:
                    k = 1
                elif mod == "END" and direction < 0 and p.weekday() <= 2:
                    k = -1
            # "la semaine suivante": the week after the day the text gave, none when it gave no day
            return _hit(m, _iso_week(p + _dt.timedelta(days=7 * k)), mod=mod, relative=True, kind="W",
                        anchor=("W", k) if anchor else None)
        if kind == "weekend":
            direction = c.tense(m.start(), m.end()) if k == 0 and not c.refs and p.weekday() < 5 else None
            if direction is not None and (direction < 0 or direction == 0 and told_past(c.text, m.start(), m.end(), c.data)):
                # "ce week-end, la manifestation a réuni…" told on a weekday: the weekend just gone; so is one told
                # with verbs of saying alone ("announced the plan over the weekend, a spokesman said"), which date
                # no day by themselves when apart from it. TimeML's annotations (refs=True is the TimeML reading)
                # give "this weekend" the document's own week.
                k = -1
            day = p + _dt.timedelta(days=7 * k)
            if c.refs:
                return _hit(m, _iso_week(day) + "-WE", relative=True, kind="W")
            # TimeML writes a weekend "2078-W15-WE", which no event file can hold (generator/dates.py): the event
            # fell back to publication's date and the weekend was lost; its Saturday to Sunday is a span it can hold
            saturday = day + _dt.timedelta(days=5 - day.weekday())
            # a long weekend: a public holiday on the Monday after it ends it when the text ties the two (« pendant le
            # week-end » after « le lundi de Pentecôte », "over the bank holiday weekend"); a bare "last weekend" is
            # Saturday to Sunday (review of 71d76a4)
            long = _public_holiday(L, saturday + _dt.timedelta(days=2)) \
                and L.holiday_weekend_cue.search(_sentence_around(c.text, m.start(), m.end(), 400, back=1)) is not None
            last = saturday + _dt.timedelta(days=2 if long else 1)
            return _Hit(m.start(), m.end(), saturday.isoformat(), end_value=last.isoformat(), relative=True, kind="SPAN")
        if kind == "quarter":
            y, q = _quarter_of(p)
            y, mq = _add_months(y, (q - 1) * 3 + 1, 3 * k)
            return _hit(m, f"{y:04d}-Q{(mq - 1) // 3 + 1}", mod=mod, relative=True, kind="Q")
        if kind == "half":
            h_ = 1 if p.month <= 6 else 2
            n = p.year * 2 + h_ - 1 + k
            return _hit(m, f"{n // 2:04d}-H{n % 2 + 1}", mod=mod, relative=True, kind="H")
        if kind == "century":
            return _hit(m, f"{(p.year // 100) + k:02d}XX", mod=mod, relative=True, kind="C")
        if kind == "decade":
            if k and anchor is None and not mod:
                # "over the last decade", "well into the next decade": ten years counted from publication, as "the
                # last ten years" (untagged) are, not the 2010s or the 2030s; French's "la prochaine décennie" was
                # never tagged. "This decade", "the end of the decade", "the previous decade" stay calendar decades
                return None
            return _hit(m, f"{(p.year // 10) + k:03d}X", mod=mod, relative=True, kind="DEC")
        return None

    return h


def _h_same_period(L: _Lang) -> Handler:
    """'the same month a year ago', 'la même période de l'an dernier': the date the text gave, a year back."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        kind = L.data.UNITS.get((m.group("unit") or m.groupdict().get("unit2") or "").lower(), "")
        p = c.pub
        ago = _safe_date(p.year - 1, p.month, p.day) or _dt.date(p.year - 1, p.month, 28)
        # read from publication when the text gave no date before it
        value, k = {"day": (ago.isoformat(), "D"), "week": (_iso_week(ago), "W"), "month": (f"{ago:%Y-%m}", "M"),
                    "quarter": ("{}-Q{}".format(*_quarter_of(ago)), "Q"), "year": (f"{p.year - 1:04d}", "Y")}.get(
                        kind, (f"{p.year - 1:04d}", ""))
        return _hit(m, value, relative=True, kind=k, anchor=("P", -1))

    return h


def _h_ago(L: _Lang) -> Handler:
    """'il y a deux ans', 'two years ago' ('a year from now' ahead): the unit sets the precision."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        counted = _count(L, m, 200)
        if counted is None:
            return None
        n, kind = counted
        p = c.pub
        if m.groupdict().get("exact") and kind in ("week", "month", "year", "decade"):
            # "il y a un an jour pour jour", "a year ago to the day": that very day, not the year
            months = {"month": n, "year": 12 * n, "decade": 120 * n}.get(kind, 0)
            y, mo = _add_months(p.year, p.month, -months)
            d = (_safe_date(y, mo, p.day) or _dt.date(y, mo, 28)) - _dt.timedelta(days=7 * n if kind == "week" else 0)
            return _hit(m, d.isoformat(), relative=True, kind="D")
        shifted = _shifted(p, kind, n if m.groupdict().get("ahead") else -n)  # "a year from now": ahead
        return _hit(m, shifted[0], relative=True, kind=shifted[1]) if shifted else None

    return h


def _h_ahead(L: _Lang) -> Handler:
    """'in two weeks', 'dans quinze jours': that many units after publication, at the unit's precision; told in the
    past ('the work was done in two weeks') it is a duration, no date."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        counted = _count(L, m, 100)
        if counted is None:
            return None
        n, kind = counted
        direction = c.tense(m.start(), m.end())
        if direction < 0 or (direction == 0 and not told_present(c.text, m.start(), m.end(), c.data)) \
                or L.ahead_not_after.search(c.text, max(0, m.start() - 40), m.start()) \
                or (direction <= 0 and L.ahead_ordinal.search(c.text, max(0, m.start() - 40), m.start())):
            # "was built in two years", "have never had a positive test in 70 years", "its lowest level in two
            # years", « pas dans six mois »: a duration or what is not, no date ahead
            return None
        shifted = _shifted(c.pub, kind, n)
        return _hit(m, shifted[0], relative=True, kind=shifted[1]) if shifted else None

    return h


def _count(L: _Lang, m: re.Match[str], most: int) -> tuple[int, str | None] | None:
    """(n, unit) of "two years", "quinze jours", "a fortnight" (two weeks, at a week's precision); None beyond ``most``."""
    ntok = re.sub(r"\s+", " ", m.group("n").lower())
    if re.fullmatch(r"\d{3}", ntok) and re.search(r"\d[,.\u00a0\u202f ]$", m.string[max(0, m.start("n") - 2):m.start("n")]):
        return None  # the last group of "3,000 years ago", "3 000 ans": a count beyond any date's reach
    n = int(ntok) if ntok.isdigit() else L.data.NUMBERS.get(ntok)
    if n is None or n > most:
        return None
    kind = L.data.UNITS.get(m.group("unit").lower())
    return (2 * n, "week") if kind == "fortnight" else (n, kind)


def _shifted(p: _dt.date, kind: str | None, n: int) -> tuple[str, str] | None:
    """(value, kind) of the period n units of kind after publication (before it when n < 0), at the unit's precision."""
    if kind == "day":
        return (p + _dt.timedelta(days=n)).isoformat(), "D"
    if kind == "week":
        return _iso_week(p + _dt.timedelta(days=7 * n)), "W"
    if kind == "month":
        y, mo = _add_months(p.year, p.month, n)
        return f"{y:04d}-{mo:02d}", "M"
    if kind == "year":
        return f"{p.year + n:04d}", "Y"
    if kind == "decade":
        return f"{p.year + 10 * n:04d}", "Y"
    return None


def _h_week_of_month(L: _Lang) -> Handler:
    """'the last week of September', 'la première semaine de mars': the ISO week holding that stretch of the month;
    'the last weekend of August', 'le premier samedi de juin': that weekend or that day.

    The first week is the one holding the 4th (as ISO counts a year's first week), each next one seven days on;
    the last holds the month's fourth-to-last day. A month without a year takes the tense's year.
    """

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        mon = L.month_num(m.group("mon"))
        word = m.group("ord").lower()
        n = None if word in L.data.ORDINALS_LAST else L.data.ORDINALS.get(word)
        if mon is None or (n is None and word not in L.data.ORDINALS_LAST):
            return None
        ys = m.group("year")
        # "the 2028 event would go ahead on the last weekend of August": the edition's year, else the tense's
        y = int(ys) if ys else _edition_year_of(L, c, m.start(), m.end()) or \
            _resolve_m(c.pub, mon, c.tense(m.start(), m.end()))[0]
        g = m.groupdict()
        if g.get("wd") or g.get("we"):
            # "the last weekend of August", "le premier samedi de juin": that day of the month (a weekend: its
            # Saturday, the month's first or last, and the Sunday after), not a weekday or a weekend near publication
            wd = 5 if g.get("we") else L.weekdays.get(g["wd"].lower())
            if wd is None or (n is not None and n > 4):
                return None
            day = _nth_weekday(y, mon, wd, n)
            # without a year, the tense's (tensed): a frequency in its clause makes it a rule of the calendar ("held
            # every year on the last Sunday of October"), no day (_drop_habits)
            if g.get("we"):
                return _Hit(m.start(), m.end(), day.isoformat(), (day + _dt.timedelta(days=1)).isoformat(),
                            relative=not ys, kind="SPAN", tensed=not ys)
            return _hit(m, day.isoformat(), relative=not ys, kind="D", tensed=not ys)
        if n is None or n == 1:
            # "the first week of November", "la dernière semaine de mars": the month's start or end, as the gold
            # writers write it (TimeML's START, END), not an ISO week that may lie half in the month before
            return _hit(m, f"{y:04d}-{mon:02d}", mod="END" if n is None else "START", relative=not ys, kind="M",
                        tensed=not ys)
        day = _dt.date(y, mon, 4) + _dt.timedelta(days=7 * (n - 1))  # "the third week of May": the ISO week of its 18th
        return _hit(m, _iso_week(day), relative=not ys, kind="W", tensed=not ys)

    return h


def _h_later(L: _Lang) -> Handler:
    """'two days later', 'un an plus tôt': that far from the last date the text gave, at the unit's precision."""
    units = {"day": "D", "week": "W", "month": "M", "year": "Y"}

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        ntok = re.sub(r"\s+", " ", m.group("n").lower())  # "vingt et un", "twenty five" as NUMBERS spells them
        n = int(ntok) if ntok.isdigit() else L.data.NUMBERS.get(ntok)
        kind = L.data.UNITS.get(m.group("unit").lower())
        k = L.data.LATER_WORDS.get(re.sub(r"\s+", " ", m.group("dir").lower()))
        if n is None or n > 200 or kind not in units or k is None:
            return None
        shifted = _shifted(c.pub, kind, k * n)  # replaced by _from_text, which reads the text's date
        if shifted is None:
            return None
        return _hit(m, shifted[0], relative=True, kind=shifted[1], anchor=(units[kind], k * n), told_only=True)

    return h


def _h_season(L: _Lang) -> Handler:
    """'au printemps 2023', 'l'été dernier', 'last summer'."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        g = m.groupdict()
        s = L.data.SEASONS.get((g["season"] or g.get("season2") or "").lower())
        if s is None:
            return None
        ys = g.get("year")
        if ys:
            y = int(ys)
            if not _year_ok(y):
                return None
            return _hit(m, f"{y:04d}-{s}", mod=_mod_of(L, g.get("mod")), kind="S")
        rel = re.sub(r"\s+", " ", (g.get("rel") or g.get("rel2") or "").lower())
        rel = L.data.REL_ALIASES.get(rel, rel)
        pre = (g.get("pre") or "").lower().replace("’", "'")
        if not rel and pre.startswith(L.data.SEASON_OF):
            return None  # "vacances d'été": a kind of holiday, not a date
        if rel in L.data.REL_THAT:
            if _that_conjunction(L, c, m.start("rel" if g.get("rel") else "rel2"), m.end()):
                return None  # "he said that summer camps would close": a conjunction before a bare season
            # "that summer", "cet été-là": the season of the year the text is telling, none when it told none
            return _hit(m, f"{c.pub.year:04d}-{s}", mod=_mod_of(L, g.get("mod")), relative=True, kind="S",
                        anchor=("S", 0), told_only=True)
        direction = L.direction(rel)
        if direction and rel.startswith(L.data.REL_FROM_TEXT):
            # "l'hiver précédent", "the following spring": next to the date the text is telling (issue 9)
            y = _resolve_season(c.pub, s, "last" if direction < 0 else "next", 0)
            return _hit(m, f"{y:04d}-{s}", mod=_mod_of(L, g.get("mod")), relative=True, kind="S",
                        anchor=("S", direction))
        r = "last" if direction < 0 else "next" if direction > 0 else ""
        said_ahead = False
        tensed = not r and not rel.startswith(L.data.REL_THIS) and not pre.startswith(L.data.REL_THIS)
        if tensed:
            # the bound may stand before the mention's own article ("avant le printemps": "le" opens the mention)
            word = _WORD_BEFORE.search(c.text, max(0, m.start() - 20), m.start())
            bound_before = word is not None and word.group(1).lower() in L.data.SEASON_BOUND
            bound = pre.startswith(L.data.SEASON_BOUND) or bound_before
            # a bound ("avant l'été", "before the summer") looks ahead with a future verb, else is the nearest
            # season: a past promise "before the summer" may still be to come. The tense is read after the
            # mention's own preposition, which is a cue ("until the autumn" looks ahead)
            direction = c.tense(m.start("mod") if g.get("mod") else m.start("season"), m.end())
            if bound and told_scheduled(c.text, word.start(1) if bound_before else m.start(), m.end(), c.data):
                # a bound told in a timetable's present is a habit's, as "au printemps" is ("le marché se tient avant
                # le printemps"; session 29 review: read the spring ahead once "avant le" counted as a bound, as
                # "avant l'été" had been). Not the plain present: "n'est pas attendue avant le printemps" is ahead
                return None
            if bound:
                # a bound told with no tense of its own ("serait trouvé avant l'été", the future seen from
                # the past) is a deadline still to come; one told in the past is the season nearest publication
                direction = 1 if direction == 0 else max(direction, 0)
            undecided = direction == 0 and not bound and told_undecided(c.text, m.start(), m.end(), c.data)
            if direction == 0 and not g.get("mod") and not bound and not undecided:
                # "au printemps" in the present is a habit, not a date; "à la fin de l'été" is one, and so is
                # "would reopen in the autumn" (the nearest autumn)
                return None
            if direction == 0 and not bound and told_perfect(c.text, m.start(), m.end(), c.data):
                # "has spent the summer trying to …": the present perfect tells a season begun by publication, the
                # last one so (in April, the summer gone), not the nearest
                r = "begun"
            elif undecided:
                said_ahead = True
                if L.plan_overdue.search(_sentence_around(c.text, m.start(), m.end())):
                    # « qui devait s'achever au printemps, n'est toujours pas terminé » (December): the season gone by
                    # without it, not the nearest one ahead (review 45b)
                    direction = -1
                elif (c.pub - _season_occ(_resolve_season(c.pub, s, "", -1), s)[1]).days > _SEASON_JUST_OVER \
                        and not L.plan_failed.search(_sentence_around(c.text, m.start(), m.end())):
                    # the future seen from the past ("said it planned to open a store in the autumn", « siégerait dès
                    # l'automne ») looks ahead from a saying days old: the coming season, not the one gone months
                    # ago; the season that has just ended, or one of a plan the sentence tells was not carried out
                    # (« qui devait se tenir en été, a été annulé », written in December; review 45), stays the
                    # nearest
                    direction = 1
        else:
            r = r or "this"
            direction = c.tense(m.start("season"), m.end()) if r == "this" else 0
        y = _resolve_season(c.pub, s, r, direction)
        return _hit(m, f"{y:04d}-{s}", mod=_mod_of(L, g.get("mod")), relative=True, kind="S", tensed=tensed,
                    said_ahead=said_ahead)

    return h


_WORD_BEFORE = re.compile(r"(?<!\w)([^\W\d_]+)\s+$")
# Days after a season's end within which the future seen from the past may still name it (_h_season).
_SEASON_JUST_OVER = 60


def _h_quarter(L: _Lang) -> Handler:
    """'au deuxième trimestre 2024', 'the first half of 2023', 'Q3 2024', 'last quarter'."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        g = m.groupdict()
        rel = (g.get("rel") or "").lower()
        if g.get("qn"):
            n, unit = int(g["qn"]), ("half" if g["qk"].upper() == "H" else "quarter")
        else:
            ordinal = g["ord"].lower()
            n = L.data.ORDINALS.get(ordinal)
            words = re.sub(r"\s+", " ", g["unit"].lower())
            unit = L.data.UNITS.get(words, "")
            counted = " " in words  # "three months": a quarter written as a count of months
            if (counted or ordinal in L.data.ORDINALS_LAST and unit == "half") and not g.get("year") and not rel:
                return None  # "the first six months" of what, "the last half" of a match: a stretch, no date
            if unit == "half" and ordinal in L.data.ORDINALS_LAST:
                n = 2  # "the last half of 2008", "the final six months of the year": the second
            if n is None:
                return None
            if ordinal in L.data.ORDINALS_PREVIOUS and not g.get("art") and not g.get("year") and not rel:
                if unit == "half":
                    return None
                y, q = _quarter_of(c.pub)  # "last quarter": the one before publication's
                y, mq = _add_months(y, (q - 1) * 3 + 1, -3)
                return _hit(m, f"{y:04d}-Q{(mq - 1) // 3 + 1}", relative=True, kind="Q")
        anaphoric = rel in L.data.REL_ANAPHORIC  # "the second quarter of the year": the year the text is telling
        half = unit == "half"
        if half and not g.get("year") and not rel and L.match_words.search(_sentence_around(c.text, m.start(), m.end())):
            return None  # "scored twice in the second half": a half of the game the sentence tells, no half-year
        if half and n > 2:
            return None
        if n > 4 or n < 1:
            return None
        ys = g.get("year")
        if ys:
            y = int(ys) if len(ys) == 4 else _year2(ys)
            relative = False
        else:
            relative = True
            y = c.pub.year
            if any(w in rel for w in L.data.REL_LAST):
                y -= 1
            elif any(w in rel for w in L.data.REL_NEXT):
                y += 1
            elif not rel or anaphoric:
                # no year and no "last/next": "profit fell in the fourth quarter" in a January
                # article is last year's, "expects a profit in the first quarter" in November next year's;
                # a period's results are the latest period begun, whatever the verb ("will publish its
                # fourth-quarter results" in January)
                results = L.period_results_after.match(c.text, m.end()) \
                    or L.period_results_before.search(c.text, max(0, m.start() - 40), m.start())
                y = _resolve_part(c.pub, n, 6 if half else 3, -1 if results else c.tense(m.start(), m.end()))
        if not _year_ok(y):
            return None
        return _hit(m, f"{y:04d}-{'H' if half else 'Q'}{n}", relative=relative, kind="Q",
                    anchor=("QY", 0) if anaphoric else None)

    return h


def _h_decade(L: _Lang) -> Handler:
    """'les années 1990', 'the 1990s', 'the '90s' -> 199X."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        d = m.group("dec").lstrip("'’")
        mark = L.data.SHORT_DECADE_MARK
        if len(d) == 2 and mark and not re.search(mark, m.group(0).lower()):
            return None  # "90s" alone can be ages or speeds
        if len(d) == 4:
            v = d[:3] + "X"
        elif len(d) == 2:
            v = ("20" if d in ("00", "10") else "19") + d[0] + "X"
        else:
            return None
        return _hit(m, v, mod=_mod_of(L, m.groupdict().get("mod")), kind="DEC")

    return h


def _h_century(L: _Lang) -> Handler:
    """'le XXe siècle', 'the 20th century' -> 19XX."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        tok = m.group("c")
        n = int(tok) if tok.isdigit() else _roman(tok)
        if not n or n > 21:
            return None
        if not c.refs and L.century_attribute_before.search(c.text[max(0, m.start() - 40):m.start()]) \
                and L.century_attribute_after.match(c.text, m.end()):
            # the age of a thing ("a 17th-century barn", "des cloches du XVIIe siècle") dates no event (TimeML
            # still tags it)
            return None
        return _hit(m, f"{n - 1:02d}XX", mod=_mod_of(L, m.groupdict().get("mod")), kind="C")

    return h


def _h_dayrange(L: _Lang) -> Handler:
    """'du 3 au 5 mai 2024', 'March 3-5': a span inside one month ('les 2, 3 et 4 juin': each day of a list)."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        g = m.groupdict()
        mon = L.month_num(g["mon"])
        if mon is None or not L.month_case_ok(g["mon"]):
            return None
        if g.get("more"):
            # "les 2, 3 et 4 juin", "June 2, 9 and 16": a list of days, each its own ("2, 3 to 5" is none)
            if c.text[m.end("more"):m.start("d2")].strip().casefold() not in L.data.SPAN_AND:
                return None
            more = [(m.start("more") + x.start(), m.start("more") + x.end()) for x in L.day.finditer(g["more"])]
            return _day_list(L, c, m, mon, [(m.start("d1"), m.end("d1")), *more, (m.start("d2"), m.end("d2"))])
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
        joiner = c.text[m.end("d1"):m.start("d2")].strip().casefold()
        if joiner in L.data.SPAN_AND and d2 > d1 + 1 and not L.between_word.search(c.text, max(0, m.start() - 12),
                                                                                      m.start("d1")):
            # "les 2 et 9 mai", "on May 2 and 9": two days, not the week between them (issue 10); "entre le 2 et le
            # 9 mai", "between May 2 and 9" stay a span, and so do two days in a row.
            if m.start("mon") < m.start("d1"):  # "May 2 and 9": the month opens the first day
                first, second = m.start("mon"), m.start("d2")
            else:  # "les 2 et 9 mai": the month closes the second
                first, second = m.start("d1"), m.start("mon")
            return [_Hit(first, m.end("d1"), a.isoformat(), relative=rel), _Hit(second, m.end(), b.isoformat(), relative=rel)]
        return _hit(m, a.isoformat(), end_value=b.isoformat(), relative=rel, kind="SPAN")

    return h


def _day_list(L: _Lang, c: _Ctx, m: re.Match[str], mon: int, days: list[tuple[int, int]]) -> list[_Hit] | None:
    """Each day of a list of three or more ("les 2, 3 et 4 juin", "June 2, 9 and 16"), in the month (and year) of
    the match: the month and the year go with the day they stand next to."""
    nums = []
    for a, b in days:
        tok = c.text[a:b]
        nums.append(1 if tok.lower() in L.data.DAY_ONE else int(re.sub(r"\D", "", tok)))
    if any(x >= y for x, y in zip(nums, nums[1:])):
        return None  # "3, 2 et 1": a count down, not days
    ys = m.group("year")
    if ys:
        y = int(ys)
        if not _year_ok(y):
            return None
    else:
        last = _resolve_md(c.pub, mon, nums[-1], c.tense(m.start(), m.end()))
        if last is None:
            return None
        y = last.year
    hits = []
    month_first = m.start("mon") < days[0][0]
    for i, ((a, b), d) in enumerate(zip(days, nums)):
        day = _safe_date(y, mon, d)
        if day is None:
            return None
        if i == 0 and month_first:
            a = m.start("mon")
        if i == len(days) - 1 and (not month_first or ys):
            b = m.end()
        hits.append(_Hit(a, b, day.isoformat(), relative=not ys, kind="D"))
    return hits


def _h_period_to(L: _Lang) -> Handler:
    """'the year to March', 'the three months to June': a period of results ending with that month, a span of months.

    Figures are told for a period gone by: with no year, the month is the last one ended before publication ("the year
    to March" in September 2054 runs from April 2053 to March 2054), in the past or the present ("Sales rose in the
    three months to June" in May is last June's). A forecast is of the period running ("The Treasury expects borrowing
    to fall in the year to March": the coming March, review 35)."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        mon = L.month_num(m.group("mon"))
        if mon is None:
            return None
        g = m.groupdict()
        months = 12 if g.get("year") else 3 if g.get("quarter") else \
            (int(g["n"]) if g["n"].isdigit() else L.data.NUMBERS.get(g["n"].lower(), 0))
        if not 1 <= months <= 24:
            return None
        if g.get("yr"):
            year = int(g["yr"])
        elif c.tense(m.start(), m.end()) > 0:
            year = c.pub.year if mon >= c.pub.month else c.pub.year + 1
        else:
            year = c.pub.year if mon < c.pub.month else c.pub.year - 1
        first = _add_months(year, mon, 1 - months)
        return _hit(m, f"{first[0]:04d}-{first[1]:02d}", end_value=f"{year:04d}-{mon:02d}", kind="SPAN")

    return h


def _h_yearrange(L: _Lang) -> Handler:
    """'1982-1990', 'la saison 2019-20': two years joined by a dash."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        y1, y2s = int(m.group("y1")), m.group("y2")
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if not (_year_ok(y1) and _year_ok(y2) and y1 < y2 <= y1 + 100):
            return None
        season = _season_of_range(L, c.text, m.start(), m.end()) if y2 == y1 + 1 else None
        if season is not None:
            # "l'hiver 2025-2026", "the 2025-26 winter": the one winter over the two years, the first year's; the two
            # years run from autumn to summer (a school year, a sports season), so "the 2025-26 spring term" is 2026's
            year = y1 if season[2] in ("FA", "WI") else y2
            return _Hit(season[0], season[1], f"{year:04d}-{season[2]}", kind="S")
        return _hit(m, f"{y1:04d}", end_value=f"{y2:04d}", kind="SPAN")

    return h


def _season_of_range(L: _Lang, text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The span and season of a season word right before or after two following years ("hiver 2025-2026")."""
    before = re.search(r"([^\W\d_]+)\s+$", text[max(0, start - 20):start])
    if before is not None and before.group(1).lower() in L.data.SEASONS:
        return start - len(before.group(0)), end, L.data.SEASONS[before.group(1).lower()]
    after = re.match(r"\s+([^\W\d_]+)", text[end:end + 20])
    if after is not None and after.group(1).lower() in L.data.SEASONS:
        return start, end + after.end(), L.data.SEASONS[after.group(1).lower()]
    return None


def _h_ref(L: _Lang) -> Handler:
    """PRESENT_REF / PAST_REF / FUTURE_REF words; only when refs=True."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        if not c.refs:
            return None
        w = _spelled_key(m.group("w"))
        v = L.data.REFS.get(w)
        if v is None:
            return None
        return _hit(m, v, relative=True, kind="REF", prio=-1)

    return h


def _h_new_year(L: _Lang) -> Handler:
    """'in the new year', 'la nouvelle année': the year that begins after the year-end holidays, the coming one from
    March on ('would look again at its support in the new year', written in October or in June: the year's own start
    lies behind), the current one only in its first two months ('sont entrés dans la nouvelle année', written on 2
    January)."""

    def h(m: re.Match[str], c: _Ctx) -> _Hit | None:
        return _hit(m, f"{c.pub.year + (c.pub.month >= 3):04d}", relative=True, kind="Y")

    return h


# The resolvers a language's RULES may name.
_HANDLERS: dict[str, Callable[[_Lang], Handler]] = {
    "fulldate": _h_fulldate, "month_year": _h_month_year, "month_rel": _h_month_rel, "month_relyear": _h_month_relyear,
    "bare_month": _h_bare_month,
    "year": _h_year, "yearrange": _h_yearrange, "mod_year": _h_mod_year, "numeric": _h_numeric,
    "weekday": _h_weekday, "weekday_day": _h_weekday_day, "feast": _h_feast, "feast_after_prep": _h_feast_after_prep, "reldays": _h_reldays, "day_from_text": _h_day_from_text, "month_edge": _h_month_edge, "relperiod": _h_relperiod, "ago": _h_ago, "ahead": _h_ahead, "later": _h_later, "week_of_month": _h_week_of_month, "same_period": _h_same_period, "season": _h_season, "new_year": _h_new_year,
    "quarter": _h_quarter, "period_to": _h_period_to, "decade": _h_decade, "century": _h_century, "dayrange": _h_dayrange, "ref": _h_ref,
}


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


def _day_before_month(data: LanguageData) -> re.Pattern[str]:
    """A day written right before a month, as the language writes it ('7', '1er', 'premier', 'the first of')."""
    return re.compile(rf"(?i)(?<![\w,.])(?P<day>{data.DAY}|{literal_alternation(data.DAY_ONE)})\s+(?:(?:{data.DAY_OF})\s+)?$")


_MONTH_VALUE = re.compile(r"\d{4}-\d{2}")


def _day_in_named_year(hits: list[_Hit], c: _Ctx) -> list[_Hit]:
    """A day of a month whose year is named relatively is that day of it: '7 June this year', 'le 7 juin de l'année
    dernière', 'June 7 last year' (read as the month alone, or as the day of publication's year, session 25's dev
    pages). The year's words take the day along; the day's own reading from the tense gives way."""
    out: list[_Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        if h.kind == "M" and not h.tensed and h.mod is None and h.end_value is None and _MONTH_VALUE.fullmatch(h.value):
            day = c.data.compiled(_day_before_month).search(c.text, max(0, h.start - 16), h.start)
            n = None if day is None else 1 if day["day"].lower() in c.data.DAY_ONE else int(re.sub(r"\D", "", day["day"]))
            if day is not None and n is not None and (prev is None or prev.end <= day.start("day")) \
                    and _safe_date(int(h.value[:4]), int(h.value[5:]), n) is not None:
                h.start, h.value, h.kind, h.day = day.start("day"), f"{h.value}-{n:02d}", "D", n
        elif prev is not None and prev.kind == "D" and prev.tensed and h.relative and h.anchor is None and \
                re.fullmatch(r"\d{4}", h.value) and h.mod is None and re.fullmatch(r"\s+", c.text[prev.end:h.start]):
            prev.value, prev.end, prev.tensed = f"{h.value}{prev.value[4:]}", h.end, False
            continue
        out.append(h)
    return out


_YEAR_IN_TEXT = re.compile(r"(?<![\w.,/:$#-])(1\d{3}|2[01]\d{2})(?![\w%/:]|[.,]\d)")


def _edition_year_of(L: _Lang, c: _Ctx, start: int, end: int) -> int | None:
    """The year of an event's edition named in the sentence of [start, end) ("the 2028 festival", "l'édition 2029"),
    the nearest one; None when the sentence names none, when the tense there points the other way ("the 2028
    event, announced in June"), or when a past edition's sentence dates the saying or publishing of a report on it
    ("athletes of the 2028 Games said in June", "le rapport sur l'édition 2029, publié en juin")."""
    s, e = sentence_bounds(c.text, start, end)
    named: list[tuple[int, int, int]] = []  # where the year is, the year, where the edition's words start
    for m in _YEAR_IN_TEXT.finditer(c.text, s, e):
        lead = L.edition_before.search(c.text, max(0, m.start() - 60), m.start())
        if lead is not None and L.edition_after.match(c.text, m.end()):
            named.append((m.start(), int(m.group(1)), lead.start()))
    # "next year's race", "la course de l'an prochain": the year after publication's, when the edition opens its
    # clause, the subject its dates are told of; governed ("tickets for next year's festival"), it is what a fact of
    # this year prepares
    named += [(m.start(), c.pub.year + 1, m.start()) for m in L.edition_next_year.finditer(c.text, s, e)
              if L.edition_next_opens.search(c.text[s:m.start()])]
    if not named:
        return None
    at, year, lead_at = min(named, key=lambda n: abs(n[0] - start))
    if year < c.pub.year and at > start and not opens_sentence(c.text, start, end) \
            and (L.edition_topic.search(c.text, end, lead_at) or L.edition_topic_verb.search(c.text, s, start)):
        # a past edition named after a date as the topic of what the sentence tells ("Residents complained in May
        # about the 2030 festival") leaves that date to the fact's tense; any other date before it is the edition's
        # ("Fans gathered on 12 June for the 2030 festival"), as one opening the sentence is
        return None
    direction = c.tense(start, end)
    if (year < c.pub.year and direction > 0) or (year > c.pub.year and direction < 0):
        return None
    if year < c.pub.year and L.edition_told.search(c.text, max(s, start - 40), start):
        return None
    return year


def _edition_year(hits: list[_Hit], c: _Ctx, L: _Lang) -> list[_Hit]:
    """A year-less day, month or season in the sentence of a year naming an event's edition takes that year: "the 2028
    festival would open in June" is June 2028, "l'édition 2029 aura lieu le 12 juin" 12 June 2029, not the ones the
    tense reads near publication."""
    for h in hits:
        if not (h.year_inferred or h.tensed) or h.anchor is not None or h.end_value or not h.value[:4].isdigit():
            continue
        year = _edition_year_of(L, c, h.start, h.end)
        if year is None or year == int(h.value[:4]):
            continue
        if h.kind == "D" and _safe_date(year, int(h.value[5:7]), int(h.value[8:10])) is None:
            continue
        h.value = f"{year:04d}{h.value[4:]}"
    return hits


_SPAN_JOIN_DASH = re.compile(r"^\s*[-–—/]\s*$")
_SPAN_OK_KINDS = {"Y", "M", "D", "S", "Q", "H", "DEC", "C"}


def _moved(c: _Ctx, L: _Lang, start: int) -> bool:
    """Whether the clause before a date moves a date (DATE_MOVERS: "postponed", "reporté"): its "from A to B" names two
    dates, the old and the new, no span."""
    window = c.text[max(0, start - 80):start]
    cut = max((x.end() for x in _CLAUSE_START.finditer(window)), default=0)
    return any(w.lower() in L.data.DATE_MOVERS for w in re.findall(r"\w+", window[cut:]))


def _without_hours(L: _Lang, text: str, a_end: int, b_start: int, opener: str) -> tuple[str, str]:
    """The words between two days and before the first without the hours beside them ("from 10am on Saturday 4 May to
    4pm on Sunday 5 May", « du samedi 1er décembre à 10 h au dimanche 23 décembre à 19 h »), so that they read as the
    span of days they are; the words as they stand when no hour is there."""
    clock = L.clock_before.search(opener)
    opener = opener[:clock.start()] + " " if clock else opener
    # the first day's hour, when one follows it: its "à" may also be the span's own (« vendredi à 6 heures lundi »)
    after = L.clock_after.match(text, a_end)
    for start in ([after.end()] if after else []) + [a_end]:
        between = text[start:b_start]
        clock = L.clock_before.search(between)
        between = between[:clock.start()] + " " if clock else between
        if L.span_join.match(between):
            return between, opener
    return text[a_end:b_start], opener


def _merge_spans(hits: list[_Hit], c: _Ctx, L: _Lang) -> list[_Hit]:
    """Join 'de A à B' / 'between A and B' / 'A-B' into one mention with end_value."""
    out: list[_Hit] = []
    i = 0
    text = c.text
    while i < len(hits):
        a = hits[i]
        if i + 1 < len(hits) and a.kind in _SPAN_OK_KINDS:
            b = hits[i + 1]
            # a day's part after the first day is the span's ("entre samedi soir et dimanche matin"), no word between
            tail = L.date_tail.match(text, a.end) if a.kind == "D" else None
            a_end = tail.end() if tail else a.end
            opener = text[max(0, a.start - 40):a.start]
            between = text[a_end:b.start]
            if a.kind == "D" and b.kind == "D":
                between, opener = _without_hours(L, text, a_end, b.start, opener)
            elif not between.strip():
                # « de la mi-mars à la fin avril »: the second bound's modifier took the span's word (« à la fin »)
                lead = L.span_join_lead.match(text, b.start, b.end)
                between = text[a_end:lead.end()] if lead else between
            opener = opener[-12:]
            dash = _SPAN_JOIN_DASH.match(between) is not None and len(between) <= 3
            join = L.span_join.match(between)
            joined = join is not None and L.span_open.search(opener) is not None \
                and re.search(r"\w", opener) is not None
            if joined and not dash and _moved(c, L, a.start):
                # "the vote was postponed from Thursday, June 4, to Tuesday, June 9": the date left and the date taken,
                # no span between them
                joined = False
            if (dash or joined) and b.kind in _SPAN_OK_KINDS and b.end_value is None:
                is_between = L.span_between.search(opener) is not None
                conn = (join.group("join") if join else between.strip(" ,")).lower()  # "et", not "et le"
                if not is_between and conn in L.data.SPAN_AND:
                    out.append(a)
                    i += 1
                    continue
                av = a.value
                if a.year_inferred and not b.year_inferred and a.month and len(b.value) >= 4 and b.value[:4].isdigit():
                    by = int(b.value[:4])
                    bm = int(b.value[5:7]) if len(b.value) >= 7 and b.value[4] == "-" and b.value[5:7].isdigit() else 12
                    y = by if a.month <= bm else by - 1
                    av = f"{y:04d}-{a.month:02d}" + (f"-{a.day:02d}" if a.day else "")
                elif a.kind == b.kind == "M" and a.year_inferred and b.year_inferred and a.month and b.month \
                        and b.value[:4].isdigit() and c.tense(a.start, b.end) < 0:
                    # "ont dérobé des pots entre janvier et août", written in November: a span told in the past ends
                    # nearer publication than it starts, so its end's year holds (January alone was read as the coming
                    # one, ten months back being a misread of the tense)
                    by = int(b.value[:4])
                    av = f"{by if a.month <= b.month else by - 1:04d}-{a.month:02d}"
                if dash and a.kind == "Y" and b.kind == "Y" and int(b.value) <= int(av):
                    out.append(a)
                    i += 1
                    continue
                bv = b.value
                if a.relative and b.relative and a.month and b.month and av[:4].isdigit():
                    # "from April to October", "from 3 May to 20 June" read apart can end before they start or a
                    # year after (each took its own year): the end is the first such day or month after the start
                    bv = f"{int(av[:4]) + (1 if (b.month, b.day or 0) < (a.month, a.day or 0) else 0):04d}{bv[4:]}"
                if a.kind == b.kind == "D" and b.relative and not any(ch.isdigit() for ch in text[b.start:b.end]) \
                        and _DAY_VALUE.fullmatch(av) and _DAY_VALUE.fullmatch(bv) and bv < av:
                    # "from 9pm on Friday to 6am on Monday": a weekday that ends a span is the first one after its start
                    late = _dt.date.fromisoformat(bv)
                    bv = (late + _dt.timedelta(days=7 * -(-(_dt.date.fromisoformat(av) - late).days // 7))).isoformat()
                b_tail = L.date_tail.match(text, b.end) if tail else None
                out.append(_Hit(a.start, b_tail.end() if b_tail else b.end, av, end_value=bv, mod=a.mod,
                                relative=a.relative or b.relative, kind="SPAN"))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


_ANCHOR_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})$")
_ANCHOR_YEAR = re.compile(r"(\d{4})(?![\dX])")
_ANCHOR_VALUE = {"D": _ANCHOR_DAY, "W": _ANCHOR_DAY, "M": re.compile(r"(\d{4})-(\d{2})"),
                 "Y": _ANCHOR_YEAR, "MY": _ANCHOR_YEAR, "QY": _ANCHOR_YEAR,
                 "S": re.compile(r"(\d{4})(?![\dX])(?:-(\d{2}))?"), "P": re.compile(r"(\d{4})((?:-[0-9A-Z]+)*)$")}


def _same_period(rest: str, kind: str) -> str | None:
    """What follows the year of the date before, cut to the precision 'the same month/day/quarter' asks for."""
    if kind == "":
        return rest  # "the same period": the date before as it was given
    if kind == "Y":
        return ""  # "the same time last year": the year before, no finer
    if kind == "M":
        return rest[:3] if re.match(r"-\d\d", rest) else None
    if kind == "D":
        return rest if re.fullmatch(r"-\d\d-\d\d", rest) and rest != "-02-29" else None
    if kind == "Q":
        month = re.match(r"-(\d\d)", rest)
        return rest if re.fullmatch(r"-Q[1-4]", rest) else f"-Q{(int(month.group(1)) - 1) // 3 + 1}" if month else None
    return rest if re.fullmatch(r"-W\d\d", rest) else None


def _from_text(hits: list[_Hit], c: _Ctx, L: _Lang) -> list[_Hit]:
    """Resolve 'l'année précédente', 'la veille' from the last date before them that is precise enough.

    With none, a year or a month before keeps its reading from publication; a day, or a period
    after ("the following year"), is dropped (the day before what, the reader cannot tell).
    """
    pub, text = c.pub, c.text
    out: list[_Hit] = []
    for i, h in enumerate(hits):
        if h.anchor is None:
            out.append(h)
            continue
        unit, k = h.anchor
        if unit == "WD":
            out.append(h if _fact_weekday(h, out + hits[i + 1:], c, L) else _story_weekday(h, k, out, pub))
            continue
        pattern = _ANCHOR_VALUE[unit]
        if h.told_only and out and text and not pattern.match(out[-1].end_value or out[-1].value) \
                and sentence_bounds(text, h.start, h.end)[0] <= out[-1].start:
            # "in the summer of 2019, lasted a single day and ended with a pay deal a week later": counted from a
            # date of its sentence too coarse for it, not from a day named further back (fresh dev page)
            continue
        dated = [(p, m) for p in reversed(out) if (m := pattern.match(p.end_value or p.value))]
        if unit in ("D", "W"):
            # a period's start ("à l'arrêt depuis le samedi 18 août. Le même jour, …", "idle since the towers were shut
            # on Aug. 17, resumed work the next day") is the background of the day told: "the same day", "the next
            # day" repeat a day told before it, that start only when the text told none
            told, starts = [], []
            for p, m in dated:
                if _period_start(text, p.start, L):
                    starts.append(m.group(0))
                else:
                    told.append((p, m))
            # a day told before an unrelated period ("The council met on February 20. The road has been closed
            # since a landslide on March 3. Crews arrived the next day") is no base: the day counted never falls
            # before the period's start, which is then the base as before
            if told and not (starts and told[0][1].group(0) < starts[0]):
                dated = told
        bases = [m for _, m in dated]
        base = bases[0] if bases else None
        if unit == "D" and h.side:
            # "Le ministre est attendu jeudi. Les écoles, fermées depuis lundi, rouvriront le même jour": a day told
            # in the future repeats the last day named ahead of publication, one told in the past a day gone (fresh
            # dev page)
            today = pub.isoformat()
            base = next((b for b in bases if (b.group(0) >= today if h.side > 0 else b.group(0) <= today)), base)
        elif unit in ("M", "Y") and h.side and base is not None:
            # "the end of the month" told in the future lies in or after publication's month: the month or year named
            # last when it lies on that side, else publication's own (a month named further back, ahead, is another
            # fact's: "rouvrira le 2 février … a signé le 19 décembre un contrat … raccordée à la fin du mois" is
            # January's end, written in January)
            today = pub.isoformat()[:4 if unit == "Y" else 7]
            named = base.group(0)[:len(today)]
            if (named < today) if h.side > 0 else (named > today):
                out.append(h)
                continue
        if base is None and h.told_only:
            continue  # "two days later" than what, the reader cannot tell
        if base is None:
            # "November of that year", "the following year" with no date before: which one, the reader cannot tell
            # ("the following year" is never the next one: news would write "next year"); "the previous year"
            # keeps publication's reading
            if unit not in ("D", "MY", "W") and k <= 0:
                out.append(h)
            continue
        if unit == "Y":
            h.value = f"{int(base.group(1)) + k:04d}"
        elif unit == "W":
            day = _safe_date(int(base.group(1)), int(base.group(2)), int(base.group(3)))
            if day is None:
                continue
            h.value = _iso_week(day + _dt.timedelta(days=7 * k))
        elif unit in ("MY", "QY"):
            h.value = f"{int(base.group(1)) + k:04d}{h.value[4:]}"  # the text's year, the month or quarter kept
        elif unit == "M":
            y, mo = _add_months(int(base.group(1)), int(base.group(2)), k)
            h.value = f"{y:04d}-{mo:02d}"
        elif unit == "S":
            h.value = f"{_season_next_to(int(base.group(1)), base.group(2), h.value[5:], k):04d}-{h.value[5:]}"
        elif unit == "P":
            rest = _same_period(base.group(2) or "", h.kind)
            if rest is None:
                out.append(h)  # the date before is not precise enough: publication's reading stays
                continue
            h.value = f"{int(base.group(1)) + k:04d}{rest}"
        else:
            day = _safe_date(int(base.group(1)), int(base.group(2)), int(base.group(3)))
            if day is None:
                continue
            h.value = (day + _dt.timedelta(days=k)).isoformat()
        out.append(h)
    return out


def _period_start(text: str, start: int, L: _Lang) -> bool:
    """A date right after "since"/"depuis", or in a clause "since" opens ("since the towers were shut on Aug. 17")."""
    return preposition_at(text, start, L.data) == -STRONG or \
        L.since_clause.search(text, max(0, start - 80), start) is not None


def _story_weekday(h: _Hit, k: int, before: list[_Hit], pub: _dt.date) -> _Hit:
    """'the Friday evening', 'the following Saturday', 'le vendredi': that weekday next to the last day the text
    named away from publication's days (k: -1 the one before it, +1 after it, 0 the nearest, 2 on or after it).

    A day within three days of publication is the news of the day, not the story told ("questioned on Wednesday
    … the Monday after the accident" of January 17): the day looked for is further back. With none, the
    weekday keeps publication's reading.
    """
    if h.weekday is None:
        return h
    for p in reversed(before):
        m = _ANCHOR_DAY.match(p.end_value or p.value)
        day = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
        if day is not None and abs((day - pub).days) > 3:
            h.value = _resolve_wd(day, h.weekday, 1 if k == 2 else 0, "last" if k < 0 else "next" if k == 1 else "").isoformat()
            break
    return h


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _one_day(h: _Hit) -> bool:
    """Whether a hit reads as one day, no span and no coarser date."""
    return not h.end_value and _DAY_VALUE.fullmatch(h.value) is not None


def _days_from(value: str, off: int) -> _dt.date:
    """The day ``off`` days from the day ``value``."""
    return _dt.date.fromisoformat(value) + _dt.timedelta(days=off)


def _fact_days(hits: list[_Hit], c: _Ctx, L: _Lang) -> list[_Hit]:
    """'la veille du vote', 'the day before the accident', 'le soir de l'accident': the day counted from the day the
    same article gives that fact, a sentence naming both its noun (or a verb of its stem: "vote", "a voté") and a day
    (the nearest before, else the nearest after); without one, a lead opening a sentence counts from the article's news
    day (_news_day), else the reading stays as it was (issue 9 lead: a date relative to another fact). A count ("three days after the verdict") is left to merging."""
    for m in L.fact_day.finditer(c.text):
        if _date_word(L, m.group("noun").lower()):
            continue  # "the morning of October 1", "la soirée du vendredi 1er octobre": a date, read as one
        off = L.fact_day_leads.get(_spelled_key(m.group("lead")), 0)
        own = next((h for h in hits if h.start >= m.end() and L.fact_own_date.fullmatch(c.text, m.end(), h.start)), None)
        if own is not None:
            # "le soir de la réunion du 9 avril": the fact carries its own date, read as written; « au lendemain du
            # scrutin du 11 mai »: the lead a day from it, a mention of its own
            if off and _one_day(own) and not any(h.start < m.end("lead") and m.start() < h.end for h in hits):
                day = _days_from(own.value, off)
                hits = sorted(hits + [_Hit(m.start(), m.end("lead"), day.isoformat(), relative=True, kind="D")],
                              key=lambda h: h.start)
            continue
        anchor = _fact_anchor(hits, c, m.start(), m.end(), m.group("noun"), L)
        if anchor is None and c.text[:m.start()].rstrip()[-1:] in ("", ".", "!", "?", "\n"):
            # opening a sentence ("Au lendemain du vote, …"), not inside one (« à la veille du déplacement »)
            anchor = _news_day(hits, c, L, m.start(), m.group("noun"))
        if anchor is None:
            continue
        day = _days_from(anchor.value, off)
        if day > c.pub and c.tense(m.start(), m.end()) < 0:
            # "The day after the assault, teachers walked out" a day after publication: the sentence that named the
            # fact ("the teacher assaulted in March returned this morning") dated another one
            continue
        hits = [h for h in hits if not (h.start < m.end() and m.start() < h.end)]
        hits.append(_Hit(m.start(), m.end(), day.isoformat(), relative=True, kind="D"))
    return sorted(hits, key=lambda h: h.start)


def _fact_word(noun: str, data: LanguageData, own: bool = True, others: bool = True) -> re.Pattern[str] | None:
    """A form of a fact's noun or of its verb in folded text (``own``), or other words the fact is told by
    (FACT_OTHER_WORDS, ``others``); None when there are none."""
    noun = fold(noun)
    # a word opening on the noun's first five letters and at most two letters longer than the noun: a form of it
    # or of its verb ("votes", "a voté"; "suspension", "suspendu"), not a longer word that starts the same
    # ("electrician" is no "election")
    forms = [rf"{re.escape(noun[:5])}\w{{0,{max(0, len(noun) - 3)}}}"] if own else []
    forms += data.FACT_OTHER_WORDS.get(noun, ()) if others else []
    return re.compile(rf"\b(?:{'|'.join(forms)})\b") if forms else None


def _news_day(hits: list[_Hit], c: _Ctx, L: _Lang, before: int, noun: str) -> _Hit | None:
    """The article's news day when its lead names the fact: the first day gone by its first two sentences give.

    A fact no sentence dates with its word ("Le conseil a voté la démolition. Le projet a été adopté lundi 29
    septembre … Au lendemain du vote") is the news the lead tells: its day is the lead's (dev pages)."""
    end = -1
    for _ in range(2):
        # a sentence opens after the last one's end and the blank lines of a paragraph break
        start = len(c.text) - len(c.text[end + 1:].lstrip(".!?;\n \t"))
        _, end = sentence_bounds(c.text, start, start)
    end = min(end, before)
    folded, offsets = c.folded(0, end)
    word = _fact_word(noun, c.data)
    named = [offsets[w.start()] for w in word.finditer(folded)] if word else []
    if not named or any(L.fact_count.search(c.text, max(0, at - 60), at) for at in named):
        return None  # not named, or named by a count from it ("Trois mois après l'incendie, … vendredi")
    today = c.pub.isoformat()
    return next((h for h in hits if h.start < end and _one_day(h) and h.value <= today), None)


def _lead_days(hits: list[_Hit], c: _Ctx, L: _Lang) -> list[_Hit]:
    """'the day after May 11', « au lendemain du 11 mai », « la veille du 3 octobre »: the day counted from the date
    the lead stands before, the lead and the date one mention (the date alone was read, a day off). Before a fact
    the date names ("the morning after the May 11 vote") the lead is a mention of its own, the date the fact's."""
    out: list[_Hit] = []
    for h in hits:
        lead = L.day_lead_before.search(c.text, max(0, h.start - 50), h.start) if _one_day(h) else None
        off = L.fact_day_leads.get(_spelled_key(lead.group("lead")), 0) if lead else 0
        if lead is None or not off or any(o is not h and o.start < h.start and lead.start() < o.end for o in hits):
            out.append(h)
            continue
        day = _days_from(h.value, off).isoformat()
        if not lead.group("article"):
            out.append(_Hit(lead.start(), h.end, day, relative=True, kind="D"))
        elif L.noun_after_date.match(c.text, h.end):
            out += [_Hit(lead.start(), lead.end("lead"), day, relative=True, kind="D"), h]
        else:
            out.append(h)
    return out


def _fact_anchor(hits: list[_Hit], c: _Ctx, start: int, end: int, noun: str, L: _Lang) -> _Hit | None:
    """The day the article gives the fact a noun names: a day of a sentence naming the noun (as its head, not as another
    noun's modifier) or a verb of its stem, the nearest before text[start:end], else the nearest after; None when no
    sentence names both.

    Other words the fact is told by (« sa chute », "the crash") are read only when no sentence dates its own noun or
    verb: they name other things as often (« la chute des températures » of another day; review 44, item 6)."""
    anchors = _fact_sentences(hits, c, start, end, noun, L, others=False) \
        or _fact_sentences(hits, c, start, end, noun, L, others=True)
    if not anchors:
        return None
    text = c.text
    chosen = sorted(((h, at) for _, h, at in anchors.values()), key=lambda pair: pair[0].start)
    before = [(h, at) for h, at in chosen if h.end <= start]
    h, at = before[-1] if before else chosen[0]
    count = L.fact_count.search(text, max(0, at - 60), at)
    if count is None:
        return h
    counted = _count(L, count, 99)
    if counted is None or counted[1] not in ("day", "week"):
        return None  # "trois mois après la chute": a day that far from the fact tells no day of it
    n, unit = counted
    days = n * (7 if unit == "week" else 1) * L.fact_directions.get(fold(count.group("dir")), 1)
    # "Douze jours après sa chute, il a quitté hier l'hôpital": the fall twelve days before yesterday
    return _Hit(h.start, h.end, (_dt.date.fromisoformat(h.value) - _dt.timedelta(days=days)).isoformat(), kind="D")


def _fact_sentences(hits: list[_Hit], c: _Ctx, start: int, end: int, noun: str, L: _Lang,
                    others: bool) -> dict[tuple[int, int], tuple[int, _Hit, int]]:
    """The sentences that date a fact by its own noun or verb (with ``others``, by its other words only), each with
    its day nearest the word: (distance, day, where the word is)."""
    text = c.text
    word = _fact_word(noun, c.data, own=not others, others=others)
    if word is None:
        return {}
    noun = fold(noun)
    anchors: dict[tuple[int, int], tuple[int, _Hit, int]] = {}
    for h in hits:
        if not _one_day(h) or (h.start < end and start < h.end):
            continue
        s, e = sentence_bounds(text, h.start, h.end)
        folded, offsets = c.folded(s, e)
        for w in word.finditer(folded):
            at = offsets[w.start()]
            # "The election campaign opened on Monday" dates the campaign, not the election (unseen pages); a verb of
            # the stem ("the mast collapsed late on …") modifies no noun; the day's own words name no fact
            if start <= at < end or (w.group() in (noun, noun + "s") and L.fact_modifier.match(folded, w.end())):
                continue
            aside = L.fact_aside.search(text, max(s, at - 40), at)
            if aside is not None and (not aside.group("rel") or h.start < aside.start()) \
                    and not L.fact_own_day.fullmatch(text, offsets[w.end()], h.start):
                continue
            # "The plant restarted on October 20, after the prefect lifted the ban the day before": of a sentence's
            # days, the one nearest the fact's word is the fact's (dev stories)
            near = (abs(at - h.start), h, at)
            if (s, e) not in anchors or near[0] < anchors[(s, e)][0]:
                anchors[(s, e)] = near
    return anchors


def _folded(text: str, s: int, e: int) -> tuple[str, Sequence[int]]:
    """text[s:e] folded (fold), with the offset in text of each folded character (accents and other marks dropped)."""
    piece = text[s:e]
    if piece.isascii():
        return piece.lower(), range(s, e + 1)
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(piece, s):
        f = ch.lower() if ch.isascii() else fold(ch)
        chars.append(f)
        offsets.extend([i] * len(f))
    offsets.append(e)
    return "".join(chars), offsets


def _fact_weekday(h: _Hit, hits: list[_Hit], c: _Ctx, L: _Lang) -> bool:
    """'the Monday after the race', « le jeudi précédant la réunion »: that weekday next to the day the same article
    gives the fact (_fact_anchor), not next to the last day the text named (_story_weekday read "the Thursday before
    the race" a week after the race told two paragraphs up: dev stories). False, the hit untouched, without one."""
    wd = h.weekday
    side = L.weekday_the_after.match(c.text, h.end) if wd is not None else None
    noun = L.fact_noun.match(c.text, side.end()) if side else None
    anchor = _fact_anchor(hits, c, h.start, noun.end(), noun.group("noun"), L) if noun else None
    if anchor is None:
        return False
    side_of = "next" if side.group("next") else "last"
    h.value = _resolve_wd(_dt.date.fromisoformat(anchor.value), wd, 0, side_of).isoformat()
    return True


def _weekday_dated(hits: list[_Hit], text: str, pub: _dt.date) -> list[_Hit]:
    """A bare weekday ahead a week before a day of that weekday the text dated ahead is that day.

    "rouvre samedi 10 octobre … le maire coupera le ruban samedi" (published Thursday 1 October): the writer repeats
    the day already dated, as readers take it, not the Saturday after publication. Only a day written with its
    number counts, only the same weekday a week later (a bare weekday's one ambiguity), and only ahead: told in the
    past a bare weekday is the latest one, the story having moved on from the day it dated ("returned to normal on
    Monday, eight days after the attack" of a Monday dated before; dev stories).
    """
    dated: list[_dt.date] = []
    for h in hits:
        m = _ANCHOR_DAY.match(h.value)
        day = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m and h.end_value is None else None
        if day is None:
            continue
        if h.bare_weekday is not None and h.anchor is None:
            sign = h.bare_weekday
            told = next((d for d in reversed(dated) if (d - day).days == 7 and d > pub), None) if sign >= 0 else None
            if told is not None:
                h.value = told.isoformat()
        elif re.search(r"\d", text[h.start:h.end]):
            dated.append(day)
    return hits


_YEAR_VALUE = re.compile(r"(\d{4})(?:-(\d{2}))?")
_NEAR_WORDS = re.compile(r"[\s,]*(?:[^\W\d]+[\s,'’]+){0,2}")


def _drop_names(hits: list[_Hit], c: _Ctx, L: _Lang) -> list[_Hit]:
    """Dates inside a name of a street or a building ("rue du 8-Mai-1945") are no dates: every hit within one goes."""
    names = [m.span("date") for m in L.date_name.finditer(c.text)]
    if not names:
        return hits
    return [h for h in hits if not any(s <= h.start < e for s, e in names)]


def _drop_habits(hits: list[_Hit], c: _Ctx, L: _Lang) -> list[_Hit]:
    """Year-less dates in a clause that says how often ('every year in June', 'chaque été') are habits, not dates.

    A frequency before the date ('chaque mars') is already read by the resolvers; here the frequency
    may stand two words away ("tous les ans, fin juin", "is usually closed in winter", issue 9). Further
    away it tells that a dated event recurs ("la foire a ouvert fin mai, comme chaque année"): a date.
    """
    out = []
    dropped_end = -1
    for h in sorted(hits, key=lambda h: h.start):
        # the end of a range whose start is a habit is one too ("usually runs from December to April")
        if h.tensed and dropped_end >= 0 and L.span_join.match(c.text[dropped_end:h.start]):
            dropped_end = h.end
            continue
        if h.end <= dropped_end:
            continue  # the month of a day dropped as a habit ("organisée chaque année le 14 juillet"): part of it
        # a start ("every month since October", "chaque mois depuis mars") is a date whatever recurs after it
        if (h.tensed or h.feast) and preposition_at(c.text, h.start, c.data) != -STRONG:
            # a feast recurs by nature: a frequency five words away in its clause still tells a habit ("rose every
            # year in the run-up to Valentine's Day")
            reach = 60 if h.feast else 40
            before = c.text[max(0, h.start - reach):h.start]
            after = c.text[h.end:h.end + reach]
            if h.feast:
                habit = _feast_habit(h, c, L, before, after)
            else:
                habit = any(m.end() >= len(before) - 1 or _NEAR_WORDS.fullmatch(before[m.end():])
                            for m in L.habitual.finditer(before)) or \
                    any(m.start() <= 2 or _NEAR_WORDS.fullmatch(after[:m.start()]) for m in L.habitual.finditer(after))
            if habit:
                dropped_end = h.end
                continue
        out.append(h)
    return out


def _feast_habit(h: _Hit, c: _Ctx, L: _Lang, before: str, after: str) -> bool:
    """Whether a frequency in a feast's own clause (no comma between) makes it every year's feast."""
    for m in L.feast_habitual.finditer(before):
        if L.feast_near.fullmatch(before[m.end():]) is None:
            continue
        # "the annual Boxing Day swim will go ahead", « l'annuel marché de Noël a ouvert »: the year's adjective right
        # on the feast names its event, whose edition a past or future verb tells; only told in the present ("the
        # annual Boxing Day swim draws crowds") is it a habit
        if not before[m.end():].strip() and L.feast_annual.fullmatch(m.group(0)) and c.tense(h.start, h.end):
            continue
        return True
    if any(L.feast_near.fullmatch(after[:m.start()]) for m in L.feast_habitual.finditer(after)):
        return True
    # the feast naming a noun's event ("the club's Boxing Day charity fourball, played every year since…"): an aside
    # on that noun, right after it, tells of the feast's event; a feast told with a preposition ("on New Year's Eve
    # for the fireworks, cancelled every year") is the day, the aside another noun's
    aside = _FEAST_ASIDE.match(after) \
        if L.weekday_attribute_before.search(c.text, max(0, h.start - 30), h.start) else None
    return aside is not None and any(m.start() == aside.end() for m in L.feast_habitual.finditer(after))


_FEAST_ASIDE = re.compile(r"(?:\s+[^\W\d]+){1,2}\s*,\s*[^\W\d]+\s+")


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n)[\W_]*(?:[^\W\d]+[\s'’]+){0,2}$")


def _at_sentence_start(text: str, start: int) -> bool:
    """Whether no more than two words stand between a sentence's start and ``start`` ("In late May")."""
    return _OPENS_SENTENCE.search(text, max(0, start - 40), start) is not None


def _anchor_on_text(hits: list[_Hit], c: _Ctx, L: _Lang) -> list[_Hit]:
    """A year-less date takes the year the text just named, where the text still tells of that year (issue 9)."""
    # "The dam was finished in 2019. In late May, cracks appeared": May 2019, not the May nearest to publication.
    # Narrowly: the date opens its sentence (a story moving on in time) and the year was named in that sentence or the
    # one before; or the date is in the clause a year opens ("In 2019, a flood closed the lake for the whole of
    # August"); or it stands beside a year (« avait organisé l'an dernier, en août, une nuit des étoiles »). The year
    # is not the bound of a period ("since 2019", "until the end of 2024", which reach the present), not the
    # publication's, and agrees with the tense. Elsewhere news mostly tells the present against a background year, and
    # publication wins.
    base: tuple[int, int | None] | None = None  # (year, month) of the last date the text named
    base_end = 0
    base_opens = False  # the base year opens its sentence ("En 2071, …")
    year_before: tuple[int, int] | None = None  # (year, end) of the last year named, relative ones too ("last year")
    chained = False  # the last date took the year the text named
    for h in hits:
        given: tuple[int, int | None] | None = None
        if h.tensed and year_before is not None and _apposed(L, c.text[year_before[1]:h.start]):
            given = (year_before[0], None)
        elif h.tensed and base is not None and (
                _at_sentence_start(c.text, h.start) and len(_SENTENCE_END.findall(c.text, base_end, h.start)) <= 1
                or base_opens and _in_year_clause(L, c, base_end, h.start)
                or chained and _chain_goes_on(L, c, base_end, h)):
            # a date after one that took the text's year in its sentence goes on in that year ("In 2019 … In March,
            # it signed its first coach, and in May it won promotion": May 2019)
            given = base
        year = _anchored_year(h, given, c) if given is not None else None
        chained = year is not None
        if year is not None:
            h.value = f"{year:04d}{h.value[4:]}"
            if h.end_value:
                h.end_value = f"{year:04d}{h.end_value[4:]}"
            base_end = h.end
            continue
        m = _YEAR_VALUE.match(h.end_value or h.value)
        year_before = (int(m.group(1)), h.end) if m and not m.group(2) and not h.end_value else None
        if h.relative or m is None or preposition_at(c.text, h.start, c.data):
            base = None  # read from publication, or a period's bound: the text is back in the present
            continue
        base = (int(m.group(1)), int(m.group(2)) if m.group(2) and m.group(2).isdigit() else None)
        base_end = h.end
        base_opens = _at_sentence_start(c.text, h.start)
    return hits


def _chain_goes_on(L: _Lang, c: _Ctx, last_end: int, h: _Hit) -> bool:
    """Whether a date after one that took the text's year, in its sentence, still tells that year's story."""
    # only a deed told in the past goes on in that year: "now", a present or a future is back at publication ("and it
    # now employs 20, up from 12 in January", « et elle déménage en juin »), and "since" / « depuis » reaches it
    return not _SENTENCE_END.search(c.text, last_end, h.start) and told_past_in_own_clause(c.text, h.start, h.end, c.data) \
        and not L.back_to_present.search(c.text, last_end, h.start) and not preposition_at(c.text, h.start, c.data)


def _in_year_clause(L: _Lang, c: _Ctx, year_end: int, start: int) -> bool:
    """Whether a date at ``start`` is told in the clause of the year that ends at ``year_end``."""
    # not another clause after it ("In 2019, the council promised repairs, which began in March"), nor one told back
    # in the present ("where its chief now lives since January") or nearer it than the year's past perfect (« avait
    # quitté le village où elle est revenue en janvier »); the year's own comma is no break ("En 2071, un épisode …"),
    # nor is an aside's after it ("In 1948, after a stormy hearing, the commission turned it down in November")
    between = re.sub(r"^\s*,", "", c.text[year_end:start])
    aside = L.year_aside.match(between) if between != c.text[year_end:start] else None
    between = between[aside.end():] if aside else between
    return not _SENTENCE_END.search(between) and not L.clause_break.search(between) \
        and not L.back_to_present.search(between) and not told_past_perfect_then(c.text, year_end, start, c.data)


def _apposed(L: _Lang, between: str) -> bool:
    """Whether the words between a year and a date set the date beside it, no more than a comma and a preposition
    ("last year, in August", « l'an dernier, en août »)."""
    return "," in between and len(between) <= 12 \
        and re.fullmatch(r"[\s,]*", L.date_prep.sub("", between.lower())) is not None


def _anchored_year(h: _Hit, base: tuple[int, int | None], c: _Ctx) -> int | None:
    """The year a year-less date takes from the date named before it, None to keep publication's reading."""
    year, month = base
    if year == c.pub.year or not h.value[:4].isdigit() or int(h.value[:4]) == year:
        return None
    direction = c.tense(h.start, h.end)
    if (year < c.pub.year and direction > 0) or (year > c.pub.year and direction < 0):
        return None
    if month is not None and h.month is not None and abs(h.month - month) > 6:
        # "In November 2019 … In March": the March nearest to the date named, the next year's
        return year + (1 if h.month < month else -1)
    return year


_GONE_DAY = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def _season_from_saying(hits: list[_Hit], c: _Ctx) -> list[_Hit]:
    """A season told in the future seen from the past looks ahead from the day its sentence names before it, gone by
    publication ("In May, the mayor said the pool would reopen in the summer", written in December: that summer, not
    the next one): the season holding that day or the one after it. A day gone by named after it ("planned to open a
    shop in the autumn, but the deal collapsed in November") tells what became of the plan: the season nearest it."""
    for h in hits:
        if not h.said_ahead or h.end_value or not re.fullmatch(r"\d{4}-(?:SP|SU|FA|WI)", h.value):
            continue
        s, e = sentence_bounds(c.text, h.start, h.end)
        gone = [(p, m, _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))) for p in hits
                if p is not h and s <= p.start and p.end <= e and not p.end_value and not p.said_ahead
                and (m := _GONE_DAY.fullmatch(p.value)) and 1 <= int(m.group(2)) <= 12]
        gone = [(p, m, first) for p, m, first in gone if first < c.pub]
        season = h.value[5:]
        before = [first for p, _, first in gone if p.end <= h.start]
        after = [(int(m.group(1)), m.group(2)) for p, m, _ in gone if p.start >= h.end]
        if before:
            first = before[-1]
            y = min(y for y in range(first.year - 1, first.year + 2) if _season_occ(y, season)[1] >= first)
        elif after:
            y = _season_next_to(*after[0], season, 0)
        else:
            continue
        h.value = f"{y:04d}-{season}"
    return hits


def _anaphoric_day(hits: list[_Hit], c: _Ctx, the_day: re.Pattern[str]) -> list[_Hit]:
    """TimeML mode: 'ended the day', 'late in the day', 'the same day' = the last day mentioned before; 'their best
    week since', 'a fourth week in a row' = that day's week (month, year)."""
    out = list(hits)
    for m in the_day.finditer(c.text):
        g = next(k for k in ("a", "b", "c", "p", "q") if m.groupdict().get(k))
        s0, e0 = (m.start(), m.end()) if g == "a" else (m.start(g), m.end(g))
        if any(h.start < e0 and s0 < h.end for h in hits):
            continue
        prev = [h for h in hits if h.end <= s0 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", h.value)]
        day = _dt.date.fromisoformat(prev[-1].value) if prev else c.pub
        unit = c.data.UNITS.get((m.groupdict().get("unit") or m.groupdict().get("unit2") or "day").lower(), "day")
        value, kind = {"week": (_iso_week(day), "W"), "month": (f"{day:%Y-%m}", "M"),
                       "year": (f"{day.year:04d}", "Y")}.get(unit, (day.isoformat(), "D"))
        out.append(_Hit(s0, e0, value, relative=True, kind=kind))
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
    data = for_language(language)
    if data is None:
        return fallback_tag(text, pub, normalize(language))
    rules = data.compiled(_Lang)
    ctx = _Ctx(text, pub, data, refs)
    hits: list[_Hit] = []
    for pat, handler, prio in rules.patterns:
        for m in pat.finditer(text):
            r = handler(m, ctx)
            if r is None:
                continue
            for h in (r if isinstance(r, list) else [r]):
                h.prio = max(h.prio, prio) if h.prio >= 0 else h.prio
                hits.append(h)
    # A year-less date takes a named year first, so that "the following spring" after it reads from it.
    merged = _merge_spans(_day_in_named_year(_select(_drop_habits(_drop_names(hits, ctx, rules), ctx, rules)), ctx), ctx, rules)
    sel = _from_text(_season_from_saying(_anchor_on_text(_edition_year(merged, ctx, rules), ctx, rules), ctx), ctx, rules)
    sel = _ordinal_days(_weekday_dated(sel, text, pub), ctx, rules)
    sel = _lead_days(_fact_days(sel, ctx, rules), ctx, rules)
    if refs and rules.anaphoric_day is not None:
        sel = _anaphoric_day(sel, ctx, rules.anaphoric_day)
    return [DateMention(h.start, h.end, text[h.start:h.end], h.value, h.end_value, h.mod, h.relative) for h in sel]
