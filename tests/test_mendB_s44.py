"""Session 44 mends (review items on titles, dates and pages): a Title Case <h1> headline, a story paragraph opening on
"Published by X on <day>", a French imperfect after a dated aside, a fact told in another noun.

Sentences and pages invented for these tests.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import extract_events
from generator.extract.page import read_page
from generator.extract.temporal import tag_dates
from generator.model import Source

_STORY = ("<p>The county's planning committee voted on Tuesday to let the quarry at Harrow Moor grow by a third, "
          "over the objections of two parish councils.</p>"
          "<p>Lorries will be limited to forty a day and barred from the village during the school run.</p>"
          "<p>\"We listened, and the conditions show it,\" said the committee's chairman, Alan Pryce.</p>"
          "<p>Objectors have six weeks to ask for the decision to be reviewed.</p>")


def _modern(title: str, body: str) -> bytes:
    """A page of today's web: a viewport, <main> and <article>."""
    return ("<html><head><meta name='viewport' content='width=device-width'><title>" + title + "</title></head>"
            "<body><header><a href='/'>Home</a></header><main><article>" + body
            + "</article></main></body></html>").encode()


def test_a_title_case_h1_headline_stays_the_title_when_no_heading_below_prints_the_site() -> None:
    """'Site - Headline' over <h1>Headline</h1> in Title Case: both sides read as names, the <h1> is the headline."""
    for title in ("The Harrow Moor Courier - Quarry Expansion Gets Green Light",
                  "Quarry Expansion Gets Green Light | The Harrow Moor Courier"):
        article = read_page(_modern(title, "<h1>Quarry Expansion Gets Green Light</h1>" + _STORY))
        assert article is not None
        assert article.title is not None and article.title.value == "Quarry Expansion Gets Green Light", title
        assert "<h1>" in article.title.where, title


def test_an_h1_printing_the_site_s_name_over_the_post_s_heading_is_still_dropped() -> None:
    """<h1>Site</h1> over <h2>Post title</h2>, the site written after or before the headline in <title>."""
    for title in ("Quarry Expansion Gets Green Light - Harrow Moor Notes",
                  "Harrow Moor Notes - Quarry Expansion Gets Green Light"):
        page = _modern(title, "<h1><a href='/'>Harrow Moor Notes</a></h1>"
                              "<h2>Quarry Expansion Gets Green Light</h2>" + _STORY)
        article = read_page(page)
        assert article is not None
        assert article.title is not None and article.title.value == "Quarry Expansion Gets Green Light", title


def test_a_paragraph_opening_on_published_by_someone_on_a_day_dates_no_page() -> None:
    """A participle clause ("Published by <publisher> on <day>, the book…") opens a sentence like a stamp would."""
    for lead in ("Published by Marlow & Finch on 14 June 2022, the memoir tells of a childhood on a canal boat.",
                 "Posted by the museum on 2 February 2021, the film shows the mill's last working day.",
                 "Publié par les éditions du Roc le 14 juin 2022, le récit suit un éclusier pendant un hiver.",
                 "Posté par la mairie le 2 février 2021, le film montre le dernier jour du moulin."):
        page = _modern("A memoir of the canals", "<h1>A memoir of the canals</h1><p>" + lead + "</p>" + _STORY)
        article = read_page(page)
        assert article is not None
        assert article.published is None, (lead, article.published)


def test_a_portal_s_poster_stamp_with_a_time_or_a_count_after_the_day_still_dates_the_page() -> None:
    """The stamp's day may be followed by a time with seconds, a bracket or a separator, or end the block."""
    for stamp, day in (("Posted by webmaster on Friday, March 09, 2001 at 16:05:12", dt.date(2001, 3, 9)),
                       ("Posté par admin le jeudi 8 mars 2001 à 09:41:00 (212 lectures)", dt.date(2001, 3, 8)),
                       ("Posted by newsdesk on 9 March 2001 | 4 comments", dt.date(2001, 3, 9)),
                       ("Posted by newsdesk on 9 March 2001", dt.date(2001, 3, 9))):
        page = _modern("A memoir of the canals", "<h1>A memoir of the canals</h1><p><small>" + stamp
                       + "</small></p>" + _STORY)
        article = read_page(page)
        assert article is not None
        assert article.published is not None and article.published.value == day, stamp


