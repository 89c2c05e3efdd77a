"""Titles, session 48 (issue 9, item 3): a title is told in the present as a person writes it, a plural subject's
verb too ("Teachers said" -> "Teachers say"), and the present of a few more verbs of news is known."""
from __future__ import annotations

import pytest

from generator.extract.events import in_present


@pytest.mark.parametrize("title, language, told", [
    ("Teachers said they had warned her office", "en", "Teachers say they had warned her office"),
    ("Laboratory tests found residues of the insecticide", "en", "Laboratory tests find residues of the insecticide"),
    ("Gendarmes have opened an inquiry", "en", "Gendarmes open an inquiry"),
    ("The trustees had hoped to welcome 30,000 people", "en", "The trustees hope to welcome 30,000 people"),
])
def test_a_plural_subject_takes_its_verb_in_the_present(title: str, language: str, told: str) -> None:
    # The lexicon lists "says", "finds", "opens", "hopes": their plural form after a plural head noun is the verb.
    assert in_present(title, language) == told


@pytest.mark.parametrize("title", [
    # (each fails without its guard in in_present) after a singular word, "the cabinet vote" would read as a noun
    "Members of the council's cabinet voted 6-3 to accept the offer",
    # a participle about the noun before it, not the verb: a verb follows, or a passive's agent
    "Samples sent to the laboratory came back last week",
    "Documents found by the Ledger show the plan",
])
def test_a_plural_past_that_may_be_no_verb_of_its_head_is_kept(title: str) -> None:
    assert in_present(title, "en") == title


@pytest.mark.parametrize("title, language, told", [
    ("The Rev Anna Whitlock abstained in Monday's vote", "en", "The Rev Anna Whitlock abstains in Monday's vote"),
    ("Albert Lasserre resigned the same night", "en", "Albert Lasserre resigns the same night"),
    ("The council refused permission for a smaller mast", "en", "The council refuses permission for a smaller mast"),
    ("Hélène Mauduit a réuni près de 1 200 personnes", "fr", "Hélène Mauduit réunit près de 1 200 personnes"),
    ("Bernard Issaly a répété que la digue tiendrait", "fr", "Bernard Issaly répète que la digue tiendrait"),
    ("Le chalutier avait effectué ses essais en mer", "fr", "Le chalutier effectue ses essais en mer"),
])
def test_more_verbs_of_news_are_told_in_the_present(title: str, language: str, told: str) -> None:
    assert in_present(title, language) == told
