"""The languages extraction has rules for: one plain-data module per language, behind one registry.

Each module here (``fr.py``, ``en.py``) holds a language's words, regex sources
and cues as module-level constants; the engine (temporal, temporal_tense,
events, claims, actors, segment) reads them through ``for_language`` and never
branches on a language code. Adding a language is adding a module with every
field of ``REQUIRED`` (copy ``en.py``) and test articles in it. A language
without a module still has its dates read, by dateparser (temporal_fallback).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from functools import lru_cache
from types import ModuleType
from typing import Any, Callable, Iterable, TypeVar

T = TypeVar("T")

# Every field a language module must define (see fr.py for what each means).
REQUIRED = (
    "CODE",
    "NAME",
    "DATE_ORDER",
    "MONTHS_FULL",
    "MONTHS_ABBR",
    "MONTHS_ABBR_NEED_DOT_OR_YEAR",
    "MONTHS_LOWERCASE",
    "MONTHS_CAPITALISED",
    "MONTHS_BEFORE_NAME",
    "MONTHS_NEED_PREP",
    "MONTH_PERIODS",
    "MONTH_NAMES_EVENT",
    "MONTH_PERIOD_LEAD",
    "DAY_NAMES_EVENT",
    "MONTH_FREQUENCY",
    "HABITUAL",
    "FEAST_HABITUAL",
    "SINCE_CLAUSE",
    "WEEKDAYS",
    "WEEKDAYS_CAPITALISED",
    "WEEKDAY_PRE",
    "WEEKDAY_NEAREST_PAST",
    "WEEKDAY_MONTHLY_AFTER",
    "WEEKDAY_MONTHLY_BEFORE",
    "WEEKDAY_NAMED",
    "WEEKDAY_HABIT",
    "WEEKDAY_EXCEPT",
    "PLAN_FAILED",
    "PLAN_OVERDUE",
    "WEEKDAY_LIST_PLURAL",
    "WEEKDAY_LIST",
    "WEEKDAY_ATTRIBUTE_BEFORE",
    "WEEKDAY_ATTRIBUTE_AFTER",
    "CENTURY_ATTRIBUTE_BEFORE",
    "CENTURY_ATTRIBUTE_AFTER",
    "WEEKDAY_KIND_AFTER",
    "WEEKDAY_KIND_PAST",
    "WEEKDAY_COMPOUND",
    "WEEKDAY_COMPOUND_NOT_AFTER",
    "WEEKDAY_COMPOUND_HABIT",
    "WEEKDAY_AHEAD",
    "WEEKDAY_PLAN",
    "WEEKDAY_PLAN_PAST",
    "WEEKDAY_PLAN_DATED",
    "WEEKDAY_PLAN_EVENT",
    "WEEKDAY_THE",
    "WEEKDAY_THE_AFTER",
    "WEEKDAY_INCIDENT_BEFORE",
    "WEEKDAY_INCIDENT_AFTER",
    "WEEKDAY_INCIDENT_OWNED",
    "WEEKDAY_FOR_BEFORE",
    "WEEKDAY_SUMMONED",
    "WEEKDAY_SUMMONED_TO",
    "WEEKDAY_FOR_NOT_AFTER",
    "PAST_PERFECT",
    "PLAN_BEFORE_PAST",
    "PRESENT_PARTICIPLE",
    "PRESENT_PARTICIPLE_ENDINGS",
    "FEASTS",
    "FEASTS_AFTER_PREP",
    "FEAST_PREP",
    "FEAST_REL",
    "FEAST_WEEKEND",
    "BOUND_BEFORE",
    "NIGHT_OF",
    "RANGE_FROM",
    "RANGE_TO",
    "RANGE_WEEK",
    "NUMBERS",
    "ORDINALS",
    "ORDINALS_PREVIOUS",
    "ORDINALS_LAST",
    "MATCH_WORDS",
    "DAY_ONE",
    "SEASONS",
    "SEASON_OF",
    "SEASON_BOUND",
    "UNITS",
    "UNIT_ARTICLES",
    "REL_LAST",
    "REL_NEXT",
    "REL_THIS",
    "REL_TWICE",
    "REL_ALIASES",
    "REL_ANAPHORIC",
    "PERIOD_RESULTS_AFTER",
    "PERIOD_RESULTS_BEFORE",
    "REL_FROM_TEXT",
    "REL_IN_TEXT",
    "REL_THAT",
    "THAT_CLAUSE_AFTER",
    "YEAR_AFTER",
    "YEAR_BEFORE",
    "DAYS_FROM_TEXT",
    "MONTH_EDGES",
    "ORDINAL_DAY",
    "LATER_WORDS",
    "MODS",
    "RELDAYS",
    "REFS",
    "SHORT_DECADE_MARK",
    "ANAPHORIC_DAY",
    "DATE_PREP",
    "STRONG_YEAR_CONTEXT",
    "YEAR_UNIT_AFTER",
    "COUNT_NOUNS",
    "COUNT_PLURAL_ENDINGS",
    "COUNT_PLURAL_STOP",
    "YEAR_BEFORE_COUNT",
    "EDITION_BEFORE",
    "EDITION_AFTER",
    "EDITION_NEXT_YEAR",
    "EDITION_NEXT_OPENS",
    "EDITION_TOPIC",
    "EDITION_TOPIC_VERB",
    "EDITION_TOLD",
    "COUNT_SINGULAR_ENDINGS",
    "ID_PREFIXES",
    "SPAN_OPEN",
    "SPAN_JOIN",
    "SPAN_BETWEEN",
    "SPAN_AND",
    "SPAN_ARTICLE",
    "DAY",
    "DAY_OF",
    "DATE_NAME",
    "YEAR",
    "MOD",
    "RULES",
    "FUTURE",
    "FUTURE_STOP",
    "PAST",
    "PAST_STOP",
    "PRESENT",
    "PRESENT_VERBS",
    "FUTURE_IN_PAST",
    "PERFECT",
    "PREP_FUTURE",
    "PREP_PAST",
    "PAST_BEFORE",
    "FACT_RELATION",
    "INFINITIVE",
    "NOUN_LINK",
    "OBJECT_START",
    "DATE_MOVERS",
    "AHEAD_NOT_AFTER",
    "AHEAD_ORDINAL_BEFORE",
    "DIRECTIVE",
    "DIRECTIVE_BOUND",
    "SPEECH_THAT",
    "BACKSHIFTED",
    "DECISION_INFINITIVE",
    "CLAUSE_BREAK",
    "BACK_TO_PRESENT",
    "YEAR_ASIDE",
    "SUBORDINATE_AFTER",
    "SUBORDINATE_TIME",
    "SAID_TO",
    "SCHEDULED_BEFORE",
    "PAST_PARTICIPLE",
    "PARTICIPLE_PLURAL",
    "PARTICIPLE_SINGULAR",
    "PARTICIPLE_MAY_BE_PAST",
    "PARTICIPLE_GENDERS",
    "OBJECT_THAT",
    "PREPOSITIONS",
    "PARTICIPLE_BEFORE",
    "PARTICIPLE_NOT_AFTER",
    "PARTICIPLE_STOP",
    "FROM_ON",
    "START_BEFORE",
    "ACTIONS",
    "ACTION",
    "PHYSICAL_ACTION_KINDS",
    "PHYSICAL_ACTION",
    "NEGATED_SUBJECT",
    "SUBORDINATE",
    "NEGATION",
    "QUOTED_CHARGE_BEFORE",
    "SAID_AGAIN",
    "ANOTHER_ONE",
    "CONDITIONAL",
    "SUBJECT_ARTICLE",
    "DATE_LEAD",
    "TITLE_DATE_LEAD",
    "LEADING_CLAUSE",
    "INLINE_ASIDE",
    "FUNCTION_WORDS",
    "SCOPE_BEFORE",
    "UNTIL_BEFORE",
    "DEADLINE_BEFORE",
    "PLAN_FOR_BEFORE",
    "DEADLINE_PROMISE",
    "AUDIENCE_AFTER",
    "TITLE_LEADING_WORDS",
    "TITLE_DATE_BOUND",
    "TITLE_DANGLING",
    "TITLE_THAN",
    "TITLE_COMPARATIVES",
    "VERB",
    "VERB_FORMS",
    "CLAUSE_WORDS",
    "CLAUSE_CUT_PREPS",
    "CLAUSE_CUT_WORDS",
    "RELATIVE_PRONOUNS",
    "PLACE_RELATIVE",
    "PLACE_PREPOSITIONS",
    "POSSESSIVE_RELATIVE",
    "OWNED_TITLE",
    "OWNED_CONTRACTIONS",
    "OWNED_PART",
    "VERB_CLITICS",
    "OWNED_COMPLEMENT",
    "ANTECEDENT_ARTICLES",
    "CONTRACTED_ARTICLES",
    "CLAUSE_RELATIVE",
    "CLAIM_TITLE",
    "CLAIM_TITLE_SAYS",
    "QUOTE_TURN_WORDS",
    "REPORTING_PARTICIPLES",
    "REPORTING_PRESENT",
    "NEUTRAL_REPORTING",
    "REPORTING_AUXILIARY",
    "REPORTING_VERB",
    "REPORTING_CLITIC",
    "REPORTING_INVERTED",
    "ACCORDING",
    "INCISE_VERB",
    "ONE_WORD_QUOTE_BEFORE",
    "ONE_WORD_INFINITIVE_BEFORE",
    "ONE_WORD_INFINITIVE",
    "REPORTED_THAT",
    "QUOTED_QUALIFIER",
    "REPORTED_BETWEEN",
    "REPORTED_TITLE",
    "REPORTED_TITLE_INFINITIVE",
    "REPORTED_INFINITIVE",
    "ACCORDING_TITLE",
    "REPORTED_NOT_VERBS",
    "THAT_VERB",
    "THAT_CONJUNCTIONS",
    "THAT_DEGREE",
    "THAT_AUDIENCE",
    "THAT_OF",
    "OF_SUBJECT_VERBS",
    "THAT_ARTICLE_PREPOSITIONS",
    "TITLE_ELISIONS",
    "ACCORDING_PRONOUNS",
    "SPEAKER_TAIL_STOP",
    "TIME_AGO",
    "SPEAKER_PREPOSITIONS",
    "SPEAKER_CIRCUMSTANCE",
    "SPEAKING_BODIES",
    "BODY_OR_FIRM",
    "DEPENDING_BEFORE",
    "DEPENDING_AFTER",
    "FINITE_VERB",
    "DETERMINERS",
    "NOT_SPEAKERS",
    "ORG_WORDS",
    "COMMON_CAPITALS",
    "TITLES",
    "SURNAME_TITLES",
    "SUBJECTS",
    "SUBUNIT_WORDS",
    "PERSON_TITLES",
    "NAME_PARTICLES",
    "PLURAL_POSSESSORS",
    "POSSESSIVE_NAME_HEADS",
    "COUNTRIES",
    "REMIT_WORDS",
    "SEAT_ACRONYMS",
    "ORDINAL_ENDINGS",
    "SURNAME_PREFIXES",
    "ELISIONS",
    "DEMONYM_ENDINGS",
    "LABEL_DEMONYM_ENDINGS",
    "LABEL_ARTICLES",
    "INFINITIVE_OBJECT",
    "PRONOUNS",
    "ORG_CATEGORIES",
    "NAME_JOINERS",
    "NATIONALITIES",
    "SEA_NAMES",
    "SEA_NAME_VERB",
    "BRAND_BEFORE",
    "BRAND_AFTER",
    "ADJECTIVE_SUFFIXES",
    "DISEASES",
    "PRODUCT_WORDS",
    "PRODUCT_BEFORE",
    "TITLE_COMPLEMENT",
    "PRODUCT_AFTER",
    "PRODUCT_AFTER_RUN",
    "PRODUCT_BEFORE_RUN",
    "DISEASE_AFTER",
    "CHROME_PHRASES",
    "BYLINE",
    "BYLINE_LEAD",
    "CREDIT_LABELS",
    "CREDIT_WHAT",
    "CREDIT_AFTER_WHAT",
    "COMMENT_LABELS",
    "COMMENT_SECTION_LABELS",
    "THREAD_LABELS",
    "COMMENT_AGE",
    "FUNDING_APPEAL",
    "DATELINE",
    "ABBREVIATIONS",
    "NAME_ARTICLES",
    "NAME_ARTICLE_BEFORE",
    "INDEFINITE_ARTICLES",
    "PLURAL_ARTICLES",
    "ORG_LINKS",
    "ROUTE_AFTER",
    "ROUTE_BEFORE",
    "ORG_NOUNS",
    "KIND_COMPLEMENT",
    "COMPANY_NOUNS",
    "PLACE_BEFORE",
    "THING_NAME_BEFORE",
    "THING_NAME_NOT_AFTER",
    "THING_RELATIVE",
    "AD_LABELS",
    "SUBJECT_PRONOUNS",
    "PLURAL_PRONOUNS",
    "GENDERED_NOUNS",
    "GENDERED_TITLES",
    "PRONOUN_ANTECEDENTS",
    "OBJECT_PRONOUNS",
    "OBJECT_FOLLOWS",
    "SUBJECT_ADVERBS",
    "DATE_TAIL",
    "DATE_OBJECT_VERBS",
    "ORG_WORD_LINKS",
    "GROUP_LINKS",
    "AREA_SERVICES",
    "GROUP_OF_HEADS",
    "PERSON_NOUN_ENDINGS",
    "SAINT_PREFIXES",
    "NOT_NAMES",
    "NAME_ADJECTIVES",
    "NAME_COMPLEMENT",
    "LISTED_COMPLEMENT",
    "BARE_COMPLEMENT",
    "MATTER_ENDINGS",
    "THING_WORDS",
    "NAMED_THINGS",
    "NAMED_AFTER_ONLY",
    "NAMED_IN_COMMAS_ONLY",
    "NAMED_AFTER_ONE_WORD",
    "NAMED_QUALIFIERS",
    "ANIMALS",
    "NAMED_CALLED",
    "NAMED_GIVEN",
    "NAMED_ANIMAL",
    "PLATFORMS",
    "PLATFORM_BEFORE",
    "SUBSTANCE_BEFORE",
    "MEDIUM_BEFORE",
    "LEGAL_FORMS",
    "PERSON_RELATIVES",
    "FACILITIES",
    "FACILITY_VERBS",
    "LANDFORMS",
    "FACILITY_OWN_LINKS",
    "FACILITY_TOWN_AFTER",
    "FACILITY_ELIDED_LINK",
    "IMPERSONAL_SPEAKER",
    "CHAINED_REPORT",
    "CHAINED_VERB",
    "BARE_PLURAL_OPENS",
    "NAME_ABBREVIATIONS",
    "WORD_PARTICLES",
    "HYPHEN_PRONOUNS",
    "COMPASS_WORDS",
    "OBJECT_CLITICS",
    "ADDRESS_WORDS",
    "ADDRESS_BEFORE",
    "PORTFOLIO_BEFORE",
    "THING_AFTER",
    "PARTY_LABELS",
    "PARTY_GROUP_AFTER",
    "EVENT_WORDS",
    "EVENT_WORD_NOT_AFTER",
    "EVENT_LAST_WORDS",
    "EVENT_OPENING_CONTEXT",
    "CATEGORY_LINKS",
    "CATEGORY_QUALIFIERS",
    "NO_ALIAS_CATEGORIES",
    "BODY_CATEGORIES",
    "BODY_LINK",
    "INSTITUTIONS",
    "PLACE_BODY_WORDS",
    "PLACE_OF",
    "NAME_GLUED_LINKS",
    "NEWS_WORDS",
    "ACCORDING_SOURCE",
    "SOURCE_PARTICIPLES",
    "DOCUMENT_NOUNS",
    "DOCUMENT_BACK",
    "DOCUMENT_ANY",
    "DOCUMENT_READS",
    "PASSIVE_AGENT",
    "OPENING_PAST_PARTICIPLE",
    "FOR_SPEAKER",
    "SPOKESPERSON_FOR",
    "STAFF_AT",
    "SPOKESPERSON_AFTER_NAME",
    "SPOKESPERSON_NOUNS",
    "POSSESSIVE_DETERMINERS",
    "STANCE_VERBS",
    "HEARD_OBJECTS",
    "WORDS_OF",
    "PERSON_NOUNS",
    "PERSON_HYPERNYMS",
    "HONORIFIC_TITLES",
    "SERVICE_NOUNS",
    "SPEAKING_PARTY",
    "SPEAKING_PARTY_OF",
    "TOWN_BODIES",
    "TOWN_OF",
    "ORG_PRONOUNS",
    "AGE_UNIT",
    "STORY_STOP_WORDS",
    "FACT_WORDS",
    "SHARED_WORDS",
    "FEELING_WORDS",
    "FACT_PHRASES",
    "FACT_PATTERNS",
    "NOT_CONCEPTS",
    "NUMBER_GROUP",
    "NUMBER_DECIMAL",
    "NUMBER_SCALES",
    "PERCENT",
    "CLOCK_TIME",
    "EVENT_CLAUSE",
    "RETELLING_LEADS",
    "RETELLING_ARTICLES",
    "RETELLING_OFFSET",
    "RETELLING_OFFSET_DAYS",
    "RETELLING_OFFSET_BEFORE",
    "SAME_TIME_LEADS",
    "SAME_OCCASION",
    "SAME_OCCASION_PAST",
    "SUBJECT_ARTICLES",
    "FIRST_PERSON",
    "SPEAKER_VOICE",
    "QA_LABELS",
    "DATE_LIST_JOINERS",
    "SAYING_PARTICIPLES",
    "PARTICIPLE_LEAD",
    "CLAUSE_WITHOUT_THAT",
    "GROUP_NOUNS",
    "GROUP_PLURALS",
    "GROUP_LEADS",
    "GROUP_BARE",
    "GROUP_COMPLEMENT",
    "LEAD_TIME_NOUNS",
    "BARE_QUANTITY_SUBJECT",
    "ADVERB_SUFFIXES",
    "PASSIVE",
    "SUBORDINATORS",
    "SUBORDINATE_PHRASES",
    "AUDIENCE_VERBS",
    "COORDINATED_THAT",
    "DEMAND_OBJECT",
    "DATED_FACT_NOUNS",
    "DATE_OF_FACT",
    "DATE_BEFORE_FACT",
    "TITLE_BE",
    "TITLE_STATE",
    "TENSE_GROUP",
    "TENSE_SUBJECT_STOP",
    "TENSE_PARTICIPLE_AFTER",
    "PAST_IRREGULAR",
    "PAST_TO_BASE",
    "PRESENT_IRREGULAR",
    "PRESENT_ENDINGS",
    "TENSE_REFLEXIVE",
    "TENSE_REFLEXIVE_ELIDED",
    "TITLE_RESTRICTIVE",
    "WHEN_AFTER_DATE",
    "JOINED_CLAUSE",
    "DATED_SUBORDINATE",
    "NARRATIVE_PAST",
    "PREDICATE_SUBJECT_AFTER",
    "SHARED_AUXILIARIES",
    "BE_AUXILIARIES",
    "THING_PRONOUNS",
    "SPEAKER_ARTICLES",
    "SUBJECT_COMPLEMENTS",
    "RELEASE_EMBARGO",
    "RELEASE_END",
    "RELEASE_END_FRAMED",
    "RELEASE_NOTES",
    "WIRE_SIGNOFF",
    "SIGNOFF_TAIL",
    "STANDARDS_LABEL",
    "LIVE_END",
    "PAYWALL",
    "REPUBLISHED",
    "FIRST_PRINTED",
    "NOTE_SUBJECT",
    "NOTE_LABEL",
    "REPRINT_NOTE",
    "OCR_NOTE",
    "RIGHTS_RESERVED",
    "FOLLOW_CALL",
    "WITH_AGENCIES",
    "ABOUT_HEADING",
    "RELEASE_CONTACT",
    "RELATED_LABELS",
    "SIGNUP_CALL",
    "SIGNUP_WHAT",
    "FEEDBACK_CALL",
    "COOKIE_BANNER",
    "SHARE_CALL",
    "SHARE_ON",
    "NOTE_LINE",
    "EDIT_NOTE",
    "TOPIC_LABELS",
    "TOPIC_LABELS_BARE",
    "READING_TIME",
    "READ_COUNT",
    "FACT_OFFSET_LEADS",
    "FACT_DAY_LEADS",
    "FACT_OFFSET_OF",
    "FACT_OFFSET_DIRECTIONS",
    "FACT_OFFSET_ARTICLES",
    "FACT_NOUN_MODIFIER",
    "FACT_OTHER_WORDS",
    "CLOCK_AT",
    "BYLINE_UPDATED",
    "BYLINE_PUBLISHED",
    "BYLINE_BEFORE_DAY",
    "DAY_ON",
    "AUTHOR_BY",
    "STAMP_MONTHS",
    "AGENCY_WORDS",
    "DAY_ORDINALS",
    "MONTH_DAY_ORDINALS",
    "CREDIT_BY",
    "OCCASION_NOT_LEADS",
    "SPEAKING_OCCASION",
    "GATHERING_OCCASION",
)


class LanguageData:
    """One language's data module, read as attributes (``L.MONTHS_FULL``); fields are checked when loaded."""

    def __init__(self, module: ModuleType) -> None:
        missing = [name for name in REQUIRED if not hasattr(module, name)]
        if missing:
            raise ValueError(f"{module.__file__}: language data lacks {', '.join(missing)}")
        self.code: str = module.CODE
        self._module = module
        self._compiled: dict[Callable[..., Any], Any] = {}

    def compiled(self, build: Callable[["LanguageData"], T]) -> T:
        """What ``build`` makes of this data (its compiled patterns), made once per process."""
        if build not in self._compiled:
            self._compiled[build] = build(self)
        return self._compiled[build]  # type: ignore[no-any-return]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._module, name)

    def __repr__(self) -> str:
        return f"LanguageData({self.code!r})"


