"""What a saved page's text keeps around the article's own paragraphs (issue 9)."""
from __future__ import annotations

import pytest

from generator.extract.page import read_page

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
