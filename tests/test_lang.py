"""The language registry: one data module per language, one way to read a language code."""
from __future__ import annotations

import datetime as dt
import re
import types

import pytest

from generator.extract import lang
from generator.extract.lang import LanguageData, codes, for_language, normalize
from generator.extract.temporal import tag_dates

ROOT_ENGINE = ["temporal.py", "temporal_tense.py", "temporal_fallback.py", "events.py", "claims.py", "actors.py",
               "segment.py", "pipeline.py"]


@pytest.mark.parametrize("written, code", [
    ("fr", "fr"), ("fr-FR", "fr"), ("fr_CA", "fr"), (" FR ", "fr"), ("EN-gb", "en"), ("pt-BR", "pt"),
    ("ast", "ast"), ("", ""), (None, ""),
])
def test_normalize_reads_every_spelling_of_a_code(written, code):
    assert normalize(written) == code


def test_french_and_english_have_data_other_languages_do_not():
    assert codes() == ("en", "fr")
    assert for_language("fr-FR").code == "fr" and for_language("en_US").code == "en"
    assert for_language("de") is None and for_language("") is None


def test_a_language_module_lacking_a_field_is_refused_by_name():
    module = types.ModuleType("xx")
    module.__file__ = "lang/xx.py"
    module.CODE = "xx"
    with pytest.raises(ValueError, match=r"lang/xx.py: language data lacks NAME, DATE_ORDER"):
        LanguageData(module)


def test_the_engine_never_branches_on_a_language_code():
    from pathlib import Path

    folder = Path(lang.__file__).parent.parent
    for name in ROOT_ENGINE:
        source = (folder / name).read_text(encoding="utf-8")
        assert not re.search(r"""(?:lang|language|code)\s*(?:==|!=|in)\s*\(?["'](?:fr|en)""", source), name
        assert not re.search(r"""startswith\(\s*["'](?:fr|en)["']\s*\)""", source), name


def test_a_language_code_with_a_region_uses_the_language_rules():
    pub = dt.date(2025, 2, 4)
    assert [m.value for m in tag_dates("Elle a signé en juin dernier.", pub, "fr-FR")] == ["2024-06"]
    assert [m.value for m in tag_dates("She signed last June.", pub, "en_GB")] == ["2024-06"]


@pytest.mark.parametrize("code", codes())
def test_the_claim_finder_and_the_tense_reader_read_one_list_of_reporting_verbs(code):
    from generator.extract import claims, temporal_tense

    data = for_language(code)
    source = lang.reporting_verb(data)
    assert source in data.compiled(claims._Cues).verb.pattern
    assert source in data.compiled(temporal_tense._Cues).speech.pattern
    verb = re.compile(rf"(?i)^(?:{source})$")
    for word in data.REPORTING_PRESENT:
        assert verb.match(word), word
    for participle in data.REPORTING_PARTICIPLES:
        assert verb.match(f"a {participle}"), participle


@pytest.mark.parametrize("code", codes())
def test_a_page_s_bylines_credits_and_comment_lines_come_from_every_language_s_data(code):
    from generator.extract import page

    data = for_language(code)
    assert data.BYLINE_LEAD in page._BYLINE_LINE.pattern
    assert data.CREDIT_LABELS in page._CREDIT_LINE.pattern and data.CREDIT_WHAT in page._CREDIT_LINE.pattern
    assert data.COMMENT_LABELS in page._COMMENT_LINE.pattern and data.COMMENT_AGE in page._COMMENT_LINE.pattern
    assert data.CLOCK_AT in page._TIME_FIRST and data.CLOCK_AT in page._STAMP_TIME


@pytest.mark.parametrize("code", codes())
def test_a_page_s_related_box_and_note_lines_come_from_every_language_s_data(code):
    from generator.extract import page

    data = for_language(code)
    assert data.RELATED_LABELS in page._RELATED_LINE.pattern and data.NOTE_LINE in page._NOTE_LINE.pattern
    for field in ("SIGNUP_CALL", "SIGNUP_WHAT", "FEEDBACK_CALL", "COOKIE_BANNER", "SHARE_CALL", "SHARE_ON"):
        assert getattr(data, field) in page._BOX_LINE.pattern, field
    assert data.ABOUT_HEADING in page._ABOUT_HEADING.pattern and data.RELEASE_CONTACT in page._RELEASE_TAIL.pattern


