"""Longer property-based fuzzing run (issue #8): how many inputs were fuzzed and what became of them.

Random and mutated event files (check, build), sources (check, extract, build --drafts) and HTML pages
(add twice, extract), as in tests/test_fuzz.py but with many more examples. Every crash is printed with
the input that caused it; the exit status is 1 when there was one.

Usage: python -m bench.fuzz [--examples N] [--seed N]
"""
from __future__ import annotations

import argparse
import time

from hypothesis import HealthCheck, given, seed, settings

from bench._fuzz import Fuzzer, event_files, html_pages, source_files


def _returning_none(fuzz):  # type: ignore[no-untyped-def]
    """The fuzzing method as hypothesis wants a test: one argument, no value returned."""
    def test(text: str) -> None:
        fuzz(text)
    return test


def main(argv: list[str] | None = None) -> int:
    """Fuzz each kind of input ``--examples`` times; print the counts and every crash."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--examples", type=int, default=300, help="inputs per kind (event, source, page)")
    ap.add_argument("--seed", type=int, default=8)
    args = ap.parse_args(argv)
    fuzzer = Fuzzer()
    run = settings(max_examples=args.examples, deadline=None, database=None,
                   suppress_health_check=list(HealthCheck))
    start = time.perf_counter()
    try:
        for name, strategy, method in (("event files", event_files(), fuzzer.event),
                                       ("sources", source_files(), fuzzer.source),
                                       ("HTML pages", html_pages(), fuzzer.page)):
            before = fuzzer.inputs
            seed(args.seed)(run(given(strategy)(_returning_none(method))))()
            print(f"{name:<12} {fuzzer.inputs - before:>6} inputs fuzzed")
    finally:
        fuzzer.close()
    runs = sum(fuzzer.counts.values())
    print(f"inputs fuzzed: {fuzzer.inputs}; command runs: {runs} "
          f"(ok {fuzzer.counts.get('ok', 0)}, located error {fuzzer.counts.get('located', 0)}, "
          f"crash {fuzzer.counts.get('crash', 0)}) in {time.perf_counter() - start:.0f} s")
    for outcome, text in fuzzer.crashes[:20]:
        print(f"--- crash in {outcome.command}: {outcome.detail}\n{text[:400]!r}")
    return 1 if fuzzer.crashes else 0


if __name__ == "__main__":
    raise SystemExit(main())
