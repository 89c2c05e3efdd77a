"""Merge quality: do mentions of one fact in several articles become one event, with the right date and conflicts?

Stories: tests/stories/<story>/ (sources and a hand-made gold.yaml, see tests/stories/README.md). For each story
the extractor runs on every source, then the merger groups the mentions (generator.extract.stories). A gold
mention is *found* when an extracted mention of the same source and kind quotes it (one text holds the other,
or they share most of their words; among a sentence's clauses the one with the gold's date words). A sentence's
second fact in a clause of its own (extraction's support) counts only when merging kept it, as `extract` writes it.

Scores, over all stories:
- pairwise merge precision / recall / F1 over pairs of found mentions from different sources: a gold pair is
  two mentions of one fact, a predicted pair two mentions the merger put in one event;
- mentions found: the share of gold mentions some extracted mention matches;
- merged dates right: for each gold fact told by at least two sources, the date of the event holding most of
  its found mentions equals the gold date;
- conflicts flagged: each gold conflict (source, date) is listed in that event's conflicts, or the event kept
  that date and lists the fact's date as the conflict (the disagreement is flagged; keeping the wrong side is
  counted by merged dates right);
- look-alikes apart: no event holds mentions of both facts of a look-alike pair.

Under each summary line, the pairs of the merge score broken down by kind (BREAKDOWN, or HELDOUT-BREAKDOWN; figures
only): for each kind of pair, the gold pairs merged (tp), the gold pairs missed (fn) and the wrong pairs made (fp),
so a low recall says where it is lost: languages (one-language, fr-en), dates as merging saw them (same-date: both
dated the same; overlap: both dated, one period holding or meeting the other; apart: both dated, disagreeing;
one-undated; both-undated), kind (event, claim, or mixed: an event and a claim), shape (alike; shorter: one tells
it in less than half the other's words; clause: one is a clause of a sentence told for another fact), periods (both
dated in words: equal; one holding the other, by the holder's length: in-week, in-month, in-longer, as "in
September" and "September 14"; overlap; slip: a day or two apart, a source's date a day off; far; undated). --errors tags
each pair
missed or wrongly made with its kinds ("NOT MERGED [fr-en apart event alike] …").

The gold pairs of found mentions not merged, by cause (NOT-MERGED, figures only; see CAUSES): a retelling clause;
dates judged incompatible (one side's date wrong: precision, anniversary, scope, misread; the sources disagree; an
undated mention's window; other); dates compatible but scored under the merge threshold; scored above it, but one
mention swallowed into another fact's event, or the two groups not joined. --errors adds the cause to each NOT
MERGED pair's kinds.

The gold conflicts not flagged, by cause (NOT-FLAGGED, figures only; see UNFLAGGED): a conflict is flagged only when
its two mentions merge, so each says where that was lost. --errors tags each CONFLICT NOT FLAGGED line with it.
Last, causes looked into: the not-joined pairs by why their events stayed apart (NOT-JOINED, see UNJOINED), the
disagreeing pairs by the first slip test that turned them down (DISAGREE, see UNSLIPPED), and the pairs held apart
because both events hold a sentence of one article by what those sentences tell (ARTICLE, see BLOCKERS: one fact
told twice, two facts, or a sentence of no gold fact), and the under-scored pairs by what their sentences share
(UNDER-SCORE, see SHARES: other actions, nothing, names only, words or figures).

Then the gold mentions not found, by kind (MISSED, or HELDOUT-MISSED; figures only, not found / gold): words (the
fact's kind, and whether the mention has date words of its own: event-undated is "Les voleurs sont entrés par une
fenêtre"), told (where its fact is told with date words: dated-here, by another mention in the same article;
dated-elsewhere, only by other articles; never-dated), proposed (no: extraction made no mention of it; dropped: it
did, as support, and merging kept it in no fact; taken: that mention stands for another gold mention). --errors tags
each miss with its kinds ("MISSED [event-undated dated-here no] …").

Two sets: the dev stories (tests/stories/, SUMMARY line) and the held-out ones (tests/heldout/stories/,
HELDOUT line, same fields), written by someone who did not tune the extractor and used only to measure:
--errors never lists held-out misses.

Usage: python -m bench.merge_quality [--set dev|heldout|both] [--stories DIR] [--errors]
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import yaml

from bench._gold import Score, story_source_paths

from generator.dates import TimelineDate
from generator.extract.pipeline import extract_file
from generator.extract.stories import (JOIN_REFUSALS, MERGE_SCORE, SLIP_REFUSALS, Mention, Story, Weights, _dice,
                                       _gap_days, _other_told_actions, _pair_score, compared_words, group, join_refusal,
                                       mention, mentions_by_source, prepare, slip_refusal)
from generator.model import Site

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Tally:
    """Counts summed over the stories; ``pairs`` scores the merge over pairs of mentions."""

    pairs: Score = field(default_factory=Score)
    mentions: int = 0
    found: int = 0
    dates: int = 0
    dates_right: int = 0
    conflicts: int = 0
    flagged: int = 0
    lookalikes: int = 0
    apart: int = 0
    errors: list[str] = field(default_factory=list)
    kinds: Counter = field(default_factory=Counter)  # (dimension, kind of pair, "tp" | "fn" | "fp") -> pairs
    gold_kinds: Counter = field(default_factory=Counter)  # (dimension, kind of gold mention) -> gold mentions
    missed: Counter = field(default_factory=Counter)  # (dimension, kind of gold mention) -> those not found
    causes: Counter = field(default_factory=Counter)  # why a gold pair of found mentions was not merged -> pairs
    unflagged: Counter = field(default_factory=Counter)  # why a gold conflict was not flagged -> conflicts
    # Why two groups were not joined (not-joined pairs) and which slip rule turned down a disagreeing pair -> pairs.
    unjoined: Counter = field(default_factory=Counter)
    unslipped: Counter = field(default_factory=Counter)
    blockers: Counter = field(default_factory=Counter)  # what the other sentence of a pair's "article" refusal tells
    shares: Counter = field(default_factory=Counter)  # what an under-scored pair's two sentences have in common

    def add(self, other: "Tally") -> None:
        """Sum another story's counts into this one."""
        self.pairs = self.pairs.add(other.pairs)
        for name in ("mentions", "found", "dates", "dates_right", "conflicts", "flagged", "lookalikes", "apart"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)
        self.kinds.update(other.kinds)
        self.gold_kinds.update(other.gold_kinds)
        self.missed.update(other.missed)
        self.causes.update(other.causes)
        self.unflagged.update(other.unflagged)
        self.unjoined.update(other.unjoined)
        self.unslipped.update(other.unslipped)
        self.blockers.update(other.blockers)
        self.shares.update(other.shares)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode("ascii")
    return " ".join(re.findall(r"\w+", text))


