"""Session 39 (issue 10, mentions found): a clause counted from by a span of time ("three months after …") is a
retelling of a fact of its own, whatever its verb."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from conftest import write
from generator.extract.events import extract_events
from generator.model import Source

PUB = dt.date(2025, 4, 3)  # a Thursday


def _retellings(text: str, language: str) -> list[tuple[str, str, bool]]:
    """The retelling clauses a one-sentence article proposes as support: (quote, date basis, counted from)."""
    found = extract_events(Source(id="art", title="Titre", published=PUB, language=language, text=text), [], support=True)
    return [(c.quote, c.date_basis, c.offset) for c in found if c.retelling]


def test_a_clause_counted_from_by_a_span_of_time_is_a_retelling_without_an_action() -> None:
    # "tore off" is no action of the lexicon: without "three months" the clause is no retelling.
    assert _retellings("The Varenne museum reopened on Tuesday, three months after a storm tore off its roof.",
                       "en") == [("a storm tore off its roof", "published", True)]
    assert _retellings("The Varenne museum reopened on Tuesday, after a storm tore off its roof.", "en") == []


def test_a_french_clause_after_apres_que_counted_from_is_a_retelling_too() -> None:
    assert _retellings("Le musée de Varenne a rouvert mardi, trois mois après qu'une tempête a arraché son toit.",
                       "fr") == [("une tempête a arraché son toit", "published", True)]
    assert _retellings("Le musée de Varenne a rouvert mardi, après qu'une tempête a arraché son toit.", "fr") == []


def _article(root: Path, stem: str, published: str, text: str) -> None:
    write(root / f"content/sources/{stem}.md", f"---\ntitle: {stem}\npublished: {published}\nlanguage: en\n---\n{text}\n")


def _events(root: Path) -> dict[str, list[tuple[str, str]]]:
    """Each event's date and its sources (source id, quote)."""
    found = {}
    for path in sorted((root / "content/events").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found[str(data["date"])] = [(s["source"], s["quote"]) for s in data["sources"]]
    return found


def test_a_counted_from_clause_that_names_a_dated_fact_is_its_source(tmp_path: Path, run_cli) -> None:
    root = tmp_path / "site"
    write(root / "content/site.yaml", "title: Storm\nlanguage: en\n")
    _article(root, "wire", "2026-03-04", "A storm tore the roof off the Varenne museum in Ternay on Tuesday.")
    _article(root, "ledger", "2026-06-05", "The museum reopened on Thursday, three months after a storm tore the roof "
             "off its Ternay building.")
    assert run_cli("--site", root, "extract").code == 0
    assert _events(root) == {
        "2026-03-03": [("wire", "A storm tore the roof off the Varenne museum in Ternay on Tuesday."),
                       ("ledger", "a storm tore the roof off its Ternay building")],
        "2026-06-04": [("ledger", "The museum reopened on Thursday, three months after a storm tore the roof off its "
                                  "Ternay building.")],
    }
