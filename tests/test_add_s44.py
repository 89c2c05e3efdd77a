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


def _asp_page(logo: str = "Colbury Gazette") -> bytes:
    """A class-styled ASP page: the story split by <br><br> in a div of its cell, no <p> anywhere, boxes beside it."""
    story = "<br><br>".join(
        p.replace("<p class='texte'>", "").replace("</p>", "") for p in _STORY.split("</p>")[:-1])
    return ("<html><head><title>" + logo + " - Island ferry to stop for six weeks</title>"
            "<link rel='stylesheet' href='/theme/style.css'></head><body><table class='page' width='770'><tr>"
            "<td class='logo' colspan='3'>" + logo + "</td></tr><tr><td class='leftcol' valign='top'>"
            "<div class='boxtitle'>Menu</div><div class='boxcontent'><a class='lienmenu' href='/'>Home</a><br>"
            "<a class='lienmenu' href='/sport'>Sport</a></div></td><td class='maincol' valign='top'>"
            "<div class='headline'>Island ferry to stop for six weeks</div><div class='bodytext'>" + story
            + "</div></td><td class='rightcol' valign='top'><div class='boxtitle'>Latest news</div>"
            "<div class='lien'><a href='/n/81'>Lifeboat crew called out twice in one night.</a> (14/05/2001)</div>"
            "<div class='info'>Our office in Quay Street is open from nine until five on weekdays, and on Saturday "
            "mornings.</div></td></tr></table></body></html>").encode()


def test_a_class_styled_table_page_with_br_paragraphs_loses_its_boxes() -> None:
    """No <p> at all: the story's <br><br> paragraphs in a cell make the page a table page, and the cut runs."""
    article = read_page(_asp_page())
    assert article is not None
    assert article.text.startswith("The ferry between Colbury Quay")
    assert article.text.endswith("at the end of August.")
    assert "Lifeboat crew" not in article.text
    assert "Our office in Quay Street" not in article.text


def test_a_headline_in_a_class_named_div_is_the_title_and_the_site_s_name_beside_it_is_not() -> None:
    """<div class='headline'> prints <title>'s headline side; a logo cell printing the name side is passed over."""
    for logo in ("Colbury Gazette", "The Colbury and Stennet Gazette"):
        article = read_page(_asp_page(logo))
        assert article is not None
        assert article.title is not None and article.title.value == "Island ferry to stop for six weeks", logo
        assert article.publisher is not None and article.publisher.value == logo


def _dated_page(stamp: str, footer: str) -> bytes:
    """A page whose day is printed under the headline with no verb, and an update's stamp in its footer."""
    return ("<html><head><title>Island ferry to stop for six weeks | Colbury Gazette</title></head><body>"
            "<div class='story'><h1>Island ferry to stop for six weeks</h1><div class='when'>" + stamp + "</div>"
            + _STORY + "</div><div class='foot'>" + footer + "</div></body></html>").encode()


def test_a_day_under_the_headline_dates_the_page_before_a_footer_s_last_update() -> None:
    """'Page last updated: 02/06/01' in the footer is a later edition: the day printed with the byline comes first."""
    cases = (("Tuesday 15th May 2001 · by Jo Pell, Island Reporter", "Page last updated: 02/06/01"),
             ("By Jo Pell, Island Reporter, 15 May 2001", "Last modified on June 2, 2001"),
             ("Par Jo Pell, le 15 mai 2001", "Mis à jour le 2 juin 2001"))
    for stamp, footer in cases:
        article = read_page(_dated_page(stamp, footer))
        assert article is not None
        assert article.published is not None and article.published.value == dt.date(2001, 5, 15), stamp


def test_an_update_stamp_after_the_author_is_still_read_as_an_update() -> None:
    """'By Jo Pell | Updated June 2, 2001': no day of the first edition anywhere, the update's day is all there is."""
    article = read_page(_dated_page("By Jo Pell | Updated June 2, 2001, 9:41 a.m.", "Colbury Gazette"))
    assert article is not None
    assert article.published is not None and article.published.value == dt.date(2001, 6, 2)
    assert "Updated" in article.published.where


def test_a_portal_s_count_of_its_readers_under_the_story_is_cut() -> None:
    """'This article has been read 347 times.' ends on a stop like a sentence, yet is the page's counter."""
    for counter in ("This article has been read 1,318 times.", "Cet article a été lu 2 047 fois.",
                    "This story was viewed 530 times.", "Cette page a été consultée 312 fois.", "Hits: 588",
                    "(912 reads)", "Affichages : 77"):
        article = read_page(_portal(story=_STORY + f"<p class='compteur'>{counter}</p>"))
        assert article is not None
        assert article.text.endswith("at the end of August."), counter


def test_a_sentence_telling_how_often_something_was_read_stays() -> None:
    """The story's own count of views is the story's: only the page's counter alone on its line goes."""
    line = "By Sunday the council's notice about the closure had been viewed 4,100 times online."
    article = read_page(_portal(story=_STORY + f"<p class='texte'>{line}</p>"))
    assert article is not None
    assert article.text.endswith(line)
