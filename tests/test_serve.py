"""claim-timeline serve: the real server in a subprocess on a temporary site, observed over HTTP and its websocket."""

from __future__ import annotations

import asyncio
import http.client
import json
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from generator.build import build
from generator.scaffold import init_site
from generator.serve import OVERLAY_ID

REPO = Path(__file__).resolve().parent.parent
EVENT = "content/events/mill-street-bridge-closed.yaml"
EVENT_URL = "/events/mill-street-bridge-closed/"


def free_port() -> int:
    """A port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """`python -m generator --site SITE serve` in a subprocess, its output collected line by line."""

    def __init__(self, site: Path, port: int | None = None, extra: tuple[str, ...] = ()):
        self.site = site
        self.port = port or free_port()
        self.lines: list[str] = []
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "generator", "--site", str(site), "serve", "--port", str(self.port), *extra],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=REPO,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        threading.Thread(target=self._read, daemon=True).start()
        self.wait_for_line("press Ctrl-C to stop", timeout=60)
        url_line = next(line for line in self.lines if "serving" in line)
        where = re.search(r" at http://(?:\[(?P<ip6>[^\]]+)\]|(?P<name>[^:/]+)):(?P<port>\d+)/", url_line)
        assert where, url_line
        self.address = where.group("ip6") or where.group("name")
        self.port = int(where.group("port"))

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))

    def wait_for_line(self, text: str, timeout: float = 15, count: int = 1) -> None:
        """Wait until ``count`` lines of the output contain ``text``."""
        deadline = time.monotonic() + timeout
        while sum(text in line for line in self.lines) < count:
            if self.proc.poll() is not None and time.monotonic() > deadline - timeout + 1:
                raise AssertionError("the server stopped:\n" + "\n".join(self.lines))
            if time.monotonic() > deadline:
                raise AssertionError(f"no line with {text!r}:\n" + "\n".join(self.lines))
            time.sleep(0.02)

    def count(self, text: str) -> int:
        """How many output lines contain ``text``."""
        return sum(text in line for line in self.lines)

    def get(self, path: str, headers: dict[str, str] | None = None) -> tuple[int, str, dict[str, str]]:
        """(status, body, headers) of a GET; the path is sent exactly as given."""
        conn = http.client.HTTPConnection(self.address, self.port, timeout=20)
        try:
            conn.request("GET", path, headers=headers or {})
            response = conn.getresponse()
            return response.status, response.read().decode("utf-8", "replace"), dict(response.getheaders())
        finally:
            conn.close()

    def stop(self) -> tuple[int, str]:
        """Ctrl-C; (exit code, everything it printed)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
        try:
            code = self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise
        time.sleep(0.1)
        return code, "\n".join(self.lines)


class Socket:
    """A live-reload client (the protocol livereload.js speaks) on its own thread, collecting reload messages."""

    def __init__(self, port: int, origin: str | None = None, host: str | None = None):
        self.port = port
        self.origin = origin
        self.host = host  # the Host header, as a page whose DNS name was rebound to 127.0.0.1 sends it
        self.reloads: queue.Queue[dict] = queue.Queue()
        self.connected: queue.Queue[BaseException | None] = queue.Queue()
        self.loop = asyncio.new_event_loop()
        threading.Thread(target=self.loop.run_until_complete, args=(self._run(),), daemon=True).start()
        outcome = self.connected.get(timeout=20)
        if outcome is not None:
            raise outcome

    async def _run(self) -> None:
        from tornado.httpclient import HTTPRequest
        from tornado.websocket import websocket_connect

        headers = {"Origin": self.origin} if self.origin else {}
        if self.host:
            headers["Host"] = self.host
        try:
            self.ws = await websocket_connect(HTTPRequest(f"ws://127.0.0.1:{self.port}/livereload", headers=headers))
            await self.ws.write_message(json.dumps({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}))
            hello = json.loads(await self.ws.read_message())
            assert hello["command"] == "hello"
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            self.connected.put(exc)
            return
        self.connected.put(None)
        while (message := await self.ws.read_message()) is not None:
            data = json.loads(message)
            if data.get("command") == "reload":
                self.reloads.put(data)

    def next_reload(self, timeout: float = 15) -> dict:
        """The next reload message; fail if none comes."""
        try:
            return self.reloads.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError("no reload message came") from None

    def no_reload(self, within: float) -> None:
        """Assert that no (further) reload message comes within ``within`` seconds."""
        try:
            extra = self.reloads.get(timeout=within)
        except queue.Empty:
            return
        raise AssertionError(f"an unexpected second reload: {extra}")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A fresh site made by `init`."""
    root = tmp_path / "site-root"
    init_site(root)
    return root


@pytest.fixture
def server(site: Path):
    """The server running on the site; stopped with Ctrl-C afterwards, which must be clean."""
    running = Server(site)
    yield running
    code, output = running.stop()
    assert code == 0, output
    assert "Traceback" not in output, output


def set_title(site: Path, title: str, rel: str = EVENT) -> None:
    """Rewrite an event file's title line, as an editor saving it would."""
    path = site / rel
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[0] = f"title: {title}"
    path.write_text("\n".join(lines), encoding="utf-8")


