"""Dates, session 49 (issue 9: unseen pages' weekdays and seasons resolved to the wrong side of publication): a verb
that tells a day to come (« avoir lieu », "will remain closed"), a start before a feast ("since before Christmas"),
and "this autumn" told in the past after the autumn."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import tag_dates

# Wednesday 15 January 2025 (checked on a calendar: Monday 13 and Thursday 9 January gone by, Thursday 16 ahead)
WEDNESDAY = dt.date(2025, 1, 15)


def _values(text: str, published: dt.date, lang: str) -> list[tuple[str, str | None]]:
    return [(m.value, m.end_value) for m in tag_dates(text, published, lang)]


@pytest.mark.parametrize("text, lang, values", [
    # « lieu » is no past participle: « avoir lieu », « a lieu » tell no past
    ("La réunion pourrait avoir lieu jeudi, selon la préfecture.", "fr", [("2025-01-16", None)]),
    ("Le vote du budget pourrait avoir lieu jeudi.", "fr", [("2025-01-16", None)]),
    # a participle after "remain", "stay", « rester » is their complement, no deed done
    ("Schools were closed on Monday and will stay shut on Thursday.", "en",
     [("2025-01-13", None), ("2025-01-16", None)]),
    ("The school will remain closed on Thursday.", "en", [("2025-01-16", None)]),
    ("Les écoles ont fermé lundi et resteront fermées jeudi.", "fr", [("2025-01-13", None), ("2025-01-16", None)]),
])
def test_a_verb_that_tells_a_day_to_come_dates_the_weekday_ahead(text: str, lang: str, values: list) -> None:
    assert _values(text, WEDNESDAY, lang) == values


@pytest.mark.parametrize("text, lang", [
    # the present of a timetable is a habit, no date, with "remains" as with "is" (a past "closed" dated it before)
    ("The library remains closed on Thursday.", "en"),
    ("The library is closed on Thursday.", "en"),
])
def test_a_timetable_s_present_is_still_no_date(text: str, lang: str) -> None:
    assert _values(text, WEDNESDAY, lang) == []


@pytest.mark.parametrize("text, lang, published, value", [
    # published Thursday 10 October 2024: the road closed before the Christmas gone by, 2023's
    ("The road has been closed since before Christmas.", "en", dt.date(2024, 10, 10), "2023-12-25"),
    ("La route est fermée depuis peu avant Noël.", "fr", dt.date(2024, 10, 10), "2023-12-25"),
    # published in January, the Christmas just gone
    ("The road has been closed since before Christmas.", "en", WEDNESDAY, "2024-12-25"),
    # a deadline still reads ahead
    ("Repairs will be finished before Christmas.", "en", dt.date(2024, 10, 10), "2024-12-25"),
])
def test_since_before_a_feast_is_the_feast_gone_by(text: str, lang: str, published: dt.date, value: str) -> None:
    assert _values(text, published, lang) == [(value, None)]


@pytest.mark.parametrize("text, lang, published, value", [
    # written in January, "this autumn" told in the past is the autumn just gone, not the one nine months ahead
    ("Cet automne, les inondations ont coûté cher à la commune.", "fr", WEDNESDAY, "2024-FA"),
    ("The floods this autumn cost the council £2m.", "en", WEDNESDAY, "2024-FA"),
    # told in the future it is the coming one
    ("The floods this autumn will cost the council £2m.", "en", WEDNESDAY, "2025-FA"),
    # written in May, a promise of "this summer" is the summer two weeks ahead, not the one gone eight months ago
    ("We were promised a pool this summer.", "en", dt.date(2027, 5, 20), "2027-SU"),
])
def test_this_season_told_in_the_past_is_the_nearer_of_the_one_gone_and_publication_year_s(
        text: str, lang: str, published: dt.date, value: str) -> None:
    assert _values(text, published, lang) == [(value, None)]


@pytest.mark.parametrize("text, value", [
    # published Thursday 16 January 2025 (Monday 13 gone by, Monday 20 and Tuesday 21 ahead): the conditional after a
    # saying and a noun for its subject is the future seen from the saying, as after « qu'il »
    ("Le maire a assuré qu'un état des lieux de la rivière serait présenté au conseil municipal lundi.", "2025-01-20"),
    ("Le préfet a indiqué que la réunion aurait lieu mardi.", "2025-01-21"),
    ("Le préfet a indiqué que les travaux reprendraient lundi.", "2025-01-20"),
    # an imperfect after such a subject is the past it was (review 45b's « qu'il rentrait chez lui lundi soir »)
    ("La police a indiqué que le suspect rentrait chez lui lundi soir.", "2025-01-13"),
])
def test_a_conditional_reported_of_a_noun_dates_its_weekday_ahead(text: str, value: str) -> None:
    assert _values(text, dt.date(2025, 1, 16), "fr") == [(value, None)]


@pytest.mark.parametrize("text, lang, value", [
    # published Wednesday 20 November 2024: a month opening the sentence before a main clause told in the past is the
    # one gone by, however near the coming one is (the December ahead was taken for a misread tense)
    ("In December, the council approved the plan.", "en", "2023-12"),
    ("En décembre, la commune a voté le budget.", "fr", "2023-12"),
    ("In December, the council said it would close the pool.", "en", "2023-12"),
    # the future, the present perfect or the future seen from the past keep the December ahead
    ("In December, the council will approve the plan.", "en", "2024-12"),
    ("En décembre, la commune votera le budget.", "fr", "2024-12"),
    ("In December, the plant was due to close.", "en", "2024-12"),
])
def test_a_month_opening_a_sentence_told_in_the_past_is_the_one_gone_by(text: str, lang: str, value: str) -> None:
    assert _values(text, dt.date(2024, 11, 20), lang) == [(value, None)]


@pytest.mark.parametrize("text, lang, values", [
    # published Wednesday 20 November 2024: a month after one that took the year the text named, in its sentence, goes
    # on in that year (it was read from publication: May 2024)
    ("The club was founded in 2019. In March, it signed its first coach, and in May it won promotion.", "en",
     [("2019", None), ("2019-03", None), ("2019-05", None)]),
    ("Le club a été fondé en 2019. En mars, il a recruté un entraîneur et, en mai, il est monté en division supérieure.",
     "fr", [("2019", None), ("2019-03", None), ("2019-05", None)]),
    # a sentence after it, told in the future, is back in the present
    ("The club was founded in 2019. In March, it signed its first coach. Its new stadium will open in May.", "en",
     [("2019", None), ("2019-03", None), ("2025-05", None)]),
])
def test_a_month_after_one_that_took_the_text_s_year_goes_on_in_that_year(text: str, lang: str, values: list) -> None:
    assert _values(text, dt.date(2024, 11, 20), lang) == values


_SHOP = "The shop opened in 2019. In March, it hired five staff, and "
_BOUTIQUE = "La boutique a ouvert en 2019. En mars, elle a embauché cinq salariés, et"


@pytest.mark.parametrize("text, lang, value", [
    # published 20 November 2024 (review 49-3, finding 1): after "since" / « depuis » the date reaches the present, the
    # January of this year
    (_SHOP + "since January it has doubled sales.", "en", "2024-01"),
    (_BOUTIQUE + ", depuis janvier, elle en compte vingt.", "fr", "2024-01"),
])
def test_a_month_after_since_does_not_go_on_in_the_text_s_year(text: str, lang: str, value: str) -> None:
    assert _values(text, dt.date(2024, 11, 20), lang)[2] == (value, None)


@pytest.mark.parametrize("text, lang", [
    # a clause told in the present, with "now" or without, is back at publication: not 2019 (which side of publication
    # a present's month is on is another question, left to publication's reading)
    (_SHOP + "it now employs 20, up from 12 in January.", "en"),
    (_SHOP + "it plans a second one in June.", "en"),
    (_BOUTIQUE + " elle déménage en juin.", "fr"),
])
def test_a_month_in_a_present_clause_does_not_go_on_in_the_text_s_year(text: str, lang: str) -> None:
    assert _values(text, dt.date(2024, 11, 20), lang)[2][0][:4] != "2019"


# Friday 20 December 2024, late in its year and its month
FRIDAY = dt.date(2024, 12, 20)


@pytest.mark.parametrize("published, lang, text, value", [
    # written on Friday 20 December 2024, the start of this year is long gone: told in the future it is next year's
    (FRIDAY, "fr", "Le conseil tranchera en début d'année.", "2025"),
    (FRIDAY, "en", "The council will decide at the start of the year.", "2025"),
    # written on 15 January 2025, the end of this year is far ahead: told in the past it is last year's
    (WEDNESDAY, "en", "Sales rose at the end of the year.", "2024"),
    (WEDNESDAY, "fr", "Les ventes ont progressé en fin d'année.", "2024"),
    # a month's start told in the future on the 20th is next month's
    (FRIDAY, "fr", "Le chantier reprendra en début de mois.", "2025-01"),
    # where the tense can reach publication's own period, it stays
    (WEDNESDAY, "fr", "Les ventes progresseront en fin d'année.", "2025"),
    (dt.date(2024, 3, 5), "fr", "Le chantier reprendra en début d'année.", "2024"),
])
def test_a_start_gone_or_an_end_ahead_is_the_next_or_the_last_period_s(published: dt.date, lang: str, text: str,
                                                                        value: str) -> None:
    assert _values(text, published, lang) == [(value, None)]


@pytest.mark.parametrize("text, lang, value", [
    # published Wednesday 12 November 2025 (review 49-2, finding 1): a past in the subject's relative clause or
    # participle phrase tells the subject; the main verb after it, to come, keeps the month ahead
    ("In December, the shop that opened last year will close its doors.", "en", "2025-12"),
    ("In December, residents who signed the petition will meet the mayor.", "en", "2025-12"),
    ("In December, the plan approved last week will go to a final vote.", "en", "2025-12"),
    ("In December, the plan approved last week goes to a final vote.", "en", "2025-12"),
    ("In January, the new law, passed by parliament in June, comes into force.", "en", "2026-01"),
    ("En décembre, les habitants qui ont signé la pétition rencontreront le maire.", "fr", "2025-12"),
    ("En décembre, le magasin qui a ouvert l'an dernier fermera ses portes.", "fr", "2025-12"),
    # the main verb told in the past, after a relative clause or before one, is the December gone by
    ("In December, the council, which met on Monday, approved the plan.", "en", "2024-12"),
    ("In December, the council approved the plan, which will cost £2m.", "en", "2024-12"),
    ("In December, the council approved a plan that is expected to cost £2m.", "en", "2024-12"),
    ("En décembre, la commune a voté le budget et les travaux commenceront en mars.", "fr", "2024-12"),
    ("En décembre, la commune, qui se réunissait alors, a voté le budget.", "fr", "2024-12"),
    # review 49-3, finding 2: a comma before a subject pronoun (a comma splice) or a present participle opens a
    # clause of its own, whose present or future is no main verb of the past's
    ("En décembre, un homme a été interpellé, il est toujours en détention.", "fr", "2024-12"),
    ("In December, the council approved the plan, saying it will cost £2m.", "en", "2024-12"),
    ("In December, a man was arrested, he remains in custody.", "en", "2024-12"),
])
def test_a_past_in_the_subject_of_a_month_opening_a_sentence_leaves_the_month_ahead(text: str, lang: str,
                                                                                     value: str) -> None:
    assert _values(text, dt.date(2025, 11, 12), lang)[0] == (value, None)
