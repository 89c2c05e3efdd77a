"""Saved news pages end to end: `add` each page of tests/pages/ into a temporary site, `extract`, score against the gold.

For each `<name>.html` with its `<name>.gold.yaml` (format: tests/pages/README.md), the page is
imported with `add` exactly as a user would (no option: everything comes from the page), then
`extract` runs on the new source. Scored:

* **metadata**: the title, publisher, publication day and language `add` found equal the gold's
  (titles and publishers compared without case, spacing or punctuation); the body's first and last
  sentences are in the source text.
* **dates**: every gold date expression located in the source text that `add` wrote (the n-th
  occurrence counted from the body's first sentence), against the date tagger that `extract` runs
  on that text, read against the publication day `add` found. A match is an overlapping span and
  an equal value (start and end values), as in bench/_gold.py; a gold date whose words `add` lost
  is a miss. Precision, recall and F1 over all pages.
* **quoted statements**: each gold claim in quotation marks (`direct` not false) counts as found
  when an extracted `kind: claim` event's quote holds its words (the first 40 characters of the
  gold quote, or the whole extracted quote inside the gold one, compared without case, spacing or
  quote marks) and its speaker is the gold speaker, one of its aliases, or its surname. Reported
  speech (`direct: false`) is counted apart.
* **actor precision**: the distinct names in the extracted events' `actors`, each correct when it
  is a gold person, organisation or place, an alias of one, or a gold person's surname; a name
  that only contains or is contained in a gold name ("the airline's Airbus", "County") is wrong.
* **titles kept as is**: for each gold event (its `quote_contains`) and each gold claim, the
  extracted event that tells it (an event whose quote holds `quote_contains`, preferring one with
  the gold date; the claim found as above). Its title counts as kept when it passes the title
  checks AND contains every gold keyword (case-insensitive substrings, as the gold README says).
  The checks: at most 110 characters; starts with a capital or a digit, not with a lone word and a
  comma ("De, …"); does not end on a dangling article, preposition or conjunction (de, du, d'ici,
  à, et, the, of, to, and, …); every number in it is a whole number of its sentence (no "3
  millions" out of "1,3 millions"); quotation marks and brackets balanced; a verb present (the
  page's language's `VERB_FORMS` in generator/extract/lang/: auxiliaries, past and future forms,
  and a lexicon of common verbs' present forms, so that a plural noun counts as no verb; a
  lexicon verb's plural present after a plural noun or "they" counts too, "Applications close";
  a verb in a claim title's quotation counts, a rare verb outside the lexicon is missed, which
  can only lower the share).
  A gold item with no extracted event is not kept. Share = kept / gold items with a title.
* **chrome leaked**: the gold's `chrome` strings (cookie banner, menu, byline, share bar, related
  headlines, newsletter, comments, footer) found in the source text, spacing ignored.

* **breakdown** (every set, counts only): the missed statements by what the extractor made of them (no claim, a
  claim without a speaker or with another), where the body names the speaker (before or after the quotation in its
  sentence, only in an earlier sentence with a pronoun or a role in this one, later, a description rather than a
  name), the quotation marks, and the shape (one quotation, split around its attribution, several sentences, open
  over paragraphs); the wrong actors by kind (over a sentence's end, part of a longer gold name, a gold name with more
  words, a role, a nationality, a word the body writes in lower case too, a word only seen opening sentences, one the
  gold lists as no actor); and the main figures per language.

Two sets: the dev pages (tests/pages/, SUMMARY lines) and the held-out ones (tests/heldout/pages/,
HELDOUT lines, same fields), written by someone who did not tune the extractor and used only to
measure: -v never lists held-out misses.

Usage: python -m bench.page_quality [-v] [--set dev|heldout|both] [--dir DIR]   (-v: what add printed, and every miss)
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from bench._classes import CLASSES, WRONG, tally_errors
from bench._gold import Doc, GoldDate, Score, locate, ours, score_doc

PAGES_DIR = Path(__file__).resolve().parent.parent / "tests" / "pages"
HELDOUT_DIR = PAGES_DIR.parent / "heldout" / "pages"
# Words a title cannot end on, by language (articles, prepositions, conjunctions); a language without a list
# here is checked against all of them.
_DANGLING = {
    "fr": frozenset("""de du des d' le la les l' un une à a au aux en et ou ni mais pour par sur sous dans avec sans
                       chez vers entre contre selon que qui dont où d'ici dès depuis après avant""".split()),
    "en": frozenset("""the a an of to in on at for and or but by with from that which as into than its his her
                       their""".split()),
}


@dataclass
class PageResult:
    """One page's figures."""

    name: str
    dates: Score
    metadata: dict[str, bool]
    quoted: tuple[int, int]
    reported: tuple[int, int]
    actors: tuple[int, int]
    titles: tuple[int, int]
    chrome: tuple[int, int]
    notes: list[str] = field(default_factory=list)
    add_failed: bool = False
    language: str = ""
    quote_kinds: Counter[str] = field(default_factory=Counter)  # missed quoted statements, by kind (see _quote_kinds)
    reported_kinds: Counter[str] = field(default_factory=Counter)  # missed reported speech, by the same kinds
    actor_kinds: Counter[str] = field(default_factory=Counter)  # wrong actor names, by kind (see _actor_kind)
    date_kinds: Counter[str] = field(default_factory=Counter)  # missed and wrong dates, by class (bench._classes)


