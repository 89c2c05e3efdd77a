"""Drafts stay private (issue 11): `build` leaves them out and counts them; `--drafts` and the preview mark them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import write

DRAFT = "bridge-toll"


def add_draft(root: Path, status_line: str = "") -> None:
    """An extracted event nobody has reviewed yet (no status means extracted)."""
    write(root / f"content/events/{DRAFT}.yaml", f"""
        title: A toll is planned for the bridge
        date: 2024-03
        actors: [Toll Office]
        tags: [money]
        {status_line}
        sources:
          - source: city-paper
            quote: It reopened on Tuesday.
        """)


def html_pages(out: Path) -> dict[str, str]:
    """Every HTML page of a built site by its path."""
    return {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8") for p in out.rglob("*.html")}


@pytest.mark.parametrize("status_line", ["", "status: extracted"])
def test_build_leaves_drafts_out_and_counts_them(small_site, run_cli, status_line):
    add_draft(small_site, status_line)
    result = run_cli("--site", small_site, "build")
    assert result.code == 0, result.err
    assert "Built 2 events" in result.out
    assert "1 event awaits review: claim-timeline review" in result.out
    out = small_site / "site"
    assert not (out / f"events/{DRAFT}").exists()
    assert not (out / "tags/money").exists() and not (out / "actors/toll-office").exists()
    for path, text in html_pages(out).items():
        assert "A toll is planned" not in text and "badge-draft" not in text, path
    for export in ("feed.xml", "sitemap.xml", "events.json", "timeline.json", "events.ics"):
        assert DRAFT not in (out / export).read_text(encoding="utf-8"), export


def test_a_site_without_drafts_says_nothing_about_review(small_site, run_cli):
    result = run_cli("--site", small_site, "build")
    assert result.code == 0 and "review" not in result.out


def test_build_with_drafts_marks_each_one_on_every_page_and_keeps_it_out_of_exports(small_site, run_cli):
    add_draft(small_site)
    result = run_cli("--site", small_site, "build", "--drafts")
    assert result.code == 0, result.err
    assert "Built 3 events" in result.out
    assert "1 event awaits review (included, marked 'to review'): claim-timeline review" in result.out
    out = small_site / "site"
    pages = html_pages(out)
    showing = {path for path, text in pages.items() if "A toll is planned" in text}
    assert {"index.html", f"events/{DRAFT}/index.html", "tags/money/index.html", "actors/toll-office/index.html",
            "sources/city-paper/index.html"} <= showing
    for path in showing:
        text = pages[path]
        # each card of the draft carries the badge; the reviewed events' cards do not
        assert text.count('class="badge-draft">to review<') == text.count("event-draft"), path
        assert text.count("event-draft") >= 1, path
    assert "<title>[to review] A toll is planned" in pages[f"events/{DRAFT}/index.html"]
    assert '<meta property="og:title" content="[to review] A toll is planned' in pages[f"events/{DRAFT}/index.html"]
    assert "badge-draft" not in pages["events/bridge-closed/index.html"]
    # A feed, a calendar or a JSON export cannot show a badge: drafts never go there.
    for export in ("feed.xml", "sitemap.xml", "events.json", "timeline.json", "events.ics"):
        assert DRAFT not in (out / export).read_text(encoding="utf-8"), export
    assert [e["id"] for e in json.loads((out / "events.json").read_text(encoding="utf-8"))["events"]] == [
        "bridge-closed", "bridge-reopens"]


def test_the_badge_speaks_the_site_language(small_site, run_cli):
    site_yaml = small_site / "content/site.yaml"
    site_yaml.write_text(site_yaml.read_text(encoding="utf-8").replace("language: en", "language: fr")
                         .replace("locale: en_GB", "locale: fr_FR"), encoding="utf-8")
    add_draft(small_site)
    assert run_cli("--site", small_site, "build", "--drafts").code == 0
    page = (small_site / f"site/events/{DRAFT}/index.html").read_text(encoding="utf-8")
    assert 'class="badge-draft">à vérifier<' in page


def test_serve_shows_drafts_with_their_badge_unless_told_not_to(small_site):
    from test_serve import Server

    add_draft(small_site)
    server = Server(small_site)
    try:
        status, body, _ = server.get(f"/events/{DRAFT}/")
        assert status == 200 and 'class="badge-draft">to review<' in body
        assert body.count("badge-draft") == 1
    finally:
        server.stop()
    hidden = Server(small_site, extra=("--no-drafts",))
    try:
        assert hidden.get(f"/events/{DRAFT}/")[0] == 404
        assert "A toll is planned" not in hidden.get("/")[1]
    finally:
        hidden.stop()
