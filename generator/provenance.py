"""Provenance (issue 11): each quote is in its source's text, and each date_text is in its quote.

A quote edited until it no longer appears in its article, or a hand-written
``quote: "I never said this"``, is a warning at the quote's ``path:line:column`` that
names the source; ``build --strict`` makes it an error. Matching ignores whitespace,
typographic quotes and case (:func:`generator.review.find_quote`).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .errors import Problem, display_path
from .model import Content, Event
from .review import contains
from .yamlfile import _Loader


def with_provenance(content: Content, warnings: list[Problem], found: list[Problem] | None = None) -> list[Problem]:
    """The loader's warnings and the provenance warnings (``found``, when checked already), in file order."""
    found = check_provenance(content) if found is None else found
    return sorted(warnings + found, key=lambda p: (str(p.path), p.line, p.column))


def check_provenance(content: Content) -> list[Problem]:
    """A warning for each quote not found in its source and each date_text not found in its quote."""
    problems: list[Problem] = []
    for event in content.events:
        for index, ref in enumerate(event.sources):
            source = content.sources.get(ref.source)
            if source is None or not ref.quote:
                continue  # an unknown source is already an error of its own
            if not contains(source.text, ref.quote):
                where = display_path(source.path) if source.path else ref.source
                problems.append(_warning(event, index, "quote",
                                         f"the quote is not in source '{ref.source}' ({where}): check it against the article"))
            elif ref.date_text and not contains(ref.quote, ref.date_text):
                problems.append(_warning(event, index, "date_text",
                                         f"date_text '{ref.date_text}' is not in the quote from source '{ref.source}'"))
    return problems


def _warning(event: Event, index: int, key: str, message: str) -> Problem:
    """A warning pointing at ``sources[index][key]`` of the event's file (re-read: mismatches are rare)."""
    path = event.path or Path(f"content/events/{event.id}.yaml")
    line = column = 1
    shown = None
    try:
        text = path.read_text(encoding="utf-8")
        node = yaml.compose(text, Loader=_Loader)
        mark = _value_mark(node, index, key)
        if mark is not None:
            line, column = mark.line + 1, mark.column + 1
            lines = text.splitlines()
            shown = lines[mark.line] if mark.line < len(lines) else None
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        pass  # the file changed since it was loaded: point at its start
    return Problem(path, line, column, message, "warning", shown)


def _value_mark(node: yaml.Node | None, index: int, key: str) -> yaml.Mark | None:
    """Where ``sources[index][key]`` starts in a composed event file."""
    refs = _get(node, "sources")
    if not isinstance(refs, yaml.SequenceNode) or index >= len(refs.value):
        return None
    value = _get(refs.value[index], key)
    return value.start_mark if value is not None else refs.value[index].start_mark


def _get(node: yaml.Node | None, key: str) -> yaml.Node | None:
    """A mapping node's value for a key."""
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)
