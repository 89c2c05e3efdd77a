"""What the date tagger returns, shared by its own rules and the dateparser fallback."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DateMention:
    """One date expression found in a text, with its TimeML value."""

    start: int
    end: int
    text: str
    value: str
    end_value: str | None = None
    mod: str | None = None
    relative: bool = False
