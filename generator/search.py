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

The build keeps an Index between runs (in the build cache) and updates it with the events that
changed, so that one edit costs the shards of its words, not the whole index (issue 12).

Words are folded as `assets/search.js` folds them (NFKD, lower case, marks dropped, œ -> oe…), and
split on anything that is not a letter or a digit; a query word matches the words it begins.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import re
import unicodedata
from operator import itemgetter
from typing import Any, Callable, Iterable, Mapping, NamedTuple

from .dates import TimelineDate
from .model import Event, Source, slugify
from .timeline import outlets
from .write import Cancelled, digest as file_digest

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
# The runs of _WORD of MIN_WORD characters or more, found by the regex engine itself: filtering the short ones
# in a generator was a tenth of the entries of a cold build's index at 10,000 events (issue 12).
_LONG_WORD = re.compile(rf"[^\W_]{{{MIN_WORD},}}")
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
    return list(dict.fromkeys(_LONG_WORD.findall(fold(text))))


class Entry(NamedTuple):
    """What the index keeps of one event: its year, its words, the filters it matches and its result line.

    A named tuple: thousands of them are read back from the build cache, and tuples load fastest.
    """

    id: str
    year: int
    words: tuple[str, ...]
    facets: tuple[tuple[str, str, str], ...]  # (filter, value, label)
    record: tuple[Any, ...]  # (event URL, timeline URL, title, date label, kind[, 1 for a draft])


# One object per distinct word and filter choice across every entry: pickled once each (the memo shares them),
# so the index's state loads in half the time and takes two thirds of the room (issue 12: reading it was a
# sixth of a one-event build at 10,000 events, where most words and every choice repeat across events).
_SHARED: dict[Any, Any] = {}
# The table is pruned to what the index's entries hold once it doubled since the last prune: a `serve`
# running for days interned every word ever typed, the words of edits long gone included.
SHARED_FLOOR = 50_000
_shared_limit = SHARED_FLOOR


def _shared(value: Any) -> Any:
    return _SHARED.setdefault(value, value)


def bound_shared(entries: Iterable[Entry]) -> None:
    """Forget the interned words and filter choices no entry holds, once the table doubled since last time.

    Every entry's parts are the table's own objects, so the entries still share them after a prune.
    """
    global _shared_limit
    if len(_SHARED) <= _shared_limit:
        return
    live: dict[Any, Any] = {}
    for entry in entries:
        for word in entry.words:
            live[word] = word
        live[entry.facets] = entry.facets
        for facet in entry.facets:
            live[facet] = facet
    _SHARED.clear()
    _SHARED.update(live)
    _shared_limit = max(SHARED_FLOOR, 2 * len(_SHARED))


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
    # _shared by the table's own setdefault, without a Python call per word (246,000 at 10,000 events).
    found = words(text)
    return Entry(event.id, event.date.first_day().year, tuple(map(_SHARED.setdefault, found, found)),
                 _shared(tuple(map(_SHARED.setdefault, facets, facets))), record)


def event_keys(entries: Iterable[Entry], hashed: dict[str, str] | None = None) -> dict[str, str]:
    """Each event's key: KEY_WIDTH base-36 characters of a hash of its id, unique within its year.

    A collision moves the event whose id sorts later to its next hash, so a key depends only on
    the ids of its own year, and adding an event almost never changes another's. ``hashed`` keeps
    each id's first hash between calls.
    """
    hashed = {} if hashed is None else hashed
    by_year: dict[int, list[str]] = {}
    for entry in entries:
        by_year.setdefault(entry.year, []).append(entry.id)
    keys: dict[str, str] = {}
    for ids in by_year.values():
        used: set[str] = set()
        for event_id in sorted(ids):
            key = hashed.get(event_id)
            if key is None:
                key = hashed[event_id] = _hash_key(event_id, 0)
            attempt = 0
            while key in used:
                attempt += 1
                key = _hash_key(event_id, attempt)
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


