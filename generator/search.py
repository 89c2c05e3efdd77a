"""The site-wide search index of a timeline split into year pages (issue 12): static JSON files under search/.

A year page holds one year's events; its filters and search box reach the other years through
this index, which `assets/search.js` fetches piece by piece, only once the reader uses the search
box or the filters (nothing before). Every file is a pure function of the content, so the same
content gives the same bytes, and one edit changes only the files that hold what the edit touched:

- ``search/manifest.json``: the names of the term shards (a few kilobytes), fetched on first use;
- ``search/t/<prefix>.json``: folded words starting with ``<prefix>`` -> the events holding them,
  grouped by year: ``{"budget": {"1987": "k3f9x0ab"}}``. Each event is a key of KEY_WIDTH characters
  (a hash of its id, unique within its year), so a posting costs 4 bytes and an event added to a year
  changes no other event's key. A prefix whose words weigh more than SHARD_BYTES is split by its next
  character (``bu`` -> ``bud``, ``bur``…; ``the.`` holds the word ``the`` alone), so shards stay small;
- ``search/f/<filter>/<value>.json``: the same postings for each actor, tag, kind, source and outlet;
- ``search/facets.json``: every filter's choices, with their labels and counts (fetched when the
  filters are opened);
- ``search/r/<year>.json``: what a result shows of each event of the year (key, links, title, date).

Words are folded as `assets/search.js` folds them (NFKD, lower case, marks dropped, œ -> oe…), and
split on anything that is not a letter or a digit; a query word matches the words it begins.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping

from .dates import TimelineDate
from .model import Event, Source, slugify
from .timeline import outlets

INDEX_DIR = "search"
FORMAT = 1
KEY_WIDTH = 4  # 36**4 keys per year: a collision is resolved, never a wrong result
SHARD_BYTES = 16_000
MIN_WORD = 2  # shorter words are neither indexed nor searched: "l'", "a" would match everything
FILTERS = ("actor", "tag", "kind", "source", "outlet")

# Letters that no Unicode decomposition takes apart; assets/search.js has the same table.
_LETTERS = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                          "ı": "i", "ŀ": "l"})
_WORD = re.compile(r"[^\W_]+")  # letters and digits, as /[\p{L}\p{N}]+/gu in JavaScript
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


class _Marks(dict):
    """str.translate's table dropping every combining mark (Unicode category M), worked out once per character."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.category(chr(code)).startswith("M") else code
        self[code] = value
        return value


_DROP_MARKS = _Marks()


