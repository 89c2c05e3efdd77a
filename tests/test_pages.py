"""Long lists cut into numbered pages (issue 12): sizes, links between pages, the sitemap, a moving boundary."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import urljoin

from conftest import snapshot, write
from generator.structure import PAGE_SIZE, page_url, paged

SITE = "title: Paged\nlanguage: en\nlocale: en_GB\nbase_url: https://example.org/p/\npage_size: 3\n"


def _event(root: Path, name: str, date: str, tags: str = "roads") -> None:
    write(root / f"content/events/{name}.yaml", f"""
        title: Event {name}
        date: "{date}"
        status: reviewed
        actors: [Ada Martin]
        tags: [{tags}]
        sources:
          - source: s1
            quote: "It happened."
        """)


def _site(root: Path, days: list[str]) -> Path:
    """A site with page_size 3 and one event per day given, all tagged 'roads', all in 2024."""
    write(root / "content/site.yaml", SITE)
    write(root / "content/sources/s1.md", "---\ntitle: A paper\npublished: 2025-01-02\nlanguage: en\n---\nIt happened.\n")
    for i, day in enumerate(days):
        _event(root, f"e{i}", day)
    return root


def _cards(page: Path) -> list[str]:
    """The ids of the event cards a page shows, in order."""
    return re.findall(r'<article[^>]* id="([^"]+)"', page.read_text(encoding="utf-8"))


def _link(page: Path, rel: str, site: Path) -> str | None:
    """Where a page's rel=prev/next link leads, as a path under site/ (resolved as a browser would)."""
    found = re.search(rf'<a rel="{rel}" href="([^"]+)"', page.read_text(encoding="utf-8"))
    if found is None:
        return None
    base = "file:///" + page.relative_to(site).as_posix()
    return urljoin(base, found.group(1)).removeprefix("file:///")


def test_a_list_is_cut_into_pages_of_at_most_page_size_at_stable_urls() -> None:
    events = list(range(2 * PAGE_SIZE + 1))
    parts = paged("tags/roads/", events, PAGE_SIZE)  # type: ignore[arg-type]
    assert [len(p[1]) for p in parts] == [500, 500, 1]
    assert [p[0] for p in parts] == ["tags/roads/index.html", "tags/roads/page/2/index.html",
                                     "tags/roads/page/3/index.html"]
    assert [p[1][0] for p in parts] == [0, 500, 1000]  # in order, nothing lost or repeated
    assert page_url("years/2024/", 1) == "years/2024/" and page_url("years/2024/", 2) == "years/2024/page/2/"
    assert [(p[2].previous, p[2].next) for p in parts] == [
        (None, "tags/roads/page/2/"), ("tags/roads/", "tags/roads/page/3/"), ("tags/roads/page/2/", None)]
    assert len(paged("tags/none/", [], PAGE_SIZE)) == 1  # an empty list still has its page


def test_every_list_is_paged_with_prev_next_links_and_every_page_in_the_sitemap(tmp_path: Path, run_cli) -> None:
    root = _site(tmp_path / "site-root", [f"2024-0{m}-01" for m in range(1, 8)])  # 7 events in 2024
    assert run_cli("--site", root, "build").code == 0
    site = root / "site"
    for base in ("years/2024/", "tags/roads/", "actors/ada-martin/", "sources/s1/"):
        pages = [site / base / "index.html", site / base / "page/2/index.html", site / base / "page/3/index.html"]
        assert [len(_cards(p)) for p in pages] == [3, 3, 1], base
        assert not (site / base / "page/4").exists() and not (site / base / "page/1").exists()
        assert sum((_cards(p) for p in pages), []) == [f"e{i}" for i in range(7)], base  # in date order, each once
        assert _link(pages[0], "prev", site) is None and _link(pages[2], "next", site) is None
        assert _link(pages[1], "prev", site) == base
        assert _link(pages[1], "next", site) == f"{base}page/3/"
        assert "page 2 of 3" in pages[1].read_text(encoding="utf-8")
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    for url in ("years/2024/", "years/2024/page/2/", "years/2024/page/3/", "tags/roads/page/3/", "sources/s1/page/2/"):
        assert f"<loc>https://example.org/p/{url}</loc>" in sitemap
    # An event page leads back to the page of its year that shows it.
    event = (site / "events/e4/index.html").read_text(encoding="utf-8")
    assert 'href="../../years/2024/page/2/#e4"' in event
    overview = (site / "index.html").read_text(encoding="utf-8")
    assert len(_cards(site / "index.html")) <= 12 and "years/2024/" in overview


