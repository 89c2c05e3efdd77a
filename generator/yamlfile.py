"""YAML read with positions (for located messages) and written the way a person would write it."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from .errors import Problem, shorten
from .model import UNSAFE_CHARACTERS, unsafe_character_names

_TIMESTAMP = "tag:yaml.org,2002:timestamp"

# Limits on what one YAML text may hold (issue 8). Content files are small and flat: an event
# is about 30 nodes, 4 levels deep. Without them a 630-byte alias bomb ('&a [*b, *b, …]' ten
# levels) expands to 10^10 nodes, and 1,000 nested brackets overflow the composer's recursion.
MAX_DEPTH = 100  # nested lists and mappings
MAX_NODES = 100_000  # nodes once every alias is expanded


class YamlLimitError(yaml.MarkedYAMLError):
    """A YAML text over one of the limits above: refused while composing, before any value is built."""


def _fast_base() -> type:
    """libyaml's parser under PyYAML's own composer, when PyYAML was built with libyaml; else the pure-Python loader.

    Parsing is what costs (issue 12: 7.4 s of a 10,000-event build in the pure-Python loader,
    16 times less with libyaml); composing in Python keeps the limits below on every node.
    """
    try:
        from yaml.cyaml import CParser
    except ImportError:
        return yaml.SafeLoader

    class LibyamlLoader(Composer, CParser, SafeConstructor, Resolver):  # Composer first: its methods, CParser's events
        def __init__(self, stream: str):
            CParser.__init__(self, stream)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)

    return LibyamlLoader


_FAST_BASE = _fast_base()


def _c_loader() -> type | None:
    """libyaml's parser and composer both, for texts that cannot exceed the node limit (see _fast_node)."""
    try:
        from yaml.cyaml import CParser
    except ImportError:
        return None

    class CLoader(CParser, SafeConstructor, Resolver):
        def __init__(self, stream: str):
            CParser.__init__(self, stream)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)

    return CLoader


_C_LOADER = _c_loader()
# A text without anchors has no aliases: its nodes are fewer than its characters over two (issue 12:
# composing in Python was most of reading a content file; libyaml composes ten times faster).
FAST_BELOW_CHARS = 2 * MAX_NODES
# What a plain scalar reads as null by (PyYAML's resolver): a text field left empty.
NULL_WORDS = frozenset(("", "~", "null", "Null", "NULL"))


def _deeper_than(node: yaml.Node, limit: int) -> bool:
    """Whether a node tree without aliases nests more than ``limit`` levels."""
    todo = [(node, 1)]
    while todo:
        current, depth = todo.pop()
        if depth > limit:
            return True
        if isinstance(current, yaml.SequenceNode):
            todo.extend((item, depth + 1) for item in current.value)
        elif isinstance(current, yaml.MappingNode):
            todo.extend((part, depth + 1) for pair in current.value for part in pair)
    return False


def _fast_node(text: str) -> tuple[yaml.Node | None, Any] | None:
    """(node, loader) composed by libyaml when the text is within the limits, else None (the checked path)."""
    if _C_LOADER is None or "&" in text or len(text) >= FAST_BELOW_CHARS:
        return None
    loader = _C_LOADER(text)
    try:
        node = loader.get_single_node()
    except yaml.YAMLError:
        loader.dispose()
        return None  # the checked path reads it again and says where
    # Each level of nesting opens on a new line or with one of these characters: few of them, no walk.
    bound = 1 + sum(text.count(c) for c in "\n[{-?:")
    if node is not None and bound > MAX_DEPTH and _deeper_than(node, MAX_DEPTH):
        loader.dispose()
        return None
    return node, loader


