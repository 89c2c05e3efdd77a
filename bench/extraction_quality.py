"""Date-extraction quality: our tagger vs raw dateparser, precision/recall/F1.

Datasets:
1. tests/extraction/ — our annotated articles (+ the shared scraped page when
   ../shared/corpus exists).  A prediction is correct when its span overlaps a
   gold span and its value matches exactly (spans: start and end values);
   `mod` is reported separately.  Also counts distractors wrongly tagged.
2. French TimeBank and MEANTIME English (../shared/corpus/timeml), DATE
   expressions only, value F1.  Each corpus is split deterministically into a
   dev half and a held-out half by a hash of the document id; rules were only
   tuned on dev errors.  TimeML rule: a prediction overlapping no gold DATE but
   overlapping a TIME gold whose value begins with the predicted value
   ("dimanche" inside "Dimanche soir" = 1999-05-23TEV) is ignored (neither TP
   nor FP); a predicted span may match two gold DATEs (its start and its end).
   Our tagger runs with refs=True here (PRESENT_REF/PAST_REF/FUTURE_REF).

Raw dateparser: search_dates(text, languages=[lang], settings={RELATIVE_BASE:
published, PREFER_DATES_FROM: past, RETURN_AS_TIMEZONE_AWARE: False}); each
returned substring is located left to right, its value taken at day precision.

Then the errors by class of expression (bench/_classes.py), for every dataset and split. The dev figures end
on SUMMARY lines, the held-out halves' on HELDOUT lines, as the other quality benches print them.

3. The story articles (tests/stories/*/, dev text written for merging, less studied for dates): each gold
   mention with date words and its own date (not `date_basis: published`) is looked up in its source's body,
   its date words inside it, and counts as read right when a tag of ours overlapping those words has the
   mention's value (start and end); else missed (no tag there) or a wrong value (by year, granularity or
   anchor). Recall only: the gold does not list every date of an article. Mentions dated by another fact
   ("two days after the verdict") count too: the tagger alone cannot read them, the story can.

Usage: python -m bench.extraction_quality [--errors dev|extraction|stories] [--no-dateparser] [--no-heldout]
"""
from __future__ import annotations

import argparse
import datetime as _dt
import sys

from collections import Counter
from pathlib import Path

import yaml

from bench._classes import CLASSES, WRONG, expression_class, tally_errors, wrong_kind
from bench._gold import (Doc, Score, as_date, load_extraction, load_timeml, ours, parse_front_matter, predictions,
                         score_doc, score_docs, story_source_paths)
from generator.extract.temporal_tense import sentence_bounds

STORIES = Path(__file__).resolve().parent.parent / "tests" / "stories"


def _fmt(s: Score) -> str:
    return f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"


def _row(name: str, split: str, docs: list[Doc], timeml: bool, with_dp: bool) -> tuple[Score, Score | None]:
    o = score_docs(docs, "ours", timeml)
    d = score_docs(docs, "dateparser", timeml) if with_dp else None
    n_gold = sum(len(x.gold) for x in docs)
    line = f"{name:<18} {split:<5} {len(docs):>4} {n_gold:>5} | {_fmt(o)} {o.ignored:>4} |"
    line += f" {_fmt(d)} {d.ignored:>4}" if d else "      -      -      -    -"
    print(line)
    return o, d


def _errors(docs: list[Doc], timeml: bool) -> None:
    """Print false positives and misses per document (only call on dev/our data)."""
    for d in docs:
        preds = ours(d.text, d.published, d.language, timeml)
        s = score_doc(preds, d, timeml)
        if not s.fp and not s.fn:
            continue
        print(f"--- {d.name} published={d.published} ({d.published.strftime('%A')}) fp={s.fp} fn={s.fn}")
        golds = {(g.start, g.end): g for g in d.gold}
        for p in preds:
            ok = any(g.start < p.end and p.start < g.end and g.value in (p.value, p.end_value) for g in d.gold)
            if not ok:
                ctx = d.text[max(0, p.start - 60):p.end + 40].replace("\n", " ")
                print(f"  FP {p.text!r} -> {p.value} {p.end_value or ''} | {ctx}")
        for (a, b), g in golds.items():
            if not any(a < p.end and p.start < b and g.value in (p.value, p.end_value) for p in preds):
                ctx = d.text[max(0, a - 60):b + 40].replace("\n", " ")
                print(f"  FN {g.text!r} = {g.value} {g.end_value or ''} | {ctx}")


