"""Claims, session 45 (issue 9: every statement found as a claim with its speaker): reported words beside a quotation
that stands apart from them, after a comma or after a colon."""
from __future__ import annotations

import pytest

from tests.test_extract_events import claims as _claims


@pytest.mark.parametrize("text, language, speaker, words", [
    # the quotation alone after the clause's comma
    ("Le président du club, Paul Ferrand, affirme que les inscriptions ont doublé en un an, « sans aucune publicité ».",
     "fr", "Paul Ferrand", "les inscriptions ont doublé en un an"),
    # the quotation in a relative clause after the comma
    ("Ruth Ingleby, who runs the village shop, said the new road would take trade away from the square, which she "
     "called \"a slow death for the high street\".", "en", "Ruth Ingleby",
     "the new road would take trade away from the square"),
    ("La maire, Odile Carrère, rappelle que la commune avait rénové l'école dès 2019, « bien avant les autres ».",
     "fr", "Odile Carrère", "la commune avait rénové l'école dès 2019"),
])
def test_reported_words_before_a_quotation_in_an_aside_are_a_claim(text: str, language: str, speaker: str,
                                                                   words: str) -> None:
    found = _claims(text, language)
    assert (speaker, words) in found
    assert len(found) == 2  # and the quotation is its own claim still


def test_a_quotation_that_ends_the_clause_is_still_the_claim_alone() -> None:
    # no comma: the quotation is the clause's own end, whose title says it all
    text = "Ruth Ingleby said the new road would take trade \"away from the square\"."
    assert [speaker for speaker, _ in _claims(text, "en")] == ["Ruth Ingleby"]
    assert len(_claims(text, "en")) == 1


def test_a_comma_of_a_figure_is_no_aside() -> None:
    text = "Ruth Ingleby said the repairs had cost the parish £12,500 \"and not a penny less\"."
    assert len(_claims(text, "en")) == 1


@pytest.mark.parametrize("text, language, speaker, words", [
    ("Pour le conseiller d'opposition Marc Teyssier, la fermeture « était écrite » : il affirme avoir alerté la mairie "
     "dès l'automne dernier.", "fr", "Marc Teyssier", "avoir alerté la mairie dès l'automne dernier"),
    ("The mayor, Tom Hale, called the plan \"a sensible choice\": he said repairs would have cost far more than a "
     "new building.", "en", "Tom Hale", "repairs would have cost far more than a new building"),
])
def test_reported_words_after_a_colon_that_follows_a_quotation_are_a_claim(text: str, language: str, speaker: str,
                                                                           words: str) -> None:
    assert (speaker, words) in _claims(text, language)


def test_a_colon_before_a_clause_without_a_verb_of_saying_is_no_claim() -> None:
    text = "The mayor, Tom Hale, called the plan \"a sensible choice\": the council will vote on it in May."
    assert [speaker for speaker, _ in _claims(text, "en")] == ["Tom Hale"]