def main(argv: list[str] | None = None) -> int:
    """Print one line per page and the SUMMARY lines for tests/pages/, then the HELDOUT lines for tests/heldout/pages/."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="show what add printed and every miss (never for the held-out pages)")
    parser.add_argument("--set", choices=("dev", "heldout", "both"), default="both",
                        help="dev: tests/pages (SUMMARY lines); heldout: tests/heldout/pages (HELDOUT lines); default both")
    parser.add_argument("--dir", type=Path, help="score only the pages of this folder (SUMMARY lines)")
    args = parser.parse_args(argv)
    if args.dir is not None:
        return _report(args.dir, "SUMMARY", args.verbose)
    code = 0
    if args.set in ("dev", "both"):
        code |= _report(PAGES_DIR, "SUMMARY", args.verbose)
    if args.set == "both":
        print()
    if args.set in ("heldout", "both"):
        code |= _report(HELDOUT_DIR, "HELDOUT", args.verbose)
    return code


def _report(folder: Path, label: str, verbose: bool) -> int:
    """Score every page with gold in a folder: one line each, then the summary lines under label."""
    # Held-out pages are for measuring only: their misses are never printed.
    verbose = verbose and folder.resolve() != HELDOUT_DIR.resolve()
    where = _shown(folder)
    pages = sorted(p for p in folder.glob("*.html") if p.with_suffix(".gold.yaml").is_file())
    if not pages:
        print(f"{label} pages: no saved pages with gold in {where}")
        return 0
    print(f"Saved news pages: add, then extract, scored against the gold ({where})")
    print(f"{'page':<26} {'meta':>5} | {'date P':>6} {'R':>6} {'F1':>6} | {'quoted':>7} {'reported':>8} | "
          f"{'actors P':>8} | {'titles':>7} | {'chrome':>6}")
    print("-" * 104)
    results = []
    for page in pages:
        result = score_page(page, verbose)
        results.append(result)
        s = result.dates
        meta_ok = sum(result.metadata.values())
        print(f"{result.name:<26} {meta_ok:>2}/{len(result.metadata):<2} | {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} | "
              f"{_ratio(result.quoted):>7} {_ratio(result.reported):>8} | {_share(result.actors):>8} | "
              f"{_ratio(result.titles):>7} | {_ratio(result.chrome):>6}" + ("  ADD FAILED" if result.add_failed else ""))
        if verbose:
            for note in result.notes:
                print("    " + note)
    print("-" * 104)
    dates = Score()
    for r in results:
        dates = dates.add(r.dates)
    total = {key: tuple(map(sum, zip(*(getattr(r, key) for r in results))))
             for key in ("quoted", "reported", "actors", "titles", "chrome")}
    meta_ok = sum(sum(r.metadata.values()) for r in results)
    meta_all = sum(len(r.metadata) for r in results)
    actor_p = total["actors"][0] / total["actors"][1] if total["actors"][1] else 0.0
    met = dates.f1 >= 0.95 and dates.precision >= 0.97
    print(f"{label} pages: {len(results)} saved pages; date F1 {dates.f1:.3f} (P {dates.precision:.3f}, "
          f"R {dates.recall:.3f}; {dates.tp} of {dates.tp + dates.fn} gold dates) target F1>=0.95 & P>=0.97: "
          f"{'MET' if met else 'MISSED'}")
    quoted = total["quoted"]
    print(f"{label} pages: quoted statements found as claims with their speaker {quoted[0]}/{quoted[1]} "
          f"(target all: {'MET' if quoted[0] == quoted[1] else 'MISSED'}); reported speech {_ratio(total['reported'])}")
    print(f"{label} pages: actor precision {actor_p:.3f} ({_ratio(total['actors'])}) target >=0.95: "
          f"{'MET' if actor_p >= 0.95 else 'MISSED'}")
    titles = total["titles"]
    print(f"{label} pages: titles kept as is {titles[0]}/{titles[1]} ({_share(titles)})")
    print(f"{label} pages: chrome leaked into the source text {total['chrome'][0]}/{total['chrome'][1]} strings; "
          f"add's metadata right {meta_ok}/{meta_all} (title, publisher, published, language, first and last sentence)"
          + "".join(f"; add refused {n} of {len(results)} pages, counted as found nothing"
                    for n in [sum(r.add_failed for r in results)] if n))
    _breakdown(label, results)
    return 0


def _counted(counts: Counter[str], kinds: Iterable[str], prefix: str = "") -> str:
    """The kinds counted at least once ("kind n", the count kept under prefix + kind), comma-joined, or "-"."""
    return ", ".join(f"{kind} {counts[prefix + kind]}" for kind in kinds if counts[prefix + kind]) or "-"


def _breakdown(label: str, results: list[PageResult]) -> None:
    """Where the misses are: missed statements by kind on each axis, wrong actors by kind, then the main figures per
    language. Counts only, so it is printed for the held-out pages too."""
    for field_name, what in (("quote_kinds", "quoted missed"), ("reported_kinds", "reported missed")):
        counts: Counter[str] = sum((getattr(r, field_name) for r in results), Counter())
        total = sum(counts[k] for k in QUOTE_AXES["outcome"])
        print(f"{label} breakdown: {what} {total}: "
              + " | ".join(_counted(counts, kinds) for kinds in QUOTE_AXES.values()))
    dates: Counter[str] = sum((r.date_kinds for r in results), Counter())
    print(f"{label} breakdown: dates missed {sum(dates['missed ' + k] for k in CLASSES)}: "
          f"{_counted(dates, CLASSES, 'missed ')} | false positives {sum(dates['fp ' + k] for k in CLASSES)}: "
          f"{_counted(dates, CLASSES, 'fp ')} | of those a wrong value: {_counted(dates, WRONG, 'wrong ')}")
    actors: Counter[str] = sum((r.actor_kinds for r in results), Counter())
    print(f"{label} breakdown: wrong actors {sum(actors.values())}: {_counted(actors, ACTOR_KINDS)}")
    for language in sorted({r.language for r in results}):
        mine = [r for r in results if r.language == language]
        total = {key: tuple(map(sum, zip(*(getattr(r, key) for r in mine))))
                 for key in ("quoted", "reported", "actors", "titles")}
        print(f"{label} by language: {language} {len(mine)} pages: quoted {_ratio(total['quoted'])}, reported "
              f"{_ratio(total['reported'])}, actor precision {_share(total['actors'])} ({_ratio(total['actors'])}), "
              f"titles {_ratio(total['titles'])} ({_share(total['titles'])})")


def _shown(folder: Path) -> str:
    """A folder as the report names it: from the repository root when inside it ("tests/pages/")."""
    try:
        return folder.resolve().relative_to(PAGES_DIR.parent.parent).as_posix() + "/"
    except ValueError:
        return str(folder)


def score_page(page: Path, verbose: bool = False) -> PageResult:
    """Import one page into a fresh site, extract it, and score both against its gold."""
    import yaml

    gold = yaml.safe_load(page.with_suffix(".gold.yaml").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="page-quality-") as folder:
        site = Path(folder)
        (site / "content").mkdir()
        (site / "content" / "site.yaml").write_text("title: Page quality\n", encoding="utf-8")
        imported, printed = _add(site, page)
        if imported is None:
            return _failed(page, gold, printed if verbose else [])
        events = _extract(site, imported.source_id)
        text = imported.path.read_text(encoding="utf-8").split("---\n", 2)[2]
    notes = printed if verbose else []
    quote_kinds: Counter[str] = Counter()
    reported_kinds: Counter[str] = Counter()
    actor_kinds: Counter[str] = Counter()
    date_kinds: Counter[str] = Counter()
    spent: set[int] = set()  # the claims that found a statement by its marked words only: one statement each
    return PageResult(
        name=page.stem,
        dates=_dates(text, gold, imported.published, imported.language, notes, date_kinds),
        metadata=_metadata(imported, text, gold, notes),
        quoted=_claims(events, gold, notes, direct=True, text=text, kinds=quote_kinds, spent=spent),
        reported=_claims(events, gold, notes, direct=False, text=text, kinds=reported_kinds, spent=spent),
        actors=_actors(events, gold, notes, text=text, kinds=actor_kinds),
        titles=_titles(events, gold, text, notes),
        chrome=_chrome(text, gold, notes),
        notes=notes,
        language=str((gold.get("page") or {}).get("language") or ""),
        quote_kinds=quote_kinds,
        reported_kinds=reported_kinds,
        actor_kinds=actor_kinds,
        date_kinds=date_kinds,
    )


def _add(site: Path, page: Path) -> tuple[Any, list[str]]:
    """`add PAGE` into the site; what it kept and what it printed (None and the error when add refused the page)."""
    from generator.extract.importer import ImportOptions, import_articles, summary_lines

    [imported] = import_articles(site, [str(page)], ImportOptions())
    if isinstance(imported, Exception):
        return None, [f"add failed: {imported}"]
    return imported, summary_lines(imported)


def _failed(page: Path, gold: dict[str, Any], notes: list[str]) -> PageResult:
    """A page add refused: nothing was found, so every gold item counts as missed (and nothing leaked)."""
    claims = gold.get("claims") or []
    direct = sum(1 for c in claims if c.get("direct", True))
    titled = sum(1 for item in list(gold.get("events") or []) + claims if item.get("title") and item.get("keywords"))
    keys = ("title", "publisher", "published", "language", "first sentence", "last sentence")
    return PageResult(name=page.stem, dates=Score(fn=len(gold.get("dates") or [])), metadata=dict.fromkeys(keys, False),
                      quoted=(0, direct), reported=(0, len(claims) - direct), actors=(0, 0), titles=(0, titled),
                      chrome=(0, len(gold.get("chrome") or [])), notes=notes, add_failed=True,
                      language=str((gold.get("page") or {}).get("language") or ""))


def _extract(site: Path, source_id: str) -> list[dict[str, Any]]:
    """`extract SOURCE --json`: the events as their files would hold them."""
    from generator.extract.pipeline import extract

    with contextlib.redirect_stderr(io.StringIO()):
        result = extract(site, [source_id], merge_events=False, jobs=1)
    return [candidate.to_data() for candidate in result.candidates]


def _dates(text: str, gold: dict[str, Any], published: dt.date, language: str, notes: list[str],
           kinds: Counter[str] | None = None) -> Score:
    """Date mentions of the tagger on the source text against the gold's, located from the body's start; the misses
    and false positives counted by class of expression into kinds (dates lost by add: 'missed' of their class)."""
    body = gold.get("body") or {}
    start = _find(text, str(body.get("first_sentence") or ""))
    offset = start[0] if start else 0
    golds: list[GoldDate] = []
    lost = 0
    errors: list[tuple[str, Any]] = []
    for entry in gold.get("dates") or []:
        value = entry["value"]
        value, end = (str(value.get("start")), str(value["end"]) if value.get("end") is not None else None) \
            if isinstance(value, dict) else (str(value), None)
        place = locate(text[offset:], str(entry["text"]), int(entry.get("nth") or 1))
        if place is None:
            lost += 1
            notes.append(f"date lost by add: {entry['text']!r}")
            errors.append(("fn", GoldDate(0, 0, str(entry["text"]), value, end)))
            continue
        golds.append(GoldDate(offset + place[0], offset + place[1], str(entry["text"]), value, end, entry.get("mod")))
    doc = Doc("page", text, published, language, golds)
    predictions = ours(text, published, language)
    score = score_doc(predictions, doc, errors=errors)
    score.fn += lost
    if kinds is not None:
        kinds.update(tally_errors(errors, language))
    for p in predictions:
        if not any(g.start < p.end and p.start < g.end and g.value == p.value and g.end_value == p.end_value
                   for g in golds):
            notes.append(f"date FP {p.text!r} -> {p.value}{' ' + p.end_value if p.end_value else ''}")
    for g in golds:
        if not any(g.start < p.end and p.start < g.end and g.value == p.value and g.end_value == p.end_value
                   for p in predictions):
            notes.append(f"date FN {g.text!r} = {g.value}{' ' + g.end_value if g.end_value else ''}")
    return score


def _metadata(imported: Any, text: str, gold: dict[str, Any], notes: list[str]) -> dict[str, bool]:
    """Whether add found the gold's title, publisher, day and language, and kept the body's ends."""
    page = gold.get("page") or {}
    body = gold.get("body") or {}
    publisher = imported.article.publisher.value if imported.article.publisher else ""
    checks = {
        "title": _norm(imported.title) == _norm(str(page.get("title") or "")),
        "publisher": _norm(publisher) == _norm(str(page.get("publisher") or "")),
        "published": imported.published.isoformat() == str(page.get("published")),
        "language": imported.language == str(page.get("language")),
        "first sentence": _find(text, str(body.get("first_sentence") or "")) is not None,
        "last sentence": _find(text, str(body.get("last_sentence") or "")) is not None,
    }
    notes.extend(f"metadata wrong: {key}" for key, ok in checks.items() if not ok)
    return checks


def _claims(events: list[dict[str, Any]], gold: dict[str, Any], notes: list[str], direct: bool,
            text: str = "", kinds: Counter[str] | None = None, spent: set[int] | None = None) -> tuple[int, int]:
    """Gold claims (quoted, or reported) found as extracted claims with their speaker; each miss's kinds counted. A claim
    that finds a statement by its marked words only finds no other (`spent`, see `_claim_event`)."""
    wanted = [c for c in gold.get("claims") or [] if bool(c.get("direct", True)) == direct]
    spent = set() if spent is None else spent
    found = 0
    for claim in wanted:
        match = _claim_event(events, claim, gold, spent)
        if match is not None and _same_speaker(str(match.get("speaker") or ""), str(claim["speaker"]), gold):
            found += 1
        else:
            missed = _quote_kinds(text, claim, gold, match)
            if kinds is not None:
                kinds.update(missed)
            said = f" (found, speaker {match.get('speaker')!r})" if match is not None else ""
            notes.append(f"{'quoted' if direct else 'reported'} claim missed{said}: {claim['speaker']}: "
                         f"{str(claim['quote'])[:70]!r} [{', '.join(missed)}]")
    return found, len(wanted)


# The kinds a missed claim is counted under, by axis, in the order the breakdown prints them.
QUOTE_AXES: dict[str, tuple[str, ...]] = {
    "outcome": ("no claim", "speaker missing", "speaker wrong"),
    "speaker": ("named before", "named after", "a pronoun (named earlier)", "a role (named earlier)",
                "named in an earlier sentence", "later sentence", "a description", "not in the body"),
    "marks": ("« »", "“ ”", '" "', "‘ ’", "' '", "none"),
    "shape": ("one quotation", "split around the attribution", "beside a quotation", "several sentences",
              "spans paragraphs"),
}


def _quote_kinds(text: str, claim: dict[str, Any], gold: dict[str, Any], match: dict[str, Any] | None) -> list[str]:
    """What kind of statement a missed gold claim is, one kind per axis of QUOTE_AXES, read from the gold and the
    source text only: what the extractor made of it, where its speaker is named, its quotation marks, its shape."""
    speaker = str(claim["speaker"])
    outcome = "no claim" if match is None else "speaker missing" if not str(match.get("speaker") or "").strip() \
        else "speaker wrong"
    place = _find(text, str(claim["quote"]))
    if place is None:
        return [outcome, "not in the body", "none", "one quotation"]
    start, end = place
    para_start = text.rfind("\n\n", 0, start) + 2 if text.rfind("\n\n", 0, start) >= 0 else 0
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end < 0 else para_end
    from generator.extract.segment import sentences

    inside = [s for s in sentences(text, para_start, para_end) if s.start < end and start < s.end]
    first = min((s.start for s in inside), default=para_start)
    last = max((s.end for s in inside), default=para_end)
    names = _speaker_forms(speaker, gold)
    where = "a description" if not speaker[:1].isupper() else ""
    if not where:
        found = [m.start() for m in _name_pattern(names).finditer(text, first, last) if not start <= m.start() < end]
        if any(f < start for f in found):
            where = "named before"
        elif found:
            where = "named after"
        elif _name_pattern(names).search(text, 0, first):
            outside = text[first:start] + " " + text[end:last]
            where = ("a pronoun (named earlier)" if _PRONOUN.search(outside)
                     else "a role (named earlier)" if re.search(r"(?<![\w'’])(?:the|a|an|le|la|l['’]|un|une)\s+[a-zà-ÿ]", outside)
                     else "named in an earlier sentence")
        else:
            where = "later sentence"
    opening = text[:start].rstrip()[-1:]
    marks = {"«": "« »", "“": "“ ”", '"': '" "', "‘": "‘ ’", "'": "' '"}.get(opening, "none")
    if text.count(opening, para_start, para_end) != text.count({"«": "»", "“": "”"}.get(opening, opening), para_start, para_end) \
            and opening in "«“" or opening == '"' and text.count('"', para_start, para_end) % 2:
        shape = "spans paragraphs"
    elif _beside_another(text, claim, gold, start, end):
        shape = "split around the attribution" if claim.get("direct", True) else "beside a quotation"
    elif re.search(r"[.!?…]\s+[\"«“]?[A-ZÀ-Ý]", str(claim["quote"])):
        shape = "several sentences"
    else:
        shape = "one quotation"
    return [outcome, where, marks, shape]


def _beside_another(text: str, claim: dict[str, Any], gold: dict[str, Any], start: int, end: int) -> bool:
    """Whether another quotation of the same speaker sits right before or after this one (a quotation split around
    its attribution: "“…,” she said. “…”")."""
    for other in gold.get("claims") or []:
        if other is claim or str(other.get("speaker")) != str(claim["speaker"]) or not other.get("direct", True):
            continue
        place = _find(text, str(other["quote"]))
        gap = text[end:place[0]] if place and place[0] >= end else text[place[1]:start] if place else "\n\n"
        if len(gap) < 100 and "\n\n" not in gap:
            return True
    return False


_PRONOUN = re.compile(r"(?<![\w'’-])(?:he|she|they|it|il|elle|ils|elles)(?![\w'’])|-t-(?:il|elle)\b|-(?:il|elle)s?\b",
                      re.IGNORECASE)


def _speaker_forms(speaker: str, gold: dict[str, Any]) -> list[str]:
    """The ways the body may name a gold speaker: in full, by surname, by one of its aliases."""
    aliases = [str(k) for k, v in (gold.get("aliases") or {}).items() if _norm(str(v)) == _norm(speaker)]
    return [speaker] + ([speaker.split()[-1]] if " " in speaker else []) + aliases


def _name_pattern(names: list[str]) -> re.Pattern[str]:
    """Any of the names, as whole words, apostrophe style and spacing ignored."""
    forms = [r"\s+".join(re.sub(r"['’]", "['’]", re.escape(w)) for w in n.split()) for n in names if n.strip()]
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")(?!\w)")


def _claim_event(events: list[dict[str, Any]], claim: dict[str, Any], gold: dict[str, Any],
                 spent: set[int] | None = None) -> dict[str, Any] | None:
    """The extracted claim that holds a gold claim's words, preferring one with the right speaker. With `spent` (the ids
    of the claims that already found a statement by its marked words only, `_marked`), such a claim finds one statement
    only: it is added to `spent` when it is returned with the statement's speaker."""
    words = _loose(str(claim["quote"]))
    head = words[:40]
    speaker = str(claim["speaker"])
    marked = _marked(str(claim["quote"]), speaker)
    candidates, by_marks = [], set()
    for event in events:
        if event.get("kind") != "claim":
            continue
        quotes = [_loose(str(s.get("quote") or "")) for s in event.get("sources") or []]
        if any(head in q or (len(q) >= 20 and q in words) for q in quotes):
            candidates.append(event)
        elif any(q in marked for q in quotes) and (spent is None or id(event) not in spent):
            candidates.append(event)
            by_marks.add(id(event))
    # the right speaker first, then a claim found by its words before one found by the statement's marked words only
    # (one of another speaker is still returned, for the miss's kind: the counters ask for the speaker)
    right = {id(e) for e in candidates if _same_speaker(str(e.get("speaker") or ""), speaker, gold)}
    candidates.sort(key=lambda e: (id(e) not in right, id(e) in by_marks))
    if not candidates:
        return None
    if spent is not None and id(candidates[0]) in by_marks and id(candidates[0]) in right:
        spent.add(id(candidates[0]))
    return candidates[0]


