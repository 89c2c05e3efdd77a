"""Argument parsing only: one function call per command; a user's mistake becomes a message and an exit code."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable, NoReturn, Sequence

from . import __version__
from .errors import ClaimTimelineError, ContentError, Problem

if TYPE_CHECKING:
    import datetime as dt

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code.

    Run as the program itself (no ``argv``), a build ends the process once its output is flushed,
    without tearing the interpreter down: freeing every object a large build loaded, one by one, was
    the last step of its wall time (issue 12: 0.2 to 0.5 s at 10,000 events). Its files, cache and
    worker processes are all closed or waited for by then.
    """
    parser = make_parser()
    args = parser.parse_args(argv)
    code = _run(parser, args)
    if argv is None and getattr(args, "run", None) is run_build:
        _end_process(code)
    return code


def _end_process(code: int) -> NoReturn:
    """Flush the output and end the process with ``code``, skipping the interpreter's teardown."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`| head`): nothing more can be said there
            pass
    os._exit(code)


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """Run the command ``args`` names; a user's mistake becomes a message and an exit code."""
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.run(args)
    except ContentError as exc:
        _print_problems(exc.problems)
        errors = sum(p.severity == "error" for p in exc.problems)
        print(f"{errors} error(s): nothing was written", file=sys.stderr)
        return EXIT_ERROR
    except ClaimTimelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error of ours; silence the flush at exit.
        sys.stdout = open(os.devnull, "w")
        return EXIT_OK


