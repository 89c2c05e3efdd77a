"""Session 47, pages: archives' reprints and records (a source line "From the …, <day>.", a library's Dublin Core
record naming the paper, a paper under its older name, a reprinted headline set as a heading, an OCR warning, readers'
contributions) and a supporter's box priced plainly; with invented pages."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.page import _same_paper, read_page

_EN_STORY = ["Dunmore's new swimming baths opened on Saturday afternoon, when the Mayor, Alderman Frank Toller, cut "
             "the ribbon before a crowd of some 400.",
             "The baths, on the site of the old tan yard, cost £38,000 and took two years to build.",
             "\"Every child in the town shall learn to swim,\" the Mayor said, announcing free lessons for schools.",
             "The Baths Committee said the pool would stay open until the end of September.",
             "Tickets for the opening gala on Wednesday evening are on sale at the town hall."]


def _blog_reprint(source_line: str, heading: str = "<h2><strong>Swimming baths open at last</strong></h2>") -> bytes:
    """A society's blog post reprinting a cutting: the post's own title and stamp, the cutting's headline and text,
    its source line under it."""
    body = "".join(f"<p>{p}</p>" for p in _EN_STORY)
    return ("<!DOCTYPE html><html lang='en-GB'><head><title>From the Courier, 1958: a pool for Dunmore - Dunmore "
            "Heritage Group</title><meta property='og:title' content='From the Courier, 1958: a pool for Dunmore'>"
            "<meta property='og:site_name' content='Dunmore Heritage Group'></head><body>"
            "<div class='post-meta'><time datetime='2068-03-02'>Friday, 2 March 2068</time></div>"
            "<h1>From the Courier, 1958: a pool for Dunmore</h1>"
            f"<div class='post-body'>{heading}{body}</div>"
            f"<div class='source-note'><p><em>{source_line}</em></p>"
            "<p><em>Group note: the baths closed in 2031.</em></p></div></body></html>").encode()


def test_a_source_line_opening_on_from_dates_the_reprint_and_names_its_paper() -> None:
    article = read_page(_blog_reprint("From the Dunmore Courier, Tuesday 4 March 1958, page 3."))
    assert article is not None
    assert article.published.value == dt.date(1958, 3, 4)
    assert article.publisher.value == "Dunmore Courier"
    assert "From the Dunmore Courier" not in article.text
    assert article.text.split("\n\n")[0] == _EN_STORY[0]


def test_the_reprinted_headline_set_as_a_heading_above_the_text_is_the_title() -> None:
    article = read_page(_blog_reprint("Reprinted from the Dunmore Courier, Tuesday 4 March 1958."))
    assert article is not None
    assert article.title.value == "Swimming baths open at last"
    # a sentence over the text is no headline: the post's title stays
    article = read_page(_blog_reprint("From the Dunmore Courier, Tuesday 4 March 1958.",
                                      heading="<h2>It was a cold spring in the town.</h2>"))
    assert article.title.value == "From the Courier, 1958: a pool for Dunmore"


def test_a_story_sentence_opening_on_from_is_no_source_line() -> None:
    story = _EN_STORY[:-1] + ["From Monday, 3 March 2064, the baths will open an hour earlier."]
    body = "".join(f"<p>{p}</p>" for p in story)
    page = ("<!DOCTYPE html><html lang='en'><head><meta property='og:title' content='Baths to open earlier'>"
            "<meta property='og:site_name' content='Dunmore Courier'>"
            "<meta property='article:published_time' content='2068-03-02T08:00:00Z'></head><body><article>"
            f"<h1>Baths to open earlier</h1>{body}</article></body></html>").encode()
    article = read_page(page)
    assert article.published.value == dt.date(2068, 3, 2)
    assert article.text.endswith("will open an hour earlier.")


def test_a_french_source_line_opening_on_extrait_dates_the_reprint() -> None:
    story = ["La piscine municipale de Varennes a ouvert samedi après-midi devant quelque 400 personnes.",
             "Le bassin, construit sur l'emplacement de l'ancienne tannerie, a coûté 38 millions de francs.",
             "« Chaque enfant de la ville apprendra à nager », a promis le maire, M. Fernand Toulier.",
             "La piscine restera ouverte jusqu'à la fin du mois de septembre."]
    body = "".join(f"<p>{p}</p>" for p in story)
    page = ("<!DOCTYPE html><html lang='fr'><head><meta property='og:title' content='Il y a cent ans : la piscine'>"
            "<meta property='og:site_name' content='Les Amis du vieux Varennes'></head><body>"
            "<p class='meta'><time datetime='2058-06-14'>14 juin 2058</time></p><h1>Il y a cent ans : la piscine</h1>"
            f"<div class='billet'>{body}<p><em>Extrait de L'Écho de Varennes, samedi 14 juin 1958, page 5.</em></p>"
            "</div></body></html>").encode()
    article = read_page(page)
    assert article.published.value == dt.date(1958, 6, 14)
    assert "Extrait de" not in article.text


@pytest.mark.parametrize(("a", "b", "same"), [
    ("The Harwick Gazette", "Harwick Evening Gazette", True),  # a word dropped from the name
    ("Le Réveil du Causse", "Le Réveil hebdomadaire du Causse", True),
    ("The Times", "The Harwick Times", False),  # one word in common is no name
    ("Harwick Heritage Society", "Harwick Evening Gazette", False),
    ("Gazette of Harwick", "Harwick Gazette", False),  # the words in another order
])
def test_same_paper_under_an_older_or_shorter_name(a: str, b: str, same: bool) -> None:
    assert _same_paper(a, b) is same


def _library_record(*, available: str, title_h3: str) -> bytes:
    """A library's page for a digitised article: its Dublin Core record, the viewer's boxes, the OCR text under an
    upper-case headline, the readers' contributions."""
    story = ["Le conseil municipal de Bérac a voté mardi soir la construction d'un lavoir couvert place du Puits.",
             "Les travaux, confiés à l'entreprise Vialle, commenceront en septembre et dureront trois mois.",
             "« Les femmes ne laveront plus sous la pluie », a déclaré le maire, M. Henri Sarrat.",
             "Le devis s'élève à 2 millions de francs, dont la moitié à la charge du département."]
    body = "".join(f"<p>{p}</p>" for p in story)
    return ("<!DOCTYPE html><html lang='fr'><head><title>Un lavoir couvert pour Bérac - Bibliothèque numérique</title>"
            "<meta name='DC.title' content='Un lavoir couvert pour Bérac'><meta name='DC.source' "
            "content='Le Petit Béracois'><meta name='DC.date' content='1953-05-16'>"
            f"<meta name='DCTERMS.available' content='{available}'>"
            "<meta property='og:site_name' content='Bibliothèque numérique de Bérac'>"
            "<meta property='og:title' content='Un lavoir couvert pour Bérac'></head><body><main>"
            "<section class='fiche'><h2>Notice</h2><dl><dt>Titre</dt><dd>Le Petit Béracois</dd>"
            "<dt>Date</dt><dd>samedi 16 mai 1953</dd><dt>Numéro</dt><dd>812</dd></dl></section>"
            "<section class='texte'><h2>Texte de l'article</h2>"
            "<p class='alerte'>Texte issu de la reconnaissance optique des caractères (OCR). Il peut contenir des "
            f"erreurs.</p><div class='ocr'><h3>{title_h3}</h3>{body}</div></section>"
            "<section class='apports'><h2>Contributions des lecteurs (1)</h2><ul><li>mdupuy – "
            "<time datetime='2066-02-01'>01/02/2066</time> : Mon grand-père a posé la charpente.</li></ul></section>"
            "</main></body></html>").encode()