class _Limits:
    """Keeps dates as the text written, and refuses texts over the limits as it composes them."""

    def __init__(self, stream: str):
        super().__init__(stream)
        self._depth = 0
        self._sizes: dict[int, int] = {}  # id(node) -> its node count with aliases expanded

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
        """Compose one node, counting its depth and its expanded size; raise YamlLimitError past a limit."""
        mark = self.peek_event().start_mark
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise YamlLimitError(problem=f"the YAML is nested more than {MAX_DEPTH} levels deep "
                                             f"(the limit is {MAX_DEPTH})", problem_mark=mark)
            node = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        size = self._sizes.get(id(node))
        if size is None:
            if isinstance(node, yaml.SequenceNode):
                size = 1 + sum(self._sizes[id(item)] for item in node.value)
            elif isinstance(node, yaml.MappingNode):
                size = 1 + sum(self._sizes[id(k)] + self._sizes[id(v)] for k, v in node.value)
            else:
                size = 1
            self._sizes[id(node)] = size
        if size > MAX_NODES:
            # Each alias counts as a copy of what it names, as every reader of the value would see it.
            raise YamlLimitError(problem=f"the YAML holds more than {MAX_NODES:,} values once its aliases "
                                         f"(*name) are expanded (the limit is {MAX_NODES:,})", problem_mark=mark)
        return node


class _Loader(_Limits, _FAST_BASE):  # type: ignore[misc, valid-type]
    """The loader every content file is read with."""


class _PureLoader(_Limits, yaml.SafeLoader):
    """The pure-Python loader: it reads a text libyaml refused again, so that the message is PyYAML's own and
    the limits above speak first (libyaml stops at 1,000 nested levels before they are composed)."""


_Loader.yaml_implicit_resolvers = _PureLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
if _C_LOADER is not None:
    _C_LOADER.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers


@dataclass
class YamlDoc:
    """One parsed YAML text, its node tree, and the problems found in it."""

    path: Path
    lines: list[str]
    line_offset: int = 0  # lines before the YAML text in the file (front matter starts on line 2)
    node: yaml.Node | None = None
    problems: list[Problem] = field(default_factory=list)
    _loader: _Limits | None = None

    @classmethod
    def parse(cls, path: Path, text: str, file_lines: list[str] | None = None, line_offset: int = 0) -> "YamlDoc":
        """Parse text; a syntax error becomes a located problem instead of an exception."""
        doc = cls(path, file_lines if file_lines is not None else text.splitlines(), line_offset)
        fast = _fast_node(text)
        if fast is not None:
            doc.node, doc._loader = fast
            fast[1].dispose()
            return doc
        loader = _Loader(text)
        try:
            try:
                doc.node = loader.get_single_node()
            except yaml.MarkedYAMLError:
                if _FAST_BASE is yaml.SafeLoader:
                    raise
                loader.dispose()
                loader = _PureLoader(text)
                doc.node = loader.get_single_node()
            doc._loader = loader
        except yaml.reader.ReaderError as exc:  # a character YAML refuses (read_text removes the known ones)
            before = text[: exc.position]
            doc.add_at(before.count("\n"), exc.position - (before.rfind("\n") + 1),
                       f"YAML syntax error: character U+{exc.character if isinstance(exc.character, int) else ord(exc.character):04X} is not allowed")
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            what = exc.problem or exc.context or "invalid YAML"
            prefix = "" if isinstance(exc, YamlLimitError) else "YAML syntax error: "
            if "'\\t'" in what:  # PyYAML's "found character '\t' that cannot start any token" (issue 11)
                what, prefix = "tabs cannot indent YAML; use spaces", ""
            doc.add_at(mark.line if mark else 0, mark.column if mark else 0, f"{prefix}{what}")
        finally:
            loader.dispose()
        return doc

    def add_at(self, line0: int, column0: int, message: str, severity: str = "error") -> None:
        """Record a problem at a 0-based line and column of the YAML text."""
        line = line0 + self.line_offset
        shown = self.lines[line] if 0 <= line < len(self.lines) else None
        self.problems.append(Problem(self.path, line + 1, column0 + 1, message, severity, shown))

    def add(self, node: yaml.Node | None, message: str, severity: str = "error") -> None:
        """Record a problem at a node's start (or at the top of the file when there is no node)."""
        if node is None:
            self.add_at(0, 0, message, severity)
        else:
            self.add_at(node.start_mark.line, node.start_mark.column, message, severity)

    def value(self, node: yaml.Node) -> Any:
        """The Python value of a node (dates stay strings, integers stay integers)."""
        assert self._loader is not None
        return self._loader.construct_object(node, deep=True)

    def mapping(self, node: yaml.Node | None, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        """A mapping node's fields by name, each with its key and value nodes; a problem if not a mapping."""
        if not isinstance(node, yaml.MappingNode):
            found = _node_kind(node)
            self.add(node, f"expected {what} (a mapping of fields), found {found}")
            return None
        fields: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in fields:
                self.add(key_node, f"field '{key}' is given twice")
            fields[key] = (key_node, value_node)
        return fields

    def warn_unknown(self, fields: dict[str, tuple[yaml.Node, yaml.Node]], known: Iterable[str]) -> None:
        """Warn about each field the format does not know, suggesting the closest known one."""
        known = list(known)
        for key, (key_node, _) in fields.items():
            if key not in known:
                close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
                hint = f" (did you mean '{close[0]}'?)" if close else f" (known fields: {', '.join(known)})"
                self.add(key_node, f"unknown field '{key}'{hint}", "warning")

    def text(self, node: yaml.Node, field_name: str, *, required: bool = False) -> str | None:
        """A text field: any scalar as written (so 'title: No' stays 'No'), a problem otherwise."""
        if not isinstance(node, yaml.ScalarNode):
            self.add(node, f"'{field_name}' must be text, found {_node_kind(node)}")
            return None
        if node.tag == "tag:yaml.org,2002:null" and node.value in NULL_WORDS:
            if required:
                self.add(node, f"'{field_name}' is empty")
            return None
        text = str(node.value).strip()
        if UNSAFE_CHARACTERS.search(text):  # written as escapes ("\e", "\u202e"): read_text cannot see them
            self.add(node, f"control or bidi override character(s) removed ({unsafe_character_names(text)}) "
                           f"from '{field_name}': they would corrupt the pages, the feed and the calendar", "warning")
            text = UNSAFE_CHARACTERS.sub("", text)
        if required and not text:
            self.add(node, f"'{field_name}' is empty")
            return None
        return text

    def text_list(self, node: yaml.Node, field_name: str) -> list[str]:
        """A list of texts; a single text is read as a list of one."""
        if isinstance(node, yaml.ScalarNode):
            text = self.text(node, field_name)
            return [text] if text else []
        if not isinstance(node, yaml.SequenceNode):
            self.add(node, f"'{field_name}' must be a list, found {_node_kind(node)}")
            return []
        items = []
        for item in node.value:
            text = self.text(item, f"an item of '{field_name}'")
            if text:
                items.append(text)
        return items


def load_limited(text: str) -> Any:
    """The value of a YAML text read within the limits (dates kept as text); None when invalid or over them."""
    doc = YamlDoc.parse(Path("-"), text)
    if doc.node is None or doc.problems:
        return None
    return doc.value(doc.node)


def _node_kind(node: yaml.Node | None) -> str:
    """How a node reads to a person: 'a list', 'a mapping', 'the text ...', 'nothing'."""
    if node is None:
        return "nothing"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if node.tag == "tag:yaml.org,2002:null":
        return "nothing"
    return f"'{shorten(str(node.value))}'"


class _Dumper(yaml.SafeDumper):
    """Block style, keys in the order given, long quotes folded as block scalars."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


class Quoted(str):
    """A string always written in double quotes: dates, so no YAML reader turns them into numbers."""


def _represent_quoted(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style='"')


class FlowMap(dict):  # type: ignore[type-arg]
    """A mapping written on one line ({source: a, date: "2024-07"}): one line for a person to delete or edit."""


def _represent_flow(dumper: yaml.SafeDumper, value: FlowMap) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", value.items(), flow_style=True)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(Quoted, _represent_quoted)
_Dumper.add_representer(FlowMap, _represent_flow)


def dump_yaml(data: Any, width: int = 100) -> str:
    """YAML text for a mapping: dates written as quoted strings, Unicode kept, key order kept."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=width, default_flow_style=False)