Postings = dict[int, set[str]]  # year -> event keys


class Packed:
    """A value kept between builds as its pickle, unpickled only when asked for (``value``).

    A build after one edit reads the index's state for a year or two of its entries: unpickling all
    10,000 of them, and the entries of every card a whole build remembers, was a tenth of that build
    (issue 12). A packed value is never changed in place: a new one is packed instead.
    """

    __slots__ = ("_data", "_value")

    def __init__(self, value: Any = None, data: bytes | None = None):
        self._value, self._data = value, data

    @property
    def value(self) -> Any:
        """The value, unpickled on first use (without the cyclic collector: see cache.uncollected)."""
        if self._value is None and self._data is not None:
            from .cache import uncollected

            with uncollected():
                self._value = pickle.loads(self._data)
        return self._value

    def __reduce__(self) -> tuple[Any, tuple[bytes]]:
        if self._data is None:
            self._data = pickle.dumps(self._value, protocol=pickle.HIGHEST_PROTOCOL)
        return _packed, (self._data,)


def _packed(data: bytes) -> Packed:
    return Packed(data=data)


def unpacked(value: Any) -> Any:
    """A value that may have been kept Packed."""
    return value.value if isinstance(value, Packed) else value


def index_files(entries: list[Entry], shard_bytes: int = SHARD_BYTES) -> dict[str, bytes]:
    """Every file of the index, by its path under site/, for the events in timeline order."""
    index = Index(shard_bytes)
    made = index.update(entries)
    return {path: made[path] for path in sorted(index.files)}