def normalize(code: str | None) -> str:
    """The bare language of a code as sources, sites and pages write it: 'fr-FR', 'fr_CA', ' FR ' -> 'fr'."""
    return (code or "").strip().replace("_", "-").split("-")[0].lower()


def codes() -> tuple[str, ...]:
    """The codes of every language with a data module, sorted."""
    return tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")))


@lru_cache(maxsize=None)
def for_language(code: str | None) -> LanguageData | None:
    """The data of a language (any spelling of its code), or None when it has no module here."""
    bare = normalize(code)
    if bare not in codes():
        return None
    return LanguageData(importlib.import_module(f"{__name__}.{bare}"))


def for_text(code: str | None) -> LanguageData:
    """The data to read a text by: its language's, else English's (claims and titles need some words)."""
    data = for_language(code) or for_language("en")
    assert data is not None
    return data


def every_language() -> list[LanguageData]:
    """The data of every language with a module, in code order."""
    return [data for data in (for_language(code) for code in codes()) if data is not None]


def union(field: str) -> frozenset[str]:
    """A word set merged over every language: for what does not depend on the article's language.

    Names and page chrome cross languages: a French article names "Federal Reserve",
    an English site's menu says "Partager".
    """
    merged: set[str] = set()
    for data in every_language():
        merged.update(getattr(data, field))
    return frozenset(merged)


