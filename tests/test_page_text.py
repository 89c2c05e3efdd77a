"""What a saved page's text keeps around the article's own paragraphs (issue 9)."""
from __future__ import annotations

import pytest

from generator.extract.page import Article, read_page

PARAGRAPH = "<p>The council voted on the budget on Tuesday night after a long debate on local taxes and fares.</p>"


@pytest.mark.parametrize("lead", [
    '<div class="article-lead"><p>{s}</p></div>',
    '<p class="standfirst">{s}</p>',
    "<p>{s}</p>",
])
def test_a_standfirst_above_the_byline_is_kept(lead: str) -> None:
    """A page whose body is marked apart keeps the standfirst printed between the heading and the byline (issue 9)."""
    standfirst = "Le budget, rejeté une première fois en janvier, a finalement été adopté mardi."
    body = "<p>" + "Le conseil municipal a voté le budget mardi soir après un long débat sur les impôts. " * 3 + "</p>"
    html = ("<html lang='fr'><head><title>Le budget adopté</title></head><body><nav><a href='/'>Accueil</a></nav>"
            f"<main><h1>Le budget adopté</h1>{lead.format(s=standfirst)}"
            '<figure><img src="a.jpg"><figcaption>Le maire, en 2023, devant la mairie de la ville.</figcaption></figure>'
            '<div class="meta"><span>Par Jeanne Roux</span> <time datetime="2024-03-12">12 mars 2024</time></div>'
            f'<div class="article-body">{body}{body}</div>'
            "</main><footer>© Journal</footer></body></html>")
    article = read_page(html.encode())
    assert article is not None
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == standfirst
    assert paragraphs[1].startswith("Le conseil municipal a voté")
    assert "Par Jeanne Roux" not in article.text and "devant la mairie" not in article.text


@pytest.mark.parametrize("note, kept", [
    ('<p class="correction">Correction, 12 March 2024: an earlier version misstated the size of the fund.</p>', False),
    ("<p><em>This article was amended on 12 March 2024 to correct the size of the fund.</em></p>", False),
    ("<p class=\"editors-note\">Editor's note: this story was first published on 10 March 2024.</p>", False),
    ("<p>Additional reporting by Tom Hale.</p>", False),
    ("<p><em>Rectificatif, le 12 mars 2024 : une version précédente indiquait un montant erroné.</em></p>", False),
    # an update is the story going on, not a note about the article
    ("<p><strong>Update, March 12:</strong> The council has since confirmed the vote.</p>", True),
])
def test_notes_about_the_article_are_no_part_of_it(note: str, kept: bool) -> None:
    """A correction, an editor's note or a reporting credit is left out with its dates; an update stays."""
    html = ("<html lang='en'><head><title>Budget passed</title></head><body><article><h1>Budget passed</h1>"
            f"<p class='byline'>By Jane Roe | March 12, 2024</p>{PARAGRAPH * 3}{note}{PARAGRAPH * 2}</article></body></html>")
    article = read_page(html.encode())
    assert article is not None
    words = " ".join(note.split("</")[0].split(">")[-1].split()[:3])
    assert (words in article.text) is kept


def test_the_standfirst_walk_stops_where_the_article_starts() -> None:
    """What follows the article (comments without chrome words) never comes in as a standfirst."""
    comments = ('<h2>Comments (2)</h2><div><p><b>Mike T.</b> · 3 March 2024</p>'
                "<p>This is a disgrace, they did exactly the same thing back in 2019.</p></div>")
    html = ("<html lang='en'><head><title>Budget passed</title></head><body><article><h1>Budget passed</h1>"
            f"<p class='byline'>By Jane Roe | March 12, 2024</p>{PARAGRAPH * 4}</article>{comments}</body></html>")
    article = read_page(html.encode())
    assert article is not None
    assert "disgrace" not in article.text
    assert article.text.startswith("The council voted")



def test_a_logo_in_an_h1_starts_no_standfirst() -> None:
    """Only the heading that holds the article's title opens the walk, not a site's logo before it."""
    from lxml import html as lxml_html

    from generator.extract.page import _standfirst

    tree = lxml_html.fromstring(
        "<html><body><div class='top'><h1 class='logo'>Gazette</h1>"
        "<p>Flood warnings remain in force for the whole valley until Sunday evening, officials said.</p></div>"
        f"<main><h1>Budget passed</h1><div class='article-body'>{PARAGRAPH * 2}</div></main></body></html>")
    body = ["The council voted on the budget on Tuesday night after a long debate on local taxes and fares."]
    assert _standfirst(tree, body, ["Budget passed"]) == []
    assert _standfirst(tree, body, ["Gazette"]) == [
        "Flood warnings remain in force for the whole valley until Sunday evening, officials said."]



def _story_around(block: str) -> str:
    """The text read from a story of five numbered paragraphs with block after the third."""
    paragraphs = [f"<p>The council voted on item {n} of the budget on Tuesday night after a long debate on taxes.</p>"
                  for n in range(1, 6)]
    html = ("<html lang='en'><head><title>Budget passed</title></head><body><h1>Budget passed</h1>"
            f"<div class='story'>{''.join(paragraphs[:3])}{block}{''.join(paragraphs[3:])}</div></body></html>")
    article = read_page(html.encode())
    assert article is not None
    assert [n for n in range(1, 6) if f"item {n} of" in article.text] == [1, 2, 3, 4, 5]
    return article.text


@pytest.mark.parametrize("block", [
    # a box of dated headlines inside the article, its heading the only hint
    '<div class="module module--list"><h3>Latest news</h3><ul><li><a href="/a">School roof repairs finished</a>'
    ' <span>7 May 2024</span></li><li><a href="/b">Bus fares to rise in June</a> <span>6 May 2024</span></li></ul></div>',
    # the heading in the article itself, the list right after it
    '<h3>Les plus lus</h3><div><p>Le marché de Noël ouvrira le 29 novembre 2024 sur la place.</p></div>',
    # a list of links without a heading
    '<ul><li><a href="/c">Mayor opens new library on Saturday 4 May 2024</a></li>'
    '<li><a href="/d">Ferry timetable changes from 1 June 2024</a></li></ul>',
    # reader comments under a site's own class names
    '<section class="reader-posts"><h3>Have your say</h3><div class="post"><b>jk1974</b> <span>2 hours ago</span>'
    '<p>This was already decided back in 2020 by the previous council anyway.</p></div></section>',
])
def test_chrome_told_by_its_heading_or_its_links_is_left_out(block: str) -> None:
    """Blocks with no chrome class words are still chrome when a chrome heading opens them or they are all links."""
    text = _story_around(block)
    assert "2024" not in text and "2020" not in text


@pytest.mark.parametrize("block", [
    # a caption under its site's own class word, a credit line, a caption ending on its credit
    "<p class='legende'>Les salariés devant l'atelier, le 3 mai 2024. Photo Progrès/Jean Morel</p>",
    "<p>Crédit photo : Jean Morel, 3 mai 2024</p>",
    "<p>The quarry site in March 2024. Photo: Tom Reyes/Valley Echo</p>",
    # comments opened by a heading with a count, or by a call to react
    "<div><h2>Comments (12)</h2><div><p>They promised the same thing back in 2024 and nothing happened.</p></div></div>",
    "<div class='bloc-reagir'><h2>Réagir à cet article</h2><p>On en avait bien besoin depuis 2024, bravo à eux.</p></div>",
    # a feedback box under a class word that says nothing
    "<div class='box'><p>Was this helpful? Tell us at letters@herald.example, or write before 30 November 2024.</p></div>",
])
def test_captions_credits_and_comment_blocks_are_left_out(block: str) -> None:
    """A photo's caption or credit and a block of comments carry dates that are not the story's (issue 9)."""
    assert "2024" not in _story_around(block)


