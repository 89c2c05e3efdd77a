"""The site-wide search index (generator/search.py): folding, words, shards, keys, determinism, incremental rewrites."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import snapshot, write
from generator import search
from generator.search import Entry, event_keys, fold, index_files, shard_file, shard_terms, words


# --- folding and words ----------------------------------------------------------------


@pytest.mark.parametrize("text, folded", [
    ("Élysée", "elysee"),
    ("TAÏWAN", "taiwan"),
    ("Œuvre et cœur", "oeuvre et coeur"),
    ("Straße", "strasse"),
    ("İstanbul", "istanbul"),
    ("ﬁnances", "finances"),  # a ligature of typography
    ("Łódź", "lodz"),
    ("plain ascii", "plain ascii"),
])
def test_fold_drops_case_accents_and_marks(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_words_are_folded_split_on_anything_but_letters_and_digits_and_shorter_ones_dropped() -> None:
    assert words("L’Élysée a répondu : « non » le 2024-06-03, d'OpenAI à Taïwan; l'élysée") == [
        "elysee", "repondu", "non", "le", "2024", "06", "03", "openai", "taiwan"]
    assert words("open-source") == ["open", "source"]
    assert words("北京 Москва") == ["北京", "москва"]
    assert words("a b c") == []


@pytest.mark.parametrize("text", ["x_y ab_c d__ef _g_ h", "a1 b 22 c3d é ü ñ ab", "Ça, là-bas: ô où ß œ",
                                  "e\u0301 a\u0308b x\u200by 12_34 ", "", "_", "a", "ab"])
def test_words_keeps_every_run_of_two_or_more_letters_or_digits_as_the_filter_on_single_runs_did(text: str) -> None:
    # words() lets the regex skip the short runs (issue 12, a cold build's index): the same list as
    # splitting into runs, then dropping those shorter than MIN_WORD.
    runs = search._WORD.findall(fold(text))
    assert words(text) == list(dict.fromkeys(w for w in runs if len(w) >= search.MIN_WORD))


# --- shards ---------------------------------------------------------------------------


def _shards_for(word: str, leaves: list[str]) -> list[str]:
    """The client's rule (assets/search.js, shardsFor), written again here to check the split against it."""
    found = []
    for leaf in leaves:
        if leaf.endswith("."):
            if leaf[:-1].startswith(word):
                found.append(leaf)
        elif leaf.startswith(word) or word.startswith(leaf):
            found.append(leaf)
    return found


def test_a_heavy_prefix_is_split_and_every_word_is_in_exactly_one_shard_the_client_finds() -> None:
    terms = ["the", "their", "them", "theme", "then", "tax", "zoo", "budget", "bureau"]
    sizes = {t: 10 for t in terms} | {"the": 50}
    leaves = shard_terms(sizes, limit=40)
    placed = sorted(t for _, members in leaves for t in members)
    assert placed == sorted(terms)
    names = [leaf for leaf, _ in leaves]
    # "t" weighs 100 > 40: split into "ta" and "th", then "the" into the word alone and its longer words.
    assert names == ["b", "ta", "the.", "thei", "them", "then", "z"]
    for term in terms:
        for end in range(1, len(term) + 1):
            prefix = term[:end]
            holding = [leaf for leaf, members in leaves if term in members]
            assert holding[0] in _shards_for(prefix, names), (term, prefix)


def test_shard_files_are_plain_names_or_hex() -> None:
    assert shard_file("bud") == "bud"
    assert shard_file("the.") == "_" + b"the.".hex()
    assert shard_file("北") == "_e58c97"


# --- keys -----------------------------------------------------------------------------


def _entry(event_id: str, year: int = 2020, text: str = "") -> Entry:
    return Entry(event_id, year, tuple(words(text)), (("kind", "event", "Event"),),
                 (f"events/{event_id}/", f"years/{year}/#{event_id}", text or event_id, str(year), "event"))