def _matches(gold_text: str, quote: str) -> float:
    """How well an extracted quote holds a gold mention's text (1: one holds the other)."""
    g, q = _fold(gold_text), _fold(quote)
    if not g or not q:
        return 0.0
    if g in q or q in g:
        return 1.0
    gw, qw = set(g.split()), set(q.split())
    return len(gw & qw) / min(len(gw), len(qw))


def _closeness(gold_text: str, quote: str) -> float:
    """How alike a gold mention's text and an extracted quote are as wholes (Dice of their words; 1: the same words)."""
    return _dice(frozenset(_fold(gold_text).split()), frozenset(_fold(quote).split()))


def _date_texts(gold: dict) -> list[str]:
    value = gold.get("date_text")
    return [value] if isinstance(value, str) else list(value or [])


def story_mentions(folder: Path, root: Path) -> tuple[dict, list[Mention]]:
    """One story's gold and the mentions extraction finds in its sources (named by the gold's source ids)."""
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    paths = story_source_paths(folder, root, gold)
    site = Site(title="bench", language=gold.get("language", "fr"))
    mentions = []
    for sid, path in sorted(paths.items()):
        result = extract_file(path, site, [])
        if result.failed or result.published is None:
            raise SystemExit(f"{path}: could not be extracted: {result.problems}")
        # The gold names sources by id; a moved file keeps its gold id.
        for c in result.candidates + result.support:
            c.source = sid
        mentions.extend(mention(c, result.published, result.language) for c in result.candidates + result.support)
    return gold, mentions