@pytest.mark.parametrize("code", codes())
def test_a_byline_s_stamp_words_come_from_every_language_s_data(code):
    from generator.extract import page

    data = for_language(code)
    for field in ("BYLINE_UPDATED", "BYLINE_PUBLISHED", "BYLINE_BEFORE_DAY", "DAY_ORDINALS", "MONTH_DAY_ORDINALS"):
        assert getattr(data, field) in page._BYLINE.pattern, field
    assert data.AUTHOR_BY in page._DATELINE.pattern and data.DAY_ON in page._DATELINE.pattern
    assert data.STAMP_MONTHS in page._DATE_TEXT and data.DAY_ON in page._TIME_FIRST
    assert data.CREDIT_BY in page._CREDIT_LINE.pattern and data.AGENCY_WORDS in page._AGENCY_LINE.pattern


@pytest.mark.parametrize("line, kind", [
    ("By Jane Doe, Staff Writer", "byline"), ("Par Jean Morel", "byline"),
    ("De notre envoyée spéciale à Lyon Marie Dupuis", "byline"),
    ("Credits image: Ann Lee", "other"), ("Crédit photo : Jean Morel", "other"),
    ("La mairie vue du parc. Photo d'illustration / AFP", "other"),
    ("Comments (3)", "comments"), ("3 commentaires", "comments"), ("Répondre", "comments"),
    ("2 hours ago", "comments"), ("il y a 2 heures", "comments"),
    ("By the end of the year, the plant will close.", None), ("Par ailleurs, la mairie a voté.", None),
    # a reader's comment on one line has a chronology's shape: only its place after the text tells it (segment.py)
    ("Nono72 · 04/03/2031 à 21h40 — Le pont était fermé depuis 2028 déjà.", None),
    ("R. Okoye, 5 March 2031: Shame on the council.", None),
    ("Lyon, 3 mars 2026 : le conseil municipal a voté la fermeture du pont.", None),
    ("Kyiv, 3 March 2026: Russian forces shelled the power station overnight.", None),
    ("Incendie — 3 mars 2026 : le feu se déclare dans l'entrepôt.", None),
    ("Phase 1 — 12 janvier 2027 : ouverture du chantier.", None),
    ("Commentaires (4) — Vous devez être connecté pour réagir.", "comments"),
    # a dateline, a chronology's weekday, a live blog's post and a dated aside are the article's
    ("Montréal, 4 mars 2031 — Le ministre a fermé le pont.", None),
    ("Mardi, 4 mars 2031 : le conseil a voté la fermeture.", None),
    ("21 h 40 — Le pont est fermé à la circulation.", None),
    ("The council met on 4 March 2031 — it voted to close the bridge.", None),
    # other stories' headlines under a label, whatever it says
    ("Ailleurs sur le site : Grève des bus : le trafic reprend · Le marché de Noël ouvre samedi", "related"),
    ("Elsewhere in Money: Rents rise again in the north · Why savers are moving to bonds", "related"),
    ("Contexte : Le projet – lancé en 2019 par la mairie – a été abandonné", None),
    # a kicker's headline: a dash sets its second part, no list
    ("Live: Storm Ciarán hits Cornwall – Thousands without power", None),
    ("Municipales : Les Verts en tête à Lyon – La droite garde Nice", None),
    ("The verdict: Guilty on all counts — Sentencing set for May", None),
    # an author line made long by its stamp, not a sentence
    ("Par Anne Ruelle — jeudi 6 mars 2031 à 06 h 30, mis à jour à 14 h 05", "byline"),
    ("By Thursday, the council had closed the bridge and moved the market to 12 March 2031 after the vote", None),
])
def test_page_chrome_lines_are_recognised_in_french_and_english(line, kind):
    from generator.extract.page import line_kind

    assert line_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Nono72 · 04/03/2031 à 21h40 — Le pont était fermé depuis 2028 déjà.",
    "Sue T. — 5 March 2031, 9:12am: The bridge shut in 2028 already.",
    "R. Okoye, 5 March 2031: Shame on the council.",
])
def test_a_reader_s_comment_has_its_shape(line):
    from generator.extract.page import reader_comment

    assert reader_comment(line)


@pytest.mark.parametrize("code, age", [("fr", "67 ans"), ("en", "54 years old"), ("en", "1 year old")])
def test_an_age_after_a_name_is_read_from_the_language_s_data_not_the_engine(code, age):
    from pathlib import Path

    from generator.extract import actors, claims

    unit = re.compile(rf"(?:{for_language(code).AGE_UNIT})")
    assert unit.fullmatch(age.split(maxsplit=1)[1])
    assert claims._AGE.fullmatch(age) and claims.BRACKETED_LABEL.match(f" ({age}),")
    assert actors._AGE_AFTER.match(f", {age},")
    folder = Path(lang.__file__).parent.parent
    for name in ("claims.py", "actors.py"):
        assert "years?" not in (folder / name).read_text(encoding="utf-8"), name
