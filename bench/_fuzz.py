"""Property-based fuzzing of every input a user or a web page gives (issue #8): shared by tests/test_fuzz.py and bench.fuzz.

Strategies make random and mutated event files, source files (front matter and article text) and HTML
pages; ``Fuzzer`` writes one into a scratch site and runs the real commands in-process
(``generator.cli.main``). An outcome is ``ok`` (exit 0) or ``located`` (exit 1 with ``path:line:column:``
messages or one ``error: ...``); anything else (an exception, another exit code, a traceback printed,
an unlocated failure, a run over its time limit) is a crash, kept with the input that made it.
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import signal
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import strategies as st

from generator.cli import main
from generator.scaffold import init_site

LOCATED = re.compile(r"^\S+:\d+:\d+: ", re.MULTILINE)
TIME_LIMIT_S = 20  # one command on one small file: far above any honest run, so only a hang reaches it

EVENT = """title: The council votes to rebuild the bridge
date: "2024-03-05"
kind: event
actors: [Riverside Council]
tags: [transport]
status: reviewed
sources:
  - source: riverside-bridge
    quote: "The council voted on Tuesday to rebuild it."
    date_text: "on Tuesday"
body: |
  A *note* with [a link](https://example.org/).
"""
SOURCE = """---
title: Riverside bridge to be rebuilt
published: 2024-03-08
language: en
url: https://example.org/news/bridge
publisher: The Courier
---
The council voted on Tuesday to rebuild it. Work is due to start in June 2025, the mayor said.

"We will not wait another winter," said Ana Lopez on 3 March 2024.
"""
HTML = """<!doctype html><html lang="en"><head><title>Bridge to be rebuilt</title>
<meta property="article:published_time" content="2024-03-08"></head>
<body><nav>Home | News</nav><article><h1>Bridge to be rebuilt</h1>
<p>The council voted on Tuesday to rebuild the old bridge over the river, after a long debate.</p>
<p>Work is due to start in June 2025, the mayor said at a press conference on Friday.</p></article></body></html>
"""

# Pieces that reach the parsers' corners: YAML syntax, dates, Markdown, HTML, control and odd characters.
_TOKENS = [
    ":", ": ", "- ", "\n", "\n  ", "  ", "'", '"', "[", "]", "{", "}", "&a", "*a", "!!python/object", "!!binary",
    "|", ">", "#", "---", "...", "~", "null", "yes", "2024-13-45", "2024-02-30", "2024-W53", "2024-Q5", "199X",
    "9999-12-31", "0000", "-1", "1e309", "nan", "{start: 2019, end: 2018}", "date_mod: mid", "status: reviewed",
    "kind: claim", "sources: []", "source: nowhere", "\t", "\r", "\x00", "\x1b[31m", "\u202e", "\ufeff", "é", "日本",
    "<script>alert(1)</script>", "javascript:alert(1)", "](javascript:x)", "**", "`", "&amp;", "%", "\\",
    "title:", "published:", "language: xx", "language: fr", "url: ", "en 2015", "le 3 mars", "mardi dernier",
]


def mutated(base: str) -> st.SearchStrategy[str]:
    """``base`` with a few random edits: pieces inserted, spans deleted or repeated, lines swapped."""
    edit = st.tuples(st.sampled_from(["insert", "delete", "repeat", "swap", "replace"]),
                     st.integers(0, len(base)), st.integers(0, 40),
                     st.one_of(st.sampled_from(_TOKENS), st.text(max_size=12)))

    def apply(edits: list[tuple[str, int, int, str]]) -> str:
        text = base
        for kind, at, size, piece in edits:
            at = min(at, len(text))
            if kind == "insert":
                text = text[:at] + piece + text[at:]
            elif kind == "delete":
                text = text[:at] + text[at + size:]
            elif kind == "repeat":
                text = text[:at] + text[at:at + size] * 3 + text[at:]
            elif kind == "replace":
                text = text[:at] + piece + text[at + size:]
            else:
                lines = text.split("\n")
                i, j = at % len(lines), (at + size) % len(lines)
                lines[i], lines[j] = lines[j], lines[i]
                text = "\n".join(lines)
        return text

    return st.lists(edit, min_size=1, max_size=6).map(apply)


def random_text() -> st.SearchStrategy[str]:
    """Text made of the tokens above and random characters."""
    return st.lists(st.one_of(st.sampled_from(_TOKENS), st.text(max_size=8)), max_size=40).map("".join)


def event_files() -> st.SearchStrategy[str]:
    """Random and mutated event YAML."""
    return st.one_of(mutated(EVENT), random_text())


def source_files() -> st.SearchStrategy[str]:
    """Mutated source files (front matter and text), and valid front matter over random article text."""
    head = SOURCE.split("---\n", 2)
    return st.one_of(mutated(SOURCE), random_text().map(lambda body: f"---{head[1]}---\n{body}"))


def html_pages() -> st.SearchStrategy[str]:
    """Mutated HTML pages, and random tags around random text."""
    tag = st.sampled_from(["p", "div", "article", "h1", "script", "title", "meta", "time", "nav", "a", "br", "html"])
    pieces = st.lists(st.one_of(tag.map(lambda t: f"<{t}>"), tag.map(lambda t: f"</{t}>"), random_text()),
                      max_size=30).map("".join)
    return st.one_of(mutated(HTML), pieces)


@dataclass
class Outcome:
    """What one command did with one input."""

    kind: str  # ok | located | crash
    command: str
    detail: str = ""


@dataclass
class Fuzzer:
    """A scratch site the inputs are planted in, and the count of outcomes."""

    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="claim-timeline-fuzz-")))
    counts: dict[str, int] = field(default_factory=dict)
    crashes: list[tuple[Outcome, str]] = field(default_factory=list)
    inputs: int = 0

    def __post_init__(self) -> None:
        self.site = self.root / "site"
        init_site(self.site)
        self.pristine = self.root / "pristine"
        shutil.copytree(self.site / "content", self.pristine)

    def close(self) -> None:
        """Remove the scratch folder."""
        shutil.rmtree(self.root, ignore_errors=True)

    def _reset(self) -> None:
        content = self.site / "content"
        shutil.rmtree(content)
        shutil.copytree(self.pristine, content)

    def event(self, text: str) -> list[Outcome]:
        """An event file through check and build."""
        self._reset()
        (self.site / "content/events/fuzzed.yaml").write_bytes(text.encode("utf-8", "surrogatepass"))
        return self._all(text, ["check"], ["build"])

    def source(self, text: str) -> list[Outcome]:
        """A source file through check, extract and build (with the drafts extraction wrote)."""
        self._reset()
        (self.site / "content/sources/fuzzed.md").write_bytes(text.encode("utf-8", "surrogatepass"))
        return self._all(text, ["check"], ["extract", "--jobs", "1"], ["build", "--drafts"])

    def page(self, html: str) -> list[Outcome]:
        """An HTML page through add (metadata from the page, then given on the command line) and extract."""
        self._reset()
        page = self.root / "page.html"
        page.write_bytes(html.encode("utf-8", "surrogatepass"))
        return self._all(html, ["add", str(page)],
                         ["add", str(page), "--id", "given", "--title", "A title", "--published", "2024-03-08",
                          "--lang", "en"],
                         ["extract", "--jobs", "1"])

    def _all(self, text: str, *commands: list[str]) -> list[Outcome]:
        self.inputs += 1
        outcomes = [self.run(args) for args in commands]
        for outcome in outcomes:
            self.counts[outcome.kind] = self.counts.get(outcome.kind, 0) + 1
            if outcome.kind == "crash":
                self.crashes.append((outcome, text))
        return outcomes

    def run(self, args: list[str]) -> Outcome:
        """One command in-process, its outcome classified; bounded by an alarm."""
        out, err = io.StringIO(), io.StringIO()
        command = " ".join(args[:1])

        def too_long(*_: object) -> None:
            raise TimeoutError(f"{command} ran over {TIME_LIMIT_S} s")

        previous = signal.signal(signal.SIGALRM, too_long)
        signal.alarm(TIME_LIMIT_S)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(["--site", str(self.site), *args])
        except BaseException as exc:  # noqa: BLE001 - any escape is the crash being looked for
            return Outcome("crash", command, f"{type(exc).__name__}: {exc}"[:500])
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
        text = err.getvalue() + out.getvalue()
        if "Traceback" in text:
            return Outcome("crash", command, text[-500:])
        if code == 0:
            return Outcome("ok", command)
        lines = [line for line in err.getvalue().splitlines() if line.strip()]
        if code == 1 and (LOCATED.search(err.getvalue()) or (lines and lines[0].startswith("error: "))):
            return Outcome("located", command)
        return Outcome("crash", command, f"exit {code}: {err.getvalue()[-500:]}")
