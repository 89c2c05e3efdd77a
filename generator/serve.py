"""claim-timeline serve: build, watch content/ and templates/, rebuild what changed, reload the browser.

Built on python-livereload's websocket protocol and browser script (livereload.js), on tornado,
with a way around each of its known traps:

- its reload throttle (``LiveReloadHandler._last_reload_time``: no reload within 3 s of the last
  one) would drop the second of two quick saves: reloads are sent here, never throttled;
- an exception in its watch callbacks is only logged: here a failed build puts an overlay with
  every ``path:line:column`` problem on each served page until the build succeeds again;
- its watcher polls every 800 ms (pyinotify, its only other backend, imports asyncore, gone in
  Python 3.12): watchfiles' inotify watcher sees a save in a few tens of milliseconds;
- its watched paths each fire their own callback: here one batch of changes, debounced, makes
  one rebuild and one reload, be it one save or a ``git checkout`` of 200 files;
- its websocket accepts any Origin: here only the page's own origin (and, bound to loopback,
  only a loopback Host, against DNS rebinding).

The reload script and the overlay are added to each HTML page as it is served, never written
into site/. A save of an event or source is loaded first, then the browsers are told to reload
while the rest of the site is rendered in the background; the page a browser asks for meanwhile
is rendered on its own at once (Hugo's "fast render" idea). A newer save stops that background
write at its next step (a page, a piece of an export, a search entry, a published file): the newest
content is loaded and served first, and site/ keeps the last generation written whole (issue 12).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import errno
import html
import ipaddress
import json
import mimetypes
import os
import re
import signal
import socket
import sys
import threading
import time
import traceback
import webbrowser
from pathlib import Path
from typing import Callable

import tornado.httpserver
import tornado.netutil
import tornado.web
import tornado.websocket
from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler
from watchfiles import Change, DefaultFilter, awatch

from .errors import ClaimTimelineError, ContentError, Problem, TemplateError, display_path
from .eventfile import remove_stale_temps
from .extract.lang import normalize
from .review_page import review_link, review_routes
from .build import Builder, Cancelled, Generation

# A Host header: a name or IPv4 address, or an IPv6 address in brackets; then an optional port.
_HOST_HEADER = re.compile(r"(?:\[(?P<ip6>[0-9A-Fa-f:.]+)\]|(?P<name>[^:\[\]@/\s]+))(?::\d{1,5})?")
PORT_TRIES = 20
WATCH_STEP_MS = 25  # quiet time that ends a burst of changes (an editor's temp file and rename, a checkout)
WATCH_DEBOUNCE_MS = 1600  # the longest a never-ending burst is collected before it is built anyway
BROWSER_HEAD_START_S = 0.2  # after a reload, let the browsers' requests be served before the rest is rendered
# The build cache is written once the person has stopped saving for this long, and on stop: writing it
# after every rebuild held the build thread for a second at 10,000 events, delaying the next save's page.
SAVE_CACHE_AFTER_S = 3.0
OVERLAY_ID = "claim-timeline-build-error"
OVERLAY_TEXT = {
    "en": ("The site could not be built", "Fix the file and save it: this page reloads by itself. Below is the last good build."),
    "fr": ("Le site n’a pas pu être construit", "Corrigez le fichier et enregistrez-le : la page se recharge d’elle-même. En dessous, la dernière version réussie."),
}
RELOAD_SCRIPT = (
    '<script>(function(){var p=window.location.port||(window.location.protocol=="https:"?443:80);'
    'var s=document.createElement("script");'
    's.src="//"+window.location.hostname+":"+p+"/livereload.js?port="+p+"&mindelay=250&maxdelay=2000";'
    'document.head.appendChild(s);})();</script>'
)


class LiveSite:
    """What the server shows: the latest generation, the error over every page, the browsers to reload."""

    def __init__(self, site_dir: Path, host: str, drafts: bool = True):
        self.site_dir = Path(site_dir)
        self.builder = Builder(self.site_dir, cancellable=True, drafts=drafts)
        self.host = host
        # Until the sockets are bound (see ``bound_to``), judged from the address asked for.
        self.loopback = is_loopback(host)
        self.generation: Generation | None = None
        self.written: Generation | None = None  # the generation site/ holds
        self.errors: list[str] = []
        self.error_kind: str | None = None  # "content" (loading) or "render" (templates)
        self.sockets: set[ReloadSocket] = set()
        self.language = "en"
        self.changes_seen = 0
        self.unsaved = False  # the build cache on disk is older than what the builder knows
        self.worker = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="claim-timeline-build")

    # --- building ---------------------------------------------------------------

    async def rebuild(self, changed: set[str], first: bool = False) -> None:
        """Load, reload the browsers, then render and write the rest; a failure becomes the overlay."""
        started = time.perf_counter()
        loop = asyncio.get_running_loop()
        number = self.changes_seen
        content_only = not first and bool(changed) and all(map(self.builder.is_content_file, changed))
        try:
            generation = await loop.run_in_executor(self.worker, self.builder.load, changed)
        except ClaimTimelineError as exc:
            self.fail(exc, "content" if isinstance(exc, ContentError) else "render")
            return
        except Exception as exc:  # a bug, not a user's mistake: keep serving, show it, print the traceback
            traceback.print_exc()
            self.fail(exc, "render")
            return
        self.generation = generation
        self.language = normalize(generation.content.site.language)
        _print_problems(generation.warnings)
        reloaded_after = ""
        cancelled: Callable[[], bool] = lambda: self.changes_seen != number
        if content_only and self.error_kind != "render":
            self.errors, self.error_kind = [], None
            self.reload()  # the browsers ask for their page, rendered on demand while the rest is built
            reloaded_after = "yes"
            _say(f"{_changed_names(changed)} changed: browsers reloaded after {(time.perf_counter() - started) * 1000:.0f} ms")
            await asyncio.sleep(BROWSER_HEAD_START_S)
            if cancelled():
                return
        try:
            report = await loop.run_in_executor(self.worker, self.builder.write, generation, cancelled, False, False)
        except Cancelled:
            return
        except ClaimTimelineError as exc:
            self.fail(exc, "render")
            return
        except Exception as exc:
            traceback.print_exc()
            self.fail(exc, "render")
            return
        self.written = generation
        self.unsaved = True
        loop.call_later(SAVE_CACHE_AFTER_S, self._save_when_idle, number)
        had_errors = bool(self.errors)
        self.errors, self.error_kind = [], None
        elapsed = (time.perf_counter() - started) * 1000
        what = "built" if first else "rebuilt"
        _say(f"{what} in {elapsed:.0f} ms: {len(report.written)} written, {len(report.removed)} removed, "
             f"{len(report.unchanged)} unchanged")
        if not first and not reloaded_after and (report.changed or had_errors):
            self.reload(report.changed[0] if len(report.changed) == 1 else "*")

    def _save_when_idle(self, number: int) -> None:
        """Write the build cache, unless changes came since build ``number`` (a later build will ask again)."""
        if self.changes_seen == number and self.unsaved:
            self.unsaved = False
            self.worker.submit(self.builder.save_cache)

    def fail(self, exc: BaseException, kind: str) -> None:
        """Show a failed build: its problems on the terminal and over every page, then reload."""
        if isinstance(exc, ContentError):
            self.errors = [str(p) for p in exc.problems if p.severity == "error"]
        elif isinstance(exc, ClaimTimelineError):
            self.errors = [str(exc)]
        else:
            self.errors = [f"internal error: {type(exc).__name__}: {exc}"]
        self.error_kind = kind
        print("\n".join(self.errors), file=sys.stderr, flush=True)
        _say(f"build failed: {len(self.errors)} error(s); the browser shows them over the last good build")
        self.reload()

    def reload(self, path: str = "*") -> None:
        """Tell every connected browser to reload (a stylesheet alone is swapped in place by livereload.js)."""
        message = json.dumps({"command": "reload", "path": path, "liveCSS": True, "liveImg": True})
        for sock in list(self.sockets):
            try:
                sock.write_message(message)
            except tornado.websocket.WebSocketClosedError:
                self.sockets.discard(sock)

    async def finish(self) -> None:
        """On stop: make sure site/ holds the latest good generation, complete."""
        generation = self.generation
        if generation is not None and generation is not self.written:
            _say("finishing the build in progress before stopping (Ctrl-C again to stop now)")
            loop = asyncio.get_running_loop()
            stop_now = threading.Event()
            loop.add_signal_handler(signal.SIGINT, stop_now.set)
            try:
                await loop.run_in_executor(self.worker, self.builder.write, generation, stop_now.is_set, False, False)
                self.unsaved = True
            except (Cancelled, ClaimTimelineError):
                pass  # site/ keeps the last build that was written whole
        if self.unsaved:
            self.unsaved = False
            await asyncio.get_running_loop().run_in_executor(self.worker, self.builder.save_cache)

    # --- serving ----------------------------------------------------------------

    def bound_to(self, sockets: list[socket.socket]) -> None:
        """Judge loopback from the addresses the sockets really listen on (a name may resolve anywhere)."""
        self.loopback = all(is_loopback(sock.getsockname()[0]) for sock in sockets)

    def host_allowed(self, host_header: str) -> bool:
        """Bound to loopback, only loopback names may be asked for: a page elsewhere cannot rebind its DNS to us.

        The Host is parsed, then its name must be exactly ``localhost`` or a loopback address: a prefix test
        let ``127.0.0.1.evil.example`` through (issue #8, item 5).
        """
        if not self.loopback:
            return True
        match = _HOST_HEADER.fullmatch(host_header.strip())
        return match is not None and is_loopback(match.group("ip6") or match.group("name"))

    def resolve(self, url_path: str) -> tuple[int, bytes | None, str]:
        """(status, body, content type) for a decoded URL path; 301 with the new location as body."""
        parts = url_path.split("/")
        if any(p in (".", "..") or "\\" in p or "\0" in p for p in parts):
            return self.not_found()
        rel = "/".join(p for p in parts if p)
        wants_dir = url_path == "" or url_path.endswith("/")
        if wants_dir:
            rel = f"{rel}/index.html" if rel else "index.html"
        generation = self.generation
        if generation is not None and rel in generation.pages:
            return 200, self.page(generation, rel), _content_type(rel)
        if generation is not None and f"{rel}/index.html" in generation.pages and not wants_dir:
            return 301, f"/{rel}/".encode(), ""
        file = self.file_under_site(rel)
        if file is not None and file.is_dir() and not wants_dir:
            return 301, f"/{rel}/".encode(), ""
        if file is None or not file.is_file():
            return self.not_found()
        if generation is not None and rel.endswith(".html"):
            return self.not_found()  # a page of this generation would have been found above: this one is gone
        return 200, file.read_bytes(), _content_type(rel)

    def page(self, generation: Generation, rel: str) -> bytes:
        """A page of the generation, rendered now if it changed; a template error becomes the overlay."""
        try:
            return self.builder.page_bytes(generation, rel)
        except TemplateError as exc:
            self.errors, self.error_kind = [str(exc)], "render"
            file = self.file_under_site(rel)
            return file.read_bytes() if file is not None and file.is_file() else b""

    def not_found(self) -> tuple[int, bytes, str]:
        """The site's 404 page, with status 404."""
        generation = self.generation
        if generation is not None and "404.html" in generation.pages:
            return 404, _preview_base(self.page(generation, "404.html")), "text/html; charset=utf-8"
        file = self.file_under_site("404.html")
        if file is not None and file.is_file():
            return 404, _preview_base(file.read_bytes()), "text/html; charset=utf-8"
        return 404, b"<!doctype html><html><head><title>404</title></head><body><h1>404</h1></body></html>", \
            "text/html; charset=utf-8"

    def file_under_site(self, rel: str) -> Path | None:
        """The file at ``rel`` in site/ once symlinks are followed, or None if that leads outside site/."""
        root = os.path.realpath(self.builder.out)
        full = os.path.realpath(os.path.join(root, rel))
        if full != root and not full.startswith(root + os.sep):
            return None
        return Path(full)

    def decorate(self, body: bytes) -> bytes:
        """An HTML page as served: the reload script, and the overlay while the build is broken."""
        extra = RELOAD_SCRIPT + review_link(self)
        if self.errors:
            title, hint = OVERLAY_TEXT.get(self.language, OVERLAY_TEXT["en"])
            problems = html.escape("\n\n".join(self.errors))
            extra += (
                f'<div id="{OVERLAY_ID}" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;'
                'background:rgba(24,24,27,.94);color:#fafafa;padding:2rem;font:15px/1.5 system-ui,sans-serif">'
                f'<h2 style="margin:0 0 .5rem;color:#fca5a5">{html.escape(title)}</h2>'
                f'<p style="margin:0 0 1rem">{html.escape(hint)}</p>'
                '<pre style="white-space:pre-wrap;font:14px/1.45 ui-monospace,monospace;background:#000;'
                f'color:#fafafa;padding:1rem;border-radius:4px">{problems}</pre></div>'
            )
        data = extra.encode("utf-8")
        at = body.lower().rfind(b"</body>")
        return body[:at] + data + body[at:] if at >= 0 else body + data


class PageHandler(tornado.web.RequestHandler):
    """Every path: a page of the site, a file of site/, or the site's 404 page."""

    def initialize(self, live: LiveSite) -> None:
        self.live = live

    def set_default_headers(self) -> None:
        self.set_header("Cache-Control", "no-store")
        self.set_header("X-Content-Type-Options", "nosniff")

    def prepare(self) -> None:
        if not self.live.host_allowed(self.request.host):
            raise tornado.web.HTTPError(400)

    def get(self, path: str) -> None:
        self.respond(path, body=True)

    def head(self, path: str) -> None:
        self.respond(path, body=False)

    def respond(self, path: str, body: bool) -> None:
        """Send what the path resolves to, HTML decorated for the live preview."""
        status, data, content_type = self.live.resolve(path)
        if status == 301:
            self.redirect(data.decode() + (f"?{self.request.query}" if self.request.query else ""), permanent=False)
            return
        data = data or b""
        if content_type.startswith("text/html"):
            data = self.live.decorate(data)
        self.set_status(status)
        self.set_header("Content-Type", content_type)
        self.set_header("Content-Length", str(len(data)))
        if body:
            self.write(data)


class ReloadSocket(LiveReloadHandler):
    """livereload's websocket, answering its handshake, but only to the page's own origin."""

    def initialize(self, live: LiveSite) -> None:
        self.live = live

    def prepare(self) -> None:
        # The Host check runs here, not only in check_origin: tornado >= 6.6 skips check_origin when the
        # Origin equals the Host (or Sec-Fetch-Site says same-origin), which is exactly what a page whose
        # name was rebound to 127.0.0.1 sends (issue #8, item 5).
        if not self.live.host_allowed(self.request.host):
            raise tornado.web.HTTPError(403)

    def check_origin(self, origin: str) -> bool:
        # LiveReloadHandler.check_origin returns True: any site open in the browser could connect.
        # tornado's own check accepts only an Origin whose host:port is the Host asked for.
        return tornado.websocket.WebSocketHandler.check_origin(self, origin) and self.live.host_allowed(self.request.host)

    def on_message(self, message: str | bytes) -> None:
        try:
            command = json.loads(message).get("command")
        except (ValueError, AttributeError):
            return
        if command == "hello":
            self.send_message({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"],
                               "serverName": "claim-timeline"})
            self.live.sockets.add(self)

    def on_close(self) -> None:
        self.live.sockets.discard(self)


def make_app(live: LiveSite) -> tornado.web.Application:
    """The tornado application: livereload's script and socket, then every other path."""
    return tornado.web.Application(
        [
            (r"/livereload\.js", LiveReloadJSHandler),
            (r"/livereload", ReloadSocket, {"live": live}),
            *review_routes(live),  # the review page, preview only (issue 11)
            (r"/(.*)", PageHandler, {"live": live}),
        ],
        log_function=lambda handler: None,  # no access log: the terminal shows builds and problems
    )


def is_loopback(name: str) -> bool:
    """Whether a host name or address means this computer: exactly ``localhost``, or a loopback address."""
    name = name.strip().lower()
    if name.startswith("[") and name.endswith("]"):
        name = name[1:-1]
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name.split("%", 1)[0]).is_loopback  # "%eth0": an IPv6 zone
    except ValueError:
        return False


