"""Merging (issue 10), session 44: the merge bench's choice of gold mention for a quote, and a sentence that names
one more of a kind (« un second arrêté », "a separate order").

Every sentence was written for these tests; the dates were worked out by hand from the publication days.
"""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from bench.merge_quality import _find
from generator.dates import TimelineDate
from generator.extract.events import extract_events
from generator.extract.stories import mention
from generator.model import Source


def _extracted(source: str, quote: str, date: str, date_text: str | None) -> SimpleNamespace:
    """An extracted mention as the bench reads it: its source, kind, quote and date."""
    candidate = SimpleNamespace(kind="event", quote=quote, date=TimelineDate.parse(date), date_text=date_text)
    return SimpleNamespace(source=source, candidate=candidate)


def _gold(fact: str, text: str) -> tuple[dict, int, dict]:
    """One gold fact of one undated mention in article "a"."""
    return ({"id": fact, "kind": "event"}, 0, {"source": "a", "text": text})


def test_a_sentence_stands_for_the_gold_that_quotes_it_whole_not_for_a_clause_of_it_whatever_the_fact_ids() -> None:
    sentence = "The town of Ferlac fined its bus operator 40,000 euros, a year after the timetable collapsed."
    quote = _extracted("a", sentence, "2031-05-06", None)
    for whole, clause in (("aaa-fine", "zzz-collapse"), ("zzz-fine", "aaa-collapse")):
        golds = [_gold(clause, "a year after the timetable collapsed"), _gold(whole, sentence)]
        found = _find(golds, [quote])
        assert list(found) == [(whole, 0)], (whole, clause)


def test_the_clause_quoted_alone_stands_for_its_own_gold_beside_the_whole_sentence() -> None:
    sentence = "The town of Ferlac fined its bus operator 40,000 euros, a year after the timetable collapsed."
    mentions = [_extracted("a", sentence, "2031-05-06", None),
                _extracted("a", "a year after the timetable collapsed", "2031-05-06", None)]
    golds = [_gold("aaa-collapse", "a year after the timetable collapsed"), _gold("zzz-fine", sentence)]
    found = _find(golds, mentions)
    assert found[("zzz-fine", 0)] is mentions[0] and found[("aaa-collapse", 0)] is mentions[1]


def _mentions(source: str, language: str, published: dt.date, text: str) -> list:
    """The mentions merging reads from a one-paragraph article (its supports too, as `extract` gives them)."""
    article = Source(id=source, title="Titre", published=published, language=language, text=text)
    return [mention(c, published, language) for c in extract_events(article, [], support=True)]


def _more_of(language: str, text: str) -> frozenset[tuple[str, int]]:
    """The concepts a one-sentence article's main mention gives as one more of their kind."""
    found = _mentions("x", language, dt.date(2040, 2, 8), text)
    return next(m for m in found if not m.candidate.support).more_of


def test_one_more_of_a_kind_is_read_in_both_languages_and_a_plain_telling_gives_none() -> None:
    assert _more_of("fr", "Mardi soir, un second arrêté préfectoral a interdit la baignade dans la Lèze.") == {
        ("decree", 2)}
    # An authority's order is a decree, as « arrêté » is; alone, "order" is a purchase's.
    assert _more_of("en", "On Tuesday evening a separate prefectoral order banned swimming in the Leze.") == {
        ("decree", 0)}
    assert _more_of("en", "On Tuesday evening another order banned swimming in the Leze.") == {("order", 0)}
    assert _more_of("fr", "Par un troisième arrêté, signé vendredi, le préfet a levé l'interdiction.") == {("decree", 3)}
    assert _more_of("fr", "Le préfet a signé mardi un arrêté préfectoral fermant la déchetterie de Sorgues.") == set()


def _scores(*articles: tuple[str, str, dt.date, str]) -> dict[tuple[str, str], float]:
    """The pair score of every two main mentions of these one-paragraph articles (source, language, publication,
    text), by their quotes' first words."""
    from generator.extract.stories import _pair_score, mentions_by_source, prepare

    found = [m for source, language, published, text in articles for m in _mentions(source, language, published, text)
             if not m.candidate.support]
    weights, by_source = prepare(found), mentions_by_source(found)
    return {(a.candidate.quote[:12], b.candidate.quote[:12]): _pair_score(a, b, weights, by_source)
            for a in found for b in found if a.source < b.source}


def test_a_second_decree_scores_nothing_with_the_decree_its_own_article_told_first() -> None:
    # Tuesday 7 February 2040: the prefect closed the Sorgues landfill by decree, and that evening banned swimming in
    # the Lèze by a second one; the other article names the landfill's decree of that day.
    scores = _scores(("a", "fr", dt.date(2040, 2, 8), "Le préfet Jules Cambon a signé mardi un arrêté préfectoral "
                                                     "fermant la déchetterie de Sorgues. Le soir même, un second arrêté "
                                                     "préfectoral a interdit la baignade dans la Lèze."),
                     ("b", "fr", dt.date(2040, 2, 9), "La déchetterie de Sorgues reste close depuis l'arrêté "
                                                     "préfectoral du 7 février."))
    assert scores[("Le préfet Ju", "La déchetter")] > 0
    assert scores[("Le soir même", "La déchetter")] == 0


def test_one_more_decree_and_a_plain_one_two_days_before_are_two_decrees() -> None:
    # Saturday 10 March 2040: « jeudi » is the 8th; the other article's decree is of Tuesday the 6th.
    scores = _scores(("a", "fr", dt.date(2040, 3, 10), "Le préfet Jules Cambon a signé jeudi un second arrêté "
                                                      "préfectoral, qui autorise des tirs sur les étourneaux du jardin "
                                                      "des Carmes."),
                     ("b", "fr", dt.date(2040, 3, 7), "Le préfet Jules Cambon a signé mardi un arrêté préfectoral "
                                                     "autorisant l'effarouchement des étourneaux du jardin des Carmes."))
    assert scores[("Le préfet Ju", "Le préfet Ju")] == 0


def test_a_second_and_a_third_decree_are_two_decrees_in_either_language() -> None:
    scores = _scores(("a", "fr", dt.date(2040, 3, 9), "Jeudi, un second arrêté préfectoral a autorisé des tirs sur "
                                                     "les étourneaux du jardin des Carmes."),
                     ("b", "fr", dt.date(2040, 3, 12), "Par un troisième arrêté, signé vendredi, le préfet a suspendu "
                                                      "les tirs sur les étourneaux du jardin des Carmes."),
                     ("c", "en", dt.date(2040, 3, 12), "A first order, signed on March 6, let the town scare the "
                                                      "starlings of the Carmes garden away with fireworks."))
    assert scores[("Jeudi, un se", "Par un trois")] == 0
    assert scores[("Jeudi, un se", "A first orde")] == 0
