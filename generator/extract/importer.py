"""``claim-timeline add``: articles (saved HTML pages, text or Markdown files, web addresses) -> content/sources/<id>.md."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from ..errors import ClaimTimelineError, ContentError, Problem, display_path, shorten
from ..load import MAX_SOURCE_BYTES, SitePaths, load_site, read_text, split_front_matter
from ..model import UNSAFE_CHARACTERS, is_link_url, slugify
from ..yamlfile import Quoted, dump_yaml, load_limited
from .fetch import fetch, is_url
from .page import Article, Found, headline_list, line_kind, read_page
from .segment import is_breadcrumb, without_chrome
from .lang import for_language, normalize

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_MAX_SLUG = 60
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
_DROPPED_KINDS = (("navigation", "navigation"), ("byline", "bylines"), ("related", "related links"),
                  ("comments", "comments"), ("other", "cookie, newsletter, share or ad boxes"),
                  ("heading", "straps under the headline"), ("dateline", "agency datelines (kept out of the text)"))
_MIN_WORDS_TO_DETECT = 12  # below this, py3langid guesses; the page's or the site's language is safer


@dataclass
class ImportOptions:
    """What the command line says about the articles; each given value overrides what a page says."""

    published: dt.date | None = None
    language: str | None = None
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    source_id: str | None = None


@dataclass
class Imported:
    """The source file written by ``add``, and what it kept."""

    path: Path
    source_id: str
    article: Article
    archive: Path | None = None

    @property
    def title(self) -> str:
        """The title written."""
        assert self.article.title
        return self.article.title.value

    @property
    def published(self) -> dt.date:
        """The publication day written."""
        assert self.article.published
        return self.article.published.value

    @property
    def language(self) -> str:
        """The language code written."""
        assert self.article.language
        return self.article.language.value


def import_articles(site_dir: Path, inputs: Sequence[str | Path], options: ImportOptions,
                    explicit_site: bool = True) -> list[Imported | ClaimTimelineError]:
    """Import each file or address in turn; one that fails is reported and the others still go in."""
    paths = require_site(Path(site_dir), explicit_site)
    if len(inputs) > 1:
        single = [name for name, value in (("--id", options.source_id), ("--title", options.title),
                                            ("--url", options.url)) if value]
        if single:
            raise ClaimTimelineError(f"{', '.join(single)} name{'s' if len(single) == 1 else ''} one article: "
                                     f"give one FILE or URL at a time")
    results: list[Imported | ClaimTimelineError] = []
    for item in inputs:
        try:
            results.append(import_article(paths, str(item), options))
        except ClaimTimelineError as exc:
            results.append(exc)
    return results


def require_site(site_dir: Path, explicit: bool = True) -> SitePaths:
    """The site's paths, or a refusal when the folder is not a site (``add`` never creates a stray content/)."""
    paths = SitePaths(site_dir)
    if not paths.site_config.is_file():
        if explicit:
            raise ClaimTimelineError(f"{site_dir} is not a site folder (it has no content/site.yaml); "
                                     f"create one with `claim-timeline init {site_dir}`")
        raise ClaimTimelineError("not inside a site folder: no content/site.yaml here or in any parent folder; "
                                 "cd into one, pass --site DIR, or create one with `claim-timeline init DIR`")
    return paths


def import_article(paths: SitePaths, item: str, options: ImportOptions) -> Imported:
    """Read one article, complete what it lacks from the options, and write it as a new source file."""
    article = read_input(item)
    label = item
    if options.title:
        article.title = Found(options.title.strip(), "--title")
    if options.published:
        article.published = Found(options.published, "--published")
    if options.publisher:
        article.publisher = Found(options.publisher.strip(), "--publisher")
    if options.url and not is_link_url(options.url):
        raise ClaimTimelineError(f"--url '{shorten(options.url)}' is not an http(s) address: "
                                 "a source's url becomes a link readers click")
    article.url = options.url or article.url
    if article.url and not is_link_url(article.url):
        article.url = None  # a page's own address of another kind (javascript:, data:…) is never kept (issue 8)
    article.language = _language(options.language, article, paths)
    if not article.text.strip():
        raise ClaimTimelineError(f"{label}: no article text found")
    missing = []
    if not article.title:
        missing.append("no title found: pass --title \"…\"")
    if article.published is None:
        missing.append("no publication date found: pass --published YYYY-MM-DD "
                       "(relative dates such as 'last June' are read against it)")
    if not article.language:
        missing.append("the article's language is not given: pass --lang fr (or en, de, …)")
    if missing:
        raise ClaimTimelineError(f"{label}: " + "; ".join(missing))
    if options.source_id is not None and not _ID.fullmatch(options.source_id):
        raise ClaimTimelineError(f"--id '{options.source_id}': an id is letters, digits, '.', '_' and '-' "
                                 f"(it becomes the file name and the source's address), e.g. --id budget-2024")
    return write_source(paths, article, label, options.source_id)


