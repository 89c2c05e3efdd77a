"""The live preview's incremental build: a file is re-read only when it changed, a page re-rendered only when its inputs did.

A page's inputs are its template files (the template, what it extends, includes and imports),
its own context, the shared variables those templates name, and the site settings the
filters read. Their fingerprint keys a cache of rendered pages, so that a save re-renders
the few pages it touches, and the page a browser asks for can be rendered on its own first.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import hashlib
import os
import types
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any, Callable, Iterable, Iterator

import jinja2
from jinja2 import meta

from .drafts import select_events
from .errors import Problem
from .load import FileCache, SitePaths, load_content
from .dates import TimelineDate
from .model import Content
from .render import Page, Renderer, Theme
from .write import WriteReport, digest, update_site, write_site

# Folders whose files only ever feed the content model: a change there cannot change the theme.
CONTENT_ONLY_DIRS = ("events", "sources")


class Uncacheable(Exception):
    """A value the fingerprint cannot see into: a page that holds one is rendered every time."""


class Cancelled(Exception):
    """A newer change arrived while this build was rendering: its result would be stale at once."""


class Fingerprinter:
    """Digests of template inputs: plain data, dataclasses, containers, and functions with what they close over.

    Compound values are remembered by identity for one generation; dataclass instances (events and
    sources reused from the file cache) also from the previous generation, since the loaded model
    is never mutated after loading.
    """

    def __init__(self, previous: "Fingerprinter | None" = None):
        self.memo: dict[int, tuple[object, bytes]] = {}
        self._previous = previous.memo if previous is not None else {}

    def __call__(self, value: Any) -> bytes:
        """The digest of a value; raise Uncacheable for a value it cannot see into."""
        h = hashlib.blake2b(digest_size=16)
        self._feed(h, value)
        return h.digest()

    def pin(self, value: object, digest_: bytes) -> None:
        """Decide a value's digest (e.g. the renderer, whose helpers read only the site settings)."""
        self.memo[id(value)] = (value, digest_)

    def _feed(self, h: Any, value: Any) -> None:
        if value is None or isinstance(value, (bool, int, float)):
            h.update(b"n" + repr(value).encode())
        elif isinstance(value, str):
            data = value.encode("utf-8", "surrogatepass")
            h.update(b"s%d:" % len(data) + data)
        elif isinstance(value, bytes):
            h.update(b"b%d:" % len(value) + value)
        elif isinstance(value, (dt.date, dt.time)):
            h.update(b"t" + value.isoformat().encode())
        elif isinstance(value, PurePath):
            self._feed(h, str(value))
        elif isinstance(value, enum.Enum):
            self._feed(h, (type(value).__qualname__, value.value))
        else:
            h.update(self._compound(value))

    def _compound(self, value: Any) -> bytes:
        key = id(value)
        hit = self.memo.get(key)
        if hit is not None and hit[0] is value:
            return hit[1]
        if dataclasses.is_dataclass(value):
            hit = self._previous.get(key)
            if hit is not None and hit[0] is value:
                self.memo[key] = hit
                return hit[1]
        h = hashlib.blake2b(digest_size=16)
        if isinstance(value, (list, tuple)):
            h.update(b"L%d:" % len(value))
            for item in value:
                self._feed(h, item)
        elif isinstance(value, dict):
            h.update(b"M%d:" % len(value))
            for k, v in value.items():
                self._feed(h, k)
                self._feed(h, v)
        elif isinstance(value, (set, frozenset)):
            h.update(b"S" + b"".join(sorted(self(item) for item in value)))
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            h.update(b"D" + type(value).__qualname__.encode())
            for f in dataclasses.fields(value):
                self._feed(h, f.name)
                self._feed(h, getattr(value, f.name))
        elif isinstance(value, types.FunctionType):
            code = value.__code__
            h.update(f"F{value.__module__}.{value.__qualname__}:{code.co_firstlineno}".encode())
            h.update(code.co_code)
            self._feed(h, value.__defaults__)
            for cell in value.__closure__ or ():
                self._feed(h, cell.cell_contents)
        elif isinstance(value, types.MethodType):
            self._feed(h, value.__func__)
            self._feed(h, value.__self__)
        elif isinstance(value, functools.partial):
            self._feed(h, (value.func, value.args, value.keywords))
        elif isinstance(value, (types.BuiltinFunctionType, type)):
            h.update(f"B{getattr(value, '__module__', '')}.{value.__qualname__}".encode())
        else:
            raise Uncacheable(type(value).__qualname__)
        result = h.digest()
        self.memo[key] = (value, result)
        return result