def test_a_page_boundary_moves_when_an_event_is_added_and_the_incremental_build_equals_a_clean_one(
        tmp_path: Path, run_cli) -> None:
    root = _site(tmp_path / "site-root", ["2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01"])
    assert run_cli("--site", root, "build").code == 0
    site = root / "site"
    assert _cards(site / "years/2024/index.html") == ["e0", "e1", "e2"]
    assert _cards(site / "years/2024/page/2/index.html") == ["e3"]
    _event(root, "early", "2024-01-15")  # first in the year: every later event moves one place on
    assert run_cli("--site", root, "build").code == 0
    assert _cards(site / "years/2024/index.html") == ["early", "e0", "e1"]
    assert _cards(site / "years/2024/page/2/index.html") == ["e2", "e3"]
    assert 'href="../../years/2024/page/2/#e2"' in (site / "events/e2/index.html").read_text(encoding="utf-8")
    clean = tmp_path / "clean"
    shutil.copytree(root / "content", clean / "content")
    assert run_cli("--site", clean, "build").code == 0
    assert snapshot(site) == snapshot(clean / "site")
    # Removing it moves the boundary back, and the third page of nothing never existed.
    (root / "content/events/early.yaml").unlink()
    assert run_cli("--site", root, "build").code == 0
    assert _cards(site / "years/2024/page/2/index.html") == ["e3"]
    assert 'href="../../years/2024/#e2"' in (site / "events/e2/index.html").read_text(encoding="utf-8")


def test_past_50000_urls_the_sitemap_is_an_index_of_sitemaps(monkeypatch) -> None:
    from generator import structure

    urls = [f"events/e{i}/" for i in range(7)]
    assert [p.path for p in structure.sitemap_pages(urls)] == ["sitemap.xml"]
    monkeypatch.setattr(structure, "SITEMAP_URLS", 3)  # the protocol's 50,000, made small
    pages = structure.sitemap_pages(urls)
    assert [(p.path, p.template) for p in pages] == [
        ("sitemap.xml", "sitemap_index.xml"), ("sitemap-1.xml", "sitemap.xml"), ("sitemap-2.xml", "sitemap.xml"),
        ("sitemap-3.xml", "sitemap.xml")]
    assert pages[0].context["sitemaps"] == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"]
    assert [p.context["urls"] for p in pages[1:]] == [urls[0:3], urls[3:6], urls[6:]]


def test_a_sitemap_index_is_written_with_absolute_addresses(tmp_path: Path, run_cli, monkeypatch) -> None:
    import xml.etree.ElementTree as ET

    from generator import structure

    monkeypatch.setattr(structure, "SITEMAP_URLS", 4)
    root = _site(tmp_path / "site-root", [f"2024-0{m}-01" for m in range(1, 8)])
    assert run_cli("--site", root, "build").code == 0
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    index = ET.parse(root / "site/sitemap.xml").getroot()
    assert index.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    parts = [loc.text for loc in index.findall("s:sitemap/s:loc", ns)]
    assert parts[0] == "https://example.org/p/sitemap-1.xml"
    listed = []
    for part in parts:
        tree = ET.parse(root / "site" / part.removeprefix("https://example.org/p/"))
        found = [loc.text for loc in tree.getroot().findall("s:url/s:loc", ns)]
        assert 0 < len(found) <= 4
        listed += found
    assert "https://example.org/p/years/2024/page/3/" in listed and "https://example.org/p/events/e6/" in listed
    assert len(listed) == len(set(listed))
