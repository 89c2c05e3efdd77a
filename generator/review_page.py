"""The preview's review page (issue 11): the queue of drafts, and accept / reject / fix, written to the event files.

Served by ``claim-timeline serve`` only, at ``/_review/``; never part of the built site. A write
(``POST /_review/api``) is accepted only when all of these hold, so that no other site open
in the browser, and no other machine, can change a file:

- the server listens on loopback and the request comes from loopback;
- the Host is a loopback name (the server's own check, against DNS rebinding);
- the ``Origin`` header is the preview's own origin (a cross-site form or fetch has another);
- the ``X-Review-Token`` header holds this run's secret, which only the review page carries
  (a custom header also forces a CORS preflight, which the preview never grants);
- the event id names a file inside ``content/events/`` (no path, no symlink out).

Every edit goes through :mod:`generator.eventfile`: validated first, the file unchanged on failure.
"""

from __future__ import annotations

import html
import json
import re
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
import tornado.web

from .drafts import is_draft
from .errors import ClaimTimelineError, ContentError
from .eventfile import EventFile, event_path, reject_event
from .load import SOURCE_SUFFIXES, SitePaths, list_files
from .render import Theme
from .review import QueueItem, date_text, review_site

if TYPE_CHECKING:
    from .serve import LiveSite

REVIEW_URL = "/_review/"
API_URL = "/_review/api"
TOKEN_HEADER = "X-Review-Token"
LOOPBACK_IPS = ("127.0.0.1", "::1", "::ffff:127.0.0.1")
TEMPLATE = Path(__file__).with_name("review_page.html")
LINK_ID = "claim-timeline-review-link"
REVIEW_FIELDS = ("title", "date", "kind", "speaker", "actors", "tags")  # what the page's form may change


def review_routes(live: "LiveSite") -> list[tuple[str, type, dict[str, Any]]]:
    """The review page's routes for the preview's tornado app; gives the run its secret token."""
    live.review_token = secrets.token_urlsafe(32)  # type: ignore[attr-defined]
    return [
        (r"/_review/?", ReviewPageHandler, {"live": live}),
        (r"/_review/api", ReviewActionHandler, {"live": live}),
    ]


def review_link(live: "LiveSite") -> str:
    """The link to the review page that the preview adds to every page while drafts exist ('' when none)."""
    generation = live.generation
    if generation is None:
        return ""
    drafts = sum(map(is_draft, generation.content.events))
    if not drafts:
        return ""
    labels = _labels(live)
    text = html.escape(labels["review_link"].format(n=drafts))
    return (f'<a id="{LINK_ID}" href="{REVIEW_URL}" style="position:fixed;right:.75rem;bottom:.75rem;z-index:2147483646;'
            'background:#7c2d12;color:#fff;padding:.45rem .8rem;border-radius:4px;font:600 14px/1.3 system-ui,sans-serif;'
            f'text-decoration:none;box-shadow:0 1px 4px rgba(0,0,0,.3)">{text}</a>')


def _labels(live: "LiveSite") -> dict[str, str]:
    """The interface text in the site's language (the theme's message catalogs)."""
    theme = live.builder.theme
    if theme is None:
        theme = Theme(live.builder.paths.templates, live.language)
    return theme.messages


class _ReviewHandler(tornado.web.RequestHandler):
    """What both review routes share: never cached, never framed, loopback Host names only."""

    def initialize(self, live: "LiveSite") -> None:
        self.live = live

    def set_default_headers(self) -> None:
        self.set_header("Cache-Control", "no-store")
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("X-Frame-Options", "DENY")  # no other page may frame the buttons (clickjacking)
        self.set_header("Referrer-Policy", "no-referrer")

    def prepare(self) -> None:
        if not self.live.host_allowed(self.request.host):
            raise tornado.web.HTTPError(400)


class ReviewPageHandler(_ReviewHandler):
    """GET /_review/: the queue, each draft with its paragraph, date words highlighted, and its forms."""

    def get(self) -> None:
        if not self.request.path.endswith("/"):
            self.redirect(REVIEW_URL)
            return
        labels = _labels(self.live)
        try:
            queue, problems = review_site(self.live.site_dir), []
        except ContentError as exc:
            queue, problems = [], [str(p) for p in exc.problems if p.severity == "error"]
        writable = _loopback_server(self.live)
        page = _template().render(
            t=labels, lang=self.live.language, queue=queue, problems=problems, writable=writable,
            token=self.live.review_token if writable else "",  # type: ignore[attr-defined]
            api=API_URL, count=sum(len(g.items) for g in queue), marked=_marked, date_text=date_text,
            file_of=lambda item: _site_relative(item, self.live.site_dir),
            kinds=("event", "claim"),
        )
        body = self.live.decorate(page.encode("utf-8"))
        body = re.sub(rb'<a id="' + LINK_ID.encode() + rb'".*?</a>', b"", body, count=1)  # not a link to itself
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.write(body)


