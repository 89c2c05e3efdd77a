"""A large cold build renders over a process pool (issue 12): the same bytes as one process, the same errors."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from conftest import REPO, snapshot, write
from generator import pool

if TYPE_CHECKING:
    from generator.build import Builder, Generation


@pytest.fixture
def paged_site(tmp_path: Path) -> Path:
    from bench.build import synthetic_events, write_claim_timeline_site

    root = tmp_path / "site-root"
    write_claim_timeline_site(root, synthetic_events(150))
    with open(root / "content/site.yaml", "a", encoding="utf-8") as file:
        file.write("page_size: 4\n")  # many list pages, some cut mid-month
    return root


def _force_pool(monkeypatch: pytest.MonkeyPatch, used: list[int | str]) -> None:
    """Use the pool for any build with pages to render, with two workers even on a one-CPU machine.

    ``used`` gets the number of pages of each render over the pool, and 'parsed N' for the content files
    parsed ahead (all in this process)."""
    from generator.cache import ContentFiles

    monkeypatch.setattr(pool, "POOL_ABOVE", 1)
    monkeypatch.setattr(pool, "workers", lambda: 2)
    render, enter = pool.RenderPool.render, ContentFiles._enter

    def counted(self: pool.RenderPool, paths: list[str], **how):  # type: ignore[no-untyped-def]
        used.append(len(paths))
        return render(self, paths, **how)

    def entered(self: ContentFiles, paths, found):  # type: ignore[no-untyped-def]
        used.append(f"parsed {len(paths)}")
        return enter(self, paths, found)

    monkeypatch.setattr(pool.RenderPool, "render", counted)
    monkeypatch.setattr(ContentFiles, "_enter", entered)


def test_a_pooled_build_writes_the_bytes_of_a_single_process_build(paged_site: Path, tmp_path: Path, run_cli,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    single = tmp_path / "single"
    shutil.copytree(paged_site, single)
    monkeypatch.setattr(pool, "POOL_ABOVE", 10**9)
    assert run_cli("--site", single, "build").code == 0
    used: list[int | str] = []
    _force_pool(monkeypatch, used)
    assert run_cli("--site", paged_site, "build").code == 0
    # The 150 event files parsed ahead here, all at once; then the pages rendered over the pool.
    assert used[:1] == ["parsed 150"] and len(used) == 2 and int(used[1]) > 300
    assert snapshot(paged_site / "site") == snapshot(single / "site")
    assert not [p.name for p in paged_site.iterdir() if p.name.startswith(".site.")]  # no export left aside
    # The workers wrote the pages into the new generation and linked each into the second one.
    gens = paged_site / ".site-generations"
    inodes = [{p.relative_to(gens / name).as_posix(): p.stat().st_ino for p in (gens / name).rglob("*") if p.is_file()}
              for name in ("a", "b")]
    assert len(inodes[0]) > 300 and inodes[0] == inodes[1]
    # An edit after a pooled build: few pages, one process, still the same bytes as a clean build.
    path = paged_site / "content/events/event-000007.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("title: ", "title: Edited "), encoding="utf-8")
    shutil.copy(path, single / "content/events/event-000007.yaml")
    assert run_cli("--site", paged_site, "build").code == 0 and run_cli("--site", single, "build", "--clean").code == 0
    assert snapshot(paged_site / "site") == snapshot(single / "site")
    # The worker that wrote the exports kept each event's parts in the cache itself: a tag added (a whole
    # build) makes the exports again from them, the same bytes as a clean build.
    from generator.cache import BuildCache

    assert len(BuildCache(paged_site).fragments) >= 3 * 150
    # A child wrote the parsed files' part of the cache once they were loaded: the next build reads them.
    assert len(BuildCache(paged_site).files.parsed) == 150 + 50
    path.write_text(path.read_text(encoding="utf-8").replace("tags: [", "tags: [added, "), encoding="utf-8")
    shutil.copy(path, single / "content/events/event-000007.yaml")
    assert run_cli("--site", paged_site, "build").code == 0 and run_cli("--site", single, "build", "--clean").code == 0
    assert snapshot(paged_site / "site") == snapshot(single / "site")


def test_a_template_error_in_a_worker_is_reported_located_and_site_is_kept(paged_site: Path, run_cli,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    assert run_cli("--site", paged_site, "build").code == 0
    before = snapshot(paged_site / "site")
    write(paged_site / "templates/list.html", '{% extends "base.html" %}\n{% block main %}{{ nothing.here }}{% endblock %}\n')
    shutil.rmtree(paged_site / ".cache")  # cold again: every page is rendered, over the pool
    used: list[int | str] = []
    _force_pool(monkeypatch, used)
    result = run_cli("--site", paged_site, "build")
    assert used and result.code != 0
    assert "list.html:2:" in result.err and "'nothing' is undefined" in result.err and "Traceback" not in result.err
    assert snapshot(paged_site / "site") == before
    assert not [p.name for p in paged_site.iterdir() if p.name.startswith(".site.")]


def test_events_parsed_over_the_pool_give_the_same_problems(paged_site: Path, tmp_path: Path, run_cli,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    write(paged_site / "content/events/event-000003.yaml", "title: [unclosed\n")
    write(paged_site / "content/events/event-000009.yaml", "title: Odd\ndate: 2020\nsourcez: []\n")
    # Read once, hashed and parsed from the same bytes: not UTF-8, and over the size limit, say the same.
    (paged_site / "content/events/event-000012.yaml").write_bytes(b"title: caf\xe9\ndate: 2020\n")
    (paged_site / "content/events/event-000015.yaml").write_bytes(b"title: big\n" + b"#" * 1_000_001)
    single = tmp_path / "single"
    shutil.copytree(paged_site, single)
    monkeypatch.setattr(pool, "POOL_ABOVE", 10**9)
    expected = run_cli("--site", single, "build")
    used: list[int | str] = []
    _force_pool(monkeypatch, used)
    result = run_cli("--site", paged_site, "build")
    assert used == ["parsed 150"]  # parsed ahead here; nothing rendered
    assert result.code == expected.code != 0
    assert "event-000003.yaml:2:1: YAML syntax error" in result.err and "sourcez" in result.err
    assert "event-000012.yaml:1:11: the file is not UTF-8" in result.err and "event-000015.yaml:1:1: the file is larger" in result.err
    assert result.err.replace(str(paged_site), "ROOT") == expected.err.replace(str(single), "ROOT")


def test_a_build_pauses_the_cyclic_collector_only_while_loading_and_listing(paged_site: Path, run_cli,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Loading and listing make no cyclic garbage, so a one-shot build does them without the collector
    (issue 12); rendering, and every step of the preview, which keeps running, keep it on."""
    import gc

    from generator import build as build_module

    seen: dict[str, list[bool]] = {"load": [], "render": []}
    load_content, render = build_module.load_content, build_module.Theme.render

    def loading(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen["load"].append(gc.isenabled())
        return load_content(*args, **kwargs)

    def rendering(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen["render"].append(gc.isenabled())
        return render(self, *args, **kwargs)

    monkeypatch.setattr(build_module, "load_content", loading)
    monkeypatch.setattr(build_module.Theme, "render", rendering)
    assert gc.isenabled()
    assert run_cli("--site", paged_site, "build").code == 0
    assert seen["load"] == [False] and seen["render"] and all(seen["render"])
    assert gc.isenabled()  # given back as it was
    seen["load"].clear()
    preview = build_module.Builder(paged_site, cancellable=True)
    preview.load()
    assert seen["load"] == [True]


def test_a_cold_build_hands_out_every_page_before_making_its_search_index(paged_site: Path, run_cli,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The workers render while the build's own process makes the search index and the record of edits
    (issue 12: the tasks were handed out only when the first page was asked for, after both)."""
    from concurrent.futures import ProcessPoolExecutor

    from generator import build as build_module

    _force_pool(monkeypatch, [])
    submitted: list[object] = []
    at_search: list[int] = []
    submit, search = ProcessPoolExecutor.submit, build_module.Builder._search

    def counted(self, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        submitted.append(fn)
        return submit(self, fn, *args, **kwargs)

    def searching(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        at_search.append(sum(fn in (pool._render_chunk, pool._render_each) for fn in submitted))
        return search(self, *args, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "submit", counted)
    monkeypatch.setattr(build_module.Builder, "_search", searching)
    assert run_cli("--site", paged_site, "build").code == 0
    tasks = sum(fn in (pool._render_chunk, pool._render_each) for fn in submitted)
    assert tasks > 1 and at_search == [tasks]


def test_quotes_checked_and_exports_made_beside_give_what_one_process_gives(paged_site: Path, tmp_path: Path, run_cli,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A large build checks its quotes and makes its exports in forked children while it lists its pages
    (issue 12): the same warnings in the same order, the same files; --strict still stops before rendering."""
    from generator import build as build_module

    for name, words in (("event-000004", "Never said: "), ("event-000011", "Nor this: ")):
        path = paged_site / f"content/events/{name}.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace('quote: "', f'quote: "{words}'), encoding="utf-8")
    single = tmp_path / "single"
    shutil.copytree(paged_site, single)
    monkeypatch.setattr(pool, "POOL_ABOVE", 10**9)
    expected = run_cli("--site", single, "build")
    expected_strict = run_cli("--site", single, "build", "--strict")
    used: list[int | str] = []
    _force_pool(monkeypatch, used)
    started: list[int] = []
    beside = build_module.Beside

    class Counted(beside):
        def __init__(self, task, name):  # type: ignore[no-untyped-def]
            started.append(name)
            super().__init__(task, name)

    monkeypatch.setattr(build_module, "Beside", Counted)
    result = run_cli("--site", paged_site, "build", "--profile")
    assert sorted(started) == ["exports", "quotes", "speaker types"]
    # --profile counts each child's CPU seconds under what it did, the render workers' as the rest.
    cpu = next(line for line in result.out.splitlines() if line.startswith("cpu seconds: "))
    assert [part.rsplit(" ", 1)[0] for part in cpu.removeprefix("cpu seconds: ").split(", ")][:2] == [
        "this process", "render pool"], cpu
    for name in ("exports", "quotes", "content cache", "build cache"):
        assert f", {name} " in cpu, cpu
    assert result.code == expected.code == 0
    assert result.err.count("the quote is not in source") == 2
    assert result.err.replace(str(paged_site), "ROOT") == expected.err.replace(str(single), "ROOT")
    assert snapshot(paged_site / "site") == snapshot(single / "site")
    assert not [p.name for p in paged_site.iterdir() if p.name.startswith(".site.")]
    shutil.rmtree(paged_site / ".cache")
    started.clear()
    strict = run_cli("--site", paged_site, "build", "--strict")
    # The quotes are checked here, first, and their warnings stop the build; only the speakers' types are beside.
    assert started == ["speaker types"]
    assert strict.code == expected_strict.code != 0
    assert strict.err.replace(str(paged_site), "ROOT") == expected_strict.err.replace(str(single), "ROOT")


def test_the_parsed_files_are_kept_as_soon_as_they_are_loaded(paged_site: Path, run_cli,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A large build writes the parsed files' part of its cache in a child once every file is loaded, not
    after publishing (issue 12): it holds only true entries, whatever the build does next."""
    from generator.cache import BuildCache

    used: list[int | str] = []
    _force_pool(monkeypatch, used)
    assert run_cli("--site", paged_site, "build").code == 0
    added = write(paged_site / "content/events/added.yaml", """
        title: Added
        date: 2001
        sources: [source-01]
        status: reviewed
        """)
    monkeypatch.setattr(BuildCache, "save", lambda self: None)  # the end of the build keeps nothing
    assert run_cli("--site", paged_site, "build").code == 0
    parsed = BuildCache(paged_site).files.parsed
    assert len(parsed) == 151 + 50 and any(key[0] == str(added) for key in parsed)


def test_a_load_stats_again_no_file_it_prefetched_and_the_next_load_sees_an_edit(paged_site: Path,
                                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The files prefetch() read are entered with the stat it took: the load's get() does not
    stat them a second time (issue 12: a serial tenth of a second at 10,000 files), while the next load of
    the same cache stats every file again and so finds an edit made in between."""
    import os

    from generator import cache as cache_module
    from generator.load import load_content

    stats: list[str] = []
    opened: dict[int, str] = {}
    real_stat, real_fstat, real_open = os.stat, os.fstat, os.open

    class CountingOs:  # the cache module's os, every other name as it is; a stat of an open file counts by its path
        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return getattr(os, name)

        @staticmethod
        def stat(path, *args, **kwargs):  # type: ignore[no-untyped-def]
            stats.append(str(path))
            return real_stat(path, *args, **kwargs)

        @staticmethod
        def open(path, *args, **kwargs):  # type: ignore[no-untyped-def]
            fd = real_open(path, *args, **kwargs)
            opened[fd] = str(path)
            return fd

        @staticmethod
        def fstat(fd):  # type: ignore[no-untyped-def]
            stats.append(opened[fd])
            return real_fstat(fd)

    monkeypatch.setattr(cache_module, "os", CountingOs())
    builder = _prefetching_builder(paged_site, monkeypatch)
    files = builder.cache.files
    content, _ = load_content(builder.paths, files)
    events_dir = os.path.abspath(paged_site / "content/events")
    event_stats = [p for p in stats if os.path.dirname(p) == events_dir]
    # Each event file stat'ed once, by prefetch, all in this process (no child parses a share since issue 12).
    assert len(content.events) == 150 and len(event_stats) == 150 == len(set(event_stats))
    files.prune()
    _edit_event_7(paged_site)
    stats.clear()
    content, _ = load_content(builder.paths, files)
    # Every file stat'ed again: the 149 kept ones by get(), the edited one (too new to trust) by prefetch.
    assert sorted(p for p in stats if os.path.dirname(p) == events_dir) == sorted(set(event_stats) | set(
        os.path.abspath(p) for p in (paged_site / "content/events").iterdir()))
    assert [e.title for e in content.events if e.id == "event-000007"][0].startswith("Edited ")


def test_a_load_that_stopped_after_prefetch_leaves_the_next_load_no_hash_it_did_not_check(
        paged_site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What prefetch() entered for one load's get() is for that load only (review 29, finding 12): a load that
    stopped before reading them all (an error, an interrupt) left their hashes behind, and the next load's get()
    took them without a stat, so an edit made in between was not seen."""
    from generator.load import EVENT_SUFFIXES, list_files, load_content, parse_event_file

    builder = _prefetching_builder(paged_site, monkeypatch)
    files = builder.cache.files
    files.prefetch(list_files(builder.paths.events, EVENT_SUFFIXES), parse_event_file)  # then the load stopped
    _edit_event_7(paged_site)
    content, _ = load_content(builder.paths, files)
    assert [e.title for e in content.events if e.id == "event-000007"][0].startswith("Edited ")


def _prefetching_builder(site: Path, monkeypatch: pytest.MonkeyPatch) -> Builder:
    """A builder whose loads prefetch as a large build's do, the site's event files old enough for their stat to be
    trusted by the next load."""
    import os

    from generator.build import Builder

    monkeypatch.setattr(pool, "POOL_ABOVE", 1)
    monkeypatch.setattr(pool, "workers", lambda: 2)
    for path in (site / "content/events").iterdir():
        os.utime(path, (1_600_000_000, 1_600_000_000))
    builder = Builder(site)
    builder.cache.files.parallel = True
    return builder


def _edit_event_7(site: Path) -> None:
    """Put "Edited " before the title of the site's event-000007."""
    edited = site / "content/events/event-000007.yaml"
    edited.write_text(edited.read_text(encoding="utf-8").replace("title: ", "title: Edited "), encoding="utf-8")


def test_the_end_of_a_build_does_not_write_the_parsed_files_again(paged_site: Path, run_cli,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The child that wrote the parsed files' part is waited for by the build's process, which forked it,
    once the site is published: the cache saved at the end (from another child) finds that part written."""
    from generator.cache import BuildCache

    used: list[int | str] = []
    _force_pool(monkeypatch, used)
    parts = paged_site / ".cache/claim-timeline/parts"
    seen: dict[str, int] = {}
    written_beside = BuildCache.written_beside

    def waited(self):  # type: ignore[no-untyped-def]
        written_beside(self)
        seen.update((p.name, p.stat().st_ino) for p in parts.glob("content-*.pickle"))

    monkeypatch.setattr(BuildCache, "written_beside", waited)
    assert run_cli("--site", paged_site, "build").code == 0
    assert seen and seen == {p.name: p.stat().st_ino for p in parts.glob("content-*.pickle")}  # not written again
    assert len(BuildCache(paged_site).files.parsed) == 150 + 50


def _generation(site: Path) -> Generation:
    from generator.build import Builder

    return Builder(site, cancellable=True).load()


def test_a_kept_card_is_the_text_its_macro_renders_for_every_root_and_heading(paged_site: Path) -> None:
    from generator import fragments

    generation = _generation(paged_site)
    env, shared = generation.theme.env, generation.shared
    cards = fragments.cards(env, shared)
    assert cards is not None  # the default theme's cards are kept
    macros = env.get_template("_event.html").make_module({**shared, "fragments_": None})
    for event in generation.content.events[:12]:
        # Asked for in any order, with any root and heading (escaped as the macro prints them).
        for root, heading in (("../../", "h3"), ("../../../", "h1"), ("<a&b>/", "h4"), ("../../", "h2")):
            assert str(cards.card(event, root, heading)) == str(macros.event_card(event, root, heading))
            assert str(cards.line(event, root)) == str(macros.event_line(event, root))


def test_pages_rendered_with_kept_cards_import_the_event_macros_once(paged_site: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import jinja2

    from generator import fragments

    generation = _generation(paged_site)
    cards = fragments.cards(generation.theme.env, generation.shared)
    assert cards is not None
    shared = {**generation.shared, "fragments_": cards}
    pages = [page for page in generation.pages.values() if page.template in ("event.html", "year.html")][:20]
    made: list[str] = []
    make_module = jinja2.Template.make_module

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        made.append(self.name)
        return make_module(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Template, "make_module", counted)
    kept = [generation.theme.render(page, shared) for page in pages]
    assert "_event.html" not in made  # every page, and _timeline.html for the year pages, took the kept module
    assert kept == [generation.theme.render(page, generation.shared) for page in pages]
    assert made.count("_event.html") == len(pages)  # each page made its own, without kept cards


def test_a_page_whose_variables_differ_from_the_kept_import_s_makes_its_own(paged_site: Path) -> None:
    from jinja2.utils import missing

    from generator import fragments

    generation = _generation(paged_site)
    cards = fragments.cards(generation.theme.env, generation.shared)
    assert cards is not None
    template = generation.theme.env.get_template("_event.html")
    shared = {**generation.shared, "fragments_": cards}
    kept, _ = cards.imported(template, {**shared, "event": "a page's own"}, {"event_card": missing})
    assert kept is not None and cards.imported(template, shared, None) == (kept, shared)
    # Each of these makes its own module, without the kept cards (rendered with what every page shares).
    for variables, local in (({**shared, "t": dict(shared["t"])}, None),  # a message the page set
                             ({**shared, "labels_": None}, None),  # what a filter reads
                             (shared, {"sources": {}})):  # set by the page above its import
        assert cards.imported(template, variables, local) == (None, {**variables, "fragments_": None})
    # Another template imported with context keeps the page's variables, the cards among them.
    assert cards.imported(generation.theme.env.get_template("_pager.html"), shared, None) == (None, shared)


@pytest.mark.parametrize("card", [
    '{% if heading == "h1" %}<h1>{{ event.title }}</h1>{% else %}<{{ heading }}>{{ event.title }}</{{ heading }}>{% endif %}',
    '<a href="{{ root ~ "events/" }}">{{ event.title }}</a> {{ heading }}',
    '<{{ heading }}>{{ event.title }}</{{ heading }}> {{ page.url }}',
])
def test_a_card_that_reads_the_page_or_uses_its_heading_is_rendered_for_each_page(
        card: str, paged_site: Path, tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import fragments

    write(paged_site / "templates/_event.html",
          f'{{% macro event_card(event, root, heading="h3") %}}{card}{{% endmacro %}}\n'
          '{% macro event_line(event, root) %}<li><a href="{{ root }}events/{{ event.id }}/">{{ event.title }}</a></li>'
          '{% endmacro %}\n{% macro event_list(events, root, heading="h2") %}{% for event in events %}'
          '{{ event_line(event, root) }}{% endfor %}{% endmacro %}\n')
    generation = _generation(paged_site)
    assert fragments.cards(generation.theme.env, generation.shared) is None
    single = tmp_path / "single"
    shutil.copytree(paged_site, single)
    monkeypatch.setattr(pool, "POOL_ABOVE", 10**9)
    assert run_cli("--site", single, "build").code == 0
    _force_pool(monkeypatch, [])
    assert run_cli("--site", paged_site, "build").code == 0
    assert snapshot(paged_site / "site") == snapshot(single / "site")


def _pooled_and_single(site: Path, tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Build ``site`` in one process (a copy of it) and over the pool: the same bytes."""
    single = tmp_path / "single"
    shutil.copytree(site, single)
    with monkeypatch.context() as patch:
        patch.setattr(pool, "POOL_ABOVE", 10**9)
        assert run_cli("--site", single, "build").code == 0
    _force_pool(monkeypatch, [])
    assert run_cli("--site", site, "build").code == 0
    pooled, alone = snapshot(site / "site"), snapshot(single / "site")
    assert pooled.keys() == alone.keys()
    assert [name for name in pooled if pooled[name] != alone[name]] == []


# The default theme's _event.html with one change: (what to replace, by what, a macro put before the card).
THEMES_OF_A_PAGE = {
    # A helper the card calls reads the page (imported with context): '(this source)' on its source's pages.
    "helper reads the page": (
        "{{ source.publisher or source.title }}</a>, {{ t.published_on",
        "{{ source.publisher or source.title }}{{ here(source) }}</a>, {{ t.published_on",
        '{% macro here(source) %}{% if page is defined and page.context.source is defined '
        'and page.context.source.id == source.id %} (this source){% endif %}{% endmacro %}'),
    # The same unguarded: every page has a page (undefined is an error, so the card must see it).
    "helper reads the page unguarded": (
        '<p class="event-permalink"><a href=',
        '<p class="event-permalink"><a{{ current(event) }} href=',
        '{% macro current(event) %}{% if page.path == "events/" ~ event.id ~ "/index.html" %}'
        ' aria-current="page"{% endif %}{% endmacro %}'),
    # The root printed inside a filter block: the filter sees the root, not a placeholder.
    "root in a filter block": (
        '<p class="event-permalink">',
        '<p class="event-share"><a href="mailto:?body={% filter urlencode %}{{ root }}events/{{ event.id }}/'
        '{% endfilter %}">share</a></p>\n  <p class="event-permalink">', ""),
    # The heading taken into a set block, then measured.
    "heading in a set block": (
        '<p class="event-permalink">',
        '{% set level %}{{ heading }}{% endset %}<p class="level-{{ level | length }}"></p>\n  <p class="event-permalink">', ""),
}


def _theme_of_a_page(site: Path, change: str) -> None:
    old, new, macro = THEMES_OF_A_PAGE[change]
    text = (REPO / "templates/_event.html").read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1).replace("{# One event or claim", f"{macro}\n{{# One event or claim", 1)
    write(site / "templates/_event.html", text)


@pytest.mark.parametrize("change", sorted(THEMES_OF_A_PAGE))
def test_a_card_that_differs_from_page_to_page_gives_the_bytes_of_a_single_process_build(
        change: str, paged_site: Path, tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from generator import fragments

    _theme_of_a_page(paged_site, change)
    generation = _generation(paged_site)
    assert fragments.cards(generation.theme.env, generation.shared) is None
    _pooled_and_single(paged_site, tmp_path, run_cli, monkeypatch)


def test_a_placeholder_a_theme_changed_renders_that_page_as_before(
        paged_site: Path, tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from generator import fragments

    # Were the check of the theme to miss a filter taking the root in, the page is rendered without kept cards.
    _theme_of_a_page(paged_site, "root in a filter block")
    monkeypatch.setattr(fragments, "_printed_whole", lambda node, name: True)
    generation = _generation(paged_site)
    assert fragments.cards(generation.theme.env, generation.shared) is not None
    _pooled_and_single(paged_site, tmp_path, run_cli, monkeypatch)
    assert fragments.LEFT.encode() not in (paged_site / "site/events/event-000001/index.html").read_bytes()



@pytest.fixture
def long_list_site(tmp_path: Path) -> Path:
    """A site whose tag page lists more than 150 events: one line each (event_list's compact list)."""
    from bench.build import synthetic_events, write_claim_timeline_site

    events = synthetic_events(170)
    for event in events:
        event.tags = ["budget", *(tag for tag in event.tags if tag != "budget")]
    root = tmp_path / "long-list"
    write_claim_timeline_site(root, events)
    return root


def test_a_long_list_is_its_kept_lines_in_one_call_the_bytes_of_a_single_process_build(
        long_list_site: Path, tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from generator import fragments

    generation = _generation(long_list_site)
    cards = fragments.cards(generation.theme.env, generation.shared)
    assert cards is not None
    events = [event for event in generation.content.events if "budget" in event.tags]
    macros = generation.theme.env.get_template("_event.html").make_module({**generation.shared, "fragments_": None})
    for root in ("../../", "<a&b>/"):  # the loop's text, the root escaped as {{ root }} prints it
        assert str(cards.lines(events, root)) == "".join(f"  {macros.event_line(event, root)}\n" for event in events)
    assert str(cards.lines([], "../../")) == ""
    asked = tmp_path / "asked"  # what the workers asked for, each in its own process
    lines = fragments.Cards.lines

    def counted(self, events, root):  # type: ignore[no-untyped-def]
        with open(asked, "a", encoding="utf-8") as file:
            file.write(f"{len(events)}\n")
        return lines(self, events, root)

    monkeypatch.setattr(fragments.Cards, "lines", counted)
    _pooled_and_single(long_list_site, tmp_path, run_cli, monkeypatch)
    page = (long_list_site / "site/tags/budget/index.html").read_text(encoding="utf-8")
    assert '<ol class="event-list compact">\n  <li id="event-' in page
    assert max(map(int, asked.read_text(encoding="utf-8").split())) == len(events)


def test_a_theme_that_loops_over_its_lines_otherwise_has_no_kept_cards(
        long_list_site: Path, tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from generator import fragments

    text = (REPO / "templates/_event.html").read_text(encoding="utf-8")
    loop = "{% for event in events %}\n  {{ event_line(event, root) }}\n{% endfor %}"
    assert text.count(loop) == 1 and fragments.LINES_CALL in text
    # Its loop prints the lines otherwise than Cards.lines would: kept lines would change its pages.
    write(long_list_site / "templates/_event.html", text.replace(loop, loop.replace("\n  {{", "\n    {{")))
    generation = _generation(long_list_site)
    assert fragments.cards(generation.theme.env, generation.shared) is None
    _pooled_and_single(long_list_site, tmp_path, run_cli, monkeypatch)
    assert '<ol class="event-list compact">\n    <li id="event-' in \
        (long_list_site / "site/tags/budget/index.html").read_text(encoding="utf-8")


def test_two_failing_templates_report_the_first_page_a_single_process_build_fails_on(
        paged_site: Path, tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    for name in ("event.html", "list.html", "source.html"):
        write(paged_site / "templates" / name, '{% extends "base.html" %}\n{% block main %}{{ nothing.here }}{% endblock %}\n')
    single = tmp_path / "single"
    shutil.copytree(paged_site, single)
    with monkeypatch.context() as patch:
        patch.setattr(pool, "POOL_ABOVE", 10**9)
        alone = run_cli("--site", single, "build")
    _force_pool(monkeypatch, [])
    pooled = run_cli("--site", paged_site, "build")
    assert alone.code != 0 and "'nothing' is undefined" in alone.err
    assert (pooled.code, pooled.err) == (alone.code, alone.err.replace(str(single), str(paged_site)))


def test_cpu_seconds_count_only_what_ran_since_the_reading() -> None:
    """A process that builds twice reports each build's children, not every child since it started (review 28)."""
    def spin() -> int:
        return sum(range(200_000))

    first = pool.cpu_reading()
    assert pool.beside(spin, name="counted here")()
    spent = pool.cpu_seconds(first)
    assert list(spent)[0] == "this process" and "counted here" in spent, spent
    second = pool.cpu_reading()
    assert pool.beside(spin, name="counted later")()
    spent = pool.cpu_seconds(second)
    assert "counted later" in spent and "counted here" not in spent, spent


# A site's own page templates that set, above their import of _event.html with context, a variable the card
# reads: (template, what to replace, by what).
PAGES_THAT_SET = {
    "event page sets t at its top": ("event.html", '{% from "_event.html" import',
                                      '{% set t = dict(t, permalink="Link to this") %}\n{% from "_event.html" import'),
    "timeline sets t at its top": ("_timeline.html", '{% from "_event.html" import',
                                   '{% set t = dict(t, permalink="Link to this") %}\n{% from "_event.html" import'),
}


@pytest.mark.parametrize("change", sorted(PAGES_THAT_SET))
def test_a_page_that_sets_what_the_card_reads_gives_the_bytes_of_a_single_process_build(
        change: str, paged_site: Path, tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    name, old, new = PAGES_THAT_SET[change]
    text = (REPO / "templates" / name).read_text(encoding="utf-8")
    assert text.count(old) == 1
    write(paged_site / "templates" / name, text.replace(old, new))
    _pooled_and_single(paged_site, tmp_path, run_cli, monkeypatch)
    pages = (paged_site / "site" / ("events" if name == "event.html" else "years")).rglob("index.html")
    assert all("Link to this" in page.read_text(encoding="utf-8") for page in pages)  # its own message, pooled too


def test_an_event_file_is_read_whole_with_its_own_stat_and_a_large_one_one_byte_past_the_limit(tmp_path: Path) -> None:
    """prefetch reads a file through its descriptor (open, fstat, read, close: issue 12): every byte of a file
    longer than one read, one byte past the limit of a file over it, the stat of the file read, and no link."""
    import errno
    import os

    from generator.cache import _stat_and_bytes
    from generator.load import FIRST_READ_BYTES

    small, big = tmp_path / "small.yaml", tmp_path / "big.yaml"
    small.write_bytes(b"title: a\n")
    big.write_bytes(b"x" * (3 * FIRST_READ_BYTES + 5))
    stat, data = _stat_and_bytes(small, 100)
    assert data == b"title: a\n" and (stat.st_ino, stat.st_size) == (os.stat(small).st_ino, 9)
    assert _stat_and_bytes(big, 10 * FIRST_READ_BYTES)[1] == big.read_bytes()
    assert len(_stat_and_bytes(big, FIRST_READ_BYTES + 3)[1]) == FIRST_READ_BYTES + 4
    (tmp_path / "link.yaml").symlink_to(small)
    with pytest.raises(OSError) as raised:
        _stat_and_bytes(tmp_path / "link.yaml", 100)
    assert raised.value.errno == errno.ELOOP


def test_a_large_build_works_out_its_speakers_types_beside_while_the_content_loads(
        paged_site: Path, tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """The build's own process never runs the extractor's person test: a child forked before the content
    loads imports the extractor and answers for every speaker (issue 12: 0.13 s of a 10,000-event cold
    build's serial start), and the pages say what a single-process build says."""
    from generator import timeline
    from generator.extract import actors

    single = tmp_path / "single"
    shutil.copytree(paged_site, single)
    monkeypatch.setattr(pool, "POOL_ABOVE", 10**9)
    assert run_cli("--site", single, "build").code == 0
    real, asked = actors.looks_like_person, []

    def counted(name: str) -> bool:
        asked.append(name)  # in the child, its own list
        return real(name)

    monkeypatch.setattr(actors, "looks_like_person", counted)
    monkeypatch.setattr(timeline, "_AGENT_TYPES", {})
    _force_pool(monkeypatch, [])
    assert run_cli("--site", paged_site, "build").code == 0
    assert asked == []
    assert timeline._AGENT_TYPES  # the synthetic site's speakers
    assert all(kind == ("Person" if real(name) else "Organization") for name, kind in timeline._AGENT_TYPES.items())
    assert snapshot(paged_site / "site") == snapshot(single / "site")


def test_a_speakers_child_that_fails_leaves_their_types_to_the_build_and_says_nothing(
        paged_site: Path, tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """The child that works out the speakers' types while the content loads may fail (an error, killed):
    the build's own process then works them out before its workers fork, the same bytes, no message."""
    import os

    from generator import timeline

    single = tmp_path / "single"
    shutil.copytree(paged_site, single)
    monkeypatch.setattr(pool, "POOL_ABOVE", 10**9)
    expected = run_cli("--site", single, "build")
    real, here = timeline.agent_types, os.getpid()

    def failing(names):  # type: ignore[no-untyped-def]
        if os.getpid() != here:
            raise RuntimeError("the child fails")
        return real(names)

    monkeypatch.setattr(timeline, "agent_types", failing)
    monkeypatch.setattr(timeline, "_AGENT_TYPES", {})
    from generator import build as build_module

    cancelled, cancel = [], build_module._SpeakerTypes.cancel

    def counted(self):  # type: ignore[no-untyped-def]
        cancelled.append(True)
        cancel(self)

    monkeypatch.setattr(build_module._SpeakerTypes, "cancel", counted)
    _force_pool(monkeypatch, [])
    result = run_cli("--site", paged_site, "build")
    assert cancelled == [True]  # the child's error was met, and the child ended
    assert result.code == expected.code == 0
    assert result.err.replace(str(paged_site), "ROOT") == expected.err.replace(str(single), "ROOT")
    assert timeline._AGENT_TYPES  # worked out here
    assert snapshot(paged_site / "site") == snapshot(single / "site")


def test_a_cold_build_hands_out_its_pages_before_keying_them_and_records_every_key(
        paged_site: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """With nothing published no page is kept, whatever its key: the workers get every page first and the
    build's own process keys them while they render (issue 12: 0.12 s of the serial start at 10,000
    events); a build after one edit still finds every key it needs (it writes that edit's pages only)."""
    from concurrent.futures import ProcessPoolExecutor

    from generator import build as build_module

    _force_pool(monkeypatch, [])
    submitted: list[object] = []
    at_key: list[int] = []
    submit, page_key = ProcessPoolExecutor.submit, build_module.Builder.page_key

    def counted(self, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        submitted.append(fn)
        return submit(self, fn, *args, **kwargs)

    def keyed(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        at_key.append(sum(fn in (pool._render_chunk, pool._render_each) for fn in submitted))
        return page_key(self, *args, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "submit", counted)
    monkeypatch.setattr(build_module.Builder, "page_key", keyed)
    assert run_cli("--site", paged_site, "build").code == 0
    tasks = sum(fn in (pool._render_chunk, pool._render_each) for fn in submitted)
    assert tasks > 1 and at_key and min(at_key) == tasks
    path = paged_site / "content/events/event-000007.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("title: ", "title: Edited ", 1), encoding="utf-8")
    edited = run_cli("--site", paged_site, "build")
    import re

    files, written = map(int, re.search(r"\((\d+) files: (\d+) written", edited.out).groups())
    assert edited.code == 0 and 0 < written < files / 4  # the edit's pages: the kept keys hold for the rest