@pytest.mark.parametrize("block", [
    "<div class='tools'>Écouter cet article</div>", "<p class='premium'>Article réservé aux abonnés</p>",
    "<div class='player'>Listen to this article</div>",
    "<div class='player'>Video Loading<br>Video Unavailable<br>Click to play Tap to play<br>Bookmark</div>",
    "<p>Cet article vous a été utile ? Sachez que vous pouvez suivre le journal dans l'espace Mon Fil.</p>",
])
def test_a_line_that_is_a_chrome_phrase_or_a_feedback_box_alone_is_left_out(block: str) -> None:
    """A reader's button or a paywall's label on a line of its own is no text of the article (issue 9)."""
    text = _story_around(block)
    assert not any(word in text.casefold() for word in ("article", "video", "play", "bookmark"))


def test_a_sentence_about_a_photo_stays() -> None:
    """A sentence of the article that talks about a photograph is no credit line."""
    sentence = "The council released a photo of the new hall on Monday, showing the roof finished in April."
    assert sentence in _story_around(f"<p>{sentence}</p>")


def test_a_section_of_reactions_in_the_article_stays() -> None:
    """A subheading that names a part of the story ("Réactions") is no chrome heading."""
    quote = "« C'est une victoire pour tout le village », a réagi mardi le maire, Paul Vidal, devant la mairie."
    assert quote in _story_around(f"<section><h2>Réactions</h2><p>{quote}</p></section>")


def _page(lang: str, head: str, top: str, body: str) -> bytes:
    """A small saved page: a heading block above a marked body."""
    return (f"<html lang='{lang}'><head><title>Budget passed</title>{head}</head><body><article><h1>Budget passed</h1>"
            f"{top}<div class='article-body'>{body}</div></article></body></html>").encode()


def test_a_strap_under_the_headline_is_no_body_text() -> None:
    """A subheadline with no final stop, outside the body's container, belongs to the headline (issue 9)."""
    top = "<div class='sub-headline'><p>Council tax to rise for a third year running</p></div><p class='byline'>By Jane Roe</p>"
    article = read_page(_page("en", "", top, PARAGRAPH * 4))
    assert article is not None and article.text.startswith("The council voted")
    assert "third year running" not in article.text


def test_a_subheadline_beside_the_headline_is_no_body_text_but_a_section_heading_stays() -> None:
    """An h2 with no final stop printed beside the h1 is a subheadline; an h2 inside the body opens a section."""
    paragraphs = ["The county council voted on Tuesday night to raise the council tax by five per cent from April.",
                  "Opposition members said the rise would hit pensioners hardest, and called for a review of fares.",
                  "The leader of the council said the money would keep three libraries open until the end of 2027.",
                  "A public meeting on the budget is planned for next month in the town hall, the council said."]
    body = "".join(f"<p>{p}</p>" for p in paragraphs[:2]) + "<h2>What happens next</h2>" + \
        "".join(f"<p>{p}</p>" for p in paragraphs[2:])
    page = ("<html lang='en'><head><title>Council tax to rise again</title></head><body><main><article class='asset'>"
            "<header class='asset-header'><h1 class='headline'>Council tax to rise again</h1>"
            "<h2 class='subheadline'>Libraries kept open as the county balances its books for a third year</h2>"
            "<div class='meta'><span class='byline'>By Jane Roe, Local Democracy Reporter</span></div></header>"
            f"<div class='asset-content' itemprop='articleBody'><div class='asset-body'>{body}</div></div>"
            "</article></main></body></html>").encode()
    article = read_page(page)
    assert article is not None and article.text.startswith("The county council voted on Tuesday night")
    assert "balances its books" not in article.text and "What happens next" in article.text


@pytest.mark.parametrize("og_title, h1, title", [
    # a social title cut down from the printed headline: the headline the page prints is the title
    ("Libraries saved as council tax rises", "Three libraries saved as county council tax rises by five per cent",
     "Three libraries saved as county council tax rises by five per cent"),
    # a site's name printed as the h1 shares no word with the story's title
    ("Council tax to rise for a third year", "The Wendmouth Evening Echo", "Council tax to rise for a third year"),
    # short words shared ("la", "de") tell no story: a site's name sharing them is no headline
    ("La grève de la SNCF", "Le Journal de la Vallée", "La grève de la SNCF"),
])
def test_the_printed_headline_wins_over_a_shorter_og_title_it_extends(og_title: str, h1: str, title: str) -> None:
    """og:title first, unless the page's one h1 tells the same story in more words; a badge over it is no text."""
    page = (f"<html lang='en'><head><meta property='og:title' content='{og_title}'></head><body><article>"
            f"<span class='badge'>Subscribers</span><h1>{h1}</h1><div class='article-body'>{PARAGRAPH * 4}</div>"
            "</article></body></html>").encode()
    article = read_page(page)
    assert article is not None and article.title is not None and article.title.value == title
    assert article.text.startswith("The council voted") and "Subscribers" not in article.text


def test_an_agency_dateline_is_cut_from_the_first_sentence_and_dates_the_page() -> None:
    """'PORT-KERVEN, 26 janvier 2027 (APA) –' heads the dispatch; its day dates a page that gives no other."""
    first = "<p>PORT-KERVEN, 26 janvier 2027 (APA) – Une quarantaine de chalutiers ont bloqué lundi l’entrée du port.</p>"
    rest = "<p>" + "Les pêcheurs protestent contre la baisse du quota de sole décidée par les ministres. " * 3 + "</p>"
    article = read_page(_page("fr", "", "", first + rest * 3))
    assert article is not None and article.text.startswith("Une quarantaine de chalutiers")
    assert article.published is not None and article.published.value.isoformat() == "2027-01-26"
    assert article.published.where.startswith("the dateline")


@pytest.mark.parametrize("dateline", [
    "MILLBRACK, Scotland, October 14, 2031 /Harbourline Newswire/ -- ",
    "LYSTON, Oct. 14, 2031 (QUAYSIDE WIRE) -- ",
])
def test_a_press_release_wire_dateline_is_cut_from_the_first_sentence_and_dates_the_page(dateline: str) -> None:
    """A newswire's dateline heads the release as an agency's heads a dispatch: not the first sentence (issue 9)."""
    first = (f"<p>{dateline}Kestrel Pumps Ltd, the ferry engine maker, today announced a contract to refit "
             "nine harbour tugs for the port authority.</p>")
    rest = "<p>" + "The refits will start at the Millbrack yard and should take two years to complete. " * 3 + "</p>"
    article = read_page(_page("en", "", "", first + rest * 3))
    assert article is not None and article.text.startswith("Kestrel Pumps Ltd, the ferry engine maker")
    assert article.published is not None and article.published.value.isoformat() == "2031-10-14"
    assert article.published.where.startswith("the dateline")