def fold(text: str) -> str:
    """Lower case without accents or other marks: "Élysée" -> "elysee", "Œuvre" -> "oeuvre"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text).lower()
    if decomposed.isascii():
        return decomposed
    return decomposed.translate(_DROP_MARKS).translate(_LETTERS)


def words(text: str) -> list[str]:
    """The folded words of a text worth indexing, each once, in the order they come."""
    return list(dict.fromkeys(w for w in _WORD.findall(fold(text)) if len(w) >= MIN_WORD))


@dataclass(frozen=True)
class Entry:
    """What the index keeps of one event: its year, its words, the filters it matches and its result line."""

    id: str
    year: int
    words: tuple[str, ...]
    facets: tuple[tuple[str, str, str], ...]  # (filter, value, label)
    record: tuple[Any, ...]  # (event URL, timeline URL, title, date label, kind[, 1 for a draft])


def event_entry(event: Event, sources: Mapping[str, Source], date_label: Callable[[TimelineDate], str],
                slug: Callable[[str], str], timeline_url: str, kind_label: Callable[[str], str]) -> Entry:
    """The index's view of one event: the words a card's search reads (title, quotes, speaker) and its filters."""
    text = " ".join([event.title, *(ref.quote for ref in event.sources if ref.quote), event.speaker or ""])
    facets: list[tuple[str, str, str]] = []
    for name in dict.fromkeys([*event.actors, *([event.speaker] if event.speaker else [])]):
        facets.append(("actor", slug(name), name))
    facets.extend(("tag", slug(tag), tag) for tag in dict.fromkeys(event.tags))
    facets.append(("kind", event.kind, kind_label(event.kind)))
    for source_id in dict.fromkeys(ref.source for ref in event.sources):
        source = sources.get(source_id)
        if source is not None:
            label = f"{source.publisher}, {source.title}" if source.publisher else source.title
            facets.append(("source", source_id, label))
    facets.extend(("outlet", slugify(name), name) for name in outlets(event, sources))
    record: tuple[Any, ...] = (f"events/{event.id}/", timeline_url, event.title, date_label(event.date), event.kind)
    if event.status != "reviewed":  # a draft never shows without its badge (issue 11)
        record += (1,)
    return Entry(event.id, event.date.first_day().year, tuple(words(text)), tuple(facets), record)


def event_keys(entries: Iterable[Entry]) -> dict[str, str]:
    """Each event's key: KEY_WIDTH base-36 characters of a hash of its id, unique within its year.

    A collision moves the event whose id sorts later to its next hash, so a key depends only on
    the ids of its own year, and adding an event almost never changes another's.
    """
    by_year: dict[int, list[str]] = {}
    for entry in entries:
        by_year.setdefault(entry.year, []).append(entry.id)
    keys: dict[str, str] = {}
    for ids in by_year.values():
        used: set[str] = set()
        for event_id in sorted(ids):
            attempt = 0
            while (key := _hash_key(event_id, attempt)) in used:
                attempt += 1
            used.add(key)
            keys[event_id] = key
    return keys


def _hash_key(event_id: str, attempt: int) -> str:
    value = int.from_bytes(hashlib.blake2b(f"{event_id}\0{attempt}".encode("utf-8", "surrogatepass"),
                                           digest_size=8).digest(), "big") % 36 ** KEY_WIDTH
    out = ""
    for _ in range(KEY_WIDTH):
        value, digit = divmod(value, 36)
        out = _DIGITS[digit] + out
    return out


Postings = dict[int, list[str]]  # year -> event keys


def index_files(entries: list[Entry], shard_bytes: int = SHARD_BYTES) -> dict[str, bytes]:
    """Every file of the index, by its path under site/, for the events in timeline order."""
    keys = event_keys(entries)
    terms: dict[str, Postings] = {}
    facets: dict[tuple[str, str], Postings] = {}
    labels: dict[tuple[str, str], str] = {}
    records: dict[int, list[list[Any]]] = {}
    for entry in entries:
        key = keys[entry.id]
        for word in entry.words:
            terms.setdefault(word, {}).setdefault(entry.year, []).append(key)
        for name, value, label in entry.facets:
            facets.setdefault((name, value), {}).setdefault(entry.year, []).append(key)
            labels.setdefault((name, value), label)
        records.setdefault(entry.year, []).append([key, *entry.record])
    files: dict[str, bytes] = {}
    encoded = {term: _postings(p) for term, p in terms.items()}
    leaves = shard_terms({term: len(term) + len(text) + 6 for term, text in encoded.items()}, shard_bytes)
    for leaf, members in leaves:
        files[f"{INDEX_DIR}/t/{shard_file(leaf)}.json"] = _object(
            (term, encoded[term]) for term in sorted(members))
    for (name, value), postings in facets.items():
        files[f"{INDEX_DIR}/f/{name}/{value}.json"] = (_postings(postings) + "\n").encode("utf-8")
    for year, rows in records.items():
        files[f"{INDEX_DIR}/r/{year}.json"] = (json.dumps(rows, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
    files[f"{INDEX_DIR}/facets.json"] = _facets(facets, labels)
    manifest = {"format": FORMAT, "key": KEY_WIDTH, "min": MIN_WORD, "terms": [leaf for leaf, _ in leaves]}
    files[f"{INDEX_DIR}/manifest.json"] = (json.dumps(manifest, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
    return dict(sorted(files.items()))


def _postings(postings: Postings) -> str:
    """JSON of one word's postings: years in order, each year's keys sorted and written end to end."""
    return json.dumps({str(year): "".join(sorted(keys)) for year, keys in sorted(postings.items())},
                      separators=(",", ":"))


def _object(items: Iterable[tuple[str, str]]) -> bytes:
    """A JSON object from keys and values already written as JSON."""
    body = ",".join(f"{json.dumps(key, ensure_ascii=False)}:{value}" for key, value in items)
    return ("{" + body + "}\n").encode("utf-8")


def _facets(facets: dict[tuple[str, str], Postings], labels: dict[tuple[str, str], str]) -> bytes:
    """Every filter's choices as [value, label, count], sorted as the page's own filters sort them."""
    choices: dict[str, list[list[Any]]] = {name: [] for name in FILTERS}
    for (name, value), postings in facets.items():
        choices[name].append([value, labels[(name, value)], sum(len(keys) for keys in postings.values())])
    for name, found in choices.items():
        if name == "kind":
            found.sort(key=lambda c: ("event", "claim").index(c[0]) if c[0] in ("event", "claim") else 2)
        else:
            found.sort(key=lambda c: (c[1].casefold(), c[0]))
    return (json.dumps(choices, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def shard_terms(sizes: Mapping[str, int], limit: int = SHARD_BYTES) -> list[tuple[str, list[str]]]:
    """Words grouped into shards by prefix: (leaf, words), a leaf being a prefix or 'word.' for one word.

    A prefix whose words weigh more than ``limit`` is split by the next character; the word equal to
    the prefix itself, if any, gets a leaf of its own ('the.'), since it can be split no further.
    """
    by_first: dict[str, list[str]] = {}
    for term in sizes:
        by_first.setdefault(term[0], []).append(term)
    leaves: list[tuple[str, list[str]]] = []

    def split(prefix: str, members: list[str]) -> None:
        if sum(sizes[t] for t in members) <= limit:
            leaves.append((prefix, sorted(members)))
            return
        children: dict[str, list[str]] = {}
        for term in members:
            if len(term) == len(prefix):
                leaves.append((prefix + ".", [term]))
            else:
                children.setdefault(term[len(prefix)], []).append(term)
        for char in sorted(children):
            split(prefix + char, children[char])

    for char in sorted(by_first):
        split(char, by_first[char])
    return sorted(leaves)


def shard_file(leaf: str) -> str:
    """A shard's file name: the prefix itself when it is plain ASCII, else '_' and its UTF-8 bytes in hex."""
    if re.fullmatch(r"[a-z0-9]+", leaf):
        return leaf
    return "_" + leaf.encode("utf-8").hex()


