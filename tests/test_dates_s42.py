"""Dates read by the tagger in session 42, each value worked out by hand against a calendar."""
from __future__ import annotations

import datetime as dt
import types

import pytest

from generator.extract.lang import LanguageData, en
from generator.extract.temporal import _Lang, tag_dates

PUB = dt.date(2031, 5, 20)  # a Tuesday


def value_of(text: str, lang: str, words: str) -> str | None:
    """The value the tagger gives the date written as ``words`` in text, None when it reads no date there."""
    for m in tag_dates(text, PUB, lang):
        if m.text == words:
            return m.value
    return None


@pytest.mark.parametrize("lang, text, words, value", [
    # Monday 19 May less ten days is Friday 9 May; the day after it the 10th
    ("fr", "Dix jours après son accident, la cycliste a repris l'entraînement lundi. Elle avait été opérée le "
           "lendemain de l'accident.", "le lendemain de l'accident", "2031-05-10"),
    # Friday 16 May less two weeks is 2 May; its eve the 1st
    ("fr", "Deux semaines après l'incendie, le maire a présenté vendredi un plan. La veille de l'incendie, une alerte "
           "avait été lancée.", "La veille de l'incendie", "2031-05-01"),
    # the count after the day: Monday 19 May less nine days is 10 May
    ("en", "The ferry sailed again on Monday, nine days after the collision in the harbour. Divers inspected the hull "
           "the day after the collision.", "the day after the collision", "2031-05-11"),
])
def test_a_day_counted_from_a_fact_dated_by_a_count_from_it(lang: str, text: str, words: str, value: str) -> None:
    assert value_of(text, lang, words) == value


def test_a_count_in_months_from_the_fact_dates_no_day_of_it() -> None:
    text = "Trois mois après l'incendie, le maire a présenté vendredi un plan. La veille de l'incendie, une alerte " \
           "avait été lancée."
    # the fire some three months before Friday 16 May: its eve is no day the text gives (not the 15th, Friday's eve)
    assert value_of(text, "fr", "La veille de l'incendie") is None


def test_of_a_sentence_s_days_the_fact_takes_the_one_nearest_its_word() -> None:
    text = "The depot reopened on May 12, after inspectors lifted the closure order the day before. Workers cheered " \
           "on the day of the reopening."
    assert value_of(text, "en", "the day of the reopening") == "2031-05-12"


def test_a_day_after_a_fact_told_in_the_past_never_falls_after_publication() -> None:
    # the only sentence naming the walkout's word dates its "this morning" to another fact (the return)
    text = "The nurse assaulted in the car park in April went back to work this morning. The day after the assault, " \
           "her colleagues stopped work."
    # the assault's day in April is not given: no day after it either (not the 21st, a day after this morning)
    assert value_of(text, "en", "The day after the assault") is None


@pytest.mark.parametrize("lang, text, words", [
    # the fact's word as another word's complement: that sentence's day is the arrest's, not the robbery's
    ("en", "The driver suspected of the robbery was arrested on Friday. The jeweller reopened his shop the day after "
           "the robbery.", "the day after the robbery"),
    # the fact's word as a relative clause's verb: Thursday is the panel's day, not the crash's
    ("en", "A panel on Thursday suspended the rider who crashed into him. He spoke on the day of the crash.",
     "the day of the crash"),
    ("fr", "Le suspect de l'agression a été présenté mardi au juge. Les cours ont cessé le lendemain de l'agression.",
     "le lendemain de l'agression"),
])
def test_a_sentence_naming_the_fact_aside_dates_no_day_of_it(lang: str, text: str, words: str) -> None:
    assert value_of(text, lang, words) is None


def test_a_sentence_telling_the_fact_still_dates_the_day_after_it() -> None:
    text = "The attack happened on Monday. Staff walked out the day after the attack."
    assert value_of(text, "en", "the day after the attack") == "2031-05-20"


@pytest.mark.parametrize("lang, text, words, value", [
    # a period's start before a saying dates no saying: the end of the year is publication's
    ("en", "The mill, a landmark since 1902, will shut at the end of the year, its owner said.",
     "at the end of the year", "2031"),
    ("fr", "Le moulin, ouvert depuis 1902, fermera à la fin de l'année, a annoncé son propriétaire.",
     "à la fin de l'année", "2031"),
    # a year that dates the saying still gives its own year's end
    ("en", "In 2019, the firm said the plant would close at the end of the year.", "at the end of the year", "2019"),
])
def test_the_end_of_the_year_after_a_period_s_start_is_publication_s(lang: str, text: str, words: str,
                                                                      value: str) -> None:
    assert value_of(text, lang, words) == value


