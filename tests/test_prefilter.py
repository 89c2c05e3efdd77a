"""The first-character lookahead (generator.extract.prefilter) changes how fast a rule scans, never what it finds."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.lang import for_language
from generator.extract.prefilter import first_chars, with_first_chars

ARTICLES = Path(__file__).resolve().parent / "extraction" / "articles"


@pytest.mark.parametrize("pattern, flags, head", [
    (r"\b(?:au|the\s+)?mars", 0, "(?=[atm])"),          # an optional word: its letters and the next word's
    (r"(?<![\w.])(?P<d>\d{1,2})\s+mai", 0, r"(?=[\d])"),  # a lookbehind consumes nothing
    (r"(?:a|b)*c", 0, "(?=[abc])"),
    (r"[x-z]|q", re.IGNORECASE, "(?=[x-zq])"),
])
def test_the_lookahead_names_the_characters_a_match_can_start_with(pattern: str, flags: int, head: str) -> None:
    assert first_chars(pattern, flags) == head


@pytest.mark.parametrize("pattern", [
    r"a?",            # matches the empty string: every position is a start
    r"[^a]b",         # a negated set
    r".b",            # any character
    r"(?i)ab",        # a global inline flag must stay first
    r"(?i:a)b",       # a local one changes the letters' meaning
])
def test_no_lookahead_where_any_position_may_start_a_match(pattern: str) -> None:
    assert first_chars(pattern) is None
    assert with_first_chars(pattern).pattern == pattern


def _rules() -> list[tuple[str, str]]:
    from generator.extract.temporal import _Lang

    out = []
    for code in ("fr", "en"):
        L = for_language(code).compiled(_Lang)
        for p, _, _ in L.patterns:
            out.append((code, p.pattern))
    return out


def _plain(pattern: str) -> str:
    """The rule as written, without the lookahead with_first_chars put before it."""
    m = re.match(r"\(\?=\[(?:\\.|[^\]])*\]\)\(\?:", pattern)
    return pattern[m.end():-1] if m else pattern


def test_every_date_rule_finds_the_same_matches_with_and_without_its_lookahead() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.md"))]
    assert texts
    checked = 0
    for _, source in _rules():
        fast, plain = re.compile(source, re.IGNORECASE), re.compile(_plain(source), re.IGNORECASE)
        assert fast.pattern != plain.pattern, source[:60]  # every rule of ours has a first-character set
        for t in texts:
            assert [m.span() for m in fast.finditer(t)] == [m.span() for m in plain.finditer(t)]
            checked += 1
    assert checked > 100


_ALPHABET = "aàeélmnorstdjuiy1290 '’-.,KkſİıI\u212a"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60), st.sampled_from([0, re.IGNORECASE]))
def test_random_texts_match_alike_including_case_folded_letters(text: str, flags: int) -> None:
    for source in (r"\b(?:le\s+|l['’])?(?:mai|juin|k\w+)", r"(?<![\w.])(?:1er|\d{1,2})\s+(?:mai|sept)", r"(?:s|ı|i)\d"):
        fast, plain = with_first_chars(source, flags), re.compile(source, flags)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