def read_input(item: str) -> Article:
    """An article from a web address, a saved HTML page, a Markdown file or a plain text file."""
    if is_url(item):
        fetched = fetch(item)
        if fetched.media_type == "text/plain":
            article = read_plain(fetched.data.decode("utf-8", "replace"), markdown=False)
        else:
            article = read_html(item, fetched.data, fetched.url)
        article.url = article.url or fetched.url
        article.raw_html = fetched.data
        article.raw_suffix = ".html" if "html" in fetched.media_type else ".raw"
        return article
    file = Path(item)
    if not file.is_file():
        raise ClaimTimelineError(f"{item}: no such file")
    if file.stat().st_size > MAX_SOURCE_BYTES:
        raise ClaimTimelineError(f"{item}: the file is larger than {MAX_SOURCE_BYTES // 1_000_000} MB, "
                                 "the limit for a source: it was not read")
    data = file.read_bytes()
    if file.suffix.lower() in HTML_SUFFIXES or re.match(rb"\s*(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html)", data[:512], re.I):
        return read_html(item, data)
    problems: list[Problem] = []
    text = read_text(file, problems, follow_link=True)  # the user names this file: a link is theirs to give
    if text is None:
        raise ContentError(problems)
    return read_plain(text, markdown=file.suffix.lower() in (".md", ".markdown"))


def read_html(label: str, data: bytes, url: str | None = None) -> Article:
    """A saved or fetched page: its main text without chrome, and its metadata with where each was found."""
    page = read_page(data, url)
    if page is None or not page.text.strip():
        raise ClaimTimelineError(f"{label}: could not find the article's text in this page")
    return page


def read_plain(text: str, markdown: bool) -> Article:
    """A text or Markdown article; front matter, a '# Title' line or a short first line give its title."""
    front, body = split_front_matter(text)
    meta: dict[str, Any] = {}
    if front:
        loaded = load_limited(front)  # limits on depth and aliases: the file may come from anywhere
        meta = loaded if isinstance(loaded, dict) else {}
    article = Article(
        text=body.strip("\n"),
        title=_found(_text(meta.get("title")), "front matter"),
        published=_found(_day(meta.get("published")), "front matter"),
        language=_found(_text(meta.get("language")), "front matter"),
        url=_text(meta.get("url")),
        publisher=_found(_text(meta.get("publisher")), "front matter"),
    )
    lines = article.text.splitlines()
    # the first line that is no page chrome: a pasted page may open on its author line or its breadcrumb; a list of
    # other stories' headlines is no chrome there, as a kicker's headline has its shape ("Live: Storm hits Cornwall ·
    # Thousands without power")
    first = next((i for i, line in enumerate(lines)
                  if line.strip() and (not line_kind(line.strip()) or headline_list(line.strip()))
                  and not is_breadcrumb(line)), None)
    if first is not None:
        line = lines[first].strip()
        heading = re.match(r"#\s+(.+?)\s*#*$", line) if markdown else None
        looks_like_title = not markdown and len(line.split()) <= 15 and not re.search(r"[.!?»\"”:]$", line)
        if heading or looks_like_title:
            article.title = article.title or Found(heading.group(1) if heading else line,
                                                   "the first heading" if heading else "the first line")
            del lines[first]
    text, dropped = without_chrome("\n".join(lines).strip("\n"), article.title.value if article.title else "")
    article.text, article.dropped = text, dropped or None
    return article


def write_source(paths: SitePaths, article: Article, label: str, source_id: str | None = None) -> Imported:
    """Write ``content/sources/<id>.md`` (and the fetched page as ``<id>.html``); never over an existing file."""
    assert article.title and article.published and article.language
    paths.sources.mkdir(parents=True, exist_ok=True)
    front: dict[str, Any] = {"title": article.title.value, "published": Quoted(article.published.value.isoformat()),
                             "language": article.language.value}
    if article.url:
        front["url"] = article.url
    if article.publisher:
        front["publisher"] = article.publisher.value
    # Control and bidi override characters of a page never reach the source file (issue 8).
    front = {key: UNSAFE_CHARACTERS.sub("", value) if type(value) is str else value for key, value in front.items()}
    body = UNSAFE_CHARACTERS.sub("", article.text.strip("\n")) + "\n"
    data = f"---\n{dump_yaml(front)}---\n\n{body}".encode("utf-8")
    _refuse_duplicate(paths.sources, article, body)
    if source_id is not None:
        candidates = [source_id]
    else:
        base = _slug(article.title.value)
        candidates = [base if number == 1 else f"{base}-{number}" for number in range(1, 1000)]
    for candidate in candidates:
        target = paths.sources / f"{candidate}.md"
        # The archived page shares the id: a name taken by either file is taken.
        if target.exists() or (article.raw_html is not None and target.with_suffix(article.raw_suffix).exists()):
            continue
        if _create_exclusive(target, data):
            archive = None
            if article.raw_html is not None:
                archive = target.with_suffix(article.raw_suffix)
                if not _create_exclusive(archive, article.raw_html):
                    archive = None
            return Imported(target, candidate, article, archive)
    if source_id is not None:
        raise ClaimTimelineError(f"{label}: the id '{source_id}' is taken ({display_path(paths.sources / source_id)}.md "
                                 f"exists): choose another --id")
    raise ClaimTimelineError(f"{label}: could not find a free file name for '{candidates[0]}' in {paths.sources}")


