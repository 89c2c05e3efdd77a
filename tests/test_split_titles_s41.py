"""Session 41 (mend of a454b60): a clause split at "and"/« et » into two dated facts titles each with its own predicate.

Every sentence was written for these tests; the titles and dates expected were worked out by hand from the
publication day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import extract_events
from generator.model import Source

PUB = dt.date(2031, 5, 14)  # a Wednesday


def _titles(text: str, language: str) -> dict[str, str]:
    """The events' titles of a one-paragraph article published on PUB, by date."""
    source = Source(id="art", title="Titre", published=PUB, language=language, text=text)
    return {c.date.iso(): c.title for c in extract_events(source, []) if c.kind == "event"}


@pytest.mark.parametrize("text, language, expected", [
    # the first predicate's title stops before "and"; the second has the subject, also a bare noun or a pronoun
    ("Rangers closed the trail on Thursday and reopened it on Monday.", "en",
     {"2031-05-08": "Rangers closed the trail", "2031-05-12": "Rangers reopened it"}),
    ("It flooded in 2024 and reopened in January.", "en", {"2024": "It flooded", "2031-01": "It reopened"}),
    ("The library bought the archive in 2022 and sold it in February.", "en",
     {"2022": "The library bought the archive", "2031-02": "The library sold it"}),
    # the subject before its aside
    ("Nadia Brook, the treasurer, signed the accounts on Monday and filed them in April.", "en",
     {"2031-05-12": "Nadia Brook signed the accounts", "2031-04": "Nadia Brook filed them"}),
    ("La mairie a vendu le terrain en 2023 et a racheté la ferme le 3 février.", "fr",
     {"2023": "La mairie a vendu le terrain", "2031-02-03": "La mairie a racheté la ferme"}),
])
def test_each_coordinated_predicate_is_titled_on_its_own(text: str, language: str, expected: dict[str, str]) -> None:
    assert _titles(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a participle after « et » shares the auxiliary and has a date of its own
    ("Le chantier a été arrêté le 2 mars et relancé cinq jours plus tard.", "fr",
     {"2031-03-02": "Le chantier a été arrêté", "2031-03-07": "Le chantier a été relancé"}),
    ("Le syndicat a signé l'accord le 6 janvier et dénoncé la convention en mars.", "fr",
     {"2031-01-06": "Le syndicat a signé l'accord", "2031-03": "Le syndicat a dénoncé la convention"}),
    # English "be" is shared by no title (a passive or a past of its own: "was elected and served"), but the split is
    # made and the first title stops before "and"
    ("The bridge was inspected on 2 March and closed four days later.", "en",
     {"2031-03-02": "The bridge was inspected", "2031-03-06": "The bridge was inspected on 2 March and closed"}),
])
def test_a_participle_sharing_the_auxiliary_with_its_own_date_is_a_fact_of_its_own(
        text: str, language: str, expected: dict[str, str]) -> None:
    assert _titles(text, language) == expected


def test_a_later_date_inside_an_infinitive_leaves_the_first_title_whole() -> None:
    # the vote took place on Tuesday; Friday is the closing's date: Tuesday's title keeps the vote
    assert "voted to close the bar" in _titles("The club met on Tuesday and voted to close the bar on Friday.",
                                               "en")["2031-05-13"]