def _classify(docs: list[Doc], timeml: bool) -> dict[str, list[int]]:
    """Per class: [gold, missed, false positives], and per kind of wrong value: [count] (a FP overlapping a miss)."""
    table: dict[str, list[int]] = {k: [0, 0, 0] for k in CLASSES + WRONG}
    for d in docs:
        for g in d.gold:
            table[expression_class(g.text, g.value, g.end_value, d.language)][0] += 1
        errors: list[tuple[str, object]] = []
        score_doc(predictions(d, "ours", timeml), d, timeml, errors=errors)
        for key, n in tally_errors(errors, d.language).items():
            kind, _, name = key.partition(" ")
            if kind == "wrong":
                table[name][0] += n
            else:
                table[name][1 if kind == "missed" else 2] += n
    return table


def _breakdown(columns: list[tuple[str, list[Doc], bool]]) -> None:
    """Print misses and false positives by class of expression, one column per dataset and split."""
    tables = [(head, _classify(docs, timeml)) for head, docs, timeml in columns]
    print("Errors by class of expression (gold / missed / false positives; 'wrong value' rows: a false positive")
    print("overlapping a missed gold, counted once more under its class)")
    print(f"{'class':<20}" + "".join(f" | {head:>14}" for head, _ in tables))
    for k in CLASSES:
        if any(t[k] != [0, 0, 0] for _, t in tables):
            print(f"{k:<20}" + "".join(f" | {'%d/%d/%d' % tuple(t[k]):>14}" for _, t in tables))
    for k in WRONG:
        print(f"{'wrong ' + k:<20}" + "".join(f" | {t[k][0]:>14}" for _, t in tables))


def _story_value(date: object) -> tuple[str, str | None]:
    """(start, end) of a gold mention's date as the tagger writes values."""
    if isinstance(date, dict):
        return str(date.get("start")), str(date.get("end"))
    return str(date), None


def _story_sources(folder: Path, gold: dict) -> dict[str, tuple[str, _dt.date, str]]:
    """Each source id of a story: (body, published, language), read as bench/_gold reads an article."""
    out = {}
    for sid, path in story_source_paths(folder, STORIES.parent.parent, gold).items():
        meta, body = parse_front_matter(path.read_text(encoding="utf-8"))
        out[sid] = (body, as_date(meta["published"]), str(meta.get("language", gold.get("language", "fr"))))
    return out


