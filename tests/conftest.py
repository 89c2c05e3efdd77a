"""Shared fixtures: real site folders in temporary directories, and the CLI run in-process."""

from __future__ import annotations

import shutil
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.cli import main

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"


@dataclass
class CliResult:
    """What a command printed and returned."""

    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]):
    """Run claim-timeline in-process, as a user would from the shell."""

    def run(*args: str | Path) -> CliResult:
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def write(path: Path, text: str) -> Path:
    """Write a file, dedented, creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


@pytest.fixture
def small_site(tmp_path: Path) -> Path:
    """A minimal valid site: one English source and two events."""
    root = tmp_path / "site-root"
    write(root / "content/site.yaml", """
        title: Test timeline
        language: en
        locale: en_GB
        base_url: https://example.org/sub/path/
        """)
    write(root / "content/sources/city-paper.md", """
        ---
        title: The bridge reopens
        published: 2024-03-14
        language: en
        publisher: City Paper
        url: https://example.org/bridge
        ---
        The bridge closed in November 2022. It reopened on Tuesday.
        """)
    write(root / "content/events/bridge-closed.yaml", """
        title: The bridge closes
        date: 2022-11
        status: reviewed
        sources:
          - source: city-paper
            quote: The bridge closed in November 2022.
        """)
    write(root / "content/events/bridge-reopens.yaml", """
        title: The bridge reopens
        date: 2024-03-12
        status: reviewed
        sources:
          - source: city-paper
            quote: It reopened on Tuesday.
        """)
    return root


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under a folder with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def copy_example_site(tmp_path: Path) -> Path:
    """A copy of the repository's example site (content/ only; the theme comes from the package)."""
    root = tmp_path / "example"
    shutil.copytree(REPO / "content", root / "content")
    return root
