"""The merge bench's breakdowns: pairs by kind, gold mentions not found by kind (bench/merge_quality.py)."""
from __future__ import annotations

import datetime as dt

from bench.merge_quality import DIMENSIONS, pair_kinds
from generator.extract.events import extract_events
from generator.extract.stories import Mention
from generator.model import Source

PUB = dt.date(2025, 4, 3)


def _mention(text: str, kind: str) -> Mention:
    """The first candidate of ``kind`` a one-sentence English article gives, as merging sees it."""
    found = extract_events(Source(id="art", title="Title", published=PUB, language="en", text=text), [])
    return Mention(next(c for c in found if c.kind == kind), PUB, "en")


def test_a_pair_of_an_event_and_a_claim_is_mixed_whichever_comes_first():
    event = _mention("The council closed the Harwick library on Monday.", "event")
    claim = _mention('"We had no choice," said Janet Morris, the council leader.', "claim")
    assert [dict(pair_kinds(*pair))["kind"] for pair in ((event, claim), (claim, event))] == ["mixed", "mixed"]
    assert dict(pair_kinds(event, event))["kind"] == "event" and dict(pair_kinds(claim, claim))["kind"] == "claim"
    assert "mixed" in DIMENSIONS["kind"]


def test_the_periods_of_a_pair_say_which_date_holds_the_other() -> None:
    from bench.merge_quality import DIMENSIONS, _periods
    from generator.dates import TimelineDate

    def kind(a: object, b: object) -> str:
        return _periods(TimelineDate.parse(a), TimelineDate.parse(b))

    assert kind("2026-09-14", "2026-09-14") == "equal"
    assert kind("2026-09", "2026-09-14") == kind("2026-09-14", "2026-09") == "in-month"  # "in September", "Sept 14"
    assert kind("2027-W18", "2027-05-06") == "in-week"  # Monday 3 to Sunday 9 May 2027
    assert kind("2019", "2019-03-03") == kind("2019-SU", "2019-07-14") == "in-longer"
    assert kind({"start": "2024-03-10", "end": "2024-03-12"}, {"start": "2024-03-12", "end": "2024-03-14"}) == "overlap"
    assert kind("2024-03-13", "2024-03-14") == kind("2024-03-12", "2024-03-14") == "slip"  # a source a day off
    assert kind("2024-03-14", "2024-03-20") == kind("2024-03", "2024-05") == "far"
    assert set(DIMENSIONS["periods"]) >= {"equal", "in-week", "in-month", "in-longer", "slip", "far", "undated"}


def test_a_mention_not_found_is_counted_by_its_words_where_its_fact_is_dated_and_what_extraction_proposed(
        tmp_path) -> None:
    from bench.merge_quality import MISSED_DIMENSIONS, breakdown, score_story

    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.md").write_text(
        "---\ntitle: Paintings stolen from the Harwick museum\npublished: 2026-04-14\nlanguage: en\n---\n"
        "Two paintings were stolen from the Harwick museum on Sunday night. "
        "The thieves came in through a window on the first floor.\n", encoding="utf-8")
    (tmp_path / "sources" / "b.md").write_text(
        "---\ntitle: Vol au musée de Harwick\npublished: 2026-04-15\nlanguage: fr\n---\n"
        "Deux tableaux ont été volés au musée de Harwick dans la nuit de dimanche à lundi, a indiqué la police.\n",
        encoding="utf-8")
    (tmp_path / "gold.yaml").write_text("""\
story: a theft told by two articles, one of them with a detail and no date words
facts:
  - id: vol
    kind: event
    date: "2026-04-12"
    title: Two paintings stolen from the Harwick museum
    first: a
    mentions:
      - {source: a, text: "Two paintings were stolen from the Harwick museum on Sunday night.",
         date_text: "on Sunday night", date: "2026-04-12"}
      - {source: a, text: "The thieves came in through a window on the first floor.", date: "2026-04-14",
         date_basis: published}
      - {source: b, text: "Deux tableaux ont été volés au musée de Harwick dans la nuit de dimanche à lundi",
         date_text: "dans la nuit de dimanche à lundi", date: "2026-04-12"}
""", encoding="utf-8")
    tally = score_story(tmp_path, tmp_path)
    # The two dated tellings are found and merged; the detail has no date words nor action, so no mention is made
    # of it. Each dated telling's fact is dated only by the other article; the detail's, in its own article too.
    assert (tally.found, tally.mentions, tally.pairs.tp) == (2, 3, 1)
    assert tally.gold_kinds == {("words", "event-dated"): 2, ("words", "event-undated"): 1,
                                ("told", "dated-elsewhere"): 2, ("told", "dated-here"): 1}
    assert tally.missed == {("words", "event-undated"): 1, ("told", "dated-here"): 1, ("proposed", "no"): 1}
    assert [e for e in tally.errors if "MISSED" in e] == [
        f"{tmp_path.name}: MISSED [event-undated dated-here no] vol in a: "
        "'The thieves came in through a window on the first floor.'"]
    lines = breakdown("SUMMARY", tally).splitlines()
    assert "SUMMARY-MISSED words    (not found/gold) event-dated 0/2 | event-undated 1/1 | claim-dated 0/0" in lines[7]
    proposed = next(x for x in lines if "-MISSED proposed" in x)
    assert proposed.endswith("no 1 | dropped 0 | taken 0") and set(MISSED_DIMENSIONS) == {"words", "told", "proposed"}