class Index:
    """The index between builds: each event's entry and key, the postings of every word and filter.

    ``update`` brings it to a new list of entries by taking out the events that changed or went and
    putting in the new ones, and writes again only the files holding what moved: the cost of one
    edit is that of its words' shards, not of the whole index.
    """

    def __init__(self, shard_bytes: int = SHARD_BYTES):
        self.shard_bytes = shard_bytes
        self._entries: dict[str, tuple[Entry, str]] | None = {}  # event id -> (entry, key), in timeline order
        # As read from the build cache: each year's (id, entry, key) in timeline order, packed, and the years
        # unpacked since (by ``edit``), until every entry is asked for (``entries``).
        self._years: dict[int | None, Packed] = {}
        self._open: dict[int | None, dict[str, tuple[Entry, str]]] = {}
        self._hashed: dict[str, str] | Packed = {}
        # Postings are kept as the JSON they are written as (strings load fast from the build cache),
        # and read back only for the words and filters an update touches.
        self.encoded: dict[str, str] = {}  # word -> its postings as JSON
        self.by_first: dict[str, set[str]] = {}  # first character -> words
        self.facets: dict[tuple[str, str], str] = {}  # (filter, value) -> its postings as JSON
        self.counts: dict[tuple[str, str], int] = {}  # (filter, value) -> how many events
        self.leaves: dict[str, list[tuple[str, list[str]]]] = {}  # first character -> its shards
        self.files: dict[str, str] = {}  # path -> digest of its bytes

    @property
    def entries(self) -> dict[str, tuple[Entry, str]]:
        """Every event's (entry, key) by id, in timeline order (unpacked whole on first use)."""
        if self._entries is None:
            self._entries = {}
            for year, packed in self._years.items():
                found = self._open.get(year)
                self._entries.update(found if found is not None else {i: (e, k) for i, e, k in packed.value})
            self._years, self._open = {}, {}
        return self._entries

    @entries.setter
    def entries(self, value: dict[str, tuple[Entry, str]]) -> None:
        self._entries, self._years, self._open = value, {}, {}

    @property
    def hashed(self) -> dict[str, str]:
        """Event id -> the first hash of its id (only ``update`` needs it)."""
        if isinstance(self._hashed, Packed):
            self._hashed = self._hashed.value
        return self._hashed

    @hashed.setter
    def hashed(self, value: dict[str, str]) -> None:
        self._hashed = value

    def _year(self, year: int) -> dict[str, tuple[Entry, str]]:
        """The entries of one year, by id, in timeline order (every entry's year when one blob holds them all)."""
        if self._entries is not None:
            return {i: pair for i, pair in self._entries.items() if pair[0].year == year}
        where: int | None = year if None not in self._years else None
        found = self._open.get(where)
        if found is None:
            packed = self._years.get(where)
            found = self._open[where] = {i: (e, k) for i, e, k in packed.value} if packed is not None else {}
        return found if where is not None else {i: pair for i, pair in found.items() if pair[0].year == year}

    def __getstate__(self) -> dict[str, Any]:
        state = {name: value for name, value in self.__dict__.items() if name not in ("_entries", "_open")}
        years: dict[int | None, Packed] = {}
        if self._entries is not None:
            grouped: dict[int, list[tuple[str, Entry, str]]] = {}
            last = None
            for event_id, (entry, key) in self._entries.items():
                if entry.year != last and entry.year in grouped:  # a year twice: the order is not by year
                    grouped = {}
                    break
                last = entry.year
                grouped.setdefault(entry.year, []).append((event_id, entry, key))
            if grouped or not self._entries:
                years = {year: Packed(found) for year, found in grouped.items()}
            else:
                years = {None: Packed([(i, e, k) for i, (e, k) in self._entries.items()])}
        else:
            years = {year: Packed([(i, e, k) for i, (e, k) in self._open[year].items()]) if year in self._open
                     else packed for year, packed in self._years.items()}
        state["_years"] = years
        state["_hashed"] = Packed(self._hashed) if not isinstance(self._hashed, Packed) else self._hashed
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._entries, self._open = None, {}

    def update(self, entries: list[Entry]) -> dict[str, bytes]:
        """Bring the index to ``entries`` (timeline order); return the files made again, by path."""
        keys = event_keys(entries, self.hashed)
        self.hashed = {event_id: self.hashed[event_id] for event_id in keys}  # forget the ids gone
        new = {entry.id: (entry, keys[entry.id]) for entry in entries}
        moves = _Moves()
        for event_id in new.keys() | self.entries.keys():
            was, now = self.entries.get(event_id), new.get(event_id)
            if was != now:
                moves.add(was, now)
        self.entries = new
        return self._write(moves, entries)

    def edit(self, edited: list[Entry]) -> dict[str, bytes] | None:
        """What ``update`` does with these entries in place of the ones of the same id, every other entry
        as it is, without going through them all (issue 12: a one-event build at 10,000 events); None, and
        the index unchanged, when an entry is new or in another year (its key may change: call update)."""
        moves = _Moves()
        placed = []
        for entry in edited:
            was = self._year(entry.year).get(entry.id)
            if was is None or was[0].year != entry.year:
                return None
            placed.append((entry, was[1]))
            if was[0] != entry:
                moves.add(was, placed[-1])
        for entry, key in placed:
            # In its place: the timeline's order is the entries' order.
            if self._entries is not None:
                self._entries[entry.id] = (entry, key)
            else:
                self._open[entry.year if None not in self._years else None][entry.id] = (entry, key)
        # Every entry only when a filter's choices changed (facets.json); else the moved years' only.
        return self._write(moves, [entry for entry, _ in self.entries.values()] if moves.labels else None)

    def _write(self, moves: "_Moves", entries: list[Entry] | None) -> dict[str, bytes]:
        """The files holding what ``moves`` moved, made again from the index brought to ``entries`` (None:
        every entry, of which only the moved years' are read)."""
        made: dict[str, bytes] = {}
        self._terms(moves.words, made)
        for (name, value), changes in moves.facets.items():
            text = _moved(self.facets.get((name, value)), changes)
            self.counts[(name, value)] = self.counts.get((name, value), 0) + sum(sign for _, _, sign in changes)
            if text is None:
                self.facets.pop((name, value), None)
                self.counts.pop((name, value), None)
            else:
                self.facets[(name, value)] = text
            self._put(f"{INDEX_DIR}/f/{name}/{value}.json", (text + "\n").encode() if text else None, made)
        rows: dict[int, list[list[Any]]] = {year: [] for year in moves.years}
        if entries is not None:
            for entry in entries:
                if entry.year in rows:
                    rows[entry.year].append([self.entries[entry.id][1], *entry.record])
        else:
            for year in rows:
                rows[year] = [[key, *entry.record] for entry, key in self._year(year).values()]
        for year, found in rows.items():
            data = (json.dumps(found, ensure_ascii=False, separators=(",", ":")) + "\n").encode() if found else None
            self._put(f"{INDEX_DIR}/r/{year}.json", data, made)
        if moves.labels:
            assert entries is not None
            self._put(f"{INDEX_DIR}/facets.json", _facets(self.counts, entries), made)
        manifest = {"format": FORMAT, "key": KEY_WIDTH, "min": MIN_WORD,
                    "terms": sorted(leaf for group in self.leaves.values() for leaf, _ in group)}
        self._put(f"{INDEX_DIR}/manifest.json",
                  (json.dumps(manifest, ensure_ascii=False, separators=(",", ":")) + "\n").encode(), made)
        return made

    def _terms(self, moved: dict[str, list[tuple[int, str, int]]], made: dict[str, bytes]) -> None:
        """Shard again the first characters whose words moved; write the shards that hold a moved word."""
        for word, changes in moved.items():
            text = _moved(self.encoded.get(word), changes)
            group = self.by_first.setdefault(word[0], set())
            if text is not None:
                self.encoded[word] = text
                group.add(word)
            else:
                self.encoded.pop(word, None)
                group.discard(word)
        for first in sorted({word[0] for word in moved}):
            members = self.by_first[first]
            old = dict(self.leaves.pop(first, []))
            leaves = _split(first, sorted(members), {t: len(t) + len(self.encoded[t]) + 4 for t in members},
                            self.shard_bytes) if members else []
            if leaves:
                self.leaves[first] = leaves
            for leaf, words_ in leaves:
                old_members = old.pop(leaf, None)
                if old_members == words_ and not any(t in moved for t in words_):
                    continue  # the same words, none of them moved: the same bytes
                body = ",".join(f'"{t}":{self.encoded[t]}' for t in words_)
                self._put(f"{INDEX_DIR}/t/{shard_file(leaf)}.json", ("{" + body + "}\n").encode("utf-8"), made)
            for leaf in old:
                self._put(f"{INDEX_DIR}/t/{shard_file(leaf)}.json", None, made)

    def _put(self, path: str, data: bytes | None, made: dict[str, bytes]) -> None:
        """Record a file's new bytes (None: the file goes)."""
        if data is None:
            self.files.pop(path, None)
            made.pop(path, None)
        else:
            self.files[path] = _digest(data)
            made[path] = data


