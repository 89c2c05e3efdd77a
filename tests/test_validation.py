"""Bad input: every problem is reported as path:line:column with the offending line, and site/ is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import snapshot, write

GOOD_SOURCES = "sources:\n  - source: city-paper\n"


def event_file(site: Path, name: str, text: str) -> Path:
    """Write an event file verbatim (positions in the tests are counted on this exact text)."""
    path = site / "content/events" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# (file name, exact file text, expected "line:column: message", expected offending line)
CASES = [
    pytest.param(
        "syntax.yaml", "title: a: b\ndate: 2024\n" + GOOD_SOURCES,
        "1:9: YAML syntax error: mapping values are not allowed here", "title: a: b", id="yaml-syntax",
    ),
    pytest.param(
        "no-title.yaml", "date: 2024-06\n" + GOOD_SOURCES,
        "1:1: the event has no 'title'", "date: 2024-06", id="missing-title",
    ),
    pytest.param(
        "no-date.yaml", "title: Something\n" + GOOD_SOURCES,
        "1:1: the event has no 'date'", "title: Something", id="missing-date",
    ),
    pytest.param(
        "feb30.yaml", "title: X\ndate: 2024-02-30\n" + GOOD_SOURCES,
        "2:7: invalid date: '2024-02-30': February 2024 has no day 30 (it has 29 days)", "date: 2024-02-30",
        id="impossible-day",
    ),
    pytest.param(
        "month13.yaml", "title: X\ndate: \"2024-13\"\n" + GOOD_SOURCES,
        "2:7: invalid date: '2024-13': 2024 has no month 13 (1 to 12)", 'date: "2024-13"', id="impossible-month",
    ),
    pytest.param(
        "w54.yaml", "title: X\ndate: 2025-W54\n" + GOOD_SOURCES,
        "2:7: invalid date: '2025-W54': 2025 has no ISO week 54 (1 to 52)", "date: 2025-W54", id="impossible-week",
    ),
    pytest.param(
        "span.yaml", "title: X\ndate: {start: 2021, end: 2019}\n" + GOOD_SOURCES,
        "2:7: invalid date: the span ends (2019) before it starts (2021)", "date: {start: 2021, end: 2019}",
        id="span-backwards",
    ),
    pytest.param(
        "unknown-source.yaml", "title: X\ndate: 2024\nsources:\n  - source: city-papr\n",
        "4:13: unknown source 'city-papr' (did you mean 'city-paper'?)", "  - source: city-papr",
        id="unknown-source",
    ),
    pytest.param(
        "empty.yaml", "", "1:1: the file is empty: it should hold an event", None, id="empty-file",
    ),
    pytest.param(
        "list.yaml", "- title: X\n  date: 2024\n",
        "1:1: expected an event (a mapping of fields), found a list", "- title: X", id="list-not-mapping",
    ),
    pytest.param(
        "claim.yaml", "title: X\ndate: 2024\nkind: claim\n" + GOOD_SOURCES,
        "1:1: a claim needs a 'speaker': who said it", "title: X", id="claim-without-speaker",
    ),
    pytest.param(
        "kind.yaml", "title: X\ndate: 2024\nkind: rumour\n" + GOOD_SOURCES,
        "3:7: 'kind' must be one of: event, claim (found 'rumour')", "kind: rumour", id="bad-kind",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected", "shown"), CASES)
def test_bad_event_file_is_located_and_keeps_the_site(small_site, run_cli, name, text, expected, shown):
    assert run_cli("--site", small_site, "build").code == 0
    before = snapshot(small_site / "site")
    event_file(small_site, name, text)

    result = run_cli("--site", small_site, "build")

    assert result.code == 1
    assert "Traceback" not in result.err
    assert f"content/events/{name}:{expected}" in result.err, result.err
    if shown is not None:
        assert f"\n    {shown}\n" in result.err, result.err
    assert snapshot(small_site / "site") == before
    assert run_cli("--site", small_site, "check").code == 1


def test_a_file_that_is_not_utf8(small_site, run_cli):
    assert run_cli("--site", small_site, "build").code == 0
    before = snapshot(small_site / "site")
    (small_site / "content/events/latin1.yaml").write_bytes(b"title: caf\xe9\ndate: 2024\n" + GOOD_SOURCES.encode())
    result = run_cli("--site", small_site, "build")
    assert result.code == 1
    # "title: caf" is 10 characters: the bad byte is the 11th of line 1.
    assert "content/events/latin1.yaml:1:11: the file is not UTF-8 (byte 0xe9)" in result.err, result.err
    assert snapshot(small_site / "site") == before


def test_two_events_with_the_same_id(small_site, run_cli):
    event_file(small_site, "2024/bridge-closed.yaml", "title: Again\ndate: 2024\n" + GOOD_SOURCES)
    result = run_cli("--site", small_site, "build")
    assert result.code == 1
    assert "content/events/bridge-closed.yaml" in result.err
    assert "1:1: duplicate event id 'bridge-closed'" in result.err, result.err


def test_every_problem_in_every_file_is_reported_at_once(small_site, run_cli):
    event_file(small_site, "a.yaml", "title: A\ndate: 2024-02-30\n" + GOOD_SOURCES)
    event_file(small_site, "b.yaml", "date: 2024\n" + GOOD_SOURCES)
    write(small_site / "content/sources/broken.md", "---\ntitle: No date\nlanguage: en\n---\nText.\n")
    result = run_cli("--site", small_site, "build")
    assert result.code == 1
    assert "content/events/a.yaml:2:7:" in result.err
    assert "content/events/b.yaml:1:1: the event has no 'title'" in result.err
    assert "content/sources/broken.md:1:1: the front matter has no 'published' date" in result.err
    assert "3 error(s): nothing was written" in result.err


def test_unknown_field_is_a_warning_with_a_suggestion(small_site, run_cli):
    event_file(small_site, "typo.yaml", "title: X\ndate: 2024\ntgas: [a]\n" + GOOD_SOURCES)
    result = run_cli("--site", small_site, "build")
    assert result.code == 0
    assert "content/events/typo.yaml:3:1: warning: unknown field 'tgas' (did you mean 'tags'?)" in result.err


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---\ntitle: T\npublished: 2024-02-30\nlanguage: en\n---\nBody\n",
         "3:12: invalid 'published': '2024-02-30': February 2024 has no day 30 (it has 29 days)"),
        ("---\ntitle: T\npublished: 2024-06\nlanguage: en\n---\nBody\n",
         "3:12: 'published' must be a full day (YYYY-MM-DD), found '2024-06'"),
        ("---\ntitle: T\npublished: 2024-06-01\nlanguage: xx-nowhere\n---\nBody\n",
         "4:11: unknown language 'xx-nowhere'"),
        ("Just text, no front matter\n", "1:1: a source must start with YAML front matter"),
        ("---\ntitle: [unclosed\n---\nBody\n", "3:1: YAML syntax error"),
    ],
)
def test_bad_source_file(small_site, run_cli, text, expected):
    (small_site / "content/sources/bad.md").write_text(text, encoding="utf-8")
    result = run_cli("--site", small_site, "check")
    assert result.code == 1
    assert f"content/sources/bad.md:{expected}" in result.err, result.err


def test_bad_site_config(small_site, run_cli):
    (small_site / "content/site.yaml").write_text("- a list\n", encoding="utf-8")
    result = run_cli("--site", small_site, "build")
    assert result.code == 1
    assert "content/site.yaml:1:1: expected the site settings (a mapping of fields), found a list" in result.err


def test_unquoted_dates_and_integer_years_are_read(small_site, run_cli):
    event_file(small_site, "forms.yaml", "title: Forms\ndate: {start: 2019, end: 2021-06-03}\nstatus: reviewed\n" + GOOD_SOURCES)
    result = run_cli("--site", small_site, "build")
    assert result.code == 0, result.err
    assert "2019 – 3 June 2021" in (small_site / "site/events/forms/index.html").read_text(encoding="utf-8")
