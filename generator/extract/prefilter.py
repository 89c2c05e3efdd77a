"""A first-character lookahead for regexes scanned over whole texts.

Python's regex engine tries the whole pattern at every position of the text. A rule that opens
with optional words ("au début de", "the end of") tries each of them everywhere, which is where
the date tagger spent most of its time. ``with_first_chars`` prefixes a pattern with a lookahead
on the characters its matches can start with (computed from the parsed pattern), so most
positions fail after one character test. The matches are the same: the lookahead only rejects
positions where the pattern could not match anyway.
"""
from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

_CATEGORY = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}


class _Unknown(Exception):
    """The pattern can start with any character (or with one this module does not model)."""


def _class_items(items: list[tuple[object, object]]) -> list[str]:
    """Class source for the items of a parsed [...] set that is not negated."""
    out: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(re.escape(chr(av)))  # type: ignore[arg-type]
        elif op is C.RANGE:
            lo, hi = av  # type: ignore[misc]
            out.append(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}")
        elif op is C.CATEGORY and av in _CATEGORY:
            out.append(_CATEGORY[av])  # type: ignore[index]
        else:
            raise _Unknown  # NEGATE or a category of another kind
    return out


def _first(seq: list[tuple[object, object]], acc: list[str]) -> bool:
    """Add to acc the class items a match of seq can start with; whether seq can match empty."""
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the next item gives the first character
        if op is C.LITERAL:
            acc.append(re.escape(chr(av)))  # type: ignore[arg-type]
            return False
        if op is C.IN:
            acc.extend(_class_items(av))  # type: ignore[arg-type]
            return False
        if op is C.BRANCH:
            nullable = False
            for alt in av[1]:  # type: ignore[index]
                nullable = _first(list(alt), acc) or nullable
            if not nullable:
                return False
        elif op is C.SUBPATTERN:
            _, add_flags, del_flags, sub = av  # type: ignore[misc]
            if add_flags or del_flags:
                raise _Unknown  # an inline flag changes what the characters mean
            if not _first(list(sub), acc):
                return False
        elif op is C.ATOMIC_GROUP:
            if not _first(list(av), acc):  # type: ignore[arg-type]
                return False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _, sub = av  # type: ignore[misc]
            if not _first(list(sub), acc) and low > 0:
                return False
        else:
            raise _Unknown  # ANY, NOT_LITERAL, group references, …
    return True


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """The lookahead '(?=[…])' on the characters a match of pattern can start with, None when any can."""
    try:
        acc: list[str] = []
        parsed = P.parse(pattern, flags)
        if parsed.state.flags & ~(flags | re.UNICODE):
            return None  # a global inline flag ('(?i)…') must stay at the pattern's start
        if _first(list(parsed), acc):
            return None  # the pattern can match the empty string: every position is a start
    except _Unknown:
        return None
    return "(?=[" + "".join(dict.fromkeys(acc)) + "])"


def with_first_chars(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """pattern compiled with flags, behind the lookahead on its first characters when there is one."""
    head = first_chars(pattern, flags)
    return re.compile(pattern if head is None else f"{head}(?:{pattern})", flags)