class _Moves:
    """What an update takes out of and puts into the postings: words, filter values, the years whose results move."""

    def __init__(self) -> None:
        self.words: dict[str, list[tuple[int, str, int]]] = {}  # word -> (year, key, +1 or -1)
        self.facets: dict[tuple[str, str], list[tuple[int, str, int]]] = {}
        self.years: set[int] = set()
        self.labels = False  # a filter's choices, labels or counts changed: facets.json is written again

    def add(self, was: tuple[Entry, str] | None, now: tuple[Entry, str] | None) -> None:
        """One event's change: from ``was`` to ``now`` ((entry, key), None when absent)."""
        if was is not None and now is not None and was[1] == now[1] and was[0].year == now[0].year:
            # The same event at the same key: only the words and filters it lost or gained move.
            entry, key = now
            self.years.add(entry.year)
            old_words, new_words = set(was[0].words), set(entry.words)
            for word, sign in [*((w, -1) for w in old_words - new_words), *((w, 1) for w in new_words - old_words)]:
                self.words.setdefault(word, []).append((entry.year, key, sign))
            old_facets, new_facets = set(was[0].facets), set(entry.facets)
            self.labels = self.labels or old_facets != new_facets
            old_values, new_values = {f[:2] for f in old_facets}, {f[:2] for f in new_facets}
            for value, sign in [*((v, -1) for v in old_values - new_values), *((v, 1) for v in new_values - old_values)]:
                self.facets.setdefault(value, []).append((entry.year, key, sign))
            return
        self.labels = True
        for pair, sign in ((was, -1), (now, 1)):
            if pair is None:
                continue
            entry, key = pair
            self.years.add(entry.year)
            # One change tuple for all of the entry's words and filters (a cold build adds every entry: 250,000
            # words at 10,000 events), each list's setdefault looked up once.
            change, into = (entry.year, key, sign), self.words.setdefault
            for word in entry.words:
                into(word, []).append(change)
            into = self.facets.setdefault
            for name, value, _ in entry.facets:
                into((name, value), []).append(change)