def score_story(folder: Path, root: Path) -> Tally:
    """Extract and merge one story's sources, and score the result against its gold."""
    gold, proposed = story_mentions(folder, root)
    refused: dict[tuple[int, int], str] = {}
    stories = group(proposed, refused)
    event_of = {id(m): i for i, s in enumerate(stories) for m in s.mentions}
    # What extraction writes: a supporting clause no other source's fact took is written nowhere, found nowhere.
    mentions = [m for m in proposed if id(m) in event_of]
    tally = Tally()
    facts = {f["id"]: f for f in gold["facts"]}
    golds = [(fact, n, g) for fact in gold["facts"] for n, g in enumerate(fact["mentions"])]
    tally.mentions = len(golds)
    found = _find(golds, mentions)  # (fact id, mention index) -> extracted mention
    offered = _find(golds, proposed)  # the same, among all extraction proposed before merging dropped support
    tally.found = len(found)
    for fact, n, g in golds:
        kinds = mention_kinds(fact, g)
        tally.gold_kinds.update(kinds)
        if (fact["id"], n) not in found:
            m = offered.get((fact["id"], n))
            kinds.append(("proposed", "no" if m is None else "dropped" if id(m) not in event_of else "taken"))
            tally.missed.update(kinds)
            tag = "[" + " ".join(kind for _, kind in kinds) + "]"
            tally.errors.append(f"{folder.name}: MISSED {tag} {fact['id']} in {g['source']}: {g['text'][:80]!r}")
    keys = sorted(found)
    pairs = [m for m in proposed if not m.candidate.retelling]
    weights = prepare(pairs)  # the signals merging last compared (dates as merging gave them)
    by_source = mentions_by_source(pairs)
    told_in = _facts_by_event(found, event_of)
    cause = _causes(golds, facts, told_in, event_of, weights, by_source)
    fact_of = {id(m): key[0] for key, m in found.items()}
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            ma, mb = found[a], found[b]
            if ma.source == mb.source:
                continue
            same_fact = a[0] == b[0]
            merged = event_of[id(ma)] == event_of[id(mb)]
            if not (same_fact or merged):
                continue
            kinds = pair_kinds(ma, mb)
            tally.kinds.update((dimension, kind, "tp" if same_fact and merged else "fp" if merged else "fn")
                               for dimension, kind in kinds)
            # The pair's kinds, as the breakdown counts it: "[fr-en apart event alike]".
            tag = "[" + " ".join(kind for _, kind in kinds) + "]"
            if same_fact and merged:
                tally.pairs.tp += 1
            elif merged:
                tally.pairs.fp += 1
                tally.errors.append(f"{folder.name}: WRONGLY MERGED {tag} {a[0]} ({ma.source}) with {b[0]} ({mb.source})")
            else:
                tally.pairs.fn += 1
                why = cause(a, ma, b, mb)
                tally.causes[why] += 1
                if why == "not-joined":
                    first, second = stories[event_of[id(ma)]], stories[event_of[id(mb)]]
                    unjoined = _unjoined(first, second, weights, refused.get((id(ma), id(mb))))
                    tally.unjoined[unjoined] += 1
                    if unjoined == "article":
                        blocker = _blocker(first, second, fact_of)
                        tally.blockers[blocker] += 1
                        why = f"{why} {blocker}"
                elif why == "disagree":
                    tally.unslipped[_unslipped(ma, mb, weights, by_source)] += 1
                elif why == "under-score":
                    shared = _shared(ma, mb)
                    tally.shares[shared] += 1
                    why = f"{why} {shared}"
                tally.errors.append(f"{folder.name}: NOT MERGED {tag[:-1]} {why}] {a[0]}: {ma.source} "
                                    f"{ma.candidate.quote[:50]!r} / {mb.source} {mb.candidate.quote[:50]!r}")
    for fact_id, fact in facts.items():
        held = [found[k] for k in keys if k[0] == fact_id]
        if not held:
            continue
        index = Counter(event_of[id(m)] for m in held).most_common(1)[0][0]
        event = stories[index]
        if len({g["source"] for g in fact["mentions"]}) >= 2:
            tally.dates += 1
            if _same_date(event, fact):
                tally.dates_right += 1
            else:
                tally.errors.append(f"{folder.name}: DATE {fact_id}: {event.date.iso()} instead of {fact['date']}")
        for conflict in fact.get("conflicts") or []:
            tally.conflicts += 1
            want = TimelineDate.parse(conflict["date"]).iso()
            if any(c["source"] == conflict["source"] and c["date"].iso() == want for c in event.conflicts) or (
                    event.date.iso() == want and any(_same_date_value(c["date"], fact) for c in event.conflicts)):
                # Flagged either way round: the event kept the disagreeing date and lists the fact's own (the wrong
                # side kept counts against merged_dates_right, not here: a reviewer sees the disagreement).
                tally.flagged += 1
            else:
                why = _unflagged(conflict, fact_id, keys, found, told_in, event_of, index, weights, by_source)
                tally.unflagged[why] += 1
                tally.errors.append(f"{folder.name}: CONFLICT NOT FLAGGED [{why}] {fact_id}: {conflict}")
    for pair in gold.get("lookalikes") or []:
        tally.lookalikes += 1
        a, b = pair["facts"]
        events_a = {event_of[id(found[k])] for k in keys if k[0] == a}
        events_b = {event_of[id(found[k])] for k in keys if k[0] == b}
        if events_a & events_b:
            tally.errors.append(f"{folder.name}: LOOK-ALIKES MERGED {a} / {b}")
        else:
            tally.apart += 1
    return tally


