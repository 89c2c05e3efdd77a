"""Speakers on the stories' articles: every claim mention of tests/stories/*/gold.yaml, found with its speaker?

The claim rules were tuned on the saved pages (bench/page_quality.py); the stories' articles were written for
merging and never read to write a speaker rule, so they measure whether the rules carry to text nobody tuned them
on. For each gold claim fact, each of its mentions (a source and the words as that source prints them) counts as
found when one of the source's extracted claims holds its words (as page_quality matches them) and its speaker
is the fact's speaker or their surname. A mention is quoted when its words stand in quotation marks in the
source, reported otherwise (paraphrase, translation without marks). Misses are broken down on page_quality's axes.

Usage: python -m bench.story_claims [-v] [--dir DIR]   (-v: every miss)
"""
from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from bench.page_quality import QUOTE_AXES, _claim_event, _find, _quote_kinds, _same_speaker
from generator.extract.pipeline import extract_file
from generator.model import Site

STORIES_DIR = Path(__file__).resolve().parent.parent / "tests" / "stories"
_OPENING_MARKS = "«“\"‘"


def _body(path: Path) -> str:
    """A source's text after its front matter."""
    text = path.read_text(encoding="utf-8")
    return text.split("\n---\n", 1)[1].lstrip("\n") if text.startswith("---\n") else text


def _quoted(text: str, words: str) -> bool:
    """Whether the words stand in quotation marks in the text (a mark right before them, or opening them)."""
    place = _find(text, words)
    if place is None:
        return words.lstrip()[:1] in _OPENING_MARKS
    # French sets a no-break space (U+00A0, U+202F) inside « »: the mark is still right before the words.
    return text[: place[0]].rstrip(" *_\u00a0\u202f")[-1:] in _OPENING_MARKS or words.lstrip()[:1] in _OPENING_MARKS


def score_story(folder: Path, root: Path, verbose: bool, kinds: dict[bool, Counter[str]],
                languages: Counter[tuple[str, bool, bool]]) -> tuple[list[int], list[int]]:
    """One story's claim mentions: (found, total) for quoted ones and for reported ones."""
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    paths = {sid: root / rel for sid, rel in (gold.get("sources") or {}).items()}
    for path in sorted((folder / "sources").glob("*.md")):
        paths.setdefault(path.stem, path)
    site = Site(title="bench", language="fr")
    events: dict[str, list[dict[str, Any]]] = {}
    texts: dict[str, str] = {}
    language: dict[str, str] = {}
    for sid, path in paths.items():
        result = extract_file(path, site, [])
        events[sid] = [{"kind": c.kind, "speaker": c.speaker, "sources": [{"quote": c.quote}]}
                       for c in result.candidates + result.support]
        texts[sid], language[sid] = _body(path), result.language
    quoted, reported = [0, 0], [0, 0]
    for fact in gold.get("facts") or []:
        if fact.get("kind") != "claim":
            continue
        for mention in fact.get("mentions") or []:
            sid, words = mention["source"], str(mention["text"]).strip().strip("«»“”\"").strip()
            text = texts[sid]
            direct = _quoted(text, words)
            claim = {"speaker": fact["speaker"], "quote": words, "direct": direct}
            local = {"claims": [claim]}
            match = _claim_event(events[sid], claim, local)
            tally = quoted if direct else reported
            tally[1] += 1
            ok = match is not None and _same_speaker(str(match.get("speaker") or ""), str(fact["speaker"]), local)
            languages[(language[sid], direct, ok)] += 1
            if ok:
                tally[0] += 1
                continue
            missed = _quote_kinds(text, claim, local, match)
            kinds[direct].update(missed)
            if verbose:
                said = f" (found, speaker {match.get('speaker')!r})" if match is not None else ""
                print(f"  {folder.name}/{sid}: {'quoted' if direct else 'reported'} missed{said}: {fact['speaker']}: "
                      f"{words[:70]!r} [{', '.join(missed)}]")
    return quoted, reported


def main(argv: list[str] | None = None) -> int:
    """Score every story's claim mentions and print the totals and the breakdown of misses."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--dir", type=Path, default=STORIES_DIR)
    args = parser.parse_args(argv)
    root = args.dir.resolve().parent.parent
    kinds: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    languages: Counter[tuple[str, bool, bool]] = Counter()
    quoted, reported = [0, 0], [0, 0]
    folders = sorted(p for p in args.dir.iterdir() if (p / "gold.yaml").is_file())
    for folder in folders:
        q, r = score_story(folder, root, args.verbose, kinds, languages)
        quoted = [quoted[0] + q[0], quoted[1] + q[1]]
        reported = [reported[0] + r[0], reported[1] + r[1]]
    print(f"STORIES claims: {len(folders)} stories; quoted mentions found with their speaker {quoted[0]}/{quoted[1]}; "
          f"reported {reported[0]}/{reported[1]}")
    for direct, label in ((True, "quoted"), (False, "reported")):
        counts = kinds[direct]
        axes = [", ".join(f"{k} {counts[k]}" for k in keys if counts[k]) for keys in QUOTE_AXES.values()]
        print(f"STORIES breakdown: {label} missed {sum(counts[k] for k in QUOTE_AXES['outcome'])}: "
              + " | ".join(a for a in axes if a))
    for code in sorted({k[0] for k in languages}):
        q = (languages[(code, True, True)], languages[(code, True, True)] + languages[(code, True, False)])
        r = (languages[(code, False, True)], languages[(code, False, True)] + languages[(code, False, False)])
        print(f"STORIES by language: {code}: quoted {q[0]}/{q[1]}, reported {r[0]}/{r[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
