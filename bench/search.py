"""How big and how fast is the site-wide search index of a split timeline, apart from the build?

Run: python -m bench.search [--sizes 1000,10000] [--runs 3]   (python -m bench.build prints the same table)

For a built synthetic site (bench/build.py's), in this process:
- index time: making every file of the index from the loaded content, cold (no entry kept from an
  earlier build), and again after one event's title changed (each other event's entry kept, as the
  build cache keeps them); medians of ``--runs``; and how many index files that edit changed;
- the index's files and bytes on disk;
- first download: what a year page costs before the reader types: its HTML, CSS and JS (the index
  adds nothing: search.js and the index are fetched on first use); and what the first query fetches
  (search.js, the manifest, the shards of its words, the postings of its filter, and the result lines
  of the years needed to show the first 20 results), for a few typical queries, as assets/search.js
  fetches them.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

PAGE = 20  # results shown by the first query (assets/search.js, PAGE)
QUERIES = [("word", "budget", {}), ("prefix", "ada", {}), ("two words", "tender item", {}),
           ("number", "424", {}), ("filter", "", {"actor": "lena-ortiz"}), ("word + filter", "audit", {"tag": "water"})]


@dataclasses.dataclass
class SearchFigures:
    """The index of one site: time to make it, its size, and what a reader downloads."""

    events: int
    cold_s: float
    edit_s: float
    edit_files: int
    files: int
    bytes: int
    page_bytes: dict[str, int]  # year page HTML, CSS, JS
    queries: list[tuple[str, str, int, int]]  # (kind, query, bytes fetched, results)


def _index_inputs(root: Path):
    """The loaded content of a site and what the index reads of it."""
    from generator.load import SitePaths, load_content
    from generator.model import content_slugs
    from generator.render import Labels, Theme
    from generator.structure import Structure

    content, _ = load_content(SitePaths(root))
    theme = Theme(None, content.site.language)
    labels = Labels(content.site.date_locale, theme.messages)
    return content, Structure(content, labels.date_label, content_slugs(content)), labels.messages


def _make(content, structure, messages, memo: dict, shown: dict[str, tuple[str, bytes]]) -> dict[str, bytes]:
    """The index's files, each made only when its key is not the one ``shown`` holds, as the build engine does."""
    from generator import search

    outputs = search.index_outputs(content.events, content.sources, structure, messages, "bench",
                                   memo.setdefault("keys", {}), lambda: memo.setdefault("state", {}))
    files = {}
    for path, key, make in outputs:
        was = shown.get(path)
        files[path] = was[1] if was is not None and was[0] == key else make()
        shown[path] = (key, files[path])
    return files


def index_times(root: Path, runs: int) -> tuple[float, float, int]:
    """Median seconds to make the index cold and after one edit, and the files that edit changed."""
    from generator.structure import Structure

    content, structure, messages = _index_inputs(root)
    cold, edit, changed = [], [], 0
    for run in range(runs):
        memo: dict = {}
        shown: dict[str, tuple[str, bytes]] = {}
        start = time.perf_counter()
        before = _make(content, structure, messages, memo, shown)
        cold.append(time.perf_counter() - start)
        events = list(content.events)
        i = (run * 7919) % len(events)
        events[i] = dataclasses.replace(events[i], title=events[i].title + f" (edit {run})")
        edited = dataclasses.replace(content, events=events)
        edited_structure = Structure(edited, structure.date_label, structure.slug)
        start = time.perf_counter()
        after = _make(edited, edited_structure, messages, memo, shown)
        edit.append(time.perf_counter() - start)
        changed = sum(1 for p in after.keys() | before.keys() if before.get(p) != after.get(p))
    return statistics.median(cold), statistics.median(edit), changed


