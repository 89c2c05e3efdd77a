"""Session 45, titles: the clause that carries the date gives the title (issue 9, item 3). Our own sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import extract_events, in_present
from generator.model import Source


def _events(text: str, language: str) -> list[tuple[str, str | None]]:
    """(title, date) of each event of a one-paragraph article (published Thursday 3 April 2025 / Wednesday 15 May
    2024), claims left out."""
    published = dt.date(2025, 4, 3) if language == "fr" else dt.date(2024, 5, 15)
    source = Source(id="art", title="Titre", published=published, language=language, text=text)
    return [(c.title, c.date.iso() if c.date else None) for c in extract_events(source, []) if c.kind == "event"]


# --- a singular noun in -s before "claim" is no plural saying something --------------------------------------------

@pytest.mark.parametrize("title, present", [
    ("The bus claim was rejected", "The bus claim is rejected"),
    ("The business claim was rejected by the court", "The business claim is rejected by the court"),
    ("The status claim was dropped", "The status claim is dropped"),
])
def test_a_singular_noun_in_s_before_claim_is_told_in_the_present(title: str, present: str) -> None:
    assert in_present(title, "en") == present


def test_a_plural_subject_s_verb_of_saying_still_keeps_its_words() -> None:
    """"Residents claim they were not told": what they claim stays as they said it."""
    assert in_present("Tenants claim they were not told", "en") == "Tenants claim they were not told"


# --- a one-word participle aside that tells when the main clause happened --------------------------------------------

@pytest.mark.parametrize("text, language, title, date", [
    ("Le conseil, réuni lundi, a adopté le nouveau budget.", "fr", "Le conseil a adopté le nouveau budget",
     "2025-03-31"),
    ("La commission, saisie en mars, a rendu son avis.", "fr", "La commission a rendu son avis", "2025-03"),
    ("The committee, convened on Tuesday, approved the plan.", "en", "The committee approved the plan", "2024-05-14"),
])
def test_a_meeting_aside_dates_the_main_clause_s_deed(text: str, language: str, title: str, date: str) -> None:
    assert _events(text, language) == [(title, date)]


@pytest.mark.parametrize("text, language, title, date", [
    ("The minister, speaking on Monday, said the plan would go ahead.", "en",
     "The minister said the plan would go ahead", "2024-05-13"),
    ("Mr Hale, writing in March, warned that the bridge was unsafe.", "en",
     "Mr Hale warned that the bridge was unsafe", "2024-03"),
    ("Le maire, s'exprimant lundi, a confirmé la fermeture.", "fr", "Le maire a confirmé la fermeture", "2025-03-31"),
])
def test_a_present_participle_aside_is_no_title_of_its_own(text: str, language: str, title: str, date: str) -> None:
    """"speaking on Monday" is when the subject did what the main clause tells, not a state of it."""
    assert _events(text, language) == [(title, date)]


# --- English has no imperfect: a simple past that tells a state is no deed of the aside's date -----------------------

@pytest.mark.parametrize("text, title, date", [
    ("The depot, opened in 1996, housed forty buses.", "The depot is opened", "1996"),
    ("Opened in 1996, the depot housed forty buses.", "The depot is opened", "1996"),
    ("The mill, built in 1820, employed two hundred weavers.", "The mill is built", "1820"),
    ("The club, founded in 1890, had 300 members.", "The club is founded", "1890"),
])
def test_an_english_state_beside_a_dated_aside_gives_the_aside_s_fact(text: str, title: str, date: str) -> None:
    assert _events(text, "en") == [(title, date)]


def test_a_pluperfect_deed_beside_a_dated_aside_is_still_one() -> None:
    """"had been moved" is a deed's auxiliary, not a possession."""
    assert _events("The club, founded in 1890, had been moved to Leeds.", "en") == \
        [("The club had been moved to Leeds", "1890")]


# --- a past fact a verb of saying reports, dated in the words reported ----------------------------------------------

@pytest.mark.parametrize("text, language, title, date", [
    ("Ms Okafor said the trust had sold the old barn on 12 March.", "en", "The trust had sold the old barn",
     "2024-03-12"),
    ("Le maire a rappelé que la commune avait vendu le presbytère en 2019.", "fr",
     "La commune avait vendu le presbytère", "2019"),
    ("The library service said it had closed the branch on Friday.", "en", "The library service had closed the branch",
     "2024-05-10"),
    ("La préfecture a indiqué qu'elle avait fermé la route lundi.", "fr", "La préfecture avait fermé la route",
     "2025-03-31"),
])
def test_a_reported_past_fact_is_titled_by_its_own_clause(text: str, language: str, title: str, date: str) -> None:
    assert (title, date) in _events(text, language)


@pytest.mark.parametrize("text, language, title", [
    # a plan or a promise: the saying is the news
    ("The operator said it would cut the evening service on Monday.", "en",
     "The operator said it would cut the evening service"),
    # a state at that date: « était » tells no deed of the day
    ("La direction confirme que la chaudière était en panne lundi.", "fr",
     "La direction confirme que la chaudière était en panne"),
])
def test_a_reported_plan_or_state_keeps_its_verb_of_saying(text: str, language: str, title: str) -> None:
    assert title in [t for t, _ in _events(text, language)]


# --- a title too long for 110 characters drops who says or who is described before cutting its fact ----------------

@pytest.mark.parametrize("text, language, title", [
    ("According to the Northern Haulage Federation, thefts of diesel from parked lorries in the county rose by 27 per "
     "cent last year.", "en", "Thefts of diesel from parked lorries in the county rose by 27 per cent"),
    ("Selon le parquet de Vernois-sur-Lèze, deux hommes âgés de 24 et 31 ans ont été placés en garde à vue mardi et "
     "seront jugés en comparution immédiate le mois prochain.", "fr",
     "Deux hommes âgés de 24 et 31 ans ont été placés en garde à vue"),
    ("La présidente du syndicat des eaux du Val-Marnois, Odile Ferrachat, a signé jeudi la convention de "
     "raccordement des hameaux au réseau communal.", "fr",
     "La présidente Odile Ferrachat a signé la convention de raccordement des hameaux au réseau communal"),
    # the attributed body's apposition goes with it
    ("D'après Travaux Vernois, filiale du groupe Ardelis, les fouilles s'achèveront à la fin du mois de novembre et "
     "mobiliseront une quarantaine de personnes venues de toute la région.", "fr",
     "Les fouilles s'achèveront et mobiliseront une quarantaine de personnes venues de toute la région"),
    # the role's head too would not fit: the name alone says who
    ("La présidente du syndicat des eaux du Val-Marnois, Odile Ferrachat, a signé jeudi la convention de "
     "raccordement des deux hameaux au réseau d'eau de la commune voisine.", "fr",
     "Odile Ferrachat a signé la convention de raccordement des deux hameaux au réseau d'eau de la commune voisine"),
])
def test_a_long_title_drops_its_attribution_or_description_first(text: str, language: str, title: str) -> None:
    assert (title, ) in [(t, ) for t, _ in _events(text, language)]


def test_a_short_title_keeps_its_attribution_and_its_description() -> None:
    """Only a title too long loses them: they say who."""
    assert [t for t, _ in _events("According to police, the van was stolen on Monday.", "en")] == \
        ["According to police, the van was stolen"]
    assert [t for t, _ in _events("Le préfet du Haut-Vernois, Paul Issartel, a signé mardi l'arrêté.", "fr")] == \
        ["Le préfet du Haut-Vernois, Paul Issartel, a signé l'arrêté"]