@pytest.mark.parametrize("lang, head, byline, day", [
    # machine-readable metadata wins over the visible US-style line
    ("en", '<meta name="dcterms.date" content="2026-06-04T09:15:00+01:00">', "Thu, 06/04/2026 - 09:15", "2026-06-04"),
    ("en-GB", '<span property="schema:dateCreated" content="2026-06-04T08:15:00+00:00"></span>', "06/04/2026", "2026-06-04"),
    # no metadata: the printed weekday decides (4 June 2026 is a Thursday, 6 April a Monday)
    ("en-GB", "", "By Jane Roe, Thu, 06/04/2026 - 09:15", "2026-06-04"),
    ("en", "", "By Jane Roe, Mon, 06/04/2026", "2026-04-06"),
    # nothing but the language: the region, then the language's own order
    ("en-US", "", "Published 06/04/2026", "2026-06-04"),
    ("fr-FR", "", "Publié le 06/04/2026", "2026-04-06"),
])
def test_a_numeric_date_is_read_in_the_page_s_order(lang: str, head: str, byline: str, day: str) -> None:
    """ISO metadata before visible text; a day/month order decided by weekday, region, language (issue 9)."""
    article = read_page(_page(lang, head, f"<p class='byline'>{byline}</p>", PARAGRAPH * 4))
    assert article is not None and article.published is not None
    assert article.published.value.isoformat() == day


_DATA_PARAGRAPHS = ["The council voted on Tuesday night to close the Tilleuls swimming pool after a long debate.",
                    "The pool, opened in 1974, needs repairs that the town says it cannot pay for this year.",
                    "Swimmers from the local club will train in the neighbouring town from September onwards.",
                    "A petition against the closure gathered more than two thousand signatures in a month."]


@pytest.mark.parametrize("script", [
    # Next.js: the article's blocks in the page data, the HTML only an empty mount point
    '<script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": {"article": {"blocks": %s,'
    ' "related": [{"title": "Pool fees to rise", "url": "/a/b"}]}}}}</script>',
    # Arc XP: Fusion.globalContent's content_elements, each a {"type": "text", "content": "…"}
    '<script>window.Fusion=window.Fusion||{};Fusion.globalContent=%s;Fusion.spaEnabled=false;</script>',
])
def test_a_page_whose_article_is_only_in_its_page_data_is_not_refused(script: str) -> None:
    """A JavaScript app's page keeps its text in a script: add reads it there and says so (issue 9)."""
    import json

    blocks = json.dumps([{"_id": f"b{i}", "type": "text", "content": f"<p>{p}</p>"}
                         for i, p in enumerate(_DATA_PARAGRAPHS)])
    data = blocks if "__NEXT_DATA__" in script else json.dumps({"content_elements": json.loads(blocks)})
    html = ("<html lang='en'><head><title>Pool to close</title>"
            '<meta property="article:published_time" content="2024-05-07"></head>'
            f"<body><nav><a href='/'>Home</a></nav><div id='app'></div>{script % data}</body></html>")
    article = read_page(html.encode())
    assert article is not None and article.text_from is not None and "page data" in article.text_from
    assert article.text.split("\n\n") == _DATA_PARAGRAPHS


def test_a_page_with_its_text_in_json_ld_only_is_not_refused() -> None:
    """No paragraph in the HTML but a JSON-LD articleBody: the body is read from there."""
    import json

    ld = json.dumps({"@type": "NewsArticle", "headline": "Pool to close", "articleBody": "\n\n".join(_DATA_PARAGRAPHS)})
    html = (f"<html lang='en'><head><script type='application/ld+json'>{ld}</script></head>"
            "<body><div id='root'></div></body></html>")
    article = read_page(html.encode())
    assert article is not None and article.text_from == "the JSON-LD articleBody"
    assert article.text.split("\n\n") == _DATA_PARAGRAPHS


def test_an_article_in_the_html_wins_over_the_page_data() -> None:
    """A page that prints its article keeps trafilatura's text, whatever its data holds."""
    body = "".join(f"<p>{p}</p>" for p in _DATA_PARAGRAPHS)
    html = ("<html lang='en'><head><title>Pool to close</title></head><body><article><h1>Pool to close</h1>"
            f"{body}</article><script id='__NEXT_DATA__' type='application/json'>"
            '{"x": ["Something else entirely that a related story says about the weather today."]}</script></body></html>')
    article = read_page(html.encode())
    assert article is not None and article.text_from is None
    assert article.text.startswith(_DATA_PARAGRAPHS[0])


@pytest.mark.parametrize("script, where", [
    ('<script>Fusion.globalContent={"display_date": "2026-11-03T08:00:00Z", "related": '
     '{"items": [{"display_date": "2025-01-01T00:00:00Z"}]}};</script>', "Fusion.globalContent (display_date)"),
    ('<script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": {"article": '
     '{"publishedAt": "2026-11-03T08:00:00Z", "teasers": [{"publishedAt": "2025-01-01"}]}}}}</script>', "publishedAt"),
])
def test_an_app_s_page_data_dates_a_page_before_a_visible_date(script: str, where: str) -> None:
    """ISO dates in a JavaScript app's state are machine-readable: the article's own (shallowest) wins over a byline."""
    html = _page("en-US", "", f"<p class='byline'>By Jane Roe, 01/02/2026</p>{script}", PARAGRAPH * 4)
    article = read_page(html)
    assert article is not None and article.published is not None
    assert article.published.value.isoformat() == "2026-11-03" and where in article.published.where


def test_dublin_core_names_the_publisher() -> None:
    """A Drupal page with no og:site_name nor JSON-LD gives its publisher in dcterms.publisher."""
    article = read_page(_page("en", '<meta name="dcterms.publisher" content="Merrow Valley Gazette">', "", PARAGRAPH * 4))
    assert article is not None and article.publisher is not None
    assert article.publisher.value == "Merrow Valley Gazette" and "dcterms.publisher" in article.publisher.where


def test_inline_markup_splits_no_word_and_a_line_break_splits_words() -> None:
    """A link before a comma, a word over two spans, a <br> in a heading: text reads as on screen (issue 9)."""
    from lxml import html as lxml_html

    from generator.extract.page import text_of

    block = lxml_html.fromstring("<p>Said <a href='/p'>Ailsa Brennan</a>, chair of the <span>boa</span><span>rd</span>."
                                 "<!-- note --> Then<br>more.</p>")
    assert text_of(block) == "Said Ailsa Brennan, chair of the board. Then more."
    heading = lxml_html.fromstring("<h1>Ferry slip to close<br>Islanders angry</h1>")
    assert text_of(heading) == "Ferry slip to close Islanders angry"


def test_a_body_styled_in_spans_is_read_once() -> None:
    """Paragraphs whose words are cut into spans (a page builder's styling) are neither doubled nor cut (issue 9).

    The standfirst walk compared each paragraph with the text found; read with a space at every span, "T uesday"
    matched nothing, the walk took the body's first paragraphs as a standfirst and the headline stayed in the text.
    """
    sentences = [
        "The harbour board of Kelmouth voted on Tuesday to close the old ferry slip at the end of the summer.",
        "A petition signed by 2,400 people was handed to the council on 14 May, asking for a repair instead.",
        "The board said a temporary landing stage would be installed by October, and a new slip in 2027.",
    ]
    body = "".join(f"<p><span>{s[:40]}</span><span>{s[40:]}</span></p>" for s in sentences)
    html = ("<html lang='en'><head><title>Ferry slip to close</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<main><h1>Ferry slip to close</h1><div class='rich-text'>{body}</div></main>"
            "<footer>© Gazette</footer></body></html>")
    article = read_page(html.encode())
    assert article is not None
    assert article.text.split("\n\n") == sentences


