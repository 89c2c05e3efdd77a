"""Issue 8: a slip of the hand or a hostile input never loses a file, hangs, runs a script or ends in a traceback."""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

import pytest

from conftest import snapshot, write
from generator.write import MARKER


# --- 1. build --out never deletes what a build did not make ------------------------------


@pytest.mark.parametrize("out, message", [
    ("content", "--out content: refusing to build there: it holds or is inside the site's content/ folder "
                "(a build replaces the whole output folder)"),
    ("content/events", "--out content/events: refusing to build there: it holds or is inside the site's content/ "
                       "folder (a build replaces the whole output folder)"),
    ("templates", "--out templates: refusing to build there: it holds or is inside the site's templates/ folder "
                  "(a build replaces the whole output folder)"),
    (".", "--out .: refusing to build into the site folder itself (a build replaces the whole output folder); "
          "choose a new or empty folder"),
    ("..", "--out ..: refusing to build there: it holds or is inside the site's content/ folder "
           "(a build replaces the whole output folder)"),
])
def test_out_refuses_the_sites_own_folders(small_site: Path, run_cli, monkeypatch, out: str, message: str) -> None:
    write(small_site / "templates/notes.txt", "my own file\n")
    before = snapshot(small_site.parent)
    monkeypatch.chdir(small_site)
    result = run_cli("build", "--out", out)
    assert (result.code, result.err) == (1, f"error: {message}\n")
    assert snapshot(small_site.parent) == before


def test_out_refuses_a_folder_with_other_files_and_a_link_to_content(small_site: Path, run_cli, monkeypatch) -> None:
    write(small_site / "mine/thesis.txt", "years of work\n")
    (small_site / "link").symlink_to("content")
    monkeypatch.chdir(small_site)
    result = run_cli("build", "--out", "mine")
    assert (result.code, result.err) == (1, "error: --out mine: refusing to build there: the folder is not empty "
                                            f"and was not made by a build (it has no {MARKER} file); "
                                            "choose a new or empty folder\n")
    assert (small_site / "mine/thesis.txt").read_text() == "years of work\n"
    result = run_cli("build", "--out", "link")
    assert result.code == 1 and "inside the site's content/ folder" in result.err
    assert (small_site / "content/events/bridge-closed.yaml").is_file()


def test_out_rebuilds_a_folder_a_build_made_and_an_empty_one(small_site: Path, run_cli, monkeypatch) -> None:
    monkeypatch.chdir(small_site)
    (small_site / "empty").mkdir()
    assert run_cli("build", "--out", "empty").code == 0
    assert (small_site / "empty" / MARKER).is_file() and (small_site / "empty/index.html").is_file()
    (small_site / "empty/stale.html").write_text("old page")
    again = run_cli("build", "--out", "empty")
    assert again.code == 0 and "1 removed" in again.out
    assert not (small_site / "empty/stale.html").exists()
    assert run_cli("build").code == 0 and (small_site / "site" / MARKER).is_file()


# --- 4. an unwritable or looping output folder is a message ---------------------------------


def test_symlink_loop_as_site_folder_is_a_message(small_site: Path, run_cli, monkeypatch) -> None:
    (small_site / "site").symlink_to("site")
    monkeypatch.chdir(small_site)
    result = run_cli("build")
    assert (result.code, result.err) == (
        1, "error: cannot write the site into site: Too many levels of symbolic links; the previous site was kept\n")
    assert os.readlink(small_site / "site") == "site"


def test_unwritable_output_folder_is_a_message(small_site: Path, run_cli, monkeypatch) -> None:
    # The tests run as root, which chmod cannot stop: the refusal the OS gives a user is planted instead,
    # where every build must write beside site/ (the link to the new generation).
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(small_site / "site"))

    monkeypatch.setattr(os, "symlink", refuse)
    monkeypatch.chdir(small_site)
    result = run_cli("build")
    assert (result.code, result.err) == (
        1, "error: cannot write the site into site: Permission denied; the previous site was kept\n")


# --- 2. YAML limits: alias bombs, deep nesting and huge files are refused fast -----------------

REPO = Path(__file__).resolve().parent.parent
GOOD_SOURCES = "sources:\n  - source: city-paper\n"


