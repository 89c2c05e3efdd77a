"""Event files of the usual shape read without a YAML parser; every other file is left to the YAML reader.

A site's event files are nearly all alike: ``key: value`` lines, a list of actors and of tags, a list
of sources each with its quote, maybe a note as a ``|`` block. Reading them through libyaml and
PyYAML's composer and resolver cost about 100 µs a file, a tenth of a cold build's CPU at 10,000
events (issue 12). :func:`read_usual` reads that shape with string methods and gives the very
Event the YAML reader gives (tests/test_eventshape.py compares the two on generated texts); it
answers None for anything else (a comment, an anchor, a flow mapping, an escape, a conflict, a
review...) and for any file in which the reader would find a problem, so that every message, with its
``path:line:column``, still comes from one place (generator/load.py).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any, NamedTuple

from yaml.resolver import Resolver

from .dates import DateValueError, TimelineDate
from .yamlfile import FAST_BELOW_CHARS, NULL_WORDS
from .model import DATE_BASES, EVENT_KINDS, EVENT_STATUSES, FILE_ID, UNSAFE_CHARACTERS, Event, SourceRef


class Mark(NamedTuple):
    """Where a value starts in its file, 0-based, as a YAML node's ``start_mark`` says it."""

    line: int
    column: int


class _Unusual(Exception):
    """Not the usual shape, or a file the YAML reader has something to say about."""


# The fields read here; any other (date_mod, conflicts, review) goes to the YAML reader, as does an unknown one.
_FIELDS = frozenset(("title", "date", "kind", "speaker", "claim", "actors", "tags", "status", "sources", "body"))
_REF_FIELDS = frozenset(("source", "quote", "date_text", "date_basis"))
_KEY = re.compile(r"([A-Za-z_]+):(?: +|$)")
# Characters YAML reads otherwise than as text: a tab, other line breaks, a byte order mark; a comment, an alias.
_REFUSED = re.compile("[\t\r\x85\u2028\u2029\ufeff]")
# A plain scalar may not start with an indicator; within one, ': ' or ' #' would end it (a nested key, a comment).
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_INT = next(regexp for tag, regexp in Resolver.yaml_implicit_resolvers["1"] if tag == "tag:yaml.org,2002:int")
_YEAR = re.compile(r"[1-9][0-9]*")
# Longer texts are read by PyYAML's own composer, which counts their nodes against a limit (yamlfile.MAX_NODES).
_LONGEST = FAST_BELOW_CHARS


# A scalar as read: (its text, whether it is plain (unquoted), its line, its column); a plain tuple, the
# cheapest thing to make (a list is a YAML list, a dict a mapping).
_Scalar = tuple


def read_usual(path: Path, text: str) -> Event | None:
    """The event of a file of the usual shape that reads without any problem; None for any other file."""
    if len(text) >= _LONGEST or _REFUSED.search(text) is not None or not FILE_ID.fullmatch(path.stem):
        return None
    try:
        return _event(path, _Lines(text).mapping())
    except _Unusual:
        return None