def _where(host: str, port: int, sockets: list[socket.socket], loopback: bool) -> tuple[str, str]:
    """The URL to open and who can reach it, told from the addresses the sockets listen on (issue #8, item 5)."""
    addresses = [sock.getsockname()[0].split("%", 1)[0] for sock in sockets]
    wildcard = any(ipaddress.ip_address(a).is_unspecified for a in addresses)
    if wildcard:
        # Every interface: this computer reaches it on loopback, in the family the sockets listen on.
        shown = "127.0.0.1" if any(":" not in a for a in addresses) else "[::1]"
        return f"http://{shown}:{port}/", "every network interface: others on the network can see it"
    url = f"http://{f'[{host}]' if ':' in host else host}:{port}/"
    if loopback:
        return url, "this computer only"
    return url, f"the network address {', '.join(sorted(set(addresses)))}: others on the network can see it"


def bind(host: str, port: int) -> tuple[list[socket.socket], int]:
    """Listening sockets on ``port``, or the next free one; a clear error when none can be had."""
    last = port if port == 0 else port + PORT_TRIES - 1
    for candidate in range(port, last + 1):
        try:
            sockets = tornado.netutil.bind_sockets(candidate, address=host)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                continue
            if exc.errno == errno.EACCES:
                raise ClaimTimelineError(f"not allowed to listen on port {candidate} (ports below 1024 need root): "
                                         "choose another with --port") from None
            raise ClaimTimelineError(f"cannot listen on {host}:{candidate}: {exc.strerror or exc}") from None
        except socket.gaierror as exc:
            raise ClaimTimelineError(f"cannot listen on {host}: {exc.strerror}") from None
        return sockets, sockets[0].getsockname()[1]
    raise ClaimTimelineError(f"ports {port} to {last} on {host} are all in use: choose another with --port")