def index_outputs(events: list[Event], sources: Mapping[str, Source], structure: Any, messages: Mapping[str, str],
                  settings: str, memo: dict[str, Any]) -> list[tuple[str, str, Callable[[], bytes]]]:
    """(path, key, make) of every index file, for the build engine (generator/build.py).

    The whole index is keyed on the cards of every event and the site's settings; each file's key
    is the digest of its bytes, so a file whose bytes did not change is not written again. ``memo``
    (kept in the build cache) holds each event's entry by its card, and the keys of the last index,
    so that a build that changed no event makes nothing, and one edit folds one event's words.
    """
    whole = _digest(["search", FORMAT, settings, structure.cards(events)])
    made: dict[str, bytes] = {}

    def make_all() -> dict[str, bytes]:
        if not made:
            known = memo.get("entries", {})
            entries, used = [], {}
            for event in events:
                url = structure.timeline_url(event)
                card = (structure.card(event), url)
                entry = known.get(card)
                if entry is None:
                    entry = event_entry(event, sources, structure.date_label, structure.slug, url,
                                        lambda kind: messages.get(kind, kind))
                used[card] = entry
                entries.append(entry)
            memo["entries"] = used  # the entries of events gone or changed are dropped
            made.update(index_files(entries))
        return made

    if memo.get("whole") != whole:
        memo["files"] = {path: "search:" + _digest(data) for path, data in make_all().items()}
        memo["whole"] = whole
    return [(path, key, lambda path=path: make_all()[path]) for path, key in memo["files"].items()]


def _digest(data: Any) -> str:
    raw = data if isinstance(data, bytes) else repr(data).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(raw, digest_size=16).hexdigest()
