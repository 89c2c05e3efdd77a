"""Mender, session 47, pages: a short block opening on "From", « Extrait de » or « Tiré de » is no archive's source
line unless it names a paper and its day on a page that reads as an archive's; a news page's modification stamp is no
library's upload stamp. With invented pages."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.page import read_page

_EN_NEWS = ["The town's swimming baths will close for good at the end of the month, the council said on Monday.",
            "Repairs to the roof and the boilers would cost £2.4m, more than the baths earn in twenty years.",
            "\"We have kept them going as long as we could,\" said the leisure chief, Ruth Pagett.",
            "A campaign to save the baths has gathered 3,000 signatures since January."]
_FR_NEWS = ["La piscine de la ville fermera définitivement à la fin du mois, a annoncé la mairie lundi.",
            "La réfection du toit et des chaudières coûterait 2,4 millions d'euros, selon les services techniques.",
            "« Nous l'avons fait tenir aussi longtemps que possible », a déclaré l'adjointe aux sports, Rose Pagès.",
            "Une pétition pour sauver la piscine a recueilli 3 000 signatures depuis janvier."]


def _news_page(lang: str, box: str, *, closing: str = "") -> bytes:
    """A modern news page stamped 2 March 2071, with a short block (a caption, a last line) around its text."""
    story = _EN_NEWS if lang == "en" else _FR_NEWS
    body = "".join(f"<p>{p}</p>" for p in story) + (f"<p>{closing}</p>" if closing else "")
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta property='og:title' content='Baths to close'>"
            "<meta property='og:site_name' content='Dunmore Courier'>"
            "<meta property='article:published_time' content='2071-03-02T08:00:00Z'></head><body><article>"
            f"<h1>Baths to close</h1><figure><img src='/baths.jpg' alt=''>{box}</figure>"
            f"<div class='story'>{body}</div></article></body></html>").encode()


@pytest.mark.parametrize(("lang", "box", "closing"), [
    ("en", "<p class='caption'>From left, Tom Hale, Ann Lee and Brian Cole at the opening of the baths on 3 June "
           "2031.</p>", ""),
    ("en", "<span>From left: the Mayor, Tom Hale, and Ann Lee at the opening, 3 June 2031.</span>", ""),
    ("en", "", "From the council's minutes of Tuesday 3 June 2031."),
    ("fr", "<p class='legende'>Extrait de la vidéo tournée lors de l'inauguration, le 3 juin 2031.</p>", ""),
    ("fr", "<p class='legende'>Tiré des archives de la mairie : l'inauguration du 3 juin 2031.</p>", ""),
])
def test_a_caption_or_line_opening_on_from_is_no_first_printing(lang: str, box: str, closing: str) -> None:
    article = read_page(_news_page(lang, box, closing=closing))
    assert article is not None
    assert article.published.value == dt.date(2071, 3, 2)
    if closing:
        assert article.text.endswith(closing)  # the story's own last line stays


@pytest.mark.parametrize(("lang", "note"), [
    ("en", "From the Dunmore Courier, Tuesday 3 June 2031, page 4."),
    ("fr", "Extrait du Courrier de Varennes, mardi 3 juin 2031, page 4."),
])
def test_a_source_line_on_a_modern_story_is_no_first_printing(lang: str, note: str) -> None:
    # the line names a paper and a day, but the text speaks of this year: a news page quoting its source, no archive
    closing = ("The baths are due to be demolished in 2072." if lang == "en"
               else "La démolition est prévue pour 2072.")
    article = read_page(_news_page(lang, f"<p class='caption'>{note}</p>", closing=closing))
    assert article.published.value == dt.date(2071, 3, 2)


def test_a_source_line_under_an_old_text_still_dates_the_reprint() -> None:
    story = ["Dunmore's new swimming baths opened on Saturday, when the Mayor cut the ribbon before some 400 people.",
             "The baths, begun in 1929, cost £38,000, and the council hopes to add a second pool by 1935.",
             "\"Every child in the town shall learn to swim,\" the Mayor said."]
    body = "".join(f"<p>{p}</p>" for p in story)
    for note, day in [("From the Dunmore Courier of Tuesday 3 June 1931, page 4.", dt.date(1931, 6, 3)),
                      ("Taken from the Dunmore Evening Courier, 3 June 1931.", dt.date(1931, 6, 3))]:
        page = ("<!DOCTYPE html><html lang='en'><head><meta property='og:title' content='A pool for Dunmore, 1931'>"
                "<meta property='og:site_name' content='Dunmore Heritage Group'></head><body>"
                "<p class='meta'><time datetime='2071-06-03'>3 June 2071</time></p><h1>A pool for Dunmore, 1931</h1>"
                f"<div class='post'>{body}<p><em>{note}</em></p></div></body></html>").encode()
        article = read_page(page)
        assert article.published.value == day
        assert article.publisher.value.endswith("Courier")


def test_extrait_du_journal_names_the_paper_under_an_old_text() -> None:
    story = ["La piscine de Varennes a ouvert samedi devant quelque 400 personnes, en présence du préfet.",
             "Commencé en 1929, le bassin a coûté 38 000 francs ; un second bassin est promis pour 1935.",
             "« Chaque enfant apprendra à nager », a promis le maire."]
    body = "".join(f"<p>{p}</p>" for p in story)
    page = ("<!DOCTYPE html><html lang='fr'><head><meta property='og:title' content='Il y a cent quarante ans'>"
            "<meta property='og:site_name' content='Les Amis du vieux Varennes'></head><body>"
            "<p class='meta'><time datetime='2071-06-03'>3 juin 2071</time></p><h1>Il y a cent quarante ans</h1>"
            f"<div class='billet'>{body}<p><em>Extrait du journal L'Écho de Varennes du mardi 3 juin 1931.</em></p>"
            "</div></body></html>").encode()
    article = read_page(page)
    assert article.published.value == dt.date(1931, 6, 3)
    assert article.publisher.value == "L'Écho de Varennes"


@pytest.mark.parametrize(("published", "modified"), [
    ("<meta property='article:published_time' content='2068-03-02T08:00:00Z'>",
     "<meta property='article:modified_time' content='2071-01-10T08:00:00Z'>"),
    # a CMS's Dublin Core stamps: the page's own day, then its last change
    ("<meta name='dcterms.date' content='2068-03-02T08:00:00Z'>",
     "<meta name='dcterms.modified' content='2071-01-10T08:00:00Z'>"),
])
def test_a_news_page_updated_years_later_keeps_its_site_as_publisher(published: str, modified: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in _EN_NEWS)
    page = ("<!DOCTYPE html><html lang='en'><head><meta property='og:title' content='Baths to close'>"
            "<meta property='og:site_name' content='Dunmore Courier'>"
            f"<meta name='DC.publisher' content='Harrow Regional Media Ltd'>{published}{modified}</head><body><article>"
            f"<h1>Baths to close</h1>{body}</article></body></html>").encode()
    article = read_page(page)
    assert article.published.value == dt.date(2068, 3, 2)
    assert article.publisher.value == "Dunmore Courier"
