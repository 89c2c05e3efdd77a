"""Session 39 mend (fixC): a fact counted from by a span of time is dated by its counted reach, never by its
sentence's own date; an event reported from a quotation drops a leading turn word from its title."""

from __future__ import annotations

import datetime as dt

from generator.dates import PartialDate, TimelineDate
from generator.extract.events import extract_events
from generator.model import Source

PUB = dt.date(2025, 4, 3)  # a Thursday: "Monday" / « lundi » in the past is Monday 31 March 2025


def _facts(text: str, language: str) -> list[tuple[str, TimelineDate]]:
    found = extract_events(Source(id="art", title="Titre", published=PUB, language=language, text=text), [],
                           support=True)
    return [(c.title, c.date) for c in found if c.support and not c.retelling]


def _day(year: int, month: int, day: int) -> TimelineDate:
    return TimelineDate(PartialDate.from_day(dt.date(year, month, day)))


def test_a_day_count_dates_the_fact_counted_from_on_its_day() -> None:
    # Monday 31 March, three days before the vote: the vote is on Thursday 3 April.
    assert _facts("The bridge was reopened on Monday, three days before the vote.", "en") == [
        ("Vote", _day(2025, 4, 3))]
    # Lundi 31 mars, quatre jours après la fermeture : la fermeture est du jeudi 27 mars.
    assert _facts("Le pont a rouvert lundi, quatre jours après la fermeture de la route.", "fr") == [
        ("Fermeture de la route", _day(2025, 3, 27))]


def test_a_week_count_dates_the_fact_to_its_month_and_a_month_count_not_at_all() -> None:
    # Two weeks before Monday 31 March is 17 March, give or take three days: 14 to 20 March, all in March.
    assert _facts("The bridge was reopened on Monday, two weeks after the vote.", "en") == [
        ("Vote", TimelineDate(PartialDate.parse("2025-03")))]
    # Three months before 31 March, give or take fifteen days: 16 December 2024 to 15 January 2025, no one month.
    assert _facts("The bridge was reopened on Monday, three months after the vote.", "en") == []


def test_a_fact_with_no_span_of_time_keeps_its_sentence_date() -> None:
    assert _facts("The bridge was reopened on Monday, before the vote.", "en") == [("Vote", _day(2025, 3, 31))]


def test_a_reported_event_drops_a_leading_turn_word() -> None:
    # The turn word before an elided subject stayed in the title ("Mais l'usine rouvrira"): it answers the
    # quotation's first sentence, which the title leaves out.
    def titles(text: str) -> list[str]:
        found = extract_events(Source(id="art", title="Titre", published=PUB, language="fr", text=text), [])
        return [c.title for c in found if c.kind == "event"]
    assert titles("« Nous entendons les riverains. Mais l'usine rouvrira en mai, et rien n'y changera », a déclaré le "
                  "directeur, Paul Marnier.") == ["L'usine rouvrira"]
    assert titles("« Nous entendons les riverains. Pourtant l'usine rouvrira en mai », a déclaré le directeur, "
                  "Paul Marnier.") == ["L'usine rouvrira"]
