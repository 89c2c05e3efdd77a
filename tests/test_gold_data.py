"""The hand-made gold data holds together: every quoted text is where the gold says, every value is a date.

These tests check the data in tests/pages/ (saved news pages) and tests/stories/ (multi-article
stories), and the held-out copies of both kinds in tests/heldout/, never the extractor: a typo in a
gold file must fail CI instead of silently lowering a benchmark figure.  The formats are described in
tests/pages/README.md and tests/stories/README.md.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import lxml.html
import pytest
import yaml

from bench._gold import parse_front_matter
from generator.dates import TimelineDate

from conftest import REPO

PAGES = REPO / "tests" / "pages"
STORIES = REPO / "tests" / "stories"
PAGE_GOLD = sorted(PAGES.glob("*.gold.yaml"))
STORY_GOLD = sorted(STORIES.glob("*/gold.yaml"))
# Held-out data (tests/heldout/README.md): checked the same way, kept apart so the dev sets' own
# tests (counts, the checker's self-test) stay about the dev sets.
HELDOUT = REPO / "tests" / "heldout"
HELDOUT_PAGE_GOLD = sorted((HELDOUT / "pages").glob("*.gold.yaml"))
HELDOUT_STORY_GOLD = sorted((HELDOUT / "stories").glob("*/gold.yaml"))

# Elements whose text is one block of the page as a reader sees it.
BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "td", "th", "dt", "dd", "button", "label"}
MODS = {"START", "MID", "END"}
BASES = {"text", "published"}
# A quotation: French guillemets, curly double quotes or straight double quotes, within one block.
QUOTATION = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _visible(html: str) -> Any:
    root = lxml.html.fromstring(html)
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    return root


def page_text(html: str) -> str:
    """All the visible text of a page, whitespace normalised."""
    return _norm(_visible(html).text_content())


def page_blocks(html: str) -> list[str]:
    """The visible text blocks of a page, in order (innermost block elements; scripts left out)."""
    root = _visible(html)
    blocks = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag not in BLOCKS:
            continue
        if any(isinstance(d.tag, str) and d.tag in BLOCKS for d in el.iterdescendants()):
            continue
        text = _norm(el.text_content())
        if text:
            blocks.append(text)
    return blocks


def page_body(blocks: list[str], gold: dict[str, Any]) -> str:
    """The article body: blocks from the first to the last sentence, without chrome blocks, joined by blank lines."""
    first, last = gold["body"]["first_sentence"], gold["body"]["last_sentence"]
    starts = [i for i, b in enumerate(blocks) if first in b]
    ends = [i for i, b in enumerate(blocks) if last in b]
    assert len(starts) == 1, f"first sentence found in {len(starts)} blocks"
    assert len(ends) == 1, f"last sentence found in {len(ends)} blocks"
    assert starts[0] <= ends[0]
    chrome = gold.get("chrome") or []
    kept = [b for b in blocks[starts[0]:ends[0] + 1] if not any(c in b for c in chrome)]
    return "\n\n".join(kept)


def nth_offset(text: str, needle: str, nth: int = 1) -> int:
    """Offset of the nth (1-based) exact occurrence of needle in text, or -1."""
    hits = [m.start() for m in re.finditer(re.escape(needle), text)]
    return hits[nth - 1] if len(hits) >= nth else -1


def in_quotation(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a quotation."""
    return any(m.start() < start and end <= m.end() for m in QUOTATION.finditer(text))


def check_date(value: Any, mod: Any = None) -> list[str]:
    """Problems with one gold date value (empty when it is valid)."""
    problems = []
    try:
        TimelineDate.parse(value)
    except ValueError as e:
        problems.append(f"{value!r}: {e}")
    if mod is not None and mod not in MODS:
        problems.append(f"mod {mod!r} not in {sorted(MODS)}")
    return problems