def test_event_keys_are_unique_within_a_year_even_when_hashes_collide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "KEY_WIDTH", 1)  # 36 keys: 30 events collide often
    entries = [_entry(f"e{i}") for i in range(30)]
    keys = event_keys(entries)
    assert len(set(keys.values())) == 30 and all(len(k) == 1 for k in keys.values())
    # A key depends on its own year's ids only.
    assert event_keys(entries + [_entry("other", 1999)])["e3"] == keys["e3"]


def test_adding_an_event_keeps_the_others_keys() -> None:
    entries = [_entry(f"event-{i}") for i in range(200)]
    keys = event_keys(entries)
    assert len(set(keys.values())) == 200 and {len(k) for k in keys.values()} == {search.KEY_WIDTH}
    more = event_keys(entries + [_entry("a-new-one")])
    assert {k: v for k, v in more.items() if k != "a-new-one"} == keys


# --- the index against a brute-force search --------------------------------------------


def _query(files: dict[str, bytes], query: str, filters: dict[str, str] | None = None) -> dict[str, set[str]]:
    """What assets/search.js finds for a query: {year: {event key}}, reading only the index's files."""
    manifest = json.loads(files["search/manifest.json"])
    width = manifest["key"]
    sets: list[dict[str, set[str]]] = []

    def expand(postings: dict[str, str], into: dict[str, set[str]]) -> dict[str, set[str]]:
        for year, keys in postings.items():
            into.setdefault(year, set()).update(keys[i:i + width] for i in range(0, len(keys), width))
        return into

    for word in words(query):
        found: dict[str, set[str]] = {}
        for leaf in _shards_for(word, manifest["terms"]):
            for term, postings in json.loads(files[f"search/t/{shard_file(leaf)}.json"]).items():
                if term.startswith(word):
                    expand(postings, found)
        sets.append(found)
    for name, value in (filters or {}).items():
        data = files.get(f"search/f/{name}/{value}.json")
        sets.append(expand(json.loads(data), {}) if data else {})
    result = sets[0]
    for other in sets[1:]:
        result = {y: result[y] & other[y] for y in result if y in other and result[y] & other[y]}
    return result


def _ids(files: dict[str, bytes], found: dict[str, set[str]]) -> set[str]:
    """The event ids of what a query found, read from the result lines of their years."""
    ids = set()
    for year, keys in found.items():
        for row in json.loads(files[f"search/r/{year}.json"]):
            if row[0] in keys:
                ids.add(row[1].split("/")[1])
    return ids


def _bench_content(n: int, tmp_path: Path):
    from bench.build import synthetic_events, write_claim_timeline_site
    from generator.load import SitePaths, load_content

    root = tmp_path / "site"
    write_claim_timeline_site(root, synthetic_events(n))
    content, _ = load_content(SitePaths(root))
    return content


def _entries(content) -> list[Entry]:
    from generator.model import content_slugs
    from generator.render import Labels, Theme
    from generator.structure import Structure

    labels = Labels(content.site.date_locale, Theme(None, content.site.language).messages)
    structure = Structure(content, labels.date_label, content_slugs(content))
    return [search.event_entry(e, content.sources, labels.date_label, structure.slug, structure.timeline_url(e), str)
            for e in content.events]


def test_every_query_finds_what_a_brute_force_search_finds(tmp_path: Path) -> None:
    content = _bench_content(300, tmp_path)
    entries = _entries(content)
    files = index_files(entries, shard_bytes=2_000)  # small shards: many splits, one-word shards
    manifest = json.loads(files["search/manifest.json"])
    assert any(leaf.endswith(".") for leaf in manifest["terms"]) and len(manifest["terms"]) > 30
    by_id = {e.id: e for e in entries}
    for query in ("budget", "bud", "ada martin", "item 12", "so many words", "the vote", "nothing-like-this", "12"):
        wanted = {i for i, e in by_id.items() if all(any(w.startswith(q) for w in e.words) for q in words(query))}
        assert _ids(files, _query(files, query)) == wanted, query
        assert wanted or query == "nothing-like-this"
    # Filters: an actor's events, and a word and a tag together.
    ada = {e.id for e in content.events if "Ada Martin" in e.actors or e.speaker == "Ada Martin"}
    assert _ids(files, _query(files, "", {"actor": "ada-martin"})) == ada
    some = content.events[5]
    word, tag = words(some.sources[0].quote)[5], some.tags[-1]  # "Something was said about the <word> number…"
    found = _ids(files, _query(files, word, {"tag": search.fold(tag)}))
    assert found == {e.id for e in content.events
                     if tag in e.tags and word in words(e.title + " " + e.sources[0].quote)}
    assert some.id in found
    facets = json.loads(files["search/facets.json"])
    assert [c for c in facets["actor"] if c[0] == "ada-martin"] == [["ada-martin", "Ada Martin", len(ada)]]
    assert [c[0] for c in facets["kind"]] == ["event", "claim"]


