"""Merging (issue 10), session 45: two events of one day that share no word the lexicon knows are weighed by the
learned score (not held at nothing), unless a year or a season dates them.

Every sentence was written for these tests; the dates were worked out by hand from the publication days.
"""
from __future__ import annotations

import datetime as dt

from generator.extract.events import extract_events
from generator.extract.stories import MERGE_SCORE, _pair_score, mention, mentions_by_source, prepare
from generator.model import Source


def _scores(*articles: tuple[str, str, dt.date, str]) -> dict[tuple[str, str], float]:
    """The pair score of every two main mentions of these one-paragraph articles (source, language, publication,
    text), by their quotes' first words."""
    found = []
    for source, language, published, text in articles:
        article = Source(id=source, title="Titre", published=published, language=language, text=text)
        found += [mention(c, published, language) for c in extract_events(article, [], support=True)
                  if not c.support]
    weights, by_source = prepare(found), mentions_by_source(found)
    return {(a.candidate.quote[:12], b.candidate.quote[:12]): _pair_score(a, b, weights, by_source)
            for a in found for b in found if a.source < b.source}


def _two_articles(published: dt.date, french: str, english: str) -> dict[tuple[str, str], float]:
    """_scores of a French and an English article published the same day."""
    return _scores(("a-fr", "fr", published, french), ("b-en", "en", published, english))


def test_a_walkout_told_in_two_languages_with_no_word_in_common_is_weighed_by_its_day_and_names() -> None:
    # Tuesday 12 March 2041, in both articles; each tells a second fact of that day, so no lone-telling rule applies.
    scores = _two_articles(
        dt.date(2041, 3, 13),
        "Mardi matin, les agents de Verbus ont cessé le travail à Colvent. "
        "Mardi soir, le maire de Colvent a reçu les représentants du personnel à l'hôtel de ville.",
        "In Colvent, Verbus crews walked out on Tuesday morning. "
        "On Tuesday evening the mayor met staff representatives at the town hall.")
    walkout = scores[("Mardi matin,", "In Colvent, ")]
    assert walkout >= MERGE_SCORE
    assert walkout > scores[("Mardi soir, ", "In Colvent, ")]  # the evening's meeting tells it less


def test_two_facts_of_last_year_that_share_nothing_stay_at_no_score() -> None:
    # A year holds many facts of a story: a volume brewed and a turnover, both "last year" (2040), are two facts.
    brewed = "La brasserie Vintrel a produit 180 000 hectolitres l'an dernier."
    sold = "Vintrel reported sales of 3.4 million euros last year."
    opened = "L'an dernier, Vintrel a aussi ouvert un entrepôt à Sarles."
    scores = _two_articles(dt.date(2041, 2, 3), f"{brewed} {opened}",
                           f"{sold} Last year the Sarles brewer also hired a new chief executive.")
    assert scores[("La brasserie", "Vintrel repo")] == 0.0