def _as_day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def check_page(gold_path: Path) -> list[str]:
    """Every problem in one page's gold file."""
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    html_path = gold_path.with_name(gold_path.name.replace(".gold.yaml", ".html"))
    html = html_path.read_text(encoding="utf-8")
    blocks = page_blocks(html)
    visible = page_text(html)
    body = page_body(blocks, gold)
    problems: list[str] = []
    meta = gold["page"]
    published = _as_day(meta["published"])
    head = lxml.html.fromstring(html).findtext(".//title") or ""
    if meta["title"] not in head and meta["title"] not in visible:
        problems.append(f"title not on the page: {meta['title']!r}")
    if meta["publisher"] not in html:
        problems.append(f"publisher not on the page: {meta['publisher']!r}")
    if meta["language"] not in {"fr", "en"}:
        problems.append(f"language {meta['language']!r}")
    if not meta.get("published_from"):
        problems.append("published_from is empty")
    for d in gold.get("dates") or []:
        problems += [f"date {d['text']!r}: {p}" for p in check_date(d["value"], d.get("mod"))]
        at = nth_offset(body, d["text"], d.get("nth", 1))
        if at < 0:
            problems.append(f"date text not in the body: {d['text']!r} (nth={d.get('nth', 1)})")
        elif bool(d.get("in_quote")) != in_quotation(body, at, at + len(d["text"])):
            problems.append(f"date {d['text']!r}: in_quote should be {not d.get('in_quote')}")
    for d in gold.get("distractors") or []:
        if nth_offset(body, d["text"], d.get("nth", 1)) < 0:
            problems.append(f"distractor not in the body: {d['text']!r}")
    for c in gold.get("claims") or []:
        if c["quote"] not in body:
            problems.append(f"claim quote not in the body: {c['quote'][:60]!r}")
        if c["speaker"].split()[-1] not in body:
            problems.append(f"speaker not named in the body: {c['speaker']!r}")
        problems += _check_item(c, published, body, "claim " + c["quote"][:40])
    for e in gold.get("events") or []:
        n = body.count(e["quote_contains"])
        if n != 1:
            problems.append(f"event quote_contains found {n} times: {e['quote_contains']!r}")
        problems += _check_item(e, published, body, "event " + e["quote_contains"][:40])
    actors = gold.get("actors") or {}
    for kind in ("people", "organisations", "places"):
        for name in actors.get(kind) or []:
            if name not in body:
                problems.append(f"actor not in the body: {name!r}")
    for name in gold.get("not_actors") or []:
        if name not in body:
            problems.append(f"non-actor not in the body: {name!r}")
    for line in gold.get("chrome") or []:
        if line not in visible:
            problems.append(f"chrome line not on the page: {line!r}")
        if line in body:
            problems.append(f"chrome line inside the body: {line!r}")
    return problems


def _check_item(item: dict[str, Any], published: dt.date, body: str, label: str) -> list[str]:
    """Date, basis, title and keywords of one gold event or claim."""
    problems = [f"{label}: {p}" for p in check_date(item["date"], item.get("mod"))]
    for alt in item.get("also_ok") or []:
        problems += [f"{label}: {p}" for p in check_date(alt)]
    if item.get("date_basis") not in BASES:
        problems.append(f"{label}: date_basis {item.get('date_basis')!r}")
    elif item["date_basis"] == "published" and str(item["date"]) != published.isoformat():
        problems.append(f"{label}: dated by publication but date is {item['date']!r}")
    title = item.get("title") or ""
    if not title or len(title) > 110:
        problems.append(f"{label}: title missing or longer than 110 characters ({len(title)})")
    keywords = item.get("keywords") or []
    if not 1 <= len(keywords) <= 4:
        problems.append(f"{label}: {len(keywords)} keywords")
    for k in keywords:
        if str(k).lower() not in title.lower():
            problems.append(f"{label}: keyword {k!r} not in its title")
    if item.get("from_quote") and item["from_quote"].split()[-1] not in body:
        problems.append(f"{label}: from_quote speaker not in the body")
    return problems


def test_the_held_out_set_has_stories_in_both_languages():
    assert len(HELDOUT_STORY_GOLD) >= 3
    for path in HELDOUT_STORY_GOLD:
        sources = story_sources(path, yaml.safe_load(path.read_text(encoding="utf-8")))
        languages = [meta["language"] for meta, _ in sources.values()]
        # a story may lean to one language (session 23 wrote 3 en + 1 fr and 1 en + 3 fr): both are told
        assert len(sources) >= 4 and languages.count("fr") >= 1 and languages.count("en") >= 1, path


