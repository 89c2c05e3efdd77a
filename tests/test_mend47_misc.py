"""Mend of session 47 (review 47): a library's record dated by a citation's tags names the paper. Every page was
written for these tests."""
from __future__ import annotations

import datetime as dt

from generator.extract.page import read_page

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
