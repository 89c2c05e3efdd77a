"""An installed wheel carries the theme and the scaffold: init and build work outside this repository."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import REPO

pytestmark = pytest.mark.slow


def test_wheel_installs_and_builds_a_site_outside_the_repository(tmp_path: Path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(REPO)],
                   check=True, capture_output=True, text=True)
    wheel = next(dist.glob("claim_timeline-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "generator/theme/base.html" in names and "generator/theme/assets/style.css" in names
    assert "generator/theme/messages/fr.yaml" in names
    assert any(n.startswith("generator/scaffold/content/events/") for n in names)

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    pip = env_dir / "bin" / "pip"
    subprocess.run([str(pip), "install", "--quiet", str(wheel)], check=True, capture_output=True, text=True)

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    # A clean environment: nothing of this checkout on the path, run from an unrelated folder.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    tool = str(env_dir / "bin" / "claim-timeline")
    init = subprocess.run([tool, "init", "my-site"], cwd=outside, env=env, capture_output=True, text=True)
    assert init.returncode == 0, init.stderr
    build = subprocess.run([tool, "--site", "my-site", "build"], cwd=outside, env=env, capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    index = (outside / "my-site/site/index.html").read_text(encoding="utf-8")
    assert "The council votes to rebuild the bridge" in index
    assert (outside / "my-site/site/assets/style.css").is_file()
    where = subprocess.run([str(env_dir / "bin" / "python"), "-c", "import generator; print(generator.__file__)"],
                           cwd=outside, env=env, capture_output=True, text=True, check=True)
    assert str(env_dir) in where.stdout  # the installed copy, not this checkout
