"""libyaml's composer (issue 12) gives the very nodes the checked composer gives, and leaves it the texts it cannot vouch for."""

from __future__ import annotations

import yaml

from generator import yamlfile

TEXTS = [
    "title: No\ndate: 2020-01-02\nn: 3\nactors: [Ada Martin, Tom Reyes]\n",
    "sources:\n  - source: s-1\n    quote: \"a: b - c\"\n  - {source: s-2}\nbody: |\n  Some *notes*.\n",
    "- - - deep\n- ~\n- 'x'\n",
]


def _shape(node: yaml.Node) -> object:
    """A node tree as plain values: kind, tag, value and where it starts and ends."""
    marks = (node.start_mark.line, node.start_mark.column, node.end_mark.line, node.end_mark.column)
    if isinstance(node, yaml.ScalarNode):
        return ("scalar", node.tag, node.value, node.style, marks)
    if isinstance(node, yaml.SequenceNode):
        return ("seq", node.tag, [_shape(n) for n in node.value], marks)
    return ("map", node.tag, [(_shape(k), _shape(v)) for k, v in node.value], marks)


def test_the_fast_path_composes_the_same_nodes_as_the_checked_one() -> None:
    for text in TEXTS:
        fast = yamlfile._fast_node(text)
        assert fast is not None, text
        checked = yamlfile._Loader(text)
        node = checked.get_single_node()
        assert _shape(fast[0]) == _shape(node)
        assert fast[1].construct_object(fast[0], deep=True) == checked.construct_object(node, deep=True)


def test_texts_over_a_limit_or_with_anchors_take_the_checked_path() -> None:
    assert yamlfile._fast_node("a: &x [1]\nb: *x\n") is None  # an alias could expand past the node limit
    deep = "v: " + "[" * (yamlfile.MAX_DEPTH + 1) + "]" * (yamlfile.MAX_DEPTH + 1) + "\n"
    assert yamlfile._fast_node(deep) is None  # the checked path says where it is too deep
    assert yamlfile._fast_node("a: [\n") is None  # a syntax error: the checked path locates it
    shallow = "v: " + "[" * 50 + "]" * 50 + "\n"
    assert yamlfile._fast_node(shallow) is not None