_SIGN = itemgetter(2)  # a change's sign, +1 or -1


def _moved(text: str | None, changes: list[tuple[int, str, int]]) -> str | None:
    """Postings written as JSON, with events taken out (-1) and put in (+1); None when none is left."""
    postings: Postings = {}
    for year, keys in (json.loads(text) if text else {}).items():
        postings[int(year)] = {keys[i:i + KEY_WIDTH] for i in range(0, len(keys), KEY_WIDTH)}
    # Every removal first: a key an event leaves may be taken by another in the same update (a collision).
    # Sorted only when there is one (a stable sort of additions alone leaves them as they are): a cold build
    # sorted 250,000 additions through a Python key function (issue 12).
    if min(map(_SIGN, changes), default=0) < 0:
        changes = sorted(changes, key=_SIGN)
    for year, key, sign in changes:
        if sign < 0:
            postings[year].discard(key)
        else:
            postings.setdefault(year, set()).add(key)
    postings = {year: keys for year, keys in postings.items() if keys}
    return _postings(postings) if postings else None


def _postings(postings: Postings) -> str:
    """JSON of one word's postings: years in order, each year's keys sorted and written end to end.

    Written by hand (json.dumps was most of the index's time): years are numbers and keys base 36.
    """
    return "{" + ",".join(f'"{year}":"{"".join(sorted(postings[year]))}"' for year in sorted(postings)) + "}"


def _facets(counts: dict[tuple[str, str], int], entries: list[Entry]) -> bytes:
    """Every filter's choices as [value, label, count], sorted as the page's own filters sort them."""
    labels: dict[tuple[str, str], str] = {}
    for entry in entries:  # a value's label is the first event's (two outlets may slug alike)
        for name, value, label in entry.facets:
            labels.setdefault((name, value), label)
    choices: dict[str, list[list[Any]]] = {name: [] for name in FILTERS}
    for (name, value), n in counts.items():
        choices[name].append([value, labels[(name, value)], n])
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
    Words of different first characters never share a shard, so each first character is split alone.
    """
    by_first: dict[str, list[str]] = {}
    for term in sizes:
        by_first.setdefault(term[0], []).append(term)
    leaves: list[tuple[str, list[str]]] = []
    for char in sorted(by_first):
        leaves.extend(_split(char, sorted(by_first[char]), sizes, limit))
    return sorted(leaves)


def _split(prefix: str, members: list[str], sizes: Mapping[str, int], limit: int) -> list[tuple[str, list[str]]]:
    """The shards of the (sorted) words beginning with ``prefix``."""
    if sum(sizes[t] for t in members) <= limit:
        return [(prefix, members)]
    leaves: list[tuple[str, list[str]]] = []
    children: dict[str, list[str]] = {}
    for term in members:
        if len(term) == len(prefix):
            leaves.append((prefix + ".", [term]))
        else:
            children.setdefault(term[len(prefix)], []).append(term)
    for char in sorted(children):
        leaves.extend(_split(prefix + char, children[char], sizes, limit))
    return leaves


def shard_file(leaf: str) -> str:
    """A shard's file name: the prefix itself when it is plain ASCII, else '_' and its UTF-8 bytes in hex."""
    if re.fullmatch(r"[a-z0-9]+", leaf):
        return leaf
    return "_" + leaf.encode("utf-8").hex()