def test_the_held_out_set_has_pages_in_both_languages():
    languages = [yaml.safe_load(p.read_text(encoding="utf-8"))["page"]["language"] for p in HELDOUT_PAGE_GOLD]
    assert languages.count("fr") >= 2 and languages.count("en") >= 2, languages


def test_held_out_names_are_not_dev_names():
    """A held-out story or page never shares its name with a dev one, so figures cannot be mixed up."""
    assert not {p.parent.name for p in HELDOUT_STORY_GOLD} & {p.parent.name for p in STORY_GOLD}
    assert not {p.name for p in HELDOUT_PAGE_GOLD} & {p.name for p in PAGE_GOLD}


def test_there_are_saved_pages_in_both_languages():
    languages = [yaml.safe_load(p.read_text(encoding="utf-8"))["page"]["language"] for p in PAGE_GOLD]
    assert languages.count("fr") >= 3 and languages.count("en") >= 3, languages


@pytest.mark.parametrize("gold_path", PAGE_GOLD + HELDOUT_PAGE_GOLD,
                         ids=lambda p: ("heldout/" if HELDOUT in p.parents else "") + p.name.replace(".gold.yaml", ""))
def test_page_gold_matches_its_page(gold_path: Path):
    assert check_page(gold_path) == []


def test_the_checker_catches_broken_gold(tmp_path: Path):
    src = PAGE_GOLD[0]
    gold = yaml.safe_load(src.read_text(encoding="utf-8"))
    gold["dates"][0]["value"] = "2024-02-30"
    gold["dates"][1]["text"] = "no such words anywhere"
    gold["events"][0]["keywords"] = ["zebra"]
    (tmp_path / src.name).write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
    html = src.name.replace(".gold.yaml", ".html")
    (tmp_path / html).write_text((src.parent / html).read_text(encoding="utf-8"), encoding="utf-8")
    problems = " | ".join(check_page(tmp_path / src.name))
    assert "has no day 30" in problems
    assert "no such words anywhere" in problems
    assert "keyword 'zebra'" in problems


# ---------------------------------------------------------------------------
# multi-article stories
# ---------------------------------------------------------------------------
def story_sources(gold_path: Path, gold: dict[str, Any]) -> dict[str, tuple[dict[str, Any], str]]:
    """Front matter and body of each source of a story, by source id.

    A story's sources are `sources/<id>.md` beside its gold file, unless the gold maps
    ids to files itself (`sources: {id: path from the repository root}`).
    """
    listed = gold.get("sources")
    paths = ({sid: REPO / rel for sid, rel in listed.items()} if listed
             else {p.stem: p for p in sorted((gold_path.parent / "sources").glob("*.md"))})
    out = {}
    for sid, path in paths.items():
        meta, body = parse_front_matter(path.read_text(encoding="utf-8"))
        out[sid] = (meta, body)
    return out


def compatible(a: Any, b: Any) -> bool:
    """Whether one date's period holds the other's (2024-W11 and 2024-03-11; 2024-03 and 2024-03-14)."""
    da, db = TimelineDate.parse(a), TimelineDate.parse(b)
    return _holds(da, db) or _holds(db, da)


def _holds(outer: TimelineDate, inner: TimelineDate) -> bool:
    return outer.first_day() <= inner.first_day() and inner.last_day() <= outer.last_day()


