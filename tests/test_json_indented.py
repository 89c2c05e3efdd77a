"""The event pages' JSON-LD is written by timeline.dumps_indented: the very text json.dumps gives."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.timeline import Recurring, dumps_indented

# Every kind of value JSON-LD may hold, and strings with what escaping must handle (quotes, backslashes,
# control characters, lone surrogates, non-ASCII letters), nested a few levels.
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text())
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4), st.tuples(inner, inner),
                                                        st.dictionaries(st.text(), inner, max_size=4)), max_leaves=20)


@settings(max_examples=300, deadline=None)  # a loaded machine pauses a run for longer than the default 200 ms
@given(values)
def test_dumps_indented_writes_what_json_dumps_writes(value: object) -> None:
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=1)


def test_dumps_indented_by_hand() -> None:
    value = {"@type": "Event", "about": [{"name": "Élysée \"&\" Co\n"}], "empty": [], "none": {}, "n": 3, "ok": True}
    assert dumps_indented(value) == (
        '{\n "@type": "Event",\n "about": [\n  {\n   "name": "Élysée \\"&\\" Co\\n"\n  }\n ],\n'
        ' "empty": [],\n "none": {},\n "n": 3,\n "ok": true\n}')


def test_dumps_indented_leaves_other_keys_and_types_to_json() -> None:
    assert dumps_indented({1: [1.5, float("inf")]}) == json.dumps({1: [1.5, float("inf")]}, ensure_ascii=False, indent=1)


@settings(max_examples=300, deadline=None)  # a loaded machine pauses a run for longer than the default 200 ms
@given(values)
def test_dumps_indented_with_another_indent_and_line_start(value: object) -> None:
    # The exports' items: json.dumps(indent=2) with each line moved in for its place in the file.
    expected = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n    ")
    assert dumps_indented(value, indent=2, newline="\n    ") == expected


@settings(max_examples=200, deadline=None)  # a loaded machine pauses a run for longer than the default 200 ms
@given(st.dictionaries(st.text(), values, max_size=4), values)
def test_a_recurring_part_is_written_as_json_dumps_writes_it_wherever_it_stands(part: dict, other: object) -> None:
    # One source's NewsArticle in many pages' JSON-LD, at several depths, in two documents one after the other.
    shared = Recurring(part)
    for document in ({"a": shared, "b": [other, shared]}, [[shared], {"c": {"d": shared}}]):
        plain = json.loads(json.dumps(document))  # the same document with plain dicts
        assert dumps_indented(document) == json.dumps(plain, ensure_ascii=False, indent=1)
        assert dumps_indented(document, indent=2, newline="\n    ") == json.dumps(
            plain, ensure_ascii=False, indent=2).replace("\n", "\n    ")