NOVEMBER = dt.date(2030, 11, 18)


@pytest.mark.parametrize("lang, text, value", [
    # « a dû » is a passé composé: the March gone by, not the coming one
    ("fr", "Le boulanger a dû fermer sa boutique en mars pour refaire le four.", "2030-03"),
    ("fr", "Elle avait dû vendre sa voiture en mars.", "2030-03"),
    # bailed or summoned to appear: the day ahead of the order, on either side of publication, so the nearest
    ("en", "Two suspects were bailed to return to the police station on 12 January.", "2031-01-12"),
    ("en", "The director was summoned to appear before the committee on 3 February.", "2031-02-03"),
])
def test_a_tense_read_on_the_right_side_of_publication(lang: str, text: str, value: str) -> None:
    assert [m.value for m in tag_dates(text, NOVEMBER, lang)] == [value]


@pytest.mark.parametrize("lang, text, span", [
    # told in the past, a year-less span ends nearest publication: both bounds in its end's year
    ("fr", "Des voleurs ont démonté des compteurs entre janvier et août.", ("2030-01", "2030-08")),
    ("en", "Thieves stripped copper from the depot between January and August.", ("2030-01", "2030-08")),
    # across the new year, the start in the year before the end's
    ("fr", "Le musée a fermé de novembre à février.", ("2029-11", "2030-02")),
    # told ahead, the span still starts at the coming January
    ("fr", "Les travaux auront lieu de janvier à août.", ("2031-01", "2031-08")),
])
def test_a_year_less_span_told_in_the_past_takes_its_end_s_year(lang: str, text: str, span: tuple[str, str]) -> None:
    assert [(m.value, m.end_value) for m in tag_dates(text, NOVEMBER, lang)] == [span]


def test_the_articles_before_a_fact_s_word_are_the_language_s_data() -> None:
    module = types.ModuleType("en_other_articles")
    module.__dict__.update({k: v for k, v in vars(en).items() if not k.startswith("__")})
    module.__file__ = "lang/en_other_articles.py"
    module.INDEFINITE_ARTICLES = r"ein|eine"
    rules = _Lang(LanguageData(module))
    text = "two days after eine collision"
    assert rules.fact_count.search(text, 0, text.index("collision")) is not None
    text = "the driver accused of eine collision"
    assert rules.fact_aside.search(text, 0, text.index("collision")) is not None


@pytest.mark.parametrize("lang, text, words, value", [
    # the day right after the fact's word is the fact's own, though the word is another's complement: Thursday 15 May
    ("en", "Pictures of the fire on Thursday were shared widely. The day after the fire, the school stayed shut.",
     "The day after the fire", "2031-05-16"),
    # Saturday 17 May
    ("en", "Videos of the collapse on Saturday drew thousands of views. Engineers inspected the bridge the day after "
           "the collapse.", "the day after the collapse", "2031-05-18"),
    ("fr", "Les photos de l'accident du 14 mai ont beaucoup circulé. Le lendemain de l'accident, la route a rouvert.",
     "Le lendemain de l'accident", "2031-05-15"),
])
def test_a_fact_s_own_day_after_its_word_dates_it_though_the_word_is_aside(lang: str, text: str, words: str,
                                                                           value: str) -> None:
    assert value_of(text, lang, words) == value


def test_each_sentence_is_folded_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.extract import temporal

    folds: list[tuple[int, int]] = []
    plain = temporal._folded

    def counted(text: str, s: int, e: int) -> tuple[str, object]:
        folds.append((s, e))
        return plain(text, s, e)

    monkeypatch.setattr(temporal, "_folded", counted)
    # three days, three days counted from facts: every day's sentence is read for every fact (Wednesday 14 May)
    text = ("The strike began on Monday. The vote was held on Wednesday. The deal came on Friday. The day after the "
            "strike, buses ran late. The day after the vote, the union met. The day after the deal, work resumed.")
    assert value_of(text, "en", "The day after the vote") == "2031-05-15"
    assert folds and len(folds) == len(set(folds))


@pytest.mark.parametrize("text", ["Le lendemain de l’incendie, l’école a rouvert — « enfin », dit Œdipe Straße.",
                                  "The day after the fire, the school reopened."])
def test_a_sentence_folded_keeps_each_folded_character_s_offset(text: str) -> None:
    from generator.extract.lang import fold
    from generator.extract.temporal import _folded

    folded, offsets = _folded(text, 3, len(text))
    assert folded == fold(text[3:])
    assert len(offsets) == len(folded) + 1 and offsets[-1] == len(text)
    assert all(folded[i] in fold(text[offsets[i]]) for i in range(len(folded)))
