"""The extract command's pipeline: pick the sources, extract each (over a process pool), merge into content/events/."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Sequence

from ..errors import ClaimTimelineError, ContentError, Problem, display_path
from ..eventfile import extraction_lock, remove_stale_temps
from ..load import SOURCE_SUFFIXES, SitePaths, list_files, load_actors, load_site, load_source, read_text
from ..model import Actor, Site
from .events import Candidate, extract_events, in_present
from .lang import for_language, normalize
from .stories import merge_mentions
from .merge import (
    ADDED_PENDING, CREATED, KEPT_EDITED, KEPT_REVIEWED, SKIPPED_DELETED, TOLD_ELSEWHERE, UNCHANGED, UPDATED, MergeReport,
    merge,
)


@dataclass
class SourceResult:
    """One source's candidates, or the problems that stopped it."""

    path: Path
    source_id: str
    candidates: list[Candidate] = field(default_factory=list)
    support: list[Candidate] = field(default_factory=list)  # facts merging may add to other sources' (issue 10)
    problems: list[Problem] = field(default_factory=list)
    published: dt.date | None = None  # what merging across sources reads each date against
    language: str = ""

    @property
    def failed(self) -> bool:
        """Whether the source could not be extracted."""
        return any(p.severity == "error" for p in self.problems)


@dataclass
class ExtractResult:
    """Everything one run of ``extract`` found and did."""

    results: list[SourceResult]
    report: MergeReport | None  # None with --json: nothing written
    events: list[Candidate] = field(default_factory=list)  # what is (or with --json would be) written: one per fact

    @property
    def candidates(self) -> list[Candidate]:
        """Every candidate, sources in order, each source's in text order."""
        return [c for r in self.results for c in r.candidates]

    @property
    def failed(self) -> list[SourceResult]:
        """The sources that could not be extracted."""
        return [r for r in self.results if r.failed]


def extract(site_dir: Path, selectors: Sequence[str] = (), *, force: bool = False, dry_run: bool = False,
            merge_events: bool = True, jobs: int | None = None, merge_sources: bool = True) -> ExtractResult:
    """Extract the selected sources (default: all) and merge their events; a bad source does not stop the others.

    With ``merge_sources`` (the default), mentions of one fact in several sources become one event (issue 10).
    """
    paths = SitePaths(Path(site_dir))
    with extraction_lock(paths.content) if merge_events and not dry_run else contextlib.nullcontext():
        if merge_events and not dry_run:
            remove_stale_temps(paths.content)  # what a killed extract or preview left behind
        site, actors = load_settings(paths)
        files = select_sources(paths, selectors)
        # A named source's facts may be told by the others too: they are read to recognise them, not written.
        others = ([p for p in list_files(paths.sources, SOURCE_SUFFIXES) if p not in files]
                  if merge_sources and selectors else [])
        every = list(extract_files(files + others, site, actors, jobs))
        results = every[:len(files)]
        candidates = [c for r in results for c in r.candidates]
        if merge_sources:
            chosen = {r.source_id for r in results}
            candidates = [c for c in merge_mentions(((r.candidates + r.support, r.published, r.language) for r in every
                                                     if r.published is not None), site.language)
                          if any(m.source in chosen for m in c.mentions or [c])]
        report = None
        if merge_events:
            extracted = {r.source_id for r in results if not r.failed}
            report = merge(candidates, paths.events, force=force, dry_run=dry_run, sources=extracted)
    return ExtractResult(results, report, candidates)


def load_settings(paths: SitePaths) -> tuple[Site, list[Actor]]:
    """site.yaml (for the default language) and actors.yaml; their errors stop extraction before any is written."""
    problems: list[Problem] = []
    # Without site.yaml there is no default language: each source must name its own.
    site = load_site(paths.site_config, problems) if paths.site_config.is_file() else Site(title="Timeline", language="")
    actors = load_actors(paths.actors, problems)
    if any(p.severity == "error" for p in problems):
        raise ContentError(problems)
    return site, actors


def select_sources(paths: SitePaths, selectors: Sequence[str]) -> list[Path]:
    """The source files named by id or path, in the order given; every source when none is named."""
    known = list_files(paths.sources, SOURCE_SUFFIXES)
    if not selectors:
        if not known:
            raise ClaimTimelineError(f"{paths.sources} holds no source: add articles with 'claim-timeline add FILE'")
        return known
    by_id = {p.stem: p for p in known}
    chosen: list[Path] = []
    for selector in selectors:
        candidate = Path(selector)
        if selector in by_id:
            path = by_id[selector]
        elif candidate.is_file():
            path = candidate
        elif (paths.root / candidate).is_file():
            path = paths.root / candidate
        else:
            import difflib

            close = difflib.get_close_matches(selector, sorted(by_id), n=1, cutoff=0.6)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise ClaimTimelineError(f"no source '{selector}' in {paths.sources}{hint}")
        if path not in chosen:
            chosen.append(path)
    return chosen


