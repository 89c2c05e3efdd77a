"""Fetch one article page over HTTP(S) for ``add``: timeouts, a size cap, redirects followed, errors as messages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from ..errors import ClaimTimelineError

MAX_BYTES = 8 * 1024 * 1024  # a news page with inline scripts is rarely above 2 MB; 8 MB stops a video or a dump
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 30.0
_USER_AGENT = "claim-timeline (+https://example.org/claim-timeline; article import)"
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")


@dataclass(frozen=True)
class Fetched:
    """A page as the server sent it: its bytes, its final address (after redirects) and its media type."""

    data: bytes
    url: str
    media_type: str


def is_url(text: str) -> bool:
    """Whether a command-line argument is a web address rather than a file name."""
    return re.match(r"https?://", text, re.I) is not None


def fetch(url: str, *, max_bytes: int | None = None, connect_timeout: float | None = None,
          read_timeout: float | None = None) -> Fetched:
    """GET a page, following redirects; refuse what is not a page, too large, or an HTTP error."""
    max_bytes = max_bytes or MAX_BYTES
    connect_timeout = connect_timeout or CONNECT_TIMEOUT
    read_timeout = read_timeout or READ_TIMEOUT
    # urllib3 already comes with trafilatura: a well-kept client with pooled connections, redirect and
    # retry policies and streamed reads, so the size cap holds without loading a huge body first.
    import urllib3

    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ClaimTimelineError(f"{url}: not a web address (only http:// and https:// are fetched)")
    pool = urllib3.PoolManager(
        timeout=urllib3.Timeout(connect=connect_timeout, read=read_timeout),
        retries=urllib3.Retry(total=3, connect=2, read=1, redirect=5, status=0, raise_on_redirect=True),
        headers={"User-Agent": _USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"},
    )
    try:
        response = pool.request("GET", url, preload_content=False, redirect=True)
    except urllib3.exceptions.MaxRetryError as exc:
        raise ClaimTimelineError(f"{url}: could not fetch the page ({_reason(exc.reason)})") from None
    except urllib3.exceptions.HTTPError as exc:
        raise ClaimTimelineError(f"{url}: could not fetch the page ({_reason(exc)})") from None
    try:
        if response.status >= 400:
            raise ClaimTimelineError(f"{url}: the server answered {response.status} {response.reason or ''}".rstrip())
        media_type = (response.headers.get("Content-Type") or "text/html").split(";")[0].strip().lower()
        if media_type not in _PAGE_TYPES:
            raise ClaimTimelineError(f"{url}: not a web page ({media_type}); save the article's text and add the file")
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise ClaimTimelineError(f"{url}: the page is {int(declared):,} bytes, above the {max_bytes:,}-byte limit")
        data = _read_capped(response, url, max_bytes)
        final = _final_url(url, response)
    except urllib3.exceptions.HTTPError as exc:
        raise ClaimTimelineError(f"{url}: the download failed ({_reason(exc)})") from None
    finally:
        response.release_conn()
    return Fetched(data, final if is_url(final) else url, media_type)


def _final_url(url: str, response: "object") -> str:
    """Where the redirects led: urllib3 records each hop's Location (relative ones joined to the hop before)."""
    final = url
    retries = getattr(response, "retries", None)
    for hop in (retries.history if retries is not None else ()):
        if hop.redirect_location:
            final = urljoin(hop.url if is_url(hop.url or "") else final, hop.redirect_location)
    return final


def _read_capped(response: "object", url: str, max_bytes: int) -> bytes:
    """The body, read in chunks and abandoned as soon as it passes the cap (a missing or false Content-Length)."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.stream(64 * 1024):  # type: ignore[attr-defined]
        size += len(chunk)
        if size > max_bytes:
            raise ClaimTimelineError(f"{url}: the page is larger than the {max_bytes:,}-byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


def _reason(exc: object) -> str:
    """A short cause for a network failure, without urllib3's object addresses."""
    text = str(exc)
    text = re.sub(r"<[^>]*object at 0x[0-9a-f]+>:?\s*", "", text)
    return text.strip() or type(exc).__name__