_BODY = ("<p>The harbour board of Kelmouth voted on Tuesday to close the old ferry slip at the end of the summer.</p>"
         "<h2>A survey in 2025</h2><p>The survey found that the piles had lost a third of their thickness since 2019.</p>"
         "<h2><a href='/docs/report.pdf'>The board's report</a></h2><p>The report was published on 3 June by the board.</p>")


def _article_page(inside: str, chrome: bool = False) -> bytes:
    """A saved page whose <article> holds the headline and then the given HTML, with a menu and a footer if asked."""
    nav, footer = ("<nav><a href='/'>Home</a></nav>", "<footer>© Gazette</footer>") if chrome else ("", "")
    return ("<html lang='en'><head><title>Ferry slip to close</title></head><body>"
            f"{nav}<main><article><h1>Ferry slip to close</h1>{inside}</article></main>{footer}</body></html>").encode()


@pytest.mark.parametrize("card", [
    "<div class='c'><h3><a href='/s{i}'>Lifeboat crew rescues walkers on {i} March</a></h3><p>Volunteers launched twice "
    "on Sunday after two groups were cut off by the tide, the coastguard said.</p></div>",
    "<article><a href='/s{i}'><h3>Lifeboat crew rescues walkers on {i} March</h3></a><p>Volunteers launched twice "
    "on Sunday after two groups were cut off by the tide.</p></article>",
])
def test_cards_of_linked_headlines_are_related_stories_whatever_their_heading(card: str) -> None:
    """A block of teasers (linked headline, a line of summary) under a heading no list knows is left out (issue 9)."""
    cards = "<section class='x'><h2>More from the island</h2>" + "".join(card.format(i=i) for i in (2, 5, 9)) + "</section>"
    article = read_page(_article_page(_BODY + cards, chrome=True))
    assert article is not None
    assert "Lifeboat" not in article.text and "More from the island" not in article.text
    assert article.dropped["related"] >= 1
    # the article's own section headings, one of them a link to a document, stay
    assert "A survey in 2025" in article.text and "The board's report" in article.text
    assert "published on 3 June" in article.text


@pytest.mark.parametrize("box, kept", [
    ("<div class='b'><h3>Get the Island Briefing</h3><p>Every weekday morning we send the stories that matter to the "
     "island, from council votes to ferry times.</p><form><input type='email'><button>Sign up</button></form></div>", ""),
    # the field sits beside the headline and its standfirst: the box holding the <h1> is the page's, not a sign-up's
    ("", "Islanders lost their crossing on 2 June after seventy years of service to the mainland."),
])
def test_the_box_around_an_email_field_is_a_sign_up_box(box: str, kept: str) -> None:
    """A newsletter box (heading, pitch, e-mail field) with class names that say nothing is left out (issue 9)."""
    top = (f"<div class='t'><h1>Ferry slip to close</h1><p>{kept}</p><form><input type='email'></form></div>" if kept
           else "<h1>Ferry slip to close</h1>")
    html = ("<html lang='en'><head><title>Ferry slip to close</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<main><article>{top}{_BODY}{box}</article></main><footer>© Gazette</footer></body></html>")
    article = read_page(html.encode())
    assert article is not None
    assert "Briefing" not in article.text and "Every weekday morning" not in article.text
    assert "voted on Tuesday" in article.text and "published on 3 June" in article.text
    if kept:
        assert article.text.startswith(kept)


def test_a_pull_quote_is_read_once() -> None:
    """A sentence lifted from the text and printed again in large type is one claim, not two (issue 9)."""
    quote = "“We kept the slip open for as long as the money allowed,” said Ailsa Brennan on Tuesday."
    pull = "<blockquote class='q'><p>“We kept the slip open for as long as the money allowed”</p></blockquote>"
    subhead = "<h2>The board's report</h2>"  # a short line whose words the text also prints is a subhead and stays
    article = read_page(_article_page(f"<p>{quote}</p>{pull}{subhead}{_BODY}"))
    assert article is not None
    assert article.text.count("as long as the money allowed") == 1
    assert article.text.split("\n\n")[:2] == [quote, "The board's report"]


@pytest.mark.parametrize("picture", [
    "<div class='img'><img src='a.jpg' alt=''><p>The slip at low tide on Sunday morning.</p></div>",
    "<div><p class='c-caption'>The slip at low tide on Sunday morning.</p></div>",
])
def test_a_paragraph_that_captions_a_picture_is_no_body_text(picture: str) -> None:
    """A caption set as a <p>, classed as one or alone beside the picture in its box, dates no event (issue 9)."""
    article = read_page(_article_page(picture + _BODY))
    assert article is not None
    assert "low tide" not in article.text
    assert article.text.startswith("The harbour board of Kelmouth voted")


def test_paragraphs_that_are_each_a_linked_headline_are_a_related_list() -> None:
    """"Previous / next post" set as paragraphs of a link and a date is a related list, not two events (issue 9)."""
    links = ("<div class='pn'><p><a href='/a'>Harbour dues to rise from March</a> <span>Jan 28, 2027</span></p>"
             "<p><a href='/b'>Sixty cancellations in January, counted</a> <span>Feb 1, 2027</span></p></div>")
    article = read_page(_article_page(_BODY + links))
    assert article is not None
    assert "Harbour dues" not in article.text and "cancellations" not in article.text
    assert "published on 3 June" in article.text


def test_the_article_s_own_summary_is_kept_whatever_its_class_says() -> None:
    """The article's microdata description (a CMS's "news-teaser") is its lead, not a related teaser (issue 9)."""
    lead = "From Monday 4 January, household waste will be collected every other week in most of the town."
    html = ("<html lang='en'><head><title>Ferry slip to close</title></head><body><main>"
            "<div itemscope itemtype='http://schema.org/Article'><h1 itemprop='headline'>Ferry slip to close</h1>"
            f"<div class='news-teaser' itemprop='description'><p>{lead}</p></div>{_BODY}</div>"
            "<div class='news-teaser'><p>Another story from the town hall, told in a teaser of its own.</p></div>"
            "</main></body></html>")
    article = read_page(html.encode())
    assert article is not None
    assert article.text.startswith(lead)
    assert "Another story" not in article.text


def test_a_live_blog_s_posts_are_read_in_the_page_s_order() -> None:
    """Posts as sibling blocks: the text keeps the page's order, lead first (issue 9).

    trafilatura took the first post as the article, then recovered the lead and the other posts after it, so the
    lead came second and a relative date in a post was read against the wrong sentence.
    """
    posts = [("Board confirms the vote", "The harbour board has confirmed that the old ferry slip will close in September."),
             ("Petition handed in", "Campaigners handed a petition with 2,400 signatures to the council this afternoon."),
             ("Meeting starts", "The harbour board meeting has started in the town hall, with eighty people watching.")]
    feed = "".join(f"<div class='post'><h3>{h}</h3><p>{p}</p></div>" for h, p in posts)
    lead = "Follow the harbour board's vote on the future of the ferry slip as it happens."
    html = ("<html lang='en'><head><title>Live: ferry slip vote</title></head><body><main>"
            f"<h1>Live: ferry slip vote</h1><p class='intro'>{lead}</p><div class='feed'>{feed}</div></main></body></html>")
    article = read_page(html.encode())
    assert article is not None
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == lead
    order = [paragraphs.index(p) for _, p in posts]
    assert order == sorted(order)


