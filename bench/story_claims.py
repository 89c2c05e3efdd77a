"""Speakers on the stories' articles: every claim mention of tests/stories/*/gold.yaml, found with its speaker?

The claim rules were tuned on the saved pages (bench/page_quality.py); the stories' articles were written for
merging and never read to write a speaker rule, so they measure whether the rules carry to text nobody tuned them
on. For each gold claim fact, each of its mentions (a source and the words as that source prints them) counts as
found when one of the source's extracted claims holds its words (as page_quality matches them) and its speaker
is the fact's speaker or their surname. A mention is quoted when its words stand in quotation marks in the
source, reported otherwise (paraphrase, translation without marks). Misses are broken down on page_quality's axes.

Actors too (issue 9's actor precision, on ~170 articles no actor rule was written from): each source's distinct
extracted actor names, each right when it is one of the story's gold names (every fact's `actors` and speakers) or
a gold person's surname (a gold name, speaker or actor, of a person's shape by the actors module's test, that the
story's articles also write by its last word alone). The gold lists each fact's main actors only, so the figure is
a lower bound: a true actor the gold left out counts as wrong, under "other" in the breakdown (page_quality's kinds);
the other kinds are read from the name and the text and hold whatever the gold left out.

Titles too (issue 9 item 3, on text no title rule was written from): each mention of a gold event fact, the source's
extracted event whose quote holds the mention's words (one with the mention's date first). The story gold gives each
fact a title, not keywords, so a title counts as near the gold when it passes page_quality's title checks and holds
at least half of the gold title's words that the mention's own words also hold (figures, and words of five letters or
more compared on their first characters, so that "opened" meets "opens"): a proxy for page_quality's "kept as is",
for comparing versions of the title rules, not a figure to set beside the pages'.

Usage: python -m bench.story_claims [-v] [--dir DIR]   (-v: every miss)
"""
from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

import yaml

from bench._gold import story_source_paths
from bench.page_quality import ACTOR_KINDS, QUOTE_AXES, _actors, _claim_event, _counted, _find, _loose, _quote_kinds, \
    _same_speaker, title_problem
from generator.extract.actors import looks_like_person
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


def _gold_actors(gold: dict[str, Any], texts: Iterable[str]) -> dict[str, list[str]]:
    """A story's gold actor names as page_quality's `actors` groups: the people (whose surname alone is right too)
    and the other names."""
    facts = gold.get("facts") or []
    speakers = {str(f["speaker"]) for f in facts if f.get("speaker")}
    names = {str(a) for f in facts for a in f.get("actors") or []} | speakers
    bodies = list(texts)
    # The gold labels no name a person. A shape alone made organisations and places people ("Orvane Air", "New York",
    # "AS Corvenne"), and a speaker a person though a description ("une employée de Ravel Marché"): their last word,
    # a piece of a longer name, then counted as a right surname. A person is a name of a person's shape by the actors
    # module's own test that the story's articles also call by its last word alone, as news calls people.
    people = {n for n in names if looks_like_person(n) and any(_named_alone(n, body) for body in bodies)}
    return {"people": sorted(people), "names": sorted(names - people)}


def _named_alone(name: str, text: str) -> bool:
    """Whether the text writes a name's last word without the words before it ("Delval" after "Marc Delval")."""
    *first, last = name.split()
    for match in re.finditer(rf"(?<![\w'’-]){re.escape(last)}(?![\w'’-])", text):
        if not re.search(rf"(?<![\w'’-]){re.escape(first[-1])}\s*$", text[max(0, match.start() - 60):match.start()]):
            return True
    return False


def score_story(folder: Path, root: Path, verbose: bool, kinds: dict[bool, Counter[str]],
                languages: Counter[tuple[str, bool, bool]], actors: list[int] | None = None,
                actor_kinds: Counter[str] | None = None, titles: list[int] | None = None) -> tuple[list[int], list[int]]:
    """One story's claim mentions: (found, total) for quoted ones and for reported ones; each source's actor names
    added to `actors` (right, found), the wrong ones' kinds to `actor_kinds`, its event mentions' titles near the
    gold's to `titles` (near, mentions)."""
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    paths = story_source_paths(folder, root, gold)
    site = Site(title="bench", language="fr")
    events: dict[str, list[dict[str, Any]]] = {}
    texts = {sid: _body(path) for sid, path in paths.items()}
    language: dict[str, str] = {}
    gold_actors = _gold_actors(gold, texts.values())
    for sid, path in paths.items():
        result = extract_file(path, site, [])
        events[sid] = [{"kind": c.kind, "speaker": c.speaker, "actors": c.actors, "sources": [{"quote": c.quote}],
                        "title": c.title, "date": c.date.iso()} for c in result.candidates + result.support]
        language[sid] = result.language
        notes: list[str] = []
        right, found = _actors(events[sid], {"actors": gold_actors, "page": {"language": result.language}}, notes,
                               text=texts[sid], kinds=actor_kinds)
        if actors is not None:
            actors[0], actors[1] = actors[0] + right, actors[1] + found
        if verbose and notes:
            print(f"  {folder.name}/{sid}: {notes[0]}")
    if titles is not None:
        near, total = _titles(folder.name, gold, events, language, verbose)
        titles[0], titles[1] = titles[0] + near, titles[1] + total
    quoted, reported = [0, 0], [0, 0]
    spent: set[int] = set()  # a claim that found a mention by its marked words only finds no other (_claim_event)
    for fact in gold.get("facts") or []:
        if fact.get("kind") != "claim":
            continue
        for mention in fact.get("mentions") or []:
            sid, words = mention["source"], str(mention["text"]).strip().strip("«»“”\"").strip()
            text = texts[sid]
            direct = _quoted(text, words)
            claim = {"speaker": fact["speaker"], "quote": words, "direct": direct}
            local = {"claims": [claim]}
            match = _claim_event(events[sid], claim, local, spent)
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