# Words in quotation marks inside a gold statement; the closing mark may be cut off by the statement's end.
_MARKED = re.compile(r"[«“\"]\s*([^«»“”\"]+?)\s*(?:[»”\"]|$)")
# Before the marks, the words are given to another voice than the statement's speaker: "a rejeté ce que l'opposition
# appelle un « fiasco »", "dismissed what critics have called a "fiasco"" (a relative, a subject, a verb of naming).
_OTHER_VOICE = re.compile(r"(?<![\w'’])(?:ce\s+qu(?:e\s+|['’]\s*)|what\s+)(?P<voice>(?:[\w'’-]+\s+){1,5}?)"
                          r"(?:appel|qualifi|nomm|surnomm|baptis|désign|call|dub|term|brand|describ|label)[\w-]*\s+"
                          r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# A voice that is the speaker's own: "ce qu'il appelle un « fiasco »", "what she called a "fiasco"".
_OWN_VOICE = {"il", "elle", "on", "je", "j", "nous", "he", "she", "it", "i", "we"}


def _marked(quote: str, speaker: str) -> set[str]:
    """The judged words a gold statement holds in quotation marks as its speaker's own, compared loosely: a reported
    statement that quotes a word or two ("a reconnu que l'entreprise avait « failli »") is found by a claim of those
    quoted words, as short as they are; the 20 characters asked of a claim's words elsewhere keep a short claim from
    matching any statement that merely contains them unquoted. Not marked words that a careful reader would not
    credit to the speaker: a name or title (they open with a capital: the festival « Nuits d'Été »), a figure alone
    ("cut "40" posts"), words the statement gives to another voice ("ce que l'opposition appelle un « fiasco »")."""
    found = set()
    surname = _norm(speaker.split()[-1]) if speaker.strip() else ""
    for match in _MARKED.finditer(quote):
        segment = match.group(1)
        if segment[:1].isupper() or not re.search(r"[^\W\d_]", segment):
            continue
        voice = _OTHER_VOICE.search(quote[:match.start()].replace("’", "'") + " ")
        words = _norm(voice["voice"]).split() if voice else []
        if voice and words[0] not in _OWN_VOICE and surname not in words:
            continue
        found.add(_loose(segment))
    return found


# An article opening a described speaker names no one: "La préfecture" is "préfecture", "A spokeswoman for X" is
# "spokeswoman for X" (the gold writes such speakers either way).
_SPEAKER_ARTICLE = re.compile(r"^(?:the|a|an|le|la|les|l|un|une|des) ")


def _same_speaker(found: str, expected: str, gold: dict[str, Any]) -> bool:
    """The gold speaker, one of its aliases, or its surname; a described speaker's opening article left out."""
    aliases = {_norm(k) for k, v in (gold.get("aliases") or {}).items() if _norm(str(v)) == _norm(expected)}
    forms = {_norm(expected), _norm(expected.split()[-1])} | aliases
    # the same form is the same form bare: comparing bare forms alone covers the exact match
    return _SPEAKER_ARTICLE.sub("", _norm(found)) in {_SPEAKER_ARTICLE.sub("", form) for form in forms}


def _actors(events: list[dict[str, Any]], gold: dict[str, Any], notes: list[str], text: str = "",
            kinds: Counter[str] | None = None) -> tuple[int, int]:
    """Distinct extracted actor names that are gold actors (or aliases, or a person's surname); each wrong one's kind
    counted."""
    groups = gold.get("actors") or {}
    names = {_norm(n) for group in groups.values() for n in group or []}
    names |= {_norm(n.split()[-1]) for n in groups.get("people") or []}
    for alias, name in (gold.get("aliases") or {}).items():
        names |= {_norm(alias), _norm(str(name))}
    found = sorted({str(a) for e in events for a in e.get("actors") or []})
    wrong = [a for a in found if _norm(a) not in names]
    language = str((gold.get("page") or {}).get("language") or "")
    wrong_kinds = [_actor_kind(a, text, names, gold, language) for a in wrong]
    if kinds is not None:
        kinds.update(wrong_kinds)
    if wrong:
        notes.append(f"actors wrong: {', '.join(f'{a} [{k}]' for a, k in zip(wrong, wrong_kinds))}")
    return len(found) - len(wrong), len(found)


# The kinds a wrong actor is counted under, in the order the breakdown prints them (the first that fits).
ACTOR_KINDS = ("crosses a sentence's end", "part of a longer name", "a name with more words", "a role or title",
               "a nationality or people", "a common word", "opens sentences only", "listed as no actor",
               "written as a place", "other")


def _actor_kind(name: str, text: str, names: set[str], gold: dict[str, Any], language: str) -> str:
    """Why an extracted actor name is wrong, as far as the gold and the text tell: it runs over a sentence's end
    ("Series B. Investors"), it is a piece of a gold name ("Water" of "Carrow Water"), a gold name with words added
    ("Minister Paul Vernet"), a role, a nationality, a word the body also writes in lower case, a word only ever seen
    opening a sentence, one the gold lists as no actor (products, works, events, diseases), one the body writes right
    after a preposition of place and never has speak ("in Geneva", "à Londres": a place the gold left out, mostly, as
    the stories' gold lists main actors only), or none of these."""
    from generator.extract.lang import for_text, reporting_verb

    data = for_text(language)
    words = _norm(name).split()
    joined = " ".join(words)
    padded = f" {joined} "
    written = [r"\s*".join(re.escape(w) for w in word.split()) for word in name.split()]
    if len(written) > 1 and not re.search(r"\s+".join(written), text) \
            and re.search(r"[.!?:]?\s+".join(written), text):
        return "crosses a sentence's end"
    if any(padded in f" {gold_name} " for gold_name in names):
        return "part of a longer name"
    if any(f" {gold_name} " in padded for gold_name in names if gold_name):
        return "a name with more words"
    if any(w in data.TITLES or w in data.PERSON_NOUNS for w in words):
        return "a role or title"
    if len(words) == 1 and (words[0] in data.NATIONALITIES or words[0].removesuffix("s") in data.NATIONALITIES
                            or words[0].removesuffix("es") in data.NATIONALITIES):
        return "a nationality or people"
    if len(words) == 1 and re.search(rf"(?<![\w'’-]){re.escape(words[0])}(?![\w'’-])", text):
        return "a common word"  # the body writes it in lower case too ("the council", "la commission")
    starts = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    if starts and all(re.search(r"(?:^|[.!?…:»”\"]\s*|\n)[\s«“\"*_(]*$", text[max(0, s - 6):s]) for s in starts):
        return "opens sentences only"
    if _norm(name) in {_norm(str(n)) for n in gold.get("not_actors") or []}:
        return "listed as no actor"
    # Right after a preposition of place, but neither a body's name ("at Carrow Council") nor one the body has speak
    # ("a stake in Tolvane" beside "Tolvane said"): a firm, a council, a person are real errors (review 29). A place
    # is written otherwise too ("France's", "to Geneva"): where it is written besides is no sign.
    place = "|".join(map(re.escape, sorted(data.PLACE_BEFORE)))
    # Its verb right after it (no comma: "in south-west France, said the bottles" is another subject's), and its
    # words whole ("Port-Vallery" holds no "port").
    speaks = rf"(?<![\w'’-]){re.escape(name)}\s+(?:{reporting_verb(data)})(?!\w)"
    if re.search(rf"(?<![\w'’])(?:{place})\s+{re.escape(name)}(?![\w'’-])", text, re.IGNORECASE) \
            and not any(_norm(w) in data.ORG_WORDS for w in name.split()) and not re.search(speaks, text):
        return "written as a place"
    return "other"


def _titles(events: list[dict[str, Any]], gold: dict[str, Any], text: str, notes: list[str]) -> tuple[int, int]:
    """Gold events and claims whose extracted title is kept as is (the checks and the keywords)."""
    language = str((gold.get("page") or {}).get("language") or "")
    kept = total = 0
    spent: set[int] = set()
    for item in list(gold.get("events") or []) + list(gold.get("claims") or []):
        if not item.get("title") or not item.get("keywords"):
            continue
        total += 1
        event = _claim_event(events, item, gold, spent) if "speaker" in item else _event_for(events, item)
        if event is None:
            notes.append(f"title: no event for {str(item.get('quote_contains') or item.get('quote'))[:60]!r}")
            continue
        title = str(event.get("title") or "")
        # A claim's quote is the speaker's words alone; its title may take words of the sentence around them.
        sentence = text if event.get("kind") == "claim" else \
            " ".join(str(s.get("quote") or "") for s in event.get("sources") or []) or text
        problem = title_problem(title, sentence, language) or _missing_keywords(title, item["keywords"])
        if problem:
            notes.append(f"title not kept ({problem}): {title!r}")
        else:
            kept += 1
    return kept, total


def _event_for(events: list[dict[str, Any]], item: dict[str, Any]) -> dict[str, Any] | None:
    """The extracted event whose quote holds a gold event's words, one with the gold date first."""
    needle = _loose(str(item["quote_contains"]))
    dates = {str(item.get("date"))} | {str(d) for d in item.get("also_ok") or []}
    matches = [e for e in events if any(needle in _loose(str(s.get("quote") or "")) for s in e.get("sources") or [])]
    matches.sort(key=lambda e: (str(e.get("date")) not in dates, e.get("kind") == "claim"))
    return matches[0] if matches else None


def title_problem(title: str, sentence: str, language: str | None = None) -> str | None:
    """Why a title is not one a person keeps as is, by the bench's checks; None when it passes them.

    The verb is looked for with ``language``'s data; without a language it is not checked.
    """
    title = title.strip()
    if not title:
        return "empty"
    if len(title) > 110:
        return f"{len(title)} characters"
    if not (title[0].isupper() or title[0].isdigit() or title[0] in "«“\""):
        return "starts in lower case or with punctuation"
    if re.match(r"^\w+\s*,", title):
        return "starts with a lone word and a comma"
    last = re.findall(r"[\w’']+", title.lower().replace("’", "'"))
    dangling = _DANGLING.get(language or "") or frozenset().union(*_DANGLING.values())
    if last and (last[-1] in dangling or last[-1].endswith("'")):
        return f"ends on '{last[-1]}'"
    for number in re.findall(r"\d+(?:[.,\u202f ]\d+)*", title):
        whole = re.escape(number.strip())
        if not re.search(rf"(?<![\d.,]){whole}(?![\d]|[.,]\d)", sentence):
            return f"the number '{number.strip()}' is cut or not in the sentence"
    pairs = (("«", "»"), ("“", "”"), ("(", ")"), ("[", "]"))
    if any(title.count(a) != title.count(b) for a, b in pairs) or title.count('"') % 2:
        return "unbalanced quotation marks or brackets"
    if language is not None and not _verb_forms(language).search(title) and not _plural_present(title, language):
        return "no verb"
    return None


def _plural_present(title: str, language: str) -> bool:
    """Whether a title holds a plural present the lexicon knows in the singular, after a plural noun or pronoun
    ("Applications close", "Clean-up crews expect to work"): the lexicon lists a present by its -s form only, so
    that a plural noun counts as no verb ("plans", "cuts"); its plural form alone is a noun as often ("the close")."""
    from generator.extract.lang import for_text

    pronouns, verbs = for_text(language).PLURAL_PRONOUNS, _verb_forms(language)
    words = re.findall(r"[\w’'-]+", title)
    return any(_plural_noun(before, pronouns) and not verbs.fullmatch(before)
               and any(verbs.fullmatch(word + ending) for ending in ("s", "es"))
               for before, word in zip(words, words[1:]) if word.islower())


def _plural_noun(word: str, pronouns: frozenset[str]) -> bool:
    """A plural noun or subject pronoun by its form: "they", or a word of four letters or more in -s (not -ss, -us,
    -is: "business", "bus", "analysis")."""
    return word.casefold() in pronouns \
        or len(word) >= 4 and re.search(r"(?<![sui])s$", word) is not None


def _verb_forms(language: str) -> re.Pattern[str]:
    """The language's verb forms (English ones for a language without data), compiled once."""
    from generator.extract.lang import for_text

    return for_text(language).compiled(lambda data: re.compile(data.VERB_FORMS))


def _missing_keywords(title: str, keywords: list[str]) -> str | None:
    """The gold keywords the title lacks, if any."""
    missing = [k for k in keywords if str(k).casefold() not in title.casefold()]
    return f"lacks {', '.join(map(str, missing))}" if missing else None


def _chrome(text: str, gold: dict[str, Any], notes: list[str]) -> tuple[int, int]:
    """Gold chrome strings present in the source text."""
    flat = " ".join(text.split())
    strings = [str(s) for s in gold.get("chrome") or []]
    leaked = [s for s in strings if " ".join(s.split()) in flat]
    notes.extend(f"chrome leaked: {s!r}" for s in leaked)
    return len(leaked), len(strings)


def _find(text: str, needle: str) -> tuple[int, int] | None:
    """Where a sentence is in the text, spacing ignored; None when absent."""
    if not needle:
        return None
    pattern = r"\s+".join(re.escape(w) for w in needle.split())
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else None


def _loose(text: str) -> str:
    """Text compared loosely: case, quote marks and spacing ignored."""
    text = text.replace("’", "'").replace("\u202f", " ").replace("\xa0", " ")
    text = re.sub(r"[«»“”\"]", " ", text)
    return " ".join(text.casefold().split())


def _norm(text: str) -> str:
    """A name or title compared without case, spacing or punctuation."""
    return " ".join(re.sub(r"[^\w]+", " ", text.replace("’", "'")).casefold().split())


def _ratio(pair: tuple[int, int]) -> str:
    return f"{pair[0]}/{pair[1]}"


def _share(pair: tuple[int, int]) -> str:
    return f"{pair[0] / pair[1]:.3f}" if pair[1] else "-"


if __name__ == "__main__":
    sys.exit(main())
