"""The build engine `build` and `serve` share: load what changed, render the pages whose key changed, publish.

Every output file has a key made of exactly what it is made from: the digests of the template
files it uses, of the site's settings (site.yaml, the interface text, the sources, the tool), and
the page's own inputs from generator/structure.py (its events' digests...). A page whose key is
the one site/ already holds is neither rendered nor written. Keys and parsed files are kept
between runs in .cache/claim-timeline/ (generator/cache.py).
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import os
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

import jinja2
from jinja2 import meta

from . import exports, fragments, quick, search, timeline
from .cache import BuildCache, uncollected
from .drafts import published_only, select_events
from .errors import ClaimTimelineError, ContentError, Problem, display_path
from .edit import placement, with_event
from .load import EVENT_SUFFIXES, SitePaths, load_content, load_event_file
from .model import Content, Event, Source, content_slugs, name_slug
from .pool import AHEAD, Beside, ChildLost, RenderPool, beside as pool_beside, usable as pool_usable
from .provenance import check_provenance, with_provenance
from .render import Labels, Theme, markdown_converter, printed_dates, shared_variables
from .scaffold import placeholder_warnings
from .stamp import (Scan, clear_stamp, notice, input_stamp, parts_digest as _hash, racy_after, output_stamp, scan_inputs,
                    theme_folders, tool_fingerprint, write_stamp)
from .structure import Page, Structure, event_path
from .write import MARKER, Blank, Cancelled, OutputFile, WriteReport, digest, publish, published, write_pieces

# Variables a template may name whose value covers the whole content: naming one adds its digest
# to the page's key (the default theme names none of them in its pages).
WIDE_VARIABLES = ("all_events", "actor_slug")
PROGRESS_AFTER_S = 1.0


@dataclass
class BuildResult:
    """What a build loaded, what it wrote, and the warnings worth showing."""

    content: Content
    report: WriteReport
    warnings: list[Problem]
    out: Path
    awaiting_review: int = 0  # events not yet reviewed (left out unless drafts were asked for)
    profile: dict[str, Any] = field(default_factory=dict)
    events: int | None = None  # how many events the site has, when content does not list them (generator/quick.py)

    @property
    def event_count(self) -> int:
        """How many events the site was built with."""
        return self.events if self.events is not None else len(self.content.events)


@dataclass
class Generation:
    """One successful load of the content: its pages by output path, their keys, and how to render them."""

    number: int
    content: Content
    structure: Structure
    theme: Theme
    labels: Labels
    shared: dict[str, Any]
    pages: dict[str, Page]
    warnings: list[Problem]
    settings: str
    awaiting_review: int = 0
    keys: dict[str, str] = field(default_factory=dict)
    rendered: dict[str, bytes] = field(default_factory=dict)
    reasons: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    named: dict[int, str] = field(default_factory=dict)  # objects pages refer to by name (generator/edit.py)
    by_path: dict[str, Event] | None = None  # events by their file, made when an edit needs them
    export_layout: dict[str, Any] | None = None  # where each event's part lies in each export, when made
    exports: _Exports | None = None  # the exports, when the load started making them already (a large build)
    checking: _Checking | None = None  # the quotes being checked beside: ``warnings`` is complete once written


class FrozenLoader(jinja2.BaseLoader):
    """A theme's templates as first read, never re-read: what is compiled is what was hashed into the keys.

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


