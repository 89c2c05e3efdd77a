"""A saved page of the 1990s web, session 43: layout tables, <font> tags and no class words around the article."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.page import read_page

_STORY = ("<p><b>The county will close the old ferry slipway at Pellow Cove after a survey found its stones loose.</b></p>"
          "<p>Engineers inspected the slipway on Friday and said the winter storms had washed out the mortar.</p>"
          "<p>{inset}Boat owners will launch from the harbour at Trennick until a new ramp is built next year.</p>"
          "<p>\"We have used that slip for forty years,\" said the secretary of the gig club, Rosa Penhale.</p>")


def _old_page(story: str = _STORY, title: str = "Pellow Gazette: Slipway at Pellow Cove to close",
              head: str = "", tail: str = "", inset: str = "") -> bytes:
    """A 1996-style page: a cookie note, a masthead, a menu cell, the story's cell, a right column, a footer."""
    return ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\"><html><head>"
            f"<title>{title}</title>{head}</head><body bgcolor='#FFFFFF'>"
            "<table width='100%'><tr><td><font size='1'>This site stores a cookie to remember your town. "
            "You may refuse it in your browser's settings.</font></td></tr></table>"
            "<table width='620'><tr><td colspan='3'><img src='mast.gif' alt='Pellow Gazette'></td></tr><tr>"
            "<td width='120'><p><a href='/'>Front page</a><br><a href='/sport'>Sport</a><br>"
            "<a href='/letters'>Letters to the editor</a></p></td><td width='380'>"
            "<p><font size='2'><a href='/'>Home</a> &gt; <a href='/news'>News</a> &gt; Harbours</font></p>"
            "<h2><font face='Arial'>Slipway at Pellow Cove to close</font></h2>"
            "<p><font size='2'><b>by Tom Carne, Harbours Reporter</b><br>14 August 1996</font></p>"
            + story.format(inset=inset) + tail +
            "</td><td width='120'><p><b>Also in News</b></p><ul><li><a href='/a'>Fish market gets new roof</a></li>"
            "<li><a href='/b'>Regatta date set</a></li></ul></td></tr>"
            "<tr><td colspan='3'><p><font size='1'>© Pellow Gazette 1996. Best viewed at 800 x 600.</font></p>"
            "</td></tr></table></body></html>").encode()


def test_a_table_layout_page_keeps_its_story_cell_run_and_nothing_around_it() -> None:
    """The menu, the cookie note, the breadcrumb, the byline, the right column and the footer are cut."""
    article = read_page(_old_page())
    assert article is not None
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("The county will close the old ferry slipway")
    assert paragraphs[-1].endswith("said the secretary of the gig club, Rosa Penhale.")
    for chrome in ("cookie", "Front page", "Harbours Reporter", "Home", "Also in News", "Regatta", "800 x 600"):
        assert chrome not in article.text, chrome


# A reader's message under the story: its stamp, then its words (a sentence, as the story's are)
_MESSAGE = ("<p><font size='2'><b>Jenny T.</b> wrote on 14/08/96 at 09:10:</font></p>"
            "<p><font size='2'>About time too. That slip has been dangerous for years, and nobody listened.</font></p>")


def _story_ends_before(tail: str, *gone: str) -> None:
    """The page's text ends on the story's last sentence when ``tail`` follows it, and none of ``gone`` is in it."""
    article = read_page(_old_page(tail=tail))
    assert article is not None
    assert article.text.endswith("said the secretary of the gig club, Rosa Penhale.")
    for words in gone:
        assert words not in article.text, words


def test_readers_messages_under_a_rule_are_cut_and_a_section_under_a_rule_is_kept() -> None:
    """A rule then a label over messages ends the story; a rule then a subheading over sentences goes on with it."""
    _story_ends_before("<p><font size='2'>Print this story | E-mail a friend</font></p><hr>"
                       "<p><font size='2'><b>Your say: 2 messages</b></font></p>" + _MESSAGE,
                       "About time", "Your say", "Print this")
    section = ("<hr><h3>A long history</h3><p>The slipway was built by the harbour commissioners in 1882 and "
               "rebuilt once, after the storm of 1953.</p>")
    article = read_page(_old_page(tail=section))
    assert article is not None
    assert article.text.endswith("rebuilt once, after the storm of 1953.")


