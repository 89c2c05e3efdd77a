"""Extraction quality on the annotated articles in tests/extraction/ (and the real corpus page when present).

Dates are scored with the shared helpers in bench/_gold.py; the gold files' ``events`` and ``chrome``
expectations are checked on the candidates extraction proposes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from bench import _gold
from generator.extract.events import Candidate, extract_events
from generator.load import load_actors
from generator.model import Source

from conftest import CORPUS, REPO

EXTRACTION = REPO / "tests" / "extraction"
GOLD_FILES = sorted((EXTRACTION / "articles").glob("*.gold.yaml"))
CORPUS_GOLD = EXTRACTION / "corpus.gold.yaml"


def test_date_f1_on_the_annotated_articles():
    problems: list[str] = []
    docs = _gold.load_extraction(EXTRACTION, problems)
    assert not problems, problems
    assert len([d for d in docs if not d.name.startswith("corpus:")]) >= 8
    score = _gold.score_docs(docs, "ours")
    assert score.tp + score.fn >= 60
    assert score.f1 >= 0.90, f"date F1 {score.f1:.3f} (precision {score.precision:.3f}, recall {score.recall:.3f})"


def _article(gold_path: Path) -> tuple[Source, dict]:
    """The source an annotated article describes, and its gold annotations."""
    article = gold_path.with_name(gold_path.name.replace(".gold.yaml", ".md"))
    meta, body = _gold.parse_front_matter(article.read_text(encoding="utf-8"))
    source = Source(id=article.stem, title=str(meta.get("title", "")), published=_day(meta["published"]),
                    language=str(meta.get("language", "fr")), text=body)
    return source, yaml.safe_load(gold_path.read_text(encoding="utf-8"))


def _corpus() -> tuple[Source, dict]:
    """The real page from ../shared/corpus with its gold; the test is skipped when the folder is absent.

    The gold is committed and must be there; a corpus folder without the page it names is a failure.
    """
    gold = yaml.safe_load(CORPUS_GOLD.read_text(encoding="utf-8"))
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent (the corpus is not part of the project)")
    page = CORPUS / str(gold["corpus_file"])
    assert page.is_file(), f"{page} is missing from the corpus"
    source = Source(id="corpus", title="", published=_day(gold["published"]), language=str(gold["language"]),
                    text=page.read_text(encoding="utf-8"))
    return source, gold


def _day(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _check_events(candidates: list[Candidate], gold: dict, name: str) -> list[str]:
    """Every way the candidates miss the gold's event and claim expectations."""
    misses = []
    for expected in gold.get("events") or []:
        fragment = expected["quote_contains"]
        found = [c for c in candidates if fragment in c.quote]
        want = (expected["kind"], str(expected["date"]), expected["date_basis"],
                (expected.get("speaker") or "").casefold() or None)
        got = [(c.kind, c.date.iso(), c.date_basis, (c.speaker or "").casefold() or None) for c in found]
        if want not in got:
            misses.append(f"{name}: {fragment!r}: expected {want}, extracted {got or 'nothing'}")
    return misses


def test_every_annotated_article_has_its_gold_and_the_set_is_not_empty():
    """The parametrised tests below pass vacuously on an empty or half-committed set: this one does not."""
    articles = sorted((EXTRACTION / "articles").glob("*.md"))
    assert len(GOLD_FILES) >= 8
    assert {p.name.replace(".gold.yaml", "") for p in GOLD_FILES} == {p.stem for p in articles}


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=[p.name.split(".")[0] for p in GOLD_FILES])
def test_events_and_claims_of_an_annotated_article(gold_path: Path):
    source, gold = _article(gold_path)
    candidates = extract_events(source, [])
    assert not _check_events(candidates, gold, source.id)


def test_events_and_claims_of_the_real_corpus_page():
    source, gold = _corpus()
    candidates = extract_events(source, [])
    assert not _check_events(candidates, gold, "corpus")


def test_page_chrome_of_the_real_corpus_page_yields_nothing():
    source, gold = _corpus()
    candidates = extract_events(source, [])
    chrome = gold.get("chrome") or []
    assert chrome
    leaks = [(line, c.quote) for line in chrome for c in candidates if line in c.quote or c.quote in line]
    assert not leaks


def test_the_example_site_finds_the_story(tmp_path):
    """The repository's own example source: the story's facts, with actors.yaml's names."""
    content = REPO / "content"
    path = content / "sources" / "openai-face-a-deepseek.md"
    meta, body = _gold.parse_front_matter(path.read_text(encoding="utf-8"))
    source = Source(id=path.stem, title=str(meta["title"]), published=_day(meta["published"]),
                    language=str(meta["language"]), text=body)
    actors = load_actors(content / "actors.yaml", [])
    found = {(c.kind, c.date.iso(), c.date_basis, c.speaker) for c in extract_events(source, actors)}
    assert ("event", "2015", "text", None) in found
    assert ("event", "2024-06", "text", None) in found
    assert ("event", "2024-12", "text", None) in found
    assert ("event", "2025-W06", "text", None) in found
    assert ("event", "2025-02-04", "published", None) in found  # Taiwan's ban: no date words
    assert ("claim", "2025-02-04", "published", "Sam Altman") in found