def test_a_library_record_names_the_paper_and_its_viewer_boxes_are_cut() -> None:
    article = read_page(_library_record(available="2065-11-03", title_h3="UN LAVOIR COUVERT POUR BERAC"))
    assert article.published.value == dt.date(1953, 5, 16)
    assert article.publisher.value == "Le Petit Béracois"
    assert article.title.value == "Un lavoir couvert pour Bérac"
    assert article.text.startswith("Le conseil municipal de Bérac a voté mardi soir")  # no heading, no OCR warning
    assert "grand-père" not in article.text and "Contributions" not in article.text


def test_a_record_put_online_the_same_year_keeps_the_site_as_publisher() -> None:
    # nothing says the page is an archive's copy of an older item: og:site_name stays the publisher
    article = read_page(_library_record(available="1953-05-20", title_h3="UN LAVOIR COUVERT POUR BERAC"))
    assert article.publisher.value == "Bibliothèque numérique de Bérac"


def _magazine(after: str) -> bytes:
    """A magazine's article with a box after the text."""
    story = ["The Alder Street skate park will close for six weeks from Monday while its ramps are rebuilt.",
             "The city's parks department said the work would cost $410,000.",
             "\"We waited three years for this,\" said Lena Ortiz, who runs the park's Saturday lessons."]
    body = "".join(f"<p>{p}</p>" for p in story)
    return ("<!DOCTYPE html><html lang='en-US'><head><meta property='og:title' content='Skate park to close for "
            "repairs'><meta property='og:site_name' content='Alder Monthly'>"
            "<meta property='article:published_time' content='2066-04-02T09:00:00Z'></head><body><article>"
            f"<h1>Skate park to close for repairs</h1><div class='rich-text'>{body}</div>{after}</article>"
            "</body></html>").encode()


