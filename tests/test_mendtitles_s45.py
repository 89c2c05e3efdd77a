"""Session 45, mender (review 45b, item 1): a denial, a claim, a charge or a negated reported clause never becomes the
fact a title tells; only a neutral verb of saying lets the reported clause stand alone. Our own sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import extract_events
from generator.model import Source


def _titles(text: str, language: str) -> list[str]:
    """The event titles of a one-paragraph article (published 3 April 2025 / 15 May 2024), claims left out."""
    published = dt.date(2025, 4, 3) if language == "fr" else dt.date(2024, 5, 15)
    source = Source(id="art", title="Titre", published=published, language=language, text=text)
    return [c.title for c in extract_events(source, []) if c.kind == "event"]


@pytest.mark.parametrize("text, language, fact", [
    # a denial, a claim, a charge before a court: the speaker's word, not a fact
    ("The haulier denied that its drivers had blocked the ring road on Thursday.", "en",
     "Its drivers had blocked the ring road"),
    ("A resident claimed that the landlord had cut the heating on 4 February.", "en",
     "The landlord had cut the heating"),
    ("The barrister told the jury that the accountant had forged the invoices in March.", "en",
     "The accountant had forged the invoices"),
    ("La mairie a démenti que la police municipale avait verbalisé les forains samedi.", "fr",
     "La police municipale avait verbalisé les forains"),
    ("La locataire affirme que le bailleur avait coupé le chauffage en février.", "fr",
     "Le bailleur avait coupé le chauffage"),
    ("L'avocate a soutenu que le gérant avait falsifié les factures le 12 mars.", "fr",
     "Le gérant avait falsifié les factures"),
    # a negated reported clause: a title for what did not happen
    ("La fédération a indiqué qu'elle n'avait pas suspendu l'arbitre dimanche.", "fr",
     "La fédération n'avait pas suspendu l'arbitre"),
    ("The council said it had never closed the swimming pool in June.", "en",
     "The council had never closed the swimming pool"),
])
def test_a_disputed_or_negated_reported_clause_is_no_fact(text: str, language: str, fact: str) -> None:
    assert fact not in _titles(text, language)


@pytest.mark.parametrize("text, language, title", [
    ("The ferry operator confirmed that the crew had evacuated the vessel on Sunday.", "en",
     "The crew had evacuated the vessel"),
    ("The trust announced that the surgeons had separated the twins on 2 May.", "en",
     "The surgeons had separated the twins"),
    ("La régie a précisé que les techniciens avaient remplacé la pompe mardi.", "fr",
     "Les techniciens avaient remplacé la pompe"),
    ("Le syndicat a expliqué que la direction avait annulé la réunion vendredi.", "fr",
     "La direction avait annulé la réunion"),
])
def test_a_neutral_verb_of_saying_still_titles_the_reported_fact(text: str, language: str, title: str) -> None:
    """"confirmed", « a précisé »: the reporter takes the words as the fact, which the date belongs to."""
    assert title in _titles(text, language)
