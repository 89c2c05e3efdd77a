"""Session 45 review 45b, pages finding 2: a sentence on a report, a decree or a text printed in a gazette is the story's.

An archive's note is about the article itself ("This article first appeared in …", « Cet article a paru dans … »), and
it dates a reprint only when its first printing is clearly older than the page's own stamps (more than a year: a reprint
from an archive is decades old, a gazette cited by a story is weeks or months old). A news page that says a report, a
text or a decree was published in a gazette keeps that paragraph and its stamp.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.page import read_page
from tests.test_mendpages_s45 import _STAMP, _page  # an ordinary news page stamped 2024-09-18
_EN_STORY = ["Traders on Quarry Lane have asked the county to close the lane to lorries during market hours.",
             "The lane is narrow, and delivery lorries use it from seven in the morning to reach the depot.",
             "\"Our stalls shake every time a lorry passes,\" said Mr Owen Pritchard, who sells cheese by the fountain.",
             "The county said it would count the lorries in October and report to the highways board.",
             "Traders will hold a meeting in the corn hall next Tuesday."]
_FR_STORY = ["Les commerçants de la rue du Moulin demandent à la commune d'interdire les poids lourds le jour du marché.",
             "La rue est étroite et les camions de livraison l'empruntent dès sept heures du matin.",
             "« Nos étals tremblent à chaque passage », raconte M. Gilles Beaufort, fromager près de la fontaine.",
             "La commune promet un comptage des camions en octobre et une décision avant la fin de l'année.",
             "Les commerçants se réuniront mardi prochain à la halle."]


# A story's paragraph naming a report, a text or a decree printed in a gazette or a register, weeks or years before.
_EN_PARAGRAPHS = [
    "Surveyors found the lane too narrow for two lorries. Their report was scathing. This report was published in the "
    "county's bulletin on 4 June 2024 and asks for a bypass.",
    "The highways board backed a weight limit in the spring. This report was published in the county's bulletin on "
    "4 June 2024.",
    "A first weight limit was tried years ago. This text was published in the county's gazette on 11 March 2019.",
    "The surveyors' study was never acted upon. This report was published in the county's bulletin on 4 June 2019 and "
    "asked for a bypass.",
]
_FR_PARAGRAPHS = [
    "Un arrêté municipal limite déjà le tonnage. Ce texte est paru dans le bulletin municipal du 4 juin 2024 et "
    "s'applique aux livraisons.",
    "Le décret sur les zones de livraison a été adopté au printemps. Ce texte a été publié dans le Journal officiel du "
    "4 juin 2024.",
    "Une première limitation avait été tentée. Ce texte a paru dans le recueil des actes administratifs du 11 mars 2019.",
    "La chambre des comptes avait jugé la rue trop étroite. Ce texte a été publié dans le bulletin municipal du "
    "11 mars 2019 et recommandait une déviation.",
]


@pytest.mark.parametrize(("paragraph", "lang", "story"), [*((p, "en", _EN_STORY) for p in _EN_PARAGRAPHS),
                                                          *((p, "fr", _FR_STORY) for p in _FR_PARAGRAPHS)])
@pytest.mark.parametrize("where", [1, -1])
def test_a_report_or_a_text_printed_in_a_gazette_stays_and_keeps_the_stamp(paragraph: str, lang: str,
                                                                           story: list[str], where: int) -> None:
    """Second or last paragraph: the story's sentence on a report, a decree or a text neither leaves nor redates."""
    paragraphs = list(story)
    paragraphs.insert(where if where >= 0 else len(paragraphs), paragraph)
    article = read_page(_page(paragraphs, lang))
    assert article is not None and article.published is not None
    assert article.published.value == _STAMP
    assert paragraph.split(". ")[-1][:40] in article.text


# The page's own article, first printed weeks before its stamp: a site that runs a story again is no archive.
_RECENT_NOTES = [
    ("This article first appeared in the Brackley Herald's print edition on 4 June 2024.", "en", _EN_STORY),
    ("Cet article a paru dans l'édition papier du Courrier de Brackley du 4 juin 2024.", "fr", _FR_STORY),
]


@pytest.mark.parametrize(("note", "lang", "story"), _RECENT_NOTES)
def test_a_note_on_a_first_printing_within_the_year_does_not_redate_the_page(note: str, lang: str,
                                                                             story: list[str]) -> None:
    article = read_page(_page([*story, note], lang))
    assert article is not None and article.published is not None
    assert article.published.value == _STAMP


# A real archive's note, decades older than the page: still the reprint's day, and cut from the text.
_OLD_NOTES = [
    ("This article first appeared in the Brackley Herald on Tuesday, 14 March 1972.", "en", _EN_STORY,
     dt.date(1972, 3, 14)),
    ("This report first appeared in the Brackley Herald on Tuesday, 14 March 1972.", "en", _EN_STORY,
     dt.date(1972, 3, 14)),
    ("Ce reportage a paru dans le Courrier de Brackley du mardi 14 mars 1972.", "fr", _FR_STORY, dt.date(1972, 3, 14)),
    ("Article paru dans le Courrier de Brackley du mardi 14 mars 1972, page 5.", "fr", _FR_STORY,
     dt.date(1972, 3, 14)),
]


@pytest.mark.parametrize(("note", "lang", "story", "day"), _OLD_NOTES)
def test_an_old_note_on_the_article_itself_still_dates_the_reprint(note: str, lang: str, story: list[str],
                                                                  day: dt.date) -> None:
    article = read_page(_page([note, *story], lang))
    assert article is not None and article.published is not None
    assert article.published.value == day
    assert article.text.startswith(story[0][:30])
