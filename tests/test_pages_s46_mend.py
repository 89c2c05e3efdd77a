"""Session 46 mend: a first printing's labelled field or issued stamp is read from the article's own record, never
from another article's card in a sidebar, a related list, the comments, the navigation or the page's footer."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.page import read_page

_STORY_FR = ("<p>La communauté de communes a retenu jeudi le projet d’une maison de santé à Saint-Orbieu, sur "
             "l’ancien terrain de la coopérative agricole.</p>"
             "<p>Le bâtiment accueillera quatre médecins, deux dentistes et un cabinet d’infirmières à partir de 2028.</p>"
             "<p>« Le village attendait ce projet depuis dix ans », a déclaré la présidente, Mme Odile Farge.</p>"
             "<p>Le chantier, estimé à 2,3 millions d’euros, doit commencer à l’automne prochain.</p>")
_STORY_EN = ("<p>The district council approved on Thursday a plan for a health centre at Orbury, on the site of "
             "the old cattle market.</p>"
             "<p>The building will house four doctors, two dentists and a nursing team from 2028.</p>"
             "<p>\"The village has waited ten years for this,\" said the council leader, Ms Odile Farr.</p>"
             "<p>Work, costed at 2.3 million pounds, should begin next autumn.</p>")
_STAMP = dt.date(2026, 3, 4)


def _page(article: str, around: str, lang: str) -> bytes:
    """A daily's page stamped 4 March 2026, the article and something else on the page after it."""
    return (f"<!DOCTYPE html><html lang='{lang}'><head><title>Orbury | The Orbury Echo</title>"
            "<meta property='og:site_name' content='The Orbury Echo'>"
            "<meta property='article:published_time' content='2026-03-04T09:00:00+01:00'></head><body>"
            f"<main><article><h1>Health centre</h1>{article}</article>{around}</main></body></html>").encode()


def _card(label: str, lang: str) -> str:
    """Another article's card: its headline as a link, its own labelled day beside it."""
    headline = "La piscine avait déjà fermé deux mois" if lang == "fr" else "The pool had already shut for two months"
    return f"<li><a href='/old'>{headline}</a> <span>{label}</span></li>"


_ELSEWHERE = [
    ("<aside><ul>{card}{card}</ul></aside>", "an aside's list"),
    ("<ul>{card}{card}</ul>", "a bare list of other articles"),
    ("<nav><ul>{card}</ul></nav>", "the navigation"),
    ("<footer><ul>{card}</ul></footer>", "the page's footer"),
    ("<div class='comments'><div class='comment'><p>Bravo !</p><p>{label}</p></div></div>", "a comment"),
]
_LABELS = [("fr", "Publié le : 12 janvier 2023", "<p class='byline'>Publié le : 4 mars 2026</p>", _STORY_FR),
           ("fr", "Date de parution : 12 janvier 2023", "", _STORY_FR),
           ("en", "Publication date: 12 January 2023", "<p class='byline'>Publication date: 4 March 2026</p>",
            _STORY_EN),
           ("en", "Date published: 12 January 2023", "", _STORY_EN)]


@pytest.mark.parametrize("lang,label,byline,story", _LABELS)
@pytest.mark.parametrize("around,where", _ELSEWHERE)
def test_another_article_s_labelled_day_does_not_date_the_page(lang: str, label: str, byline: str, story: str,
                                                                around: str, where: str) -> None:
    page = around.format(card=_card(label, lang), label=label)
    article = read_page(_page(byline + story, page, lang))
    assert article is not None and article.published is not None, where
    assert article.published.value == _STAMP, where


def test_an_issued_stamp_on_a_related_card_does_not_date_the_page() -> None:
    """Microdata on another article's card (<span itemprop="citation_date" content=…>) is that article's."""
    card = ("<li><a href='/old'>The pool had already shut for two months</a> "
            "<span itemprop='citation_date' content='2023-01-12'>12 January 2023</span></li>")
    article = read_page(_page(_STORY_EN, f"<nav><ul>{card}</ul></nav>", "en"))
    assert article is not None and article.published is not None
    assert article.published.value == _STAMP


@pytest.mark.parametrize("lang,label,story", [("fr", "Paru le : 12 janvier 2023", _STORY_FR),
                                               ("en", "Publication date: 12 January 2023", _STORY_EN)])
def test_the_article_s_own_field_still_dates_the_reprint(lang: str, label: str, story: str) -> None:
    """The record's field after the text, in a list of fields without links, is the article's first printing."""
    fields = f"<div class='extra'><ul><li><span>{label}</span></li><li><span>Page : 3</span></li></ul></div>"
    article = read_page(_page(story, fields, lang))
    assert article is not None and article.published is not None
    assert article.published.value == dt.date(2023, 1, 12)
