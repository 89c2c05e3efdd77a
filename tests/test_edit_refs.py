"""A page kept for an edit in place (generator/edit.py) holds its events, sources and named objects by
reference: the bytes carry their ids, and reading them back gives the very objects it is handed."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from generator.build import Builder
from generator.edit import EventRef, dump_page, load_page


def test_a_kept_page_refers_to_its_events_and_sources_and_reads_back_the_objects_given(small_site: Path) -> None:
    generation = Builder(small_site).load()
    page = next(p for p in generation.pages.values() if p.template == "event.html")
    event = page.context["event"]
    source = generation.content.sources[event.sources[0].source]
    named = {id(generation.content): "content", id(source): "unused"}  # a named object that is no event or source
    data, seen = dump_page(type(page)(page.path, page.template, {**page.context, "cited": [source, source],
                                                                 "site_content": generation.content}, page.inputs),
                           named)
    assert event.title.encode() not in data and source.title.encode() not in data  # by reference, not by value
    assert seen[("e", event.id)] is event and seen[("s", source.id)] is source
    assert seen[("n", "content")] is generation.content
    asked: list[tuple[str, str]] = []
    stand_in = EventRef(event.id, lambda _: event)

    def resolve(key: tuple[str, str]) -> object:
        asked.append(key)
        return stand_in if key == ("e", event.id) else seen[key]

    loaded = load_page(data, resolve)
    assert loaded.context["event"] is stand_in
    assert loaded.context["cited"][0] is source and loaded.context["cited"][1] is source
    assert loaded.context["site_content"] is generation.content
    assert loaded.path == page.path and loaded.inputs == page.inputs
    assert sorted(set(asked)) == sorted(seen)
    with pytest.raises(pickle.UnpicklingError):  # never read back without someone to answer the references
        pickle.loads(data)


def test_an_edited_structure_keeps_no_entry_of_the_event_an_edit_replaced(small_site: Path) -> None:
    """Structure keys its cards and year pages by id(event): an entry of a replaced event would outlive it, and
    answer for whatever object is later made at its freed address. Every key is an event of the new content."""
    import dataclasses

    site = small_site / "content/site.yaml"
    site.write_text(site.read_text(encoding="utf-8") + "split_years_above: 1\n", encoding="utf-8")  # year pages
    generation = Builder(small_site).load()
    structure, content = generation.structure, generation.content
    assert structure.split
    old = content.events[0]
    new = dataclasses.replace(old, title=old.title + " again")
    edited = dataclasses.replace(content, events=[new, *content.events[1:]])
    after = structure.with_events(edited, [(old, new)])
    alive = {id(e) for e in edited.events}
    assert set(after._cards) <= alive and set(after._places) <= alive
    assert after.timeline_url(new) == structure.timeline_url(old)  # the edited event stands where the old one stood