# --- same bytes, and one edit rewrites only what it touches -----------------------------


def test_the_same_content_gives_the_same_bytes(tmp_path: Path) -> None:
    content = _bench_content(120, tmp_path)
    entries = _entries(content)
    assert index_files(entries) == index_files(list(entries))
    assert index_files(entries, shard_bytes=500) == index_files(entries, shard_bytes=500)


def _split_site(root: Path) -> Path:
    write(root / "content/site.yaml", "title: T\nlanguage: en\nlocale: en_GB\nsplit_years_above: 1\n")
    write(root / "content/sources/paper.md", "---\ntitle: Paper\npublished: 2024-01-02\nlanguage: en\n---\nText.\n")
    for name, (date, title) in {"a": ("2019", "Harbour plan"), "b": ("2021-05", "Budget vote"),
                                "c": ("2023-02-01", "Zebra crossing opens")}.items():
        write(root / f"content/events/{name}.yaml",
              f"title: {title}\ndate: \"{date}\"\nstatus: reviewed\nsources:\n  - source: paper\n    quote: Said.\n")
    return root


def test_one_edit_rewrites_only_the_index_files_it_touches(tmp_path: Path, run_cli) -> None:
    root = _split_site(tmp_path / "s")
    assert run_cli("--site", root, "build").code == 0
    before = snapshot(root / "site")
    assert {p for p in before if p.startswith("search/t/")} == {"search/t/b.json", "search/t/c.json", "search/t/h.json",
                                                             "search/t/o.json", "search/t/p.json", "search/t/s.json",
                                                             "search/t/v.json", "search/t/z.json"}
    event = root / "content/events/c.yaml"
    event.write_text(event.read_text().replace("Zebra crossing opens", "Zebra crossing closes"))
    result = run_cli("--site", root, "build")
    assert result.code == 0
    after = snapshot(root / "site")
    changed = {p for p in after.keys() | before.keys() if p.startswith("search/") and before.get(p) != after.get(p)}
    # "opens" went (its shard "o" is gone), "closes" came (into "c", with "crossing"), and 2023's result line.
    assert changed == {"search/t/o.json", "search/t/c.json", "search/r/2023.json", "search/manifest.json"}
    unchanged = {p for p in after if p.startswith("search/") and p not in changed}
    assert "search/t/z.json" in unchanged and "search/r/2019.json" in unchanged
    # Not rewritten: the files of the new generation that did not change are links to the same inode.
    site = root / "site"
    assert (site / "search/t/h.json").stat().st_ino == (root / ".site-generations/a/search/t/h.json").stat().st_ino


def test_the_index_is_written_only_for_a_split_timeline(small_site: Path, run_cli) -> None:
    assert run_cli("--site", small_site, "build").code == 0
    assert not (small_site / "site/search").exists()


