"""Mends of review 48 on e080189 (an archive's old article dated wherever the archive presents its item): a name and a
full day in a caption or a description is no paper's issue without a cue of one on an archive's copy of an old text, a
reader's call is cut only with a contact, a record's table row dates only an archive's item; with invented pages."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.page import read_page

_EN_STORY = ["Tributes have been paid to a Kelsworth mother who died in a crash on the A38 in June 2019.",
             "Sarah Wells, 34, was driving home from work when her car left the road near the bypass.",
             "Her family said she was \"the heart of every room\" and thanked the emergency services.",
             "An inquest into her death opened at the county coroner's court on Tuesday morning.",
             "The coroner adjourned the hearing to allow the police to finish their investigation.",
             "A memorial walk will be held along the route of the bypass later this spring."]


def _en_page(stamp: str, head: str = "", before: str = "", story: list[str] | None = None,
             site: str = "Kelsworth Herald") -> bytes:
    """A news page of the ``stamp``'s day with its own og:site_name."""
    paragraphs = "".join(f"<p>{p}</p>" for p in story or _EN_STORY)
    return ("<!DOCTYPE html><html lang='en'><head><meta property='og:title' content='Tributes to crash victim'>"
            f"<meta property='og:site_name' content='{site}'>"
            f"<meta property='article:published_time' content='{stamp}T09:00:00Z'>{head}</head><body><article>"
            f"<h1>Tributes to crash victim</h1>{before}{paragraphs}</article></body></html>").encode()


def _figure(caption: str) -> str:
    """A photo in the text's own box with its caption."""
    return f"<figure><img src='/a.jpg' alt=''><figcaption>{caption}</figcaption></figure>"


def _description(text: str) -> str:
    """The page's meta description."""
    return f"<meta name='description' content=\"{text}\">"


@pytest.mark.parametrize("head, before", [
    ("", _figure("Floral tributes on the A38 near Kelsworth, 15 June 2019.")),
    (_description("Sarah Wells died on the A38 at Kelsworth on 14 June 2019."), ""),
    (_description("The crash was first reported in the Kelsworth Herald on 15 June 2019."), ""),
])
def test_a_place_and_a_day_of_a_story_some_years_old_is_no_paper_s_issue(head: str, before: str) -> None:
    article = read_page(_en_page("2026-03-04", head=head, before=before))
    assert article.published.value == dt.date(2026, 3, 4)
    assert article.publisher.value == "Kelsworth Herald"


def test_an_anniversary_story_s_caption_of_the_old_day_is_no_paper_s_issue() -> None:
    story = ["Forty years ago this week, miners at Kelsworth Colliery walked out on strike in March 1984.",
             "The pit, which employed more than 900 men, never reopened after the dispute ended.",
             "Former pickets gathered at the old gates on Sunday to remember the men and their families.",
             "\"We stood together, and we would do it again,\" said Tom Hale, who was 19 at the time.",
             "A plaque naming every man who worked at the pit was unveiled by the mayor.",
             "The heritage group hopes to open a small museum on the site of the winding house."]
    article = read_page(_en_page("2024-03-04", before=_figure("Pickets at Kelsworth Colliery, Monday 5 March 1984."),
                                 story=story))
    assert article.published.value == dt.date(2024, 3, 4)
    assert article.publisher.value == "Kelsworth Herald"


_FR_STORY = ["Il y a quatre-vingt-dix ans, la minoterie Grandjouan de Vaudrenne était détruite par un incendie.",
             "Une cinquantaine d'habitants se sont réunis samedi devant les ruines pour se souvenir du sinistre.",
             "Le feu, parti d'un séchoir dans la nuit, avait ravagé le bâtiment en quelques heures.",
             "« Mon grand-père y travaillait, il en parlait encore à la fin de sa vie », a confié Marie Roux.",
             "La municipalité envisage de poser une plaque sur le mur de l'ancien moulin.",
             "Une exposition de photographies d'époque est présentée à la médiathèque jusqu'à la fin du mois."]


def _fr_page(head: str = "", before: str = "") -> bytes:
    """A local paper's commemoration of 2021."""
    paragraphs = "".join(f"<p>{p}</p>" for p in _FR_STORY)
    return ("<!DOCTYPE html><html lang='fr'><head><meta property='og:title' content=\"Il y a 90 ans, l'incendie\">"
            "<meta property='og:site_name' content=\"L'Avenir de la Vaudrenne\">"
            f"<meta property='article:published_time' content='2021-10-24T08:00:00Z'>{head}</head><body><article>"
            f"<h1>Il y a 90 ans, l'incendie de la minoterie</h1>{before}{paragraphs}</article></body></html>").encode()


