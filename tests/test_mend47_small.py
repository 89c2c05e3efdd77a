"""Session 47 mend (small): a name opened by « N' » is no French negation, and a Sunday named by its feast is its
own day, not the next plain Sunday."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from generator.extract.events import extract_events
from generator.extract.lang import for_text
from generator.extract.temporal import tag_dates
from generator.model import Source

PUB = dt.date(2031, 4, 3)


def _titles(text: str) -> list[str]:
    found = extract_events(Source(id="art", title="Titre", published=PUB, language="fr", text=text), [], support=True)
    return [c.title for c in found if c.kind == "event"]


@pytest.mark.parametrize("text", [
    "Awa N'Diaye a démissionné du conseil municipal.",
    "Moussa N'Golo a été hospitalisé après l'accident.",
    "Fanta N’Doye a quitté la présidence du syndicat.",
])
def test_a_name_opened_by_n_apostrophe_tells_a_plain_action(text: str) -> None:
    assert _titles(text) == [text.rstrip(".")]


def test_a_name_opened_by_n_apostrophe_leaves_a_dated_participle_its_main_fact() -> None:
    # Monday 31 March 2031: the participle's day dates the main clause's fact, which no negation holds.
    assert _titles("Réuni lundi, le club de N'Golo a adopté le budget.") == ["Le club de N'Golo a adopté le budget"]


@pytest.mark.parametrize("text, negated", [
    ("La délégation de N'Djamena a signé l'accord.", False),
    ("Le maire n'a pas démissionné.", True),
    ("N'ayant pas reçu de réponse, il est parti.", True),
    ("LE MAIRE N'A PAS DÉMISSIONNÉ", True),
])
def test_the_negation_reads_the_verbs_n_apostrophe_only(text: str, negated: bool) -> None:
    assert (re.search(for_text("fr").NEGATION, text) is not None) == negated


@pytest.mark.parametrize("text, lang, pub, value", [
    # Easter 2031 is Sunday 13 April: Palm Sunday the 6th, Mothering Sunday 23 March, Pentecost 1 June.
    ("The choir sang in the cathedral on Palm Sunday.", "en", "2031-05-10", "2031-04-06"),
    ("The florist sold out of tulips on Mothering Sunday.", "en", "2031-05-10", "2031-03-23"),
    # 1 November 2031 is a Saturday: its Sundays are the 2nd and the 9th, the second one Remembrance Sunday.
    ("Wreaths were laid at the memorial on Remembrance Sunday.", "en", "2031-12-01", "2031-11-09"),
    ("La procession a eu lieu le dimanche des Rameaux.", "fr", "2031-05-10", "2031-04-06"),
    ("La foire s'est tenue le dimanche de Pentecôte.", "fr", "2031-07-10", "2031-06-01"),
])
def test_a_sunday_named_by_its_feast_is_its_own_day(text: str, lang: str, pub: str, value: str) -> None:
    assert [m.value for m in tag_dates(text, dt.date.fromisoformat(pub), lang)] == [value]
