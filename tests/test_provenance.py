"""Provenance (issue 11): a quote must be in its article and its date words in the quote; --strict stops the build."""

from __future__ import annotations

import pytest

from conftest import snapshot, write


def event(root, name: str, quote: str, date_text: str = "") -> None:
    """A reviewed event citing city-paper with this quote."""
    write(root / f"content/events/{name}.yaml", f"""
        title: Something
        date: 2022-11
        status: reviewed
        sources:
          - source: city-paper
            quote: {quote}
        """ + (f"    date_text: {date_text}\n" if date_text else ""))


@pytest.mark.parametrize("quote", [
    '"the BRIDGE closed in   November 2022."',       # case and spacing
    "“The bridge closed in November 2022”",          # typographic quotes around it
    "The bridge closed\n                in November 2022.",  # folded over two lines
])
def test_a_quote_found_despite_spacing_quotes_and_case_is_fine(small_site, run_cli, quote):
    event(small_site, "fine", quote, "in November 2022")
    result = run_cli("--site", small_site, "check")
    assert result.code == 0 and "0 warning(s)" in result.out, result.err


def test_a_quote_not_in_its_source_is_a_located_warning(small_site, run_cli):
    event(small_site, "made-up", '"I never said this"')
    result = run_cli("--site", small_site, "check")
    assert result.code == 0 and "1 warning(s)" in result.out
    assert ("content/events/made-up.yaml:6:12: warning: the quote is not in source 'city-paper' "
            "(") in result.err
    assert "content/sources/city-paper.md): check it against the article" in result.err
    assert '        quote: "I never said this"\n               ^' in result.err
    built = run_cli("--site", small_site, "build")
    assert built.code == 0 and "warning: the quote is not in source 'city-paper'" in built.err


def test_date_words_not_in_the_quote_are_a_warning(small_site, run_cli):
    event(small_site, "moved", "The bridge closed in November 2022.", "in December 2022")
    result = run_cli("--site", small_site, "check")
    assert ("content/events/moved.yaml:7:16: warning: date_text 'in December 2022' is not in the quote "
            "from source 'city-paper'") in result.err


def test_strict_build_turns_warnings_into_errors_and_writes_nothing(small_site, run_cli):
    assert run_cli("--site", small_site, "build").code == 0
    before = snapshot(small_site / "site")
    event(small_site, "made-up", "I never said this")
    result = run_cli("--site", small_site, "build", "--strict")
    assert result.code == 1
    assert "content/events/made-up.yaml:6:12: the quote is not in source 'city-paper'" in result.err
    assert "1 error(s): nothing was written" in result.err
    assert snapshot(small_site / "site") == before


def test_drafts_left_out_of_a_build_are_not_held_against_it(small_site, run_cli):
    write(small_site / "content/events/draft.yaml", """
        title: A draft
        date: 2022
        sources:
          - source: city-paper
            quote: Not in the article.
        """)
    assert run_cli("--site", small_site, "build", "--strict").code == 0
    assert run_cli("--site", small_site, "build", "--strict", "--drafts").code == 1
    assert "draft.yaml:5:12: warning: the quote is not in source" in run_cli("--site", small_site, "check").err


def test_a_renamed_source_gets_did_you_mean(small_site, run_cli):
    (small_site / "content/sources/city-paper.md").rename(small_site / "content/sources/city-paper-2024.md")
    result = run_cli("--site", small_site, "check")
    assert result.code == 1
    assert "unknown source 'city-paper' (did you mean 'city-paper-2024'?)" in result.err