# --- a French imperfect beside a dated aside tells a state, not the aside's deed (review 44, item 5) ---------------

def _events(text: str, language: str) -> list[tuple[str, str | None]]:
    """(title, date) of each event of a one-paragraph article (published Thursday 3 April 2025 / Wednesday 15 May 2024)."""
    published = dt.date(2025, 4, 3) if language == "fr" else dt.date(2024, 5, 15)
    source = Source(id="art", title="Titre", published=published, language=language, text=text)
    return [(c.title, c.date.iso() if c.date else None) for c in extract_events(source, []) if c.kind == "event"]


@pytest.mark.parametrize("text, title, date", [
    ("Le lavoir, restauré en 2008, servait encore aux lavandières du hameau.", "Le lavoir est restauré", "2008"),
    ("La passerelle, posée en 1996, reliait les deux rives du canal.", "La passerelle est posée", "1996"),
    ("Le dépôt, agrandi en 2011, abritait quarante autobus.", "Le dépôt est agrandi", "2011"),
    ("Inaugurée en 1987, la médiathèque occupait l'ancienne caserne.", "La médiathèque est inaugurée", "1987"),
])
def test_an_imperfect_main_clause_is_no_deed_of_the_aside_s_date(text: str, title: str, date: str) -> None:
    """The imperfect says what the subject was for a time: the date is the aside's participle's."""
    assert _events(text, "fr") == [(title, date)]


def test_a_past_deed_beside_a_dated_aside_still_takes_its_date() -> None:
    """A passé composé or a pluperfect is the fact of that day ("Réuni lundi, le conseil a voté …")."""
    assert _events("Réunie mardi, la commission a rejeté le projet de parking.", "fr") == \
        [("La commission a rejeté le projet de parking", "2025-04-01")]
    assert _events("Réunie mardi, la commission avait rejeté le projet de parking.", "fr") == \
        [("La commission avait rejeté le projet de parking", "2025-04-01")]


# --- a fact told in other words only when no sentence names it by its own (review 44, item 6) ----------------------

def _day_of(text: str, words: str, language: str) -> str | None:
    """The day tag_dates gives the mention that opens on ``words``."""
    published = dt.date(2025, 4, 3) if language == "fr" else dt.date(2024, 5, 15)
    return next((m.value for m in tag_dates(text, published, language) if m.text.startswith(words)), None)


def test_a_fact_s_own_noun_outranks_the_other_words_it_may_be_told_by() -> None:
    """« Un accident … samedi » dates the accident; « la chute des cours » of Tuesday is another fall."""
    text = ("Un accident a eu lieu samedi au passage à niveau de Brévilly. Mardi, la chute des cours du lait a "
            "inquiété les éleveurs. Le conducteur du tracteur est décédé au lendemain de l'accident.")
    assert _day_of(text, "au lendemain de l'accident", "fr") == "2025-03-30"


def test_another_thing_s_fall_or_crash_tells_no_accident() -> None:
    """« une chute de neige », "the crash of a firm" are no accident a person had; only « sa chute » or "the crash"."""
    text = ("Une camionnette s'est renversée samedi sur la départementale. Lundi, la chute des températures a gelé "
            "la chaussée. Le chauffeur est mort le soir de l'accident.")
    assert _day_of(text, "le soir de l'accident", "fr") != "2025-03-31"
    text = ("A van overturned on the ring road on Saturday. On Monday, the crash of the town's largest builder left "
            "200 jobless. The driver died in hospital on the night of the accident.")
    assert _day_of(text, "the night of the accident", "en") != "2024-05-13"


def test_someone_s_fall_still_dates_the_accident() -> None:
    """« Huit jours après sa chute »: the accident is the fall of the person the article tells of."""
    text = ("Le cavalier a chuté à l'entraînement. Sa chute, jeudi dernier, l'a privé de la finale. La veille de "
            "l'accident, il avait remporté l'épreuve de saut.")
    assert _day_of(text, "La veille de l'accident", "fr") == "2025-03-26"