class _Lines:
    """The lines of one text and the subset of YAML block style event files are written in."""

    def __init__(self, text: str):
        self.lines = text.split("\n")
        self.at = 0

    def mapping(self) -> dict[str, Any]:
        """The top-level mapping: each key at the start of a line, each value a scalar, a list or a list of mappings."""
        lines, fields = self.lines, {}
        while self.at < len(lines):
            line = lines[self.at]
            if not line.strip(" "):
                self.at += 1
                continue
            key = _KEY.match(line)
            if key is None or key.group(1) in fields:
                raise _Unusual
            name, rest = key.group(1), line[key.end():]
            if rest:
                fields[name] = self._value(rest, key.end(), 0)
            else:
                self.at += 1
                fields[name] = self._block_list()
        return fields

    def _value(self, rest: str, column: int, indent: int) -> _Scalar | list[_Scalar]:
        """The value starting at ``column`` of the current line (``rest``): a scalar, or a list written [a, b]."""
        first = rest[0]
        if first == "[":
            return self._flow_list(rest, column)
        if first == "|" and indent == 0:
            return self._literal(rest, column)
        return self._scalar(rest, column, indent)

    def _scalar(self, rest: str, column: int, indent: int) -> _Scalar:
        """A plain or quoted scalar starting on the current line; the lines it continues on, more indented than ``indent``."""
        line_no, first = self.at, rest[0]
        if first == '"' or first == "'":
            return self._quoted(rest, first, indent), False, line_no, column
        if first in _INDICATORS:
            raise _Unusual
        parts = [_plain_part(rest)]
        self.at += 1
        lines = self.lines
        while self.at < len(lines):  # a long text folded over the lines after it (PyYAML wraps at 100 characters)
            line = lines[self.at]
            body = line.lstrip(" ")
            if not body or len(line) - len(body) <= indent:
                break  # an empty line ends it unless more of it follows: then YAML would keep a line break
            if body[0] in "#-":
                raise _Unusual
            parts.append(_plain_part(body))
            self.at += 1
        if self.at < len(lines) and not lines[self.at].strip(" "):
            following = self._next_filled()
            if following < len(lines) and len(lines[following]) - len(lines[following].lstrip(" ")) > indent:
                raise _Unusual
        return " ".join(parts), True, line_no, column

    def _quoted(self, rest: str, quote: str, indent: int) -> str:
        """A quoted scalar without escapes (``''`` within single quotes), on one line or folded over several."""
        if quote == '"' and "\\" in rest:
            raise _Unusual
        parts: list[str] = []
        text = rest[1:]
        while True:
            end = _closing(text, quote)
            if end >= 0:
                if text[end + 1:].strip(" "):
                    raise _Unusual  # a comment or more after the closing quote
                parts.append(text[:end])
                self.at += 1
                break
            parts.append(text)
            self.at += 1
            if self.at >= len(self.lines):
                raise _Unusual
            line = self.lines[self.at]
            text = line.lstrip(" ")
            if not text or len(line) - len(text) <= indent or (quote == '"' and "\\" in text):
                raise _Unusual  # an empty line (kept as a line break), or less indented than YAML may want
        # Folded as YAML folds a quoted text: each line break a space, with the spaces around it dropped.
        value = " ".join([part.rstrip(" ") for part in parts[:-1]] + parts[-1:])
        return value.replace("''", "'") if quote == "'" else value

    def _literal(self, rest: str, column: int) -> _Scalar:
        """A ``|`` block: its lines, less their common indentation."""
        if rest != "|":
            raise _Unusual  # a chomping or indentation indicator, or a comment
        line_no = self.at
        self.at += 1
        lines = self.lines
        if self.at >= len(lines):
            raise _Unusual
        first = lines[self.at]
        width = len(first) - len(first.lstrip(" "))
        if width == 0 or not first.strip(" "):
            raise _Unusual
        prefix = " " * width
        kept = []
        while self.at < len(lines):
            line = lines[self.at]
            if line.startswith(prefix):
                kept.append(line[width:])
            elif not line.strip(" "):
                kept.append("")
            elif line[0] == " ":
                raise _Unusual  # less indented, yet not the next key
            else:
                break
            self.at += 1
        while kept and not kept[-1]:
            kept.pop()
        return "\n".join(kept) + "\n", False, line_no, column

    def _flow_list(self, rest: str, column: int) -> list[_Scalar]:
        """``[a, b]`` on one line, each item plain text."""
        if not rest.rstrip(" ").endswith("]"):
            raise _Unusual
        inner = rest.rstrip(" ")[1:-1]
        items: list[_Scalar] = []
        if inner.strip(" "):
            offset = column + 1
            for raw in inner.split(","):
                value = raw.strip(" ")
                if not value or value[0] in _INDICATORS or any(c in value for c in "[]{}:#"):
                    raise _Unusual
                items.append((value, True, self.at, offset + len(raw) - len(raw.lstrip(" "))))
                offset += len(raw) + 1
        self.at += 1
        return items

    def _block_list(self) -> list[Any]:
        """The ``- item`` lines after a key: plain or quoted texts, or mappings of scalars (the sources)."""
        lines, items = self.lines, []
        dash = None
        while self.at < len(lines):
            line = lines[self.at]
            body = line.lstrip(" ")
            if not body:
                self.at += 1
                continue
            column = len(line) - len(body)
            if column == 0 and not body.startswith("- "):
                break  # the next key
            if not body.startswith("- ") or (dash is not None and column != dash):
                raise _Unusual
            dash = column
            item = body[2:].lstrip(" ")
            if not item:
                raise _Unusual
            start = len(line) - len(item)
            if _KEY.match(item) is not None:
                items.append(self._item_mapping(item, start))
            else:
                items.append(self._scalar(item, start, dash))
        if dash is None:
            raise _Unusual  # a key with nothing after it: null, which the YAML reader judges
        return items

    def _item_mapping(self, first: str, column: int) -> dict[str, _Scalar]:
        """A list item's mapping (a source reference): its first key after the dash, the others below it."""
        fields: dict[str, _Scalar] = {}
        rest, start = first, column
        while True:
            key = _KEY.match(rest)
            if key is None or key.group(1) in fields:
                raise _Unusual
            value = rest[key.end():]
            if not value:
                raise _Unusual  # a nested block
            found = self._value(value, start + key.end(), column)
            if isinstance(found, list):
                raise _Unusual
            fields[key.group(1)] = found
            if self.at >= len(self.lines):
                return fields
            line = self.lines[self.at]
            body = line.lstrip(" ")
            if len(line) - len(body) != column or not body:
                return fields
            rest, start = body, column

    def _next_filled(self) -> int:
        """The index of the next line that is not blank."""
        at = self.at
        while at < len(self.lines) and not self.lines[at].strip(" "):
            at += 1
        return at


