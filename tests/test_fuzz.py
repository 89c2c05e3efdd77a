"""Property-based fuzzing (issue #8): random and mutated event files, sources and HTML pages through check, build,
add and extract end in success or a located error, never a traceback, in bounded time.

A bounded number of examples here (a fixed seed, so a run is repeatable); `python -m bench.fuzz` runs many more.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from bench._fuzz import EVENT, Fuzzer, event_files, html_pages, source_files

BOUNDED = settings(max_examples=30, deadline=None, database=None, derandomize=True,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def fuzzer():
    running = Fuzzer()
    yield running
    running.close()


def _no_crash(outcomes) -> None:
    crashes = [o for o in outcomes if o.kind == "crash"]
    assert not crashes, crashes


@BOUNDED
@given(text=event_files())
def test_event_files_give_success_or_a_located_error(fuzzer, text):
    _no_crash(fuzzer.event(text))


@BOUNDED
@given(text=source_files())
def test_sources_give_success_or_a_located_error(fuzzer, text):
    _no_crash(fuzzer.source(text))


@BOUNDED
@given(html=html_pages())
def test_html_pages_give_success_or_a_located_error(fuzzer, html):
    _no_crash(fuzzer.page(html))


def test_the_classifier_tells_a_crash_from_a_located_error(fuzzer):
    """The harness itself can fail: a traceback or an unlocated exit is a crash, a located message is not."""
    broken = fuzzer.event("title: [unclosed\n")
    assert [o.kind for o in broken] == ["located", "located"]
    assert fuzzer.run(["no-such-command"]).kind == "crash"  # argparse's exit 2 is no located error
    assert [o.kind for o in fuzzer.event(EVENT)] == ["ok", "ok"]