def story_dates(errors: list[str] | None = None) -> tuple[Counter[str], dict[str, Counter[str]]]:
    """Gold story mentions' date words read by our tagger: totals ('gold', 'right', 'missed', 'wrong by …',
    'not located') and the same per class of expression; each error described into `errors` when given."""
    totals: Counter[str] = Counter()
    by_class: dict[str, Counter[str]] = {k: Counter() for k in CLASSES}
    for folder in sorted(p for p in STORIES.iterdir() if (p / "gold.yaml").is_file()):
        gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
        sources = _story_sources(folder, gold)
        tags: dict[str, list] = {}
        for fact in gold.get("facts") or []:
            for m in fact.get("mentions") or []:
                words = m.get("date_text")
                if not words or m.get("date") is None or m.get("date_basis") == "published":
                    continue
                body, published, language = sources[m["source"]]
                if m["source"] not in tags:
                    tags[m["source"]] = ours(body, published, language)
                at = body.find(m["text"])
                # a claim's date words may stand outside its quotation, by the verb of saying ("« … », a-t-il déclaré
                # jeudi"): looked for in the mention's sentences when they are not inside the mention's own words
                around = sentence_bounds(body, at, at + len(m["text"])) if at >= 0 else (-1, -1)
                for w in [words] if isinstance(words, str) else words:
                    start = body.lower().find(w.lower(), at, at + len(m["text"])) if at >= 0 else -1
                    if start < 0 and at >= 0:
                        start = body.lower().find(w.lower(), *around)
                    if start < 0:
                        totals["not located"] += 1  # a mention or date words the gold wrote otherwise than the text
                        continue
                    end, want = start + len(w), _story_value(m["date"])
                    over = [t for t in tags[m["source"]] if t.start < end and start < t.end]
                    cls = expression_class(w, want[0], want[1], language)
                    totals["gold"] += 1
                    by_class[cls]["gold"] += 1
                    # two date words of one mention ("next Tuesday, May 14") each give the mention's date
                    if any((t.value, t.end_value) == want or want[1] and t.value in want for t in over):
                        totals["right"] += 1
                        continue
                    kind = "wrong " + wrong_kind(over[0].value, want[0]) if over else "missed"
                    totals[kind] += 1
                    by_class[cls][kind] += 1
                    if errors is not None:
                        ctx = body[max(0, start - 70):end + 40].replace("\n", " ")
                        got = ", ".join(f"{t.text!r} {t.value}" for t in over) or "-"
                        errors.append(f"{kind:<21} {cls:<15} {folder.name}/{m['source']} ({language}, published "
                                      f"{published} {published.strftime('%a')}) {w!r} = {want[0]}"
                                      f"{'/' + want[1] if want[1] else ''}, ours {got} | {ctx}")
    return totals, by_class


def _story_report() -> str:
    """Print the story mentions' date breakdown by class; return the SUMMARY line."""
    totals, by_class = story_dates()
    wrong = ", ".join(f"{k} {totals[k]}" for k in ("wrong " + w for w in WRONG) if totals[k])
    print("Story articles (tests/stories): gold mentions' date words by class (gold / missed / wrong value)")
    for k in CLASSES:
        c = by_class[k]
        if c["gold"]:
            wrong_values = sum(v for n, v in c.items() if n.startswith("wrong"))
            print(f"  {k:<20} {c['gold']:>4} / {c['missed']:>3} / {wrong_values:>3}")
    return (f"stories: mentions' date words read right {totals['right']}/{totals['gold']} "
            f"({totals['right'] / max(1, totals['gold']):.1%}); missed {totals['missed']}"
            + (f", {wrong}" if wrong else "") + f"; gold words not located in their source {totals['not located']}")