def serve(site_dir: Path, host: str = "127.0.0.1", port: int = 8000, open_browser: bool = False,
          drafts: bool = True) -> None:
    """Build, serve and watch a site until Ctrl-C (or SIGTERM); raise ClaimTimelineError when it cannot start."""
    site_dir = Path(site_dir)
    if not (site_dir / "content").is_dir():
        raise ClaimTimelineError(f"{site_dir} has no content/ folder: run 'claim-timeline init {site_dir}' first, "
                                 "or give the site folder with --site")
    asyncio.run(_serve(site_dir, host, port, open_browser, drafts))


async def _serve(site_dir: Path, host: str, port: int, open_browser: bool, drafts: bool = True) -> None:
    """The server's life: first build, listen, watch and rebuild, then stop cleanly."""
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    remove_stale_temps(site_dir / "content")  # what a killed extract or preview left behind
    live = LiveSite(site_dir, host, drafts)
    sockets, bound = bind(host, port)
    if port and bound != port:
        _say(f"port {port} is in use: using port {bound} instead")
    _say(f"building {display_path(site_dir)} ...")
    await live.rebuild(set(), first=True)
    server = tornado.httpserver.HTTPServer(make_app(live))
    server.add_sockets(sockets)
    live.bound_to(sockets)
    url, scope = _where(host, bound, sockets, live.loopback)
    listening = host or "''"  # an empty --host: every interface, shown as typed
    _say(f"serving {display_path(live.builder.out)}/ at {url}  (listening on {listening}, {scope})")
    watched = [p for p in (live.builder.paths.content, live.builder.paths.templates) if p.is_dir()]
    _say(f"watching {', '.join(display_path(p) + '/' for p in watched)} for changes; press Ctrl-C to stop")
    if open_browser:
        threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()

    changes: asyncio.Queue[set[str]] = asyncio.Queue()

    async def watch() -> None:
        async for batch in awatch(*watched, step=WATCH_STEP_MS, debounce=WATCH_DEBOUNCE_MS, stop_event=stop,
                                  watch_filter=_relevant):
            live.changes_seen += 1
            changes.put_nowait({path for _, path in batch})

    async def build_loop() -> None:
        while True:
            batch = await changes.get()
            while not changes.empty():  # changes that came while the last build ran: one rebuild for all
                batch |= changes.get_nowait()
            await live.rebuild(batch)

    watcher = asyncio.create_task(watch())
    builder = asyncio.create_task(build_loop())
    await stop.wait()
    _say("stopping ...")
    server.stop()
    watcher.cancel()
    builder.cancel()
    await asyncio.gather(watcher, builder, return_exceptions=True)
    await live.finish()
    for sock in list(live.sockets):
        sock.close()
    live.worker.shutdown(wait=True)
    _say(f"stopped; {display_path(live.builder.out)}/ holds the last complete build")


