"""A saved page's text, session 40: a body split into sibling blocks, a supporters' box inside it, a category line."""
from __future__ import annotations

import pytest

from generator.extract.page import line_kind, read_page


def _page(body: str, lang: str = "en") -> str:
    """A small news page around the given article markup."""
    return (f"<html lang='{lang}'><head><title>Ferry pier to be rebuilt</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<main><div class='article-title'><h1>Ferry pier to be rebuilt</h1></div>{body}</main>"
            "<footer><p>© 2031 The Quayside Gazette</p></footer></body></html>")


_PART = "<div class='cmp rich-text story-body'><div class='cmp-inner'>{}</div></div>"


def test_a_body_split_around_a_promo_and_an_advert_is_read_whole_in_page_order() -> None:
    """Sibling body blocks of one class around inline boxes: the text goes on to the last block, in page order."""
    first = ("<p>The harbour board will rebuild the ferry pier at Gullhaven after divers found its piles rotten, "
             "the board said on Monday.</p><p>Crossings to the island will run from the fish quay until the work "
             "is done, with a smaller boat and fewer sailings each day.</p><p>The pier was built of oak in the "
             "last century and has been patched after every winter storm since, the board's engineer told members.</p>")
    second = ("<h2>Islanders worried</h2><p>Shopkeepers on the island said the smaller boat could not carry their "
              "deliveries, and asked the board for a freight crossing twice a week.</p>")
    third = ("<p>The board said the new pier would open before the summer timetable, and that the old one would be "
             "taken down in sections.</p>")
    body = (_PART.format(first)
            + "<div class='cmp promo inline-link'><p>Read more</p><p><a href='/x'>Ferry fares frozen</a></p></div>"
            + _PART.format(second)
            + "<div class='cmp advertisement'><p>Advertisement</p></div>"
            + _PART.format(third))
    article = read_page(_page(body).encode())
    assert article is not None
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("The harbour board will rebuild")
    assert paragraphs[-1].startswith("The board said the new pier would open")
    assert paragraphs.index("Islanders worried") < [i for i, p in enumerate(paragraphs) if "Shopkeepers" in p][0]
    assert "Ferry fares frozen" not in article.text and "Advertisement" not in article.text


def test_blocks_of_one_class_with_a_story_between_them_keep_their_order() -> None:
    """A subheading's block between two parts comes along in its place; the parts are never reordered."""
    para = "<p>{} The board met on Tuesday and heard from the divers who inspected the old piles.</p>"
    body = (_PART.format(para.format("First part."))
            + "<div class='subhead'><h2>What the divers found</h2></div>"
            + _PART.format(para.format("Second part.")))
    article = read_page(_page(body).encode())
    assert article is not None
    text = article.text
    assert text.index("First part.") < text.index("What the divers found") < text.index("Second part.")


SUPPORT_BOX = ("<div class='inline-box'><p><b>The Gazette is reader-owned</b></p>"
               "<p>{pitch}</p><a href='/join'>Join us</a></div>")


@pytest.mark.parametrize("pitch", [
    "We answer to our readers, not to shipping lines. Get the paper from £2.20 an issue.",
    "No shareholders, no paywall. If you value harbour reporting, become a supporter from £5 a month.",
])
def test_a_supporters_box_inside_the_body_goes_with_its_heading(pitch: str) -> None:
    """A supporters' box whatever its class: its pitch is a site's offer, its heading and button go with it."""
    para = "<p>The harbour board will rebuild the ferry pier at Gullhaven after divers found its piles rotten.</p>"
    body = f"<div class='story-body'>{para * 2}{SUPPORT_BOX.format(pitch=pitch)}{para}</div>"
    article = read_page(_page(body).encode())
    assert article is not None
    assert "reader-owned" not in article.text and "Join us" not in article.text
    assert pitch.split(".")[0] not in article.text
    assert article.text.count("rebuild the ferry pier") == 3


def test_a_fact_box_with_a_price_stays() -> None:
    """A box of the story's own facts keeps its heading: its sentence is no offer to the reader."""
    box = ("<div class='inline-box'><p><b>The crossing in figures</b></p>"
           "<p>A season ticket costs from £40 a month for islanders.</p></div>")
    para = "<p>The harbour board will rebuild the ferry pier at Gullhaven after divers found its piles rotten.</p>"
    article = read_page(_page(f"<div class='story-body'>{para * 2}{box}{para}</div>").encode())
    assert article is not None
    assert "The crossing in figures" in article.text and "from £40 a month" in article.text


@pytest.mark.parametrize("line, kind", [
    ("Posted in Harbour, Gullhaven", "other"),
    ("Filed under Ferries · Island life", "other"),
    ("Tagged ferries, piers", "other"),
    ("Publié dans Port, Île-aux-Moines", "other"),
    ("Classé dans Transports", "other"),
    # a sentence that opens on the words, a bare label that heads a section
    ("Posted in 2029, the video of the pier drew thousands of views.", None),
    ("Topics raised by the islanders", None),
    ("Category Four winds forecast for the crossing", None),
])
def test_a_category_line_without_a_colon_is_the_pages(line: str, kind: str | None) -> None:
    """A category line whose label reads on without a colon ("Posted in …") is the page's, not the story's."""
    assert line_kind(line) == kind


@pytest.mark.parametrize("line, kind", [
    ("Get the magazine from £3.10 an issue.", "other"),
    ("If you enjoy our harbour coverage, become a member from £4 a month.", "other"),
    ("Rejoignez-les à partir de 3 € par mois.", "other"),
    ("Si vous tenez à ce journal, devenez membre dès 5 € par mois.", "other"),
    # the story's own sentences about a price
    ("Islanders can become a member of the ferry club from £4 a month, the board said.", None),
    ("Residents can get the permit from £30 a year.", None),
    ("Les habitants peuvent devenir membres du club pour 10 € par an.", None),
])
def test_an_offer_to_the_reader_is_the_sites_line(line: str, kind: str | None) -> None:
    """A supporter's or subscriber's offer with its price is a site's line; a price in the story is not."""
    assert line_kind(line) == kind