class Builder:
    """Builds one site again and again, reusing what did not change: parsed files, the theme, pages, site/."""

    def __init__(self, site_dir: Path, out: Path | None = None, clean: bool = False, cancellable: bool = False,
                 drafts: bool = False, strict: bool = False):
        self.paths = SitePaths(Path(site_dir))
        self.strict = strict  # any warning stops the build
        self.cancellable = cancellable
        self.clean = clean
        self.drafts = drafts  # the preview and `build --drafts` show drafts, each with its badge (issue 11)
        self.out = Path(out) if out is not None else self.paths.output
        self.cache = BuildCache(self.paths.root, read=not clean)
        self.cache.files.parallel = not cancellable  # the preview's threads are never forked
        self.theme: Theme | None = None
        self._theme_stamp: str | None = None
        self._templates: dict[str, tuple[str, frozenset[str]] | None] = {}
        self._count = 0
        self._last: Generation | None = None  # the last generation loaded, which an edit may start from

    # --- the steps ------------------------------------------------------------

    def build(self, changed: list[str] | None = None, progress: bool = False, save: bool = True,
              beside: Callable[[Generation], None] | None = None) -> BuildResult:
        """Load, render what changed and publish; raise ContentError or TemplateError (site/ untouched).

        ``save=False`` leaves writing the cache to the caller (:meth:`save_cache`); ``beside``: see :meth:`write`."""
        generation = self.load(changed or [])
        report = self.write(generation, progress=progress, save=save, beside=beside)
        profile = {"timings": generation.timings, "reasons": generation.reasons, "pages": len(generation.pages),
                   "files": len(report.written) + len(report.unchanged)}
        return BuildResult(generation.content, report, generation.warnings, self.out, generation.awaiting_review, profile)

    def load(self, changed: list[str] | tuple[str, ...] | set[str] = ()) -> Generation:
        """Load the content again (only changed files are parsed again) and list its pages.

        When only event files changed and each stays where it stood (generator/edit.py), the last
        generation is taken with those events put in place: nothing else is read or listed again.
        """
        last, self._last = self._last, None  # a failed load leaves no generation to edit
        generation = self._load_edit(last, changed) if last is not None and changed else None
        if generation is None:
            with uncollected(not self.cancellable):
                generation = self._load_all(changed)
        self._last = generation
        return generation

    def _load_all(self, changed: list[str] | tuple[str, ...] | set[str]) -> Generation:
        """Load every file (parsed ones from the cache) and list every page."""
        started = time.perf_counter()
        files = self.cache.files
        files.complete = True
        files.forget(changed)
        speakers = _SpeakerTypes() if not self.cancellable and pool_usable(_event_files(self.paths)) else None
        try:
            content, warnings = load_content(self.paths, files)
        except BaseException:
            if speakers is not None:
                speakers.cancel()
            raise
        if speakers is not None:
            speakers.know(content.events)
        self._settle()
        if not self.cancellable and pool_usable(len(content.events)):
            self.cache.save_content_beside()
        content, awaiting = select_events(content, self.drafts)
        placeholders = placeholder_warnings(self.paths.site_config, content.site)
        checking = None
        # A large one-shot build does beside, in forked children, what its serial start would do itself.
        large = not self.cancellable and pool_usable(len(content.events))
        if self.strict or not large:
            warnings = with_provenance(content, warnings) + placeholders
            if self.strict and warnings:
                raise ContentError([dataclasses.replace(p, severity="error") for p in warnings])
        else:
            checking = _Checking(content, warnings, placeholders)
        loaded = time.perf_counter()
        theme_stamp = f"{content.site.language}:{_folders_stamp(theme_folders(self.paths.root))}"
        if self.theme is None or theme_stamp != self._theme_stamp:
            compiled = self.cache.folder / "templates"
            if self.clean:  # a clean build reads nothing its predecessors left, compiled templates included
                for path in compiled.glob("*.cache"):
                    path.unlink(missing_ok=True)
            self.theme = Theme(self.paths.templates, content.site.language, compiled)
            self.theme.env.loader = FrozenLoader(self.theme.env.loader)
            # Its templates never change: Jinja need not ask whether each is up to date, three times a page.
            self.theme.env.auto_reload = False
            self._theme_stamp, self._templates = theme_stamp, {}
        theme = self.theme
        labels = Labels(content.site.date_locale, theme.messages)

        known: dict[int, tuple[str, Event | Source]] = {}  # by object: a source is asked for once per event citing it

        def digest_of(obj: Event | Source) -> str:
            hit = known.get(id(obj))
            if hit is not None:
                return hit[0]
            # The file's bytes and its name: the id (and so every link to it) is the file's stem.
            found = files.digests.get(os.path.abspath(obj.path)) if obj.path is not None else None
            value = f"{obj.id}:{found}" if found else _hash(repr(obj))
            known[id(obj)] = (value, obj)
            return value

        slug = content_slugs(content)
        structure = Structure(content, labels.date_label, slug, digest_of, listed=False)
        # A name's slug is its own unless it clashes with another's: the clashes are settings of every page.
        clashes = sorted((n, slug(n)) for n in content.actor_names() if slug(n) != name_slug(n))
        clashes += sorted((t, slug(t)) for t in {t for e in content.events for t in e.tags} if slug(t) != name_slug(t))
        settings = _hash(tool_fingerprint(), repr(content.site), sorted(theme.messages.items()), labels.locale,
                         structure.split, repr(content.actors), clashes,
                         sorted((s.id, digest_of(s)) for s in content.sources.values()))
        made = self._exports_beside(content, labels, structure, settings) if large else None
        try:
            structure.list_pages()
            self._settle()
            shared = shared_variables(content, labels, structure.timeline_url, slug)
        except BaseException:
            if made is not None:
                made.discard()
            if checking is not None:
                checking.cancel()
            raise
        self._count += 1
        generation = Generation(self._count, content, structure, theme, labels, shared,
                                {p.path: p for p in structure.pages},
                                warnings if checking is None else warnings + placeholders, settings, awaiting)
        generation.exports, generation.checking = made, checking
        generation.named = {id(content): "content", id(slug): "slug"}
        generation.timings["load"] = loaded - started
        generation.timings["structure"] = time.perf_counter() - loaded
        return generation

    def _exports_beside(self, content: Content, labels: Labels, structure: Structure, settings: str) -> _Exports:
        """A large one-shot build's exports, started in a forked child while this process lists the pages.

        Listing the pages of a large site is serial, one core idle (issue 12: at 100,000 events, 4 s); the
        exports need only the content, its cards and the settings. Made later in a render worker, they
        took a core from rendering (8 s of CPU at 100,000 events). Otherwise they are made in write().
        """
        made = self._exports_maker(content, labels, structure, settings)
        _warm_labels(content, labels)
        shown = published(self.out, self.cache.output(self.out)) or {}
        if not all(_kept(path, key, shown) for path, key in made.keys.items()):
            made.future = Beside(made.made_and_kept, "exports")
        return made

    def _settle(self) -> None:
        """Set what is loaded so far aside from the cyclic collector, for the rest of a one-shot build.

        It lives as long as the build, yet every full collection scanned it again: at 100,000 events a
        third of listing the pages and of saving the cache (issue 12). build() thaws it at the end;
        the preview, which keeps running, never freezes.
        """
        if not self.cancellable:
            gc.freeze()

    def _load_edit(self, last: Generation, changed: list[str] | tuple[str, ...] | set[str]) -> Generation | None:
        """The last generation with the changed event files put in place, or None when an edit moves
        anything (a date, a tag, a new or gone file...) and the whole content must be loaded again."""
        started = time.perf_counter()
        paths = {os.path.abspath(p) for p in changed}
        events_dir = os.path.abspath(self.paths.events)
        if not all(os.path.dirname(p) == events_dir and p.endswith(EVENT_SUFFIXES) and os.path.isfile(p)
                   and not os.path.islink(p) for p in paths):
            return None
        if last.by_path is None:
            last.by_path = {os.path.abspath(e.path): e for e in last.content.events if e.path is not None}
        files = self.cache.files
        files.forget(paths)
        content, structure = last.content, last.structure
        edits: list[tuple[Event, Event]] = []
        placeholders = placeholder_warnings(self.paths.site_config, content.site)  # after the others, as in a load
        kept = last.warnings[:len(last.warnings) - len(placeholders)]
        warnings = [p for p in kept if os.path.abspath(p.path) not in paths]
        for path in sorted(paths):
            old = last.by_path.get(path)
            if old is None:
                return None
            new, problems = load_event_file(Path(path), content.sources.keys(), files)
            if new is None or any(p.severity == "error" for p in problems) or placement(new) != placement(old):
                return None
            edits.append((old, new))
            warnings += problems
        index = {id(old): new for old, new in edits}
        content = dataclasses.replace(content, events=[index.get(id(e), e) for e in content.events])
        warnings += check_provenance(dataclasses.replace(content, events=[new for _, new in edits]))
        warnings.sort(key=lambda p: (str(p.path), p.line, p.column))
        warnings += placeholders
        if self.strict and warnings:
            return None  # the whole load raises them as errors, every file's
        structure = structure.with_events(content, edits)
        shared = {**last.shared, "all_events": content.events, "timeline_url": structure.timeline_url}
        named = {id(content): "content", id(last.shared["slug_"]): "slug"}
        replaced = {("n", "content"): content}
        pages = dict(last.pages)
        keys = dict(last.keys)
        wide = {name for name, found in self._templates.items() if found is None or found[1] & set(WIDE_VARIABLES)}
        for path, page in pages.items():
            if page.template in wide:
                keys.pop(path, None)  # a page naming all_events shows every event: its key is made again
        for old, new in edits:
            old_card, new_card = last.structure.card(old), structure.card(new)
            for path in structure.shows.get(new.id, []):
                pages[path] = with_event(pages[path], new, old_card, new_card, last.named, replaced)
                keys.pop(path, None)
        self._count += 1
        generation = Generation(self._count, content, structure, last.theme, last.labels, shared, pages, warnings,
                                last.settings, last.awaiting_review, keys)
        generation.named = named
        generation.by_path = {**last.by_path, **{os.path.abspath(new.path): new for _, new in edits}}
        generation.timings["load"] = time.perf_counter() - started
        return generation

    def page_key(self, generation: Generation, page: Page) -> str | None:
        """The key of everything a page's bytes are made from; None when it cannot be known (render every time)."""
        key = generation.keys.get(page.path)
        if key is None:
            inputs = _template_inputs(generation.theme, page.template, self._templates, self.cache.templates)
            if inputs is None:
                return None
            templates, names = inputs
            wide = []
            for name in WIDE_VARIABLES:
                if name in names and name not in page.context:
                    wide.append((name, repr(generation.shared[name]) if name != "all_events"
                                 else generation.structure.cards(generation.content.events)))
            key = generation.keys[page.path] = _hash(page.path, page.template, templates, generation.settings,
                                                     page.inputs, wide)
        return key

    def page_bytes(self, generation: Generation, path: str) -> bytes:
        """A page's bytes for the preview: site/'s when its key is the same, else rendered now (TemplateError)."""
        data = generation.rendered.get(path)
        if data is not None:
            return data
        page = generation.pages[path]
        key = self.page_key(generation, page)
        shown = published(self.out, self.cache.output(self.out)) or {}
        if key is not None and shown.get(path, ("",))[0] == key:
            try:
                return (self.out / path).read_bytes()
            except OSError:
                pass
        data = generation.rendered[path] = generation.theme.render(page, generation.shared)
        return data

    def is_content_file(self, path: str | Path) -> bool:
        """Whether a changed path is an event or source file, which cannot change the theme."""
        try:
            rel = Path(os.path.abspath(path)).relative_to(os.path.abspath(self.paths.content))
        except ValueError:
            return False
        return len(rel.parts) > 1 and rel.parts[0] in ("events", "sources")

    def write(self, generation: Generation, cancelled: Callable[[], bool] = lambda: False,
              progress: bool = False, save: bool = True,
              beside: Callable[[Generation], None] | None = None) -> WriteReport:
        """Render what changed and publish site/; raise Cancelled (site/ untouched) or TemplateError.

        ``save=False`` (the preview, which keeps everything in memory) leaves the cache to :meth:`save_cache`.
        ``beside(generation)`` is called once the pages are keyed, while a pool's workers render them
        (the build's own process has nothing else to do then); never when the pages are rendered here.
        """
        started = time.perf_counter()
        state = self.cache.output(self.out)
        shown = published(self.out, state) or {}
        timings = generation.timings
        timings.update(render=0.0, exports=0.0)

        exports_made, generation.exports = generation.exports, None
        if exports_made is None:
            exports_made = self._exports_maker(generation.content, generation.labels, generation.structure,
                                               generation.settings, cancelled)
        pool: RenderPool | None = None

        def files(blank: Blank | None = None) -> Iterator[OutputFile]:
            nonlocal pool
            # With nothing published no page is kept, whatever its key: a cold build keys its pages once the
            # workers render (issue 12: 0.12 s of the serial start at 10,000 events), else before, to choose.
            def all_keys() -> dict[str, str | None]:
                return {path: self.page_key(generation, page) for path, page in generation.pages.items()}

            keys = all_keys() if shown else None
            todo = list(generation.pages) if keys is None else [path for path, key in keys.items()
                                                                if not _kept(path, key, shown)]
            pooled: Iterator[bytes | Placed] | None = None
            searched: list[tuple[str, str, Callable[[], bytes]]] | None = None
            if not self.cancellable and not generation.rendered and pool_usable(len(todo)):
                # A large cold build: pages rendered by forked workers, in order, the exports beside them;
                # into a blank generation (a first build) the workers write the pages themselves.
                _compile_templates(generation)
                _before_fork(generation)

                # Each event's card and line rendered once per worker, not once per page showing it.
                kept = fragments.cards(generation.theme.env, generation.shared,
                                       {name for page in generation.pages.values() for name in page.context})
                shared = generation.shared if kept is None else {**generation.shared, "fragments_": kept}
                left = fragments.LEFT.encode()

                def render(path: str) -> bytes | Placed:
                    data = generation.theme.render(generation.pages[path], shared)
                    if kept is not None and left in data:  # a placeholder the theme changed: this page as before
                        data = generation.theme.render(generation.pages[path], generation.shared)
                    return Placed(blank.place(path, data)) if blank is not None else data

                pool = RenderPool(render, exports=exports_made.made_and_kept)
                if exports_made.future is None and any(not _kept(path, key, shown)
                                                       for path, key in exports_made.keys.items()):
                    exports_made.future = pool.submit("exports")
                # Into a blank generation the workers send back digests only: every page is handed out at
                # once, so that they never wait for this process while it makes the search index.
                pooled = (pool.render(todo, ahead=None, first=_with_own_pages(generation, todo)) if blank is not None
                          else pool.render(todo, ahead=AHEAD))
                if keys is None:
                    keys = all_keys()
                # Made here while the workers render (issue 12: the parent was idle, then made it alone).
                begin = time.perf_counter()
                with uncollected(True):
                    searched = self._search(generation)
                timings["search"] = timings.get("search", 0.0) + time.perf_counter() - begin
                if beside is not None:
                    beside(generation)
            if keys is None:
                keys = all_keys()
            with _progress(len(generation.pages), progress) as tick:
                for path, page in generation.pages.items():
                    if cancelled():
                        raise Cancelled()
                    begin = time.perf_counter()
                    key = keys[path]
                    make = (lambda: next(pooled)) if pooled is not None else (  # type: ignore[arg-type]
                        lambda: generation.rendered.pop(path, None) or generation.theme.render(page, generation.shared))
                    yield self._file(generation, path, key, shown, make)
                    timings["render"] += time.perf_counter() - begin
                    tick()
            begin = time.perf_counter()
            for path, key in exports_made.keys.items():
                yield self._file(generation, path, key, shown, lambda path=path: exports_made.file(path))
            timings["exports"] += time.perf_counter() - begin
            begin = time.perf_counter()
            for path, key, make in searched if searched is not None else self._search(generation, cancelled):
                yield self._file(generation, path, key, shown, make)
            timings["search"] = timings.get("search", 0.0) + time.perf_counter() - begin
            begin = time.perf_counter()
            for path, file in generation.theme.asset_files().items():
                data = file.read_bytes()
                yield self._file(generation, path, "asset:" + digest(data), shown, lambda data=data: data)
            timings["exports"] += time.perf_counter() - begin

        # The preview may cancel: it renders first and writes after. A build streams, so that a cold
        # build of many pages never holds them all in memory; a failure leaves site/ as it was.
        report: WriteReport | None = None
        try:
            items = list(files()) if self.cancellable else files
            report = publish(self.out, state, items, fresh=self.clean, cancelled=cancelled)
        except OSError as exc:  # unwritable folder, a symlink loop, a full disk: the old site is kept
            raise ClaimTimelineError(f"cannot write the site into {display_path(self.out)}: "
                                     f"{exc.strerror or exc}{_at(exc, self.out)}; the previous site was kept") from None
        finally:
            if pool is not None:
                pool.close()
            exports_made.discard()
            if report is None and generation.checking is not None:
                generation.checking.cancel()
        if generation.checking is not None:
            generation.warnings, generation.checking = generation.checking.result(), None
        generation.export_layout = exports_made.layout
        self.cache.written_beside()
        self.cache.forget_unpublished()
        if save:
            self.cache.save()
        timings["write"] = (time.perf_counter() - started - timings["render"] - timings["exports"]
                            - timings.get("search", 0.0))
        return report

    def save_cache(self) -> None:
        """Keep what this builder knows for the next run (the preview calls it when idle and on stop)."""
        try:
            self.cache.save()
        except OSError as exc:  # a full disk: the next run builds without it, as after deleting it
            notice(f"the build cache could not be written ({exc.strerror or exc}); the next run will rebuild it")

    def _file(self, generation: Generation, path: str, key: str | None, shown: dict[str, tuple[str, str]],
              make: Callable[[], bytes | tuple[str, str] | Placed]) -> OutputFile:
        """An output file: the one site/ holds when its key did not change, else made now."""
        was = shown.get(path)
        if key is not None and was is not None and was[0] == key:
            return OutputFile(path, key, was[1])
        reason = "new" if was is None else "no key" if key is None else "changed"
        generation.reasons[reason] = generation.reasons.get(reason, 0) + 1
        data = make()
        if isinstance(data, Placed):  # written into the new generation by a worker
            return OutputFile(path, key or "", data.digest, placed=True)
        if isinstance(data, tuple):  # (digest, a finished file to move into place)
            return OutputFile(path, key or "", data[0], file=data[1])
        return OutputFile(path, key or "", digest(data), data)

    def _exports_maker(self, content: Content, labels: Labels, structure: Structure, settings: str,
                       cancelled: Callable[[], bool] = lambda: False) -> _Exports:
        """The exports, keyed on every event they list; written together, once, when one is needed.

        ``cancelled`` is asked between pieces: in the preview, writing the exports again is the longest
        step of a one-event rebuild, and a newer save should not wait for it (issue 12).
        """
        # Exports never carry drafts, in any mode: a calendar or a feed reader shows no badge (issue 11).
        content = published_only(content)
        key = _hash("exports", settings, structure.cards(content.events))
        card = structure.card
        # Beside the output, so that moving a finished file into the new generation is one rename;
        # named like a staging folder, so that one a killed build left is removed by the next.
        folder = self.out.parent / f".{self.out.name}.new-{os.getpid()}-exports"

        def make() -> tuple[dict[str, str], dict[Any, Any], set[Any], dict[str, Any]]:
            """Write the exports into ``folder`` piece by piece: their digests, the parts made now and used,
            and where each event's part lies in each file (generator/quick.py puts an edited one in place)."""
            fresh: dict[Any, Any] = {}
            used: set[Any] = set()
            memo = self.cache.fragments  # read from the cache only when an export is made again
            ends = [0]  # the end of each piece written so far in the current file
            parts: list[tuple[str, int, int]] = []  # (event id, pieces before it, its length)

            def fragment(kind: str, event: Event | None, make_one: Callable[[], Any]) -> Any:
                """An event's part of an export (None: the site's part), kept between builds under the key of what it shows."""
                fkey = (kind, card(event) if event is not None else "", settings)
                found = memo.get(fkey)
                if found is None:
                    found = memo[fkey] = fresh[fkey] = make_one()
                used.add(fkey)
                if event is not None:  # its piece, the next one written, ends with it
                    parts.append((event.id, len(ends) - 1, len(found if isinstance(found, bytes) else found.encode())))
                return found

            def counted(pieces: Iterator[bytes]) -> Iterator[bytes]:
                for piece in pieces:
                    if cancelled():
                        raise Cancelled()
                    ends.append(ends[-1] + len(piece))
                    yield piece

            folder.mkdir(parents=True, exist_ok=True)
            digests, layout = {}, {}
            for path, pieces in exports.export_parts(content, labels.date_label, labels.day_label, labels.messages,
                                                     fragment):
                ends[:], parts[:] = [0], []
                digests[path] = write_pieces(folder / path, counted(pieces))
                layout[path] = {event_id: (ends[k + 1] - size, size) for event_id, k, size in parts}
            return digests, fresh, used, layout

        return _Exports({path: f"{path}:{key}" for path in exports.EXPORTS}, folder, make, self.cache)

    def _search(self, generation: Generation, cancelled: Callable[[], bool] = lambda: False
                ) -> list[tuple[str, str, Callable[[], bytes]]]:
        """The site-wide search index of a timeline split into year pages (generator/search.py)."""
        if not generation.structure.split:
            return []
        content = generation.content
        return search.index_outputs(content.events, content.sources, generation.structure, generation.labels.messages,
                                    generation.settings, self.cache.search_keys, lambda: self.cache.search, cancelled)