DIMENSIONS = {
    "language": ("one-language", "fr-en"),
    "dates": ("same-date", "overlap", "apart", "one-undated", "both-undated"),
    "kind": ("event", "claim", "mixed"),
    "shape": ("alike", "shorter", "clause"),
    "periods": ("equal", "in-week", "in-month", "in-longer", "overlap", "slip", "far", "undated"),
}
# A slip: two dates a few days apart (a day, or days around a week), what a source a day off gives (a conflict).
SLIP_DAYS = 2


def pair_kinds(a: Mention, b: Mention) -> list[tuple[str, str]]:
    """The kinds of a pair of mentions, one per dimension of DIMENSIONS (dates as merging saw them)."""
    ca, cb = a.candidate, b.candidate
    language = "one-language" if a.language.split("-")[0] == b.language.split("-")[0] else "fr-en"
    dated = (ca.date_basis == "text") + (cb.date_basis == "text")
    periods = _periods(ca.date, cb.date) if dated == 2 else "undated"
    if dated < 2:
        dates = "one-undated" if dated else "both-undated"
    else:  # the periods' kind, coarser: equal, sharing a day, or not
        dates = {"equal": "same-date", "slip": "apart", "far": "apart"}.get(periods, "overlap")
    length_a, length_b = len(_fold(ca.quote).split()), len(_fold(cb.quote).split())
    if ca.support or cb.support or ca.retelling or cb.retelling:
        shape = "clause"
    else:
        shape = "shorter" if 2 * min(length_a, length_b) < max(length_a, length_b) else "alike"
    kind = ca.kind if ca.kind == cb.kind else "mixed"  # an event and a claim: neither mention's kind alone
    return [("language", language), ("dates", dates), ("kind", kind), ("shape", shape),
            ("periods", periods)]


# The kinds of a gold mention, to say which mentions are not found: its fact's kind and whether the mention has date
# words of its own (event-undated: "Les voleurs sont entrés par une fenêtre"); where its fact is told with date words
# (here: another mention in the same article; elsewhere: only in other articles; never); and, for a mention not found,
# whether extraction proposed it (no; dropped: proposed as support, and merging kept it in no fact; taken: what it
# proposed stands for another gold mention).
MISSED_DIMENSIONS = {
    "words": ("event-dated", "event-undated", "claim-dated", "claim-undated"),
    "told": ("dated-here", "dated-elsewhere", "never-dated"),
    "proposed": ("no", "dropped", "taken"),
}


def mention_kinds(fact: dict, gold: dict) -> list[tuple[str, str]]:
    """The kinds of a gold mention of ``fact``, one per dimension of MISSED_DIMENSIONS but "proposed"."""
    others = [g for g in fact["mentions"] if g is not gold and _date_texts(g)]
    told = ("dated-here" if any(g["source"] == gold["source"] for g in others)
            else "dated-elsewhere" if others else "never-dated")
    words = f"{fact['kind']}-{'dated' if _date_texts(gold) else 'undated'}"
    return [("words", words), ("told", told)]