def test_serves_the_site_on_loopback_with_the_reload_script_added_only_when_served(server: Server, site: Path):
    status, body, headers = server.get("/")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert "/livereload.js?port=" in body
    assert "The mayor says the bridge will not stay closed another winter" in body
    assert any(f"at http://127.0.0.1:{server.port}/" in line and "listening on 127.0.0.1" in line for line in server.lines)
    on_disk = (site / "site" / "index.html").read_text(encoding="utf-8")
    assert "livereload" not in on_disk
    assert not any("livereload" in p.read_text(encoding="utf-8", errors="replace")
                   for p in (site / "site").rglob("*.html"))
    status, body, headers = server.get("/assets/style.css")
    assert status == 200 and "text/css" in headers["Content-Type"] and "livereload" not in body
    status, script, _ = server.get("/livereload.js")
    assert status == 200 and "LiveReload" in script


def test_two_saves_one_second_apart_both_reach_the_page(server: Server, site: Path):
    browser = Socket(server.port)
    set_title(site, "First quick edit")
    browser.next_reload()
    assert "First quick edit" in server.get(EVENT_URL)[1]
    time.sleep(1)  # well inside livereload's 3 s throttle
    set_title(site, "Second quick edit")
    browser.next_reload()
    body = server.get(EVENT_URL)[1]
    assert "Second quick edit" in body and "First quick edit" not in body
    browser.no_reload(within=1.0)  # one save, one reload
    assert server.count("rebuilt") == 2


def test_a_burst_of_changes_gives_one_rebuild_and_one_reload(server: Server, site: Path):
    browser = Socket(server.port)
    events = site / "content" / "events"
    template = (site / EVENT).read_text(encoding="utf-8").split("\n", 1)[1]
    for i in range(200):  # what a `git checkout` does to a folder
        (events / f"checkout-{i:03d}.yaml").write_text(f"title: Checked out event {i}\n{template}", encoding="utf-8")
    browser.next_reload()
    server.wait_for_line("rebuilt")
    browser.no_reload(within=1.5)
    assert server.count("rebuilt") == 1, "\n".join(server.lines)
    assert "Checked out event 199" in server.get("/events/checkout-199/")[1]
    # An editor's save: a temporary file, then renamed over the real one.
    temporary = site / (EVENT + ".tmp")
    temporary.write_text((site / EVENT).read_text(encoding="utf-8").replace("title:", "title: Renamed in", 1),
                         encoding="utf-8")
    os.replace(temporary, site / EVENT)
    browser.next_reload()
    server.wait_for_line("rebuilt", count=2)
    browser.no_reload(within=1.0)
    assert server.count("rebuilt") == 2
    assert "Renamed in" in server.get(EVENT_URL)[1]


def test_a_broken_file_puts_the_problems_over_every_page_until_it_is_fixed(server: Server, site: Path):
    browser = Socket(server.port)
    path = site / EVENT
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("date:", "date: [unclosed\nx:", 1), encoding="utf-8")
    browser.next_reload()
    for url in ("/", EVENT_URL, "/no/such/page/"):
        status, body, _ = server.get(url)
        assert OVERLAY_ID in body, url
        assert "content/events/mill-street-bridge-closed.yaml:" in body
    assert server.get("/no/such/page/")[0] == 404
    server.wait_for_line("build failed")  # the reload may reach the browser before the line reaches us
    assert server.count("build failed") == 1
    # The last good build is still there, under the overlay.
    assert "Mill Street" in server.get(EVENT_URL)[1]

    path.write_text(good.replace("riverside-bridge", "riverside-brige", 1), encoding="utf-8")
    browser.next_reload()
    body = server.get("/")[1]
    assert OVERLAY_ID in body
    assert "mill-street-bridge-closed.yaml:8:13: unknown source" in body and "unknown source" in body and "riverside-bridge" in body

    path.write_text(good, encoding="utf-8")
    browser.next_reload()
    for url in ("/", EVENT_URL):
        assert OVERLAY_ID not in server.get(url)[1]


