"""Where a saved page gives its publication day, beyond article:published_time (issue 9)."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.page import read_page

BODY = ("<h1>Le pont restera fermé</h1><article>{before}<p>"
        + "Le pont restera fermé aux camions jusqu'à nouvel ordre, a indiqué la préfecture. " * 6
        + "</p></article>")


def published(head: str = "", before: str = "") -> tuple[dt.date, str] | None:
    """The day read_page finds in a small page, and where it says it found it."""
    html = f"<html lang='fr'><head><title>t</title>{head}</head><body>{BODY.format(before=before)}</body></html>"
    article = read_page(html.encode())
    assert article is not None
    return (article.published.value, article.published.where) if article.published else None


@pytest.mark.parametrize("head, before, where", [
    ('<meta name="DATE" content="2024-05-06">', "", "meta date"),  # names in any case
    ('<meta name="parsely-pub-date" content="2024-05-06T10:00:00Z">', "", "meta parsely-pub-date"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "dateCreated": "2024-05-06"}</script>', "",
     "JSON-LD dateCreated"),
    ("", "<p><time>6 mai 2024</time></p>", "<time>"),
    # a byline without "publié": an author before the date, or "le" and a time around it
    ("", '<p class="auteur">Par Jeanne Roux, le 6 mai 2024 à 10h</p>', 'the byline "6 mai 2024"'),
    ("", "<p>Le 06/05/2024 à 18:10</p>", 'the byline "06/05/2024"'),
    ("", '<div class="byline">By Jane Roe | May 6, 2024</div>', 'the byline "May 6, 2024"'),
])
def test_publication_day_from_more_places(head: str, before: str, where: str) -> None:
    assert published(head, before) == (dt.date(2024, 5, 6), where)


def test_address_day_beats_a_modified_day() -> None:
    head = ('<link rel="canonical" href="https://example.org/actu/2024/05/06/le-pont.html">'
            '<meta property="article:modified_time" content="2024-05-09">')
    assert published(head) == (dt.date(2024, 5, 6), "the page's address")


def test_a_date_inside_a_sentence_is_no_byline() -> None:
    # only a short block that starts with the date, or names an author before it, is read as a byline
    before = "<p>Le conseil avait voté le 6 mai 2024 une hausse des tarifs de stationnement en centre-ville.</p>"
    found = published(before=before)
    assert found is None or found[1] != 'the byline "6 mai 2024"'

