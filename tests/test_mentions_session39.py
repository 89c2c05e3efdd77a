"""Session 39 (issue 10, mentions found): a clause counted from by a span of time ("three months after …") is a
retelling of a fact of its own, whatever its verb."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from conftest import write
from generator.extract.events import Candidate, extract_events
from generator.model import Source

PUB = dt.date(2025, 4, 3)  # a Thursday


def _retelling_clauses(text: str, language: str) -> list[Candidate]:
    """The retelling clauses a one-sentence article published on PUB proposes as support."""
    found = extract_events(Source(id="art", title="Titre", published=PUB, language=language, text=text), [], support=True)
    return [c for c in found if c.retelling]


def _retellings(text: str, language: str) -> list[tuple[str, str, bool]]:
    """The retelling clauses a one-sentence article proposes as support: (quote, date basis, counted from)."""
    return [(c.quote, c.date_basis, c.counted_from) for c in _retelling_clauses(text, language)]


def test_a_clause_counted_from_by_a_span_of_time_is_a_retelling_without_an_action() -> None:
    # "tore off" is no action of the lexicon: without "three months" the clause is no retelling.
    assert _retellings("The Varenne museum reopened on Tuesday, three months after a storm tore off its roof.",
                       "en") == [("a storm tore off its roof", "published", True)]
    assert _retellings("The Varenne museum reopened on Tuesday, after a storm tore off its roof.", "en") == []


def test_a_french_clause_after_apres_que_counted_from_is_a_retelling_too() -> None:
    assert _retellings("Le musée de Varenne a rouvert mardi, trois mois après qu'une tempête a arraché son toit.",
                       "fr") == [("une tempête a arraché son toit", "published", True)]
    assert _retellings("Le musée de Varenne a rouvert mardi, après qu'une tempête a arraché son toit.", "fr") == []


def _article(root: Path, stem: str, published: str, text: str) -> None:
    write(root / f"content/sources/{stem}.md", f"---\ntitle: {stem}\npublished: {published}\nlanguage: en\n---\n{text}\n")


def _events(root: Path) -> dict[str, list[tuple[str, str]]]:
    """Each event's date and its sources (source id, quote)."""
    found = {}
    for path in sorted((root / "content/events").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found[str(data["date"])] = [(s["source"], s["quote"]) for s in data["sources"]]
    return found


def test_a_counted_from_clause_that_names_a_dated_fact_is_its_source(tmp_path: Path, run_cli) -> None:
    root = tmp_path / "site"
    write(root / "content/site.yaml", "title: Storm\nlanguage: en\n")
    _article(root, "wire", "2026-03-04", "A storm tore the roof off the Varenne museum in Ternay on Tuesday.")
    _article(root, "ledger", "2026-06-05", "The museum reopened on Thursday, three months after a storm tore the roof "
             "off its Ternay building.")
    assert run_cli("--site", root, "extract").code == 0
    assert _events(root) == {
        "2026-03-03": [("wire", "A storm tore the roof off the Varenne museum in Ternay on Tuesday."),
                       ("ledger", "a storm tore the roof off its Ternay building")],
        "2026-06-04": [("ledger", "The museum reopened on Thursday, three months after a storm tore the roof off its "
                                  "Ternay building.")],
    }


# --- a fact told "dans la foulée" / "at the same meeting" of the one before it ------------------------------------

def _dated(text: str, language: str) -> list[tuple[str, str, str | None, bool]]:
    """What an article proposes (support included): (quote's first words, date, date words, support)."""
    found = extract_events(Source(id="art", title="Titre", published=PUB, language=language, text=text), [], support=True)
    return [(c.quote[:30], c.date.iso(), c.date_text, c.support) for c in found if c.kind == "event" and not c.retelling]


def test_a_fact_told_dans_la_foulee_takes_the_day_of_the_fact_before() -> None:
    # Published Thursday 3 April 2025: "lundi" is 31 March; the mandate, "dans la foulée", is of that day.
    assert _dated("Le conseil municipal a voté lundi la résiliation du contrat. Dans la foulée, le conseil a mandaté le "
                  "maire pour réclamer des pénalités au prestataire.", "fr") == [
        ("Le conseil municipal a voté lu", "2025-03-31", "lundi", False),
        ("Dans la foulée, le conseil a m", "2025-03-31", "Dans la foulée", False)]


def test_the_fact_before_is_the_sentence_s_own_day_not_a_period_it_recalls() -> None:
    # "hier" (2 April) dates the custody; the embezzlement period of the next sentence is no fact the search followed.
    found = _dated("Le trésorier a été placé en garde à vue hier à Vernèze. Il est soupçonné d'avoir détourné des dons "
                   "entre janvier et mars 2024. Son domicile a été perquisitionné dans la foulée par les gendarmes.", "fr")
    assert found[-1] == ("Son domicile a été perquisitio", "2025-04-02", "dans la foulée", False)


def test_at_the_same_meeting_takes_the_meeting_s_day() -> None:
    assert _dated("The cabinet met on Monday to choose a trainer aircraft. At the same meeting, ministers approved the "
                  "purchase of 40 fire engines.", "en") == [
        ("The cabinet met on Monday to c", "2025-03-31", "Monday", False),
        ("At the same meeting, ministers", "2025-03-31", "At the same meeting", False)]


def test_dans_la_foulee_with_no_fact_before_or_naming_its_anchor_stays_undated() -> None:
    # Nothing dated before it: an undated action, support dated by publication, as before.
    assert _dated("Dans la foulée, les adhérents ont élu une nouvelle trésorière.", "fr") == [
        ("Dans la foulée, les adhérents ", "2025-04-03", None, True)]
    # « dans la foulée de la réunion » names what it follows: not the day of the sentence before.
    found = _dated("Le conseil a voté lundi. Dans la foulée de la réunion, les adhérents ont élu une trésorière.", "fr")
    assert [f[2] for f in found] == ["lundi", None]


def test_le_soir_meme_is_the_evening_of_the_day_the_text_gave() -> None:
    assert _dated("Le professeur a été frappé lundi devant le lycée. L'agresseur présumé a été interpellé le soir même "
                  "à son domicile.", "fr") == [
        ("Le professeur a été frappé lun", "2025-03-31", "lundi", False),
        ("L'agresseur présumé a été inte", "2025-03-31", "le soir même", False)]


def test_a_sentence_opening_on_the_same_day_takes_the_day_of_the_fact_before() -> None:
    assert _dated("The prefect banned irrigation from the Lisse on Monday. The same day, she also closed the river to "
                  "anglers.", "en") == [
        ("The prefect banned irrigation ", "2025-03-31", "Monday", False),
        ("The same day, she also closed ", "2025-03-31", "The same day", False)]
    # Inside a sentence "the same day" compares two facts ("fined the same day as X"): left to the date tagger.
    assert [f[2] for f in _dated("The regulator fined Orbis on Monday. Lumio, fined the same day as Orbis, will "
                                 "appeal.", "en")] == ["Monday", None]


def test_a_span_of_time_before_a_noun_phrase_counts_from_its_fact_too() -> None:
    # "before" and "the vote" open the same clause: read as a noun phrase, its span of time was missed.
    assert _retellings("The museum reopened on Tuesday, two days before the vote.", "en") == [
        ("the vote", "published", True)]
    text = "Le musée a rouvert mardi, cinq jours après la fermeture de l'usine."
    assert _retellings(text, "fr") == [("la fermeture de l'usine", "published", True)]
    found = extract_events(Source(id="art", title="Titre", published=PUB, language="fr", text=text), [], support=True)
    # Tuesday 1 April 2025, five days after: the closure was on Thursday 27 March.
    assert [c.reach for c in found if c.retelling] == [(dt.date(2025, 3, 27), dt.date(2025, 3, 27))]