def alias_bomb(first_key: str) -> str:
    """Ten levels of ten aliases (10^10 values once expanded) in about 600 bytes, the first under ``first_key``."""
    lines = [f"{first_key}: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"f{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    return "\n".join(lines) + "\n"


def run_bounded(*args: str | Path, timeout: float = 60) -> "subprocess.CompletedProcess[str]":
    """The command line in a child process with a time limit: a regression here would hang or eat the memory."""
    import sys

    return subprocess.run([sys.executable, "-m", "generator", *map(str, args)], capture_output=True, text=True,
                          cwd=REPO, timeout=timeout)


# f4 holds 1 + 10 * 11,111 = 111,111 values: the first past 100,000, so the one named. Its node
# starts at its anchor, column 5.
BOMB_MESSAGE = "the YAML holds more than 100,000 values once its aliases (*name) are expanded (the limit is 100,000)"


def test_alias_bomb_in_an_event_date_is_refused_fast(small_site: Path) -> None:
    path = small_site / "content/events/bomb.yaml"
    path.write_text("title: Bomb\n" + alias_bomb("date") + GOOD_SOURCES, encoding="utf-8")
    for command in ("check", "build"):
        result = run_bounded("--site", small_site, command)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert f"/content/events/bomb.yaml:6:5: {BOMB_MESSAGE}\n    f4: &a4 [*a3, " in result.stderr, result.stderr
        assert len(result.stderr) < 2000
    assert not (small_site / "site").exists()


def test_alias_bomb_in_a_source_front_matter_is_refused_fast(small_site: Path, tmp_path: Path) -> None:
    bomb = "---\ntitle: Bomb\npublished: 2024-01-02\nlanguage: en\n" + alias_bomb("publisher") + "---\nText.\n"
    (small_site / "content/sources/bomb.md").write_text(bomb, encoding="utf-8")
    result = run_bounded("--site", small_site, "check")
    # The front matter starts on line 2: f4 is on line 9 of the file.
    assert result.returncode == 1
    assert f"/content/sources/bomb.md:9:5: {BOMB_MESSAGE}\n" in result.stderr, result.stderr
    # `add` reads front matter too: the bomb is ignored like any unreadable front matter.
    (tmp_path / "article.md").write_text(bomb, encoding="utf-8")
    result = run_bounded("--site", small_site, "add", tmp_path / "article.md")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "no title found: pass --title" in result.stderr, result.stderr


def test_yaml_nested_a_thousand_deep_is_a_located_message(small_site: Path, run_cli) -> None:
    text = "title: Deep\ndate: " + "[" * 1000 + "]" * 1000 + "\n" + GOOD_SOURCES
    (small_site / "content/events/deep.yaml").write_text(text, encoding="utf-8")
    result = run_cli("--site", small_site, "build")
    # "date: " is 6 characters; the root mapping is level 1, the n-th '[' level n + 1 at column 6 + n:
    # level 101 is the 100th '[', column 106. The line is echoed cut to 120 characters around it.
    assert result.code == 1
    assert "content/events/deep.yaml:2:106: the YAML is nested more than 100 levels deep (the limit is 100)\n" \
           "    …" + "[" * 118 + "…\n" in result.err, result.err


def test_files_over_the_size_limits_are_not_read(small_site: Path, run_cli) -> None:
    (small_site / "content/events/huge.yaml").write_text(
        "title: Huge\ndate: 2024\n" + GOOD_SOURCES + "body: " + "x" * 1_000_000 + "\n", encoding="utf-8")
    (small_site / "content/sources/huge.md").write_text(
        "---\ntitle: T\npublished: 2024-01-02\nlanguage: en\n---\n" + "word " * 4_000_001, encoding="utf-8")
    (small_site / "content/sources/long-front.md").write_text(
        "---\ntitle: T\npublished: 2024-01-02\nlanguage: en\nnote: " + "y" * 1_000_000 + "\n---\nText\n",
        encoding="utf-8")
    result = run_cli("--site", small_site, "check")
    assert result.code == 1
    assert "content/events/huge.yaml:1:1: the file is larger than 1 MB, the limit for a YAML file " \
           "(an event, site.yaml, actors.yaml): it was not read\n" in result.err, result.err
    assert "content/sources/huge.md:1:1: the file is larger than 20 MB, the limit for a source: it was not read\n" \
           in result.err
    assert "content/sources/long-front.md:2:1: the front matter is longer than 1 MB (the limit for the YAML " \
           "of a source): it was not read\n" in result.err
    assert "3 error(s): nothing was written" in result.err


def test_a_long_value_is_not_echoed_whole(small_site: Path, run_cli) -> None:
    (small_site / "content/events/long.yaml").write_text(
        "title: Long\ndate: '" + "9" * 5000 + "'\n" + GOOD_SOURCES, encoding="utf-8")
    result = run_cli("--site", small_site, "check")
    assert result.code == 1
    assert f"content/events/long.yaml:2:7: invalid date: '{'9' * 39}…' is not a date: write 2024" in result.err
    assert len(result.err) < 1000


# --- 4. names that slug alike, far-future dates, very long names ---------------------------------


def test_names_that_slug_alike_get_pages_of_their_own(small_site: Path, run_cli) -> None:
    import html
    import re

    long_name = "A" * 5000
    actors = ["AI", "ai", "Élysée", "Elysee", "Путин", "北京", long_name]
    tags = ["C++", "C#", "ai", "AI"]
    (small_site / "content/events/names.yaml").write_text(
        "title: Names\ndate: 2024\nstatus: reviewed\nactors: [" + ", ".join(f'"{a}"' for a in actors) + "]\n"
        "tags: [" + ", ".join(f'"{t}"' for t in tags) + "]\n" + GOOD_SOURCES, encoding="utf-8")
    for command in ("check", "build"):
        result = run_cli("--site", small_site, command)
        assert result.code == 0 and result.err == "", result.err
    site = small_site / "site"
    page = (site / "events/names/index.html").read_text(encoding="utf-8")
    for folder, names, prefix in (("actors", actors, ""), ("tags", tags, "#")):
        links = dict(re.findall(rf'href="\.\./\.\./{folder}/([^"/]+)/">{re.escape(prefix)}([^<]+)<', page))
        assert sorted(map(html.unescape, links.values())) == sorted(names)  # one link per name, each its own
        for slug, name in links.items():
            assert len(slug) <= 60 and re.fullmatch(r"[a-z0-9-]+", slug)
            heading = (site / folder / slug / "index.html").read_text(encoding="utf-8")
            assert f"<h1>{prefix}{name}</h1>" in heading  # the link leads to that name's own page
    # The name that is its own slug keeps it; non-Latin names are not all 'x'; the same build twice, same slugs.
    assert (site / "actors/ai/index.html").is_file() and not (site / "actors/x").exists()
    before = sorted(p.name for p in (site / "actors").iterdir())
    assert run_cli("--site", small_site, "build").code == 0
    assert sorted(p.name for p in (site / "actors").iterdir()) == before


@pytest.mark.parametrize("date, message", [
    ("9999-12-31", "'9999-12-31': the period ends after the year 9998, the last one a date may be in"),
    ("9998-WI", "'9998-WI': the period ends after the year 9998, the last one a date may be in"),
    ("999X", "'999X': the period ends after the year 9998, the last one a date may be in"),
])
def test_dates_ending_in_the_year_9999_are_located(small_site: Path, run_cli, date: str, message: str) -> None:
    (small_site / "content/events/far.yaml").write_text(
        f"title: Far\ndate: {date}\nstatus: reviewed\n" + GOOD_SOURCES, encoding="utf-8")
    for command in ("check", "build"):
        result = run_cli("--site", small_site, command)
        assert result.code == 1
        assert f"content/events/far.yaml:2:7: invalid date: {message}\n    date: {date}\n" in result.err, result.err


def test_the_last_allowed_date_exports_to_icalendar(small_site: Path, run_cli) -> None:
    import icalendar

    (small_site / "content/events/far.yaml").write_text(
        "title: Far\ndate: 9998-12-31\nstatus: reviewed\n" + GOOD_SOURCES, encoding="utf-8")
    assert run_cli("--site", small_site, "build").code == 0
    calendar = icalendar.Calendar.from_ical((small_site / "site/events.ics").read_bytes())
    far = [e for e in calendar.walk("VEVENT") if str(e["summary"]) == "Far"][0]
    assert str(far["dtend"].to_ical(), "ascii") == "99990101"


# --- 3. every address a reader can click is http(s) or relative --------------------------------


def test_a_script_url_is_text_never_a_link(small_site: Path, run_cli) -> None:
    import json

    (small_site / "content/sources/trap.md").write_text(
        "---\ntitle: Trap\npublished: 2024-03-01\nlanguage: en\nurl: \"JavaScript:alert(1)\"\n---\nText.\n",
        encoding="utf-8")
    (small_site / "content/events/trap.yaml").write_text(
        "title: <img src=x onerror=alert(1)>\ndate: 2024-03\nstatus: reviewed\n"
        "sources:\n  - source: trap\n    quote: Text.\n", encoding="utf-8")
    expected = ("content/sources/trap.md:5:6: warning: 'url' is not an http(s) address ('JavaScript:alert(1)'): "
                "it is shown as text, never as a link\n    url: \"JavaScript:alert(1)\"\n         ^\n")
    check = run_cli("--site", small_site, "check")
    assert check.code == 0 and expected in check.err, check.err
    build = run_cli("--site", small_site, "build")
    assert build.code == 0 and expected in build.err
    site = small_site / "site"
    for path in site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json", ".ics"):
            text = path.read_text(encoding="utf-8").lower()
            assert "href=\"javascript" not in text and "cite=\"javascript" not in text, path
            if path.name not in ("events.json", "events.ics"):  # plain text, not HTML: the title as written
                assert "<img src=x" not in text, path
    assert "— JavaScript:alert(1)</p>" in (site / "sources/trap/index.html").read_text(encoding="utf-8")
    slide = [s for s in json.loads((site / "timeline.json").read_text())["events"] if s["unique_id"] == "trap"][0]
    # TimelineJS inserts the headline as HTML: it is escaped; the source is cited without a link.
    assert slide["text"]["headline"] == "&lt;img src=x onerror=alert(1)&gt;"
    assert "<a " not in slide["text"]["text"] and "Trap, published" in slide["text"]["text"]
    events = json.loads((site / "events.json").read_text())
    assert [s["url"] for s in events["sources"] if s["id"] == "trap"] == [None]


@pytest.mark.parametrize("url, ok", [
    ("https://example.org/a?b=c#d", True), ("http://example.org", True), ("/relative/page", True),
    ("page.html", True), ("javascript:alert(1)", False), ("JAVASCRIPT:alert(1)", False),
    ("java\tscript:alert(1)", False), (" javascript:alert(1)", False), ("data:text/html,<script>", False),
    ("vbscript:x", False), ("https://", False), ("file:///etc/passwd", False), ("\x01javascript:x", False),
])
def test_which_addresses_may_be_links(url: str, ok: bool) -> None:
    from generator.model import is_link_url

    assert is_link_url(url) is ok


def test_add_refuses_a_script_url(small_site: Path, tmp_path: Path, run_cli) -> None:
    article = write(tmp_path / "article.txt", "A title\n\nSome text of the article.\n")
    result = run_cli("--site", small_site, "add", article, "--published", "2024-01-02", "--lang", "en",
                     "--url", "javascript:alert(1)")
    assert result.code == 1
    assert "--url 'javascript:alert(1)' is not an http(s) address: a source's url becomes a link readers click" \
        in result.err, result.err
    assert sorted(p.name for p in (small_site / "content/sources").iterdir()) == ["city-paper.md"]


def test_a_script_base_url_is_left_out(small_site: Path, run_cli) -> None:
    config = small_site / "content/site.yaml"
    config.write_text(config.read_text().replace("https://example.org/sub/path/", "javascript:alert(1)//"))
    result = run_cli("--site", small_site, "build")
    assert result.code == 0
    assert "content/site.yaml:4:11: warning: 'base_url' must be an http(s) address, found 'javascript:alert(1)//': " \
           "it is left out\n" in result.err, result.err
    assert "javascript" not in (small_site / "site/index.html").read_text(encoding="utf-8")


# --- 7. control and bidi override characters never reach an output ------------------------------


def test_control_characters_are_removed_at_load_with_a_located_warning(small_site: Path, run_cli) -> None:
    import xml.etree.ElementTree as ElementTree

    import icalendar

    (small_site / "content/sources/ctrl.md").write_text(
        "---\ntitle: \"Ctrl \\e[31m\"\npublished: 2024-03-01\nlanguage: en\n---\n"
        "Line one.\nThe vote\x00 was\x0b held\x1b[2J in March 2024\u202e.\n", encoding="utf-8")
    (small_site / "content/events/ctrl.yaml").write_text(
        "title: Vote\x9b held \u2066here\u2069\ndate: 2024-03\nstatus: reviewed\ntags: [\"t\\x07ag\"]\n"
        "sources:\n  - source: ctrl\n    quote: \"The vote \\0was held\"\n", encoding="utf-8")
    result = run_cli("--site", small_site, "build")
    assert result.code == 0, result.err
    # Each warning points at the first character removed in the file ("The vote" is 8 characters: NUL is the
    # 9th of line 7; "title: Vote" 11: U+009B is the 12th), or at the YAML value written with escapes.
    assert "content/sources/ctrl.md:7:9: warning: 4 control or bidi override character(s) removed " \
           "(U+0000, U+000B, U+001B, U+202E): they would corrupt the pages, the feed and the calendar\n" \
           "    The vote\ufffd was\ufffd held\ufffd[2J in March 2024\ufffd.\n" + " " * 12 + "^\n" in result.err, result.err
    assert "content/sources/ctrl.md:2:8: warning: control or bidi override character(s) removed (U+001B) " \
           "from 'title'" in result.err
    assert "content/events/ctrl.yaml:1:12: warning: 3 control or bidi override character(s) removed " \
           "(U+009B, U+2066, U+2069)" in result.err
    assert "content/events/ctrl.yaml:4:8: warning: control or bidi override character(s) removed (U+0007) " \
           "from 'an item of 'tags''" in result.err
    assert "content/events/ctrl.yaml:7:12: warning: control or bidi override character(s) removed (U+0000) " \
           "from 'quote'" in result.err
    site = small_site / "site"
    from generator.model import UNSAFE_CHARACTERS

    for path in site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json", ".ics"):
            assert not UNSAFE_CHARACTERS.search(path.read_text(encoding="utf-8")), path
    feed = ElementTree.parse(site / "feed.xml").getroot()  # a real XML parser: NUL or ESC would fail here
    titles = [e.findtext("{http://www.w3.org/2005/Atom}title") for e in feed.iter("{http://www.w3.org/2005/Atom}entry")]
    assert "March 2024 — Vote held here" in titles
    calendar = icalendar.Calendar.from_ical((site / "events.ics").read_bytes())
    assert "Vote held here" in [str(e["summary"]) for e in calendar.walk("VEVENT")]
    assert "The vote was held" in (site / "events/ctrl/index.html").read_text(encoding="utf-8")


# --- 6. nothing outside the site folder is read, published or echoed --------------------------------

SECRET = "secret-token-4f9e"


def test_symlinks_in_content_are_skipped_and_never_echoed(small_site: Path, tmp_path: Path, run_cli) -> None:
    outside = write(tmp_path / "elsewhere/private.md",
                    f"---\ntitle: {SECRET}\npublished: 2024-01-02\nlanguage: en\n---\n{SECRET}\n")
    write(tmp_path / "elsewhere/event.yaml", f"title: [{SECRET}\ndate: 2024\n")
    (small_site / "content/sources/linked.md").symlink_to(outside)
    (small_site / "content/events/linked.yaml").symlink_to(tmp_path / "elsewhere/event.yaml")
    (small_site / "content/events/folder").symlink_to(tmp_path / "elsewhere")
    (small_site / "content/events/loop.yaml").symlink_to("loop.yaml")
    for command in ("check", "build"):
        result = run_cli("--site", small_site, command)
        assert result.code == 0, result.err
        assert SECRET not in result.out + result.err
        for name in ("sources/linked.md", "events/linked.yaml", "events/folder", "events/loop.yaml"):
            assert f"content/{name}:1:1: warning: a symbolic link: skipped (only files inside the site folder " \
                   "are read and published)\n" in result.err, result.err
    for path in (small_site / "site").rglob("*"):
        assert path.is_dir() or SECRET.encode() not in path.read_bytes(), path
    assert not (small_site / "site/sources/linked").exists()


def test_a_linked_site_yaml_is_not_read(small_site: Path, tmp_path: Path, run_cli) -> None:
    config = small_site / "content/site.yaml"
    config.rename(tmp_path / "site.yaml")
    config.symlink_to(tmp_path / "site.yaml")
    result = run_cli("--site", small_site, "check")
    assert result.code == 1
    assert "content/site.yaml:1:1: a symbolic link: not read (only files inside the site folder are read " \
           "and published)\n" in result.err, result.err


@pytest.mark.parametrize("link", ["templates/assets/secret.css", "templates/event.html",
                                  "templates/assets/sub", "templates/messages/en.yaml"])
def test_symlinks_in_templates_stop_the_build_without_reading_them(small_site: Path, tmp_path: Path, run_cli,
                                                                    monkeypatch, link: str) -> None:
    write(tmp_path / "elsewhere/secret.txt", f"{SECRET}\n")
    target = small_site / link
    target.parent.mkdir(parents=True, exist_ok=True)
    target.symlink_to(tmp_path / ("elsewhere" if link.endswith("sub") else "elsewhere/secret.txt"))
    monkeypatch.chdir(small_site)
    result = run_cli("build")
    assert (result.code, result.err) == (1, f"error: {link}: a symbolic link: theme files are not followed "
                                            "through links (copy the file into templates/ instead)\n")
    assert not (small_site / "site").exists()


def test_a_linked_site_folder_is_built_into_its_target(small_site: Path, tmp_path: Path, run_cli) -> None:
    (tmp_path / "published").mkdir()
    (small_site / "site").symlink_to(tmp_path / "published")
    for _ in range(2):
        assert run_cli("--site", small_site, "build").code == 0
    assert os.readlink(small_site / "site") == str(tmp_path / "published")
    assert (tmp_path / "published/index.html").is_file()
    # No stray link or folder: the build cache, and the two generations beside the link's target (issue 12).
    assert sorted(p.name for p in small_site.iterdir()) == [".cache", "content", "site"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == [".published-generations"]


def test_leftovers_of_killed_builds_are_removed_by_the_next_build(small_site: Path, run_cli) -> None:
    import subprocess
    import sys

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)  # a process that has exited: its id is free
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        names = {f".site.new-{dead_pid}-abc123": True, f".site.old-{dead_pid}-x9": True,
                 f".site.new-{alive.pid}-busy": False,  # a build running now keeps its staging folder
                 ".site.new-k2j4h5": False,  # an old-style name, recent: could be a running build's
                 ".site.old-ancient": True,  # an old-style name, untouched for two hours
                 ".sitemap.new-1-x": False, ".other.new-1-x": False}  # not ours
        for name in names:
            write(small_site / name / "index.html", "half a site")
        old = small_site / ".site.old-ancient"
        os.utime(old, (old.stat().st_atime - 7200, old.stat().st_mtime - 7200))
        assert run_cli("--site", small_site, "build").code == 0
        left = {p.name for p in small_site.iterdir() if p.name.startswith(".")}
        kept = {".cache", ".site-generations"}  # the build cache and the site's two generations (issue 12)
        assert left == {name for name, removed in names.items() if not removed} | kept
    finally:
        alive.kill()
        alive.wait()


def test_extract_and_the_theme_read_yaml_within_the_limits(small_site: Path) -> None:
    (small_site / "content/events/bomb.yaml").write_text(
        "title: Bomb\nstatus: reviewed\n" + alias_bomb("date") + "sources:\n  - source: *a9\n    quote: *a9\n",
        encoding="utf-8")
    (small_site / "content/events/deep.yaml").write_text("title: " + "[" * 1000 + "]" * 1000 + "\n")
    result = run_bounded("--site", small_site, "extract", "--dry-run")
    assert "Traceback" not in result.stderr and result.returncode == 0, result.stderr
    (small_site / "content/events/bomb.yaml").unlink()
    (small_site / "content/events/deep.yaml").unlink()
    write(small_site / "templates/messages/en.yaml", alias_bomb("said"))
    result = run_bounded("--site", small_site, "build")
    # The catalog's f4 is on line 5 (its first key is on line 1).
    assert result.returncode == 1 and "templates/messages/en.yaml:5:5: " + BOMB_MESSAGE in result.stderr, result.stderr


def test_links_in_notes_are_http_or_relative(small_site: Path, run_cli) -> None:
    (small_site / "content/events/notes.yaml").write_text(
        "title: Notes\ndate: 2024\nstatus: reviewed\n" + GOOD_SOURCES + "body: |\n"
        "  [ftp](ftp://example.org/f) [script](javascript:alert(1)) [web](https://example.org/w) [here](../x/)\n",
        encoding="utf-8")
    assert run_cli("--site", small_site, "build").code == 0
    page = (small_site / "site/events/notes/index.html").read_text(encoding="utf-8")
    assert '<a rel="noopener noreferrer">ftp</a>' in page and '<a rel="noopener noreferrer">script</a>' in page
    assert '<a href="https://example.org/w" rel="noopener noreferrer">web</a>' in page
    assert '<a href="../x/" rel="noopener noreferrer">here</a>' in page


def test_add_drops_a_script_address_found_in_the_page(small_site: Path, tmp_path: Path, run_cli) -> None:
    page = write(tmp_path / "page.html", """
        <!doctype html><html lang="en"><head><title>Harbour works begin</title>
        <link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="javascript:alert(2)">
        <meta property="article:published_time" content="2024-05-02"></head>
        <body><article><h1>Harbour works begin</h1>
        <p>The harbour works began on Monday after two years of delays, the port authority said.</p>
        <p>The first phase will rebuild the north quay and should end in the spring of 2025.</p>
        </article></body></html>
        """)
    result = run_cli("--site", small_site, "add", page, "--url", "https://example.org/harbour")
    assert result.code == 0, result.err
    added = (small_site / "content/sources/harbour-works-begin.md").read_text(encoding="utf-8")
    assert "url: https://example.org/harbour\n" in added
    # A Markdown article's own front matter is read too: its script address is dropped.
    article = write(tmp_path / "quay.md", "---\ntitle: Quay works begin\npublished: 2024-05-03\nlanguage: en\n"
                                          "url: \"javascript:alert(1)\"\n---\nThe quay works began on Tuesday.\n")
    result = run_cli("--site", small_site, "add", article)
    assert result.code == 0, result.err
    added = (small_site / "content/sources/quay-works-begin.md").read_text(encoding="utf-8")
    assert "javascript" not in added and "\nurl:" not in added


def test_the_review_pages_event_editor_reads_yaml_within_the_limits(small_site: Path) -> None:
    import subprocess
    import sys

    path = small_site / "content/events/bomb.yaml"
    path.write_text("title: Bomb\n" + alias_bomb("date") + GOOD_SOURCES, encoding="utf-8")
    code = ("import sys\nfrom generator.eventfile import EventFile\nfrom generator.errors import ContentError\n"
            f"try:\n    EventFile({str(path)!r})\nexcept ContentError as exc:\n    print(exc)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert f"bomb.yaml:6:5: {BOMB_MESSAGE}" in result.stdout, result.stdout + result.stderr


def test_a_site_left_aside_by_a_killed_swap_is_put_back(small_site: Path, run_cli) -> None:
    import subprocess
    import sys

    dead_pid = int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                                  capture_output=True, text=True).stdout)
    assert run_cli("--site", small_site, "build").code == 0
    # Killed between the fallback swap's two renames: the old site aside, no site/, a staged tree.
    (small_site / "site").rename(small_site / f".site.old-{dead_pid}-a1")
    write(small_site / f".site.new-{dead_pid}-b2/index.html", "half a site")
    write(small_site / "content/sources/city-paper.md",
          (small_site / "content/sources/city-paper.md").read_text().replace("The bridge reopens", "Reopened"))
    result = run_cli("--site", small_site, "build")
    assert result.code == 0, result.err
    import re

    unchanged = int(re.search(r"(\d+) unchanged", result.out).group(1))
    assert unchanged > 0, result.out  # built over the old site, put back (a fresh folder has none unchanged)
    # The build cache and the two generations are no leftovers (issue 12).
    assert sorted(p.name for p in small_site.iterdir()) == [".cache", ".site-generations", "content", "site"]


@pytest.mark.parametrize("size", [0, 10, 65_535, 65_536, 65_537, 99_999, 100_000, 100_001, 200_000])
def test_read_text_reads_a_whole_file_up_to_its_limit_and_refuses_one_byte_more(tmp_path: Path, size: int) -> None:
    # read_text reads a first 64 KiB, then the rest up to one byte past the limit (issue 12): every size
    # around both boundaries gives the file's whole text, or the located refusal.
    from generator.load import read_text

    path = tmp_path / "f.txt"
    path.write_bytes(b"a" * size)
    problems: list = []
    text = read_text(path, problems, limit=100_000)
    if size <= 100_000:
        assert text == "a" * size and problems == []
    else:
        assert text is None and len(problems) == 1 and "the file is larger than" in problems[0].message
