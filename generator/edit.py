"""One event edited where it stands: which pages show it, and those pages remade with the new event in them.

An edit that leaves an event where it was (same id, date, kind, status, speaker, actors, tags and
sources; for a span, the same title, which the density strip prints) changes no page list, no URL,
no count and no grouping: only the pages that show the event's card (generator/structure.py,
``Structure.shows``), the exports and the search index. Those pages are made again from their old
context with the new event put in place of the old one (issue 12: one edit at 10,000 events loaded
and listed the whole site again). The context is copied through pickle, every event and source in
it kept by reference: what the page held is what it holds, but for the edited event.
"""

from __future__ import annotations

import io
import pickle
from typing import Any, Callable

from .model import Event, Source
from .stamp import parts_digest
from .structure import Page


def placement(event: Event) -> tuple[Any, ...]:
    """Everything of an event that decides which pages list it, where, and what other pages print of it."""
    return (event.id, str(event.path), repr(event.date), event.kind, event.status, event.speaker, tuple(event.actors),
            tuple(event.tags), tuple(ref.source for ref in event.sources), event.claim,
            event.title if event.date.end is not None else None)


def edited_inputs(inputs: tuple[Any, ...], old_card: str, new_card: str) -> tuple[Any, ...]:
    """A page's inputs after one event it shows changed from ``old_card`` to ``new_card``.

    The old inputs fixed the page's bytes with the old event; the two cards say what changed in it. The old
    inputs are kept as their digest, not nested: a page's inputs pass from one build after edits to the next,
    and one level per edit made a page edited about a thousand times too deep to repr (a RecursionError in
    parts_digest that left the site stale).
    """
    return ("edit", parts_digest(inputs), old_card, new_card)


class EventRef:
    """An event of a kept page's context, read only when something of it other than its id is asked for.

    A page after an edit is mostly its old bytes (generator/fragments.py): its hundreds of other events
    are never looked at, and reading each back cost more than the rest of the build (issue 12).
    """

    __slots__ = ("id", "_load", "watch")

    def __init__(self, event_id: str, load: Callable[[str], Event]):
        self.id, self._load = event_id, load
        self.watch: Callable[[str], None] | None = None  # told each name asked for (it may raise)

    def __getattr__(self, name: str) -> Any:  # only for what the slots do not hold
        if self.watch is not None:
            self.watch(name)
        return getattr(self._load(self.id), name)


def _ref(key: tuple[str, str]) -> Any:
    """Where a pickled page holds an object kept by reference: RefUnpickler answers it, nothing else may."""
    raise pickle.UnpicklingError(f"a page's reference {key} read without RefUnpickler")


class RefPickler(pickle.Pickler):
    """Pickles a page's context keeping events, sources and the named objects by reference.

    Each is written as a call of ``_ref`` that RefUnpickler answers. reducer_override is asked only
    about objects of other types than str, int, tuple, list, dict...: a persistent_id was asked about
    every one of them, most of the edits' cache rows a cold build writes (issue 12).
    """

    def __init__(self, file: io.BytesIO, named: dict[int, str]):
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.named = named  # id(object) -> its name (the content, the slug function): never of a builtin type
        self.seen: dict[tuple[str, str], Any] = {}

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, (Event, EventRef)):
            key = ("e", obj.id)
        elif isinstance(obj, Source):
            key = ("s", obj.id)
        else:
            name = self.named.get(id(obj))
            if name is None:
                return NotImplemented
            key = ("n", name)
        self.seen[key] = obj
        return _ref, (key,)


class RefUnpickler(pickle.Unpickler):
    """The other side of RefPickler: each reference answered by ``resolve``."""

    def __init__(self, data: bytes, resolve: Callable[[tuple[str, str]], Any]):
        super().__init__(io.BytesIO(data))
        self.resolve = resolve

    def find_class(self, module: str, name: str) -> Any:
        if module == __name__ and name == "_ref":
            return self._resolve
        return super().find_class(module, name)

    def _resolve(self, key: tuple[str, str]) -> Any:
        return self.resolve(tuple(key))


def dump_page(page: Page, named: dict[int, str]) -> tuple[bytes, dict[tuple[str, str], Any]]:
    """A page as bytes, its events, sources and named objects by reference; and the objects referred to."""
    buffer = io.BytesIO()
    pickler = RefPickler(buffer, named)
    pickler.dump(page)
    return buffer.getvalue(), pickler.seen


def load_page(data: bytes, resolve: Callable[[tuple[str, str]], Any]) -> Page:
    """A page from dump_page's bytes, each reference answered by ``resolve``."""
    return RefUnpickler(data, resolve).load()


def with_event(page: Page, new: Event, old_card: str, new_card: str, named: dict[int, str],
               replaced: dict[tuple[str, str], Any]) -> Page:
    """The page with ``new`` in place of the event of the same id, and inputs that say so."""
    data, seen = dump_page(page, named)
    key = ("e", new.id)

    def resolve(pid: tuple[str, str]) -> Any:
        if pid == key:
            return new
        return replaced[pid] if pid in replaced else seen[pid]

    remade = load_page(data, resolve)
    return Page(remade.path, remade.template, remade.context, edited_inputs(page.inputs, old_card, new_card))
