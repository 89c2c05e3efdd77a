"""claim-timeline init: a new site folder with an example source, its events and an empty templates/ (or no example)."""

from __future__ import annotations

import shutil
from pathlib import Path

from .errors import ClaimTimelineError, Problem
from .model import Site

SCAFFOLD = Path(__file__).parent / "scaffold"
# What init writes as base_url; a build warns until it is replaced (issue 11).
PLACEHOLDER_BASE_URL = "https://example.org/timeline/"
EMPTY_ACTORS = """\
# Known people and organisations, with the other names articles use for them, e.g.
# Sam Altman: [Altman, le patron d'OpenAI]
{}
"""
NEXT_STEPS = (
    "claim-timeline add ARTICLE.html      # import an article (a saved HTML page, .txt or .md)",
    "claim-timeline extract               # its dated events and claims -> content/events/ (drafts)",
    "claim-timeline review                # the drafts to check; set 'status: reviewed' to publish one",
    "claim-timeline serve                 # live preview, drafts marked 'to review'; then claim-timeline build",
)


def init_site(directory: Path, empty: bool = False) -> list[Path]:
    """Create a working site in ``directory``, which must be empty or absent; return the files made.

    With ``empty``, the site has its settings and no example source, event or actor."""
    directory = Path(directory)
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise ClaimTimelineError(f"{directory} already exists and is not empty: choose a new folder")
    created: list[Path] = []
    for path in sorted(SCAFFOLD.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            rel = path.relative_to(SCAFFOLD)
            if empty and rel.parts[:2] in (("content", "sources"), ("content", "events")):
                continue
            target = directory / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if empty and rel.as_posix() == "content/actors.yaml":
                target.write_text(EMPTY_ACTORS, encoding="utf-8")
            else:
                shutil.copyfile(path, target)
            created.append(target)
    for folder in ("content/sources", "content/events", "templates"):
        (directory / folder).mkdir(parents=True, exist_ok=True)
    return created


def placeholder_warnings(config: Path, site: Site) -> list[Problem]:
    """A warning while site.yaml still holds init's placeholder base_url (feeds and sitemap would point there)."""
    if site.base_url != PLACEHOLDER_BASE_URL:
        return []
    line, shown = 1, None
    try:
        for number, text in enumerate(config.read_text(encoding="utf-8").splitlines(), 1):
            if text.startswith("base_url:"):
                line, shown = number, text
                break
    except (OSError, UnicodeDecodeError):
        pass
    column = shown.index("http") + 1 if shown and "http" in shown else 1
    return [Problem(config, line, column, "base_url is still the placeholder written by init: set the address the "
                    "site will be published at (the feed, the sitemap and canonical links use it)", "warning", shown)]
