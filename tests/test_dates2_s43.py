"""Session 43: parts of a day the text just gave, and facts no sentence dates (issues 9, 10); invented sentences."""
import datetime as dt

import pytest

from generator.extract.temporal import tag_dates


def _dates(text: str, pub: dt.date, lang: str) -> dict[str, str]:
    return {m.text: m.value for m in tag_dates(text, pub, lang)}


@pytest.mark.parametrize("lang, text, pub, words, value", [
    # the evening of the day the sentence before told
    ("fr", "La piscine a rouvert jeudi 6 mars après deux mois de travaux. Dans la soirée, le club de natation a annoncé "
           "une journée portes ouvertes.", dt.date(2025, 3, 10), "Dans la soirée", "2025-03-06"),
    ("fr", "Le marché couvert a été inauguré samedi 12 avril.\n\nDans la matinée, le préfet a visité les stands.",
     dt.date(2025, 4, 15), "Dans la matinée", "2025-04-12"),
    # a fact no sentence dates by its noun: the lead's news day, told under another word
    ("fr", "Les conseillers ont voté la fermeture de la piscine. La délibération a été adoptée mercredi 5 mars par 19 "
           "voix contre 6.\n\nAu lendemain du vote, les nageurs ont manifesté.", dt.date(2025, 3, 8),
     "Au lendemain du vote", "2025-03-06"),
    ("en", "Members have balloted on the merger of the two clubs. The result, announced on Thursday, was close.\n\n"
           "The morning after the ballot, the chairman resigned.", dt.date(2025, 5, 10),
     "The morning after the ballot", "2025-05-09"),
    # the lead's second sentence in a paragraph of its own, after the blank lines a source opens on
    ("fr", "\n\nLes salariés ont voté la grève.\n\nLa consultation s'est tenue vendredi 7 février à l'usine.\n\n"
           "La veille du vote, la direction avait proposé une prime.", dt.date(2025, 2, 10),
     "La veille du vote", "2025-02-06"),
])
def test_day_from_the_day_told(lang: str, text: str, pub: dt.date, words: str, value: str) -> None:
    assert _dates(text, pub, lang)[words] == value


def test_evening_before_a_named_day_is_that_day() -> None:
    got = _dates("Le barrage a cédé dans la soirée de mardi 4 février.", dt.date(2025, 2, 6), "fr")
    assert "dans la soirée" not in {k.lower() for k in got}
    assert "2025-02-04" in got.values()


def test_a_fact_the_lead_does_not_name_is_not_its_news() -> None:
    got = _dates("Le conseil s'est réuni lundi 3 mars. La veille de l'incendie, les pompiers avaient été alertés.",
                 dt.date(2025, 3, 5), "fr")
    assert "La veille de l'incendie" not in got


def test_a_lead_day_ahead_of_publication_is_no_news_day() -> None:
    got = _dates("Le nouveau pont ouvrira lundi 20 octobre. La veille de l'inauguration, une fête sera organisée.",
                 dt.date(2025, 10, 1), "fr")
    assert "La veille de l'inauguration" not in got


@pytest.mark.parametrize("text", [
    "La mairie a été évacuée mardi 3 juin. Le préfet a visité le quartier mardi dans la soirée.",
    "Le conseil a voté mardi 3 juin. La sanction est tombée à la veille du déplacement à Lyon.",
])
def test_inside_a_sentence_no_date_of_its_own(text: str) -> None:
    got = _dates(text, dt.date(2025, 6, 5), "fr")
    assert not {k for k in got if "soirée" in k or "veille" in k}
