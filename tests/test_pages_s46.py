"""Session 46: archive pages whose first printing only their metadata or a labelled field gives, and the chrome of
archive systems and old blogs (issue 9 item 1).

A library's issued day (dcterms.issued, citation_publication_date), a CMS's field (« Paru le : … », "First
published: …", a record's "Date de publication" in a definition list) dates a reprint whose Open Graph and JSON-LD
stamps give the upload; the paper that printed it is the publisher, not the archive's site. A record's fields, the
reprinter's italic framing and a "cite this" box are no part of the text; an intro block before the body is.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.page import read_page

_STORY_EN = ("<p>The county council will close the ferry across the Wend estuary at the end of the month, after "
             "its only boat failed a safety survey.</p>"
             "<p>The crossing, run by the council since 1931, carried about forty passengers a day last summer.</p>"
             "<p>\"We cannot ask anyone to step aboard that boat again,\" said Mr Alan Brede, the county surveyor. "
             "\"A new one would cost more than the crossing earns in ten years.\"</p>"
             "<p>Passengers will have to use the road bridge at Calder, nine miles upstream.</p>")
_STORY_FR = ("<p>Le conseil municipal a décidé mardi soir de fermer le lavoir de la rue des Tanneurs, que plus "
             "personne n’utilise depuis l’arrivée de l’eau courante.</p>"
             "<p>Le bâtiment, construit en 1874, sera transformé en abri pour les joueurs de boules.</p>"
             "<p>« Nos grands-mères y venaient chaque lundi, mais c’est fini », a résumé le maire, M. Henri Lacaze.</p>"
             "<p>Les travaux devraient commencer au printemps, selon le secrétaire de mairie.</p>")


def _page(body: str, head: str = "", lang: str = "en", title: str = "The ferry will stop | Wend Archive") -> bytes:
    """An archive's page: the upload's stamps in the head, the reprinted text in the body."""
    return (f"<!DOCTYPE html><html lang='{lang}'><head><title>{title}</title>"
            "<meta property='og:site_name' content='Wend Archive'>"
            "<meta property='article:published_time' content='2022-05-03T09:00:00+01:00'>"
            f"{head}</head><body><main>{body}</main></body></html>").encode()


@pytest.mark.parametrize("name", ["dcterms.issued", "DC.date.issued", "citation_publication_date", "citation_date"])
def test_an_issued_day_in_the_metadata_dates_the_reprint(name: str) -> None:
    article = read_page(_page(f"<article><h1>The ferry will stop</h1>{_STORY_EN}</article>",
                              head=f"<meta name='{name}' content='1974-02-21'>"))
    assert article is not None and article.published is not None
    assert (article.published.value, article.published.where) == (dt.date(1974, 2, 21), f"meta {name}")


def test_an_issued_day_that_is_the_page_s_own_leaves_the_date() -> None:
    """A page whose issued day is within a year of its stamp is no reprint: its stamp stays."""
    article = read_page(_page(f"<article><h1>The ferry will stop</h1>{_STORY_EN}</article>",
                              head="<meta name='dcterms.issued' content='2022-04-28'>"))
    assert article is not None and article.published is not None
    assert article.published.value == dt.date(2022, 5, 3)


def test_the_issued_day_s_publisher_is_the_paper_not_the_archive() -> None:
    article = read_page(_page(f"<article><h1>The ferry will stop</h1>{_STORY_EN}</article>",
                              head="<meta name='dcterms.issued' content='1974-02-21'>"
                                   "<meta name='dcterms.publisher' content='Wendmouth Clarion'>"))
    assert article is not None and article.publisher is not None
    assert article.publisher.value == "Wendmouth Clarion"


def test_a_paru_le_field_dates_the_reprint() -> None:
    fields = ("<ul class='fields'><li><span>Paru le :</span> <span>samedi 12 mai 1973</span></li>"
              "<li><span>Page :</span> <span>5</span></li></ul>")
    article = read_page(_page(f"<article><h1>Le lavoir fermera</h1>{_STORY_FR}</article>{fields}", lang="fr",
                              title="Le lavoir fermera - Le Réveil du Lauzon"))
    assert article is not None and article.published is not None
    assert article.published.value == dt.date(1973, 5, 12)


def test_a_byline_without_a_colon_is_no_first_printing() -> None:
    """« Paru le 12 mai 2019 » without the field's colon is a byline: the page's Open Graph stamp stays."""
    article = read_page(_page(f"<article><h1>Le lavoir fermera</h1><p class='meta'>Paru le 12 mai 2019</p>"
                              f"{_STORY_FR}</article>", lang="fr", title="Le lavoir fermera - Le Réveil du Lauzon"))
    assert article is not None and article.published is not None
    assert article.published.value == dt.date(2022, 5, 3)


def test_a_record_s_fields_date_the_reprint_and_leave_the_text() -> None:
    """An archive's record: the date under its "Date de publication" label, the fields cut, the text under its own
    label kept without the label."""
    record = ("<dl><div><dt>Titre</dt><dd>Le lavoir fermera</dd></div>"
              "<div><dt>Source</dt><dd>Le Réveil du Lauzon, n° 88, page 3</dd></div>"
              "<div><dt>Date de publication</dt><dd>1973-05-12</dd></div>"
              "<div><dt>Cote</dt><dd>3 D 41/7</dd></div>"
              f"<div><dt>Texte</dt><div class='value'>{_STORY_FR}</div></div></dl>")
    article = read_page(_page(f"<h2>Le lavoir fermera</h2>{record}", lang="fr",
                              title="Le lavoir fermera · Mémoire du Lauzon"))
    assert article is not None and article.published is not None
    assert article.published.value == dt.date(1973, 5, 12)
    assert article.text.startswith("Le conseil municipal a décidé mardi soir")
    assert "3 D 41/7" not in article.text and "Réveil du Lauzon, n° 88" not in article.text
    assert "Texte" not in article.text.split("\n\n")


def test_a_first_published_label_names_the_paper_and_the_italic_framing_goes() -> None:
    """A historian's reprint on a blogging platform: the source line names the paper (the publisher, not the
    platform), her italic words before and after the text are hers, not the paper's."""
    body = ("<article><h1>The ferry will stop</h1>"
            "<p><em>Fifty years ago this spring the old ferry made its last crossing. Here is how the Clarion told "
            "it at the time.</em></p>"
            f"{_STORY_EN}"
            "<p><em>First published in the Wendmouth Clarion, Thursday 21 February 1974.</em></p>"
            "<p><em>Do you remember the ferry? Write to me, I would love to hear your stories of it.</em></p>"
            "</article>")
    article = read_page(_page(body))
    assert article is not None and article.published is not None and article.publisher is not None
    assert article.published.value == dt.date(1974, 2, 21)
    assert article.publisher.value == "Wendmouth Clarion"
    assert article.text.startswith("The county council will close the ferry")
    assert article.text.endswith("nine miles upstream.")