class CachingRenderer(Renderer):
    """The site's renderer, with its pages and shared variables made once, and pages rendered through the cache."""

    def __init__(self, content: Content, theme: Theme, builder: "IncrementalBuilder"):
        super().__init__(content, theme)
        self.builder = builder
        self.generation: Generation | None = None
        self._pages: list[Page] | None = None
        self._shared: dict[str, Any] | None = None

    def pages(self) -> list[Page]:
        """Every page, computed once for this generation."""
        if self._pages is None:
            self._pages = super().pages()
        return self._pages

    def shared(self) -> dict[str, Any]:
        """The shared variables, made once so their fingerprints are reused page after page."""
        if self._shared is None:
            self._shared = super().shared()
        return self._shared

    def date_label(self, date: TimelineDate) -> str:
        """A date in words, remembered: a large timeline labels the same months again on every save."""
        memo = self.builder.labels
        key = (date, self.locale)
        if key not in memo:
            memo[key] = super().date_label(date)
        return memo[key]

    def render_page(self, page: Page, shared: dict[str, Any]) -> bytes:
        """The page's bytes from the cache when its inputs did not change."""
        assert self.generation is not None
        return self.builder.page_bytes(self.generation, page)


class FrozenLoader(jinja2.BaseLoader):
    """A theme's templates as first read, never re-read: what is compiled is what was fingerprinted.

    A changed template file makes a new Theme (the watcher reports it), never a silent recompile.
    """

    def __init__(self, loader: jinja2.BaseLoader | None):
        self.loader = loader
        self.sources: dict[str, tuple[str, str | None]] = {}

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str | None, Callable[[], bool]]:
        if template not in self.sources:
            if self.loader is None:
                raise jinja2.TemplateNotFound(template)
            source, filename, _ = self.loader.get_source(environment, template)
            self.sources[template] = (source, filename)
        source, filename = self.sources[template]
        return source, filename, lambda: True


@dataclass
class Generation:
    """One successful load of the content: its pages by output path, and each page's input fingerprint once asked."""

    number: int
    content: Content
    renderer: CachingRenderer
    pages: dict[str, Page]
    warnings: list[Problem]
    fingerprint: Fingerprinter
    settings: bytes
    templates: dict[str, tuple[bytes, frozenset[str]] | None]  # by name, shared by the generations of one theme
    keys: dict[str, bytes | None] = dataclasses.field(default_factory=dict)