def test_an_inset_box_inside_the_story_is_cut_and_the_paragraph_around_it_kept() -> None:
    """A floated table in the run of paragraphs ("Related", a linked headline) is no sentence of the story."""
    inset = ("</p><table align='right' width='150'><tr><td><p><b>Related</b></p>"
             "<p><a href='/c'>Cove car park to be resurfaced</a></p></td></tr></table><p>")
    article = read_page(_old_page(inset=inset))
    assert article is not None
    assert "car park" not in article.text
    assert "Boat owners will launch from the harbour at Trennick" in article.text


def test_the_headline_and_the_publisher_are_read_from_a_title_that_names_the_site_first() -> None:
    """'Site: Headline' over an <h2> that prints the headline: the site's name is the publisher, not the title's."""
    article = read_page(_old_page())
    assert article is not None
    assert article.title is not None and article.title.value == "Slipway at Pellow Cove to close"
    assert article.publisher is not None and article.publisher.value == "Pellow Gazette"
    article = read_page(_old_page(title="Le Phare de l'Aven - Slipway at Pellow Cove to close"))
    assert article is not None and article.publisher is not None
    assert article.publisher.value == "Le Phare de l'Aven"


def test_the_day_comes_from_a_byline_with_a_post_or_a_compact_meta_or_a_two_digit_year() -> None:
    """'by X, Harbours Reporter<br>14 August 1996'; <meta name=pubdate content=19960815>; 'Posted on 16/08/96'."""
    article = read_page(_old_page())
    assert article is not None and article.published is not None
    assert article.published.value == dt.date(1996, 8, 14)
    article = read_page(_old_page(head="<meta name='pubdate' content='19960815'>"))
    assert article is not None and article.published is not None
    assert (article.published.value, article.published.where) == (dt.date(1996, 8, 15), "meta pubdate")
    story = _STORY.replace("<p><b>", "<p><i>Mis en ligne le 16.08.96</i></p><p><b>", 1)
    page = _old_page(story=story).replace(b"<p><font size='2'><b>by Tom Carne, Harbours Reporter</b><br>14 August "
                                          b"1996</font></p>", b"")
    article = read_page(page)
    assert article is not None and article.published is not None
    assert article.published.value == dt.date(1996, 8, 16)
    assert "Mis en ligne" not in article.text


def test_a_page_with_html5_sections_is_left_to_the_class_and_tag_cuts() -> None:
    """An <article> page keeps its text as before: its paragraphs under a rule are the story's too."""
    page = ("<html lang='en'><head><title>Quay lights</title></head><body><nav><a href='/'>Home</a></nav><article>"
            "<h1>Quay lights to be replaced</h1><p>The harbour board will replace the quay lights before the "
            "winter, its engineer said on Tuesday.</p><p>The old lamps were fitted in the 1970s and have failed "
            "three times this year.</p><p>Work will start in October and last about three weeks in all.</p><hr>"
            "<p>Skippers who want to comment can write to the board's office until the end of the month.</p>"
            "</article></body></html>")
    article = read_page(page.encode())
    assert article is not None
    assert article.text.endswith("until the end of the month.")


def test_readers_views_under_their_label_end_the_story_without_a_rule() -> None:
    """A label naming the readers' part ("Your views", « Vos commentaires ») ends the run even with no rule above it."""
    _story_ends_before("<p><font size='2'><b>Your views</b></font></p>"
                       "<p><font size='2'>My grandfather mended boats on that slipway for thirty years, and it was "
                       "sound then.</font></p>", "grandfather", "Your views")


def test_a_first_paragraph_written_before_the_first_p_tag_is_kept() -> None:
    """HTML 3.2 set <p> between paragraphs: the first one stands loose after the headline, before any <p>."""
    story = ("The county will close the old ferry slipway at Pellow Cove after a survey found its stones loose."
             "<p>Engineers inspected the slipway on Friday and said the winter storms had washed out the mortar."
             "<p>Boat owners will launch from the harbour at Trennick until a new ramp is built next year."
             "<p>The gig club said it would hold its autumn races from the harbour beach instead.")
    page = _old_page(story=story).replace(b"<p><font size='2'><b>by Tom Carne, Harbours Reporter</b><br>14 August "
                                          b"1996</font></p>", b"")
    article = read_page(page)
    assert article is not None
    assert article.text.startswith("The county will close the old ferry slipway")
    assert article.text.endswith("from the harbour beach instead.")