def _closure_story(folder, story: str, published: str, text: str, date_text: str, gold_date: str,
                   conflict: str) -> None:
    """Two English articles telling the library's closure of March 3: a on that day, b (published and told as
    given) on another, which the gold lists as a conflict."""
    (folder / "sources").mkdir()
    for name, (day, words) in {"a": ("2026-03-04", "The council closed the Harwick library on March 3."),
                               "b": (published, text)}.items():
        (folder / "sources" / f"{name}.md").write_text(
            f"---\ntitle: Harwick library\npublished: {day}\nlanguage: en\n---\n{words}\n", encoding="utf-8")
    (folder / "gold.yaml").write_text(f"""\
story: {story}
facts:
  - id: closure
    kind: event
    date: "2026-03-03"
    title: The council closes the Harwick library
    first: a
    mentions:
      - {{source: a, text: "The council closed the Harwick library on March 3.", date_text: "on March 3",
         date: "2026-03-03"}}
      - {{source: b, text: "{text}", date_text: "{date_text}", date: {gold_date}}}
    conflicts:
      - {{source: b, date: "{conflict}", date_text: "{date_text}"}}
""", encoding="utf-8")


def test_a_pair_not_merged_is_counted_by_why_it_stayed_apart(tmp_path) -> None:
    from bench.merge_quality import CAUSES, breakdown, score_story

    _closure_story(tmp_path, "one closure that two articles date a month apart (b is wrong, a conflict)", "2026-04-10",
                   "The council closed the Harwick library on April 2.", "on April 2",
                   '{start: "2026-04-01", end: "2026-04-02"}', "2026-04-02")
    tally = score_story(tmp_path, tmp_path)
    # Both dates are read as their articles write them (b's gold date a span holding its day), 30 days apart: merging
    # judges them two facts, and the gold says the sources disagree (a conflict), not that a date was read wrong.
    assert (tally.found, tally.pairs.tp, tally.pairs.fn) == (2, 0, 1)
    assert tally.causes == {"disagree": 1}
    assert [e.split(" closure:")[0] for e in tally.errors if "NOT MERGED" in e] == [
        f"{tmp_path.name}: NOT MERGED [one-language apart event alike far disagree]"]
    line = next(x for x in breakdown("SUMMARY", tally).splitlines() if "NOT-MERGED" in x)
    assert "misread 0/1 | disagree 1/1 | window 0/1" in line and set(CAUSES) >= {"under-score", "swallowed"}
    # Which slip test turned it down: two days a month apart are more than a slip.
    assert tally.unslipped == {"gap": 1} and not tally.unjoined
    line = next(x for x in breakdown("SUMMARY", tally).splitlines() if "DISAGREE" in x)
    assert "precision 0/1 | gap 1/1 | named-day 0/1" in line


