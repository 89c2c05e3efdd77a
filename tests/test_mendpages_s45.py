"""Session 45 review, pages findings 1-4: an ordinary news page's own sentences are no archive's note.

A note that dates a reprint by its first printing stands apart from the story: the text itself is its subject ("This
report first appeared in …", « Cet article a paru dans … »), or it is a label that ends on the issue's day
(« Article paru dans … du 8 mars 1971, page 3. »). A story's sentence that names a study, a decree or an older article
printed on a day ("A survey first printed in …", « Cette enquête parue dans … montre que … ») keeps its place in the
text and never dates, nor retitles, the page.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.page import read_page

_STAMP = dt.date(2024, 9, 18)
_EN_STORY = ["Residents of Harnley Close have asked the council to move the new recycling yard away from their homes.",
             "The yard opened in July on land next to the old tannery and takes lorries from six in the morning.",
             "\"We hear the skips dropped before breakfast every day,\" said Mrs Ada Whitcombe, who lives opposite.",
             "The council said it would measure the noise this month and report to the committee in November.",
             "A meeting for residents will be held in the church hall next Thursday."]
_FR_STORY = ["Les riverains de l'allée des Tilleuls demandent à la mairie d'éloigner la nouvelle déchetterie.",
             "Le site a ouvert en juillet près de l'ancienne tannerie et reçoit des camions dès six heures du matin.",
             "« On entend les bennes tomber avant le petit-déjeuner », explique Mme Odile Ferrand, qui habite en face.",
             "La mairie promet des mesures de bruit ce mois-ci et un rapport au conseil en novembre.",
             "Une réunion publique aura lieu jeudi prochain à la salle des fêtes."]


def _page(paragraphs: list[str], lang: str, *, h1: bool = True, description: str = "", first: str = "") -> bytes:
    """An ordinary news page: its stamp in the head, the story's paragraphs in the article."""
    head = (f"<meta property='og:title' content='Recycling yard: residents ask for a move'>"
            f"<meta property='og:site_name' content='Harnley Courier'>"
            f"<meta property='article:published_time' content='{_STAMP.isoformat()}T07:30:00+01:00'>")
    if description:
        head += f"<meta property='og:description' content=\"{description}\">"
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html lang='{lang}'><head><title>Recycling yard | Harnley Courier</title>{head}</head>"
            f"<body><article>{'<h1>Recycling yard: residents ask for a move</h1>' if h1 else ''}{first}"
            f"<div class='body'>{body}</div></article></body></html>").encode()


_EN_LEADS = [
    "A survey first printed in the Journal of Urban Noise on 12 February 2024 found that yards near homes double "
    "the complaints councils receive.",
    "The byelaw on opening hours was agreed in June. It first appeared in the county gazette on 2 July 2024 and covers "
    "every new yard.",
    "A report originally published in the Harnley Courier on Monday, June 3, 2024 warned that the site was too small.",
]
_FR_LEADS = [
    "Cette enquête parue dans la revue Villes et Bruit le 12 février 2024 montre que les déchetteries proches des "
    "maisons doublent les plaintes.",
    "L'arrêté sur les horaires a été pris en juin. Il a été publié dans le recueil des actes du 2 juillet 2024 et "
    "s'applique à tout nouveau site.",
    "Un article paru dans l'Écho de Harnley du 9 mai 1961 décrivait déjà une décharge au même endroit.",
    "Un rapport publié par la chambre régionale des comptes le 4 mars 2024 jugeait le site trop petit.",
]


@pytest.mark.parametrize(("lead", "lang", "story"), [*((s, "en", _EN_STORY) for s in _EN_LEADS),
                                                     *((s, "fr", _FR_STORY) for s in _FR_LEADS)])
@pytest.mark.parametrize("where", [0, 1, -1])
def test_a_story_sentence_on_an_earlier_printing_stays_and_keeps_the_stamp(lead: str, lang: str, story: list[str],
                                                                           where: int) -> None:
    """First, second or last paragraph: a story's sentence, whatever its subject, is never cut nor dates the page."""
    paragraphs = list(story)
    paragraphs.insert(where if where >= 0 else len(paragraphs), lead)
    article = read_page(_page(paragraphs, lang))
    assert article is not None and article.published is not None
    assert article.published.value == _STAMP
    assert lead.split(". ")[-1][:40] in article.text