class _Checking:
    """The quotes of a large one-shot build checked against their sources in a forked child, while this
    process lists and renders the pages (issue 12: at 100,000 events, 2 s of the serial start of a build).
    Only without --strict, whose warnings stop the build before anything is rendered."""

    def __init__(self, content: Content, warnings: list[Problem], placeholders: list[Problem]):
        self.content, self.warnings, self.placeholders = content, warnings, placeholders
        self.child = Beside(lambda: check_provenance(content), "quotes")

    def result(self) -> list[Problem]:
        """Every warning of the load, in the order a load that checks the quotes itself gives them."""
        try:
            found = self.child.result()
        except ChildLost:
            found = check_provenance(self.content)
        return with_provenance(self.content, self.warnings, found) + self.placeholders

    def cancel(self) -> None:
        """Stop the child (a failed build)."""
        self.child.cancel()


@dataclass(frozen=True)
class Placed:
    """A page a worker wrote into the new generation itself: only its digest comes back."""

    digest: str


class _Exports:
    """The exports of one build: their keys, and their files, written once when the first is asked for
    (in this process, in a child forked while a large build lists its pages, or in a worker of the render pool)."""

    def __init__(self, keys: dict[str, str], folder: Path,
                 make: Callable[[], tuple[dict[str, str], dict, set, dict[str, Any]]], cache: BuildCache):
        self.keys, self.folder, self.make, self.cache = keys, folder, make, cache
        self.future: Any = None
        self.digests: dict[str, str] | None = None
        self.layout: dict[str, Any] | None = None  # export -> event id -> (offset, length) of its part

    def made_and_kept(self) -> tuple[dict[str, str], dict | None, set | None, dict[str, Any]]:
        """In another process (see the class): the exports made, and their parts written into the cache from
        there (None, None in place of the parts), so that the build's own process never holds them
        (issue 12: at 100,000 events, 190 MB of parts sent back to it, then pickled again to save them)."""
        digests, fresh, used, layout = self.make()
        self.cache.fragments_used |= used  # the cache's fragments already hold the fresh ones
        try:
            self.cache.save_fragments()
        except OSError:
            return digests, fresh, used, layout  # the build's process saves them, or says it could not
        return digests, None, None, layout

    def file(self, path: str) -> tuple[str, str]:
        """(digest, finished file) of one export."""
        if self.digests is None:
            try:
                made = self.future.result() if self.future is not None else None
            except ChildLost:  # the child beside gave nothing back: made here, as without it
                made = None
            digests, fresh, used, layout = made if made is not None else self.make()
            if fresh is None or used is None:
                self.cache.fragments_saved()
            else:
                self.cache.fragments.update(fresh)
                self.cache.fragments_used |= used
            self.digests, self.layout = digests, layout
        return self.digests[path], str(self.folder / path)

    def discard(self) -> None:
        """Remove what was not moved into the site (a failed build, an unchanged export)."""
        if isinstance(self.future, Beside):
            self.future.cancel()  # a failed build's child may still be writing them
        if self.digests is not None or self.future is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


