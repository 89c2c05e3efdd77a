"""Helpful date errors (issue 11): a date written the way people speak gets its TimeML spelling suggested."""

from __future__ import annotations

import pytest

from generator.dates import DateValueError, TimelineDate

SOURCES = "sources:\n  - source: city-paper\n"


@pytest.mark.parametrize(("written", "message"), [
    ("June 2024", '\'June 2024\' is not a date: did you mean "2024-06"?'),
    ("juin 2024", 'did you mean "2024-06"?'),
    ("3 June 2024", 'did you mean "2024-06-03"?'),
    ("1er février 2025", 'did you mean "2025-02-01"?'),
    ("2019-2021", "'2019-2021' is not a date: did you mean {start: 2019, end: 2021}?"),
    ("2019–2021", "did you mean {start: 2019, end: 2021}?"),
    ("2024-06/2024-09", 'did you mean {start: "2024-06", end: "2024-09"}?'),
    ("Q1 2024", 'did you mean "2024-Q1"?'),
    ("2024 H2", 'did you mean "2024-H2"?'),
    ("summer 2019", 'did you mean "2019-SU"?'),
    ("2024-3", '\'2024-3\': write months, weeks and days with two digits: did you mean "2024-03"?'),
    ("2024-03-1", 'did you mean "2024-03-01"?'),
    ("2025-W6", 'did you mean "2025-W06"?'),
    ("banana", "'banana' is not a date: write 2024, 2024-06, 2024-06-03"),
    ("June", "'June' is not a date: write 2024"),
])
def test_a_date_in_words_gets_its_spelling_suggested(written, message):
    with pytest.raises(DateValueError) as failure:
        TimelineDate.parse(written)
    assert message in str(failure.value)


def test_the_suggestion_comes_with_the_files_location(small_site, run_cli):
    events = small_site / "content/events"
    (events / "june.yaml").write_text("title: X\ndate: June 2024\n" + SOURCES, encoding="utf-8")
    (events / "span.yaml").write_text("title: X\ndate: 2019-2021\n" + SOURCES, encoding="utf-8")
    (events / "padded.yaml").write_text('title: X\ndate: "2024-3"\n' + SOURCES, encoding="utf-8")
    result = run_cli("--site", small_site, "check")
    assert result.code == 1
    assert ('content/events/june.yaml:2:7: invalid date: \'June 2024\' is not a date: did you mean "2024-06"?\n'
            "    date: June 2024\n          ^") in result.err
    assert "content/events/span.yaml:2:7: invalid date: '2019-2021' is not a date: did you mean {start: 2019, end: 2021}?" in result.err
    assert "content/events/padded.yaml:2:7: invalid date: '2024-3': write months, weeks and days with two digits" in result.err


def test_a_tab_is_pointed_at(small_site, run_cli):
    (small_site / "content/events/tab.yaml").write_text("title: X\ndate: 2024\nactors:\n\t- A\n" + SOURCES, encoding="utf-8")
    result = run_cli("--site", small_site, "check")
    assert result.code == 1
    # The tab is shown as one space, the caret under it.
    assert "content/events/tab.yaml:4:1: tabs cannot indent YAML; use spaces\n     - A\n    ^" in result.err
    (small_site / "content/events/tab.yaml").write_text("title: X\ndate: 2024\n" + SOURCES.replace("  - ", "  -\t"),
                                                         encoding="utf-8")
    assert "content/events/tab.yaml:4:4: tabs cannot indent YAML; use spaces" in run_cli("--site", small_site, "check").err
