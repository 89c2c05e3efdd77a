"""One Jinja2 environment (autoescape on, undefined is an error) and the pages rendered from the model."""

from __future__ import annotations

import datetime as dt
import functools
import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Callable, Iterator

import jinja2
from markupsafe import Markup

from .dates import TimelineDate, format_date_label
from .drafts import is_draft, published_only
from .extract.lang import normalize
from .errors import TemplateError, display_path
from .model import Content, Event, Source, content_slugs
from .yamlfile import YamlDoc
from . import exports, timeline

THEME_DIRS = (
    Path(__file__).parent / "theme",  # inside an installed wheel
    Path(__file__).resolve().parent.parent / "templates",  # in a source checkout
)
ASSET_DIR = "assets"
MESSAGES_DIR = "messages"


def default_theme() -> Path:
    """The folder of the default theme that ships with the package."""
    for folder in THEME_DIRS:
        if (folder / "base.html").is_file():
            return folder
    raise TemplateError("the default theme is missing from this installation (no base.html found)")


@dataclass(frozen=True)
class Page:
    """One output file: its path under site/, the template, and the page's own variables."""

    path: str  # e.g. "events/openai-fondation/index.html"
    template: str
    context: dict[str, Any] = field(default_factory=dict)

    @property
    def url(self) -> str:
        """The page's URL relative to the site root: 'events/x/' for 'events/x/index.html'."""
        return self.path.removesuffix("index.html")

    @property
    def root(self) -> str:
        """The relative prefix from this page to the site root, so links work under any sub-path."""
        return "../" * self.path.count("/") or "./"


class Theme:
    """The templates of a site: its own templates/ folder first, then the default theme, file by file."""

    def __init__(self, site_templates: Path | None, language: str):
        self.folders = [f for f in (site_templates, default_theme()) if f is not None and f.is_dir()]
        self.folders = list(dict.fromkeys(p.resolve() for p in self.folders))
        self.env = jinja2.Environment(
            loader=NoLinkLoader([str(f) for f in self.folders]),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.language = language

    @cached_property
    def messages(self) -> dict[str, str]:
        """Interface text in the site's language: English first, then the language's catalog over it."""
        merged: dict[str, str] = {}
        for lang in ("en", normalize(self.language)):
            for folder in reversed(self.folders):
                path = folder / MESSAGES_DIR / f"{lang}.yaml"
                if os.path.lexists(path):
                    refuse_link(folder, path)
                if path.is_file():
                    merged.update(_catalog(path))
        return merged

    def asset_files(self) -> dict[str, Path]:
        """Static files (CSS, JS, images) by their path under site/, a site's own file winning."""
        files: dict[str, Path] = {}
        for folder in reversed(self.folders):
            asset_root = folder / ASSET_DIR
            if asset_root.is_dir():
                refuse_link(folder, asset_root)
                for parent, dirs, names in os.walk(asset_root):  # does not follow links to folders
                    for name in [*dirs, *names]:
                        if not name.startswith("."):
                            refuse_link(folder, Path(parent, name))
                    for name in names:
                        path = Path(parent, name)
                        if not name.startswith(".") and path.is_file():
                            files[f"{ASSET_DIR}/{path.relative_to(asset_root).as_posix()}"] = path
        return dict(sorted(files.items()))

    def render(self, page: Page, shared: dict[str, Any]) -> bytes:
        """Render one page; a template problem becomes a TemplateError naming its file and line."""
        try:
            template = self.env.get_template(page.template)
            text = template.render({**shared, **page.context, "page": page, "root": page.root})
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(f"{exc.filename or exc.name}:{exc.lineno}:1: template syntax error: {exc.message}") from None
        except jinja2.TemplateNotFound as exc:
            raise TemplateError(f"template not found: {exc.name} (looked in {', '.join(map(str, self.folders))})") from None
        except jinja2.UndefinedError as exc:
            raise TemplateError(f"{_template_location(exc, page.template)}: {exc.message} (rendering {page.path})") from None
        return text.encode("utf-8")


def _catalog(path: Path) -> dict[str, str]:
    """A message catalog, read within the YAML limits; a problem in it is a TemplateError at its place."""
    doc = YamlDoc.parse(path, path.read_text(encoding="utf-8"))
    if doc.problems:
        raise TemplateError(str(doc.problems[0]))
    value = doc.value(doc.node) if doc.node is not None else None
    if value is not None and not isinstance(value, dict):
        raise TemplateError(f"{display_path(path)}:1:1: a message catalog is a mapping of keys to texts")
    return value or {}


class NoLinkLoader(jinja2.FileSystemLoader):
    """A FileSystemLoader that refuses a template reached through a symbolic link inside a theme folder."""

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        """The template's source, after checking the file that would be read is no link."""
        for root in self.searchpath:
            candidate = Path(root, *jinja2.loaders.split_template_path(template))
            if os.path.lexists(candidate):
                refuse_link(Path(root), candidate)
                break
        return super().get_source(environment, template)


def refuse_link(root: Path, path: Path) -> None:
    """Raise TemplateError if ``path``, or a folder between ``root`` and it, is a symbolic link.

    A theme file that is a link could publish any file of the computer (issue 8); the message
    names the link, never what it points to.
    """
    current = Path(root)
    for part in Path(path).relative_to(root).parts:
        current = current / part
        if current.is_symlink():
            raise TemplateError(f"{display_path(current)}: a symbolic link: theme files are not followed through "
                                "links (copy the file into templates/ instead)")


def _template_location(exc: BaseException, fallback: str) -> str:
    """'path:line:1' of the template frame an error was raised in, from its traceback."""
    tb = exc.__traceback__
    location = f"{fallback}:1:1"
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".html", ".xml", ".json", ".ics", ".txt", ".svg")):
            location = f"{filename}:{tb.tb_lineno}:1"
        tb = tb.tb_next
    return location