class IncrementalBuilder:
    """Builds a site again and again, reusing what did not change: parsed files, the theme, rendered pages, site/."""

    def __init__(self, site_dir: Path, out: Path | None = None, drafts: bool = False):
        self.paths = SitePaths(Path(site_dir))
        self.drafts = drafts  # the preview shows drafts, each with its badge (issue 11)
        self.out = Path(out) if out is not None else self.paths.output
        self.files = FileCache()
        self.theme: Theme | None = None
        self.rendered: dict[str, tuple[bytes, bytes]] = {}  # page path -> (input key, bytes)
        self.on_disk: dict[str, bytes] | None = None  # output path -> digest of what site/ holds; None: not yet written
        self._templates: dict[str, tuple[bytes, frozenset[str]] | None] = {}
        self.labels: dict[tuple[TimelineDate, str], str] = {}
        self._fingerprint: Fingerprinter | None = None
        self._count = 0

    def load(self, changed: Iterable[str] = ()) -> Generation:
        """Load the content again, re-reading only the changed files; raise ContentError or TemplateError."""
        changed = list(changed)
        self.files.forget(changed)
        content, warnings = load_content(self.paths, self.files)
        content, _ = select_events(content, self.drafts)
        if self.theme is None or self.theme.language != content.site.language or not all(map(self.is_content_file, changed)):
            self.theme = Theme(self.paths.templates, content.site.language)
            self.theme.env.loader = FrozenLoader(self.theme.env.loader)
            self._templates, self.labels = {}, {}
        renderer = CachingRenderer(content, self.theme, self)
        fingerprint = Fingerprinter(self._fingerprint)
        # The renderer's helpers (date_label, count...) read only the site's settings, not its events.
        fingerprint.pin(renderer, fingerprint((content.site, renderer.locale, renderer.labels)))
        settings = self._settings_key(fingerprint, renderer)
        pages = {page.path: page for page in renderer.pages()}
        self._fingerprint = fingerprint
        self._count += 1
        generation = Generation(self._count, content, renderer, pages, warnings, fingerprint, settings, self._templates)
        renderer.generation = generation
        return generation

    def is_content_file(self, path: str | Path) -> bool:
        """Whether a changed path is an event or source file, which cannot change the theme."""
        try:
            rel = Path(os.path.abspath(path)).relative_to(os.path.abspath(self.paths.content))
        except ValueError:
            return False
        return len(rel.parts) > 1 and rel.parts[0] in CONTENT_ONLY_DIRS

    def page_bytes(self, generation: Generation, page: Page) -> bytes:
        """A page's bytes: from the cache when its inputs are unchanged, else rendered now (TemplateError)."""
        if page.path not in generation.keys:
            generation.keys[page.path] = self._page_key(generation, page)
        key = generation.keys[page.path]
        hit = self.rendered.get(page.path)
        if key is not None and hit is not None and hit[0] == key:
            return hit[1]
        data = generation.renderer.theme.render(page, generation.renderer.shared())
        if key is not None:
            self.rendered[page.path] = (key, data)
        return data

    def write(self, generation: Generation, cancelled: Callable[[], bool] = lambda: False) -> WriteReport:
        """Render what changed and bring site/ up to date; raise Cancelled (nothing written) or TemplateError."""
        files = list(_checked(generation.renderer.render_all(), cancelled))
        if self.on_disk is None:
            report = write_site(files, self.out)
            self.on_disk = {path: digest(data) for path, data in files}
        else:
            report, self.on_disk = update_site(files, self.out, self.on_disk)
        for path in set(self.rendered) - set(generation.pages):
            del self.rendered[path]
        return report

    def _settings_key(self, fingerprint: Fingerprinter, renderer: Renderer) -> bytes:
        """What every page depends on besides its own inputs: the settings, labels and filters."""
        try:
            return fingerprint((renderer.content.site, renderer.locale, renderer.labels, dict(renderer.env.filters)))
        except Uncacheable:
            return os.urandom(16)  # an unknown filter: nothing can be trusted from one build to the next

    def _page_key(self, generation: Generation, page: Page) -> bytes | None:
        """The fingerprint of everything a page's bytes are made from; None when it cannot be known."""
        fingerprint, settings, shared = generation.fingerprint, generation.settings, generation.renderer.shared()
        theme = generation.renderer.theme  # not self.theme: a newer load may have replaced it meanwhile
        inputs = _template_inputs(theme, page.template, generation.templates)
        if inputs is None:
            return None
        templates, names = inputs
        globals_ = theme.env.globals
        try:
            h = hashlib.blake2b(templates + settings, digest_size=16)
            h.update(fingerprint(page))
            for name in sorted(names):
                if name in shared and name not in page.context:
                    h.update(name.encode() + fingerprint(shared[name]))
                elif name in globals_ and name not in page.context:
                    h.update(name.encode() + fingerprint(globals_[name]))
        except Uncacheable:
            return None
        return h.digest()


def _template_inputs(theme: Theme, name: str, memo: dict[str, tuple[bytes, frozenset[str]] | None]) -> tuple[bytes, frozenset[str]] | None:
    """The digest of a template and every template it pulls in, and the variables they name."""
    if name in memo:
        return memo[name]
    env = theme.env
    h = hashlib.blake2b(digest_size=16)
    names: set[str] = set()
    todo, seen = [name], set()
    result: tuple[bytes, frozenset[str]] | None
    try:
        while todo:
            current = todo.pop(0)
            if current in seen:
                continue
            seen.add(current)
            source, filename, _ = env.loader.get_source(env, current)  # type: ignore[union-attr]
            h.update(f"{current}\0{filename}\0".encode() + source.encode("utf-8", "surrogatepass"))
            tree = env.parse(source, current, filename)
            names |= meta.find_undeclared_variables(tree)
            for ref in meta.find_referenced_templates(tree):
                if ref is None:
                    raise Uncacheable(f"{current} names a template by a variable")
                todo.append(ref)
        result = (h.digest(), frozenset(names))
    except (jinja2.TemplateError, Uncacheable, OSError):
        result = None  # rendering will raise the located error, or render every time
    memo[name] = result
    return result


def _checked(files: Iterator[tuple[str, bytes]], cancelled: Callable[[], bool]) -> Iterator[tuple[str, bytes]]:
    """The files, stopping with Cancelled as soon as a newer change makes them pointless."""
    for item in files:
        if cancelled():
            raise Cancelled()
        yield item