def index_outputs(events: list[Event], sources: Mapping[str, Source], structure: Any, messages: Mapping[str, str],
                  settings: str, keys: dict[str, Any], state: Callable[[], dict[str, Any]],
                  cancelled: Callable[[], bool] = lambda: False) -> list[tuple[str, str, Callable[[], bytes]]]:
    """(path, key, make) of every index file, for the build engine (generator/build.py).

    Each file's key is the digest of its bytes, so a file whose bytes did not change is not written
    again. ``keys`` (kept in the build cache) holds the key of the whole index and of each file, so
    that a build that changed no event makes nothing and reads nothing more; ``state()`` (read from
    the cache only when an event changed) holds each event's entry by its card and the Index of the
    last build, so that one edit folds one event's words and writes only the files that hold them.
    ``cancelled`` is asked while the entries are gathered, before the index changes (raising Cancelled).
    """
    whole = _digest(["search", FORMAT, settings, structure.cards(events)])
    slugs: dict[str, str] = {}

    def slug(name: str) -> str:
        found = slugs.get(name)
        if found is None:
            found = slugs[name] = structure.slug(name)
        return found

    def entries() -> list[Entry]:
        memo = state()
        known = unpacked(memo.get("entries")) or {}
        found, used = [], {}
        for n, event in enumerate(events):
            if n % 500 == 0 and cancelled():  # a newer save in the preview: nothing changed yet
                raise Cancelled()
            url = structure.timeline_url(event)
            card = (settings, structure.card(event), url)
            entry = known.get(card)
            if entry is None:
                entry = event_entry(event, sources, structure.date_label, slug, url, lambda kind: messages.get(kind, kind))
            used[card] = entry
            found.append(entry)
        memo["entries"] = Packed(used)  # the entries of events gone or changed are dropped
        bound_shared(found)
        return found

    made: dict[str, bytes] = {}
    if keys.get("whole") != whole:
        memo = state()
        index = memo.get("index")
        if not isinstance(index, Index) or memo.get("whole") != keys.get("whole"):
            index = Index()  # the cache's two parts disagree (one was discarded): start again
        found = entries()
        keys["whole"] = memo["whole"] = None  # until the index below is complete
        made = index.update(found)
        memo["index"] = index
        # The files made by builds whose site was not published (the preview stops a write when a newer
        # save comes) are kept while they are current: the next build needs them and made only its own.
        memo["made"] = {path: data for path, data in {**memo.get("made", {}), **made}.items()
                        if index.files.get(path) == _digest(data)}
        keys["files"] = dict(index.files)
        keys["whole"] = memo["whole"] = whole
    files = keys["files"]
    whole_made: dict[str, bytes] = {}

    def make(path: str) -> bytes:
        if path in made:
            return made[path]
        kept = state().get("made", {}).get(path)
        if kept is not None and _digest(kept) == files[path]:
            return kept
        # Bytes not made in this build (an output folder that lacks them): the whole index, as a clean build makes it.
        if not whole_made:
            whole_made.update(index_files(entries()))
        return whole_made[path]

    return [(path, "search:" + key, lambda path=path: make(path)) for path, key in sorted(files.items())]


def _digest(data: Any) -> str:
    if isinstance(data, bytes):  # a file's bytes: the digest the published site knows them by
        return file_digest(data)
    return hashlib.blake2b(repr(data).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
