"""Cheap tense detection around a date mention: past (-1), future (+1) or unknown (0)."""
from __future__ import annotations

import re

from .lang import LanguageData

# A language's cues (lang/<code>.py FUTURE, PAST, PRESENT, PREP_FUTURE,
# PREP_PAST) are verb forms and prepositions; the cue nearest to the date
# mention inside its sentence decides the direction of a year-less date.


class _Cues:
    """One language's tense cues, compiled."""

    def __init__(self, data: LanguageData) -> None:
        self.future = re.compile(data.FUTURE)
        self.past = re.compile(data.PAST)
        self.present = re.compile(data.PRESENT)
        self.future_in_past = re.compile(data.FUTURE_IN_PAST)
        self.prep_future = re.compile(data.PREP_FUTURE)
        self.prep_past = re.compile(data.PREP_PAST)
        self.future_stop: frozenset[str] = data.FUTURE_STOP
        self.past_stop: frozenset[str] = data.PAST_STOP


_SENT_END = re.compile(r"[.!?;\n]")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end offsets of the sentence around [start, end)."""
    lo = max(0, start - 400)
    s = lo
    for m in _SENT_END.finditer(text, lo, start):
        # A dot followed by a space or the end closes a sentence; "M." and
        # "Jan." also do, which only shortens the window a little.
        s = m.end()
    hi = min(len(text), end + 400)
    m2 = _SENT_END.search(text, end, hi)
    e = m2.start() if m2 else hi
    return s, e


def tense_at(text: str, start: int, end: int, data: LanguageData) -> int:
    """-1 when the nearest verb cue in the sentence is past, +1 when future, 0 when none.

    A preposition right before the date is a stronger cue than any verb: "pour
    samedi", "jusqu'au 11 août", "until Friday" look ahead; "depuis", "since" look back.
    """
    cues = data.compiled(_Cues)
    before = text[max(0, start - 25):start]
    if cues.prep_future.search(before):
        return 1
    if cues.prep_past.search(before):
        return -1
    s, e = sentence_bounds(text, start, end)
    sent = text[s:e]
    if sent.isupper():
        sent = sent.lower()
    ms, me = start - s, end - s
    fut, past, fstop, pstop = cues.future, cues.past, cues.future_stop, cues.past_stop
    best: tuple[int, int] | None = None  # (distance, direction)
    # The future seen from the past ("devaient être livrés", "was due to") looks neither way: the date
    # may have passed or not by publication, so it counts as a cue without direction (issue 9).
    held: list[tuple[int, int]] = []
    for m in cues.future_in_past.finditer(sent):
        if ms <= m.start() < me:
            continue
        held.append((m.start(), m.end()))
        d = m.start() - me if m.start() >= me else ms - m.end()
        if best is None or d < best[0]:
            best = (d, 0)
    fut_spans: list[tuple[int, int]] = []
    past_spans: list[tuple[int, int]] = []
    for m in fut.finditer(sent):
        if ms <= m.start() < me:
            continue  # a cue inside the mention itself ("mardi prochain") is not a verb
        w = m.group(0).lower()
        if w in fstop or _overlaps(m, held):
            continue
        fut_spans.append((m.start(), m.end()))
        d = m.start() - me if m.start() >= me else ms - m.end()
        if best is None or d < best[0]:
            best = (d, 1)
    for m in past.finditer(sent):
        if ms <= m.start() < me:
            continue
        w = m.group(0).lower()
        last = w.split()[-1] if w.split() else w
        if w in pstop or last in pstop:
            continue
        if _overlaps(m, fut_spans) or _overlaps(m, held):
            continue
        past_spans.append((m.start(), m.end()))
        d = m.start() - me if m.start() >= me else ms - m.end()
        if best is None or d < best[0]:
            best = (d, -1)
    taken = held + fut_spans + past_spans
    for m in cues.present.finditer(sent):
        if ms <= m.start() < me or any(a <= m.start() < b for a, b in taken):
            continue
        d = m.start() - me if m.start() >= me else ms - m.end()
        if best is None or d < best[0]:
            best = (d, 0)
    return best[1] if best else 0


def _overlaps(match: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    """Whether a cue overlaps one already read as another kind of cue."""
    return any(a <= match.start() < b or match.start() <= a < match.end() for a, b in spans)