@pytest.mark.parametrize("text, value, end, language, expected", [
    ("le 3 mars 2024", "2024-03-03", None, "fr", "explicit day"),
    ("March 2024", "2024-03", None, "en", "month+year"),
    ("en 2019", "2019", None, "fr", "year alone"),
    ("the Friday evening", "2026-08-28", None, "en", "time-of-day"),
    ("jeudi", "2026-08-27", None, "fr", "weekday"),
    ("three years ago", "2021", None, "en", "relative offset"),
    ("last year", "2023", None, "en", "last/next X"),
    ("du 2 au 10 avril", "2024-04-02", "2024-04-10", "fr", "range"),
    ("the second quarter of 2023", "2023-Q2", None, "en", "quarter/season"),
    ("cet hiver", "2024-WI", None, "fr", "quarter/season"),
    ("the 1980s", "198X", None, "en", "decade/century"),
    ("five years", "P5Y", None, "en", "duration"),
    ("currently", "PRESENT_REF", None, "en", "ref"),
    ("en juin", "2024-06", None, "fr", "month alone"),
])
def test_the_breakdown_puts_each_kind_of_expression_in_its_class(text, value, end, language, expected):
    from bench._classes import expression_class

    assert expression_class(text, value, end, language) == expected


def test_the_breakdown_tells_how_a_value_is_wrong():
    from bench._classes import wrong_kind

    assert wrong_kind("2025-05-01", "2026-05-01") == "by year"
    assert wrong_kind("2024", "2024-06") == "by granularity"
    assert wrong_kind("2008-W41", "2008-10-09") == "by granularity"
    assert wrong_kind("2026-09-03", "2026-08-27") == "by anchor"


def test_the_breakdown_counts_a_documents_errors_by_class_and_wrong_value():
    from bench._classes import tally_errors
    from bench._gold import GoldDate

    # a weekday read a week off (a false positive over its missed gold) and a missed season
    missed_day = GoldDate(10, 16, "jeudi", "2026-08-27")
    wrong_day = GoldDate(10, 16, "jeudi", "2026-08-20")
    missed_season = GoldDate(40, 47, "cet été", "2026-SU")
    counts = tally_errors([("fp", wrong_day), ("fn", missed_day), ("fn", missed_season)], "fr")
    assert counts == {"fp weekday": 1, "missed weekday": 1, "missed quarter/season": 1, "wrong by anchor": 1}


def test_timeml_decades_and_centuries_cut_short_read_as_this_project_writes_them():
    """MEANTIME writes the 1970s "197" where FR-TimeBank and DESIGN.md write "197X": one meaning, one notation."""
    from bench._gold import timeml_value

    assert timeml_value("197") == "197X"
    assert timeml_value("19") == "19XX"
    assert timeml_value("196X") == "196X"
    assert timeml_value("2008") == "2008"
    assert timeml_value("2008-03") == "2008-03"
    assert timeml_value("PRESENT_REF") == "PRESENT_REF"


def test_story_mentions_date_words_are_read_by_the_tagger():
    """The story articles' gold mentions with date words: the tagger reads most of them with the mention's date,
    and every one that is not read is counted as missed or as one kind of wrong value."""
    from bench.extraction_quality import story_dates

    errors: list[str] = []
    totals, by_class = story_dates(errors)
    assert totals["gold"] >= 700
    assert totals["right"] / totals["gold"] >= 0.9, totals
    not_read = sum(v for k, v in totals.items() if k == "missed" or k.startswith("wrong "))
    assert totals["gold"] == totals["right"] + not_read
    assert len(errors) == totals["gold"] - totals["right"]
    assert sum(c["gold"] for c in by_class.values()) == totals["gold"]


@pytest.mark.skipif(not _gold.TIMEML_FILES["fr-timebank"].exists(), reason="the annotated corpora are absent")
def test_no_heldout_prints_no_held_out_figure(capsys: pytest.CaptureFixture[str]):
    """`--no-heldout` is what engineers run while studying the dev halves: no line may carry the held-out half."""
    from bench import extraction_quality

    extraction_quality.main(["--no-heldout"])
    out = capsys.readouterr().out
    assert "HELDOUT" not in out and "held-out" not in out
    for line in out.splitlines():
        if "fr-timebank" in line or "meantime-en" in line or line.startswith("  fr-ti") or line.startswith("  meant"):
            assert " held " not in line and " all: " not in line and " all " not in line, line