def test_a_supporters_box_priced_plainly_is_cut() -> None:
    box = ("<div class='box-b'><h4>Alder Monthly is independent</h4><p>We answer to readers, not to developers. A "
           "digital subscription costs $4 a month.</p><a href='/join'>Join</a></div>")
    article = read_page(_magazine(box))
    assert "independent" not in article.text and "subscription" not in article.text
    assert article.text.endswith("who runs the park's Saturday lessons.")


def test_a_subscription_price_the_story_reports_stays() -> None:
    line = "<p>A print subscription is $36 a year, the paper's new owner said on Tuesday.</p>"
    article = read_page(_magazine(line))
    assert article.text.endswith("the paper's new owner said on Tuesday.")


# A year opening a sentence, an aside after its comma, then the clause: the clause's month is the year's.
@pytest.mark.parametrize(("lang", "sentence", "month", "value"), [
    ("en", "In 2019, after a long row over parking, the council closed the market hall in October.", "October",
     "2019-10"),
    ("en", "In 2017, despite two petitions, the trust had sold the orchard in May.", "May", "2017-05"),
    ("fr", "En 2018, après un hiver sans neige, la station avait fermé ses pistes en février.", "février", "2018-02"),
    ("fr", "En 2016, malgré l'avis du préfet, la commune a vendu la forêt en novembre.", "novembre", "2016-11"),
    # the aside's own clause is no break when the date is in it
    ("en", "In 2019, after the flood in March, the council closed the quay.", "March", "2019-03"),
])
def test_a_month_after_a_years_aside_is_of_that_year(lang: str, sentence: str, month: str, value: str) -> None:
    from generator.extract.temporal import tag_dates

    found = {m.text.split()[-1]: m.value for m in tag_dates(sentence, dt.date(2024, 6, 10), lang)}
    assert found[month] == value


@pytest.mark.parametrize(("lang", "sentence", "month"), [
    # after the aside, another clause or the present: the month is read against publication
    ("en", "In 2019, after the flood, the council promised repairs, which began in March.", "March"),
    ("en", "In 2019, after the flood, the council now says the quay will reopen in March.", "March"),
    ("fr", "En 2019, après la crue, la mairie a promis des travaux, qui ont commencé en mars.", "mars"),
    # a comma in a list is no aside: "In 2019, the town, the county and the state …" keeps its own reading
    ("en", "In 2019, the flood closed the quay, and the ferry stopped in March.", "March"),
])
def test_a_month_past_a_years_aside_and_another_clause_is_not_that_year(lang: str, sentence: str, month: str) -> None:
    from generator.extract.temporal import tag_dates

    found = {m.text.split()[-1]: m.value for m in tag_dates(sentence, dt.date(2024, 6, 10), lang)}
    assert not found[month].startswith("2019")


def test_a_news_page_updated_years_later_keeps_its_site_as_publisher() -> None:
    # dated by Open Graph, not by a library's record: its Dublin Core publisher (the group) is not the paper
    page = _magazine("").replace(b"<meta property='og:site_name' content='Alder Monthly'>",
                                 b"<meta property='og:site_name' content='Alder Monthly'>"
                                 b"<meta name='DC.publisher' content='Rivergate Media Group'>"
                                 b"<meta property='article:modified_time' content='2068-09-01T10:00:00Z'>")
    article = read_page(page)
    assert article.published.value == dt.date(2066, 4, 2)
    assert article.publisher.value == "Alder Monthly"