def reporting_verb(data: LanguageData) -> str:
    """The regex source of a language's reporting verbs ("a déclaré", "dit", "has said"), from its data alone.

    One source for the claim finder and the tense reader, which both need to know a verb of saying.
    An empty word list matches nothing.
    """
    return (data.REPORTING_VERB.replace("{AUX}", data.REPORTING_AUXILIARY)
            .replace("{PARTICIPLES}", "|".join(data.REPORTING_PARTICIPLES) or "(?!)")
            .replace("{PRESENT}", "|".join(data.REPORTING_PRESENT) or "(?!)"))


def reporting_inverted(data: LanguageData) -> str:
    """The regex source of a language's verb of saying with its subject pronoun inside ("a-t-elle ajouté"), or none."""
    return (data.REPORTING_INVERTED or "(?!)").replace("{PARTICIPLES}", "|".join(data.REPORTING_PARTICIPLES))


def determiner_opening(data: LanguageData) -> str:
    """The regex source of a determiner opening a noun phrase, an elided one glued to its noun ("the engine
    maker", "l’entreprise"): one source for the claim finder and the title's subject."""
    return rf"(?:{data.DETERMINERS})(?:\s+|(?<=['’]))"


def literal_alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, each once, longest first so that 'juillet' beats 'juil' (the order among
    words of one length is fixed, and cannot change a match: two of one length that match at one place match the
    same text)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def fold(text: str) -> str:
    """Lower case without accents ("a voté" finds "vote", "sinistrées" "sinistrees")."""
    return unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode("ascii")


def spelled(words: Iterable[str]) -> str:
    """A regex alternation of a language's written words, longest first, a space matching any run of spaces and an
    apostrophe either apostrophe ("le lendemain", "l'avant-veille", "la Saint-Sylvestre")."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
                    for w in sorted(set(words), key=lambda w: (-len(w), w)))


def alternation(field: str) -> str:
    """A regex alternation of one regex-source field over every language (bylines, titles before names)."""
    return "|".join(getattr(data, field) for data in every_language())