@pytest.mark.parametrize("post", [
    # the label printed under the post's time, before its text
    "<div class='entry'><div class='entry-stamp'><span>11:05</span></div><p class='entry-flag'>Pinned</p>{text}</div>",
    # the label in the post's meta line, beside its time (before or after it)
    "<div class='entry'><div class='entry-meta'><time>11:05</time> <span class='tag'>Breaking news</span></div>{text}</div>",
    "<div class='entry'><div class='entry-meta'><span class='tag'>Important</span><span>11:05</span></div>{text}</div>",
])
def test_a_live_post_s_label_beside_its_time_is_not_text(post: str) -> None:
    """A live post's short label ('Pinned', 'Breaking news'), beside or under its time, is the blog's, not a sentence."""
    text = "<p>The harbour board has confirmed that the old ferry slip will close at the end of September.</p>"
    other = ("<div class='entry'><div class='entry-stamp'><span>10:40</span></div><h3>Vote under way</h3>"
             "<p>The harbour board meeting has started in the town hall, with eighty people watching from the gallery.</p>"
             "</div>")
    lead = "Follow the harbour board's vote on the future of the ferry slip as it happens, with reactions from the town."
    html = ("<html lang='en'><head><title>Live: ferry slip vote</title></head><body><main>"
            f"<h1>Live: ferry slip vote</h1><p class='intro'>{lead}</p><div class='feed'>{post.format(text=text)}{other}"
            "</div></main></body></html>")
    article = read_page(html.encode())
    assert article is not None
    paragraphs = article.text.split("\n\n")
    assert not any(label in p for p in paragraphs for label in ("Pinned", "Breaking news", "Important"))
    assert "Vote under way" in paragraphs  # a post's own subheading stays
    assert "The harbour board has confirmed that the old ferry slip will close at the end of September." in paragraphs


def test_a_lead_paragraph_beside_a_picture_stays() -> None:
    """A lead set beside a picture in a block not named for the picture is the article's, not a caption (issue 9)."""
    lead = "The council voted on Monday to close the Hillside pool in June, after a survey found the roof unsafe."
    article = read_page(_article_page(f"<div class='intro'><img src='pool.jpg' alt=''><p>{lead}</p></div>{_BODY}"))
    assert article is not None
    assert article.text.startswith(lead)


@pytest.mark.parametrize("lang, after, kept", [
    # a paragraph of the site's own, after the text: its class or its words say what it is
    ("en", '<p class="ArticlePage-comments">Comments (12) are open to subscribers only.</p>', False),
    ("fr", '<p class="commentaires-acces">Les 12 commentaires sont réservés à nos abonnés.</p>', False),
    ("en", '<p class="feature__note">The Ledger is independent and reader-funded. <a href="/s">Support our journalism</a></p>',
     False),
    ("fr", "<p>Le Courrier est financé par ses lecteurs. <a href='/d'>Soutenez un journalisme indépendant</a></p>", False),
    # body paragraphs: classed by a CMS with a comments word, or speaking of funding and appeals
    ("en", '<p class="commentary-text">The council voted for the wrong budget, and residents will pay for it.</p>', True),
    ("en", '<p class="article-comment">Residents had until Friday to send their views on the new fares.</p>', True),
    ("fr", '<p class="reaction">Les habitants ont jusqu’à vendredi pour donner leur avis sur les nouveaux tarifs.</p>',
     True),
    ("en", "<p>The Ledger, a reader-funded newsroom, first reported the overspend in March.</p>", True),
    ("en", "<p>The Ferret is reader-funded and has 2,000 members, its editor Rosa Lind said on Monday.</p>", True),
    ("en", "<p>The trust said its new grant would support local journalism in three counties until 2027.</p>", True),
    ("en", "<p>Lawmakers voted in March to support public-interest journalism with a tax credit.</p>", True),
    ("fr", "<p>Le journal est financé par ses lecteurs depuis 2010, a rappelé sa directrice lundi.</p>", True),
    ("fr", "<p>« Soutenez notre rédaction », a lancé le directeur devant les salariés mardi.</p>", True),
])
def test_a_site_s_own_line_after_the_text_is_left_out(lang: str, after: str, kept: bool) -> None:
    """A comments teaser or a reader-funding appeal in the article's box is no body text; commentary is (issue 9)."""
    article = read_page(_page(lang, "", "<p class='byline'>By Jane Roe</p>", PARAGRAPH * 4 + after))
    assert article is not None and article.text.startswith("The council voted")
    words = " ".join(after.split("</")[0].split(">")[-1].split()[:4])
    assert (words in article.text) is kept


def test_an_appeal_inside_the_text_is_the_story_s() -> None:
    """Only the text's last lines can be a site's funding appeal: the same words inside the story are its own."""
    appeal = "<p>The Ledger is independent and reader-funded. Support our journalism</p>"
    article = read_page(_page("en", "", "<p class='byline'>By Jane Roe</p>", PARAGRAPH * 2 + appeal + PARAGRAPH * 2))
    assert article is not None and "Support our journalism" in article.text


@pytest.mark.parametrize("og_title", ["DIRECT. Budget passed after a night of debate",
                                      "LIVE: Budget passed after a night of debate",
                                      "VIDÉO - Budget passed after a night of debate"])
def test_a_label_the_social_title_puts_before_the_headline_is_no_part_of_the_title(og_title: str) -> None:
    """og:title is the printed headline with a label before it: the headline as printed is the title, and the badge
    printed over it is no text (issue 9: the live blog's title and its "EN DIRECT" badge)."""
    page = (f"<html lang='en'><head><meta property='og:title' content='{og_title}'></head><body><article>"
            "<span class='live-badge'>LIVE NOW</span><h1>Budget passed after a night of debate</h1>"
            f"<div class='article-body'>{PARAGRAPH * 4}</div></article></body></html>").encode()
    article = read_page(page)
    assert article is not None and article.title is not None
    assert article.title.value == "Budget passed after a night of debate"
    assert article.text.startswith("The council voted") and "LIVE NOW" not in article.text


def test_a_social_title_that_names_more_than_a_label_stays_the_title() -> None:
    """A social title that adds words of the story before the headline is no label: it stays the title."""
    og_title = "Ferry crews strike for two days as the island is cut off: Budget passed after a night of debate"
    page = (f"<html lang='en'><head><meta property='og:title' content='{og_title}'></head><body><article>"
            f"<h1>Budget passed after a night of debate</h1><div class='article-body'>{PARAGRAPH * 4}</div>"
            "</article></body></html>").encode()
    article = read_page(page)
    assert article is not None and article.title is not None and article.title.value == og_title