# Why a gold pair of found mentions was not merged (--errors tags each NOT MERGED pair with it): a retelling clause
# (attached by rules of its own, never scored as a pair); dates merging judged incompatible (their periods share no
# day), because one side's date shares no day with its gold date (at another precision; the right day of another
# year, an anniversary; read from other date words of its sentence, another fact's, a scope; or the gold's own date
# words misread), the sources disagree (their gold dates differ: a conflict), or a mention without date words whose
# window (the weeks before its publication) misses the other's date; dates compatible, but the pair scored under the
# merge threshold; or scored above it, yet one mention was swallowed into an event of another fact, or the two groups
# could not join (an article's other fact of the day, or their average link too low).
CAUSES = ("retelling", "precision", "anniversary", "scope", "misread", "disagree", "window", "apart-other",
          "under-score", "swallowed", "not-joined")


def _facts_by_event(found: dict[tuple[str, int], Mention], event_of: dict[int, int]) -> dict[int, Counter[str]]:
    """Each event's found gold mentions counted by fact, in the order ``found`` lists them (ties go to the first)."""
    told_in: dict[int, Counter[str]] = {}
    for key, m in found.items():
        told_in.setdefault(event_of[id(m)], Counter())[key[0]] += 1
    return told_in


def _swallowed(m: Mention, fact_id: str, told_in: dict[int, Counter[str]], event_of: dict[int, int]) -> bool:
    """Whether the fact most told by the found mentions of a mention's event (ties: the first) is not its own."""
    return told_in[event_of[id(m)]].most_common(1)[0][0] != fact_id


def _causes(golds: list[tuple[dict, int, dict]], facts: dict[str, dict], told_in: dict[int, Counter[str]],
            event_of: dict[int, int], weights: Weights, by_source: dict[str, list[Mention]]
            ) -> Callable[[tuple[str, int], Mention, tuple[str, int], Mention], str]:
    """A function telling why a gold pair of found mentions of one fact stayed apart (one of CAUSES)."""
    gold_of = {(fact["id"], n): g for fact, n, g in golds}

    def gold_date(key: tuple[str, int]) -> TimelineDate:
        g = gold_of[key]
        return TimelineDate.parse(g["date"] if g.get("date") and _date_texts(g) else facts[key[0]]["date"])

    def misdated(key: tuple[str, int], m: Mention) -> str | None:
        """How a mention's date words were read wrong, if they were (its date shares no day with its gold date)."""
        want = gold_date(key)
        if m.candidate.date_basis != "text" or _overlaps(m, want):
            return None
        own = m.candidate.date
        if own.precision != want.precision:
            return "precision"  # "in March" read as a day of April, a week for a day
        if (own.first_day().month, own.first_day().day) == (want.first_day().month, want.first_day().day):
            return "anniversary"  # the right day of another year
        said, words = _fold(m.candidate.date_text or ""), [_fold(t) for t in _date_texts(gold_of[key])]
        if not any(said in w or w in said for w in words):
            return "scope"  # date words the gold does not date its fact by: another fact's of the sentence
        return "misread"  # the gold's own date words, resolved to another day

    def cause(a: tuple[str, int], ma: Mention, b: tuple[str, int], mb: Mention) -> str:
        if ma.candidate.retelling or mb.candidate.retelling:
            return "retelling"
        if _gap_days(ma, mb) > 0:
            wrong = misdated(a, ma) or misdated(b, mb)
            if wrong:
                return wrong
            da, db = gold_date(a), gold_date(b)
            if da.last_day() < db.first_day() or db.last_day() < da.first_day():
                return "disagree"
            if "published" in (ma.candidate.date_basis, mb.candidate.date_basis):
                return "window"
            return "apart-other"
        if _pair_score(ma, mb, weights, by_source) < MERGE_SCORE:
            return "under-score"
        # Scored to merge: was either mention taken by an event most of whose found mentions tell another fact?
        if _swallowed(ma, a[0], told_in, event_of) or _swallowed(mb, b[0], told_in, event_of):
            return "swallowed"
        return "not-joined"

    return cause


# Why a gold conflict was not flagged (--errors tags each CONFLICT NOT FLAGGED line, NOT-FLAGGED counts them): the
# disagreeing source's mention of the fact not found; no other source's mention of the fact found; merged with a
# telling of the fact, in another event than the one holding most of the fact's mentions (which the figure reads);
# its best pair with the fact's other tellings scored under the merge threshold; or above it, yet the mention was
# swallowed into another fact's event, or its group and the fact's were not joined.
UNFLAGGED = ("not-found", "alone", "other-event", "under-score", "swallowed", "not-joined")


