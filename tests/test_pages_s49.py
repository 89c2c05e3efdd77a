"""Session 49's page kinds: a news agency's wire page (a summary list under the headline) and digitised-newspaper
viewers of libraries (a viewer's heading naming the issue, an old paper's decks, volunteers' transcription notes)."""
from __future__ import annotations

import pytest

from generator.extract.page import read_page

_EN = ["The first eight of the council's new houses were handed over to their tenants on Wednesday afternoon.",
       "The rents have been fixed at twelve shillings a week, and the tenants were chosen by ballot last month.",
       "The Town Clerk stated that tenders for the second section would be opened later this month."]
_FR = ["La Compagnie des tramways a fait afficher hier un avis annonçant que le service sera réduit de moitié.",
       "Son usine électrique n'a reçu depuis le 3 courant que deux wagons de charbon au lieu des huit promis.",
       "Le conseil municipal, réuni lundi soir, a voté à l'unanimité un vœu priant le préfet d'intervenir."]


def _paragraphs(sentences: list[str]) -> str:
    return "".join(f"<p>{s}</p>" for s in sentences)


def test_a_wire_s_summary_list_under_the_headline_is_no_body_text() -> None:
    """The summary points a wire prints under its headline, outside the body's element, belong to the headline; a
    list inside the body stays."""
    inner = "<ul><li>Rents fixed at twelve shillings a week</li><li>Tenants chosen by ballot</li></ul>"
    page = ("<html lang='en'><head><title>Council hands over first houses</title></head><body><main>"
            "<article class='article-body'><h1>Council hands over first houses</h1>"
            "<ul class='summary'><li>Eight new houses handed over to tenants</li><li>Rents criticised by a Labour councillor</li></ul>"
            f"<div class='article-body__content'>{_paragraphs(_EN[:2])}{inner}{_paragraphs(_EN[2:])}</div>"
            "</article></main></body></html>").encode()
    article = read_page(page)
    assert article is not None and article.text.startswith(_EN[0])
    assert "Eight new houses handed over" not in article.text and "Rents criticised" not in article.text
    assert "Tenants chosen by ballot" in article.text


def test_a_library_viewer_s_issue_heading_names_the_paper_and_the_article_s_heading_is_the_title() -> None:
    """A Veridian-like viewer: the h1 names the issue (paper, day, page), the article's own heading is the title (its
    old full stop dropped), the paper is the publisher; the volunteers' note and the decks are no text."""
    page = ("<html lang='en'><head><title>THE HOUSING SCHEME. — Brindleford Observer — 12 November 1920 — "
            "Shire Newspapers Online</title></head><body>"
            "<h1>Brindleford Observer, 12 November 1920, Page 5</h1><div id='documentdisplayarticle'>"
            "<h2 class='articletitle'>THE HOUSING SCHEME.</h2>"
            "<p class='correctionnotice'>This text has been automatically generated and corrected by 2 volunteers. "
            "<a href='/fix'>Help correct it</a></p>"
            f"<div id='articletext'><h3>FIRST TENANTS AT KILN LANE</h3><h3>THE MAYOR AND THE BRICKLAYERS</h3>"
            f"{_paragraphs(_EN)}</div></div></body></html>").encode()
    article = read_page(page)
    assert article is not None and article.title is not None and article.publisher is not None
    assert (article.title.value, article.publisher.value) == ("THE HOUSING SCHEME", "Brindleford Observer")
    assert article.text.startswith(_EN[0]) and "volunteers" not in article.text and "KILN LANE" not in article.text


def test_a_section_heading_opening_a_page_s_body_after_another_heading_stays() -> None:
    """A heading under some other heading than the headline opens a section of the body: no deck."""
    page = ("<html lang='en'><head><title>Council hands over first houses</title></head><body><article>"
            "<h1>Council hands over first houses</h1><h2>Our coverage</h2>"
            f"<div class='body'><h3>The handover</h3>{_paragraphs(_EN)}</div></article></body></html>").encode()
    article = read_page(page)
    assert article is not None and "The handover" in article.text


def test_a_transcription_note_and_a_strap_heading_on_a_heritage_library_s_page_are_no_text() -> None:
    """A Limb-like viewer: the volunteers' transcription note and the h4 strap under the article's h3 headline go."""
    page = ("<html lang='fr'><head><title>La crise des tramways - Le Progrès, 10 mars 1920 - Patrimoine</title>"
            "<meta property='og:title' content='La crise des tramways'></head><body><section class='transcription'>"
            "<h2>Transcription de l'article</h2><p class='limb-warning'>Texte transcrit par les bénévoles de l'atelier "
            "« Mémoire de Vauclerc ». L'orthographe et la ponctuation du journal ont été conservées.</p>"
            "<h3>LA CRISE DES TRAMWAYS</h3><h4>Le service réduit de moitié faute de charbon</h4>"
            f"{_paragraphs(_FR)}</section></body></html>").encode()
    article = read_page(page)
    assert article is not None and article.text.startswith(_FR[0])


@pytest.mark.parametrize("heading, title", [
    ("ARMISTICE DAY IN BRINDLEFORD.", "ARMISTICE DAY IN BRINDLEFORD"),
    ("Talks with the U.S.", "Talks with the U.S."),  # an abbreviation keeps its stop
])
def test_an_old_headline_s_full_stop_is_no_part_of_the_title(heading: str, title: str) -> None:
    """Old papers set a stop after their headlines: the title goes without it, an abbreviation's stays."""
    page = (f"<html lang='en'><head><title>{heading}</title></head><body><article><h1>{heading}</h1>"
            f"{_paragraphs(_EN)}</article></body></html>").encode()
    article = read_page(page)
    assert article is not None and article.title is not None and article.title.value == title
