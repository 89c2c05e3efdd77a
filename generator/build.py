"""The build pipeline: load and validate the content, render every page, write site/ atomically."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

from .drafts import select_events
from .errors import ClaimTimelineError, ContentError, Problem, display_path
from .provenance import with_provenance
from .scaffold import placeholder_warnings
from .load import SitePaths, load_content
from .model import Content
from .render import Renderer, Theme
from .write import MARKER, WriteReport, write_site


@dataclass
class BuildResult:
    """What a build loaded, what it wrote, and the warnings worth showing."""

    content: Content
    report: WriteReport
    warnings: list[Problem]
    out: Path
    awaiting_review: int = 0  # events not yet reviewed (left out unless drafts were asked for)


def build(site_dir: Path, out: Path | None = None, drafts: bool = False, strict: bool = False) -> BuildResult:
    """Build a site folder into ``out`` (default: its site/); raise ContentError or TemplateError.

    Drafts (events not ``status: reviewed``) are left out unless ``drafts``; then they carry a badge.
    With ``strict``, any warning (an unknown field, a quote not in its source) stops the build."""
    paths = SitePaths(Path(site_dir))
    if out is not None:
        check_output_folder(paths, Path(out))
    content, warnings = load_content(paths)
    content, awaiting = select_events(content, drafts)
    warnings = with_provenance(content, warnings) + placeholder_warnings(paths.site_config, content.site)
    if strict and warnings:
        raise ContentError([dataclasses.replace(p, severity="error") for p in warnings])
    theme = Theme(paths.templates, content.site.language)
    files = Renderer(content, theme).render_all()
    target = Path(out) if out is not None else paths.output
    try:
        report = write_site(files, target)
    except OSError as exc:  # unwritable folder, a symlink loop, a full disk: the old site is kept
        raise ClaimTimelineError(f"cannot write the site into {display_path(target)}: "
                                 f"{exc.strerror or exc}{_at(exc, target)}; the previous site was kept") from None
    return BuildResult(content, report, warnings, target, awaiting)


def check_output_folder(paths: SitePaths, out: Path) -> None:
    """Refuse an --out folder a build would wreck: the site's own files, or a folder a build did not make.

    A build replaces the whole output folder, so (issue 8) `--out content` deleted the sources
    and `--out ~/Documents` would delete everything in it.
    """
    target = Path(os.path.realpath(out))
    shown = display_path(out)
    if target == Path(os.path.realpath(paths.root)):
        raise ClaimTimelineError(f"--out {shown}: refusing to build into the site folder itself "
                                 "(a build replaces the whole output folder); choose a new or empty folder")
    for name, kept in (("content/", paths.content), ("templates/", paths.templates)):
        kept = Path(os.path.realpath(kept))
        if target == kept or target in kept.parents or kept in target.parents:
            raise ClaimTimelineError(f"--out {shown}: refusing to build there: it holds or is inside the site's "
                                     f"{name} folder (a build replaces the whole output folder)")
    if target.exists() and not target.is_dir():
        raise ClaimTimelineError(f"--out {shown}: refusing to build there: it is a file, not a folder")
    if target.is_dir() and not (target / MARKER).is_file() and _has_files(target):
        raise ClaimTimelineError(f"--out {shown}: refusing to build there: the folder is not empty and was not "
                                 f"made by a build (it has no {MARKER} file); choose a new or empty folder")


def _has_files(folder: Path) -> bool:
    """Whether a folder holds anything (an unreadable one counts as holding something)."""
    try:
        return any(folder.iterdir())
    except OSError:
        return True


def _at(exc: OSError, target: Path) -> str:
    """' (path)' naming the file an OS error was about, when it says one other than the target."""
    if not exc.filename or os.path.abspath(exc.filename) == os.path.abspath(target):
        return ""
    return f" ({display_path(Path(exc.filename))})"
