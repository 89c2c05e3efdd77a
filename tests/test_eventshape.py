"""Event files of the usual shape read without YAML (generator/eventshape.py) give the very event the YAML reader
gives, located the same; any other file is left to the YAML reader, which says what is wrong with it."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench._fuzz import EVENT, event_files
from bench.build import synthetic_events, write_claim_timeline_site
from generator.eventshape import read_usual
from generator.load import _parse_mapping_file, _read_event, load_event_file, parse_event_file

PATH = Path("content/events/an-event.yaml")
CHECKED = settings(max_examples=1000, deadline=None, database=None, derandomize=True,
                   suppress_health_check=[HealthCheck.too_slow])


def _by_yaml(text: str, path: Path = PATH):
    """The event and problems of the YAML reader alone."""
    doc = _parse_mapping_file(path, text, "an event")
    event = _read_event(doc)
    return event, doc.problems


def _marks(event) -> list[tuple[int, int]]:
    return [(ref._mark.line, ref._mark.column) for ref in event.sources]


def _same_as_yaml(text: str, path: Path = PATH) -> bool:
    """Whether the usual reader read the text (True) and agrees with YAML; False when it left it to YAML."""
    usual = read_usual(path, text)
    if usual is None:
        return False
    event, problems = _by_yaml(text, path)
    assert problems == [], text
    assert usual == event, text
    assert _marks(usual) == _marks(event), text
    return True


# Values people write, and the ones YAML reads otherwise than they look.
WORDS = ["Ada Martin", "Mayor's Office", "Ben & Jerry", "C++", "yes", "No", "~", "null", "123", "0x1F", "1_000",
         "2024-06", "a: b", "a #b", "a#b", "#b", "-x", "- x", "[x]", "{x}", "x,y", "*x", "&x", "!x", "|", ">",
         "'x'", '"x"', "it''s", "x:", "x :y", "  padded  ", "Élysée", "\u00a0nbsp", "a\\b", "%x", "@x", "`x`", "?x",
         ": x", "x: ", "x\ty", "über, straße", ""]
GOOD = ["Ada Martin", "Mayor's Office", "The vote, at last", "Ben & Jerry", "C++ and C#", "x:y", "50% more",
        "Élysée", "it's \"quoted\"", "a - b", "yes", "123"]
DATES = ["2024", "2024-06", "2024-06-03", "2024", "2024-06", "2024-06-03", "2024-06-03", "2024-Q2", "2025-W06", "199X", "2024-6", "0010", "010", "0x7E8", "2024.5", "2024-06", "2024-06-03", "2024-Q2", "2025-W06", "199X", "2024-6", "0010", "010", "0x7E8", "2024.5",
         "20_24", "1:30", "june", "2024-02-30", "", "~"]


@st.composite
def _scalar(draw, words: list[str] = WORDS, indent: int = 2) -> str:
    """One value as written: plain, single- or double-quoted, sometimes folded over two lines."""
    rare = draw(st.integers(0, 4)) == 0  # mostly values that read well, so that most files are read both ways
    pool = (GOOD if words is WORDS else words[:3]) if not rare else words
    word = draw(st.sampled_from(pool))
    style = draw(st.sampled_from(["plain"] * 6 + ["single", "double", "folded", "folded-quoted"]))
    if style == "single":
        return "'" + word.replace("'", "''") + "'"
    if style == "double":
        return '"' + word + '"'
    if style == "folded":
        return f"{word} and\n{' ' * draw(st.integers(0, indent + 2))}{draw(st.sampled_from(words))}"
    if style == "folded-quoted":
        return f"'{word} and\n{' ' * draw(st.integers(0, indent + 2))}more'"
    return word


@st.composite
def _list(draw, indent: int = 0) -> str:
    items = draw(st.lists(st.sampled_from(GOOD + WORDS[:8]), max_size=3))
    style = draw(st.sampled_from(["flow", "block", "indented", "one"]))
    if style == "flow":
        return "[" + ", ".join(items) + "]"
    if style == "one":
        return draw(_scalar())
    pad = " " * (2 if style == "indented" else 0)
    return "".join(f"\n{pad}- {draw(st.sampled_from([item, repr(item)]))}" for item in items)


@st.composite
def _sources(draw) -> str:
    pad = draw(st.sampled_from(["", "  "]))
    lines = []
    for _ in range(draw(st.sampled_from([0, 1, 1, 1, 2, 2, 3]))):
        if draw(st.integers(0, 5)) == 0:
            lines.append(f"{pad}- {draw(_scalar(['s-1', 'source-2', '', '~', 'a: b']))}")
            continue
        keys = ["source", *draw(st.lists(st.sampled_from(["quote", "date_text", "date_basis"] * 3 + ["source", "pending", "other"]), max_size=3,
                                                 unique=draw(st.integers(0, 9)) > 0))]
        values = {"source": ["s-1", "source-20", "s-1", "", "~"], "date_basis": ["text", "published", "published", "other"],
                  "pending": ["true", "false"]}
        body = [f"{key}: {draw(_scalar(values.get(key, WORDS), len(pad) + 2))}" for key in keys]
        lines.append(f"{pad}- " + f"\n{pad}  ".join(body))
    return "\n" + "\n".join(lines) if lines else draw(st.sampled_from(["", " []", " s-1", " [s-1, s-2]"]))


@st.composite
def _event_text(draw) -> str:
    """An event file with fields in any order, each often well written, sometimes not."""
    fields = {
        "title": lambda: " " + draw(_scalar()),
        "date": lambda: " " + draw(_scalar(DATES)),
        "kind": lambda: " " + draw(st.sampled_from(["event"] * 4 + ["claim", "other", '"claim"', "~"])),
        "speaker": lambda: " " + draw(_scalar()),
        "claim": lambda: " " + draw(_scalar()),
        "actors": lambda: draw(_list()),
        "tags": lambda: draw(_list()),
        "status": lambda: " " + draw(st.sampled_from(["reviewed", "extracted", "draft"])),
        "sources": lambda: draw(_sources()),
        "body": lambda: draw(st.sampled_from([
            " |\n  Some *notes*.\n", " |\n  one\n\n    two  \n  three\n\n", " |\n\n  late\n", " |-\n  x\n",
            " |\n x\n", " >\n  folded\n", " |\n  a\n   \n  b\n"])),
        "date_mod": lambda: " start",
        "unknown": lambda: " value",
    }
    common = [key for key in fields if key not in ("date_mod", "unknown")] * 4 + ["date_mod", "unknown"]
    keys = draw(st.lists(st.sampled_from(common), max_size=7, unique=False))
    if draw(st.integers(0, 9)):  # mostly a whole event: each field once, the required ones among them
        keys = list(dict.fromkeys(["title", "date", "sources", *keys]))
        keys = draw(st.permutations(keys)) if draw(st.booleans()) else keys
    lines = []
    for key in keys:
        value = fields[key]()
        if key in ("actors", "tags") and not value.startswith("\n"):
            value = " " + value
        lines.append(f"{key}:{value}")
        if draw(st.integers(0, 20)) == 0:
            lines.append(draw(st.sampled_from(["", "# a comment", "  ", "---"])))
    return "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n\n"]))


@CHECKED
@given(text=_event_text())
def test_what_the_usual_reader_reads_it_reads_as_yaml_does(text: str) -> None:
    _same_as_yaml(text)


@settings(max_examples=200, deadline=None, database=None, derandomize=True)
@given(text=event_files())
def test_mutated_event_files_read_as_yaml_reads_them(text: str) -> None:
    _same_as_yaml(text)


def test_the_usual_files_are_read_without_yaml(tmp_path: Path) -> None:
    """The files `extract`, the scaffold and the benchmark write are the usual shape: none goes through YAML."""
    write_claim_timeline_site(tmp_path, synthetic_events(60))
    written = sorted((tmp_path / "content" / "events").glob("*.yaml"))
    root = Path(__file__).resolve().parent.parent
    usual = [*written, *sorted((root / "generator" / "scaffold" / "content" / "events").glob("*.yaml"))]
    for path in usual:
        assert _same_as_yaml(path.read_text(encoding="utf-8"), path), path
    assert _same_as_yaml(EVENT)
    # The example site: folded quotes, block lists, a date_text; its one file with conflicts is YAML's to read.
    example = sorted((root / "content" / "events").glob("*.yaml"))
    read = [path.name for path in example if _same_as_yaml(path.read_text(encoding="utf-8"), path)]
    assert len(read) == len(example) - 1, read


def test_a_file_with_a_problem_keeps_its_located_message(tmp_path: Path) -> None:
    """The usual reader never speaks for a file with a problem: the YAML reader gives it, at its line and column."""
    path = tmp_path / "bad.yaml"
    path.write_text("title: A vote\ndate: \"2024-13\"\nsources:\n  - source: s-1\n", encoding="utf-8")
    assert read_usual(path, path.read_text(encoding="utf-8")) is None
    problems: list = []
    assert parse_event_file(path, problems) is not None
    assert [(p.line, p.column) for p in problems] == [(2, 7)]
    assert "2024 has no month 13" in problems[0].message
    path.write_text("title: A vote\ndate: 2024\nsources:\n  - source: nowhere\n", encoding="utf-8")
    event, problems = load_event_file(path, {"s-1"})
    assert event is not None and [(p.line, p.column, p.source_line) for p in problems] == [(4, 13, "  - source: nowhere")]