def test_a_headline_in_bold_type_names_the_title_before_the_site() -> None:
    """'Headline - Site' or 'Site - Headline' over a headline set in <font size=+2><b>: the printed words are the title."""
    page = (_old_page(title="Pellow Gazette - Slipway at Pellow Cove to close")
            .replace(b"<h2><font face='Arial'>Slipway at Pellow Cove to close</font></h2>",
                     b"<p><font size='+2'><b>Slipway at Pellow Cove to close</b></font></p>"))
    article = read_page(page)
    assert article is not None and article.title is not None and article.publisher is not None
    assert (article.title.value, article.publisher.value) == ("Slipway at Pellow Cove to close", "Pellow Gazette")


def test_a_meta_date_in_the_http_form_and_a_byline_inside_a_page_wide_form() -> None:
    """'Thu, 15 Aug 1996 06:10:00 GMT' in <meta name=date>; a page wrapped in one <form> still has a byline."""
    article = read_page(_old_page(head="<meta name='date' content='Thu, 15 Aug 1996 06:10:00 GMT'>"))
    assert article is not None and article.published is not None
    assert (article.published.value, article.published.where) == (dt.date(1996, 8, 15), "meta date")
    page = _old_page().replace(b"<body bgcolor='#FFFFFF'>", b"<body bgcolor='#FFFFFF'><form method='post' action='/x'>")
    article = read_page(page.replace(b"</body>", b"</form></body>"))
    assert article is not None and article.published is not None
    assert article.published.value == dt.date(1996, 8, 14)
    assert article.text.startswith("The county will close the old ferry slipway")


def test_a_story_section_headed_reactions_is_kept_and_a_most_read_box_between_paragraphs_does_not_end_it() -> None:
    """« Réactions » may head the story's own part (the officials'); a chrome box between paragraphs is cut alone."""
    tail = ("<p><b>Reactions</b></p><p>The harbour master said the closure was overdue and that the cove had been "
            "unsafe since the spring tides.</p>")
    article = read_page(_old_page(tail=tail))
    assert article is not None
    assert article.text.endswith("unsafe since the spring tides.")
    inset = "</p><h3>Most read</h3><div><p>Fish market gets new roof, the board said on 3 May 1996.</p></div><p>"
    article = read_page(_old_page(inset=inset))
    assert article is not None
    assert "Fish market" not in article.text
    assert article.text.endswith("said the secretary of the gig club, Rosa Penhale.")


@pytest.mark.parametrize("byline", [
    "Wednesday, August 14, 1996",  # a weekday before a month-first day
    "Published Wednesday, August 14, 1996",
    "Édition du mercredi 14 août 1996 - Par Anne Le Goff",
    "Tom Carne, Harbours Reporter<br>August 14, 1996",  # no "by": the day on the byline's next line
    "Par Anne Le Goff, correspondante<br>mercredi 14 août 1996",
    "Harbours Reporter Tom Carne &middot; Wednesday, 14 August 1996",  # the stamp ends the line after a dot
    "Pellow, le 14 août 1996",  # a letter's place and day
])
def test_a_byline_of_the_1990s_web_dates_a_page_with_no_other_date(byline: str) -> None:
    """The only day on the page is in its byline, written as sites of the time did."""
    page = _old_page().replace(b"<b>by Tom Carne, Harbours Reporter</b><br>14 August 1996", byline.encode())
    article = read_page(page)
    assert article is not None and article.published is not None
    assert article.published.value == dt.date(1996, 8, 14)


