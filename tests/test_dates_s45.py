"""Dates in session 45: rules of the calendar and days left out of a timetable told as habits, and seasons told in
the future seen from the past.

A frequency in the clause of "the last Sunday of October" or "le premier samedi de juillet" makes it a rule of the
calendar, no day (the month-part readers gave a day of the tense's year); the month of a day dropped as a habit is
dropped with it. The day left out of a daily timetable ("open every day except Monday", « tous les jours sauf lundi »)
is opening hours (in the past, with a timetable's verb or a stretch of time: test_dates_mend_s45). A season told in
the future seen from the past ("heard that the company planned to add a crossing in the autumn", « indiquait que les
ascenseurs seraient remplacés dès l'automne ») is the coming one, not the one gone months ago; a season that has just
ended may still be a plan not carried out, and stays the nearest. A plan made before another past (« avait garanti …
pour Pâques ») takes the nearest day; a weekday after a conditional reported with « qu'il » is the coming one.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates

# Thursday 12 June 2031: October is four months ahead, the last one eight months back
JUNE = dt.date(2031, 6, 12)
# Monday 17 March 2031: the autumn gone ended in November, the coming one starts in September
MARCH = dt.date(2031, 3, 17)
# Tuesday 23 September 2031: the summer ended three weeks ago
SEPTEMBER = dt.date(2031, 9, 23)


def values(text: str, language: str, published: dt.date) -> list[tuple[str, str]]:
    """Each date mention's words and value."""
    return [(m.text, m.value) for m in tag_dates(text, published, language)]


@pytest.mark.parametrize("text, language", [
    ("Le vide-greniers de Saint-Aubrac, organisé chaque année le premier dimanche de mai, attire les chineurs.", "fr"),
    ("La fête des bergers a lieu tous les ans le dernier samedi d'août sur le col.", "fr"),
    ("The regatta, held every year on the last Saturday of August, draws crowds to the quay.", "en"),
    ("The hill race is run each year on the first Sunday of September.", "en"),
    ("La foire aux fromages, organisée chaque année le 3 octobre, remplit la halle.", "fr"),
    ("After the refit, the cafe on the pier will serve breakfast daily except Tuesday.", "en"),
    ("Buses on the harbour loop will run every day but Sunday.", "en"),
    ("The archive room was open every day, except Tuesday, while the catalogue was redone.", "en"),
    ("La médiathèque sera ouverte tous les jours sauf lundi, de 10 heures à 19 heures.", "fr"),
    ("Le bac fonctionnera chaque jour, sauf le mercredi, jusqu'à la fin des travaux.", "fr"),
])
def test_a_rule_of_the_calendar_or_the_day_a_timetable_leaves_out_is_no_date(text: str, language: str) -> None:
    assert values(text, language, JUNE) == []


@pytest.mark.parametrize("text, language, expected", [
    ("Le vide-greniers aura lieu le premier dimanche d'octobre.", "fr",
     [("le premier dimanche d'octobre", "2031-10-05")]),
    ("The regatta will be held on the last Saturday of August.", "en",
     [("the last Saturday of August", "2031-08-30")]),
])
def test_the_same_day_told_once_is_still_a_date(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, language, JUNE) == expected


@pytest.mark.parametrize("text, language, words, value", [
    ("Shareholders heard that the ferry company planned to add a night crossing to Skerrow in the autumn.", "en",
     "in the autumn", "2031-FA"),
    ("The harbour master said the new pontoon would be in place in the autumn.", "en", "in the autumn", "2031-FA"),
    ("Dans un courrier aux locataires, l'office HLM indiquait que les ascenseurs seraient remplacés dès l'automne.",
     "fr", "dès l'automne", "2031-FA"),
])
def test_a_season_told_in_the_future_seen_from_the_past_is_the_coming_one(text: str, language: str, words: str,
                                                                         value: str) -> None:
    assert (words, value) in values(text, language, MARCH)


@pytest.mark.parametrize("text, language, words", [
    ("L'architecte, qui devait remettre ses plans avant la fin de l'été, ne les a toujours pas envoyés.", "fr",
     "fin de l'été"),
    ("The contractor, who was due to finish the roof by the end of the summer, has not done so.", "en",
     "the summer"),
])
def test_a_season_just_ended_may_be_a_plan_not_carried_out(text: str, language: str, words: str) -> None:
    found = dict(values(text, language, SEPTEMBER))
    assert found.get(words) == "2031-SU"


def test_a_weekday_after_a_clause_joined_by_but_is_still_a_day() -> None:
    assert values("The crews worked every day, but Monday was the hardest.", "en", JUNE) == [("Monday", "2031-06-09")]


# Wednesday 17 September 2031: Easter was on 13 April, the next one is on 4 April 2032
AUTUMN = dt.date(2031, 9, 17)


@pytest.mark.parametrize("text, language, words, value", [
    # a plan made before another past, its day gone by without it: the nearest such day
    ("Le bailleur avait garanti aux locataires des radiateurs neufs pour Pâques ; l'hiver approche sans eux.", "fr",
     "Pâques", "2031-04-13"),
    ("La compagnie avait assuré que la passerelle rouvrirait pour le 1er juillet, mais le chantier traîne encore.",
     "fr", "1er juillet", "2031-07-01"),
    ("The vote, which had been set for Friday, September 12, was put off until the ballots were reprinted.", "en",
     "Friday, September 12", "2031-09-12"),
    # the nearest is ahead too: a plan still to come
    ("Le recteur avait promis la réouverture de l'internat pour le 1er octobre.", "fr", "1er octobre", "2031-10-01"),
])
def test_a_plan_made_before_another_past_takes_the_nearest_day(text: str, language: str, words: str,
                                                                value: str) -> None:
    assert (words, value) in values(text, language, AUTUMN)


def test_a_day_set_in_the_perfect_still_looks_ahead() -> None:
    assert ("1er juillet", "2032-07-01") in values("La mairie a fixé la réouverture au 1er juillet.", "fr", AUTUMN)


# Thursday 18 September 2031: Monday 15 is three days back, Monday 22 four days ahead
THURSDAY = dt.date(2031, 9, 18)


@pytest.mark.parametrize("text, words", [
    ("Selon son avocate, l'ancien trésorier a confié qu'il rembourserait l'association « dès lundi ».", "dès lundi"),
    ("La directrice a fait savoir qu'elle recevrait les parents lundi à la mairie.", "lundi"),
    ("Les syndicats ont prévenu qu'ils se réuniraient de nouveau lundi.", "lundi"),
])
def test_a_weekday_after_a_reported_conditional_is_the_coming_one(text: str, words: str) -> None:
    assert (words, "2031-09-22") in values(text, "fr", THURSDAY)


def test_a_weekday_told_in_the_past_beside_an_imperfect_stays_gone() -> None:
    assert ("lundi", "2031-09-15") in values("Le maire a reçu lundi les parents, qui réclamaient un car.", "fr",
                                             THURSDAY)
