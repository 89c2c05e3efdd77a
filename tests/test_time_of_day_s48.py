"""Session 48 (issue 10, mentions found): a time of day told without a day (« vers 19 heures », "at about 7.20 am",
« dans l'après-midi ») in a sentence's main clause tells a fact of the day its paragraph gave just before."""

from __future__ import annotations

# The same reading as « dans la foulée »'s tests: what an article of Thursday 3 April 2025 proposes, support included,
# as (quote's first words, date, date words, support); « lundi », "on Monday" are 31 March.
from test_mentions_session39 import _dated


def test_a_time_of_day_after_the_main_verb_takes_the_day_of_the_paragraph() -> None:
    assert _dated("La préfète a ordonné lundi la fermeture du camping des Saules. L'arrêté a été affiché à l'entrée "
                  "peu avant 20 heures.", "fr") == [
        ("La préfète a ordonné lundi la ", "2025-03-31", "lundi", False),
        ("L'arrêté a été affiché à l'ent", "2025-03-31", "peu avant 20 heures", False)]
    # A paragraph further, the hour may be another day's: no fact of Monday.
    assert [d[2] for d in _dated("La préfète a ordonné lundi la fermeture du camping.\n\nL'arrêté a été "
                                 "affiché à l'entrée peu avant 20 heures.", "fr")] == ["lundi"]
    # A past perfect tells a fact before the one told, maybe of another day.
    assert [d[2] for d in _dated("La préfète a ordonné lundi la fermeture du camping. Un premier départ de feu avait été "
                                 "signalé vers 15 heures.", "fr") if d[2]] == ["lundi"]
    # A distance in hours is no time of day.
    assert [d[2] for d in _dated("Le gîte a été évacué lundi. Les marcheurs ont été conduits à 2 heures de route "
                                 "de là.", "fr")] == ["lundi"]


def test_a_time_of_day_opening_the_sentence_dates_its_reflexive_past() -> None:
    # « s'est abattu » is a completed fact, as « a mandaté » is; the time opens the sentence.
    assert _dated("Les pompiers ont été appelés lundi par un voisin. Vers 15 heures, un violent incendie s'est déclaré "
                  "dans le hangar.", "fr")[-1] == ("Vers 15 heures, un violent inc", "2025-03-31", "Vers 15 heures", False)


def test_an_english_time_or_part_of_the_day_in_the_main_clause() -> None:
    assert _dated("Nurses marched through Arbelle on Monday against the ward's closure. The crowd dispersed quietly in "
                  "the early afternoon.", "en")[-1] == ("The crowd dispersed quietly in", "2025-03-31",
                                                        "in the early afternoon", False)
    assert _dated("Volunteers searched the moor on Monday. The missing walker was spotted by a police drone at about "
                  "6.40 am.", "en")[-1][1:3] == ("2025-03-31", "at about 6.40 am")
    # A noun's participle before the time ("a letter posted … late in the afternoon") is no main clause's verb.
    assert [d[2] for d in _dated("Corvix found the breach on Monday. In a letter posted to clients late in the "
                                 "afternoon, the firm apologised.", "en")] == ["Monday"]
    # A deadline ("until 6pm") and a present ("the reading room opens at 9am") tell no fact of that day.
    assert [d[2] for d in _dated("The county issued a flood warning on Monday. It was kept in force until 6pm.",
                                 "en")] == ["Monday"]
    assert [d[2] for d in _dated("The library reopened on Monday. The reading room opens at 9am.", "en") if d[2]] == [
        "Monday"]
