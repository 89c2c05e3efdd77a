"""Killed at any moment, `build` and `extract` leave the old or the new state, and the next run finishes the job.

Each run is a forked child of this process (everything already imported, so a run takes a fraction of a
second and many kills fit in a few seconds), killed with SIGKILL after a delay drawn with a fixed seed.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path


from conftest import REPO, snapshot
from generator.cli import main
from generator.scaffold import init_site

KILLS = 50


def _forked(args: list[str]) -> int:
    """Start ``claim-timeline ARGS`` in a forked child, its output discarded; the child's pid."""
    pid = os.fork()
    if pid == 0:  # the child: run the command, never return into pytest
        code = 70
        try:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                code = main(args) or 0
        finally:
            os._exit(code)
    return pid


def _run_then_kill(args: list[str], delay: float) -> bool:
    """Run the command and SIGKILL it after ``delay`` seconds; whether the kill came before it ended."""
    pid = _forked(args)
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            return False
        time.sleep(0.002)
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status)


def _timed(args: list[str]) -> float:
    """Seconds a complete run takes (the child must succeed)."""
    start = time.monotonic()
    _, status = os.waitpid(_forked(args), 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, status
    return time.monotonic() - start


def _set_title(site: Path, title: str) -> None:
    path = site / "content/events/mill-street-bridge-closed.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[0] = f"title: {title}"
    path.write_text("\n".join(lines), encoding="utf-8")


def _leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith((".site.new-", ".site.old-")))


def test_a_killed_build_leaves_the_old_or_the_new_site_and_the_next_build_cleans_up(tmp_path: Path):
    site = tmp_path / "s"
    init_site(site)
    states = {}
    for title in ("Mill Street bridge closed", "Mill Street bridge shut to traffic"):
        _set_title(site, title)
        main(["--site", str(site), "build"])
        states[title] = snapshot(site / "site")
    assert len({json.dumps(sorted((k, hashlib.sha256(v).hexdigest()) for k, v in s.items())) for s in states.values()}) == 2
    titles = list(states)
    duration = _timed(["--site", str(site), "build"])
    rng = random.Random(8)
    current, killed, finished = titles[1], 0, 0
    while killed < KILLS:
        target = titles[0] if current == titles[1] else titles[1]
        _set_title(site, target)
        if _run_then_kill(["--site", str(site), "build"], rng.uniform(0, duration * 1.2)):
            killed += 1
        else:
            finished += 1
        now = snapshot(site / "site")
        assert now in (states[current], states[target]), f"after kill {killed}: site/ is neither build"
        current = target if now == states[target] else current
    assert main(["--site", str(site), "build"]) == 0
    assert snapshot(site / "site") == states[target]  # the content's last title
    assert _leftovers(site) == [], "a killed build's folders were not removed by the next build"


def _article(published: str, sentences: int) -> str:
    lines = [f"---\ntitle: Le conseil du quartier\npublished: {published}\nlanguage: fr\n---\n"]
    for i in range(sentences):
        # Dated by publication or by relative words: a new `published` changes every event's date.
        lines.append(f"La commission numéro {i} a voté mardi dernier la rénovation de la place du marché {i}.\n")
    return "\n".join(lines)


def _events_state(content: Path) -> tuple[dict[str, bytes], bytes]:
    events = {p.name: p.read_bytes() for p in sorted((content / "events").iterdir()) if not p.name.startswith(".")}
    return events, (content / ".extracted.json").read_bytes()