def test_a_standfirst_in_the_row_above_the_story_is_kept() -> None:
    """The headline and the standfirst in a layout table's first row, the story's paragraphs in the next."""
    story = "".join(f"<p>{s}</p>" for s in (
        "Engineers inspected the slipway on Friday and said the winter storms had washed out the mortar.",
        "Boat owners will launch from the harbour at Trennick until a new ramp is built next year.",
        "The gig club said it would hold its autumn races from the harbour beach instead."))
    page = ("<html><head><title>Slipway at Pellow Cove to close - Pellow Gazette</title></head><body><table><tr><td>"
            "<h2>Slipway at Pellow Cove to close</h2><p><b>The county will close the old ferry slipway at Pellow Cove "
            f"after a survey found its stones loose.</b></p></td></tr><tr><td>{story}</td></tr></table>"
            "<p>© Pellow Gazette 1996</p></body></html>")
    article = read_page(page.encode())
    assert article is not None
    assert article.text.startswith("The county will close the old ferry slipway")
    assert article.text.endswith("from the harbour beach instead.")


def test_paragraphs_written_between_double_breaks_make_the_story_and_the_links_after_them_go() -> None:
    """A hand-written page set its paragraphs apart with <br><br> in one <font>, and a link back home under them."""
    story = "<br><br>".join((
        "The county will close the old ferry slipway at Pellow Cove after a survey found its stones loose.",
        "Engineers inspected the slipway on Friday and said the winter storms had washed out the mortar.",
        "Boat owners will launch from the harbour at Trennick until a new ramp is built next year."))
    page = ("<html><head><title>Slipway at Pellow Cove to close</title></head><body><table><tr><td width=100>"
            "<a href='/'>Front page</a><br><a href='/sport'>Sport</a></td><td><font face='Arial'>"
            "<b>Slipway at Pellow Cove to close</b><br>By Tom Carne<br><br>" + story
            + "<br><br><a href='/'>Back to the front page</a></font></td></tr></table></body></html>")
    article = read_page(page.encode())
    assert article is not None
    assert article.text.split("\n\n") == [
        "The county will close the old ferry slipway at Pellow Cove after a survey found its stones loose.",
        "Engineers inspected the slipway on Friday and said the winter storms had washed out the mortar.",
        "Boat owners will launch from the harbour at Trennick until a new ramp is built next year."]


@pytest.mark.parametrize("document_title", ["New Page 1", "Untitled Document", "Pellow Gazette"])
@pytest.mark.parametrize("headline", ["<h3>{}</h3>", "<p><b>{}</b></p>", "<font size='+2'>{}</font><br>"])
def test_a_title_that_names_no_story_gives_way_to_the_headline_printed_above_it(document_title: str,
                                                                                  headline: str) -> None:
    """An editor's default title or the site's name alone: the headline is the line in large or bold type above."""
    page = _old_page(title=document_title).replace(
        b"<h2><font face='Arial'>Slipway at Pellow Cove to close</font></h2>",
        headline.format("Slipway at Pellow Cove to close").encode())
    article = read_page(page)
    assert article is not None and article.title is not None
    assert article.title.value == "Slipway at Pellow Cove to close"


@pytest.mark.parametrize("document_title", [
    "Pellow Gazette -- Slipway at Pellow Cove to close", "[Pellow Gazette] Slipway at Pellow Cove to close",
    "Slipway at Pellow Cove to close (Pellow Gazette)", "Slipway at Pellow Cove to close / Pellow Gazette",
    "Pellow Gazette > News > Slipway at Pellow Cove to close", "Slipway at Pellow Cove to close -- Pellow Gazette"])
def test_the_site_named_beside_the_printed_headline_in_any_mark_of_the_time_is_the_publisher(
        document_title: str) -> None:
    """A double dash, brackets, a slash or a breadcrumb's arrow between the site's name and the headline."""
    article = read_page(_old_page(title=document_title))
    assert article is not None and article.publisher is not None and article.title is not None
    assert (article.title.value, article.publisher.value) == ("Slipway at Pellow Cove to close", "Pellow Gazette")


def test_readers_messages_right_under_the_story_end_it_at_the_first_stamp() -> None:
    """No rule, no label: the first message's stamp (a name, a day, a time) ends the story's paragraphs."""
    _story_ends_before(_MESSAGE + "<p><font size='2'><b>Gig rower</b> - 14/08/96 à 10h02</font></p>"
                       "<p><font size='2'>We will miss it, but the harbour beach is a fine place to launch from.</font></p>",
                       "About time", "harbour beach")
