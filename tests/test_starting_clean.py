"""Starting clean (issue 11): init --empty, the Next: lines of the real workflow, and the placeholder base_url."""

from __future__ import annotations

from conftest import copy_example_site, write


def test_init_empty_makes_a_site_without_example_content_that_builds(tmp_path, run_cli):
    target = tmp_path / "story"
    result = run_cli("init", "--empty", target)
    assert result.code == 0, result.err
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*")) == [
        "content", "content/actors.yaml", "content/events", "content/site.yaml", "content/sources", "templates"]
    assert "Riverside" not in (target / "content/actors.yaml").read_text(encoding="utf-8")
    built = run_cli("--site", target, "build")
    assert built.code == 0, built.err
    assert "Built 0 events" in built.out
    assert run_cli("--site", target, "review").out == "Nothing to review: every event is reviewed.\n"


def test_init_says_the_next_steps_of_the_real_workflow(tmp_path, run_cli):
    result = run_cli("init", tmp_path / "story")
    lines = result.out.splitlines()
    steps = [line.split()[1] for line in lines[lines.index("Next:") + 2:]]
    assert lines[lines.index("Next:") + 1] == f"  cd {tmp_path / 'story'}"
    assert steps == ["add", "extract", "review", "serve"]


def test_build_warns_while_base_url_is_the_placeholder(tmp_path, run_cli):
    target = tmp_path / "story"
    run_cli("init", "--empty", target)
    result = run_cli("--site", target, "build")
    assert ("content/site.yaml:6:11: warning: base_url is still the placeholder written by init: set the address "
            "the site will be published at") in result.err
    assert "    base_url: https://example.org/timeline/\n              ^" in result.err
    assert run_cli("--site", target, "build", "--strict").code == 1
    config = target / "content/site.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("https://example.org/timeline/",
                                                                 "https://news.example.net/bridge/"), encoding="utf-8")
    again = run_cli("--site", target, "build")
    assert again.code == 0 and "placeholder" not in again.err


def test_the_first_real_article_goes_through_add_extract_review_build(tmp_path, run_cli):
    target = tmp_path / "story"
    run_cli("init", "--empty", target)
    article = write(tmp_path / "ferry.txt", """
        The ferry service closed in November 2022 after a storm damaged the pier.
        """)
    added = run_cli("--site", target, "add", article, "--published", "2024-03-14", "--lang", "en",
                    "--title", "The ferry will not sail")
    assert added.code == 0, added.err
    assert run_cli("--site", target, "extract").code == 0
    queue = run_cli("--site", target, "review")
    assert queue.out.startswith("1 event awaits review, from 1 source")
    built = run_cli("--site", target, "build")
    assert "Built 0 events" in built.out and "1 event awaits review: claim-timeline review" in built.out


def test_the_build_program_says_everything_before_ending_at_once(tmp_path):
    """`python -m generator build` ends without the interpreter's teardown (issue 12): all it printed
    still reaches a pipe, its exit code is kept, and a failed build still says why."""
    import os
    import subprocess
    import sys

    site = copy_example_site(tmp_path)
    buffered = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # as most shells run it
    built = subprocess.run([sys.executable, "-m", "generator", "--site", str(site), "build"],
                           capture_output=True, text=True, timeout=120, env=buffered)
    assert built.returncode == 0, built.stderr
    assert built.stdout.startswith("Built ") and built.stdout.rstrip().endswith("index.html")
    assert (site / "site" / "index.html").is_file()
    (site / "content/events/broken.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    failed = subprocess.run([sys.executable, "-m", "generator", "--site", str(site), "build"],
                            capture_output=True, text=True, timeout=120, env=buffered)
    assert failed.returncode == 1
    assert "broken.yaml:" in failed.stderr and failed.stderr.rstrip().endswith("nothing was written")