def check_story(gold_path: Path) -> list[str]:
    """Every problem in one story's gold file and its sources."""
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    sources = story_sources(gold_path, gold)
    problems: list[str] = []
    for sid, (meta, body) in sources.items():
        for key in ("title", "published", "language", "publisher", "url"):
            if not meta.get(key):
                problems.append(f"source {sid}: no {key}")
        if not body.strip():
            problems.append(f"source {sid}: empty body")
    published = {sid: _as_day(meta["published"]) for sid, (meta, _) in sources.items() if meta.get("published")}
    ids = [f["id"] for f in gold["facts"]]
    if len(ids) != len(set(ids)):
        problems.append("fact ids are not unique")
    for fact in gold["facts"]:
        label = f"fact {fact['id']}"
        problems += [f"{label}: {p}" for p in check_date(fact["date"], fact.get("date_mod"))]
        if fact.get("kind") not in {"event", "claim"}:
            problems.append(f"{label}: kind {fact.get('kind')!r}")
        if fact.get("kind") == "claim" and not fact.get("speaker"):
            problems.append(f"{label}: a claim without a speaker")
        if not fact.get("title") or len(fact["title"]) > 110:
            problems.append(f"{label}: title missing or longer than 110 characters")
        mentions = fact.get("mentions") or []
        if not mentions:
            problems.append(f"{label}: no mentions")
        cited = set()
        for m in mentions:
            sid = m["source"]
            if sid not in sources:
                problems.append(f"{label}: unknown source {sid!r}")
                continue
            cited.add(sid)
            body = sources[sid][1]
            if m["text"] not in body:
                problems.append(f"{label}: mention text not in {sid}: {m['text'][:60]!r}")
            words = m.get("date_text")
            for w in ([words] if isinstance(words, str) else words or []):
                if w not in body:
                    problems.append(f"{label}: date_text not in {sid}: {w!r}")
            if "date" in m:
                problems += [f"{label} in {sid}: {p}" for p in check_date(m["date"], m.get("date_mod"))]
            if m.get("date_basis") == "published" and str(m.get("date")) != published[sid].isoformat():
                problems.append(f"{label} in {sid}: dated by publication but date is {m.get('date')!r}")
        if cited and fact.get("first") not in cited:
            problems.append(f"{label}: first {fact.get('first')!r} is not one of its sources")
        elif cited and published[fact["first"]] != min(published[s] for s in cited):
            problems.append(f"{label}: first {fact['first']!r} is not the earliest of its sources")
        problems += _check_conflicts(fact, label)
    for pair in gold.get("lookalikes") or []:
        if len(pair["facts"]) != 2 or not set(pair["facts"]) <= set(ids) or not pair.get("why"):
            problems.append(f"look-alike pair {pair['facts']!r}: two known fact ids and a reason")
    return problems


def _check_conflicts(fact: dict[str, Any], label: str) -> list[str]:
    """Every mention whose own date words disagree with the fact is a listed conflict, and only those."""
    problems = []
    expected = set()
    for m in fact.get("mentions") or []:
        if m.get("date_basis") == "published" or "date" not in m or not m.get("date_text"):
            continue
        try:
            if not compatible(m["date"], fact["date"]):
                expected.add((m["source"], str(m["date"])))
        except ValueError:
            continue  # already reported by check_date
    listed = {(c["source"], str(c["date"])) for c in fact.get("conflicts") or []}
    if listed != expected:
        problems.append(f"{label}: conflicts listed {sorted(listed)} but the mentions give {sorted(expected)}")
    return problems


def test_there_are_stories_of_four_articles_in_both_languages():
    multi = [p for p in STORY_GOLD if p.parent.name != "example"]
    assert len(multi) >= 3
    for path in multi:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        sources = story_sources(path, gold)
        assert len(sources) >= 4, path
        assert {m["language"] for m, _ in sources.values()} == {"fr", "en"}, path


@pytest.mark.parametrize("gold_path", STORY_GOLD + HELDOUT_STORY_GOLD,
                         ids=lambda p: ("heldout/" if HELDOUT in p.parents else "") + p.parent.name)
def test_story_gold_matches_its_sources(gold_path: Path):
    assert check_story(gold_path) == []


def test_a_wrong_conflict_or_quote_is_caught(tmp_path: Path):
    src = next(p for p in STORY_GOLD if (p.parent / "sources").is_dir())
    gold = yaml.safe_load(src.read_text(encoding="utf-8"))
    with_conflict = next(f for f in gold["facts"] if f.get("conflicts"))
    with_conflict["conflicts"] = []
    gold["facts"][0]["mentions"][0]["text"] += " (not in the article)"
    gold["sources"] = {sid: str(p.relative_to(REPO)) for sid, p in
                       ((p.stem, p) for p in sorted((src.parent / "sources").glob("*.md")))}
    (tmp_path / "gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
    problems = " | ".join(check_story(tmp_path / "gold.yaml"))
    assert "conflicts listed []" in problems
    assert "mention text not in" in problems
