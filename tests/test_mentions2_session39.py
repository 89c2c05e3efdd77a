"""Session 39, second mentions engineer (issue 10, mentions found): "until", "despite", "whose" open retellings, and a
clause counted from by a span of days, weeks or months reaches the days that span counts to from its sentence's date."""

from __future__ import annotations

from pathlib import Path

from conftest import write
from test_mentions_session39 import _article, _events, _retelling_clauses

# The one-sentence articles are published on Thursday 3 April 2025 (test_mentions_session39.PUB): "on Tuesday" is 1 April.


def _retellings(text: str, language: str) -> list[tuple[str, tuple[str, str] | None]]:
    """The retelling clauses a one-sentence article proposes as support: (quote, reach as ISO days)."""
    return [(c.quote, c.reach and (c.reach[0].isoformat(), c.reach[1].isoformat()))
            for c in _retelling_clauses(text, language)]


def test_until_despite_and_whose_open_a_retelling() -> None:
    assert _retellings("The Varenne museum reopened on Tuesday, despite a strike called by its guards.", "en") == [
        ("a strike called by its guards", None)]
    assert _retellings("Parents warned the Varenne school about the gate on Monday, but nothing changed until a pupil "
                       "was injured.", "en") == [("a pupil was injured", None)]
    assert _retellings("The council voted on Tuesday to close the Varenne pool, whose roof collapsed in a storm.",
                       "en") == [("roof collapsed in a storm", None)]


def test_a_span_of_days_reaches_the_day_it_counts_to() -> None:
    # Tuesday 1 April, five days after: Thursday 27 March.
    assert _retellings("The Varenne museum reopened on Tuesday, five days after a storm tore off its roof.", "en") == [
        ("a storm tore off its roof", ("2025-03-27", "2025-03-27"))]


def test_a_span_of_weeks_or_months_reaches_that_day_give_or_take_half_of_one() -> None:
    # 1 April less three weeks is 11 March, give or take three days.
    assert _retellings("The Varenne museum reopened on Tuesday, three weeks after a storm tore off its roof.", "en") == [
        ("a storm tore off its roof", ("2025-03-08", "2025-03-14"))]
    # 20 March less two months of thirty days is 19 January, give or take fifteen days.
    assert _retellings("Le musée de Varenne a rouvert le 20 mars, deux mois après qu'une tempête a arraché son toit.",
                       "fr") == [("une tempête a arraché son toit", ("2025-01-04", "2025-02-03"))]


def test_a_span_without_a_count_reaches_nothing_of_its_own() -> None:
    assert _retellings("The Varenne museum reopened on Tuesday, days after a storm tore off its roof.", "en") == [
        ("a storm tore off its roof", None)]


def test_a_clause_counted_to_a_day_joins_the_fact_of_that_day_on_its_words(tmp_path: Path, run_cli) -> None:
    root = tmp_path / "site"
    write(root / "content/site.yaml", "title: Storm\nlanguage: en\n")
    # No name and no action of the lexicon in common: the day alone lets the clause's words tell the fact.
    _article(root, "wire", "2026-03-04", "Gales tore the roof off the village museum on Tuesday.")
    # Thursday 12 March less nine days: Tuesday 3 March, the day of the gales.
    _article(root, "ledger", "2026-03-13", "The museum reopened on Thursday, nine days after a storm ripped the roof off "
             "the village museum.")
    assert run_cli("--site", root, "extract").code == 0
    assert _events(root) == {
        "2026-03-03": [("wire", "Gales tore the roof off the village museum on Tuesday."),
                       # The clause fact counted to that day (fixC-39: no longer dated Thursday) tells it as written.
                       ("ledger", "after a storm ripped the roof off the village museum")],
        "2026-03-12": [("ledger", "The museum reopened on Thursday, nine days after a storm ripped the roof off the "
                                  "village museum.")],
    }