def test_updating_the_index_edit_by_edit_gives_the_bytes_of_a_fresh_index(tmp_path: Path) -> None:
    import random

    from generator.search import Index

    entries = _entries(_bench_content(150, tmp_path))
    rng = random.Random(5)
    index = Index(shard_bytes=1_500)  # small shards, so that edits split and merge them
    current = dict(index.update(entries))
    assert current == index_files(entries, shard_bytes=1_500)
    for step in range(40):
        kind = rng.choice(["title", "delete", "add", "move", "facet"])
        i = rng.randrange(len(entries))
        entry = entries[i]
        if kind == "title":
            new_words = tuple(words(f"{rng.choice(['budget', 'bud', 'zebra', 'the'])} {rng.randrange(1000)} novel{step}"))
            entries[i] = entry._replace(words=new_words, record=entry.record[:2] + (f"T{step}",) + entry.record[3:])
        elif kind == "delete" and len(entries) > 10:
            del entries[i]
        elif kind == "add":
            entries.insert(i, _entry(f"new-{step}", entry.year, f"the {rng.choice(['budget', 'zebra'])} {step}"))
        elif kind == "move":  # another year: its key, postings and two years' result lines change
            entries[i] = entry._replace(year=1900 + rng.randrange(3))
            entries.sort(key=lambda e: e.year)
        else:
            entries[i] = entry._replace(facets=entry.facets + (("tag", f"t{step % 3}", f"T{step % 3}"),))
        made = index.update(entries)
        current.update(made)
        current = {p: current[p] for p in index.files}
        assert current == index_files(entries, shard_bytes=1_500), (step, kind)
        assert len(made) < len(current) // 2, (step, kind)  # an edit rewrites a few files, not the index



def test_an_edit_in_place_makes_what_a_whole_update_makes(tmp_path: Path) -> None:
    """Index.edit (a build after edits in place) writes the files, and leaves the index, that update writes
    for the same entries; an entry that is new or moves to another year is refused, the index untouched."""
    import copy
    import random

    from generator.search import Index

    entries = _entries(_bench_content(150, tmp_path))
    rng = random.Random(8)
    whole, edited = Index(shard_bytes=1_500), Index(shard_bytes=1_500)
    whole.update(entries)
    edited.update(entries)
    for step in range(30):
        changed = []
        for i in rng.sample(range(len(entries)), rng.choice([1, 1, 3])):
            entry = entries[i]
            if rng.random() < 0.7:
                text = f"{rng.choice(['budget', 'bud', 'zebra', 'the'])} {rng.randrange(1000)} novel{step}"
                entries[i] = entry._replace(words=tuple(words(text)), record=entry.record[:2] + (f"T{step}",) + entry.record[3:])
            else:
                entries[i] = entry._replace(facets=entry.facets + (("tag", f"t{step % 3}", f"T{step % 3}"),))
            changed.append(entries[i])
        made = edited.edit(changed)
        assert made is not None and made == whole.update(entries), step
        assert edited.files == whole.files and edited.entries == whole.entries and edited.leaves == whole.leaves
    assert whole.files == {p: search._digest(d) for p, d in index_files(entries, shard_bytes=1_500).items()}
    before = copy.deepcopy(edited.__dict__)
    moved = entries[0]._replace(year=entries[0].year + 1)
    assert edited.edit([entries[1], moved]) is None
    assert edited.edit([_entry("not-there", 1950, "new words")]) is None
    assert edited.__dict__ == before

def test_a_long_preview_keeps_only_the_words_its_index_holds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """search._SHARED interns words for the whole process: a `serve` that saw many edits must not keep
    every word it ever saw, only (within a factor of two) those its index still holds."""
    from generator.build import Builder

    monkeypatch.setattr(search, "_SHARED", {})
    monkeypatch.setattr(search, "SHARED_FLOOR", 20)
    monkeypatch.setattr(search, "_shared_limit", 20)
    root = _split_site(tmp_path / "s")
    event = root / "content/events/c.yaml"
    builder = Builder(root, cancellable=True)
    builder.write(builder.load(), save=False)
    sizes = []
    for n in range(25):
        # Each save brings five words never seen before and drops the last save's five.
        fresh = " ".join(f"word{n}x{k}" for k in range(5))
        event.write_text(event.read_text().replace(event.read_text().split("\n")[0], f"title: Zebra {fresh}"))
        builder.write(builder.load([str(event)]), save=False)
        sizes.append(len(search._SHARED))
    live = {w for entry, _ in builder.cache.search["index"].entries.values() for w in entry.words}
    assert "word24x4" in live and "word0x0" not in live
    assert "word24x4" in search._SHARED and "word0x0" not in search._SHARED
    # Without the bound the table held every word of the 25 saves (145 values and more); with it, about
    # twice what the index holds (some twenty values), plus one save's words.
    assert max(sizes) < 80