def test_italic_paragraphs_stay_on_a_page_that_is_no_reprint() -> None:
    body = ("<article><h1>The ferry will stop</h1>"
            "<p><em>The council will hear objections to the closure at its meeting in the Guildhall.</em></p>"
            f"{_STORY_EN}</article>")
    article = read_page(_page(body))
    assert article is not None
    assert article.text.startswith("The council will hear objections")


def test_an_intro_block_before_the_body_block_opens_the_text() -> None:
    """A CMS prints the lead in an intro block and the rest in a full-text block beside it (Joomla's K2), and
    trafilatura takes the full text by its class name: the lead is the text's too."""
    body = ("<div class='itemView'><div class='itemHeader'><h2 class='itemTitle'>Le lavoir fermera</h2></div>"
            "<div class='itemBody'><div class='itemIntroText'><p><strong>Le lavoir de la rue des Tanneurs vivra ses "
            "derniers jours de lessive cet été, a décidé le conseil municipal.</strong></p></div>"
            f"<div class='itemFullText'>{_STORY_FR}</div></div></div>")
    article = read_page(_page(body, lang="fr", title="Le lavoir fermera - Le Réveil du Lauzon"))
    assert article is not None
    assert article.text.startswith("Le lavoir de la rue des Tanneurs vivra ses derniers jours")
    assert "Le conseil municipal a décidé mardi soir" in article.text


def test_a_blog_s_name_before_a_breadcrumb_title_is_no_headline() -> None:
    """An old blog's <title> "Site » Blog Archive » Post" and its name in <h1>: the post's <h2> is the title."""
    html = ("<html lang='en'><head><title>Wend Valley Voice &raquo; Blog Archive &raquo; The ferry will stop for "
            "good</title></head><body><h1 id='logo'><a href='/'>Wend Valley Voice</a></h1>"
            f"<div class='post'><h2>The ferry will stop for good</h2><div class='entry'>{_STORY_EN}</div></div>"
            "</body></html>")
    article = read_page(html.encode())
    assert article is not None and article.title is not None and article.publisher is not None
    assert article.title.value == "The ferry will stop for good"
    assert article.publisher.value == "Wend Valley Voice"


def test_a_note_that_names_no_paper_leaves_the_site_s_name() -> None:
    """"first appeared in our Saturday edition": the site is the paper, its og:site_name stays the publisher."""
    body = ("<article><h1>The ferry will stop</h1>"
            "<p>This story first appeared in our Saturday edition on Saturday, February 23, 1974.</p>"
            f"{_STORY_EN}</article>")
    article = read_page(_page(body))
    assert article is not None and article.published is not None and article.publisher is not None
    assert article.published.value == dt.date(1974, 2, 23)
    assert article.publisher.value == "Wend Archive"