def extract_files(files: list[Path], site: Site, actors: list[Actor], jobs: int | None = None) -> Iterator[SourceResult]:
    """Each file's result, in the order of ``files``; several files are spread over worker processes."""
    workers = min(len(files), jobs or os.cpu_count() or 1)
    with _progress(len(files)) as bar:
        if workers <= 1:
            for path in files:
                yield extract_file(path, site, actors)
                bar.update(1)
            return
        with ProcessPoolExecutor(max_workers=workers) as pool:
            # map() hands results back in the order of the files, whichever worker finishes first.
            for result in pool.map(extract_file, files, [site] * len(files), [actors] * len(files),
                                   chunksize=max(1, len(files) // (workers * 4))):
                yield result
                bar.update(1)


def extract_file(path: Path, site: Site, actors: list[Actor]) -> SourceResult:
    """Load one source file and extract its candidates; every failure becomes a problem located in that file."""
    result = SourceResult(path, path.stem)
    problems: list[Problem] = []
    source = load_source(path, read_text(path, problems), site, problems)
    result.problems = [p for p in problems]
    if source is None:
        if not result.failed:  # the one case load_source leaves unsaid: no language anywhere
            result.problems.append(Problem(
                path, 1, 1, "the front matter has no 'language' and content/site.yaml sets no default: "
                "add 'language: fr' (or en, de, …)"))
        return result
    result.published, result.language = source.published, source.language
    unsupported = _unsupported_language(source.language)
    if unsupported:
        line, column, shown = _field_position(path, "language")
        result.problems.append(Problem(path, line, column, unsupported, source_line=shown))
        return result
    try:
        found = extract_events(source, actors, support=True)
        for candidate in found:
            # The site's titles are headlines, told in the present (issue 9 part 3); extract_events keeps each clause
            # as its sentence tells it, which the rules that read a title after it was made rely on.
            candidate.title = in_present(candidate.title, source.language)
        result.candidates = [c for c in found if not c.support]
        result.support = [c for c in found if c.support]
    except Exception as exc:  # a bug must not cost the other sources their events; say which file hit it
        result.problems.append(Problem(path, 1, 1, f"extraction failed: {type(exc).__name__}: {exc}"))
    return result


def _unsupported_language(language: str) -> str | None:
    """Why the date tagger cannot read a language, or None when it can (a language of lang/ has our own rules)."""
    code = normalize(language)
    if for_language(code) is not None:
        return None
    from dateparser.languages.loader import LocaleDataLoader

    try:
        LocaleDataLoader().get_locale_map(languages=[code])
    except ValueError:
        return f"the date tagger does not know language '{language}' (use a code dateparser knows, such as fr, en, de or es)"
    return None


def _field_position(path: Path, name: str) -> tuple[int, int, str | None]:
    """Line and column of a front-matter field's value, for a located message."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1, 1, None
    for number, line in enumerate(lines, start=1):
        match = re.match(rf"{name}\s*:\s*", line)
        if match:
            return number, match.end() + 1, line
    return 1, 1, None


class _NoBar:
    """A progress bar that shows nothing (stderr is not a terminal)."""

    def update(self, n: int) -> None:
        """Nothing to show."""

    def __enter__(self) -> "_NoBar":
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def _progress(total: int):  # type: ignore[no-untyped-def]
    """A tqdm bar on stderr when it is a terminal and there is more than one source; else nothing."""
    if total < 2 or not sys.stderr.isatty():
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit="source", file=sys.stderr, leave=False)


_VERBS = {CREATED: ("create", "created"), UPDATED: ("update", "updated"), KEPT_EDITED: ("keep (edited by a person)", "kept"),
          KEPT_REVIEWED: ("keep (status: reviewed)", "kept"), SKIPPED_DELETED: ("skip (deleted by a person)", "skipped"),
          TOLD_ELSEWHERE: ("skip (the same quote is in)", "skipped (the same quote is in)"),
          ADDED_PENDING: ("add new sources, pending review, to", "added new sources, pending review, to")}


def report_lines(result: ExtractResult, *, verbose: bool = False, dry_run: bool = False) -> list[str]:
    """What a run did, for a person: one line per file when asked, then the counts and where the record lives."""
    report = result.report
    assert report is not None
    lines: list[str] = []
    if verbose:
        for action in report.actions:
            if action.action != UNCHANGED:
                verb = _VERBS[action.action][0 if dry_run else 1]
                lines.append(f"{'would ' if dry_run else ''}{verb} {display_path(action.path)}")
    done = len(result.results) - len(result.failed)
    failed = f", {len(result.failed)} failed" if result.failed else ""
    counts = (f"{report.count(CREATED)} created, {report.count(UPDATED)} updated, {report.count(UNCHANGED)} unchanged, "
              f"{report.count(KEPT_EDITED)} kept because edited, {report.count(KEPT_REVIEWED)} kept because reviewed, "
              f"{report.count(SKIPPED_DELETED)} skipped because deleted, "
              f"{report.count(TOLD_ELSEWHERE)} already told in another file"
              + (f", {report.count(ADDED_PENDING)} reviewed or edited event(s) given new sources to review "
                 "(marked 'pending: true')" if report.count(ADDED_PENDING) else ""))
    lines.append(f"{'Dry run: ' if dry_run else ''}{len(report.actions)} events from {done} source(s){failed}: {counts}")
    if report.stale:
        if verbose:
            lines[len(lines) - 1:len(lines) - 1] = [f"no longer found in its source: {display_path(p)}" for p in report.stale]
        lines.append(f"{len(report.stale)} earlier extracted event(s) no longer found in their source: "
                     "kept; delete them if they are wrong")
    if dry_run:
        lines.append("Nothing was written.")
    else:
        lines.append(f"Record of what extraction wrote: {display_path(report.record)}" if report.record else "")
    if report.count(KEPT_EDITED, KEPT_REVIEWED, SKIPPED_DELETED, TOLD_ELSEWHERE) and not verbose:
        lines.append("Run with --verbose to list them; --force rewrites edited or reviewed files and brings back deleted ones.")
    return [line for line in lines if line]


def to_json(result: ExtractResult) -> str:
    """The events extraction writes, as a JSON list: each with its id and the fields of its event file (every
    source of a merged fact, its conflicts)."""
    events = [{"id": c.id, **c.to_data()} for c in result.events]
    return json.dumps(events, ensure_ascii=False, indent=2)