def test_a_conflict_not_flagged_is_counted_by_why(tmp_path) -> None:
    from bench.merge_quality import UNFLAGGED, breakdown, score_story

    _closure_story(tmp_path, "one closure that b dates a day later in other words", "2026-03-05",
                   "Readers were turned away from the shuttered reading rooms on March 4.", "on March 4",
                   '"2026-03-04"', "2026-03-04")
    tally = score_story(tmp_path, tmp_path)
    # The two tellings share no word a day apart: their pair scores under the merge threshold, so the conflict
    # it would flag is not flagged, and the line says why.
    assert (tally.found, tally.conflicts, tally.flagged) == (2, 1, 0)
    assert tally.unflagged == {"under-score": 1}
    assert [e.split(" closure:")[0] for e in tally.errors if "CONFLICT NOT FLAGGED" in e] == [
        f"{tmp_path.name}: CONFLICT NOT FLAGGED [under-score]"]
    line = next(x for x in breakdown("SUMMARY", tally).splitlines() if "NOT-FLAGGED" in x)
    assert "not-found 0/1 | alone 0/1 | other-event 0/1 | under-score 1/1" in line and len(UNFLAGGED) == 6
    # A day apart is a slip, but the two sentences share nothing besides their dates.
    assert tally.causes == {"disagree": 1} and tally.unslipped == {"no-content": 1}


def _told(source: str, language: str, quote: str, date: str, actors: tuple[str, ...] = (), position: int = 0,
          published: dt.date = dt.date(2024, 3, 20)) -> Mention:
    """A mention dated in words, as merging reads it."""
    from generator.dates import TimelineDate
    from generator.extract.events import Candidate
    from generator.extract.stories import mention

    candidate = Candidate(id=f"{source}-{position}", source=source, title="t", date=TimelineDate.parse(date),
                          kind="event", quote=quote, date_basis="text", date_text="", actors=list(actors),
                          position=position)
    return mention(candidate, published, language)


def test_the_slip_breakdown_reads_the_slip_rule_itself() -> None:
    # Review 29: the bench's copy of the rule lacked the translation's shared-name exception and called a pair the
    # rule reads as a slip "no-content". It now asks the rule, so "passed" is exactly what the rule joins.
    from bench.merge_quality import _unslipped
    from generator.extract.stories import _slip_refusal, mentions_by_source, slip_refusal, Weights

    weights = Weights(idf={})
    french = _told("a", "fr", "Mardi, Pellacot a franchi le col.", "2024-03-12", ("Pellacot",))
    english = _told("b", "en", "On Wednesday Pellacot got over the pass.", "2024-03-13", ("Pellacot",))
    by_source = mentions_by_source([french, english])
    assert _slip_refusal(french, english, by_source, weights) is None  # a lone slip, not only a wide one
    assert slip_refusal(french, english, by_source, weights) is None
    assert _unslipped(french, english, weights, by_source) == "passed"
    # The same day is no slip (a disagreement of dates, the cause counted, needs two days).
    same_day = _told("c", "en", "On Tuesday Pellacot got over the pass.", "2024-03-12", ("Pellacot",))
    by_source = mentions_by_source([french, same_day])
    assert _unslipped(french, same_day, weights, by_source) == "gap"


def test_the_join_breakdown_reads_the_join_rule_itself() -> None:
    # Review 29: the bench called any two events holding one article "article", though one sentence's two clauses
    # of one date may join; it now asks the rule merging uses.
    from bench.merge_quality import _unjoined
    from generator.extract.stories import _story, Weights

    weights = Weights(idf={})
    clause = _told("a", "en", "The Tolvern ferry was cancelled on 14 March", "2024-03-14", position=40)
    other_clause = _told("a", "en", "the harbour closed on 14 March", "2024-03-14", position=40)
    assert _unjoined(_story([clause]), _story([other_clause]), weights) == "average"
    next_sentence = _told("a", "en", "The harbour reopened on 14 March.", "2024-03-14", position=90)
    assert _unjoined(_story([clause]), _story([next_sentence]), weights) == "article"
    later = _told("b", "en", "The harbour reopened on 20 May.", "2024-05-20")
    assert _unjoined(_story([clause]), _story([later]), weights) == "far"