@pytest.mark.parametrize("head, before", [
    ("", _figure("La minoterie de Vaudrenne, le 23 octobre 1931, au lendemain de l'incendie.")),
    (_description("Comme l'écrivait Le Petit Journal du 24 octobre 1931, le feu a tout emporté en une nuit."), ""),
])
def test_a_commemoration_s_caption_or_description_of_the_old_day_is_no_paper_s_issue(head: str, before: str) -> None:
    article = read_page(_fr_page(head=head, before=before))
    assert article.published.value == dt.date(2021, 10, 24)
    assert article.publisher.value == "L'Avenir de la Vaudrenne"


@pytest.mark.parametrize("line", [
    "Une réaction ? Le maire, Jean Dupuis, n'a pas souhaité s'exprimer lundi.",
    "Un avis ? Le registre est ouvert en mairie jusqu'au 30 avril, aux heures d'ouverture.",
    "Une histoire ? Non, un drame, répète la mère de la victime.",
    "Donnez votre avis sur le projet lors de la réunion publique de jeudi, à 19 heures, salle des fêtes.",
    "Une réaction ? L'opposition, menée par Paul Roux, a dénoncé « un budget de façade » et voté contre.",
])
def test_a_french_sentence_opening_on_a_question_is_the_text_s_last_line(line: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in _FR_STORY[:4])
    page = ("<!DOCTYPE html><html lang='fr'><head><meta property='og:title' content='Le budget voté'>"
            "<meta property='og:site_name' content=\"L'Avenir de la Vaudrenne\">"
            "<meta property='article:published_time' content='2026-03-04T08:00:00Z'></head><body><article>"
            f"<h1>Le budget voté</h1>{paragraphs}<p>{line}</p></article></body></html>").encode()
    assert read_page(page).text.split("\n\n")[-1] == line


def test_an_english_sentence_opening_on_a_question_is_the_text_s_last_line() -> None:
    line = "Do you have a view? The council says every response will be read before the cabinet decides in June."
    article = read_page(_en_page("2026-03-04", story=[*_EN_STORY[:4], line]))
    assert article.text.split("\n\n")[-1] == line


@pytest.mark.parametrize("call", [
    "Vous avez une info ? Écrivez-nous à redaction@avenir-vaudrenne.fr ou appelez le 03 21 45 67 89.",
    "Have your say: email letters@kelsworthherald.co.uk or call 01632 960 123.",
])
def test_a_call_to_write_in_with_a_contact_stays_the_site_s(call: str) -> None:
    article = read_page(_en_page("2026-03-04", story=[*_EN_STORY[:4], call]))
    assert article.text.split("\n\n")[-1] == _EN_STORY[3]


def test_a_modern_book_review_s_info_box_does_not_date_the_review() -> None:
    box = ("<table class='fiche'><tr><th>Éditeur</th><td>Gallimard</td></tr>"
           "<tr><th>Date de parution</th><td>3 janvier 2024</td></tr></table>")
    story = ["Le nouveau roman de Claire Vernet suit une famille de meuniers pendant la grande crue.",
             "L'autrice y revient sur les lieux de son enfance, au bord de la Vaudrenne.",
             "« J'ai voulu écrire le livre que ma grand-mère n'a pas pu écrire », confie-t-elle.",
             "Le récit alterne les voix de trois générations, avec une grande justesse.",
             "On referme le livre avec l'envie de relire les premières pages."]
    page = ("<!DOCTYPE html><html lang='fr'><head><meta property='og:title' content='Le roman de la crue'>"
            "<meta property='og:site_name' content=\"L'Avenir de la Vaudrenne\">"
            "<meta property='article:published_time' content='2026-05-02T08:00:00Z'></head><body><article>"
            "<h1>Le roman de la crue</h1>" + box + "".join(f"<p>{p}</p>" for p in story)
            + "</article></body></html>").encode()
    assert read_page(page).published.value == dt.date(2026, 5, 2)


def test_a_pasted_text_s_last_sentence_opening_on_a_question_stays() -> None:
    from generator.extract.segment import paragraphs

    last = "Une réaction ? L'opposition, menée par Paul Roux, a dénoncé « un budget de façade » et voté contre."
    text = "\n\n".join([*_FR_STORY[:3], last])
    assert paragraphs(text)[-1].text == last
    call = "Vous avez une info ? Écrivez-nous à redaction@avenir-vaudrenne.fr."
    assert paragraphs("\n\n".join([*_FR_STORY[:3], call]))[-1].text == _FR_STORY[2]
