"""The build pipeline: load and validate the content, render every page, write site/ atomically."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .drafts import select_events
from .errors import Problem
from .load import SitePaths, load_content
from .model import Content
from .render import Renderer, Theme
from .write import WriteReport, write_site


@dataclass
class BuildResult:
    """What a build loaded, what it wrote, and the warnings worth showing."""

    content: Content
    report: WriteReport
    warnings: list[Problem]
    out: Path
    awaiting_review: int = 0  # events not yet reviewed (left out unless drafts were asked for)


def build(site_dir: Path, out: Path | None = None, drafts: bool = False) -> BuildResult:
    """Build a site folder into ``out`` (default: its site/); raise ContentError or TemplateError.

    Drafts (events not ``status: reviewed``) are left out unless ``drafts``; then they carry a badge."""
    paths = SitePaths(Path(site_dir))
    content, warnings = load_content(paths)
    content, awaiting = select_events(content, drafts)
    theme = Theme(paths.templates, content.site.language)
    files = Renderer(content, theme).render_all()
    target = Path(out) if out is not None else paths.output
    report = write_site(files, target)
    return BuildResult(content, report, warnings, target, awaiting)