def _storm() -> tuple[Mention, Mention, Mention]:
    """Article a's harbour closure and power cut of one day, told in one sentence by article b."""
    harbour = _told("a", "en", "Storm Ysolde closed the Tolvern harbour on 14 March.", "2024-03-14", ("Tolvern",), 0)
    power = _told("a", "en", "Storm Ysolde cut power to 300 Tolvern homes on 14 March.", "2024-03-14", ("Tolvern",),
                  100)
    both = _told("b", "en", "Storm Ysolde closed the Tolvern harbour on 14 March and cut power to 300 homes.",
                 "2024-03-14", ("Tolvern",), 0)
    return harbour, power, both


def test_merging_records_why_it_refused_a_join_as_the_groups_stood_then() -> None:
    # Review 29: the bench judged the final events; merging now says why it refused the pair's groups when it did.
    from bench.merge_quality import _unjoined
    from generator.extract.stories import group, Weights

    harbour, power, both = _storm()
    refused: dict[tuple[int, int], str] = {}
    stories = group([harbour, power, both], refused)
    # The other article's sentence joined the power cut; the harbour, told apart by that article, could not follow.
    assert [[m.candidate.id for m in s.mentions] for s in stories] == [["a-0"], ["a-100", "b-0"]]
    assert refused[(id(harbour), id(both))] == refused[(id(both), id(harbour))] == "article"
    assert _unjoined(stories[0], stories[1], Weights(idf={}), refused[(id(harbour), id(both))]) == "article"


def test_an_article_refusal_is_counted_by_what_the_article_s_other_sentence_tells() -> None:
    # Issue 10: "one sentence per article per event" kept pairs apart; whether it was right depends on what the
    # sentence that took the article's place tells: the same fact again (lead and body), another fact, or none.
    from bench.merge_quality import BLOCKERS, _blocker
    from generator.extract.stories import group

    harbour, power, both = _storm()
    alone, joined = group([harbour, power, both])
    assert [m.candidate.id for m in joined.mentions] == ["a-100", "b-0"]
    told = {id(harbour): "harbour", id(both): "harbour"}
    assert _blocker(alone, joined, {**told, id(power): "power"}) == "other-fact"
    assert _blocker(alone, joined, {**told, id(power): "harbour"}) == "retold"
    assert _blocker(alone, joined, told) == "unlisted"
    elsewhere = _told("c", "en", "Storm Ysolde closed the Tolvern harbour on 14 March.", "2024-03-14", ("Tolvern",))
    lone, = group([elsewhere])
    assert _blocker(alone, lone, told) == "then" and BLOCKERS[-1] == "then"


def test_an_under_scored_pair_is_counted_by_what_its_sentences_share() -> None:
    # Issue 10: "under-score" is the largest cause of missed pairs; whether better weights could join them depends
    # on whether the two sentences share anything a score can read.
    from bench.merge_quality import SHARES, _shared

    closed = _told("a", "en", "The Harwick library closed on March 3.", "2026-03-03")
    assert _shared(closed, _told("b", "en", "The Harwick library reopened on March 3.", "2026-03-03")) == "other-action"
    assert _shared(closed, _told("b", "en", "On Tuesday the Harwick library was shut.", "2026-03-03")) == "words"
    english = _told("d", "en", "On Tuesday Pellacot got over the pass.", "2024-03-12", ("Pellacot",))
    assert _shared(_told("c", "fr", "Mardi, Pellacot a franchi le col.", "2024-03-12", ("Pellacot",)),
                   english) == "names-only"
    assert _shared(_told("c", "fr", "Mardi, il a franchi le col.", "2024-03-12"), english) == "nothing"
    assert SHARES == ("other-action", "nothing", "names-only", "words")