def _kept(path: str, key: str | None, shown: dict[str, tuple[str, str]]) -> bool:
    """Whether site/ already holds this output under this key (it is neither made nor written again)."""
    was = shown.get(path)
    return key is not None and was is not None and was[0] == key


def _with_own_pages(generation: Generation, todo: list[str]) -> list[list[str]]:
    """Each year page to render with the own pages of the events it lists, one task for one worker.

    An event's card is rendered once per worker (generator/fragments.py): rendered by the worker
    that renders its year page, its own page finds it there (issue 12: split by chance between the
    workers, half the own pages rendered it again). The lists of events (a source's, an actor's, a tag's)
    are one task too, handed out first: each event's line is then rendered once, not once per worker.
    """
    pending = set(todo)
    lists = [path for path in todo if generation.pages[path].template in ("list.html", "source.html")]
    groups = [lists] if lists else []
    pending.difference_update(lists)
    for path in todo:
        page = generation.pages[path]
        if page.template != "year.html" or not isinstance(page.context.get("events"), list):
            continue
        own = [event_path(event) for event in page.context["events"] if isinstance(event, Event)]
        groups.append([path, *(p for p in own if p in pending)])
        pending.difference_update(groups[-1])
    return groups


def _compile_templates(generation: Generation) -> None:
    """Compile every template the pages use once, before the workers are forked with them."""
    for name in sorted({page.template for page in generation.pages.values()}):
        try:
            generation.theme.env.get_template(name)
        except jinja2.TemplateError:
            pass  # rendering the page raises it, located


