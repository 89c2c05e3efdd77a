"""Date-tagging speed: our tag_dates vs raw dateparser.search_dates on the same chunks.

Text: the bodies of tests/extraction/articles/*.md plus, when
../shared/corpus exists, the scraped page and every document text of the two
TimeML jsonl corpora; the chunk list is repeated until it holds >= 200 KB.
Each chunk (one article or one corpus document) is passed to both systems
with its own published date and language.  Both are warmed up on the whole
set once, then timed over REPEATS runs; medians and the ratio are printed.

Usage: python -m bench.extraction_speed [--repeats N] [--min-kb N]
"""
from __future__ import annotations

import argparse
import datetime as _dt
import statistics
import sys
import time

from bench._gold import RAW_SETTINGS, load_extraction, load_timeml

Chunk = tuple[str, _dt.date, str]


def build_chunks(min_bytes: int) -> tuple[list[Chunk], str]:
    """Chunks of >= min_bytes of text, and a description of where they come from."""
    base: list[Chunk] = []
    parts: list[str] = []
    ext = load_extraction()
    if ext:
        base += [(d.text, d.published, d.language) for d in ext]
        parts.append(f"{len(ext)} tests/extraction bodies")
    for name in ("fr-timebank", "meantime-en"):
        docs = load_timeml(name)
        if docs:
            base += [(d.text, d.published, d.language) for d in docs]
            parts.append(f"{len(docs)} {name} docs")
    if not base:
        raise SystemExit("no text found: neither tests/extraction nor ../shared/corpus")
    unit = sum(len(t.encode()) for t, _, _ in base)
    reps = -(-min_bytes // unit)
    return base * reps, f"{' + '.join(parts)} ({unit / 1024:.0f} KB) x {reps}"


def run_ours(chunks: list[Chunk]) -> int:
    """Tag every chunk with our tagger; number of mentions."""
    from generator.extract.temporal import tag_dates

    return sum(len(tag_dates(t, p, lang)) for t, p, lang in chunks)


def run_dateparser(chunks: list[Chunk]) -> int:
    """Raw search_dates on every chunk; number of hits."""
    from dateparser.search import search_dates

    n = 0
    for t, p, lang in chunks:
        base = _dt.datetime(p.year, p.month, p.day)
        n += len(search_dates(t, languages=[lang], settings={**RAW_SETTINGS, "RELATIVE_BASE": base}) or [])
    return n


def main(argv: list[str] | None = None) -> int:
    """Print medians of both systems over the same chunks and the speed ratio."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--min-kb", type=int, default=200)
    args = ap.parse_args(argv)
    chunks, desc = build_chunks(args.min_kb * 1024)
    size = sum(len(t.encode()) for t, _, _ in chunks)
    print(f"text: {desc} = {size / 1024:.0f} KB in {len(chunks)} chunks (one article/document each)")
    n_ours, n_dp = run_ours(chunks), run_dateparser(chunks)  # warm-up: imports, regex and dateparser caches
    times: dict[str, list[float]] = {"ours": [], "dateparser": []}
    for _ in range(args.repeats):
        for name, fn in (("ours", run_ours), ("dateparser", run_dateparser)):
            t0 = time.perf_counter()
            fn(chunks)
            times[name].append(time.perf_counter() - t0)
    mo, md = statistics.median(times["ours"]), statistics.median(times["dateparser"])
    print(f"{'system':<12} {'median s':>9} {'KB/s':>9} {'mentions':>9}   runs")
    print(f"{'ours':<12} {mo:>9.3f} {size / 1024 / mo:>9.0f} {n_ours:>9}   " + " ".join(f"{t:.3f}" for t in times["ours"]))
    print(f"{'dateparser':<12} {md:>9.3f} {size / 1024 / md:>9.0f} {n_dp:>9}   " + " ".join(f"{t:.3f}" for t in times["dateparser"]))
    ratio = md / mo if mo else float("inf")
    print(f"SUMMARY speed: ours {ratio:.1f}x faster than raw dateparser ({mo:.3f} s vs {md:.3f} s median over "
          f"{args.repeats} runs, {size / 1024:.0f} KB); target >= 2x: {'MET' if ratio >= 2 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