def summary_lines(imported: Imported) -> list[str]:
    """What ``add`` kept, for the person to check at a glance."""
    from .segment import paragraphs

    article = imported.article
    lines = [f"Added {display_path(imported.path)}",
             f"  title:      {imported.title}  (from {article.title.where if article.title else ''})",
             f"  published:  {imported.published.isoformat()}  (from {article.published.where if article.published else ''})"]
    if article.publisher:
        lines.append(f"  publisher:  {article.publisher.value}  (from {article.publisher.where})")
    else:
        lines.append("  publisher:  not found (--publisher gives it)")
    lines.append(f"  language:   {imported.language}  ({article.language.where if article.language else ''})")
    if article.text_from:
        lines.append(f"  text:       from {article.text_from} (the page's HTML held no article)")
    sentences = [s.text for p in paragraphs(article.text, imported.title) for s in p.sentences]
    lines.append(f"  words:      {word_count(article.text)}")
    if sentences:
        lines.append(f"  first:      {_shorten(sentences[0])}")
        lines.append(f"  last:       {_shorten(sentences[-1])}")
    dropped = article.dropped
    if dropped is not None:
        parts = [f"{dropped[kind]} {label}" for kind, label in _DROPPED_KINDS if dropped[kind]]
        lines.append(f"  dropped:    {sum(dropped.values())} blocks" + (f": {', '.join(parts)}" if parts else ""))
    if imported.archive is not None:
        lines.append(f"  archived:   {display_path(imported.archive)} (the page as fetched)")
    return lines


def word_count(text: str) -> int:
    """Words in a text, as a person counts them (numbers included, punctuation not)."""
    return len(re.findall(r"\d+(?:[.,]\d+)*|\w+(?:['’-]\w+)*", text))


def _shorten(sentence: str, limit: int = 100) -> str:
    """A sentence on one line, cut at a word boundary when long."""
    text = " ".join(sentence.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


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


def _language(option: str | None, article: Article, paths: SitePaths) -> Found[str] | None:
    """The article's language: --lang, else detected from its text, else the page's, else the site's default."""
    if option:
        code = option.strip()
        if not known_language(code):
            raise ClaimTimelineError(f"unknown language code '{option}' for --lang (use a code such as fr, en, de or es)")
        return Found(code, "--lang")
    if article.language and article.language.where == "front matter" and known_language(article.language.value):
        return article.language
    detected = detect_language(article.text)
    if detected and known_language(detected):
        return Found(detected, "detected from the text")
    if article.language:
        code = article.language.value.replace("_", "-").split("-")[0].lower()
        if known_language(code):
            return Found(code, article.language.where)
    problems: list[Problem] = []
    site = load_site(paths.site_config, problems)
    if site.language and known_language(site.language):
        return Found(site.language, "the site's default language")
    return None


def detect_language(text: str) -> str | None:
    """The language of an article's text by py3langid (its model ships in the package); None when unsure."""
    if len(re.findall(r"\w+", text)) < _MIN_WORDS_TO_DETECT:
        return None
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    global _IDENTIFIER
    if _IDENTIFIER is None:
        _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    code, probability = _IDENTIFIER.classify(text[:20000])
    return str(code) if probability >= 0.9 else None


_IDENTIFIER: Any = None


def known_language(code: str) -> bool:
    """Whether both Babel (display) and dateparser (dates) know a language code."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    if for_language(code) is not None:
        return True
    from dateparser.languages.loader import LocaleDataLoader

    try:
        LocaleDataLoader().get_locale_map(languages=[normalize(code)])
    except ValueError:
        return False
    return True


def _found(value: Any, where: str) -> Found[Any] | None:
    """A value with where it was found, or None when there is no value."""
    return None if value is None else Found(value, where)


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
        # Cut before the word that crosses the limit; a word ending exactly at it stays whole.
        slug = slug[:_MAX_SLUG] if slug[_MAX_SLUG] == "-" else slug[:_MAX_SLUG].rsplit("-", 1)[0]
    return slug