def _warm_labels(content: Content, labels: Labels) -> None:
    """Work out every date's and day's label once, before the children that print them are forked.

    The exports' child and each render worker worked out the same thousands again, each importing Babel's
    dates (issue 12); the search index and the edits' record, made in this process, find them as well.
    """
    dates, days = printed_dates(content)
    for date in dates:
        labels.date_label(date)
    for day in days:
        labels.day_label(day)


def _event_files(paths: SitePaths) -> int:
    """How many entries the events folder holds (the pages a build will list, about), without reading them."""
    try:
        with os.scandir(paths.events) as found:
            return sum(1 for _ in found)
    except OSError:
        return 0


class _SpeakerTypes:
    """Each speaker's schema.org type (``timeline.agent_types``) worked out by a forked child that imports the
    extractor while this process loads the content, on the core idle then: the import was 0.13 s of CPU of a
    large cold build's serial start, in ``_before_fork`` (issue 12). Only where a pool is usable (fork)."""

    def __init__(self) -> None:
        read, write = os.pipe()

        def task() -> dict[str, str]:
            os.close(write)
            from .extract import actors  # noqa: F401  the slow part, done before the names come

            # Their length first: a child forked while the content loads holds the pipe open too (no end).
            with os.fdopen(read, "rb") as incoming:
                size = int.from_bytes(incoming.read(8), "big")
                names = incoming.read(size).decode("utf-8", "surrogatepass")
            return timeline.agent_types(names.split("\0") if names else [])

        self.write: int | None = write
        self.child = Beside(task, "speaker types")
        os.close(read)

    def know(self, events: list[Event]) -> None:
        """Send the speakers' names, take their types; a child that failed leaves them to this process."""
        names = sorted({event.speaker for event in events if event.speaker})
        try:
            assert self.write is not None
            data = "\0".join(names).encode("utf-8", "surrogatepass")
            with os.fdopen(self.write, "wb") as out:
                self.write = None
                out.write(len(data).to_bytes(8, "big") + data)
            timeline.know_agent_types(self.child.result())
        except Exception:  # the child lost, or its error: worked out in _before_fork, as without the child
            self.cancel()

    def cancel(self) -> None:
        """End the child (a failed load): its names' end is closed, then it is stopped."""
        if self.write is not None:
            os.close(self.write)
            self.write = None
        self.child.cancel()