def main(argv: list[str] | None = None) -> int:
    """Print the quality table and one summary line per dataset."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--errors", choices=["dev", "extraction", "stories"],
                    help="list our errors (dev halves, our articles or the story articles only)")
    ap.add_argument("--no-dateparser", action="store_true", help="skip the raw dateparser columns")
    ap.add_argument("--no-heldout", action="store_true", help="leave the held-out halves out (while studying the dev ones)")
    args = ap.parse_args(argv)
    with_dp = not args.no_dateparser

    problems: list[str] = []
    ext = load_extraction(problems=problems)
    tml = {name: load_timeml(name) for name in ("fr-timebank", "meantime-en")}
    if args.errors == "extraction":
        _errors(ext, False)
        return 0
    if args.errors == "stories":
        errors: list[str] = []
        story_dates(errors)
        print("\n".join(errors))
        return 0
    if args.errors == "dev":
        for docs in tml.values():
            _errors([d for d in docs if d.split == "dev"], True)
        return 0

    print("Date extraction quality (value P/R/F1; TP = span overlap + exact value)")
    print(f"{'dataset':<18} {'split':<5} {'docs':>4} {'gold':>5} | {'ours P':>6} {'R':>6} {'F1':>6} {'ign':>4} | {'dp P':>6} {'R':>6} {'F1':>6} {'ign':>4}")
    print("-" * 96)
    summary: list[str] = []
    heldout: list[str] = []
    if ext:
        o, d = _row("tests/extraction", "all", ext, False, with_dp)
        dd = Score()
        if with_dp:
            for doc in ext:
                dd = dd.add(score_doc(predictions(doc, "dateparser"), doc))
        print(f"{'':<18} distractors wrongly tagged: ours {o.distractors_hit}/{o.distractors}"
              + (f", dateparser {dd.distractors_hit}/{dd.distractors}" if with_dp else "")
              + f"; mod correct (ours) {o.mod_ok}/{o.mod_gold}")
        summary.append(f"tests/extraction: ours F1 {o.f1:.3f} (P {o.precision:.3f}, R {o.recall:.3f})"
                       + (f" vs dateparser F1 {d.f1:.3f}" if d else "")
                       + f"; distractors tagged {o.distractors_hit}/{o.distractors}; target F1>=0.95 & P>=0.97: "
                       + ("MET" if o.f1 >= 0.95 and o.precision >= 0.97 else "MISSED"))
    else:
        print(f"{'tests/extraction':<18} (no annotated articles yet)")
        summary.append("tests/extraction: no annotated articles yet")
    for name, docs in tml.items():
        if not docs:
            print(f"{name:<18} (corpus absent)")
            summary.append(f"{name}: corpus absent")
            continue
        res = {}
        for split in ("dev",) if args.no_heldout else ("dev", "held", "all"):
            sub = docs if split == "all" else [x for x in docs if x.split == split]
            res[split] = _row(name, split, sub, True, with_dp)
        if args.no_heldout:
            summary.append(f"{name}: ours value F1 dev {res['dev'][0].f1:.3f}")
            continue
        o, d = res["all"]
        summary.append(f"{name}: ours value F1 dev {res['dev'][0].f1:.3f}, all {o.f1:.3f}"
                       + (f" vs dateparser {d.f1:.3f}" if d else ""))
        # Held-out figures on lines of their own, as the other benches print them, so a dev SUMMARY can be
        # quoted or compared without them.
        heldout.append(f"{name}: ours value F1 held-out {res['held'][0].f1:.3f}; target >=0.85 (issue 9): "
                       + ("MET" if res["held"][0].f1 >= 0.85 else "MISSED"))
    print("-" * 96)
    if with_dp and any(tml.values()):
        print("Reference-protocol check (lenient: gold value may be a prefix of the predicted value; predictions")
        print("overlapping any TIME/DURATION/SET gold ignored) - the published ~0.48/~0.60 for raw dateparser:")
        for name, docs in tml.items():
            # Without the held-out halves, on the dev half only: "all" would hold them.
            docs = [x for x in docs if x.split == "dev"] if args.no_heldout else docs
            if docs:
                lo, ld = score_docs(docs, "ours", True, True), score_docs(docs, "dateparser", True, True)
                split = "dev" if args.no_heldout else "all"
                print(f"  {name:<16} {split}: ours F1 {lo.f1:.3f} | dateparser F1 {ld.f1:.3f} (P {ld.precision:.3f}, R {ld.recall:.3f})")
    print("ign = predictions ignored by the TimeML rule (inside a TIME gold whose value starts with the prediction)")
    print()
    columns = [("ours", ext, False)] if ext else []
    for name, docs in tml.items():
        for split in ("dev",) if args.no_heldout else ("dev", "held"):
            columns.append((f"{name[:2]} {split}", [x for x in docs if x.split == split], True))
    _breakdown(columns)
    print()
    summary.append(_story_report())
    if problems:
        print(f"gold problems ({len(problems)}):")
        for p in problems[:20]:
            print("  " + p)
    print()
    for line in summary:
        print("SUMMARY " + line)
    for line in heldout:
        print("HELDOUT " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
