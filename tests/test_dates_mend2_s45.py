"""Review 45b of the dates of 51833c8, 5ff199b, 72b2f42 and 2a01099 (our own sentences).

- A French conditional after « qu'il » looks ahead only in a form no imperfect takes: « qu'elle préparait le repas
  mardi soir » is the Tuesday gone by (an imperfect of a verb in -rer), « qu'elle porterait plainte dès mardi » the coming.
- A plan in the imperfect followed by what happened, or told as failed, dates a day of that story, gone by.
- "every day except Monday" told in the past dates neither the every-day fact nor a title without its weekday.
- A plan told as overdue (« n'est toujours pas », "is still not") takes the season gone by, not the nearest ahead.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import extract_events
from generator.extract.temporal import tag_dates
from generator.model import Source

# Thursday 12 June 2031: the Tuesday gone by is the 10th, the coming one the 17th; the Saturday gone by the 7th
JUNE = dt.date(2031, 6, 12)


def values(text: str, language: str, published: dt.date = JUNE) -> list[tuple[str, str]]:
    """Each date mention's words and value."""
    return [(m.text, m.value) for m in tag_dates(text, published, language)]


def events(text: str, language: str, published: dt.date = JUNE) -> list[tuple[str, str | None]]:
    """(title, date) of each event of a one-paragraph article, claims left out."""
    source = Source(id="art", title="Titre", published=published, language=language, text=text)
    return [(c.title, c.date.iso() if c.date else None) for c in extract_events(source, []) if c.kind == "event"]


@pytest.mark.parametrize("text, value", [
    # imperfects of verbs in -rer after « qu'il / qu'elle »: the day gone by
    ("La serveuse a raconté qu'elle préparait la salle mardi soir quand l'incendie s'est déclaré.", "2031-06-10"),
    ("Le gardien a déclaré qu'il tirait le rideau de fer mardi vers minuit quand il a vu la voiture.", "2031-06-10"),
    ("Le passager affirme qu'il ignorait tout du retard annoncé mardi.", "2031-06-10"),
    # a conditional: the coming day
    ("La victime a fait savoir qu'elle porterait plainte dès mardi.", "2031-06-17"),
    ("Le maire a précisé qu'il viendrait constater les dégâts mardi.", "2031-06-17"),
])
def test_a_french_conditional_is_read_only_in_a_form_no_imperfect_takes(text: str, value: str) -> None:
    assert any("mardi" in w and v == value for w, v in values(text, "fr"))


@pytest.mark.parametrize("text, language, words, value", [
    ("La chorale prévoyait de chanter samedi, mais l'église a été inondée vendredi.", "fr", "samedi", "2031-06-07"),
    ("Le pêcheur projetait de sortir samedi quand le moteur est tombé en panne.", "fr", "samedi", "2031-06-07"),
    ("Les douaniers comptaient saisir la cargaison samedi, mais le navire avait déjà quitté le port.", "fr", "samedi",
     "2031-06-07"),
    ("The club planned to unveil its new stand on Saturday, but the roof had already collapsed.", "en", "Saturday",
     "2031-06-07"),
])
def test_a_plan_followed_by_what_happened_dates_a_day_gone_by(text: str, language: str, words: str,
                                                             value: str) -> None:
    assert (words, value) in values(text, language)


def test_a_plan_in_the_imperfect_alone_still_looks_ahead() -> None:
    """No past told after it: the plan's day is the nearest (here the coming Saturday)."""
    assert ("samedi", "2031-06-14") in values("Selon le club, l'entraîneur comptait aligner les jeunes samedi.", "fr")


@pytest.mark.parametrize("text, language, weekday", [
    ("The ferry sailed every day except Tuesday, when the gale kept it in port.", "en", "2031-06-10"),
    ("Les bénévoles ont servi la soupe tous les jours sauf mardi, jour de la fermeture du gymnase.", "fr",
     "2031-06-10"),
    ("Il a neigé tous les jours sauf mardi, et la course a pu partir.", "fr", "2031-06-10"),
])
def test_every_day_except_a_day_told_in_the_past_gives_no_broken_title(text: str, language: str,
                                                                         weekday: str) -> None:
    for title, date in events(text, language):
        assert not any(title.endswith(w) or f"{w}," in title for w in ("except", "sauf")), title
        assert date != weekday, title


@pytest.mark.parametrize("text, language, published, words, value", [
    ("La passerelle, qui devait rouvrir au printemps, n'est toujours pas accessible.", "fr", dt.date(2031, 12, 9),
     "au printemps", "2031-SP"),
    ("Le gymnase devait être livré à l'automne, mais il n'a jamais ouvert.", "fr", dt.date(2032, 2, 2),
     "à l'automne", "2031-FA"),
    ("The footbridge, which was due to reopen in the spring, is still not open.", "en", dt.date(2031, 12, 9),
     "in the spring", "2031-SP"),
])
def test_a_plan_told_overdue_takes_the_season_gone_by(text: str, language: str, published: dt.date, words: str,
                                                      value: str) -> None:
    assert (words, value) in values(text, language, published)