def first_query_bytes(site: Path, query: str, filters: dict[str, str]) -> tuple[int, int]:
    """(bytes, results) the first query fetches from the overview, as assets/search.js fetches them."""
    from generator.search import shard_file, words

    folder = site / "search"
    fetched: dict[str, bytes] = {}

    def get(rel: str) -> bytes | None:
        path = folder / rel
        if rel not in fetched:
            fetched[rel] = path.read_bytes() if path.is_file() else b""
        return fetched[rel] or None

    manifest = json.loads(get("manifest.json") or b"{}")
    width = manifest["key"]
    sets = []
    for word in words(query):
        found: dict[str, set[str]] = {}
        for leaf in manifest["terms"]:
            plain = leaf[:-1] if leaf.endswith(".") else None
            if (plain is not None and plain.startswith(word)) or (
                    plain is None and (leaf.startswith(word) or word.startswith(leaf))):
                for term, postings in json.loads(get(f"t/{shard_file(leaf)}.json") or b"{}").items():
                    if term.startswith(word):
                        for year, keys in postings.items():
                            found.setdefault(year, set()).update(keys[i:i + width] for i in range(0, len(keys), width))
        sets.append(found)
    for name, value in filters.items():
        data = get(f"f/{name}/{value}.json")
        postings = json.loads(data) if data else {}
        sets.append({y: {k[i:i + width] for i in range(0, len(k), width)} for y, k in postings.items()})
    matches = sets[0]
    for other in sets[1:]:
        matches = {y: matches[y] & other[y] for y in matches if y in other and matches[y] & other[y]}
    shown = 0
    for year in sorted(matches, key=int):
        if shown >= PAGE:
            break
        get(f"r/{year}.json")
        shown += len(matches[year])
    script = (site / "assets" / "search.js").stat().st_size
    return script + sum(len(data) for data in fetched.values()), sum(len(keys) for keys in matches.values())


def measure_search(root: Path, events: int, runs: int) -> SearchFigures:
    """The index figures of a site folder that was built (root/site)."""
    site = root / "site"
    cold, edit, changed = index_times(root, runs)
    files = [p for p in (site / "search").rglob("*") if p.is_file()]
    year_page = sorted((site / "years").glob("*/index.html"))[len(list((site / "years").glob("*/index.html"))) // 2]
    page_bytes = {"HTML": year_page.stat().st_size, "CSS": (site / "assets/style.css").stat().st_size,
                  "JS": (site / "assets/timeline.js").stat().st_size}
    queries = []
    for kind, query, filters in QUERIES:
        size, found = first_query_bytes(site, query, filters)
        shown = query + "".join(f" {k}={v}" for k, v in filters.items())
        queries.append((kind, shown.strip(), size, found))
    return SearchFigures(events, cold, edit, changed, len(files), sum(p.stat().st_size for p in files), page_bytes,
                         queries)


def print_table(rows: list[SearchFigures], runs: int) -> None:
    """The search figures, one table for the index, one for what a reader downloads."""
    print()
    print(f"search index (in-process, medians of {runs} runs; not part of the build times above)")
    print("| events | index cold (s) | index after one edit (s) | files changed by the edit | files | size (KB) |")
    print("|---:|---:|---:|---:|---:|---:|")
    for f in rows:
        print(f"| {f.events:,} | {f.cold_s:.3f} | {f.edit_s:.3f} | {f.edit_files} | {f.files:,} | {f.bytes / 1000:,.0f} |")
    print()
    print("first download of a year page (KB): HTML + CSS + JS before the reader types; the index adds 0")
    print("| events | HTML | CSS | JS | CSS + JS | search bytes before typing | "
          + " | ".join(f"first query: {kind} ({q}), KB [results]" for kind, q, _, _ in rows[0].queries) + " |")
    print("|---:" * (6 + len(rows[0].queries)) + "|")
    for f in rows:
        p = f.page_bytes
        cells = " | ".join(f"{size / 1000:.1f} [{found}]" for _, _, size, found in f.queries)
        print(f"| {f.events:,} | {p['HTML'] / 1000:.1f} | {p['CSS'] / 1000:.1f} | {p['JS'] / 1000:.1f} | "
              f"{(p['CSS'] + p['JS']) / 1000:.1f} | 0 | {cells} |")


def main(argv: list[str] | None = None) -> int:
    """Build the synthetic sites and print the search figures."""
    from bench.build import machine, synthetic_events, write_claim_timeline_site
    from generator.build import build

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    print(f"machine: {machine()}")
    rows = []
    with tempfile.TemporaryDirectory(prefix="ct-bench-search-") as tmp:
        for size in (int(s) for s in args.sizes.split(",") if s):
            root = Path(tmp) / f"site-{size}"
            write_claim_timeline_site(root, synthetic_events(size))
            build(root)
            rows.append(measure_search(root, size, args.runs))
    print_table(rows, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
