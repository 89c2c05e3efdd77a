"""``claim-timeline add``: an article (plain text, Markdown or a saved HTML page) -> content/sources/<slug>.md."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ClaimTimelineError, ContentError, Problem
from ..load import MAX_SOURCE_BYTES, SitePaths, load_site, read_text, split_front_matter
from ..model import slugify
from ..yamlfile import Quoted, dump_yaml, load_limited

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_MAX_SLUG = 60


@dataclass
class Article:
    """What an imported file says about itself, before the command-line options fill the gaps."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    language: str | None = None
    url: str | None = None
    publisher: str | None = None


@dataclass
class Imported:
    """The source file written by ``add``."""

    path: Path
    source_id: str
    title: str
    published: dt.date
    language: str


def import_article(site_dir: Path, file: Path, *, published: dt.date | None = None, language: str | None = None,
                   url: str | None = None, title: str | None = None, publisher: str | None = None) -> Imported:
    """Read an article, complete what it lacks from the options, and write it as a new source file."""
    paths = SitePaths(Path(site_dir))
    article = read_article(Path(file))
    article.title = title or article.title
    article.published = published or article.published
    article.url = url or article.url
    article.publisher = publisher or article.publisher
    article.language = _language(language, article.language, paths)
    if not article.text.strip():
        raise ClaimTimelineError(f"{file}: no article text found")
    missing = []
    if not article.title:
        missing.append("no title found: pass --title \"…\"")
    if article.published is None:
        missing.append("no publication date found: pass --published YYYY-MM-DD "
                       "(relative dates such as 'last June' are read against it)")
    if not article.language:
        missing.append("the article's language is not given: pass --lang fr (or en, de, …)")
    if missing:
        raise ClaimTimelineError(f"{file}: " + "; ".join(missing))
    return write_source(paths, article, Path(file))


def read_article(file: Path) -> Article:
    """An article from a saved HTML page, a Markdown file or a plain text file."""
    if not file.is_file():
        raise ClaimTimelineError(f"{file}: no such file")
    if file.stat().st_size > MAX_SOURCE_BYTES:
        raise ClaimTimelineError(f"{file}: the file is larger than {MAX_SOURCE_BYTES // 1_000_000} MB, "
                                 "the limit for a source: it was not read")
    data = file.read_bytes()
    if file.suffix.lower() in HTML_SUFFIXES or re.match(rb"\s*(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html)", data[:512], re.I):
        return read_html(file, data)
    problems: list[Problem] = []
    text = read_text(file, problems)
    if text is None:
        raise ContentError(problems)
    return read_plain(text, markdown=file.suffix.lower() in (".md", ".markdown"))