def make_parser() -> argparse.ArgumentParser:
    """The parser for every command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--site", type=Path, default=argparse.SUPPRESS,
                        help="the site folder (holding content/ and templates/); default: the nearest folder, "
                             "from the current one upwards, that holds content/site.yaml")
    parser = argparse.ArgumentParser(
        prog="claim-timeline", parents=[common],
        description="Turn news articles into a static timeline of dated events and attributed claims.",
    )
    parser.add_argument("--version", action="version", version=f"claim-timeline {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, run: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, parents=[common], help=help_text, description=help_text)
        sub.set_defaults(run=run)
        return sub

    init = command("init", run_init, "create a new site folder with an example source and its events")
    init.add_argument("directory", type=Path, help="the folder to create (it must be empty or absent)")
    init.add_argument("--empty", action="store_true", help="no example source, events or actors: start a real story")

    build = command("build", run_build, "check the content and render the site into site/")
    build.add_argument("--out", type=Path, help="write the site here instead of <site>/site")
    build.add_argument("--drafts", action="store_true",
                       help="include events not yet reviewed, each marked 'to review' (left out of feeds and exports)")
    build.add_argument("--strict", action="store_true",
                       help="treat every warning (unknown field, quote not found in its source) as an error")
    build.add_argument("--clean", action="store_true",
                       help="ignore what earlier builds kept in .cache/claim-timeline/: parse and render everything")
    build.add_argument("--profile", action="store_true",
                       help="print the time spent in each phase and which pages were rendered again, and why")

    command("check", run_check, "validate every content file and report each problem; write nothing")

    serve = command("serve", run_serve, "build, serve site/ on this computer and rebuild and reload the browser on every save")
    serve.add_argument("--host", default="127.0.0.1",
                       help="the address to listen on (default: 127.0.0.1, this computer only; 0.0.0.0 for the network)")
    serve.add_argument("--port", type=int, default=8000, help="the port (default: 8000, or the next free one)")
    serve.add_argument("--open", action="store_true", help="open the site in the web browser")
    serve.add_argument("--no-drafts", dest="drafts", action="store_false",
                       help="hide events not yet reviewed (shown by default, marked 'to review')")

    extract = command("extract", run_extract,
                      "find dated events and attributed claims in the sources and write them to content/events/")
    extract.add_argument("sources", nargs="*", metavar="SOURCE",
                         help="a source id or file (default: every file in content/sources/)")
    extract.add_argument("--dry-run", action="store_true", help="show what would be written, write nothing")
    extract.add_argument("--json", action="store_true", help="print the events as JSON on stdout instead of writing them")
    extract.add_argument("--force", action="store_true",
                         help="also rewrite event files a person edited or reviewed, and bring back deleted ones")
    extract.add_argument("-v", "--verbose", action="store_true", help="list every event file and what happened to it")
    extract.add_argument("--jobs", type=int, default=None, metavar="N", help="worker processes (default: one per CPU)")
    extract.add_argument("--no-merge", action="store_true",
                         help="one event per mention: do not merge what several sources tell into one event")

    review = command("review", run_review,
                     "list the events awaiting review, by source in reading order, with their sentence and file")
    review.add_argument("--json", action="store_true", help="print the queue as JSON for scripts")

    add = command("add", run_add, "import articles (saved HTML pages, text or Markdown files, or web addresses) "
                                  "into content/sources/")
    add.add_argument("inputs", nargs="+", metavar="FILE|URL", help="article files or http(s):// addresses")
    add.add_argument("--published", type=_iso_day, metavar="YYYY-MM-DD",
                     help="publication date (overrides what the page says)")
    add.add_argument("--lang", metavar="CODE", help="language code (fr, en, ...) instead of the detected one")
    add.add_argument("--url", help="the article's address (one article only)")
    add.add_argument("--title", help="the article's title (one article only)")
    add.add_argument("--publisher", help="who published it")
    add.add_argument("--id", dest="source_id", metavar="ID",
                     help="the source's id, i.e. its file name (one article only; default: from the title)")
    return parser


def site_dir(args: argparse.Namespace) -> Path:
    """The site folder the command works on: --site, else the nearest one upwards (as git finds its repository)."""
    given = getattr(args, "site", None)
    if given is not None:
        return given
    from .load import find_site

    found = find_site(Path.cwd())
    # Relative, so that messages name files as the user sees them from where they stand.
    return Path(os.path.relpath(found)) if found is not None else Path(".")


def run_init(args: argparse.Namespace) -> int:
    """claim-timeline init DIR"""
    from .scaffold import NEXT_STEPS, init_site

    created = init_site(args.directory, empty=args.empty)
    what = "an empty site" if args.empty else "a site with an example article and its events"
    print(f"Created {what} in {args.directory} ({len(created)} files). Set base_url in content/site.yaml.")
    print("Next:")
    print(f"  cd {args.directory}")
    for step in NEXT_STEPS:
        print(f"  {step}")
    return EXIT_OK


def run_build(args: argparse.Namespace) -> int:
    """claim-timeline build"""
    import gc

    from .stamp import scan_inputs, up_to_date

    if args.profile:
        from .pool import cpu_reading, cpu_seconds

        started = cpu_reading()  # the process's CPU counts run from its start: this build's are the difference
    out = args.out if args.out is not None else site_dir(args) / "site"
    # The stat of every input and the build's modules are objects that live as long as the process: made without
    # the cyclic collector, then frozen out of its way (issue 12: its 46 collections while the modules were
    # imported were 8 to 12 ms of a one-event build at 10,000 events). A whole build unfreezes them at its end.
    collecting = gc.isenabled()
    gc.disable()
    try:
        scan = None if args.clean else scan_inputs(site_dir(args))  # one look at every input, for both checks
        record = None if args.clean or args.profile else up_to_date(site_dir(args), out, drafts=args.drafts,
                                                                    strict=args.strict, scanned=scan)
        if record is None:
            from .build import build
            gc.freeze()
    finally:
        if collecting:
            gc.enable()
    if record is not None:  # answered from stat alone, before Jinja, Babel or YAML are imported
        for line in record["warnings"]:
            print(line, file=sys.stderr)
        print(f"Built {record['events']} events into {out}/ ({record['files']} files: 0 written, "
              f"{record['files']} unchanged, 0 removed; nothing changed since the last build)")
        _print_awaiting(record["awaiting"], args.drafts)
        return EXIT_OK

    result = build(site_dir(args), args.out, drafts=args.drafts, clean=args.clean, progress=True,
                   strict=args.strict, scan=scan)
    _print_problems(result.warnings)
    if args.profile:
        print("\n".join(profile_lines({**result.profile, "cpu": cpu_seconds(started)})))
    report = result.report
    total = len(report.written) + len(report.unchanged)
    print(f"Built {result.event_count} events into {result.out}/ "
          f"({total} files: {len(report.written)} written, {len(report.unchanged)} unchanged, "
          f"{len(report.removed)} removed)")
    _print_awaiting(result.awaiting_review, args.drafts)
    print(f"Open {Path(os.path.abspath(result.out / 'index.html'))}")
    return EXIT_OK


def _print_awaiting(n: int, drafts: bool) -> None:
    """How many events await review, when some do."""
    if n:
        print(f"{n} {'event awaits' if n == 1 else 'events await'} review"
              + (" (included, marked 'to review')" if drafts else "") + ": claim-timeline review")


def profile_lines(profile: dict) -> list[str]:
    """build --profile: seconds per phase, CPU seconds by process, and how many pages were rendered again and why."""
    timings = profile["timings"]
    lines = ["phase      seconds"]
    for phase in ("load", "structure", "render", "exports", "search", "write"):
        lines.append(f"{phase:<10} {timings.get(phase, 0.0):7.3f}")
    lines.append(f"{'total':<10} {sum(timings.values()):7.3f}")
    if profile.get("cpu"):  # the phases are this process's wall time; the children render and save beside it
        lines.append("cpu seconds: " + ", ".join(f"{who} {seconds:.2f}" for who, seconds in profile["cpu"].items()))
    reasons = ", ".join(f"{n} {why}" for why, n in sorted(profile["reasons"].items())) or "none"
    if profile.get("edited") is not None:  # generator/quick.py: no page was listed
        lines.append(f"files made again: {sum(profile['reasons'].values())} of {profile['files']} ({reasons}); "
                     f"{profile['edited']} event(s) edited in place, only the pages showing them rendered"
                     + (f" ({profile['spliced']} of them from their old bytes, only the edited fragments rendered)"
                        if profile.get("spliced") else "")
                     + (f"; {profile['noted']} with the note their old bytes hold" if profile.get("noted") else ""))
    else:
        lines.append(f"files made again: {sum(profile['reasons'].values())} of {profile['files']} ({reasons}); "
                     f"pages: {profile['pages']}")
    return lines


def run_serve(args: argparse.Namespace) -> int:
    """claim-timeline serve"""
    from .serve import serve

    serve(site_dir(args), args.host, args.port, args.open, drafts=args.drafts)
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    """claim-timeline check"""
    from .load import SitePaths, load_content
    from .provenance import with_provenance

    content, warnings = load_content(SitePaths(site_dir(args)))
    warnings = with_provenance(content, warnings)
    _print_problems(warnings)
    print(f"OK: {len(content.sources)} sources, {len(content.events)} events, {len(warnings)} warning(s)")
    return EXIT_OK


def run_extract(args: argparse.Namespace) -> int:
    """claim-timeline extract [SOURCE ...]"""
    from .extract.pipeline import extract, report_lines, to_json

    result = extract(site_dir(args), args.sources, force=args.force, dry_run=args.dry_run,
                     merge_events=not args.json, jobs=args.jobs, merge_sources=not args.no_merge)
    _print_problems([p for r in result.results for p in r.problems])
    if args.json:
        print(to_json(result))
    else:
        print("\n".join(report_lines(result, verbose=args.verbose or args.dry_run, dry_run=args.dry_run)))
    return EXIT_ERROR if result.failed else EXIT_OK


def run_review(args: argparse.Namespace) -> int:
    """claim-timeline review"""
    from .review import queue_json, queue_lines, review_site

    queue = review_site(site_dir(args))
    print(queue_json(queue) if args.json else "\n".join(queue_lines(queue)))
    return EXIT_OK


def run_add(args: argparse.Namespace) -> int:
    """claim-timeline add FILE|URL ..."""
    from .extract.importer import ImportOptions, import_articles, summary_lines

    options = ImportOptions(published=args.published, language=args.lang, url=args.url, title=args.title,
                            publisher=args.publisher, source_id=args.source_id)
    results = import_articles(site_dir(args), args.inputs, options, explicit_site="site" in args)
    added = [r for r in results if not isinstance(r, ClaimTimelineError)]
    for result in results:
        if isinstance(result, ClaimTimelineError):
            print(f"error: {result}", file=sys.stderr)
        else:
            print("\n".join(summary_lines(result)))
    if added:
        print(f"Next: claim-timeline extract {' '.join(r.source_id for r in added)}")
    return EXIT_ERROR if len(added) < len(results) else EXIT_OK


def _iso_day(value: str) -> "dt.date":
    """An argparse type: a YYYY-MM-DD day."""
    import datetime as dt

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a day: write YYYY-MM-DD, e.g. 2025-02-04") from None


def _print_problems(problems: list[Problem]) -> None:
    """Each problem on stderr, errors and warnings in file order."""
    for problem in problems:
        print(problem, file=sys.stderr)
