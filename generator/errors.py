"""The few exceptions claim-timeline raises, and how a located problem is shown."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class ClaimTimelineError(Exception):
    """A problem the user can fix; the CLI prints it without a traceback."""


@dataclass(frozen=True)
class Problem:
    """One located problem in a content file: an error, or a warning that does not stop the build."""

    path: Path
    line: int  # 1-based
    column: int  # 1-based
    message: str
    severity: str = "error"  # error | warning
    source_line: str | None = None  # the offending line, shown under the message

    def __str__(self) -> str:
        label = "" if self.severity == "error" else "warning: "
        text = f"{display_path(self.path)}:{self.line}:{self.column}: {label}{shorten(self.message, 4 * MAX_ECHO)}"
        if self.source_line is not None:
            shown, column = _window(self.source_line.rstrip("\r\n").expandtabs(1), self.column)
            caret = " " * max(column - 1, 0) + "^"
            text += f"\n    {shown}\n    {caret}"
        return text


# What a message may echo of the user's text (issue 8: a message that formatted a whole
# alias-expanded value grew to gigabytes; a 1 MB line echoed under a message drowns it).
MAX_ECHO = 120


def shorten(text: str, limit: int = MAX_ECHO) -> str:
    """The text, cut to ``limit`` characters with '…' when it is longer."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _window(line: str, column: int) -> tuple[str, int]:
    """At most MAX_ECHO characters of a line around a 1-based column, and the column within them."""
    if len(line) <= MAX_ECHO:
        return line, column
    start = max(0, min(column - 1 - MAX_ECHO // 2, len(line) - MAX_ECHO))
    shown = line[start:start + MAX_ECHO]
    if start > 0:
        shown = "…" + shown[1:]
    if start + MAX_ECHO < len(line):
        shown = shown[:-1] + "…"
    return shown, column - start


class ContentError(ClaimTimelineError):
    """The content could not be loaded: carries every problem found, not only the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"]
        super().__init__(f"{len(errors)} error(s) in the content")

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


class TemplateError(ClaimTimelineError):
    """A theme template failed to compile or render; the message carries its file and line."""


def display_path(path: Path) -> str:
    """The path as the user would type it: relative to the working directory when inside it."""
    try:
        # The folders resolved, not the file: a link is named as the link, not as what it points to.
        absolute = Path(path).parent.resolve() / Path(path).name
        return str(absolute.relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):  # elsewhere, or a symlink loop
        return str(path)
