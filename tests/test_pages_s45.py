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


_OCR_STORY = ("<p>Les 36 familles de la cité des Tanneurs n'ont toujours pas l'eau chaude, trois semaines après "
              "l'incendie de la chaufferie.</p>"
              "<p>« On fait chauffer l'eau sur le réchaud, comme à la guerre », dit une locataire, Mme Rose Fabre.</p>"
              "<p>L'office d'H.L.M. promet une chaudière provisoire pour la fin du mois.</p>"
              "<p>Le conseil municipal examinera la question vendredi soir.</p>")


def _viewer_page(after: str = "<p class='sign'>R. T.</p>") -> bytes:
    """A digitised paper's viewer: Dublin Core names the paper, the OCR text sits among the viewer's boxes."""
    return ("<!DOCTYPE html><html lang='fr'><head><title>L'Écho des Tanneurs, n° 412, 3 mars 1971 - Archives "
            "municipales de Vallières</title><meta name='DC.title' content=\"Toujours pas d'eau chaude aux "
            "Tanneurs\"><meta name='DC.source' content=\"L'Écho des Tanneurs\"><meta name='DC.date' "
            "content='1971-03-03'></head><body><div class='panel'>"
            "<div class='warn'><p>Texte issu d'une reconnaissance optique de caractères (OCR), qui peut contenir "
            "des erreurs.</p></div>"
            f"<div class='text'><h3>TOUJOURS PAS D'EAU CHAUDE AUX TANNEURS</h3>{_OCR_STORY}{after}</div>"
            "<div class='box'><p class='t'>Citer ce document</p><p>L'Écho des Tanneurs, n° 412, 3 mars 1971, p. 2. "
            "Consulté le 4/05/2023.</p></div>"
            "</div></body></html>").encode()


def test_a_viewer_names_the_paper_and_keeps_only_the_ocr_text() -> None:
    article = read_page(_viewer_page())
    assert article is not None and article.publisher is not None
    assert article.publisher.value == "L'Écho des Tanneurs"
    assert article.text.startswith("Les 36 familles")
    assert article.text.rstrip().endswith("vendredi soir.")
    assert "OCR" not in article.text and "Citer" not in article.text and "Consulté" not in article.text


def test_initials_under_the_text_go_and_a_closing_name_stays() -> None:
    """Hyphenated initials sign the text too; a last line that names someone is the story's."""
    signed = read_page(_viewer_page(after="<p>J.-P. R.</p>"))
    assert signed is not None and signed.text.rstrip().endswith("vendredi soir.")
    named = read_page(_viewer_page(after="<p>Mme Fabre.</p>"))
    assert named is not None and named.text.rstrip().endswith("Mme Fabre.")


def test_an_archive_rubric_before_the_social_title_is_no_part_of_the_headline() -> None:
    page = _page("").replace(b"</head>", "<meta property='og:title' content='50 years ago: toll house comes down'>"
                             "</head>".encode())
    article = read_page(page)
    assert article is not None and article.title is not None
    assert article.title.value == "Toll house comes down"


def _blog_page(caption: str) -> bytes:
    """A society's blog: no site name in the head, the post's text under a picture and its centred caption."""
    return ("<!DOCTYPE html><html lang='fr'><head><title>Vallières d'antan: Il y a 50 ans, l'eau chaude</title>"
            "<meta property='og:title' content=\"Il y a 50 ans, l'eau chaude\">"
            "</head><body><h1><a href='/'>Vallières d'antan</a></h1><div class='post'><h3>Il y a 50 ans, l'eau "
            "chaude</h3><div class='post-body'>"
            "<div class='separator' style='text-align: center;'><img src='/coupure.jpg'></div>"
            f"<p style='text-align:center'>{caption}</p>{_OCR_STORY}"
            "<p>L'Écho des Tanneurs, mercredi 3 mars 1971.</p></div></div></body></html>").encode()


def test_a_blog_reprint_names_the_paper_and_drops_the_centred_caption() -> None:
    page = _blog_page("La page du journal (collection de M. Jean V.)")
    page = page.replace(b"</head>", "<meta property='og:description' content=\"Un article paru dans L'Écho des "
                        "Tanneurs du 3 mars 1971.\"></head>".encode())
    article = read_page(page)
    assert article is not None and article.publisher is not None and article.published is not None
    assert article.publisher.value == "L'Écho des Tanneurs"
    assert article.published.value == dt.date(1971, 3, 3)
    assert "Les 36 familles" in article.text and "collection" not in article.text


def test_a_centred_sentence_under_a_picture_is_the_story() -> None:
    """A caption has no sentence's stop: a centred paragraph that ends on one is the text's."""
    article = read_page(_blog_page("Les locataires ont écrit au maire dès le premier jour."))
    assert article is not None
    assert "Les locataires ont écrit au maire" in article.text


def test_a_blog_reprint_takes_the_papers_bold_headline_as_its_title() -> None:
    page = _blog_page("La page du journal").replace(
        b"<p>Les 36 familles", "<p><b>Toujours pas d'eau chaude aux Tanneurs</b></p><p>Les 36 familles".encode())
    note = ("<meta property='og:description' content=\"Un article paru dans L'Écho des Tanneurs du 3 mars 1971.\">"
            "</head>").encode()
    article = read_page(page.replace(b"</head>", note))
    assert article is not None and article.title is not None
    assert article.title.value == "Toujours pas d'eau chaude aux Tanneurs"
    assert "Toujours pas" not in article.text
    # without the archive's note and the source line the page is no reprint: its bold first line stays in the text
    plain = read_page(page.replace("<p>L'Écho des Tanneurs, mercredi 3 mars 1971.</p>".encode(), b""))
    assert plain is not None and "Toujours pas d'eau chaude aux Tanneurs" in plain.text


def test_a_story_that_opens_on_a_study_first_published_elsewhere_keeps_its_lead() -> None:
    lead = ("<p>A survey first published in the Fleet Valley Gazette on Monday, March 2, 2020 found that one bridge "
            "in five needed repair.</p>")
    article = read_page(_page(lead))
    assert article is not None and article.published is not None
    assert article.published.value == dt.date(2021, 8, 14)
    assert article.text.startswith("A survey first published")


def test_a_story_paragraph_on_an_older_article_does_not_date_the_page() -> None:
    """Among the text's paragraphs, an article named with its paper and day is the story's, not the archive's note."""
    middle = "<p>Un article paru dans la Gazette de la Flotte du mardi 4 mars 1958 racontait déjà la crue du pont.</p>"
    story = _STORY.replace("</p>", "</p>" + middle, 2).replace(middle, "", 1)
    page = _page("", lang="fr").replace(_STORY.encode(), story.encode())
    article = read_page(page)
    assert article is not None and article.published is not None
    assert "racontait déjà la crue" in article.text
    assert article.published.value == dt.date(2021, 8, 14)


def test_an_english_source_line_under_a_dated_reprint_goes() -> None:
    article = read_page(_page("<p>This story first appeared in the Fleetbury Echo on Friday, August 14, 1970.</p>",
                              after="<p>The Fleetbury Echo, Friday, August 14, 1970.</p>"))
    assert article is not None and article.published is not None
    assert article.published.value == dt.date(1970, 8, 14)
    assert article.text.rstrip().endswith("in the village hall on Saturday.")