def test_a_template_error_shows_its_location_and_the_server_keeps_running(server: Server, site: Path):
    browser = Socket(server.port)
    template = site / "templates" / "event.html"
    template.write_text('{% extends "base.html" %}\n{% block main %}\n<h1>{{ event.title }</h1>\n{% endblock %}\n',
                        encoding="utf-8")
    browser.next_reload()
    body = server.get(EVENT_URL)[1]
    assert OVERLAY_ID in body and "event.html:3" in body
    template.write_text('{% extends "base.html" %}\n{% block main %}\n<h1 class="mine">{{ event.title }}</h1>\n'
                        '{% endblock %}\n', encoding="utf-8")
    browser.next_reload()
    body = server.get(EVENT_URL)[1]
    assert OVERLAY_ID not in body and '<h1 class="mine">' in body


def test_the_shipped_theme_rebuilt_by_the_server_equals_a_clean_build(server: Server, site: Path, tmp_path: Path):
    """No template overridden: the shipped event page, timeline and exports after a save are what `build` writes.

    The other rebuild tests override event.html; this one keeps the theme a user gets (issue #8 review).
    """
    import shutil

    from conftest import snapshot

    assert not (site / "templates" / "event.html").exists()
    out = site / "site"
    before = {p: (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes()) for p in out.rglob("*") if p.is_file()}
    browser = Socket(server.port)
    set_title(site, "Mill Street bridge closed to all traffic")
    browser.next_reload()
    status, body, _ = server.get(EVENT_URL)
    assert status == 200 and re.search(r'<h1 class="event-title"><a [^>]*>Mill Street bridge closed to all traffic</a></h1>', body)
    assert "Mill Street bridge closed to all traffic" in server.get("/")[1]
    # The browsers are reloaded before the rest of the site is written: site/ is complete once it says so
    # ("rebuilt in", not "rebuilt": this test's own folder name holds that word).
    server.wait_for_line("rebuilt in")

    clean = tmp_path / "clean"
    shutil.copytree(site / "content", clean / "content")
    (clean / "templates").mkdir()
    build(clean, drafts=True)  # the preview shows drafts too
    served, built = snapshot(out), snapshot(clean / "site")
    assert served.keys() == built.keys()
    assert [name for name in served if served[name] != built[name]] == []
    # A page whose bytes did not change was not written again.
    for path, (inode, mtime, data) in before.items():
        if path.read_bytes() == data:
            assert (path.stat().st_ino, path.stat().st_mtime_ns) == (inode, mtime), path