def _unflagged(conflict: dict, fact_id: str, keys: list[tuple[str, int]], found: dict[tuple[str, int], Mention],
               told_in: dict[int, Counter[str]], event_of: dict[int, int], event: int, weights: Weights,
               by_source: dict[str, list[Mention]]) -> str:
    """Why a gold conflict of a fact was not flagged (one of UNFLAGGED); ``event``: the fact's event as scored."""
    told = [(k, found[k]) for k in keys if k[0] == fact_id]
    disagreeing = [m for _, m in told if m.source == conflict["source"]]
    others = [m for _, m in told if m.source != conflict["source"]]
    if not disagreeing:
        return "not-found"
    if not others:
        return "alone"
    if any(event_of[id(m)] == event_of[id(o)] != event for m in disagreeing for o in others):
        return "other-event"
    if max(_pair_score(m, o, weights, by_source) for m in disagreeing for o in others) < MERGE_SCORE:
        return "under-score"
    if any(_swallowed(m, fact_id, told_in, event_of) for m in disagreeing):
        return "swallowed"
    return "not-joined"


# Why two events that a pair of one fact's mentions scored to merge stayed apart, as merging's own rule gave it when
# it refused to join the pair's groups as they stood then (stories.group's ``refused``): their dates lay too far
# apart; each held another sentence of one article (a sentence of another fact, or of none, took that article's
# place in one of them); one held words said after the other's article was out; "torn": one telling's period (a month)
# holds the other's and another fact's of that period it tells nearly as well (stories.WIDE_MARGIN); or none of these,
# and their average link fell under LINK_SCORE. A pair never put to the rule is read on the two final events
# (stories.join_refusal).
UNJOINED = (*JOIN_REFUSALS, "torn", "average")


def _unjoined(a: Story, b: Story, weights: Weights, refusal: str | None = None) -> str:
    """Why two events holding a gold pair scored to merge were not joined (one of UNJOINED): ``refusal``, what
    merging recorded when it refused the pair, else the final events' reading."""
    return refusal or join_refusal(a.mentions, b.mentions, weights) or "average"


# What the two sentences of an under-scored gold pair share: two known actions told where their dates are, none in
# common (the score is held under the threshold whatever else they share); no word (their stems, across languages),
# name or figure; names only; words or figures. Where most share nothing, better weights cannot join them: only the
# dates or a bilingual resource.
SHARES = ("other-action", "nothing", "names-only", "words")


def _shared(a: Mention, b: Mention) -> str:
    """What an under-scored pair's sentences have in common (one of SHARES)."""
    if _other_told_actions(a, b, sure=True):
        return "other-action"
    words_a, words_b = compared_words(a, b)
    if words_a & words_b or a.numbers & b.numbers:
        return "words"
    return "names-only" if a.names & b.names else "nothing"


# What held two events of one fact apart when merging refused them for sharing an article, read on the final events:
# that article's sentences in the two are one fact's (it tells the fact twice, lead and body: the one-sentence-per-
# article rule cost the pair), or two facts' (the rule kept the right sentence out, and the pair's own mention is
# in the wrong event), or one of them tells no fact the gold lists (a sentence of no fact took the article's place);
# "then": the final events share no article (the groups as they stood when the join was refused did).
BLOCKERS = ("retold", "other-fact", "unlisted", "then")


def _blocker(a: Story, b: Story, fact_of: dict[int, str]) -> str:
    """What the sentences of one article in both events tell (one of BLOCKERS): the worst case of their pairs."""
    found: set[str] = set()
    for x in a.mentions:
        for y in b.mentions:
            if x.source == y.source:
                fx, fy = fact_of.get(id(x)), fact_of.get(id(y))
                found.add("unlisted" if fx is None or fy is None else "retold" if fx == fy else "other-fact")
    return next((kind for kind in ("other-fact", "unlisted", "retold") if kind in found), "then")


# Which test of the slip rules (stories.slip_refusal, the rule's own code) turned down a gold pair whose sources
# disagree on the date (the "disagree" cause: a conflict that was to be flagged): two kinds (an event, a claim); one
# of them not dated in words; dated at two precisions ("in March", "March 14") or at one no slip is read at; the same
# day or more days apart than a slip; a day of the pair named in the other's sentence; other people or other figures;
# nothing shared besides the date (across languages, a translation); each article telling another fact of that kind
# on the other's day; or none of these (a slip passed, the pair was outscored).
UNSLIPPED = (*SLIP_REFUSALS, "passed")


