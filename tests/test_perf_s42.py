"""A large first build makes its event pages' folders and files beside its load (issue 12): the same site."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import snapshot
from generator import pool
from generator.build import Builder
from generator.write import generations_dir, premake


@pytest.fixture
def big_site(tmp_path: Path) -> Path:
    from bench.build import synthetic_events, write_claim_timeline_site

    root = tmp_path / "site-root"
    write_claim_timeline_site(root, synthetic_events(60))
    return root


def _pooled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every build with pages to render is a large one, with two workers even on a one-CPU machine."""
    monkeypatch.setattr(pool, "POOL_ABOVE", 1)
    monkeypatch.setattr(pool, "workers", lambda: 2)


def _folders(root: Path) -> list[str]:
    """Every folder under ``root``, empty ones included (snapshot() sees only files)."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_dir())


def _premade_counted(monkeypatch: pytest.MonkeyPatch) -> list[frozenset[str] | None]:
    """What each build's child that made its pages beside sent back, appended as the build reads it."""
    made: list[frozenset[str] | None] = []
    original = Builder._premade_files

    def counted(self: Builder) -> frozenset[str] | None:
        made.append(original(self))
        return made[-1]

    monkeypatch.setattr(Builder, "_premade_files", counted)
    return made


def _single(site: Path, tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the site built by one process, without anything made beside."""
    single = tmp_path / "single"
    shutil.copytree(site, single)
    with monkeypatch.context() as patch:
        patch.setattr(pool, "POOL_ABOVE", 10**9)
        assert run_cli("--site", single, "build").code == 0
    return single


def test_a_first_build_with_premade_pages_is_the_site_one_process_builds(big_site: Path, tmp_path: Path, run_cli,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The premade pages are filled, a draft's premade page is gone from both generations, each page is one
    file linked into both, and the next build after an edit starts from them as from any first build."""
    draft = big_site / "content/events/event-000007.yaml"
    draft.write_text(draft.read_text(encoding="utf-8").replace("status: reviewed", "status: extracted"),
                     encoding="utf-8")
    single = _single(big_site, tmp_path, run_cli, monkeypatch)
    _pooled(monkeypatch)
    made = _premade_counted(monkeypatch)
    assert run_cli("--site", big_site, "build").code == 0
    assert len(made) == 1 and made[0] is not None and len(made[0]) == 60
    site = big_site / "site"
    assert snapshot(site) == snapshot(single / "site")
    assert _folders(site) == _folders(single / "site")
    assert not (site / "events/event-000007").exists()
    gens = generations_dir(site)
    assert _folders(gens / "a") == _folders(gens / "b")
    page = "events/event-000008/index.html"
    assert os.stat(gens / "a" / page).st_ino == os.stat(gens / "b" / page).st_ino
    assert os.stat(gens / "a" / page).st_size > 0
    for root in (big_site, single):  # an edit, then the next build: the same site again
        path = root / "content/events/event-000010.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace("title: ", "title: Edited, "), encoding="utf-8")
    assert run_cli("--site", big_site, "build").code == 0
    monkeypatch.setattr(pool, "POOL_ABOVE", 10**9)
    assert run_cli("--site", single, "build").code == 0
    assert snapshot(site) == snapshot(single / "site")
    assert _folders(site) == _folders(single / "site")


def test_pages_are_premade_only_for_a_first_build_and_a_failed_child_changes_nothing(
        big_site: Path, tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """A site there already is never premade into; a child that fails leaves the build to make everything."""
    single = _single(big_site, tmp_path, run_cli, monkeypatch)
    _pooled(monkeypatch)
    made = _premade_counted(monkeypatch)

    def failing(out: Path, rels):  # type: ignore[no-untyped-def]
        (Path(out).parent / "half-made").mkdir()  # made in the child, seen by the test
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("generator.build.premake", failing)
    assert run_cli("--site", big_site, "build").code == 0
    assert made == [None] and (big_site / "half-made").is_dir()
    assert snapshot(big_site / "site") == snapshot(single / "site")
    shutil.rmtree(big_site / ".cache")
    assert run_cli("--site", big_site, "build").code == 0  # a site is there: no child at all
    assert made == [None, None]
    assert snapshot(big_site / "site") == snapshot(single / "site")
    assert _folders(big_site / "site") == _folders(single / "site")


def test_premake_refuses_a_place_where_a_site_or_its_generations_are(tmp_path: Path) -> None:
    """Files made beside a build never go into a site that exists: only a first build's generations are new."""
    out = tmp_path / "public"
    assert premake(out, ["events/x/index.html", "events/y/index.html"]) == ["events/x/index.html",
                                                                               "events/y/index.html"]
    gens = generations_dir(out)
    assert os.stat(gens / "a/events/x/index.html").st_ino == os.stat(gens / "b/events/x/index.html").st_ino
    with pytest.raises(FileExistsError):
        premake(out, ["events/z/index.html"])  # its generations are there now
    shutil.rmtree(gens)
    out.mkdir()
    with pytest.raises(FileExistsError):
        premake(out, ["events/z/index.html"])
    assert not gens.exists()


def test_a_build_that_fails_after_premaking_leaves_no_site_and_the_next_one_builds_it(
        big_site: Path, tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """A template error once the pages are premade: no site/, and the next build makes the same site as one
    process would, with no folder left from the failed one."""
    single = _single(big_site, tmp_path, run_cli, monkeypatch)
    _pooled(monkeypatch)
    template = big_site / "templates/event.html"
    template.parent.mkdir(parents=True, exist_ok=True)
    template.write_text("{% extends 'base.html' %}{% block main %}{{ nothing.at.all }}{% endblock %}",
                        encoding="utf-8")
    failed = run_cli("--site", big_site, "build")
    assert failed.code != 0
    assert not os.path.lexists(big_site / "site")
    template.unlink()
    assert run_cli("--site", big_site, "build").code == 0
    assert snapshot(big_site / "site") == snapshot(single / "site")
    assert _folders(big_site / "site") == _folders(single / "site")
