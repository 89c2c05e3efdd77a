"""Mend of session 47 (review 47): a library's record dated by a citation's tags names the paper; English negation is
whole words and a verb's "n't"; French LEADING_CLAUSE reads its weekdays from WEEKDAYS. Every page and sentence was
written for these tests."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from generator.extract.events import Candidate, _words, extract_events
from generator.extract.lang import for_text
from generator.extract.page import read_page
from generator.model import Source

# ---------------------------------------------------------------- a library's record dated by citation tags

_OCR = ["The Corn Exchange at Wetherby Cross will be turned into a public library, the borough council decided on "
        "Thursday night.",
        "The conversion, by Messrs. Pell and Hanley, is to cost £12,400 and should be finished by the spring.",
        "\"A town of this size deserves better than two rooms over the post office,\" said Councillor Ada Birtles.",
        "The reading room will seat sixty and stay open until nine o'clock every evening except Sunday."]


def _digitised_article(dated: str, *, available: str = "2064-02-11", site: str = "Fenland Newspaper Archive") -> bytes:
    """An archive's page for one digitised article, its record in Highwire citation tags (``dated`` names the day's
    tag), the paper in citation_journal_title, the archive's own name in og:site_name."""
    body = "".join(f"<p>{p}</p>" for p in _OCR)
    return ("<!DOCTYPE html><html lang='en-GB'><head><title>Corn Exchange to be library | Fenland Newspaper Archive"
            "</title><meta name='citation_title' content='Corn Exchange to be library'>"
            "<meta name='citation_journal_title' content='Wetherby Cross Gazette'>"
            f"<meta name='{dated}' content='1934-10-19'><meta name='DCTERMS.available' content='{available}'>"
            f"<meta property='og:site_name' content='{site}'>"
            "<meta property='og:title' content='Corn Exchange to be library'></head><body><main>"
            "<div class='item-info'><span>Wetherby Cross Gazette</span> <span>Friday 19 October 1934</span></div>"
            f"<div class='article-text'>{body}</div></main></body></html>").encode()


def test_a_record_dated_by_its_citation_tags_names_the_paper() -> None:
    article = read_page(_digitised_article("citation_publication_date"))
    assert article.published.value == dt.date(1934, 10, 19)
    assert article.publisher.value == "Wetherby Cross Gazette"


def test_a_record_put_online_in_its_own_year_keeps_the_site_as_publisher() -> None:
    # no upload clearly after the issue: nothing says the page is an archive's copy of an older item
    article = read_page(_digitised_article("citation_publication_date", available="1934-11-02"))
    assert article.publisher.value == "Fenland Newspaper Archive"


def test_a_news_page_with_citation_tags_updated_later_keeps_its_site_as_publisher() -> None:
    # a modern news page tagged for scholars' tools: its own day, a modification two years on, its group's name
    body = "".join(f"<p>{p}</p>" for p in _OCR)
    page = ("<!DOCTYPE html><html lang='en'><head><meta property='og:title' content='Corn Exchange to be library'>"
            "<meta property='og:site_name' content='Wetherby Cross Gazette'>"
            "<meta name='citation_publisher' content='Pellham Regional Press plc'>"
            "<meta name='citation_publication_date' content='2068-05-04'>"
            "<meta property='article:modified_time' content='2070-08-01T09:00:00Z'></head><body><article>"
            f"<h1>Corn Exchange to be library</h1>{body}</article></body></html>").encode()
    article = read_page(page)
    assert article.published.value == dt.date(2068, 5, 4)
    assert article.publisher.value == "Wetherby Cross Gazette"


# ---------------------------------------------------------------- English negation: whole words, a verb's "n't"

PUB = dt.date(2071, 3, 18)


def _negation(language: str) -> re.Pattern[str]:
    """A language's NEGATION, compiled."""
    return re.compile(for_text(language).NEGATION)


def _candidates(text: str) -> list[Candidate]:
    """Every candidate, supports too, of a one-paragraph English article: a dated sentence, then ``text``."""
    return extract_events(Source(id="art", title="Title", published=PUB, language="en",
                                 text=f"The row began on Monday. {text}"), [], support=True)


@pytest.mark.parametrize("text", [
    "Good morning, Mr Pell. Not a word from the council yet.",
    "The trust didn't sell the orchard.",
    "The drivers weren't fined.",
    "They won’t build the bypass.",
    "The council cannot reopen the baths.",
    "Nothing has been decided about the pool.",
])
def test_negation_holds_a_verbs_nt_and_whole_words(text: str) -> None:
    assert _negation("en").search(text) is not None


@pytest.mark.parametrize("text", [
    "The landlord has served formal notice on the tenants.",
    "Inspectors noted damp in the hall.",
    "Nevertheless, the ferry sailed.",
    "Nottingham Council met on Monday.",
    "The raven croaked nevermore.",
])
def test_no_negation_in_words_that_only_begin_like_one(text: str) -> None:
    assert _negation("en").search(text) is None


@pytest.mark.parametrize("text, title", [
    # an action told beside a word opening on "not" or "never": no negation
    ("The owners of the Old Mill have served formal notice and closed the footbridge.",
     "The owners of the Old Mill have served formal notice and closed the footbridge"),
    ("Nevertheless, the parish council approved the new car park.", "The parish council approved the new car park"),
    ("The Harbour Board has nevertheless scrapped the winter ferry.",
     "The Harbour Board has nevertheless scrapped the winter ferry"),
])
def test_an_action_beside_a_word_opening_like_a_negation_is_told(text: str, title: str) -> None:
    assert [c.title for c in _candidates(text) if c.kind == "event" and c.quote == text] == [title]


@pytest.mark.parametrize("text", [
    # a verb's "n't" denies the action: no fact told
    "The club hasn't won a match all season.",
    "The drivers weren't fined.",
    "The Rovers won't lose their coach to the county side.",
    # "nothing" still denies, as it did when "not" was read as a word's beginning
    "Nothing was sold at the auction.",
])
def test_an_action_denied_by_nt_is_no_event(text: str) -> None:
    assert not [c for c in _candidates(text) if c.kind == "event" and c.quote == text]


def test_a_speaker_whose_name_opens_like_not_says_the_reported_words() -> None:
    text = "Nottingham Council said that the trams would run until midnight."
    assert [(c.speaker, c.quote) for c in _candidates(text) if c.kind == "claim"] == [
        ("Nottingham Council", "the trams would run until midnight")]


@pytest.mark.parametrize("text", [
    "Le maire n'a pas dit que la piscine fermerait.",
    "La commune ne vendra jamais la forêt.",
])
def test_french_negation_unchanged(text: str) -> None:
    assert _negation("fr").search(text) is not None


# ---------------------------------------------------------------- French LEADING_CLAUSE: WEEKDAYS' words


@pytest.mark.parametrize("weekday", ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"])
def test_every_french_weekday_opening_a_clause_is_a_leading_clause(weekday: str) -> None:
    # a pure refactor of 852a29b (the names came from WEEKDAYS): this guards the words, it cannot fail before
    assert _words("fr").leading_clause.match(f"{weekday}, la préfète lève l'arrêté.") is not None