def _unslipped(a: Mention, b: Mention, weights: Weights, by_source: dict[str, list[Mention]]) -> str:
    """The first test of the slip rules a disagreeing gold pair failed (one of UNSLIPPED)."""
    return slip_refusal(a, b, by_source, weights) or "passed"


def _periods(a: TimelineDate, b: TimelineDate) -> str:
    """How two dates given in words relate: equal; one holding the other, by the holder's length (a week, a month,
    longer: a season, a quarter, a year); overlapping otherwise; a slip of SLIP_DAYS at most; or far apart."""
    if a == b:
        return "equal"
    (first_a, last_a), (first_b, last_b) = (a.first_day(), a.last_day()), (b.first_day(), b.last_day())
    if first_a <= last_b and first_b <= last_a:
        holder = (a if first_a <= first_b and last_b <= last_a else b if first_b <= first_a and last_a <= last_b
                  else None)
        if holder is None:
            return "overlap"
        days = (holder.last_day() - holder.first_day()).days + 1
        return "in-week" if days <= 7 else "in-month" if days <= 31 else "in-longer"
    gap = min(abs((first_a - last_b).days), abs((first_b - last_a).days))
    return "slip" if gap <= SLIP_DAYS else "far"


def breakdown(label: str, total: Tally) -> str:
    """The lines of the pairs' breakdown by kind: tp / fn / fp and the recall of each kind."""
    lines = []
    for dimension, kinds in DIMENSIONS.items():
        cells = []
        for kind in kinds:
            tp, fn, fp = (total.kinds[(dimension, kind, o)] for o in ("tp", "fn", "fp"))
            recall = f"{tp / (tp + fn):.2f}" if tp + fn else "-"
            cells.append(f"{kind} {tp}/{fn}/{fp} R={recall}")
        lines.append(f"{label}-BREAKDOWN {dimension:<8} (tp/fn/fp) " + " | ".join(cells))
    lines.append(_counted(f"{label}-NOT-MERGED cause    (fn/all fn)", total.causes, CAUSES))
    lines.append(_counted(f"{label}-NOT-FLAGGED cause   (conflicts/all not flagged)", total.unflagged, UNFLAGGED))
    for dimension, kinds in MISSED_DIMENSIONS.items():
        cells = [f"{kind} {total.missed[(dimension, kind)]}" + (
            f"/{total.gold_kinds[(dimension, kind)]}" if dimension != "proposed" else "")
            for kind in kinds]
        lines.append(f"{label}-MISSED {dimension:<8} (not found/gold) " + " | ".join(cells))
    lines.append(_counted(f"{label}-NOT-JOINED why     (pairs/not-joined)", total.unjoined, UNJOINED))
    lines.append(_counted(f"{label}-DISAGREE slip test (pairs/disagree)", total.unslipped, UNSLIPPED))
    lines.append(_counted(f"{label}-ARTICLE blocker    (pairs/article)", total.blockers, BLOCKERS))
    lines.append(_counted(f"{label}-UNDER-SCORE shares (pairs/under-score)", total.shares, SHARES))
    return "\n".join(lines)


def _counted(head: str, counts: Counter, names: tuple[str, ...]) -> str:
    """A line of counts by cause, each over their sum ("under-score 3/14")."""
    total = sum(counts.values())
    return f"{head} " + " | ".join(f"{name} {counts[name]}/{total}" for name in names)


def _overlaps(m: object, date: TimelineDate) -> bool:
    """Whether an extracted mention's date and a gold date share a day."""
    own = m.candidate.date
    return own.first_day() <= date.last_day() and date.first_day() <= own.last_day()