@pytest.mark.parametrize("lang, line, kept", [
    # a wire's sign-off and its standards line after the text, a live blog's closing line, member and paywall prompts
    ("en", "<p class='credit'>(Reporting by Jo Pike in Leeds; Additional reporting by Sam Eze; Editing by Ed Lowe)</p>",
     False),
    ("fr", "<p>(Reportage Marc Duval, version française Julie Rey, édité par Anne Morel)</p>", False),
    ("en", "<div class='trust'><p>Our Standards: The Courier Wire Trust Principles.</p></div>", False),
    ("en", "<p>Associated Press writer Jo Pike contributed to this report.</p>", False),
    ("fr", "<div class='fin'><p>Ce direct est terminé. Merci de nous avoir suivis.</p></div>", False),
    ("en", "<p>This live blog has now ended. Thanks for following along.</p>", False),
    ("en", "<div class='card'><div><p>Courier members get our full data tables every Monday. Join for £4 a month.</p>"
           "</div></div>", False),
    ("fr", "<p>Les abonnés reçoivent notre lettre chaque jeudi. Abonnez-vous pour 1 € le premier mois.</p>", False),
    ("fr", "<p>La suite de cet article est réservée aux abonnés. Déjà abonné ? Connectez-vous.</p>", False),
    ("en", "<p>© 2061 Courier Media Ltd. All rights reserved.</p>", False),
    ("en", "<p>This article was originally published by The Ledger under a Creative Commons licence.</p>", False),
    ("fr", "<p>Cet article a été initialement publié sur le site de la revue Causses et Vallées.</p>", False),
    ("fr", "<p>Suivez-nous sur Instagram et sur Facebook.</p>", False),
    ("en", "<p>Follow Jane Roe on X: @janeroe</p>", False),
    ("en", "<p>— AFP</p>", False),
    ("en", "<p>The Morning Brief brings you the top stories each weekday. Sign up here.</p>", False),
    ("en", "<p>The pier at dawn. Photograph: Jane Roe/The Courier</p>", False),
    ("fr", "<p>► À lire aussi : le budget voté mardi soir</p>", False),
    ("fr", "<p>Avec AFP et Reuters</p>", False),
    ("en", "<p>— With agencies</p>", False),
    ("fr", "<p>Propos recueillis par Jean Morel</p>", False),
    ("fr", "<p>Pour lire la suite, abonnez-vous</p>", False),
    ("en", "<p>Want to read more? Subscribe today.</p>", False),
    ("fr", "<p>Cet article a été mis à jour le 3 mars à 18 h.</p>", False),
    ("en", "<p>Listen to this story</p>", False),
    ("fr", "<p>Signaler un abus</p>", False),
    # the story's own sentences with the same words
    ("en", "<p>We are closing this live blog for today. The prefect will visit the gorge on Thursday, her office said.</p>",
     True),
    ("en", "<p>Union members get a 3% pay rise from April, the company said on Tuesday.</p>", True),
    ("en", "<p>Subscribers will pay £6 a month from June, the paper said in a letter to readers.</p>", True),
    ("en", "<p>Reporting by the Gazette in March revealed that the contract had been changed twice.</p>", True),
    ("en", "<p>Thanks for following the rules, the mayor told residents at the meeting on Monday.</p>", True),
    ("en", "<p>Follow the money, the auditor told the committee on Tuesday morning.</p>", True),
    ("en", "<p>AFP reported on Monday that the talks had failed after two days.</p>", True),
    ("fr", "<p>Pour lire la suite du rapport, il faudra attendre mars, a indiqué le maire mardi.</p>", True),
    ("en", "<p>Subscribe today, the union urged its members at the meeting on Monday.</p>", True),
    ("en", "<p>With agencies stretched, the council hired four more staff in May.</p>", True),
    ("en", "<p>Related costs rose by 4% in March, the firm said in its annual report.</p>", True),
    ("en", "<p>Recommended changes were adopted by the board at its meeting on Monday.</p>", True),
    ("fr", "<p>Voir aussi le rapport publié en mars, a conseillé le maire aux habitants.</p>", True),
    ("fr", "<p>Lire aussi Le budget adopté mardi soir par le conseil</p>", False),
    ("en", "<p>Our standards: that is what the head told parents on Monday the school would defend.</p>", True),
    ("fr", "<p>Le journal réserve désormais ses articles à ses abonnés, a annoncé sa directrice mardi.</p>", True),
    # "(c)" opening the third item of a lettered list; a participle of publishing opening a sentence; an imperative
    # prompt that a source is quoted saying; a label's line that a source is quoted saying; a sentence going on in
    # lower case after a related label to a "!" or "?"
    ("en", "<p>(c) the ferry operator must tell the council within 14 days of any cancelled crossing.</p>", True),
    ("en", "<p>(C) Tenants may appeal the eviction notice before 1 June, the tribunal ruled.</p>", True),
    ("en", "<p>(c) Any Tenant who appeals must do so in writing before the hearing on 3 July.</p>", True),
    ("en", "<p>First published in 1962, the walking guide was withdrawn by the council on Monday.</p>", True),
    ("en", "<p>Originally published by the ministry in March, the audit was withdrawn on Tuesday.</p>", True),
    ("fr", "<p>Initialement publié par la préfecture le 3 mai, le rapport a été retiré lundi soir.</p>", True),
    ("fr", "<p>D'abord paru dans une revue locale en 2058, le recueil a été réédité mardi.</p>", True),
    ("en", "<p>Register here by Friday, the council told residents of the estate on Monday.</p>", True),
    ("en", "<p>Sign up here before the end of May, the club urged its junior members.</p>", True),
    ("fr", "<p>Abonnez-vous ici avant la fin du mois, selon la consigne donnée aux adhérents.</p>", True),
    ("fr", "<p>Inscrivez-vous ici avant le 4 mai, a indiqué la mairie aux familles lundi.</p>", True),
    ("en", "<p>Our principles: respect, openness and rigour, the headteacher said.</p>", True),
    ("fr", "<p>Nos valeurs : solidarité, proximité et exigence, résume la présidente.</p>", True),
    ("en", "<p>Watch out for black ice on the A6 this weekend, the Met Office warned on Friday!</p>", True),
    ("en", "<p>Watch what happens to the fares in May, would you?</p>", True),
    # the site's lines those rules were made for
    ("en", "<p>(c) 2061 Courier Media Ltd</p>", False),
    ("en", "<p>(C) Courier Media Group. All rights reserved.</p>", False),
    ("en", "<p>Copyright © Courier Media Ltd 2061. All rights reserved.</p>", False),
    ("fr", "<p>Copyright Le Courrier de Vernay. Tous droits réservés.</p>", False),
    ("en", "<p>Originally published in The Hallam Review.</p>", False),
    ("en", "<p>First published on hallamreview.example.</p>", False),
    ("fr", "<p>Initialement publié sur Le Courrier de Vernay.</p>", False),
    ("en", "<p>Register here for the weekly briefing.</p>", False),
    ("fr", "<p>Inscrivez-vous ici pour recevoir notre lettre du vendredi.</p>", False),
    ("en", "<p>Our values: Independence, accuracy and fairness.</p>", False),
    ("fr", "<p>Lire aussi Pourquoi le maire de Vernay a-t-il démissionné ?</p>", False),
    ("en", "<p>Related: Will the Hallam pool open again this summer?</p>", False),
])
def test_a_site_s_sign_off_prompt_or_closing_line_is_no_body_text(lang: str, line: str, kept: bool) -> None:
    """Lines a site or a wire prints with the article, told by their words in any language with data (issue 9);
    a sentence of the story with the same words stays."""
    article = read_page(_page(lang, "", "<p class='byline'>By Jane Roe</p>", PARAGRAPH * 2 + line + PARAGRAPH * 2))
    assert article is not None and article.text.startswith("The council voted")
    words = " ".join(line.split("</")[0].split(">")[-1].split()[:4])
    assert (words in article.text) is kept


