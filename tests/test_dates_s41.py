"""Dates read by the tagger in session 41, each value worked out by hand against a calendar."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates

PUB = dt.date(2031, 5, 14)  # a Wednesday


def found(text: str, lang: str, refs: bool = False) -> list[tuple[str, str]]:
    """(text, value) of every date the tagger reads in text."""
    return [(m.text, m.value) for m in tag_dates(text, PUB, lang, refs=refs)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Volunteers repainted the village's 18th-century pump house on Saturday."),
    ("en", "A 16th century tithe barn near the ford was sold at auction."),
    ("en", "The early 20th-century lido is to be listed."),
    ("fr", "Un retable du XVe siècle a été restauré par l'atelier de Brignac."),
    ("fr", "Les fouilles ont livré une villa datée du IIIe ou du IVe siècle."),
])
def test_a_century_saying_how_old_a_thing_is_dates_nothing(lang: str, text: str) -> None:
    assert not [v for _, v in found(text, lang) if v.endswith("XX")]


@pytest.mark.parametrize("lang, text, value", [
    ("en", "The abbey was founded in the 11th century by monks from Cluny.", "10XX"),
    ("en", "Since the 17th century the fair has been held on the green.", "16XX"),
    ("fr", "Le pont a été bâti au XIIIe siècle.", "12XX"),
    ("fr", "À partir du XVIe siècle, les marais ont été drainés.", "15XX"),
    ("fr", "Au cours du XVIIIe siècle, le bourg a doublé.", "17XX"),
])
def test_a_century_after_a_word_of_time_stays_a_date(lang: str, text: str, value: str) -> None:
    assert [v for _, v in found(text, lang)] == [value]


def test_timeml_mode_still_tags_a_century_of_a_thing() -> None:
    assert [v for _, v in found("Un retable du XVe siècle a été restauré.", "fr", refs=True)] == ["14XX"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Florists say rose prices climb every year in the run-up to Valentine's Day."),
    ("en", "The New Year's Day dip, held each year off the slipway, draws hundreds."),
    ("en", "The toy shop takes half its annual turnover in the fortnight around Black Friday."),
    ("fr", "Les fleuristes vendent chaque année des roses pour la Saint-Valentin."),
    ("fr", "La boutique fait le tiers de ses ventes annuelles pour la Saint-Valentin."),
])
def test_a_feast_in_a_clause_that_says_every_year_is_a_habit(lang: str, text: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Florists say rose prices climb in the run-up to Valentine's Day."),
    ("en", "The toy shop takes half its turnover in the fortnight around Black Friday."),
    ("fr", "Les fleuristes vendent des roses pour la Saint-Valentin."),
])
def test_the_same_feast_without_a_frequency_is_a_date(lang: str, text: str) -> None:
    assert len(found(text, lang)) == 1


@pytest.mark.parametrize("lang, text, value", [
    # the frequency belongs to another clause or stands far off: this year's feast
    ("en", "The market will trade on Boxing Day, when the square usually stands empty.", "2031-12-26"),
    ("en", "The regatta, which has run every year since the war, will be held on Whit Monday.", "2031-06-02"),
    ("fr", "La boutique fermera à la Toussaint.", "2031-11-01"),
])
def test_a_feast_away_from_a_frequency_stays_a_date(lang: str, text: str, value: str) -> None:
    assert [v for _, v in found(text, lang)] == [value]


@pytest.mark.parametrize("lang, text, said, value", [
    # the day told is the reopening's, not the closure that started the period
    ("en", "The ferry was cleared to sail again on March 20. The service, suspended since the ramp failed on "
           "February 9, resumed the next day.", "the next day", "2031-03-21"),
    ("en", "Inspectors passed the pool on April 28. The pool, shut since January 6, reopened the next day.",
     "the next day", "2031-04-29"),
    ("fr", "Le laboratoire a rendu ses analyses jeudi 8 mai. Le captage, fermé depuis le lundi 14 avril, a rouvert "
           "le lendemain.", "le lendemain", "2031-05-09"),
])
def test_the_next_day_repeats_the_day_told_not_a_periods_start(lang: str, text: str, said: str, value: str) -> None:
    assert (said, value) in found(text, lang)


def test_the_next_day_after_a_periods_start_alone_counts_from_it() -> None:
    assert ("The next day", "2031-04-05") in found("The bridge has been shut since April 4. The next day, divers "
                                                    "found a crack in the pier.", "en")


@pytest.mark.parametrize("lang, text, said, value", [
    # the Monday after the Sunday told, though it lies ahead: not the coming Monday (2031-05-19)
    ("fr", "Le dernier concert aura lieu le dimanche 1er juin. Le comité a convoqué les bénévoles pour le lundi "
           "suivant.", "le lundi", "2031-06-02"),
    ("en", "The final round is on Sunday, June 1. The club will hold its awards night on the following Monday.",
     "Monday", "2031-06-02"),
    ("en", "The show opens on Saturday 7 June. The stalls will be taken down the Sunday after.", "Sunday",
     "2031-06-08"),
])
def test_a_following_weekday_told_ahead_counts_from_the_day_told(lang: str, text: str, said: str, value: str) -> None:
    assert (said, value) in found(text, lang)


def test_a_weekday_before_a_fact_is_not_counted_from_the_day_told() -> None:
    # "the Friday before the vote": the vote's Friday, unknown here; not the Friday before June 7
    assert ("Friday", "2031-06-06") not in found("The show opens on Saturday 7 June. Staff will strike on the "
                                                 "Friday before the vote.", "en")


def test_a_weekday_after_a_feast_is_not_counted_from_the_day_told() -> None:
    assert ("Monday", "2031-06-02") not in found("The final round is on Sunday, June 1. The club will reopen on the "
                                                 "Monday after Easter.", "en")
