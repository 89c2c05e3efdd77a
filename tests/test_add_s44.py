"""Session 44: saved pages of the early-2000s portals (nested layout tables styled with CSS class words).

Pages invented here: a portal's story cell beside menus and a dated "latest news" cell, a blog theme that prints the
site's name in <h1> and the post's title in <h2>, a "Posted by <handle> on <day>" stamp, and the story's first lines
printed in the row above the rest.
"""
from __future__ import annotations

import datetime as dt

from generator.extract.page import read_page

_STORY = ("<p class='texte'>The ferry between Colbury Quay and Stennet Island will stop running for six weeks from "
          "Monday while its slipway is rebuilt.</p>"
          "<p class='texte'>Islanders will be carried by a chartered launch, which takes twelve passengers and no "
          "cars.</p>"
          "<p class='texte'>\"We have known for two years that the slipway was going,\" said the harbour master, "
          "Gwen Arbuthnot. \"Better six weeks now than a winter without a ferry.\"</p>"
          "<p class='texte'>Deliveries to the island shop will be landed by the council's work boat on Tuesdays and "
          "Fridays.</p>"
          "<p class='texte'>The rebuilt slipway is expected to open before the regatta at the end of August.</p>")

_LATEST = ("<td class='colonne-droite' valign='top'><div class='boxtitle'>Latest news</div>"
           "<div class='boxcontent'><p class='lien'><a href='/n/81'>Lifeboat crew called out twice in one night.</a>"
           " (14/05/2001)</p><p class='lien'><a href='/n/80'>Chapel roof repairs finished ahead of the summer.</a>"
           " (12/05/2001)</p><p class='sondage'>Should the island have a second ferry? Vote in our poll and see what "
           "other readers think today.</p></div></td>")


def _portal(head: str = "", title_row: str = "", story: str = _STORY) -> bytes:
    """A portal of nested layout tables whose cells and blocks carry class words, no HTML5 sections, no viewport."""
    return ("<html><head><title>Colbury Gazette - Island ferry to stop for six weeks</title>" + head
            + "<link rel='stylesheet' href='/theme/style.css'></head><body>"
            "<table class='page' width='770'><tr><td class='bandeau' colspan='3'><div class='logo'>Colbury Gazette"
            "</div></td></tr><tr><td class='menu' valign='top'><div class='boxtitle'>Menu</div>"
            "<div class='boxcontent'><a class='lienmenu' href='/'>Home</a><br><a class='lienmenu' href='/sport'>Sport"
            "</a><br><a class='lienmenu' href='/letters'>Letters</a></div></td>"
            "<td class='centre' valign='top'><table class='article' width='100%'>"
            "<tr><td class='titre'><span class='titre'>Island ferry to stop for six weeks</span>" + title_row
            + "</td></tr><tr><td class='corps'>" + story + "</td></tr></table></td>" + _LATEST
            + "</tr><tr><td class='pied' colspan='3'><span class='pied'>Colbury Gazette, 4 Quay Street. All rights "
            "reserved.</span></td></tr></table></body></html>").encode()


def test_a_portal_of_class_styled_layout_tables_loses_its_menus_and_latest_news() -> None:
    """More class words than <font> tags, yet the layout of the 1990s: the cells beside the story go."""
    article = read_page(_portal())
    assert article is not None
    assert article.text.startswith("The ferry between Colbury Quay")
    assert article.text.endswith("at the end of August.")
    assert "Lifeboat crew" not in article.text
    assert "Vote in our poll" not in article.text
    assert "Chapel roof" not in article.text


def test_a_theme_of_divs_with_class_words_is_not_cut_as_a_table_page() -> None:
    """The same story in divs (no table cell around it) keeps both blocks split by a promo."""
    first, last = _STORY.split("<p class='texte'>The rebuilt")
    page = ("<html><head><title>Island ferry to stop for six weeks | Colbury Gazette</title></head><body>"
            "<div class='head'><a href='/'>Colbury Gazette</a></div><div class='content'><h1>Island ferry to stop for "
            f"six weeks</h1><div class='txt'>{first}</div><div class='promo'><a href='/n/81'>Read more: lifeboat "
            "crew called out twice</a></div><div class='txt'><p class='texte'>The rebuilt" + last + "</div></div>"
            "</body></html>").encode()
    article = read_page(page)
    assert article is not None
    assert "The ferry between Colbury Quay" in article.text
    assert article.text.endswith("at the end of August.")