def _body_page(body: str, lang: str = "en", title: str = "Budget passed", lead: str = "") -> str:
    """A small article page: its heading, what comes under it, and its body in a <div>."""
    return (f"<html lang='{lang}'><head><title>{title}</title></head><body><article><h1>{title}</h1>{lead}"
            f"<div class='entry-content'>{body}</div></article><footer>© Gazette</footer></body></html>")


INTERVIEW = "<p>What happens next for the swimming pool, now that the council has voted to close it in March?</p>"
INTERVIEW_FR = "<p>Que va devenir la piscine, maintenant que le conseil a voté sa fermeture pour le mois de mars ?</p>"


def _read_amid_interview(lang: str, html: str) -> Article:
    """The page read with `html` after three paragraphs of the interview in `lang` and before two more."""
    body = INTERVIEW if lang == "en" else INTERVIEW_FR
    article = read_page(_body_page(body * 3 + html + body * 2, lang=lang).encode())
    assert article is not None
    return article


@pytest.mark.parametrize("note, lang, where", [
    ("<p><em>Our conversation was shortened and lightly edited.</em></p>", "en", "start"),
    ("<p><i>The exchange below was translated from the Welsh.</i></p>", "en", "end"),
    ("<p><em>Cet échange a été légèrement raccourci.</em></p>", "fr", "start"),
    ("<p><em>Les réponses de la directrice ont été relues par elle.</em></p>", "fr", "end"),
])
def test_an_italic_editors_note_at_the_edge_of_the_text_is_left_out(note: str, lang: str, where: str) -> None:
    """A paragraph all in italics at the body's first or last paragraphs saying how the text was edited is a note."""
    body = INTERVIEW if lang == "en" else INTERVIEW_FR
    html = _body_page(note + body * 5 if where == "start" else body * 5 + note, lang=lang)
    article = read_page(html.encode())
    assert article is not None
    words = " ".join(note.split("</")[0].split(">")[-1].split()[:3])
    assert words not in article.text and article.text.count(body[3:20]) == 5


@pytest.mark.parametrize("paragraph", [
    # in the middle of the text: the story's own
    "<p><em>The council's plan was updated in January to spare the library.</em></p>",
    # a quotation, in italics
    "<p><em>“We were edited out of the report,” the residents wrote.</em></p>",
    # partly in italics: a sentence of the text
    "<p>The minutes were <em>heavily</em> edited before the meeting, the mayor said.</p>",
])
def test_a_sentence_of_the_text_about_an_edit_stays(paragraph: str) -> None:
    """Only a note set apart leaves: a sentence of the story that says "edited" or "updated" stays."""
    html = _body_page(INTERVIEW * 2 + paragraph + INTERVIEW * 2 if "updated" in paragraph else paragraph + INTERVIEW * 4)
    article = read_page(html.encode())
    assert article is not None
    words = " ".join(paragraph.split(">", 1)[1].replace("<em>", "").replace("</em>", "").split()[:4])
    assert words in " ".join(article.text.split())


@pytest.mark.parametrize("line, kept", [
    ("<p>This interview has been condensed and edited for clarity.</p>", False),
    ("<p>Propos recueillis par Lucie Garnier</p>", False),
    ("<p>Cet entretien a été raccourci et relu par l'intéressée.</p>", False),
    # a sentence of a story on an edit goes on past the note's words
    ("<p>The transcript was edited by the police before its release to the families, the lawyer said.</p>", True),
])
def test_a_line_that_says_how_the_words_were_trimmed_is_left_out(line: str, kept: bool) -> None:
    """The note's words on a line of its own, in any style: how the interview was edited, who took it down."""
    html = _body_page(INTERVIEW * 4 + line + INTERVIEW)
    article = read_page(html.encode())
    assert article is not None
    words = " ".join(line[3:].split()[:3])
    assert (words in article.text) is kept


@pytest.mark.parametrize("lang, tail", [
    ("fr", "<div class='box'><p>Contact presse</p><p>Service communication — Paul Renaud — 04 00 00 00 00 — "
           "presse@ville.example</p></div>"),
    ("en", "<div class='downloads'><p>Documents</p></div><div class='box'><p>Media contact</p>"
           "<p>Ann Lee, press office, 01632 960 000, press@town.example</p></div>"),
])
def test_a_contact_block_after_the_text_is_left_out(lang: str, tail: str) -> None:
    """A release's contact label alone on a line and the name and number under it, and the labels left before it."""
    body = INTERVIEW if lang == "en" else INTERVIEW_FR
    article = read_page(_body_page(body * 4 + tail, lang=lang).encode())
    assert article is not None
    assert article.text.split("\n\n")[-1] == body[3:-4]


def test_a_contact_sentence_ends_the_text() -> None:
    """"Contact" opening a sentence of the text is no block's label."""
    last = "<p>Contact the town hall before Friday to register for the meeting.</p>"
    article = read_page(_body_page(INTERVIEW * 4 + last).encode())
    assert article is not None
    assert article.text.endswith("to register for the meeting.")


def test_a_lead_its_class_calls_a_teaser_opens_the_text() -> None:
    """The lead right under the heading, classed "teaser" by its CMS, with no link: the article's first paragraph."""
    lead = ("<div class='news-single__teaser'><p>The council approved its budget on Tuesday night, after three hours "
            "of debate on taxes.</p></div>")
    article = read_page(_body_page(PARAGRAPH * 4, lead=lead).encode())
    assert article is not None
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("The council approved its budget") and paragraphs[1] == PARAGRAPH[3:-4]


@pytest.mark.parametrize("lang, line, kept", [
    ("en", "<p>6 min read</p>", False),
    ("fr", "<p>Temps de lecture : 5 min</p>", False),
    ("en", "<p>Filed under: Harbour, Local council</p>", False),
    ("en", "<p>Filed in: Schools, Road works 2031</p>", False),
    ("fr", "<p>Mots-clés : piscine, conseil municipal</p>", False),
    ("en", "<p>Spotted a typo? Tell the desk.</p>", False),
    ("fr", "<p>Signaler une erreur</p>", False),
    ("en", "<p>Translated from the Welsh by Gareth Pugh.</p>", False),
    ("fr", "<p>Traduit de l'allemand par Hugo Lenz.</p>", False),
    ("en", "<p>First published on 4 May 2031.</p>", False),
    ("fr", "<p>Publié pour la première fois le 4 mai 2031.</p>", False),
    ("en", "<p>The opinions expressed in this guest column are those of the author.</p>", False),
    ("fr", "<p>Les propos exprimés dans cette tribune n'engagent que leur auteur.</p>", False),
    ("en", "<p>Media enquiries: desk@pool.example</p>", False),
    ("fr", "<p>Relations presse : Anne Morel, 04 00 00 00 01</p>", False),
    # a sentence of the text with the same words
    ("en", "<p>Topics: the board will discuss the pool, the library and the bus routes in its session.</p>", True),
    ("en", "<p>The report, first published in 2019, was revised twice before the vote.</p>", True),
    ("en", "<p>Filed in May, the appeal against the pool closure will be heard by the county court.</p>", True),
    ("fr", "<p>Traduit par des bénévoles, le guide de la piscine existe désormais en six langues.</p>", True),
])
def test_a_page_s_furniture_on_a_line_of_its_own_is_left_out(lang: str, line: str, kept: bool) -> None:
    """Topics under a label, a reading time, a call to report a mistake, a translator's or first edition's note."""
    article = _read_amid_interview(lang, line)
    words = " ".join(line[3:].split()[:3])
    assert (words in article.text) is kept