def _before_fork(generation: Generation) -> None:
    """Do once, before the workers are forked with it, what each worker would otherwise do again for itself.

    Every worker imported the extractor (a claim's author's schema.org type) and Markdown with its
    extensions and nh3 (the notes), about 0.11 s of CPU each at 10,000 events (issue 12); the edits'
    record, made here while they render, asks for every speaker's type too.
    """
    events = generation.content.events
    timeline.agent_types({event.speaker for event in events if event.speaker})
    if any(event.body for event in events):
        markdown_converter()
    # A year page's filter choices: the workers show them, the edits' record keeps them; worked out once
    # here, not in a worker and again in this process (issue 12).
    for page in generation.pages.values():
        options = page.context.get("options")
        if isinstance(options, timeline.LazyOptions):
            options.work_out()


def build(site_dir: Path, out: Path | None = None, drafts: bool = False, clean: bool = False,
          progress: bool = False, strict: bool = False, scan: Scan | None = None) -> BuildResult:
    """Build a site folder into ``out`` (default: its site/); raise ContentError or TemplateError.

    Drafts (events not ``status: reviewed``) are left out unless ``drafts``; then they carry a badge.
    With ``strict``, any warning (an unknown field, a quote not in its source) stops the build.
    The stamp of the inputs is taken before and recorded after a successful build, so that the
    next `build` where nothing changed stops at once (generator/stamp.py).
    """
    site_dir = Path(site_dir)
    if out is not None:
        check_output_folder(SitePaths(site_dir), Path(out))
    racy = racy_after(time.time_ns())
    scan = scan_inputs(site_dir) if scan is None else scan  # taken before any file is read
    racy_hashes: dict[str, str | None] = {}  # the bytes of files too new for their stat to be trusted
    inputs = input_stamp(site_dir, racy, scan, racy_hashes)
    clear_stamp(site_dir)
    target = Path(out) if out is not None else SitePaths(site_dir).output
    # Only event files changed, each staying where it stood: the pages that show them, from the cache.
    result = None if clean else quick.try_build(site_dir, target, drafts, strict, scan, racy, racy_hashes)
    if result is None:
        builder = Builder(site_dir, out, clean, drafts=drafts, strict=strict)
        recorder = quick.Recorder(builder)
        try:
            result = builder.build(progress=progress, save=False, beside=recorder.rows)
            # A large build writes its cache from a forked child while it records its edits' cache
            # (issue 12: at 100,000 events the two took 20 s one after the other).
            large = builder._last is not None and pool_usable(len(builder._last.pages))
            if large:
                saved = pool_beside(builder.save_cache, "build cache")
            else:
                builder.save_cache()
                saved = lambda: True  # noqa: E731
            try:
                recorder.finish(builder._last, scan, racy, racy_hashes, result.awaiting_review)
            except Exception as exc:  # the next build is a whole one, as without the cache; never a failed build
                notice(f"the cache of edits could not be written ({type(exc).__name__}: {exc}); "
                       "the next build is a whole one")
            if not saved():
                notice("the build cache could not be written; the next run will rebuild it")
        finally:
            recorder.close()
            gc.unfreeze()
    report = result.report
    write_stamp(site_dir, {
        "inputs": inputs, "racy_after": racy, "out": os.path.abspath(result.out), "out_stamp": output_stamp(result.out),
        "events": result.event_count, "files": len(report.written) + len(report.unchanged),
        "warnings": [str(p) for p in result.warnings], "drafts": drafts, "strict": strict,
        "awaiting": result.awaiting_review,
    })
    return result


