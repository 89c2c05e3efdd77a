"""One Jinja2 environment (autoescape on, undefined is an error) and the pages rendered from the model."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import importlib
import os
import sys
import types
from functools import cached_property
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

import jinja2
import markupsafe
from markupsafe import Markup

from .dates import TimelineDate, format_date_label
from .extract.lang import normalize
from .errors import TemplateError, display_path
from .stamp import default_theme, tool_fingerprint
from .model import Content, Event, Site, Source
from .structure import Page
from .yamlfile import YamlDoc
from . import timeline

ASSET_DIR = "assets"
MESSAGES_DIR = "messages"


class CheckedBytecodeCache(jinja2.FileSystemBytecodeCache):
    """Jinja's compiled templates on disk, each file led by a digest of the rest: a damaged file is compiled
    again rather than run (Python executes marshalled code unchecked, and damaged code may crash the process,
    where a damaged pickle only raises)."""

    _DIGEST = 32

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        """The bucket's code from its file when the file's digest matches its bytes; else the bucket left empty
        (as Jinja's get_bucket made it: a file shorter than a digest matches none)."""
        try:
            data = Path(self._get_cache_filename(bucket)).read_bytes()
        except OSError:
            return
        digest, body = data[:self._DIGEST], data[self._DIGEST:]
        if hashlib.blake2b(body, digest_size=self._DIGEST).digest() == digest:
            bucket.bytecode_from_string(body)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        """The bucket's code, after its digest, written as Jinja writes its own (a temporary file moved in place)."""
        body = bucket.bytecode_to_string()
        super().dump_bytecode(_Digested(bucket.key, hashlib.blake2b(body, digest_size=self._DIGEST).digest() + body))


class _Digested:
    """What FileSystemBytecodeCache.dump_bytecode asks of a bucket: its key, and its bytes written to a file."""

    def __init__(self, key: str, data: bytes):
        self.key, self.data = key, data

    def write_bytecode(self, f: Any) -> None:
        """The bytes, as they are."""
        f.write(self.data)


class Theme:
    """The templates of a site: its own templates/ folder first, then the default theme, file by file."""

    def __init__(self, site_templates: Path | None, language: str, compiled: Path | None = None):
        self.folders = [f for f in (site_templates, default_theme()) if f is not None and f.is_dir()]
        self.folders = list(dict.fromkeys(p.resolve() for p in self.folders))
        if compiled is not None:
            compiled.mkdir(parents=True, exist_ok=True)
        self.env = _Environment(
            loader=NoLinkLoader([str(f) for f in self.folders]),
            # Templates compiled by an earlier build, keyed by their source's checksum (a new process
            # otherwise spends most of a one-page rebuild compiling the theme again) and by the tool: the
            # code Jinja makes depends on the filters (whether each takes the context), which a new
            # version of claim-timeline may change.
            bytecode_cache=CheckedBytecodeCache(
                str(compiled), f"__jinja2_%s.{tool_fingerprint()[:16]}.cache") if compiled is not None else None,
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.template_class = _Template
        self.env.context_class = _Context
        # Set once per theme, never per build: a filter finds the build's labels in the render
        # context, so pages of an older build in the preview never use a newer build's settings.
        self.env.filters.update(
            date_label=_date_label_filter,
            day_label=_day_label_filter,
            markdown=_markdown_filter,
            slug=_slug_filter,
            mark_date=timeline.mark_date,
            html_datetime=timeline.html_datetime,
            event_slugs=_event_slugs_filter,
            first_appearance=timeline.first_appearance,
            source_count=timeline.source_count,
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
            text = _render(template, {**shared, **page.context, "page": page, "root": page.root})
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(f"{exc.filename or exc.name}:{exc.lineno}:1: template syntax error: {exc.message}") from None
        except jinja2.TemplateNotFound as exc:
            raise TemplateError(f"template not found: {exc.name} (looked in {', '.join(map(str, self.folders))})") from None
        except jinja2.UndefinedError as exc:
            raise TemplateError(f"{_template_location(exc, page.template)}: {exc.message} (rendering {page.path})") from None
        return text.encode("utf-8")


class _Environment(jinja2.Environment):
    """Jinja's environment, each template found again by its name in a dict while templates are not reloaded.

    A page asks for three templates (its own, the one it extends, the one it imports macros from), each
    through Jinja's LRU cache: a lock, a weak reference and a reordering per lookup (issue 12: 30,000
    lookups at 10,000 events, 4 % of rendering an event page). Kept only for the loader it was loaded with,
    and never while ``auto_reload`` asks whether each template changed.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._found: dict[str, tuple[Any, jinja2.Template]] = {}

    @jinja2.utils.internalcode
    def get_template(self, name: Any, parent: str | None = None, globals: Any = None) -> jinja2.Template:
        """Jinja's get_template, answered from the names already found when nothing can have changed."""
        if globals is not None or name.__class__ is not str or self.auto_reload or self.cache is None:
            return super().get_template(name, parent, globals)
        if parent is not None:
            name = self.join_path(name, parent)
        found = self._found.get(name)
        if found is not None and found[0] is self.loader:
            return found[1]
        template = super().get_template(name)
        self._found[name] = (self.loader, template)
        return template


def _render(template: jinja2.Template, variables: dict[str, Any]) -> str:
    """``template.render(variables)``, its context made from one copy of the variables.

    Template.render copies the variables twice (into a dict, then under the globals), and the context
    walks the globals' ChainMap once more for their names (issue 12: 10,000 event pages, 5 % of rendering
    one). Here the globals are flattened once per template; the context is the one Jinja makes.
    """
    env = template.environment
    if env.is_async:
        return template.render(variables)
    globals_ = template.globals
    sizes = tuple(map(len, globals_.maps))
    kept = template.__dict__.get("_flat_globals")
    if kept is None or kept[0] != sizes:  # a name added since (none is ever replaced: the theme sets no global)
        kept = template.__dict__["_flat_globals"] = (sizes, dict(globals_), set(globals_))
    context = env.context_class(env, {**kept[1], **variables}, template.name, template.blocks)
    context.globals_keys = kept[2]
    try:
        return env.concat(template.root_render_func(context))  # type: ignore[attr-defined,no-any-return]
    except Exception:
        env.handle_exception()
        raise  # handle_exception always raises; for the type checker


def plain_escape(module: Any = markupsafe) -> Callable[[str], str]:
    """markupsafe's escaping of a str into a plain str: its private ``_escape_inner`` (MarkupSafe 3), else escape()."""
    inner = getattr(module, "_escape_inner", None)
    return inner if inner is not None else (lambda text: str(module.escape(text)))


def _escape_output(value: Any, _str: type = str, _inner: Callable[[str], str] = plain_escape()) -> str:
    """markupsafe.escape for what a template prints: the same text, as a plain string.

    What a template prints is only ever joined into the page (or into a macro's or block's text, which
    Jinja then marks safe itself), so the Markup that escape() wraps each value in, then unwraps and
    wraps again for a value already safe, is never looked at (issue 12: about a million values printed
    at 10,000 events, a sixth of rendering an event page).
    """
    if value.__class__ is _str:
        return _inner(value)
    html = getattr(value, "__html__", None)
    if html is not None:
        return html()
    return _inner(_str(value))


class _Template(jinja2.Template):
    """A template whose printed values are escaped by _escape_output (the only use of ``escape`` in the
    code Jinja generates for a template: printing a value; joining with ``~`` uses markup_join), and whose
    ``self`` is a _TemplateReference."""

    @classmethod
    def from_code(cls, environment: jinja2.Environment, code: Any, globals: Any,
                  uptodate: Callable[[], bool] | None = None) -> jinja2.Template:
        """Jinja's own from_code, with ``escape`` in the template's namespace replaced once it is run."""
        namespace = {"environment": environment, "__file__": code.co_filename}
        exec(code, namespace)
        namespace["escape"] = _escape_output
        namespace["TemplateReference"] = _TemplateReference
        template = cls._from_namespace(environment, namespace, globals)
        template._uptodate = uptodate
        return template

    def make_module(self, vars: dict[str, Any] | None = None, shared: bool = False,
                    locals: Mapping[str, Any] | None = None) -> Any:
        """Jinja's make_module, or, for an import with context, the module that the page's ``fragments_``
        keeps of this template when it has one for this page, else one made without them when the page's
        variables differ from those its cards were rendered with (generator/fragments.py, Cards.imported)."""
        if shared and vars:
            imported = getattr(vars.get("fragments_"), "imported", None)
            if imported is not None:
                module, vars = imported(self, vars, locals)  # vars without the cards when they cannot serve
                if module is not None:
                    return module
        return super().make_module(vars, shared, locals)


class _TemplateReference(jinja2.runtime.TemplateReference):
    """The ``self`` of templates, its blocks found as attributes too.

    ``self.description()`` is read through Environment.getattr, which tries ``getattr`` first: on Jinja's own
    reference that raised an AttributeError, caught, before the block was found by name (issue 12: base.html
    asks for two blocks so, on every page). The same BlockReference is given either way, and a name that is
    no block is still no attribute (Environment.getattr then tries ``self[name]``, and an undefined results).
    """

    def __getattr__(self, name: str) -> Any:
        context = self.__dict__.get("_TemplateReference__context")  # absent while a copy is being made
        if context is None or name not in context.blocks:
            raise AttributeError(name)
        return jinja2.runtime.BlockReference(name, context, context.blocks[name], 0)


# Callables that never take a context, by their exact class: a macro, a block called as ``self.name()``, a method
# of a built-in type (str.format).
_PLAIN_CALLABLES = (jinja2.runtime.Macro, jinja2.runtime.BlockReference, types.BuiltinMethodType)


class _Context(jinja2.runtime.Context):
    """Jinja's render context, calling a macro or a built-in method without looking for a context argument.

    Context.call asks every callable, through ``hasattr`` twice, whether it wants the context; a macro or a
    block (their classes set no such mark) and a built-in method (which cannot carry one) never do, and they
    are most of what a page calls (issue 12: 130,000 macro calls at 10,000 events, 6 % of rendering).
    Any other callable goes through Jinja's own call, unchanged.
    """

    @jinja2.utils.internalcode
    def call(__self, __obj: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - Jinja's signature
        """Call ``__obj`` as Context.call does (the loop and block variables it is given are dropped)."""
        if __obj.__class__ not in _PLAIN_CALLABLES:
            return jinja2.runtime.Context.call(__self, __obj, *args, **kwargs)
        if kwargs:
            kwargs.pop("_block_vars", None)
            kwargs.pop("_loop_vars", None)
        try:
            return __obj(*args, **kwargs)
        except StopIteration:
            return __self.environment.undefined("value was undefined because a callable raised a"
                                                " StopIteration exception")


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


class Labels:
    """Dates, days and counts in words in the site's locale, each distinct one worked out once (Babel is slow).

    ``kept`` is what :meth:`kept` gave for the same locale and messages in an earlier build: its labels
    are used without Babel (issue 12: loading Babel's locale data was a tenth of a one-event build).
    """

    def __init__(self, locale: str, messages: dict[str, str], kept: Mapping[str, Any] | None = None):
        self.locale = locale.replace("-", "_")
        self.messages = messages
        self._dates: dict[TimelineDate, str] = {}
        self._days: dict[dt.date, str] = {}
        self._plural: Callable[[int], str] | None = kept["plural"] if kept else None
        self._kept_dates: Mapping[str, str] = kept["dates"] if kept else {}
        self._kept_days: Mapping[str, str] = kept["days"] if kept else {}
        self._counts: dict[tuple[str, type, int], str] = {}

    def date_label(self, date: TimelineDate) -> str:
        """A date in words in the site's language, at its precision."""
        text = self._dates.get(date)
        if text is None:
            text = self._kept_dates.get(repr(date)) if self._kept_dates else None
            if text is None:
                text = format_date_label(date, self.locale, self.messages)
            self._dates[date] = text
        return text

    def day_label(self, day: dt.date) -> str:
        """A publication day in words in the site's language."""
        text = self._days.get(day)
        if text is None:
            text = self._kept_days.get(day.isoformat())
            if text is None:
                from babel.dates import format_date

                text = format_date(day, "long", locale=self.locale)
            self._days[day] = text
        return text

    def count(self, key: str, n: int) -> str:
        """A message with a number, in the plural form the site's language uses for it ('key_one' for one).

        Each distinct (key, number) worked out once: every card prints how many sources reported it, and
        Babel's plural rule is Python run anew at each call (issue 12: 20,000 calls at 10,000 events).
        """
        memo = (key, n.__class__, n)  # 1 and 1.0 (or True) print differently
        text = self._counts.get(memo)
        if text is None:
            form = self._plural_rule()(n)
            text = self._counts[memo] = self.messages.get(f"{key}_{form}", self.messages[key]).format(n=n)
        return text

    def kept(self, dates: Iterable[TimelineDate], days: Iterable[dt.date]) -> dict[str, Any]:
        """These dates' and days' labels and the plural rule, for ``Labels(..., kept=)`` in a later build."""
        rule = self._plural_rule()
        return {"plural": rule if isinstance(rule, KeptPlural) else KeptPlural(rule.abstract),
                "dates": {repr(date): self.date_label(date) for date in set(dates)},
                "days": {day.isoformat(): self.day_label(day) for day in set(days)}}

    def _plural_rule(self) -> Callable[[int], str]:
        if self._plural is None:
            from babel import Locale

            self._plural = Locale.parse(self.locale).plural_form
        return self._plural


class KeptPlural:
    """A language's plural rule as Babel parsed it (its ``abstract``: plain tuples), kept between builds without Babel.

    Unpickling Babel's own rule imported Babel (babel.core, its locale data module, decimal): a twentieth of a
    one-event build at 10,000 events (issue 12). A count is a whole number, whose CLDR operands are the number
    itself (n, i) and zeros (v, w, f, t, c, e): the rule is read here for those; any other number goes to Babel.
    """

    def __init__(self, abstract: list[tuple[str, Any]]):
        self.abstract = abstract
        self._babel: Callable[[Any], str] | None = None

    def __getstate__(self) -> list[tuple[str, Any]]:
        return self.abstract

    def __setstate__(self, abstract: list[tuple[str, Any]]) -> None:
        self.abstract, self._babel = abstract, None

    def __call__(self, n: Any) -> str:
        """The plural form of ``n`` ("one", "few", ... or "other"), as Babel's rule says."""
        if type(n) is not int:
            return self._rule()(n)
        n = abs(n)
        for tag, condition in self.abstract:
            if _holds(condition, n):
                return tag
        return "other"  # Babel's fallback tag

    def _rule(self) -> Callable[[Any], str]:
        if self._babel is None:
            from babel.plural import PluralRule

            rule = PluralRule.__new__(PluralRule)
            rule.__setstate__(self.abstract)
            self._babel = rule
        return self._babel


def _holds(node: tuple[str, Any], n: int) -> bool:
    """Whether a condition of Babel's parsed plural rule holds for the whole number ``n`` >= 0 (babel/plural.py's
    _Parser builds them; its _PythonCompiler says what each means)."""
    op, args = node
    if op == "and":
        return _holds(args[0], n) and _holds(args[1], n)
    if op == "or":
        return _holds(args[0], n) or _holds(args[1], n)
    if op == "not":
        return not _holds(args[0], n)
    if op == "is":
        return _operand(args[0], n) == _operand(args[1], n)
    if op == "isnot":
        return _operand(args[0], n) != _operand(args[1], n)
    if op == "relation":  # "in" and "within" are one test for a whole number
        _, expr, (_, ranges) = args
        value = _operand(expr, n)
        return any(_operand(low, n) <= value <= _operand(high, n) for low, high in ranges)
    raise ValueError(f"unknown plural rule condition {op!r}")


def _operand(node: tuple[str, Any], n: int) -> int:
    op, args = node
    if op == "value":
        return args[0]
    if op == "mod":  # CLDR's modulo keeps the dividend's sign: both are >= 0 here
        return _operand(args[0], n) % _operand(args[1], n)
    if op in ("n", "i"):
        return n
    if op in ("v", "w", "f", "t", "c", "e"):
        return 0
    raise ValueError(f"unknown plural rule operand {op!r}")


def printed_dates(content: Any) -> tuple[list[TimelineDate], list[dt.date]]:
    """Every date the site prints in words (events' and their conflicts'), and every source's publication day."""
    dates = [date for event in content.events for date in (event.date, *(c.date for c in event.conflicts))]
    return dates, [source.published for source in content.sources.values()]


@jinja2.pass_context
def _date_label_filter(context: jinja2.runtime.Context, date: TimelineDate) -> str:
    return context["labels_"].date_label(date)


@jinja2.pass_context
def _day_label_filter(context: jinja2.runtime.Context, day: dt.date) -> str:
    return context["labels_"].day_label(day)


@jinja2.pass_context
def _markdown_filter(context: jinja2.runtime.Context, text: str) -> Markup:
    notes = context.get("notes_")  # generator/fragments.py: a note's place, while a page is rendered from its old bytes
    return notes.place(text) if notes is not None else render_markdown(text)


@jinja2.pass_context
def _slug_filter(context: jinja2.runtime.Context, name: str) -> str:
    return context["slug_"](name)


@jinja2.pass_context
def _event_slugs_filter(context: jinja2.runtime.Context, event: Event, sources: Any = None) -> dict[str, str]:
    # Read as ``slugs.actors``: a plain dict failed Jinja's getattr first, four exceptions per card (issue 12).
    return Messages(timeline.event_slugs(event, sources, slug=context["slug_"]))


def shared_variables(content: Content, labels: Labels, timeline_url: Callable[[Event], str],
                     slug: Callable[[str], str]) -> dict[str, Any]:
    """Variables every page sees (the build's page keys name which of them each page reads)."""
    return shared_from(content.site, content.sources, labels, timeline_url, slug, content.events,
                       {name: slug(name) for name in content.actor_names()})


def shared_from(site: Site, sources: dict[str, Source], labels: Labels, timeline_url: Callable[[Event], str],
                slug: Callable[[str], str], all_events: list[Event], actor_slug: dict[str, str]) -> dict[str, Any]:
    """shared_variables from their parts (a build after edits in place has no list of every event)."""
    return {
        "slug_": slug,  # actors' and tags' slugs, distinct across the site (issue 8)
        "site": site,
        "sources": sources,
        "t": Messages(labels.messages),
        "labels_": labels,
        "lang": site.language,
        "all_events": all_events,
        "actor_slug": actor_slug,
        "timeline_url": timeline_url,
        "json_ld": _json_ld_helper(sources, site.base_url, site.author),
        "count": labels.count,
        "fragments_": None,  # generator/fragments.py: set while a page's frame is rendered
        "notes_": None,  # generator/fragments.py: set while a page is rendered with the notes of its old bytes
    }


class Messages(dict):  # type: ignore[type-arg]
    """The interface text for the templates, each message also an attribute: Jinja reads ``t.feed`` as an
    attribute first, and a plain dict failed that with an exception for every message a page printed
    (issue 12: tens per page). A key that names a dict method stays the method, as Jinja found it.
    An event's slugs for its card (the filter ``event_slugs``) are given the same way."""

    def __init__(self, messages: dict[str, str]):
        super().__init__(messages)
        self.__dict__.update((key, text) for key, text in messages.items() if not hasattr(dict, key))


def _json_ld_helper(sources: dict[str, Source], base_url: str, author: str = "") -> Callable[[Event], Markup]:
    """The templates' json_ld(event): reads the event, the sources and the site's settings only."""
    articles: dict[str, timeline.Recurring] = {}  # of these sources, which never change
    return lambda event: timeline.json_ld(event, sources, f"{base_url}events/{event.id}/" if base_url else "",
                                          author, articles)


def feed_updated(content: Content) -> str:
    """The feed's date: the newest source's publication (never the clock, so builds reproduce)."""
    days = [s.published for s in content.sources.values()]
    return f"{max(days).isoformat()}T00:00:00Z" if days else "1970-01-01T00:00:00Z"


@functools.lru_cache(maxsize=4096)
def render_markdown(text: str) -> Markup:
    """Markdown notes as sanitised HTML (a note may not carry scripts into the page); each distinct note once."""
    import nh3

    converter = markdown_converter()
    html = converter.reset().convert(text or "")
    # Links readers click are http(s) or relative (issue 8): nh3's default also lets ftp:, tel:, data-less others.
    return Markup(nh3.clean(html, url_schemes={"http", "https"}))


def _import_without_pygments(module: str) -> None:
    """Import ``module`` as it is where Pygments is not installed, when it is not imported yet.

    Markdown's fenced code imports its code highlighting, which imports Pygments' lexers when it can (40 ms,
    the largest import of a cold build's serial start: issue 12), yet highlights only with the codehilite
    extension, which no note is converted with: a fenced block is the same ``<pre><code>`` either way.
    """
    if module in sys.modules or "pygments" in sys.modules:
        return
    sys.modules["pygments"] = None  # type: ignore[assignment] - makes ``import pygments`` raise ImportError
    try:
        importlib.import_module(module)
    finally:
        del sys.modules["pygments"]


@functools.lru_cache(maxsize=1)
def markdown_converter() -> Any:
    """One Markdown converter, reset between notes (making one per note cost more than converting it);
    made here with nh3 imported, which sanitises what it gives."""
    import markdown
    import nh3  # noqa: F401 - imported with the converter, for render_markdown

    _import_without_pygments("markdown.extensions.codehilite")
    from markdown.extensions import abbr, attr_list, def_list, fenced_code, footnotes, md_in_html, sane_lists, tables

    # "extra" and "sane_lists" as instances, in the order "extra" registers its parts: a name is looked up
    # among every installed package's entry points (issue 12: about 10 ms of a one-event build).
    extra = [fenced_code.FencedCodeExtension(), footnotes.FootnoteExtension(), attr_list.AttrListExtension(),
             def_list.DefListExtension(), tables.TableExtension(), abbr.AbbrExtension(),
             md_in_html.MarkdownInHtmlExtension()]
    return markdown.Markdown(extensions=[*extra, sane_lists.SaneListExtension()], output_format="html")