def _plain_part(text: str) -> str:
    """One line's part of a plain scalar, its trailing spaces dropped; ': ' or ' #' in it is no plain text."""
    text = text.rstrip(" ")
    if ": " in text or " #" in text or text.endswith(":"):
        raise _Unusual
    return text


def _closing(text: str, quote: str) -> int:
    """Where the closing quote is in ``text`` (``''`` is a quote within single quotes); -1 when not on this line."""
    at = 0
    while True:
        end = text.find(quote, at)
        if end < 0 or quote == '"':
            return end
        if text[end + 1:end + 2] == "'":
            at = end + 2
            continue
        return end


def _text(node: Any, required: bool = False) -> str | None:
    """A text field as YamlDoc.text reads it, when it reads without a problem."""
    if not isinstance(node, tuple):
        raise _Unusual
    value, plain = node[0], node[1]
    if plain and value in NULL_WORDS:
        if required:
            raise _Unusual
        return None
    text = value.strip()
    if (required and not text) or UNSAFE_CHARACTERS.search(text) is not None:
        raise _Unusual
    return text


def _texts(node: Any) -> list[str]:
    """A list of texts as YamlDoc.text_list reads it, without repeats (the loader's _unique)."""
    if isinstance(node, tuple):
        text = _text(node)
        return [text] if text else []
    if not isinstance(node, list):
        raise _Unusual
    items = []
    for item in node:
        text = _text(item)
        if text:
            items.append(text)
    return list(dict.fromkeys(items))


def _choice(fields: dict[str, Any], key: str, choices: tuple[str, ...], default: str) -> str:
    """A field that takes one of a few words."""
    if key not in fields:
        return default
    value = _text(fields[key])
    if value not in choices:
        raise _Unusual
    return value  # type: ignore[return-value]


@functools.lru_cache(maxsize=1 << 14)
def _date(value: int | str) -> TimelineDate:
    """A date as TimelineDate.parse reads it (frozen: one object for every event of the same date)."""
    try:
        return TimelineDate.parse(value, None)
    except DateValueError:
        raise _Unusual from None


def _event(path: Path, fields: dict[str, Any]) -> Event:
    """The event as generator/load.py's _read_event builds it, for fields that give it no problem."""
    if not fields.keys() <= _FIELDS or "title" not in fields or "date" not in fields or "sources" not in fields:
        raise _Unusual
    date = fields["date"]
    if not isinstance(date, tuple):
        raise _Unusual
    value: int | str = date[0]
    if date[1] and _INT.match(date[0]):
        if not _YEAR.fullmatch(date[0]):
            raise _Unusual  # an octal, hexadecimal or sexagesimal integer: PyYAML's own reading
        value = int(date[0])
    event = Event(id=path.stem, title=_text(fields["title"], required=True) or "", date=_date(value), path=path)
    event.kind = _choice(fields, "kind", EVENT_KINDS, "event")
    event.status = _choice(fields, "status", EVENT_STATUSES, "extracted")
    if "speaker" in fields:
        event.speaker = _text(fields["speaker"])
    if "claim" in fields:
        event.claim = _text(fields["claim"])
    if event.kind == "claim" and not event.speaker:
        raise _Unusual
    if "actors" in fields:
        event.actors = _texts(fields["actors"])
    if "tags" in fields:
        event.tags = _texts(fields["tags"])
    if "body" in fields:
        event.body = _text(fields["body"]) or ""
    event.sources = _refs(fields["sources"])
    return event


def _refs(node: Any) -> list[SourceRef]:
    """The 'sources' list as _read_source_refs reads it, each reference located at its source id."""
    if not isinstance(node, list) or not node:
        raise _Unusual
    refs = []
    for item in node:
        if isinstance(item, tuple):
            ref = SourceRef(source=_text(item, required=True) or "")
            ref._mark = Mark(item[2], item[3])  # type: ignore[attr-defined]
            refs.append(ref)
            continue
        if not item.keys() <= _REF_FIELDS or "source" not in item:
            raise _Unusual
        ref = SourceRef(source=_text(item["source"], required=True) or "")
        ref._mark = Mark(item["source"][2], item["source"][3])  # type: ignore[attr-defined]
        for key in ("quote", "date_text"):
            if key in item:
                setattr(ref, key, _text(item[key]))
        ref.date_basis = _choice(item, "date_basis", DATE_BASES, "text")
        refs.append(ref)
    return refs