def check_output_folder(paths: SitePaths, out: Path) -> None:
    """Refuse an --out folder a build would wreck: the site's own files, or a folder a build did not make.

    A build replaces the whole output folder, so (issue 8) `--out content` deleted the sources
    and `--out ~/Documents` would delete everything in it.
    """
    target = Path(os.path.realpath(out))
    shown = display_path(out)
    if target == Path(os.path.realpath(paths.root)):
        raise ClaimTimelineError(f"--out {shown}: refusing to build into the site folder itself "
                                 "(a build replaces the whole output folder); choose a new or empty folder")
    for name, kept in (("content/", paths.content), ("templates/", paths.templates)):
        kept = Path(os.path.realpath(kept))
        if target == kept or target in kept.parents or kept in target.parents:
            raise ClaimTimelineError(f"--out {shown}: refusing to build there: it holds or is inside the site's "
                                     f"{name} folder (a build replaces the whole output folder)")
    if target.exists() and not target.is_dir():
        raise ClaimTimelineError(f"--out {shown}: refusing to build there: it is a file, not a folder")
    if target.is_dir() and not (target / MARKER).is_file() and _has_files(target):
        raise ClaimTimelineError(f"--out {shown}: refusing to build there: the folder is not empty and was not "
                                 f"made by a build (it has no {MARKER} file); choose a new or empty folder")


