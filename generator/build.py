"""The build pipeline: load and validate the content, render every page, write site/ atomically."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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


def build(site_dir: Path, out: Path | None = None) -> BuildResult:
    """Build a site folder into ``out`` (default: its site/); raise ContentError or TemplateError."""
    paths = SitePaths(Path(site_dir))
    content, warnings = load_content(paths)
    theme = Theme(paths.templates, content.site.language)
    files = Renderer(content, theme).render_all()
    target = Path(out) if out is not None else paths.output
    report = write_site(files, target)
    return BuildResult(content, report, warnings, target)