_IGNORED = DefaultFilter()  # .git, __pycache__, editor swap and backup files (*.swp, *~, .#*)


def _relevant(change: Change, path: str) -> bool:
    """Changes worth a rebuild: not version-control folders, nor an editor's swap, backup or temporary files."""
    return _IGNORED(change, path) and not os.path.basename(path).endswith(".tmp")


def _changed_names(paths: set[str]) -> str:
    """The changed files, briefly: one name, or how many."""
    names = sorted({os.path.basename(p) for p in paths})
    return names[0] if len(names) == 1 else f"{len(names)} files"


def _preview_base(page: bytes) -> bytes:
    """The 404 page with its <base href> (the published base_url, so it works at any depth there) pointed at
    the preview's root: its links and stylesheet stay in the preview (issue 11)."""
    return re.sub(rb'<base href="[^"]*">', b'<base href="/">', page, count=1)


def _content_type(rel: str) -> str:
    """The Content-Type of a file by its name, text in UTF-8."""
    kind = mimetypes.guess_type(rel)[0] or "application/octet-stream"
    if kind.startswith("text/") or kind in ("application/json", "application/xml", "application/javascript",
                                            "image/svg+xml", "application/atom+xml"):
        kind += "; charset=utf-8"
    return kind


def _say(message: str) -> None:
    """One line of the server's story on the terminal, timed."""
    print(f"{time.strftime('%H:%M:%S')} {message}", flush=True)


def _print_problems(problems: list[Problem]) -> None:
    """Warnings on stderr."""
    for problem in problems:
        print(problem, file=sys.stderr, flush=True)