def _titles(story: str, gold: dict[str, Any], events: dict[str, list[dict[str, Any]]], language: dict[str, str],
            verbose: bool) -> tuple[int, int]:
    """A story's event mentions whose extracted title is near the gold title (see the module's docstring)."""
    near = total = 0
    for fact in gold.get("facts") or []:
        if fact.get("kind") != "event" or not fact.get("title"):
            continue
        for mention in fact.get("mentions") or []:
            sid, words = mention["source"], _loose(str(mention["text"]))
            total += 1
            found = [e for e in events[sid] if e["kind"] == "event" and any(
                words in _loose(str(s["quote"])) for s in e["sources"])]
            found.sort(key=lambda e: e["date"] != str(mention.get("date") or fact.get("date")))
            if not found:
                if verbose:
                    print(f"  {story}/{sid}: title: no event for {words[:60]!r}")
                continue
            title = str(found[0]["title"])
            problem = title_problem(title, str(found[0]["sources"][0]["quote"]), language[sid]) \
                or _far_from(title, str(fact["title"]), words)
            if problem is None:
                near += 1
            elif verbose:
                print(f"  {story}/{sid}: title not near ({problem}): {title!r} (gold {fact['title']!r})")
    return near, total


def _far_from(title: str, gold_title: str, mention: str) -> str | None:
    """Why a title is not near the gold title: it lacks more than half of the gold title's words that the mention
    holds too; None when it holds enough. Words match on their first characters (`_same_word`)."""
    def words(text: str) -> set[str]:  # figures and words of five letters or more: what a title is about
        return {w for w in re.findall(r"[^\W_][\w'’-]*", _loose(text)) if len(w) >= 5 or re.search(r"\d", w)}
    held, told = words(title), words(mention)
    wanted = sorted(w for w in words(gold_title) if any(_same_word(w, t) for t in told))
    missing = [w for w in wanted if not any(_same_word(w, h) for h in held)]
    return f"lacks {', '.join(missing)}" if wanted and len(missing) * 2 > len(wanted) else None


def _same_word(one: str, other: str) -> bool:
    """Two forms of a word: the same first characters, all but the shorter one's last and at most five ("opens" and
    "opened", "annulé" and "annulée", "1,400" and "1,400")."""
    if re.search(r"\d", one + other):
        return one == other  # figures are the same or not: "2020" is not "2021"
    size = min(len(one), len(other), 6) - 1
    return one == other or size >= 3 and one[:size] == other[:size]


def main(argv: list[str] | None = None) -> int:
    """Score every story's claim mentions and print the totals and the breakdown of misses."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--dir", type=Path, default=STORIES_DIR)
    args = parser.parse_args(argv)
    root = args.dir.resolve().parent.parent
    kinds: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    languages: Counter[tuple[str, bool, bool]] = Counter()
    quoted, reported, actors = [0, 0], [0, 0], [0, 0]
    actor_kinds: Counter[str] = Counter()
    titles = [0, 0]
    folders = sorted(p for p in args.dir.iterdir() if (p / "gold.yaml").is_file())
    for folder in folders:
        q, r = score_story(folder, root, args.verbose, kinds, languages, actors, actor_kinds, titles)
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
    share = actors[0] / actors[1] if actors[1] else 0.0
    print(f"STORIES actors: precision {share:.3f} ({actors[0]}/{actors[1]}), a lower bound (the gold names main actors "
          f"only); wrong {actors[1] - actors[0]}: {_counted(actor_kinds, ACTOR_KINDS)}")
    print(f"STORIES titles: event mentions whose title passes the checks and holds half the gold title's words "
          f"{titles[0]}/{titles[1]} (a proxy, see the docstring)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