@pytest.mark.parametrize(("lead", "lang", "story"), [*((s, "en", _EN_STORY) for s in _EN_LEADS),
                                                     *((s, "fr", _FR_STORY) for s in _FR_LEADS)])
def test_a_lead_used_as_the_description_does_not_date_the_page(lead: str, lang: str, story: list[str]) -> None:
    article = read_page(_page([lead, *story], lang, description=lead))
    assert article is not None and article.published is not None
    assert article.published.value == _STAMP


def test_a_bold_first_paragraph_stays_in_the_text_when_the_page_is_no_reprint() -> None:
    """No <h1>: the og:title stays the title, and the bold kicker the story's first line (finding 2)."""
    lead = _FR_LEADS[0]
    article = read_page(_page(_FR_STORY, "fr", h1=False, description=lead,
                              first="<p><b>Un vote serré au conseil</b></p>"))
    assert article is not None and article.title is not None and article.published is not None
    assert article.title.value == "Recycling yard: residents ask for a move"
    assert article.published.value == _STAMP


@pytest.mark.parametrize(("sentence", "lang", "story"), [
    ("La lecture automatique des caractères (OCR) laisse encore des erreurs sur un mot sur vingt, admet Luc Garnier, "
     "l'archiviste.", "fr", _FR_STORY),
    ("The scanning firm's OCR still makes errors on one word in twenty, the archivist, Luke Garner, admitted.", "en",
     _EN_STORY),
    ("La reconnaissance optique de caractères progresse, mais ses erreurs coûtent cher aux bibliothèques.", "fr",
     _FR_STORY),
])
def test_a_story_paragraph_about_ocr_and_its_errors_stays(sentence: str, lang: str, story: list[str]) -> None:
    """Finding 3: a paragraph that names OCR and errors is the story's unless it is a warning over the text itself."""
    article = read_page(_page([story[0], sentence, *story[1:]], lang))
    assert article is not None
    assert sentence[:40] in article.text


@pytest.mark.parametrize(("note", "lang", "story", "day"), [
    ("This article first appeared in the Harnley Courier on Friday, 9 June 1961.", "en", _EN_STORY,
     dt.date(1961, 6, 9)),
    ("Cet article a paru dans l'Écho de Harnley du vendredi 9 juin 1961.", "fr", _FR_STORY, dt.date(1961, 6, 9)),
    ("Article paru dans l'Écho de Harnley du vendredi 9 juin 1961, page 4.", "fr", _FR_STORY, dt.date(1961, 6, 9)),
    ("Published in the Harnley Courier, Friday, 9 June 1961, page 4.", "en", _EN_STORY, dt.date(1961, 6, 9)),
])
def test_a_note_on_the_text_itself_or_a_label_still_dates_the_reprint_and_leaves(note: str, lang: str,
                                                                                 story: list[str],
                                                                                 day: dt.date) -> None:
    """The note's wording is the same in both languages: the text as subject, or a label ending on the issue's day."""
    article = read_page(_page([note, *story], lang))
    assert article is not None and article.published is not None
    assert article.published.value == day
    assert article.text.startswith(story[0][:30])


@pytest.mark.parametrize(("warning", "lang", "story"), [
    ("Texte issu de la reconnaissance optique des caractères : il peut comporter des erreurs.", "fr", _FR_STORY),
    ("This text was produced by optical character recognition and may contain errors.", "en", _EN_STORY),
])
def test_a_warning_over_the_ocr_text_itself_leaves(warning: str, lang: str, story: list[str]) -> None:
    article = read_page(_page([warning, *story], lang))
    assert article is not None
    assert article.text.startswith(story[0][:30])


@pytest.mark.parametrize(("paragraph", "lang", "story"), [
    ("Le maire a adressé mardi une lettre ouverte aux riverains de la déchetterie. Nous la reproduisons ci-dessous.",
     "fr", _FR_STORY),
    ("The head teacher wrote to every parent on Friday about the yard's lorries. We reproduce it in full below.",
     "en", _EN_STORY),
])
def test_a_news_page_saying_it_reprints_a_letter_keeps_the_paragraph(paragraph: str, lang: str,
                                                                      story: list[str]) -> None:
    """"We reproduce it" is an archive's note only on a reprint (a first printing named on the page): on a news page
    the paragraph tells the story's own news."""
    article = read_page(_page([story[0], paragraph, *story[1:]], lang))
    assert article is not None
    assert paragraph.split(". ")[0] in article.text