def read_html(file: Path, data: bytes) -> Article:
    """Main text and metadata of a saved page, via trafilatura (menus, footers and comments left out)."""
    import trafilatura

    document = trafilatura.bare_extraction(
        data, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None or not (document.text or "").strip():
        raise ClaimTimelineError(f"{file}: could not find the article's text in this page")
    lines = [line.strip() for line in document.text.splitlines() if line.strip()]
    if lines and document.title and lines[0].casefold() == document.title.strip().casefold():
        lines = lines[1:]  # the page's heading repeats the title
    return Article(
        text="\n\n".join(lines),
        title=(document.title or "").strip() or None,
        published=_day(document.date),
        language=_page_language(data),
        url=document.url or None,
        publisher=(document.sitename or "").strip() or None,
    )


def read_plain(text: str, markdown: bool) -> Article:
    """A text or Markdown article; front matter, a '# Title' line or a short first line give its title."""
    front, body = split_front_matter(text)
    meta: dict[str, Any] = {}
    if front:
        loaded = load_limited(front)  # limits on depth and aliases: the file may come from anywhere
        meta = loaded if isinstance(loaded, dict) else {}
    article = Article(
        text=body.strip("\n"),
        title=_text(meta.get("title")),
        published=_day(meta.get("published")),
        language=_text(meta.get("language")),
        url=_text(meta.get("url")),
        publisher=_text(meta.get("publisher")),
    )
    lines = article.text.splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None:
        line = lines[first].strip()
        heading = re.match(r"#\s+(.+?)\s*#*$", line) if markdown else None
        looks_like_title = not markdown and len(line.split()) <= 15 and not re.search(r"[.!?»\"”:]$", line)
        if heading or looks_like_title:
            article.title = article.title or (heading.group(1) if heading else line)
            article.text = "\n".join(lines[first + 1:]).strip("\n")
    return article


def write_source(paths: SitePaths, article: Article, origin: Path) -> Imported:
    """Write ``content/sources/<slug>.md``; never over an existing file (a new slug, or a refusal for the same article)."""
    assert article.title and article.published and article.language
    paths.sources.mkdir(parents=True, exist_ok=True)
    front: dict[str, Any] = {"title": article.title, "published": Quoted(article.published.isoformat()),
                             "language": article.language}
    if article.url:
        front["url"] = article.url
    if article.publisher:
        front["publisher"] = article.publisher
    body = article.text.strip("\n") + "\n"
    data = f"---\n{dump_yaml(front)}---\n\n{body}".encode("utf-8")
    _refuse_duplicate(paths.sources, article, body)
    base = _slug(article.title)
    for number in range(1, 1000):
        source_id = base if number == 1 else f"{base}-{number}"
        target = paths.sources / f"{source_id}.md"
        if target.exists():
            continue
        if _create_exclusive(target, data):
            return Imported(target, source_id, article.title, article.published, article.language)
    raise ClaimTimelineError(f"{origin}: could not find a free file name for '{base}' in {paths.sources}")


def _refuse_duplicate(folder: Path, article: Article, body: str) -> None:
    """Stop when the same article (same URL, or the same text) is already a source."""
    for existing in sorted(folder.glob("*.md")):
        try:
            front, text = split_front_matter(existing.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
        same_url = article.url and re.search(rf"^url:\s*['\"]?{re.escape(article.url)}['\"]?\s*$", front, re.M)
        if same_url or text.strip() == body.strip():
            raise ClaimTimelineError(
                f"this article is already a source: {existing} (delete it first to import it again)")


def _create_exclusive(target: Path, data: bytes) -> bool:
    """Write a new file atomically, failing (False) rather than replacing one that appeared meanwhile."""
    handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temp, 0o644)
        try:
            os.link(temp, target)  # link() fails when the name exists: no overwrite, even in a race
        except FileExistsError:
            return False
        return True
    finally:
        Path(temp).unlink(missing_ok=True)


def _language(option: str | None, found: str | None, paths: SitePaths) -> str | None:
    """The article's language: the option, else the page's, else the site's default; checked to be known."""
    if option:
        code = option.strip()
        if not known_language(code):
            raise ClaimTimelineError(f"unknown language code '{option}' for --lang (use a code such as fr, en, de or es)")
        return code
    if found:
        code = found.replace("_", "-").split("-")[0].lower()
        if known_language(code):
            return code
    if paths.site_config.is_file():
        problems: list[Problem] = []
        site = load_site(paths.site_config, problems)
        if site.language and known_language(site.language):
            return site.language
    return None


def known_language(code: str) -> bool:
    """Whether both Babel (display) and dateparser (dates) know a language code."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    if code.split("-")[0].lower() in ("fr", "en"):
        return True
    from dateparser.languages.loader import LocaleDataLoader

    try:
        LocaleDataLoader().get_locale_map(languages=[code.split("-")[0].lower()])
    except ValueError:
        return False
    return True


def _page_language(data: bytes) -> str | None:
    """The language a page declares: <html lang>, else its Content-Language or og:locale."""
    match = re.search(rb"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)", data[:4096], re.I)
    if not match:
        match = re.search(rb"(?:content-language|og:locale)[\"'][^>]*content\s*=\s*[\"']([A-Za-z]{2,3})", data, re.I)
    return match.group(1).decode("ascii") if match else None


def _day(value: Any) -> dt.date | None:
    """A publication day from metadata ('2024-03-12', a date, '2024-03-12T09:30'); None when there is none."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _text(value: Any) -> str | None:
    """A metadata field as text, or None when empty or not text (a list or mapping is never str()-ed whole)."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return str(value).strip() or None


def _slug(title: str) -> str:
    """A file name from the title, cut at a word boundary."""
    slug = slugify(title)
    if len(slug) > _MAX_SLUG:
        slug = slug[:_MAX_SLUG].rsplit("-", 1)[0]
    return slug
