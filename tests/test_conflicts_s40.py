"""Date conflicts between sources (issue 10, session 40): a lone telling a day off its fact, and the date a story
keeps when one source tells the fact as a night."""
from __future__ import annotations

import datetime as dt

from generator.dates import TimelineDate
from generator.extract.events import Candidate
from generator.extract.stories import Mention, group, mention


def _event(source: str, language: str, quote: str, date: str, date_text: str, actors: tuple[str, ...] = ()) -> Mention:
    """A mention dated by its own words, in an article published on 20 May 2031."""
    candidate = Candidate(id=f"{source}-x", source=source, title="t", date=TimelineDate.parse(date), kind="event",
                          quote=quote, date_basis="text", date_text=date_text, actors=list(actors))
    return mention(candidate, dt.date(2031, 5, 20), language)


def _gym(lone: Mention) -> list[tuple[list[str], str, list[tuple[str, str]]]]:
    """Each fact merging makes of a gym's collapse told by three sentences and a fourth one: its sources, the date it
    keeps and its conflicts."""
    fact = [
        _event("a", "fr", "Le gymnase Pierre-Ardent s'est effondré dimanche sous le poids de la neige, a indiqué la "
               "maire, Odile Sarrat.", "2031-05-18", "dimanche", ("Pierre-Ardent", "Odile Sarrat")),
        _event("b", "en", "Firefighters evacuated forty residents around the Pierre-Ardent gym on May 18, Mayor Odile "
               "Sarrat said.", "2031-05-18", "on May 18", ("Odile Sarrat", "Pierre-Ardent")),
        _event("d", "fr", "Les pompiers ont évacué dimanche quarante riverains du gymnase Pierre-Ardent, selon Odile "
               "Sarrat.", "2031-05-18", "dimanche", ("Pierre-Ardent", "Odile Sarrat")),
    ]
    return [(sorted(m.source for m in story.mentions), story.date.iso(),
             [(c["source"], c["date"].iso()) for c in story.conflicts]) for story in group([*fact, lone])]


def test_a_lone_telling_a_day_off_that_tells_the_same_deed_joins_its_fact_as_a_conflict() -> None:
    # Issue 10: it shares the deed with one telling only and its figure is none of the others', a pair the slip rule
    # joins, but the average of its pairs kept it out unless that pair was sure: the conflict went unflagged.
    lone = _event("c", "en", "The roof caved in and the building collapsed on May 17 after three days of storms.",
                  "2031-05-17", "on May 17")
    assert _gym(lone) == [(["a", "b", "c", "d"], "2031-05-18", [("c", "2031-05-17")])]


def test_a_lone_telling_a_week_off_or_of_other_people_stays_apart() -> None:
    week = _event("c", "en", "The roof caved in and the building collapsed on May 11 after three days of storms.",
                  "2031-05-11", "on May 11")
    school = _event("c", "en", "The roof caved in and the Lacombe school collapsed on May 17 after three days of "
                    "storms.", "2031-05-17", "on May 17", ("Lacombe",))
    for lone in (week, school):
        assert [sources for sources, _, _ in _gym(lone)] == [["a", "b", "d"], ["c"]]


def _told(source: str, language: str, quote: str, date: str | dict[str, str], date_text: str) -> Mention:
    """A mention of a market hall's fire, dated by its own words."""
    return _event(source, language, quote, date, date_text, ("Vauclin",))


NIGHT = {"start": "2031-05-17", "end": "2031-05-18"}


def test_a_night_told_by_its_evening_and_its_morning_is_kept_as_its_morning() -> None:
    # Issue 10: kept as the two days (the first article's, on a tie), the fact's date was the day of no source.
    night = _told("a", "fr", "La halle de Vauclin a brûlé dans la nuit de samedi à dimanche.", NIGHT,
                  "samedi à dimanche")
    later = _told("b", "en", "The Vauclin market hall burned down on Monday, May 19.", "2031-05-19", "Monday, May 19")
    [story] = group([night, later])
    assert story.date.iso() == "2031-05-18"
    assert [(c["source"], c["date"].iso()) for c in story.conflicts] == [("b", "2031-05-19")]


def test_a_source_giving_the_evening_before_a_night_is_a_conflict() -> None:
    # Issue 10: the evening lies within the night's two days, so it was kept as the more precise date and the
    # disagreement between the two sources went unflagged.
    night = _told("a", "fr", "La halle de Vauclin a brûlé dans la nuit de samedi à dimanche.", NIGHT,
                  "samedi à dimanche")
    evening = _told("c", "en", "The Vauclin market hall burned down late on Saturday, May 17.", "2031-05-17",
                    "Saturday, May 17")
    [story] = group([night, evening])
    assert story.date.iso() == "2031-05-18"
    assert [(c["source"], c["date"].iso()) for c in story.conflicts] == [("c", "2031-05-17")]


def test_two_days_told_as_two_days_stay_a_span() -> None:
    both = _told("a", "fr", "Le marché de Vauclin s'est tenu les 17 et 18 mai.", NIGHT, "les 17 et 18 mai")
    one = _told("b", "en", "The Vauclin market was held over two days in May.", "2031-05", "in May")
    [story] = group([both, one])
    assert story.date.iso() == "2031-05-17/2031-05-18"
