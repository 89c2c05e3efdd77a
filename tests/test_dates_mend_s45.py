"""Review 45 of the dates of 88ff43e: the day a past narrative leaves out of "every day" is still a day, and a season
told in the future seen from the past looks ahead from the saying, not from publication.

"Every day except Monday" is no date in any tense: told in the past, the day a narrative leaves out dated the every-day
fact under a title that lost its weekday (review 45b), so the day stays undated as a timetable's is.

"In May, the mayor said the pool would reopen in the summer", written in December, is that summer: the day of the
saying its sentence names, not publication, is where the future seen from the past looks from; a day gone by named
after the season ("…, but the talks broke down in November") takes the season nearest it, and a plan the sentence tells
was not carried out ("was called off", « n'est toujours pas terminé ») keeps the nearest season. French tells such a
plan in the imperfect (« prévoyait d'ouvrir », « projetait de », « envisageait de », « comptait » + infinitive) as
English does with "planned to".
"""
from __future__ import annotations

import datetime as dt

import pytest

# Thursday 12 June 2031: the Monday gone by is the 9th, the Wednesday the 11th
from tests.test_dates_s45 import JUNE, values


@pytest.mark.parametrize("text, language, words, value", [
    ("The storm lashed the coast every day except Monday, when the lifeboat crews finally got some sleep.", "en",
     "Monday", "2031-06-09"),
    ("The pickets stood at the depot gate every day but Wednesday, when the talks were held.", "en",
     "Wednesday", "2031-06-11"),
    ("Les grévistes ont bloqué le rond-point chaque jour sauf mercredi, jour de la rencontre en préfecture.", "fr",
     "mercredi", "2031-06-11"),
    ("Le brouillard a couvert la vallée tous les jours sauf lundi, et le vol inaugural a pu partir.", "fr",
     "lundi", "2031-06-09"),
])
def test_a_day_a_past_narrative_leaves_out_dates_nothing(text: str, language: str, words: str, value: str) -> None:
    assert (words, value) not in values(text, language, JUNE)


@pytest.mark.parametrize("text, language", [
    # told in the past with a verb of opening hours or a stretch of time: a timetable or a habit still
    ("During the resurfacing, the sports hall was closed every day except Saturday.", "en"),
    ("For twelve years the baker delivered bread to the hamlet every day except Sunday.", "en"),
    ("Pendant la crue, la passerelle était accessible tous les jours sauf le jeudi.", "fr"),
    ("Les bénévoles ont tenu la buvette tous les jours sauf mardi pendant la durée du chantier.", "fr"),
    # the present and the future: a timetable
    ("The lido's shuttle leaves the car park every day except Sunday.", "en"),
    ("La navette fluviale partira du quai tous les jours sauf le lundi.", "fr"),
])
def test_the_day_a_timetable_or_a_habit_leaves_out_is_still_no_date(text: str, language: str) -> None:
    assert values(text, language, JUNE) == []


# A season told in the future seen from the past looks ahead from the saying its sentence dates, and a plan the
# sentence tells was not carried out is not pushed to the next season.
@pytest.mark.parametrize("text, language, published, words, value", [
    # the saying dated in the sentence: the season holding it or the next one, not the one after publication
    ("Back in April, the rowing club told members its new boathouse would be finished in the summer.", "en",
     dt.date(2032, 1, 20), "in the summer", "2031-SU"),
    ("The harbour board said in March that dredging of the channel would start in the summer.", "en",
     dt.date(2031, 12, 2), "in the summer", "2031-SU"),
    ("Le 3 mars, la directrice de l'école avait promis que la cantine serait rénovée à l'été.", "fr",
     dt.date(2031, 11, 25), "à l'été", "2031-SU"),
    ("En juin, l'exploitant assurait que le téléphérique reprendrait du service à l'automne.", "fr",
     dt.date(2032, 2, 4), "à l'automne", "2031-FA"),
    # a day gone by named after the season tells what became of the plan: the season nearest it
    ("The bakery chain planned to take over the old post office in the autumn, but the lease talks broke down in "
     "November.", "en", dt.date(2031, 4, 22), "in the autumn", "2030-FA"),
    # a plan not carried out: the nearest season
    ("La brocante, qui devait se tenir en été sur le parking du stade, a été annulée faute de bénévoles.", "fr",
     dt.date(2031, 12, 10), "en été", "2031-SU"),
    ("The cycle race, which was to be held in the summer, was called off after the sponsor pulled out.", "en",
     dt.date(2031, 12, 15), "in the summer", "2031-SU"),
    ("Le nouveau pont devait ouvrir à l'été, mais le chantier n'est toujours pas terminé.", "fr",
     dt.date(2032, 1, 12), "à l'été", "2031-SU"),
    # no saying dated, no failure: still the coming season
    ("The ferry operator told the harbour board it would add a night crossing in the autumn.", "en",
     dt.date(2031, 3, 17), "in the autumn", "2031-FA"),
    # a cancellation told ahead of the season: the coming one, the nearest
    ("The village show, which was to be held in the summer, has been cancelled for want of judges.", "en",
     dt.date(2031, 3, 17), "in the summer", "2031-SU"),
    # a saying late in the year looks to the next year's season
    ("In October, the bishop said the cathedral's scaffolding would come down in the spring.", "en",
     dt.date(2032, 1, 15), "in the spring", "2032-SP"),
    # a saying dated the day before publication still looks ahead to the next season
    ("Hier, le syndicat des eaux a indiqué que les compteurs seraient changés au printemps.", "fr",
     dt.date(2031, 9, 30), "au printemps", "2032-SP"),
])
def test_a_season_told_in_the_future_seen_from_the_past_looks_from_the_saying(text: str, language: str,
                                                                               published: dt.date, words: str,
                                                                               value: str) -> None:
    assert (words, value) in values(text, language, published)


# French tells a plan in the imperfect as English does with "planned to": the future seen from the past.
@pytest.mark.parametrize("text, published, words, value", [
    ("Un porte-parole a indiqué que l'enseigne prévoyait d'ouvrir un second magasin à l'automne.",
     dt.date(2031, 3, 17), "à l'automne", "2031-FA"),
    ("Selon son président, la coopérative viticole projetait de bâtir un nouveau chai à l'automne.",
     dt.date(2031, 3, 17), "à l'automne", "2031-FA"),
    ("La communauté de communes envisageait de lancer le chantier de la piscine à l'automne.",
     dt.date(2031, 2, 3), "à l'automne", "2031-FA"),
    ("Le club comptait inaugurer sa nouvelle tribune à l'été, a indiqué son trésorier.",
     dt.date(2031, 2, 3), "à l'été", "2031-SU"),
])
def test_a_french_plan_in_the_imperfect_looks_ahead(text: str, published: dt.date, words: str, value: str) -> None:
    assert (words, value) in values(text, "fr", published)


@pytest.mark.parametrize("text, expected", [
    # « comptait » counting, not planning: the year stays the one told
    ("En 1950, le hameau comptait entre 300 et 400 habitants.", [("1950", "1950")]),
    ("La fanfare comptait quarante musiciens au printemps 1962.", [("au printemps 1962", "1962-SP")]),
])
def test_comptait_counting_is_no_plan(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, "fr", dt.date(2031, 3, 17)) == expected
