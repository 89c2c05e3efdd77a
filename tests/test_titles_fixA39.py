"""Event titles of session 39's mender A: an event told in the speaker's own voice reads as the fact, not the saying."""

from __future__ import annotations

import datetime as dt

from test_extract_events import extract

PUB = dt.date(2026, 6, 10)


def titles(text: str, language: str) -> list[tuple[str, str, str]]:
    """The (kind, date, title) of every event and claim, in the order extracted."""
    return [(c.kind, c.date.iso(), c.title) for c in extract(text, language, PUB)]


def test_the_fact_leaves_its_date_words_the_saying_keeps_them():
    # The claim is the saying (June, publication), the event the fact (March): two cards, two titles.
    assert sorted(titles("“I closed the shop in March,” said Ada Brook.", "en")) == [
        ("claim", "2026-06-10", "Ada Brook: “I closed the shop in March”"),
        ("event", "2026-03", "Ada Brook: “I closed the shop”"),
    ]
    assert sorted(titles("« On nous avait promis en mars que le gymnase resterait ouvert », regrette Gaëtan Moreuil.",
                         "fr")) == [
        ("claim", "2026-06-10", "Gaëtan Moreuil : « On nous avait promis en mars que le gymnase resterait ouvert »"),
        ("event", "2026-03", "Gaëtan Moreuil : « On nous avait promis que le gymnase resterait ouvert »"),
    ]


def test_an_opening_date_goes_with_its_comma_and_the_next_word_opens_the_title():
    assert ("event", "2026-03", "Paul Vidal : « J’ai fermé la boutique »") in titles(
        "« En mars, j’ai fermé la boutique », raconte Paul Vidal.", "fr")
    assert ("event", "2026-W23", "Mia Croft: “We found the leak in the roof”") in titles(
        "“Last week, we found the leak in the roof,” said Mia Croft.", "en")


def test_the_word_that_joined_a_date_leaves_with_it():
    # « puis » joined « en avril » to « en février »: alone between two commas it joins nothing.
    found = titles("« J’ai écrit au préfet en février, puis en avril, sans réponse », raconte Lucienne Parmentier.", "fr")
    assert ("event", "2026-04", "Lucienne Parmentier : « J’ai écrit au préfet en février, sans réponse »") in found
    assert ("event", "2026-02", "Lucienne Parmentier : « J’ai écrit au préfet, puis en avril, sans réponse »") in found


def test_an_event_title_never_repeats_its_claim_s_title():
    texts = [
        ("“We reopened the mill in 2019,” said Tom Hale.", "en"),
        ("“Then I wrote to the mayor on Tuesday,” said Ada Brook.", "en"),
        ("« Nous avons déposé le dossier le 3 mai », précise Inès Garnier.", "fr"),
        ("« La dernière fois, on a vu la crue remonter à l’hiver 1994 », dit Jules Marec.", "fr"),
    ]
    for text, language in texts:
        found = titles(text, language)
        claims = {title for kind, _, title in found if kind == "claim"}
        events = [title for kind, _, title in found if kind == "event"]
        assert events and not claims & set(events), (text, found)


def test_the_words_a_date_completed_go_with_it():
    # "all [Friday]", « tout [l’hiver] », "talked about [the winter of 1963]": left alone they complete nothing.
    assert ("event", "2026-06-05", "Tom Hale: “I was on the phone calling every baker in town”") in titles(
        "“I was on the phone all Friday calling every baker in town,” said Tom Hale.", "en")
    assert ("event", "2025-WI", "Jules Marec : « On a joué dans la boue, sans vestiaires »") in titles(
        "« On a joué tout l’hiver dans la boue, sans vestiaires », dit Jules Marec.", "fr")
    assert ("event", "1963-WI", "Ada Brook: “My mother talked as if nothing could beat it”") in titles(
        "“My mother talked about the winter of 1963 as if nothing could beat it,” said Ada Brook.", "en")
    assert ("event", "2025-12-25", "Tom Hale: “We had two cancellations for weather”") in titles(
        "“Over Christmas we had two cancellations for weather,” said Tom Hale.", "en")
