"""Editing event files in place (issue 11): the same result as a person's careful edit, or nothing at all."""

from __future__ import annotations

import difflib
import os
import time
from pathlib import Path

import pytest

from conftest import REPO, write
from generator.errors import ClaimTimelineError, ContentError
from generator.eventfile import EventFile, edit_event, event_path, reject_event

HAND_WRITTEN = """
    # Checked against the council minutes, 12 March.
    title: The council votes   # short on purpose
    date: 2024-03-12
    kind: event
    actors: [Riverside Council]   # flow list, kept
    status: extracted
    sources:
      - source: city-paper
        quote: "The council voted on Tuesday."   # the exact words
        date_text: on Tuesday
    body: |
      A note kept as a literal block.
      Second line.
    """


def changed_lines(before: str, after: str) -> list[str]:
    """The lines a diff would show, without its headers."""
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


@pytest.mark.parametrize("path", sorted((REPO / "content/events").glob("*.yaml"))
                         + sorted((REPO / "generator/scaffold/content/events").glob("*.yaml")), ids=lambda p: p.name)
def test_reading_and_writing_back_changes_no_byte(path: Path):
    assert EventFile(path).text() == path.read_text(encoding="utf-8")


def test_setting_fields_changes_only_their_lines_and_keeps_comments(tmp_path):
    path = write(tmp_path / "content/events/vote.yaml", HAND_WRITTEN)
    before = path.read_text(encoding="utf-8")
    event = edit_event(path, {"status": "reviewed", "title": "The council votes to rebuild the bridge",
                              "actors": ["Riverside Council", "Maria Lopez"]}, source_ids={"city-paper"})
    after = path.read_text(encoding="utf-8")
    # ruamel.yaml keeps each comment on its line (one space before it when the value grew).
    assert sorted(changed_lines(before, after)) == sorted([
        "-title: The council votes   # short on purpose",
        "-actors: [Riverside Council]   # flow list, kept",
        "-status: extracted",
        "+title: The council votes to rebuild the bridge # short on purpose",
        "+actors: [Riverside Council, Maria Lopez] # flow list, kept",
        "+status: reviewed",
    ])
    assert event.status == "reviewed" and event.actors == ["Riverside Council", "Maria Lopez"]


def test_a_new_field_goes_in_its_usual_place_and_dates_are_quoted(tmp_path):
    path = write(tmp_path / "content/events/vote.yaml", HAND_WRITTEN)
    edit_event(path, {"kind": "claim", "speaker": "Maria Lopez", "date": "2024-03"})
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[2:6] == ['date: "2024-03"', "kind: claim", "speaker: Maria Lopez",
                          "actors: [Riverside Council]   # flow list, kept"]
    assert lines[0] == "# Checked against the council minutes, 12 March."
    edit_event(path, {"date": {"start": "2019", "end": "2021-06"}})
    assert 'date: {start: "2019", end: "2021-06"}' in path.read_text(encoding="utf-8")


def test_removing_the_speaker_and_appending_a_source(tmp_path):
    path = write(tmp_path / "content/events/vote.yaml", HAND_WRITTEN.replace("kind: event", "kind: claim\n    speaker: Ada"))
    file = EventFile(path)
    file.set("kind", "event")
    file.set("speaker", None)
    file.append_source({"source": "radio", "quote": "Voted.", "date_basis": "published"})
    file.save()
    text = path.read_text(encoding="utf-8")
    assert "speaker" not in text
    assert text.endswith("    date_text: on Tuesday\n  - source: radio\n    quote: \"Voted.\"\n    date_basis: published\n"
                         "body: |\n  A note kept as a literal block.\n  Second line.\n")


@pytest.mark.parametrize(("changes", "expected"), [
    ({"date": "2024-02-30"}, "vote.yaml:3:7: invalid date: '2024-02-30'"),
    ({"kind": "rumour"}, "vote.yaml:4:7:"),
    ({"kind": "claim"}, "a claim needs a 'speaker'"),
    ({"title": None}, "the event has no 'title'"),
])
def test_an_edit_that_does_not_validate_leaves_the_file_untouched(tmp_path, changes, expected):
    path = write(tmp_path / "content/events/vote.yaml", HAND_WRITTEN)
    before, stat = path.read_bytes(), path.stat()
    with pytest.raises(ContentError) as failure:
        edit_event(path, changes, source_ids={"city-paper"})
    assert expected in str(failure.value)
    assert path.read_bytes() == before and path.stat().st_mtime_ns == stat.st_mtime_ns


