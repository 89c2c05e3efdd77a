"""claim-timeline review: the drafts, by source in reading order, each with its date words, sentence and file."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import write

RADIO = """
    ---
    title: Morning show
    published: 2024-03-20
    language: en
    ---
    The mayor spoke at length.

    In January 2024 the council   hired a new engineer. Nobody objected.
    """


def drafts_site(root: Path) -> Path:
    """small_site plus a second, later source and three drafts told in an order that differs from their ids."""
    write(root / "content/sources/radio.md", RADIO)
    write(root / "content/events/b-engineer.yaml", """
        title: The council hires an engineer
        date: 2024-01
        sources:
          - source: radio
            quote: In January 2024 the council hired a new engineer.
            date_text: In January 2024
        """)
    write(root / "content/events/z-closed-again.yaml", """
        title: The bridge closes
        date: 2022-11
        status: extracted
        sources:
          - source: city-paper
            quote: “The bridge closed in NOVEMBER 2022.”
            date_text: in November 2022
        """)
    write(root / "content/events/a-reopened.yaml", """
        title: Reopened
        date: 2024-03-12
        kind: claim
        speaker: Ada Park
        sources:
          - source: city-paper
            quote: It reopened on Tuesday.
            date_text: on Tuesday
        """)
    return root


def test_review_lists_drafts_by_source_in_reading_order(small_site, run_cli):
    drafts_site(small_site)
    result = run_cli("--site", small_site, "review")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "3 events await review, from 2 sources (set 'status: reviewed' in a file to publish it):"
    headings = [line for line in lines if line.startswith("== ")]
    assert headings == ["== The bridge reopens (city-paper, published 2024-03-14): 2",
                        "== Morning show (radio, published 2024-03-20): 1"]
    files = [line.split()[-1] for line in lines if line.endswith(".yaml")]
    # city-paper tells the closure before the reopening, whatever the file names say.
    assert [Path(f).name for f in files] == ["z-closed-again.yaml", "a-reopened.yaml", "b-engineer.yaml"]
    assert all(Path(f).is_file() for f in files)
    at = lines.index(next(line for line in lines if line.endswith("z-closed-again.yaml")))
    assert lines[at].startswith('  2022-11 from "in November 2022"  [event]')
    assert lines[at + 1] == "    title: The bridge closes"
    assert lines[at + 2] == "    [[The bridge closed in November 2022]]. It reopened on Tuesday."
    claim = next(line for line in lines if line.endswith("a-reopened.yaml"))
    assert "[claim, Ada Park said]" in claim
    # spacing in the article differs from the quote: still found, shown as the article has it
    assert "    [[In January 2024 the council hired a new engineer]]. Nobody objected." in lines
    assert "bridge-closed" not in result.out  # reviewed events are not in the queue


def test_review_json_for_scripts(small_site, run_cli):
    drafts_site(small_site)
    result = run_cli("--site", small_site, "review", "--json")
    data = json.loads(result.out)
    assert data["count"] == 3
    assert [s["id"] for s in data["sources"]] == ["city-paper", "radio"]
    engineer = data["sources"][1]["events"][0]
    assert engineer["id"] == "b-engineer" and engineer["date"] == "2024-01" and engineer["status"] == "extracted"
    paragraph = engineer["paragraph"]
    assert paragraph == "In January 2024 the council   hired a new engineer. Nobody objected."
    start, end = engineer["date_span"]
    assert paragraph[start:end] == "In January 2024"
    start, end = engineer["quote_span"]
    assert paragraph[start:end] == "In January 2024 the council   hired a new engineer"
    assert engineer["file"].endswith("content/events/b-engineer.yaml")


def test_a_quote_not_in_its_source_is_said_so(small_site, run_cli):
    write(small_site / "content/events/made-up.yaml", """
        title: Made up
        date: 2024
        sources:
          - source: city-paper
            quote: I never said this
        """)
    result = run_cli("--site", small_site, "review")
    assert "    quote (not found in the source's text): I never said this" in result.out


def test_nothing_to_review(small_site, run_cli):
    result = run_cli("--site", small_site, "review")
    assert result.code == 0 and result.out == "Nothing to review: every event is reviewed.\n"
    assert json.loads(run_cli("--site", small_site, "review", "--json").out) == {"count": 0, "sources": []}


def test_review_reports_bad_files_with_their_location(small_site, run_cli):
    write(small_site / "content/events/bad.yaml", "title: X\ndate: 2024-13\nsources: [city-paper]\n")
    result = run_cli("--site", small_site, "review")
    assert result.code == 1 and "content/events/bad.yaml:2:7:" in result.err


from hypothesis import given, settings, strategies as st  # noqa: E402

from generator.review import contains, find_quote  # noqa: E402

_TEXTY = st.text(alphabet=st.sampled_from(list("ab AB\t\n\u00a0’'\"«»….İßΣ")), max_size=30)


@settings(max_examples=400, deadline=None)
@given(text=_TEXTY, words=_TEXTY, cut=st.tuples(st.integers(0, 30), st.integers(0, 30)))
def test_the_quick_exact_match_agrees_with_the_folded_search(text: str, words: str, cut: tuple[int, int]) -> None:
    # contains() answers an exact match without folding (issue 12): it must never disagree with find_quote.
    for needle in (words, text[min(cut):max(cut)]):
        assert contains(text, needle) == (find_quote(text, needle) is not None)