class Renderer:
    """The model's pages, and the shared helpers every template gets."""

    def __init__(self, content: Content, theme: Theme):
        self.content = content
        self.theme = theme
        self.locale = content.site.date_locale.replace("-", "_")
        self.labels = theme.messages
        self.env = theme.env
        # A plain function over the site's names, not a method: the preview fingerprints what it closes over.
        self.slug = content_slugs(content)
        self.env.filters.update(
            date_label=self.date_label,
            day_label=self.day_label,
            markdown=render_markdown,
            slug=self.slug,
            mark_date=timeline.mark_date,
            html_datetime=timeline.html_datetime,
            event_slugs=functools.partial(timeline.event_slugs, slug=self.slug),
            first_appearance=timeline.first_appearance,
        )

    def date_label(self, date: TimelineDate) -> str:
        """A date in words in the site's language, at its precision."""
        return format_date_label(date, self.locale, self.labels)

    def day_label(self, day: dt.date) -> str:
        """A publication day in words in the site's language."""
        from babel.dates import format_date

        return format_date(day, "long", locale=self.locale)

    def shared(self) -> dict[str, Any]:
        """Variables every page sees."""
        content = self.content
        return {
            "site": content.site,
            "sources": content.sources,
            "t": self.labels,
            "lang": content.site.language,
            "all_events": content.events,
            "actor_slug": {name: self.slug(name) for name in content.actor_names()},
            "timeline_url": timeline.timeline_url(content),
            "json_ld": _json_ld_helper(content.sources, content.site.base_url, content.site.author),
            "count": self.count,
        }

    def count(self, key: str, n: int) -> str:
        """A message with a number, in the plural form the site's language uses for it ('key_one' for one)."""
        from babel import Locale

        form = Locale.parse(self.locale).plural_form(n)
        return self.labels.get(f"{key}_{form}", self.labels[key]).format(n=n)

    def pages(self) -> list[Page]:
        """Every page of the site, in a stable order."""
        content = self.content
        events = content.events
        pages = [Page(p.path, p.template, p.context) for p in timeline.timeline_pages(content, self.date_label, self.slug)]
        pages.append(Page("404.html", "404.html"))
        for event in events:
            pages.append(Page(f"events/{event.id}/index.html", "event.html", {"event": event}))
        by_source: dict[str, list[Event]] = {}
        for event in events:  # one pass, not one per source: the live preview lists pages on every save
            for source_id in dict.fromkeys(r.source for r in event.sources):
                by_source.setdefault(source_id, []).append(event)
        for source in sorted(content.sources.values(), key=lambda s: (s.published, s.id)):
            own = by_source.get(source.id, [])
            pages.append(Page(f"sources/{source.id}/index.html", "source.html", {"source": source, "events": own}))
        for name, own in self.by_actor().items():
            pages.append(Page(f"actors/{self.slug(name)}/index.html", "list.html",
                              {"heading": name, "list_kind": "actor", "events": own}))
        for tag, own in self.by_tag().items():
            pages.append(Page(f"tags/{self.slug(tag)}/index.html", "list.html",
                              {"heading": tag, "list_kind": "tag", "events": own}))
        drafts = {f"events/{e.id}/index.html" for e in events if is_draft(e)}  # no badge in a sitemap or a feed
        html_urls = [p.url for p in pages if p.path != "404.html" and p.path not in drafts]
        pages.append(Page("sitemap.xml", "sitemap.xml", {"urls": html_urls}))
        pages.append(Page("feed.xml", "feed.xml", {"events": [e for e in reversed(events) if not is_draft(e)],
                                                   "updated": feed_updated(content)}))
        return pages

    def by_actor(self) -> dict[str, list[Event]]:
        """Events by each actor or speaker they name, actors sorted by name."""
        found: dict[str, list[Event]] = {}
        for event in self.content.events:
            for name in dict.fromkeys([*event.actors, *([event.speaker] if event.speaker else [])]):
                found.setdefault(name, []).append(event)
        return dict(sorted(found.items(), key=lambda item: item[0].casefold()))

    def by_tag(self) -> dict[str, list[Event]]:
        """Events by tag, tags sorted."""
        found: dict[str, list[Event]] = {}
        for event in self.content.events:
            for tag in event.tags:
                found.setdefault(tag, []).append(event)
        return dict(sorted(found.items(), key=lambda item: item[0].casefold()))

    def render_page(self, page: Page, shared: dict[str, Any]) -> bytes:
        """One page's bytes. The live preview overrides this to skip pages whose inputs did not change,
        so a page may depend only on its template files, its context, ``shared`` and the site settings."""
        return self.theme.render(page, shared)

    def render_all(self) -> Iterator[tuple[str, bytes]]:
        """(path, bytes) for every page and asset of the site."""
        shared = self.shared()
        for page in self.pages():
            yield page.path, self.render_page(page, shared)
        yield from exports.export_files(published_only(self.content), self.date_label, self.day_label, self.labels)
        for path, file in self.theme.asset_files().items():
            yield path, file.read_bytes()


def _json_ld_helper(sources: dict[str, Source], base_url: str, author: str = "") -> Callable[[Event], Markup]:
    """The templates' json_ld(event); it holds only what it reads, so the preview's render cache
    re-renders an event page only when that page's inputs change (not on every save)."""
    return lambda event: timeline.json_ld(event, sources, f"{base_url}events/{event.id}/" if base_url else "", author)


def feed_updated(content: Content) -> str:
    """The feed's date: the newest source's publication (never the clock, so builds reproduce)."""
    days = [s.published for s in content.sources.values()]
    return f"{max(days).isoformat()}T00:00:00Z" if days else "1970-01-01T00:00:00Z"


def render_markdown(text: str) -> Markup:
    """Markdown notes as sanitised HTML (a note may not carry scripts into the page)."""
    import markdown
    import nh3

    html = markdown.markdown(text or "", extensions=["extra", "sane_lists"], output_format="html")
    # Links readers click are http(s) or relative (issue 8): nh3's default also lets ftp:, tel:, data-less others.
    return Markup(nh3.clean(html, url_schemes={"http", "https"}))
