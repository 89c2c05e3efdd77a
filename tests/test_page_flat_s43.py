"""Review 43, P1: the cut for pages of the 1990s web runs only on a page set in that web's markup.

A current theme with no HTML5 sections (divs with class words) may split its story into two blocks around a promo:
the old-web cut kept only the bigger block and dropped the story's last paragraphs.
"""
from __future__ import annotations

from generator.extract.page import read_page

_FIRST = ("<p>The owners of the Kessingham bus depot have put the site up for sale, eighteen months after the last "
          "route moved to the new garage on Fenner Road.</p>"
          "<p>The depot, built in 1931, stands on three acres between the railway and the river.</p>"
          "<p>Planning officers have said they would welcome homes on the site, with a small park by the water.</p>"
          "<p>A local history group has asked for the brick front of the old tram shed to be kept.</p>"
          "<p>\"It is the last building of its kind in the county,\" said the group's chairman, Owen Tasker.</p>")
_LAST = ("<p>Neighbours of the depot said they hoped the lorries that still park there at night would now go.</p>"
         "<p>The agents expect bids from three builders before the end of the summer.</p>")


def _div_page(head: str = "", first: str = _FIRST, last: str = _LAST) -> bytes:
    """A theme of divs with class words, no article, main or section: the story in two blocks around a promo."""
    return ("<!DOCTYPE html><html><head><title>Kessingham bus depot up for sale | Fenland Courier</title>"
            f"{head}</head><body><div class='site-head'><a href='/'>Fenland Courier</a> <a href='/news'>News</a> "
            "<a href='/sport'>Sport</a></div><div class='content'><h1 class='headline'>Kessingham bus depot up for "
            f"sale</h1><div class='byline'>By Nina Crouch</div><div class='txt'>{first}</div>"
            "<div class='inline-promo'><a href='/n/ferry'>Read more: Ferry fares to rise in the spring</a></div>"
            f"<div class='txt'>{last}</div></div><div class='site-foot'>Fenland Courier Ltd, all rights reserved"
            "</div></body></html>").encode()


def test_a_story_in_two_class_named_blocks_around_a_promo_keeps_both() -> None:
    article = read_page(_div_page())
    assert article is not None
    assert "bus depot have put the site up for sale" in article.text
    assert "lorries that still park there" in article.text
    assert "bids from three builders" in article.text


def test_a_phone_ready_page_with_a_pasted_font_tag_keeps_both_blocks() -> None:
    """A <font> pasted into the story from a word processor does not make a page made for phones one of the 1990s."""
    first = _FIRST.replace("<p>The depot, built in 1931,", "<p><font face='Calibri'>The depot, built in 1931,") \
        .replace("river.</p>", "river.</font></p>")
    article = read_page(_div_page(head="<meta name='viewport' content='width=device-width'>", first=first))
    assert article is not None
    assert "lorries that still park there" in article.text
    assert "The depot, built in 1931" in article.text


def test_the_same_story_in_a_layout_table_with_font_tags_still_gets_the_old_web_cut() -> None:
    """The gate lets the 1990s page through: its menu cell goes, its story stays whole."""
    story = "".join(f"<p><font size='2'>{p}</font></p>" for p in _FIRST.replace("</p>", "").split("<p>")[1:])
    page = ("<html><head><title>Fenland Courier: Kessingham bus depot up for sale</title></head>"
            "<body bgcolor='#FFFFFF'><table width='600'><tr><td width='120'><font size='1'><a href='/'>Front page</a>"
            "<br><a href='/news'>News</a></font><p><font size='1'>Our server keeps a cookie to count your visits, and "
            "nothing else.</font></p></td><td><h2>Kessingham bus depot up for sale</h2>"
            f"{story}</td></tr></table></body></html>").encode()
    article = read_page(page)
    assert article is not None
    assert "brick front of the old tram shed" in article.text
    assert "cookie" not in article.text
