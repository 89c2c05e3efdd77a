"""Event titles of session 39's mender E: whose voice a quotation speaks in, and which dates a verb takes as object."""

from __future__ import annotations

from test_titles_session39 import event_titles


def test_the_country_us_is_nobody_s_voice():
    # "US" is the country, no "us": the clause is titled as any other, the date out of it.
    text = "“The US coastguard closed the harbour in March,” said Hamish Tulloch."
    assert event_titles(text, "en") == [("2026-03", "The US coastguard closed the harbour")]


def test_a_name_s_numeral_is_no_first_person():
    text = "“World War I memorials were cleaned in March,” said Ada Brook."
    assert event_titles(text, "en") == [("2026-03", "World War I memorials were cleaned")]
    text = "“The statue of King Charles I was moved in March,” said Ada Brook."
    assert event_titles(text, "en") == [("2026-03", "The statue of King Charles I was moved")]


def test_the_pronoun_i_still_speaks_in_the_speaker_s_voice():
    text = "“Then I wrote to the mayor in March,” said Ada Brook."
    assert event_titles(text, "en") == [("2026-03", "Ada Brook: “I wrote to the mayor”")]
    text = "“The council told us in March that the pool would stay open,” said Ada Brook."
    assert event_titles(text, "en") == [
        ("2026-03", "Ada Brook: “The council told us that the pool would stay open”")]


def test_remonter_without_a_goes_back_up_and_its_date_leaves_the_title():
    # « remonter » alone is to go back up: « jeudi » is when, no object of the verb.
    assert event_titles("Le niveau de la Garonne remonte mercredi après dix jours de baisse.", "fr") == [
        ("2026-05-06", "Le niveau de la Garonne remonte après dix jours de baisse")]


def test_remonter_a_dates_and_keeps_its_date():
    assert event_titles("Sa dernière restauration remonte à l’automne 2011.", "fr") == [
        ("2011-FA", "Sa dernière restauration remonte à l’automne 2011")]
    assert event_titles("La fondation de la coopérative remonte au printemps 1923.", "fr") == [
        ("1923-SP", "La fondation de la coopérative remonte au printemps 1923")]
