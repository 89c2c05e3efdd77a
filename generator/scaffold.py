"""claim-timeline init: a new site folder with an example source, its events and an empty templates/."""

from __future__ import annotations

import shutil
from pathlib import Path

from .errors import ClaimTimelineError

SCAFFOLD = Path(__file__).parent / "scaffold"


def init_site(directory: Path) -> list[Path]:
    """Create a working site in ``directory``, which must be empty or absent; return the files made."""
    directory = Path(directory)
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise ClaimTimelineError(f"{directory} already exists and is not empty: choose a new folder")
    created: list[Path] = []
    for path in sorted(SCAFFOLD.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            target = directory / path.relative_to(SCAFFOLD)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
            created.append(target)
    (directory / "templates").mkdir(parents=True, exist_ok=True)
    return created
