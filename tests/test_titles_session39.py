"""Event titles of session 39: the words of a title a person keeps (issue 9, deliverable 3)."""

from __future__ import annotations

import datetime as dt

from test_extract_events import extract

PUB = dt.date(2026, 5, 4)  # a Monday


def event_titles(text: str, language: str) -> list[tuple[str, str]]:
    """The (date, title) of every event, claims left out."""
    return [(c.date.iso(), c.title) for c in extract(text, language, PUB) if c.kind == "event"]


def test_an_event_told_in_the_first_person_is_titled_in_the_speakers_words():
    # "J'ai écrit au maire, puis en avril" named nobody; the event's own date words leave its title (mender A, 39).
    text = "« J’ai écrit au préfet en février, puis en avril, sans réponse », raconte Lucienne Parmentier."
    assert event_titles(text, "fr") == [
        ("2026-04", "Lucienne Parmentier : « J’ai écrit au préfet en février, sans réponse »"),
        ("2026-02", "Lucienne Parmentier : « J’ai écrit au préfet, puis en avril, sans réponse »"),
    ]


def test_on_speaks_for_nous_inside_a_quotation():
    text = "« On nous avait promis en mars que le gymnase resterait ouvert », regrette Gaëtan Moreuil."
    assert event_titles(text, "fr") == [
        ("2026-03", "Gaëtan Moreuil : « On nous avait promis que le gymnase resterait ouvert »")]


def test_the_incise_inside_the_quotation_is_left_out():
    # The attribution written inside the quotation marks is no word of the speaker's.
    text = "« Nous l’avons appris par un courriel jeudi, explique Odile Brassart. Personne ne nous a appelés. »"
    assert event_titles(text, "fr") == [("2026-04-30", "Odile Brassart : « Nous l’avons appris par un courriel »")]


def test_english_we_is_the_speakers_voice_too():
    text = "“We have run the ferry since 1987,” said Hamish Tulloch, the skipper."
    assert event_titles(text, "en") == [("1987", "Hamish Tulloch: “We have run the ferry”")]


def test_a_third_person_quotation_keeps_its_clause_title():
    # Only the speaker's own voice is quoted whole: a fact told of others keeps the clause title without its date.
    text = "« La mairie a fermé la halle en janvier », affirme Gaëtan Moreuil."
    assert event_titles(text, "fr") == [("2026-01", "La mairie a fermé la halle")]


def claim_titles(text: str, language: str) -> list[str]:
    """The title of every claim, in the text's order."""
    return [c.title for c in extract(text, language, PUB) if c.kind == "claim"]


def test_a_quotation_that_only_says_when_leaves_the_clause_to_say_what():
    # "Marie Dulac déclare : « dès lundi »" said when and not what; the clause is too long with the quotation (121
    # characters before it), so it is cut before it, its verb and object kept.
    text = ("Marie Dulac a annoncé qu’elle déposerait une plainte auprès du procureur de la République de "
            "Castelmoron-sur-Lot « dès lundi ».")
    assert claim_titles(text, "fr") == [
        "Marie Dulac a annoncé qu’elle déposerait une plainte auprès du procureur de la République…"]
    text = ("The Harbour Board said it would publish a full review of the dredging contract and of its costs to the "
            "town's ratepayers “before the end of the year”.")
    assert claim_titles(text, "en")[0] == \
        "The Harbour Board said it would publish a full review of the dredging contract and of its costs…"


def test_a_quotation_that_says_what_keeps_its_words():
    # « un passage en force » is the claim itself: no clause before it is cut to stand for it.
    text = ("Le délégué syndical, Paul Rivière, a affirmé que près de quarante salariés perdraient leur poste dans "
            "l’atelier de découpe et parle d’« un passage en force ».")
    assert "Paul Rivière parle d’« un passage en force »" in claim_titles(text, "fr")


def test_a_date_the_verb_takes_as_its_object_stays_in_the_title():
    # "La dernière crue de cette ampleur remonte" says nothing: what it dates back to is the fact.
    assert event_titles("La dernière crue de cette ampleur remonte à l’hiver 1994.", "fr") == [
        ("1994-WI", "La dernière crue de cette ampleur remonte à l’hiver 1994")]
    assert event_titles("The chapel's bell dates from 1742.", "en") == [("1742", "The chapel's bell dates from 1742")]


def test_dates_as_a_noun_is_no_date_object():
    assert event_titles("The town council said the festival dates would be announced in March.", "en") == [
        ("2026-03", "The town council said the festival dates would be announced")]


def test_an_interview_answer_s_title_fits_with_its_speaker():
    # The answer's first sentence alone was cut to 110 characters, then given the speaker and the marks: 116. The
    # speaker and marks take 15 of the 110; "We had … for months" is 94 characters, the ellipsis the 95th.
    text = """We spoke to the harbour master, Ingrid Dahl, a week after the strike.

Why?

We had warned the owners of the three ferries and the council's transport committee for months about the state \
of the pier. Nobody listened.

What happens next?

We want a fair deal for everyone.
"""
    title = [c.title for c in extract(text, "en", PUB) if c.kind == "claim"][0]
    assert title == ("Ingrid Dahl: “We had warned the owners of the three ferries and the council's transport "
                     "committee for months…”")
    assert len(title) <= 110


def test_a_cut_never_splits_a_number_written_in_groups():
    from generator.extract.events import _shorten, _words

    # 90 characters: the words up to "14" take 86, so the cut fell between "14" and "000", a figure never written.
    text = ("Les supporters ont rempli la salle Jean-Macé de Port-Alban, qui accueille désormais 14 000 spectateurs "
            "les soirs de match")
    assert _shorten(text, _words("fr"), 90) == \
        "Les supporters ont rempli la salle Jean-Macé de Port-Alban, qui accueille désormais…"


def test_a_quotation_too_long_for_a_title_keeps_the_sentence_that_turns_to_the_claim():
    # The first sentence grants a point; the one opening with « Mais » / "But" says what the speaker claims (without
    # its « Mais », which answers the sentence left out).
    text = ("« Nous comprenons parfaitement la colère des familles qui nous ont écrit depuis des semaines. "
            "Mais la piscine municipale fermera ses portes à la fin du mois de juin », a déclaré Armelle Vautrin.")
    assert claim_titles(text, "fr") == [
        "Armelle Vautrin : « La piscine municipale fermera ses portes à la fin du mois de juin »"]
    text = ("“We have listened very carefully to every resident who wrote to us over the winter months. "
            "But the depot will open in May as planned,” said Gordon Tillyard.")
    assert claim_titles(text, "en") == ["Gordon Tillyard: “The depot will open in May as planned”"]


def test_a_quotation_too_long_without_a_turn_keeps_its_first_sentence():
    text = ("« La piscine municipale fermera ses portes à la fin du mois de juin pour des travaux. "
            "Nous avons écrit à toutes les familles inscrites aux cours de natation », a déclaré Armelle Vautrin.")
    assert claim_titles(text, "fr") == [
        "Armelle Vautrin : « La piscine municipale fermera ses portes à la fin du mois de juin pour des travaux »"]


def test_a_title_too_long_only_by_its_spaces_and_ending_on_a_number_is_no_crash() -> None:
    from generator.extract.events import _shorten, _words
    # 116 characters written, 110 once its spaces are single: nothing to cut, and no word after the "14" to look at.
    text = "La salle    de sport de la commune    accueille " + "x" * 56 + " depuis 14"
    assert _shorten(text, _words("fr")).rstrip("…") == " ".join(text.split())