@pytest.mark.parametrize("block", [
    "<div class='editor-note'><p>Names of two pupils were changed at their parents' request.</p></div>",
    "<div class='ndlr'><p>Le prénom de l'élève a été changé à la demande de ses parents.</p></div>",
    "<div class='media-contact'><p>Ann Lee leads the press office of the pool trust in town.</p></div>",
    "<div class='reading-time'><p>Seven minutes, more or less, for the whole article.</p></div>",
    "<section class='release-boilerplate'><p>The pool trust runs nine swimming pools in the county.</p></section>",
])
def test_a_block_its_class_words_give_to_the_text_s_edges_is_left_out(block: str) -> None:
    """An editor's note, a press contact, a reading time, a release's boilerplate, told by their class words."""
    article = read_page(_body_page(INTERVIEW * 4 + block).encode())
    assert article is not None
    words = " ".join(block.split(">", 2)[2].split()[:3])
    assert words not in article.text



@pytest.mark.parametrize("heading, boilerplate", [
    ("About the Pool Trust", "The Pool Trust runs nine swimming pools and two lidos across the county."),
    ("About Harrowgate Leisure", "Founded in 2031, Harrowgate Leisure runs the county's swimming pools."),
    ("À propos de la Régie des bassins", "La Régie des bassins gère neuf piscines dans le département."),
])
def test_a_release_s_about_paragraph_naming_its_issuer_in_its_first_words_is_left_out(
        heading: str, boilerplate: str) -> None:
    """"About the X" and the paragraph naming X in its first clause: the issuer's boilerplate, not the release."""
    from generator.extract.page import _release_body

    body = ["The trust will reopen the pool on Monday after a month of repairs to its roof and its boilers."] * 3
    assert _release_body([*body, heading, boilerplate]) == (body, 2)


def test_an_about_heading_of_the_text_s_own_stays() -> None:
    """A section "About the new bridge" whose paragraph names no issuer is the text's."""
    from generator.extract.page import _release_body

    lines = ["The council approved the bridge.", "About the Bridge", "Engineers say the bridge will open in May."]
    assert _release_body(lines) == (lines, 0)


@pytest.mark.parametrize("lang, heading, section, after", [
    ("en", "About the Lantern Parade",
     "Now in its sixth year, the Lantern Parade brought 8,000 people to the riverside last October.",
     "The organisers said on Monday that the route would run past the new footbridge this year."),
    ("fr", "À propos de la Nuit des lanternes",
     "Lancée en 2088, la Nuit des lanternes a réuni 8 000 personnes sur les quais en octobre dernier.",
     "Les organisateurs ont annoncé lundi que le cortège passerait cette année par la nouvelle passerelle."),
])
def test_an_about_section_inside_a_news_story_keeps_the_rest_of_it(lang: str, heading: str, section: str,
                                                                  after: str) -> None:
    """"About the X" with more of the story below, on a page with no release's mark: a section of the story."""
    body = INTERVIEW if lang == "en" else INTERVIEW_FR
    html = _body_page(body * 2 + f"<h2>{heading}</h2><p>{section}</p><p>{after}</p>", lang=lang)
    article = read_page(html.encode())
    assert article is not None
    assert section in article.text and article.text.endswith(after)


def test_a_release_s_about_section_goes_even_with_lines_below_it() -> None:
    """On a page a contact label shows a release, "About X" and what follows leave the text wherever they sit."""
    from generator.extract.page import _release_body

    body = ["The trust will reopen the pool on Monday after a month of repairs to its roof and its boilers."] * 3
    tail = ["About the Pool Trust", "The Pool Trust runs nine swimming pools across the county.",
            "It was founded in 2031.", "Media contact: Ann Lee, 01632 960 000"]
    assert _release_body([*body, *tail]) == (body, 4)


@pytest.mark.parametrize("lang, line", [
    ("en", "Translated by Mira Osei in 2087, the novel has sold 40,000 copies and is taught in schools."),
    ("en", "Translated from the Danish by Mira Osei, the novel reached the shortlist in its first year."),
    ("fr", "Traduit par Mira Osei en 2087, le roman s'est vendu à 40 000 exemplaires et entre au programme."),
    ("en", "Found a mistake in the tender, the engineer warned the board and the contract was frozen in May."),
    ("en", "Spotted an error in the ballot papers, a clerk stopped the count shortly after midnight."),
])
def test_a_story_sentence_opening_on_a_note_s_words_stays(lang: str, line: str) -> None:
    """A translator's credit is a name ending its line, a feedback call a question or an appeal: a sentence stays."""
    article = _read_amid_interview(lang, f"<p>{line}</p>")
    assert line in article.text


@pytest.mark.parametrize("lang, line", [
    ("en", "Translated by Mira Osei and Tom de Vries."),
    ("fr", "Traduit de l'anglais par Lise Marc et Jean de La Tour"),
    ("en", "Found an error in this story? Email the desk."),
    ("en", "See a mistake in this article, please let us know"),
    ("fr", "Vous avez relevé une erreur dans cet article ? Écrivez-nous."),
])
def test_a_translator_s_credit_or_a_call_to_report_a_mistake_still_goes(lang: str, line: str) -> None:
    """Names ending the credit's line, a question or an appeal after "found a mistake": the page's furniture."""
    article = _read_amid_interview(lang, f"<p>{line}</p>")
    assert " ".join(line.split()[:3]) not in article.text


@pytest.mark.parametrize("lang, paragraph, where", [
    ("en", "The bus timetable was amended on Monday so that the last service leaves at midnight.", "start"),
    ("en", "The opening hours were updated in March, when the trust added a late session on Thursdays.", "end"),
    ("fr", "Le tracé de la rocade a été modifié lundi par la préfecture, après l'avis des riverains.", "start"),
    ("fr", "Le calendrier des travaux a été mis à jour vendredi : la rue rouvrira le 2 juin.", "end"),
])
def test_an_italic_lead_or_last_paragraph_on_another_thing_s_amendment_stays(lang: str, paragraph: str,
                                                                             where: str) -> None:
    """Only the text itself amended is a note ("This article was updated …"): a timetable amended is the story."""
    body = INTERVIEW if lang == "en" else INTERVIEW_FR
    note = f"<p><em>{paragraph}</em></p>"
    html = _body_page(note + body * 4 if where == "start" else body * 4 + note, lang=lang)
    article = read_page(html.encode())
    assert article is not None
    assert paragraph in article.text