def _has_files(folder: Path) -> bool:
    """Whether a folder holds anything (an unreadable one counts as holding something)."""
    try:
        return any(folder.iterdir())
    except OSError:
        return True


def _at(exc: OSError, target: Path) -> str:
    """' (path)' naming the file an OS error was about, when it says one other than the target."""
    if not exc.filename or os.path.abspath(exc.filename) == os.path.abspath(target):
        return ""
    return f" ({display_path(Path(exc.filename))})"


def _folders_stamp(folders: list[Path]) -> str:
    """The stat of every file of the theme's folders: a new stamp means a new Theme."""
    parts = []
    for folder in folders:
        for root, dirs, names in os.walk(folder):
            dirs.sort()
            for name in sorted(names):
                stat = os.stat(os.path.join(root, name))
                parts.append(f"{root}/{name}:{stat.st_mtime_ns}:{stat.st_size}:{stat.st_ino}")
    return _hash(parts)


def _template_inputs(theme: Theme, name: str, memo: dict[str, tuple[str, frozenset[str]] | None],
                     analysed: dict[str, tuple[frozenset[str], tuple[str | None, ...]]]) -> tuple[str, frozenset[str]] | None:
    """The digest of a template and every template it pulls in, and the variables they name.

    What a template's source names is kept between builds (``analysed``, by the source's digest):
    Jinja's analysis compiles the template, a second of a small rebuild.
    """
    if name in memo:
        return memo[name]
    env = theme.env
    h = hashlib.blake2b(digest_size=16)
    names: set[str] = set()
    todo, seen = [name], set()
    result: tuple[str, frozenset[str]] | None
    try:
        while todo:
            current = todo.pop(0)
            if current in seen:
                continue
            seen.add(current)
            data, (undeclared, references) = template_analysis(env, current, analysed)
            h.update(data)
            names |= undeclared
            for ref in references:
                if ref is None:
                    raise LookupError(f"{current} names a template by a variable")
                todo.append(ref)
        result = (h.hexdigest(), frozenset(names))
    except (jinja2.TemplateError, LookupError, OSError):
        result = None  # rendering will raise the located error, or render every time
    memo[name] = result
    return result


def template_analysis(env: jinja2.Environment, name: str,
                      analysed: dict[str, tuple[frozenset[str], tuple[str | None, ...]]]
                      ) -> tuple[bytes, tuple[frozenset[str], tuple[str | None, ...]]]:
    """A template's name, file and source as hashed, and the variables and templates its source names, kept in
    ``analysed`` by the source's digest (raise what loading or parsing the template raises)."""
    source, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
    data = f"{name}\0{filename}\0".encode() + source.encode("utf-8", "surrogatepass")
    source_key = hashlib.blake2b(data, digest_size=16).hexdigest()
    if source_key not in analysed:
        tree = env.parse(source, name, filename)
        analysed[source_key] = (frozenset(meta.find_undeclared_variables(tree)),
                                tuple(meta.find_referenced_templates(tree)))
    return data, analysed[source_key]


class _progress:
    """A tqdm bar over the pages, shown on a terminal once a build has taken more than a second."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.enabled = total, enabled and sys.stderr.isatty()
        self.bar: Any = None
        self.done = 0
        self.started = time.perf_counter()

    def __enter__(self) -> Callable[[], None]:
        return self.tick

    def tick(self) -> None:
        self.done += 1
        if self.bar is not None:
            self.bar.update(1)
        elif self.enabled and self.done % 64 == 0 and time.perf_counter() - self.started > PROGRESS_AFTER_S:
            from tqdm import tqdm

            self.bar = tqdm(total=self.total, initial=self.done, unit="page", desc="rendering", leave=False)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.close()