class ReviewActionHandler(_ReviewHandler):
    """POST /_review/api: accept, reject or fix one event; JSON in, JSON out."""

    def get(self) -> None:
        self.refuse(405, "use POST")

    def post(self) -> None:
        refusal = self.refusal()
        if refusal:
            self.refuse(403, refusal)
            return
        try:
            request = json.loads(self.request.body or b"{}")
        except ValueError:
            self.refuse(400, "the request is not JSON")
            return
        if not isinstance(request, dict) or not isinstance(request.get("id"), str):
            self.refuse(400, "the request needs an event 'id'")
            return
        paths = SitePaths(self.live.site_dir)
        try:
            path = event_path(paths.events, request["id"])
            message = apply_action(path, paths, request)
        except ContentError as exc:
            self.set_status(422)
            self.finish({"ok": False, "problems": [str(p) for p in exc.problems]})
            return
        except ClaimTimelineError as exc:
            self.refuse(400, str(exc))
            return
        self.finish({"ok": True, "message": message})

    def refusal(self) -> str:
        """Why this request may not write ('' when it may)."""
        if not _loopback_server(self.live) or self.request.remote_ip not in LOOPBACK_IPS:
            return "the review page writes only when the preview listens on this computer (127.0.0.1)"
        origin = self.request.headers.get("Origin")
        if origin != f"{self.request.protocol}://{self.request.host}":
            return "the request does not come from the preview's own page (Origin)"
        token = self.request.headers.get(TOKEN_HEADER, "")
        if not secrets.compare_digest(token.encode(), self.live.review_token.encode()):  # type: ignore[attr-defined]
            return "missing or wrong review token: reload the review page"
        return ""

    def refuse(self, status: int, message: str) -> None:
        """An error answer the page can show."""
        self.set_status(status)
        self.finish({"ok": False, "problems": [message]})


def apply_action(path: Path, paths: SitePaths, request: dict[str, Any]) -> str:
    """Carry out one review action on an event file; ContentError (file unchanged) when the result is invalid."""
    action = request.get("action")
    if action == "reject":
        reject_event(path, paths.events)
        return f"{path.name} removed; extraction will not bring it back"
    if action not in ("accept", "save"):
        raise ClaimTimelineError(f"unknown action {action!r}: accept, save or reject")
    file = EventFile(path)
    fields = request.get("fields") or {}
    if not isinstance(fields, dict):
        raise ClaimTimelineError("'fields' must be a mapping")
    for key, value in fields.items():
        if key not in REVIEW_FIELDS:
            raise ClaimTimelineError(f"the review page does not edit '{key}'")
        file.set(key, _field_value(key, value))
    if action == "accept":
        file.set("status", "reviewed")
    sources = {p.stem for p in list_files(paths.sources, SOURCE_SUFFIXES)}
    file.save(sources)
    return f"{path.name} {'reviewed' if action == 'accept' else 'saved'}"


def _field_value(key: str, value: Any) -> Any:
    """A form value as the event file writes it: actors and tags as lists, a span '2019/2021' as {start, end}."""
    if not isinstance(value, str):
        raise ClaimTimelineError(f"'{key}' must be text")
    value = value.strip()
    if key in ("actors", "tags"):
        return [name.strip() for name in value.split(",") if name.strip()]
    if key == "date" and re.fullmatch(r"[^/\s]+/[^/\s]+", value):
        start, end = value.split("/")
        return {"start": start, "end": end}
    return value


def _site_relative(item: QueueItem, site_dir: Path) -> str:
    """The event's file as a path inside the site folder (content/events/x.yaml)."""
    try:
        return item.event.path.resolve().relative_to(Path(site_dir).resolve()).as_posix()  # type: ignore[union-attr]
    except (AttributeError, ValueError):
        return item.file


def _loopback_server(live: "LiveSite") -> bool:
    """Whether the preview listens on loopback only."""
    return live.loopback  # judged from the addresses the sockets listen on


def _marked(item: QueueItem) -> str:
    """The item's paragraph, escaped, the quote in <mark class="quote"> and the date words in <mark class="date">."""
    text = item.paragraph
    if not text or item.quote_span is None:
        return html.escape(item.ref.quote if item.ref and item.ref.quote else "")
    q0, q1 = item.quote_span
    d0, d1 = item.date_span or (q0, q0)
    pieces = [html.escape(text[:q0]), '<mark class="quote">', html.escape(text[q0:d0])]
    if item.date_span:
        pieces += ['<mark class="date">', html.escape(text[d0:d1]), "</mark>"]
    pieces += [html.escape(text[d1:q1]), "</mark>", html.escape(text[q1:])]
    return "".join(pieces)


_compiled: jinja2.Template | None = None


def _template() -> jinja2.Template:
    """The review page's template, compiled once (autoescape on, undefined is an error)."""
    global _compiled
    if _compiled is None:
        env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
        _compiled = env.from_string(TEMPLATE.read_text(encoding="utf-8"))
    return _compiled
