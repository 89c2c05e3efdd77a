"""Session 48, pages: an archive's old article whose first printing only the archive's presentation gives (a
description naming the paper and its issue's day, a catalogue record's table row, a caption under the scan in the
text's own box), a reprinted headline under a section's label, the archive's lines above it and the paper's deck under
it, and an editor's footnotes; with invented pages."""
from __future__ import annotations

import datetime as dt

from generator.extract.page import read_page

_FR_STORY = ["La piscine municipale de Varennes a ouvert samedi après-midi devant quelque 400 personnes.",
             "Le bassin, construit sur l'emplacement de l'ancienne tannerie, a coûté deux millions de francs.",
             "Les travaux, commencés au printemps de l'an dernier, ont été conduits par les frères Bardet.",
             "« Chaque enfant de la ville apprendra à nager », a promis le maire, M. Fernand Toulier.",
             "Il a annoncé des leçons gratuites pour les écoles de la commune dès la rentrée d'octobre.",
             "La piscine restera ouverte jusqu'à la fin du mois de septembre."]
_PARAGRAPHS = "".join(f"<p>{p}</p>" for p in _FR_STORY)


def _archive(head: str = "", before: str = "", after: str = "", label: str = "") -> bytes:
    """A society's page of 2061 keeping an article of 1931: its own stamp, an introduction, the text."""
    return ("<!DOCTYPE html><html lang='fr'><head><title>La piscine (1931) — Amis du vieux Varennes</title>"
            "<meta property='og:title' content='La piscine (1931)'>"
            "<meta property='og:site_name' content='Amis du vieux Varennes'>"
            "<meta property='article:published_time' content='2061-09-03T10:00:00Z'>"
            f"{head}</head><body><h1>La piscine (1931)</h1><div class='contenu'>{before}{label}{_PARAGRAPHS}"
            f"{after}</div></body></html>").encode()


def test_a_description_naming_the_paper_and_its_issue_s_day_dates_the_old_article() -> None:
    description = ("<meta name='description' content=\"Article de L'Écho de Varennes du samedi 13 juin 1931 sur "
                   "l'ouverture de la piscine, transcrit par nos soins.\">")
    article = read_page(_archive(head=description))
    assert article.published.value == dt.date(1931, 6, 13)
    assert article.publisher.value == "L'Écho de Varennes"


def test_a_catalogue_record_s_table_row_dates_the_old_article() -> None:
    record = ("<table class='notice'><tr><th>Titre</th><td>L'Écho de Varennes</td></tr>"
              "<tr><th>Date de parution</th><td>samedi 13 juin 1931</td></tr>"
              "<tr><th>Mise en ligne</th><td>03/09/2061</td></tr></table>")
    article = read_page(_archive(before=record))
    assert article.published.value == dt.date(1931, 6, 13)


def test_a_caption_under_the_scan_in_the_text_s_box_dates_the_old_article() -> None:
    # the box's class words read as a footer's (a site builder's "not-footer" wrapper): the caption is the text's
    scan = ("<div class='elements not-footer'><div class='image-block'><a href='/scan.jpg'><img src='/scan.jpg' alt=''>"
            "</a><div class='image-caption'>La coupure telle que l'a imprimée L'Écho de Varennes, samedi 13 juin 1931, "
            "page 3.</div></div>"
            f"{_PARAGRAPHS}</div>")
    page = _archive().replace(f"<div class='contenu'>{_PARAGRAPHS}</div>".encode(), scan.encode())
    article = read_page(page)
    assert article.published.value == dt.date(1931, 6, 13)
    assert article.publisher.value == "L'Écho de Varennes"


def _wiki(before: str, after: str = "") -> bytes:
    """A wiki's page of 2061 transcribing an article of 1931: the wiki's tagline, the transcription in its body."""
    paragraphs = "".join(f"<p>{p}\n</p>\n" for p in _FR_STORY)
    return ("<!DOCTYPE html><html lang='fr'><head><title>La piscine (1931) — Amis du vieux Varennes</title>"
            "<meta name='description' content=\"Article de L'Écho de Varennes du samedi 13 juin 1931.\">"
            "<meta property='og:title' content='La piscine (1931)'>"
            "<meta property='og:site_name' content='Amis du vieux Varennes'>"
            "<meta property='article:published_time' content='2061-09-03T10:00:00Z'>"
            "</head><body><main><h1>La piscine (1931)</h1><div id='bodyContent'>"
            "<div id='siteSub'>Une page des Amis du vieux Varennes.</div><div class='parser-output'>"
            f"{before}{paragraphs}{after}</div></div></main></body></html>").encode()


def test_the_headline_under_a_section_s_label_is_the_title_and_the_archive_s_lines_above_go() -> None:
    before = ("<p>Cette page reproduit un article de L'Écho de Varennes sur la piscine, d'après une coupure.</p>\n"
              "<h2><span class='headline'>Texte de l'article</span></h2>\n"
              "<h3><span class='headline'>La piscine est enfin ouverte</span></h3>\n"
              "<p class='chapeau'>Quatre cents personnes à l'inauguration — Leçons gratuites pour les écoles"
              "</p>\n")
    notes = "<h2>Notes</h2><ol class='references'><li>La piscine fut couverte en 1962 et fermée en 2004.</li></ol>"
    article = read_page(_wiki(before, notes))
    assert article.title.value == "La piscine est enfin ouverte"
    assert article.text.split("\n\n")[0] == _FR_STORY[0]
    assert article.text.split("\n\n")[-1] == _FR_STORY[-1]
    # a single subheading after the text's first paragraphs is the text's own, no reprinted headline
    page = _archive(head="<meta name='description' content=\"Article de L'Écho de Varennes du samedi 13 juin 1931.\">")
    page = page.replace(f"<p>{_FR_STORY[3]}</p>".encode(),
                        f"<h3>Des leçons pour les écoles</h3><p>{_FR_STORY[3]}</p>".encode())
    article = read_page(page)
    assert article.title.value == "La piscine (1931)" and article.text.split("\n\n")[0] == _FR_STORY[0]


def test_a_scanned_issue_s_title_names_the_paper_of_the_record_s_article() -> None:
    record = ("<table class='notice'><tr><th>Date de parution</th><td>samedi 13 juin 1931</td></tr>"
              "<tr><th>Mise en ligne</th><td>03/09/2061</td></tr></table>")
    page = _archive(before=record).replace(b"content='La piscine (1931)'",
                                           "content=\"L'Écho de Varennes, n° 4127, vue 3\"".encode())
    article = read_page(page)
    assert article.published.value == dt.date(1931, 6, 13)
    assert article.publisher.value == "L'Écho de Varennes"


def test_a_call_to_phone_in_after_the_text_is_the_site_s() -> None:
    call = "<p class='phonein'>Got something to say? Call the Sports Phone-in on 0300 555 0142 or text SOUND.</p>"
    story = ["Kelsworth Town have named a new captain after the cup final on Monday.",
             "The club said the decision was taken by the manager and the board together.",
             "\"He has earned it,\" the manager said after training on Tuesday morning.",
             "The new captain will lead the side for the first time in August."]
    page = ("<!DOCTYPE html><html lang='en'><head><meta property='og:title' content='Town name new captain'>"
            "<meta property='og:site_name' content='Brackenshire Sound'>"
            "<meta property='article:published_time' content='2097-05-22T12:40:00Z'></head><body><article>"
            "<h1>Town name new captain</h1>" + "".join(f"<p>{p}</p>" for p in story) + call
            + "</article></body></html>").encode()
    article = read_page(page)
    assert article.text.split("\n\n")[-1] == story[-1]