def test_the_story_s_first_lines_in_the_row_above_stay_at_its_head() -> None:
    """A portal printed the first lines as one <font> of two paragraphs split by <br><br>, above the story's cell."""
    title_row = ("<br><font class='petit'>Posted by newsdesk on Tuesday, May 15, 2001 at 09:12:40</font></td></tr>"
                 "<tr><td class='intro'><font class='intro'>Work on the island's only slipway starts next week, the "
                 "council confirmed last night.<br><br>Its concrete has cracked in three places since the storms of "
                 "February.</font>")
    article = read_page(_portal(title_row=title_row))
    assert article is not None
    lines = article.text.split("\n\n")
    assert lines[0].startswith("Work on the island's only slipway")
    assert "storms of February." in " ".join(lines[:2])
    assert "The ferry between Colbury Quay" in article.text
    assert article.published is not None and article.published.value == dt.date(2001, 5, 15)


def test_a_stamp_naming_the_poster_dates_the_page_in_french_and_english() -> None:
    """'Posté par <pseudo> le <jour>' and 'Posted by <handle> on <day>': the poster's name sits between verb and day."""
    for stamp, day in (("Posté par la_redac le mardi 15 mai 2001 à 09:12:40 (Lu 88 fois)", dt.date(2001, 5, 15)),
                       ("Posted by newsdesk on Tuesday, May 15, 2001 (212 reads)", dt.date(2001, 5, 15)),
                       ("Posted by Jo Pell on 3 March 1999", dt.date(1999, 3, 3))):
        article = read_page(_portal(title_row=f"<br><font class='petit'>{stamp}</font>"))
        assert article is not None
        assert article.published is not None and article.published.value == day, stamp
        assert "Posté par" in article.published.where or "Posted by" in article.published.where


def test_a_sentence_naming_an_agent_and_a_day_is_no_stamp() -> None:
    """A stamp's verb must open the words: a paragraph that says who published what on a day dates nothing."""
    story = _STORY + ("<p class='texte'>The timetable, published by the council on 2 April 2001, is "
                      "unchanged.</p>")
    article = read_page(_portal(story=story))
    assert article is not None
    assert article.published is None or article.published.value != dt.date(2001, 4, 2)


def test_a_blog_theme_s_h1_that_is_the_site_s_name_is_not_the_headline() -> None:
    """<h1><a href='/'>Site</a></h1> over <h2>Post title</h2>: the <title>'s other side is the headline."""
    page = ("<html><head><title>Island ferry to stop for six weeks - Colbury Notes</title></head><body>"
            "<table width='760'><tr><td id='top'><h1><a href='/blog/'>Colbury Notes</a></h1></td></tr>"
            "<tr><td id='main'><div class='post'><h2 class='post-title'>Island ferry to stop for six weeks</h2>"
            "<div class='post-content'>" + _STORY + "</div></div></td></tr></table></body></html>").encode()
    article = read_page(page)
    assert article is not None
    assert article.title is not None and article.title.value == "Island ferry to stop for six weeks"


def test_an_h1_printing_the_headline_stays_the_title_whatever_the_title_s_other_side() -> None:
    """'Headline | Site' over <h1>Headline</h1>: the <h1> is the headline, not the site's name."""
    page = ("<html><head><title>Island ferry to stop | Colbury Gazette</title></head><body><div class='content'>"
            "<h1>Island ferry to stop</h1>" + _STORY + "<h2>Colbury Gazette</h2></div></body></html>").encode()
    article = read_page(page)
    assert article is not None
    assert article.title is not None and article.title.value == "Island ferry to stop"