def test_an_unknown_source_is_refused_with_did_you_mean(tmp_path):
    path = write(tmp_path / "content/events/vote.yaml", HAND_WRITTEN)
    file = EventFile(path)
    file.append_source({"source": "city-papr"})
    with pytest.raises(ContentError) as failure:
        file.save(source_ids={"city-paper"})
    assert "unknown source 'city-papr' (did you mean 'city-paper'?)" in str(failure.value)
    assert "city-papr" not in path.read_text(encoding="utf-8")


def test_a_broken_file_is_reported_where_it_breaks(tmp_path):
    path = write(tmp_path / "content/events/broken.yaml", "title: a: b\ndate: 2024\n")
    with pytest.raises(ContentError) as failure:
        EventFile(path)
    assert "broken.yaml:1:9: YAML syntax error" in str(failure.value)


def test_event_path_stays_inside_the_events_folder(tmp_path):
    events = tmp_path / "content/events"
    write(events / "vote.yaml", HAND_WRITTEN)
    write(tmp_path / "secret.yaml", "title: secret\n")
    os.symlink(tmp_path / "secret.yaml", events / "leak.yaml")
    assert event_path(events, "vote") == events / "vote.yaml"
    for bad in ("../secret", "..", "", "a/b", ".hidden", "leak", "missing"):
        with pytest.raises(ClaimTimelineError):
            event_path(events, bad)


def test_a_rejected_event_never_comes_back_even_with_force(tmp_path, run_cli):
    from test_extract import PORT, by_quote, events, make_site

    site = make_site(tmp_path / "site", {"port-de-lorient": PORT})
    assert run_cli("--site", site, "extract").code == 0
    ban_id, _ = by_quote(events(site), "a interdit la pêche")
    path = site / "content/events" / f"{ban_id}.yaml"
    reject_event(path, site / "content/events")
    assert not path.exists()
    assert '"rejected": true' in (site / "content/.extracted.json").read_text(encoding="utf-8")
    assert "1 skipped because deleted" in run_cli("--site", site, "extract").out
    assert "0 created" in run_cli("--site", site, "extract", "--force").out
    assert not path.exists()


def test_reject_waits_for_no_extract_and_is_refused_while_one_writes(tmp_path):
    from generator.eventfile import extraction_lock

    site = tmp_path / "site"
    events = site / "content/events"
    write(events / "vote.yaml", HAND_WRITTEN)
    with extraction_lock(site / "content"):  # an extract holding content/: the record must not be written under it
        with pytest.raises(ClaimTimelineError, match="another extract is writing"):
            reject_event(events / "vote.yaml", events)
    assert (events / "vote.yaml").exists()
    assert not (site / "content/.extracted.json").exists()
    reject_event(events / "vote.yaml", events)
    assert not (events / "vote.yaml").exists()
    assert '"rejected": true' in (site / "content/.extracted.json").read_text(encoding="utf-8")


def test_stale_temporary_files_of_a_killed_writer_are_removed_fresh_ones_kept(tmp_path):
    from generator.eventfile import STALE_TEMP_SECONDS, remove_stale_temps

    content = tmp_path / "content"
    old = [write(content / "events/.vote.yaml.k3j2.tmp", "half"), write(content / ".extracted.json.x8.tmp", "{")]
    fresh = write(content / "events/.other.yaml.q1.tmp", "writing")
    kept = [write(content / "events/vote.yaml", HAND_WRITTEN), write(content / "events/notes.tmp", "not hidden")]
    past = time.time() - STALE_TEMP_SECONDS - 5
    for path in old + kept:
        os.utime(path, (past, past))
    assert sorted(remove_stale_temps(content)) == sorted(old)
    assert not any(p.exists() for p in old)
    assert fresh.exists() and all(p.exists() for p in kept)