def _find(golds: list[tuple[dict, int, dict]], mentions: list) -> dict[tuple[str, int], object]:
    """Each gold mention's extracted mention: same source and kind, the text held; each extracted mention
    serves one gold mention, those whose date agrees first (one clause cannot stand for two facts), then the
    closest in words (a sentence's quote stands for the gold of that sentence, not for a clause of it another fact
    quotes: "one holds the other" scores both alike, and the fact id used to decide)."""
    options = []
    for fact, n, g in golds:
        gold_date = TimelineDate.parse(g["date"]) if g.get("date") and _date_texts(g) else None
        words = [_fold(t) for t in _date_texts(g)]
        for index, m in enumerate(mentions):
            if m.source != g["source"] or m.candidate.kind != fact["kind"]:
                continue
            text = _matches(g["text"], m.candidate.quote)
            if text < 0.6:
                continue
            said = _fold(m.candidate.date_text or "")
            agrees = gold_date is None or _overlaps(m, gold_date)
            alike = bool(said) and any(said in w or w in said for w in words)
            close = _closeness(g["text"], m.candidate.quote)
            options.append(((not agrees, -text, not alike, -close, index), (fact["id"], n), index))
    found: dict[tuple[str, int], object] = {}
    used: set[int] = set()
    for _, key, index in sorted(options):
        if key not in found and index not in used:
            found[key] = mentions[index]
            used.add(index)
    return found


def _same_date_value(date: TimelineDate, fact: dict) -> bool:
    """Whether a date is the gold fact's date."""
    return date.iso() == TimelineDate.parse(fact["date"]).iso()


def _same_date(event: Story, fact: dict) -> bool:
    """Whether the merged event's date is the gold date (date_mod too, when the gold gives one)."""
    want = TimelineDate.parse(fact["date"], (fact.get("date_mod") or "").lower() or None)
    return event.date.iso() == want.iso() and (not fact.get("date_mod") or event.date.mod == want.mod)


SETS = {"dev": REPO / "tests" / "stories", "heldout": REPO / "tests" / "heldout" / "stories"}


def main(argv: list[str] | None = None) -> int:
    """Score the dev stories (one line each, then SUMMARY) and the held-out ones (then HELDOUT), or one folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=Path, help="score only the stories in this folder (SUMMARY line)")
    parser.add_argument("--set", choices=("dev", "heldout", "both"), default="both",
                        help="dev: tests/stories; heldout: tests/heldout/stories (HELDOUT line); default both")
    parser.add_argument("--errors", action="store_true",
                        help="list every miss and wrong merge (dev stories only: held-out data is for measuring)")
    args = parser.parse_args(argv)
    if args.stories is not None:
        return _report(args.stories, "SUMMARY", args.errors)
    code = 0
    if args.set in ("dev", "both"):
        code |= _report(SETS["dev"], "SUMMARY", args.errors)
    if args.set == "both":
        print()
    if args.set in ("heldout", "both"):
        code |= _report(SETS["heldout"], "HELDOUT", False)
    return code


def summary(label: str, total: Tally, count: int) -> str:
    """The summary line of ``count`` stories' summed counts."""
    found = total.found / total.mentions if total.mentions else 1.0
    dates = total.dates_right / total.dates if total.dates else 1.0
    return (f"{label} stories={count} merge_precision={total.pairs.precision:.3f} "
            f"merge_recall={total.pairs.recall:.3f} merge_f1={total.pairs.f1:.3f} mentions_found={found:.1%} "
            f"({total.found}/{total.mentions}) merged_dates_right={dates:.1%} ({total.dates_right}/{total.dates}) "
            f"conflicts_flagged={total.flagged}/{total.conflicts} lookalikes_apart={total.apart}/{total.lookalikes}")


def _report(stories: Path, label: str, errors: bool) -> int:
    """Score every story with a gold.yaml in a folder; print one line each, then the summary line under label."""
    folders = sorted(p for p in stories.iterdir() if (p / "gold.yaml").is_file()) if stories.is_dir() else []
    if not folders:
        print(f"no story with a gold.yaml in {stories}")
        return 1
    total = Tally()
    print(f"{'story':<24} {'P':>6} {'R':>6} {'F1':>6} {'found':>9} {'dates':>7} {'confl':>6} {'apart':>6}")
    for folder in folders:
        # A gold's `sources:` paths are from the repository root, wherever its folder is.
        tally = score_story(folder, REPO)
        total.add(tally)
        print(f"{folder.name:<24} {tally.pairs.precision:6.3f} {tally.pairs.recall:6.3f} {tally.pairs.f1:6.3f} "
              f"{tally.found:>4}/{tally.mentions:<4} {tally.dates_right:>3}/{tally.dates:<3} "
              f"{tally.flagged:>2}/{tally.conflicts:<3} {tally.apart:>2}/{tally.lookalikes:<3}")
    if errors:
        print("\n".join(total.errors))
    print(summary(label, total, len(folders)))
    print(breakdown(label, total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