def test_only_files_under_site_are_served(server: Server, site: Path, tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("the secret", encoding="utf-8")
    (site / "site" / "leak.txt").symlink_to(secret)
    (site / "site" / "leakdir").symlink_to(tmp_path)
    for path in ("/../secret.txt", "/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
                 "/events/..%2f..%2f..%2fsecret.txt", "/..%5c..%5csecret.txt", "/%252e%252e/secret.txt",
                 "/leak.txt", "/leakdir/secret.txt", "/../content/site.yaml", "/%2e%2e/content/site.yaml",
                 "/events/..%2f..%2fcontent%2fsite.yaml", "/%00"):
        status, body, _ = server.get(path)
        assert status == 404, path
        assert "the secret" not in body and "title:" not in body, path
        assert "Page not found" in body, path  # the site's own 404.html
    status, body, _ = server.get("/no-such-page/")
    assert status == 404 and "Page not found" in body
    assert server.get("/events/mill-street-bridge-closed")[0] == 302  # a folder: its slash added


def test_the_reload_socket_accepts_only_the_pages_own_origin(server: Server):
    from tornado.httpclient import HTTPClientError

    with pytest.raises(HTTPClientError) as refused:
        Socket(server.port, origin="http://evil.example")
    assert refused.value.code == 403
    with pytest.raises(HTTPClientError):
        Socket(server.port, origin=f"http://localhost:{server.port + 1}")
    Socket(server.port, origin=f"http://127.0.0.1:{server.port}")  # the page's own origin
    # A page elsewhere whose name was rebound to 127.0.0.1 sends its own Host: refused too.
    assert server.get("/", headers={"Host": "evil.example"})[0] == 400


def test_the_host_check_takes_only_exact_loopback_names(server: Server):
    """Bound to loopback, the Host is parsed: a loopback name as the prefix of another name is refused."""
    port = server.port
    for host in ("127.0.0.1.evil.example", "localhost.evil.example", "127.0.0.1:80.evil.example", "evil.example",
                 f"evil.example:{port}", "127.0.0.1@evil.example", "[::1].evil.example", "127.0.0.1:abc",
                 "127.0.0.1.", "localhost.", "127.1", "2130706433", "0.0.0.0", "[::ffff:7f00:1]x", ""):
        assert server.get("/", headers={"Host": host})[0] == 400, host
    for host in ("127.0.0.1", f"127.0.0.1:{port}", "localhost", f"LocalHost:{port}", "[::1]", f"[::1]:{port}",
                 "127.0.0.2"):
        assert server.get("/", headers={"Host": host})[0] == 200, host


def test_a_rebound_name_cannot_open_the_reload_socket(server: Server):
    """DNS rebinding: a page at evil.example, its name now pointing at 127.0.0.1, sends Host and Origin alike."""
    from tornado.httpclient import HTTPClientError

    for name in ("evil.example", "127.0.0.1.evil.example", f"evil.example:{server.port}"):
        with pytest.raises(HTTPClientError) as refused:
            Socket(server.port, origin=f"http://{name}", host=name)
        assert refused.value.code == 403, name
    browser = Socket(server.port, origin=f"http://localhost:{server.port}", host=f"localhost:{server.port}")
    set_title(server.site, "Seen through localhost")
    browser.next_reload()


@pytest.mark.parametrize("host, scope, reached", [
    ("0.0.0.0", "every network interface", "127.0.0.1"),
    ("", "every network interface", "127.0.0.1"),
    ("::", "every network interface", "::1"),
    ("localhost", "this computer only", None),
])
def test_the_terminal_says_who_can_reach_the_server(site: Path, host: str, scope: str, reached: str | None):
    """--host 0.0.0.0, '' and :: listen on every interface and say so; a loopback name says this computer only."""
    running = Server(site, extra=("--host", host))
    try:
        line = next(line for line in running.lines if "serving" in line)
        assert scope in line, line
        assert ("this computer only" in line) == (scope == "this computer only"), line
        if reached:
            assert running.address == reached
            # Not loopback-bound: the Host check is off, as the network is meant to reach it by any name.
            assert running.get("/", headers={"Host": f"timeline.lan:{running.port}"})[0] == 200
        else:
            assert running.get("/", headers={"Host": "timeline.lan"})[0] == 400
            assert running.get("/")[0] == 200
    finally:
        code, output = running.stop()
    assert code == 0 and "Traceback" not in output, output


def test_deleting_or_renaming_an_event_file_removes_or_moves_its_page(server: Server, site: Path):
    browser = Socket(server.port)
    out = site / "site"
    assert (out / "events/new-bridge-opens/index.html").is_file()
    (site / "content/events/new-bridge-opens.yaml").unlink()
    browser.next_reload()
    assert server.get("/events/new-bridge-opens/")[0] == 404
    server.wait_for_line("rebuilt")
    assert not (out / "events/new-bridge-opens").exists()

    os.rename(site / EVENT, site / "content/events/bridge-shut.yaml")
    browser.next_reload()
    assert server.get(EVENT_URL)[0] == 404
    status, body, _ = server.get("/events/bridge-shut/")
    assert status == 200 and "Mill Street" in body
    server.wait_for_line("rebuilt", count=2)
    assert (out / "events/bridge-shut/index.html").is_file()
    assert not (out / "events/mill-street-bridge-closed").exists()


def test_a_busy_port_moves_to_the_next_free_one(site: Path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        running = Server(site, port=port)
        try:
            assert running.port != port
            assert running.count(f"port {port} is in use: using port {running.port} instead") == 1
            assert running.get("/")[0] == 200
        finally:
            code, output = running.stop()
    assert code == 0, output


def test_ctrl_c_leaves_site_a_complete_build_equal_to_a_full_build(site: Path, tmp_path: Path):
    running = Server(site)
    browser = Socket(running.port)
    set_title(site, "Edited before stopping")
    (site / "content/events/lopez-bridge-winter.yaml").unlink()
    browser.next_reload()
    running.wait_for_line("rebuilt")
    set_title(site, "Edited just before Ctrl-C")
    time.sleep(0.15)  # the change is seen; its rebuild may still be running when Ctrl-C comes
    code, output = running.stop()
    assert code == 0, output
    assert "Traceback" not in output and "stopped;" in output
    served = {p.relative_to(site / "site").as_posix(): p.read_bytes() for p in (site / "site").rglob("*") if p.is_file()}
    if b"Edited just before Ctrl-C" not in served["events/mill-street-bridge-closed/index.html"]:
        # On a loaded machine the watcher may not have seen the last save before Ctrl-C: then the
        # site must be the whole build of the content before that save, never a mix.
        assert running.count("rebuilt") == 1, output
        set_title(site, "Edited before stopping")
    fresh = tmp_path / "fresh"
    build(site, fresh)
    built = {p.relative_to(fresh).as_posix(): p.read_bytes() for p in fresh.rglob("*") if p.is_file()}
    assert sorted(served) == sorted(built)
    assert [p for p in built if served[p] != built[p]] == []
    assert not list(site.glob(".site.*")), "no staging folder left behind"


def test_a_site_without_content_is_a_clear_error(tmp_path: Path):
    result = subprocess.run([sys.executable, "-m", "generator", "--site", str(tmp_path), "serve", "--port", "0"],
                            capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and "no content/ folder" in result.stderr
    assert "Traceback" not in result.stderr


# --- the incremental build, without the server ----------------------------------------


def test_a_rebuild_reads_again_only_the_files_that_changed(site: Path, monkeypatch: pytest.MonkeyPatch):
    import generator.load
    from generator.build import Builder

    builder = Builder(site)
    builder.write(builder.load())
    read: list[str] = []
    real_read_text = generator.load.read_text
    monkeypatch.setattr(generator.load, "read_text", lambda path, *rest: read.append(Path(path).name) or real_read_text(path, *rest))
    set_title(site, "Only this file is read")
    generation = builder.load([str(site / EVENT)])
    # An edit that leaves the event where it stands is made in place (issue 12): no other file is read,
    # not even site.yaml and actors.yaml.
    assert sorted(read) == ["mill-street-bridge-closed.yaml"]
    assert any(e.title == "Only this file is read" for e in generation.content.events)


def test_a_rebuild_renders_only_the_pages_whose_inputs_changed_and_rewrites_only_changed_files(site: Path):
    from generator.build import Builder

    # An event page that uses only its event, the site and the labels (no helper over the whole content).
    (site / "templates" / "event.html").write_text(
        '{% extends "base.html" %}\n{% block main %}<h1>{{ event.title }}</h1>{% endblock %}\n', encoding="utf-8")
    builder = Builder(site)
    builder.write(builder.load())
    out = site / "site"
    before = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file()}

    rendered: list[str] = []
    set_title(site, "A new title for one event")
    generation = builder.load([str(site / EVENT)])
    real_render = generation.theme.render
    generation.theme.render = lambda page, shared: rendered.append(page.path) or real_render(page, shared)
    report = builder.write(generation)

    assert "events/mill-street-bridge-closed/index.html" in rendered
    for other in ("events/new-bridge-opens/index.html", "events/lopez-bridge-winter/index.html",
                  "events/council-votes-to-rebuild/index.html"):
        assert other not in rendered
        assert other not in report.written
        path = out / other
        assert (path.stat().st_ino, path.stat().st_mtime_ns) == before[path]
    assert "index.html" in rendered  # the timeline shows every title
    assert "events/mill-street-bridge-closed/index.html" in report.written
    assert "A new title for one event" in (out / "events/mill-street-bridge-closed/index.html").read_text(encoding="utf-8")

    # A change to a template the event page extends makes every event page render again.
    base = site / "templates" / "base.html"
    base.write_text((REPO / "templates" / "base.html").read_text(encoding="utf-8").replace("<main", "<main data-x=1"),
                    encoding="utf-8")
    rendered.clear()
    generation = builder.load([str(base)])
    real_render = generation.theme.render
    generation.theme.render = lambda page, shared: rendered.append(page.path) or real_render(page, shared)
    builder.write(generation)
    assert {f"events/{p.stem}/index.html" for p in (site / "content/events").glob("*.yaml")} <= set(rendered)
    assert 'data-x=1' in (out / "events/new-bridge-opens/index.html").read_text(encoding="utf-8")


def test_the_watcher_ignores_editor_swap_backup_and_temporary_files(site: Path):
    from watchfiles import Change

    from generator.serve import _relevant

    events = site / "content" / "events"
    assert _relevant(Change.modified, str(events / "a.yaml"))
    assert _relevant(Change.deleted, str(site / "templates" / "event.html"))
    for ignored in (".a.yaml.swp", "a.yaml~", ".#a.yaml", "a.yaml.tmp"):
        assert not _relevant(Change.added, str(events / ignored)), ignored
    assert not _relevant(Change.modified, str(site / "content" / ".git" / "index"))
