"""Titles, session 40 mend (review of 4ac1995, 401e05a, 8cc9017): a pronoun given no doubtful person, a relative
clause after a comma kept from being read as "X said", a plural inverted pronoun read whole."""
from __future__ import annotations

import pytest

from tests.test_extract_events import claim_titles
from tests.test_titles_s40 import event_titles


@pytest.mark.parametrize("language, text, wrong", [
    # a thing of the pronoun's gender named before, and a passive: the hall was shut, not the deputy mayor
    ("fr", "Le premier adjoint Marc Vérel a visité la salle des fêtes mardi. Elle a été fermée en avril 2023 pour "
           "travaux.", "Marc Vérel"),
    # another possible antecedent of the pronoun's gender: the prefect, not Marc Vérel, may have announced it
    ("fr", "Marc Vérel a reçu la préfète vendredi. Elle a annoncé en juin 2023 une subvention de trois millions.",
     "Marc Vérel"),
    # two people named before: either may have left
    ("en", "Tom Quayle met Rosa Imrie on Tuesday. She left the board in June 2023.", "Tom Quayle"),
    # the person's own words say the other gender
    ("en", "Mr Tom Quayle chairs the trust. She left the board in June 2023.", "Tom Quayle"),
])
def test_a_pronoun_is_given_no_person_it_may_not_stand_for(language: str, text: str, wrong: str) -> None:
    pronoun = text.split(". ")[1].split()[0]
    titles = [title for title in event_titles(text, language) if not title.startswith(text[:12])]
    assert titles and not any(wrong in title for title in titles) and all(t.startswith(pronoun) for t in titles)


@pytest.mark.parametrize("text, wrong", [
    # a noun, a second determiner, then a verb of saying: a relative clause, not who said it
    ("The library will reopen on 4 June, the day the trust announced.", "The day the trust announced"),
    ("The mill shut in 2018, a closure the owners denied.", "A closure the owners denied"),
    ("The ferry resumed in April, the month the harbour board confirmed.", "The month the harbour board"),
    # a pronoun after the noun: its subject
    ("The ferry resumed in April, the month she announced.", "The month she"),
])
def test_a_relative_clause_after_a_comma_is_no_frame_of_reported_words(text: str, wrong: str) -> None:
    titles = event_titles(text, "en")
    assert titles and not any(title.startswith(wrong) for title in titles)
    assert not any(title == "The ferry resumed" for title in titles)  # the clause about the month was not dropped


def test_a_plural_inverted_pronoun_is_read_whole_and_names_no_one() -> None:
    text = ("Jeanne Larrieu dirige le club de voile depuis 2015. Les licences seront remboursées « avant la fin de "
            "l'été », ont-ils promis.")
    titles = claim_titles(text, "fr")
    assert not any("onts" in title or "Larrieu" in title for title in titles)