def test_a_killed_extract_leaves_each_event_file_old_or_new_and_the_record_knows_them(tmp_path: Path):
    site = tmp_path / "s"
    init_site(site, empty=True)
    source = site / "content/sources/conseil.md"
    args = ["--site", str(site), "extract", "--jobs", "1"]
    states = {}
    for published in ("2024-03-06", "2024-03-13"):
        source.write_text(_article(published, 40), encoding="utf-8")
        assert main(args) == 0
        states[published] = _events_state(site / "content")
    old, new = states["2024-03-06"], states["2024-03-13"]
    assert old[0].keys() == new[0].keys() and len(old[0]) == 40
    assert all(old[0][name] != new[0][name] for name in old[0])  # every file changes each time
    duration = _timed(args)  # nothing to write: the time to read and decide
    source.write_text(_article("2024-03-06", 40), encoding="utf-8")
    duration = max(duration, _timed(args))  # 40 files to rewrite
    rng = random.Random(8)
    current, killed = "2024-03-06", 0
    while killed < KILLS:
        target = "2024-03-13" if current == "2024-03-06" else "2024-03-06"
        source.write_text(_article(target, 40), encoding="utf-8")
        if _run_then_kill(args, rng.uniform(0, duration * 1.2)):
            killed += 1
        events, record_bytes = _events_state(site / "content")
        record = json.loads(record_bytes)["events"]  # never half written
        assert events.keys() == old[0].keys()
        for name, data in events.items():
            assert data in (old[0][name], new[0][name]), f"{name} is half written"
            entry = record[name.removesuffix(".yaml")]
            # The record lists or announces every file's bytes: the next run knows them as its own.
            assert hashlib.sha256(data).hexdigest() in (entry.get("sha256"), entry.get("next")), name
        # The next complete run reaches the new state exactly: no file taken for a person's edit.
        assert main(args) == 0
        assert _events_state(site / "content") == states[target], f"after kill {killed}"
        current = target


def test_two_extracts_at_once_the_second_is_refused_with_a_message(tmp_path: Path):
    site = tmp_path / "s"
    init_site(site)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import fcntl, os, sys; fd = os.open(sys.argv[1], os.O_RDONLY); fcntl.flock(fd, fcntl.LOCK_EX);"
         " print('locked', flush=True); sys.stdin.read()", str(site / "content")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        second = subprocess.run([sys.executable, "-m", "generator", "--site", str(site), "extract"],
                                capture_output=True, text=True, cwd=REPO, timeout=120)
        assert second.returncode == 1, second.stdout + second.stderr
        assert "another extract is writing to" in second.stderr and "wait for it to finish" in second.stderr
        assert "Traceback" not in second.stderr
        assert not (site / "content/.extracted.json").exists()  # it wrote nothing
    finally:
        holder.communicate("", timeout=10)
    # Once the first is done (its process gone, its lock with it), extraction runs.
    third = subprocess.run([sys.executable, "-m", "generator", "--site", str(site), "extract"],
                           capture_output=True, text=True, cwd=REPO, timeout=120)
    assert third.returncode == 0, third.stderr


def test_two_real_extracts_started_together_never_both_write(tmp_path: Path):
    """Two real processes: each either finishes or is refused with the message; the files end complete."""
    site = tmp_path / "s"
    init_site(site, empty=True)
    source = site / "content/sources/conseil.md"
    source.write_text(_article("2024-03-06", 120), encoding="utf-8")
    command = [sys.executable, "-m", "generator", "--site", str(site), "extract", "--jobs", "1"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
            for _ in range(2)]
    outcomes = [(run.wait(timeout=120), run.stderr.read()) for run in runs]
    for code, err in outcomes:
        assert code == 0 or (code == 1 and "another extract is writing to" in err), err
        assert "Traceback" not in err
    assert main(["--site", str(site), "extract"]) == 0
    assert main(["--site", str(site), "check"]) == 0


def test_the_next_extract_removes_what_a_killed_one_left_in_content(tmp_path: Path):
    from generator.eventfile import STALE_TEMP_SECONDS

    site = tmp_path / "s"
    init_site(site, empty=True)
    (site / "content/sources/conseil.md").write_text(_article("2024-03-06", 3), encoding="utf-8")
    (site / "content/events").mkdir(exist_ok=True)
    left = [site / "content/events/.la-commission.yaml.r4nd.tmp", site / "content/.extracted.json.x1y2.tmp"]
    past = time.time() - STALE_TEMP_SECONDS - 60
    for path in left:
        path.write_text("half written", encoding="utf-8")
        os.utime(path, (past, past))
    assert main(["--site", str(site), "extract", "--jobs", "1"]) == 0
    assert not any(p.exists() for p in left)
    assert len(list((site / "content/events").glob("*.yaml"))) == 3
