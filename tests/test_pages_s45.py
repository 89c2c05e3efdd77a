"""Session 45: old articles reprinted by an online archive ("On This Day", « Il y a 50 ans », a society's blog).

The page's stamps (article:published_time, JSON-LD, the byline) give the day it was put online; the archive's note
above or below the text says which issue the article was first printed in, and that day dates it. The note, the
reprint's source line and the archive's "we reproduce it as printed" are no part of the article.
"""
from __future__ import annotations

import datetime as dt

from generator.extract.page import read_page

_STORY = ("<p>Workmen began taking down the old toll house on the Marlow road on Tuesday, to make way for a wider "
          "bridge over the Fleet brook.</p>"
          "<p>The toll house, built in 1811, has stood empty since the last keeper left it before the war.</p>"
          "<p>\"It is a sad day for the village,\" said Mr Edwin Larch, of the parish council. \"We asked the county "
          "to move it stone by stone, but there was no money.\"</p>"
          "<p>The county surveyor said the new bridge should be open to traffic by the end of October.</p>"
          "<p>A collection of photographs of the toll house will be shown in the village hall on Saturday.</p>")


def _page(note: str, after: str = "", lang: str = "en", stamp: str = "2021-08-14T06:00:00+01:00") -> bytes:
    """A news CMS's reprint page: the upload's stamps in the head, the archive's note above the text."""
    return (f"<!DOCTYPE html><html lang='{lang}'><head><title>Toll house comes down | Fleetbury Echo</title>"
            "<meta property='og:site_name' content='Fleetbury Echo'>"
            f"<meta property='article:published_time' content='{stamp}'></head><body>"
            "<article><h1>Toll house comes down</h1><p class='byline'>By Heritage Desk</p>"
            f"{note}<div class='body'>{_STORY}{after}</div></article></body></html>").encode()


def test_an_archive_note_dates_the_reprint_by_its_first_printing_and_leaves_the_text() -> None:
    article = read_page(_page("<p>This story first appeared in the Fleetbury Echo on Friday, August 14, 1970. "
                              "We reproduce it as it was printed.</p>"))
    assert article is not None and article.published is not None
    assert article.published.value == dt.date(1970, 8, 14)
    assert "first appeared" not in article.text and "reproduce" not in article.text
    assert article.text.startswith("Workmen began taking down the old toll house")


def test_an_originally_published_field_dates_the_reprint() -> None:
    article = read_page(_page("<div class='field'>Originally published: Fleetbury Echo, Friday, 14 August, 1970"
                              "</div>"))
    assert article is not None and article.published is not None
    assert article.published.value == dt.date(1970, 8, 14)


def test_a_french_archive_note_in_an_aside_dates_the_reprint() -> None:
    """The note may sit in an <aside> that the cut takes away: the metadata reads the whole page."""
    article = read_page(_page("<aside class='intro'><p>Article paru dans l'Écho de la Flotte du vendredi 14 août "
                              "1970, page 2.</p></aside>", lang="fr"))
    assert article is not None and article.published is not None
    assert article.published.value == dt.date(1970, 8, 14)


def test_a_description_that_names_the_issue_dates_the_reprint_and_its_source_line_goes() -> None:
    page = _page("<p><i>Un lecteur nous a prêté ce journal trouvé dans un grenier. Nous le reproduisons sans "
                 "rien changer.</i></p>",
                 after="<p>L'Écho de la Flotte, vendredi 14 août 1970. Saisie : M. D.</p>", lang="fr")
    page = page.replace(b"</head>", "<meta property='og:description' content=\"Nous reproduisons un article de "
                        "l'Écho de la Flotte du 14 août 1970.\"></head>".encode())
    article = read_page(page)
    assert article is not None and article.published is not None
    assert article.published.value == dt.date(1970, 8, 14)
    assert "reproduisons" not in article.text and "Saisie" not in article.text
    assert article.text.rstrip().endswith("in the village hall on Saturday.")


def test_a_story_sentence_on_an_earlier_printing_keeps_the_page_stamp() -> None:
    """A clause after a comma that names another paper's issue is the story's, inside the text: no note."""
    story = ("<p>The plan, first published in the Fleetbury Echo on Friday, August 14, 1970, was dropped within "
             "a month.</p>")
    article = read_page(_page("", after=story))
    assert article is not None and article.published is not None
    assert article.published.value == dt.date(2021, 8, 14)
    assert "was dropped within a month" in article.text


def test_a_note_dated_after_the_upload_is_no_first_printing() -> None:
    """A note can only date an issue printed before the page went online; a later day is the page's own chrome."""
    article = read_page(_page("<p>This story first appeared in the Fleetbury Echo on Friday, August 14, 2026.</p>"))
    assert article is not None and article.published is not None
    assert article.published.value == dt.date(2021, 8, 14)
