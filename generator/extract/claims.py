"""Quotations and who said them: « … », “…” or "…" attributed with a reporting verb to a named speaker."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Sequence

from .actors import Mention, NameIndex, is_nationality, is_pronoun, looks_like_person
from .lang import (LanguageData, alternation, determiner_opening, for_text, literal_alternation, reporting_inverted,
                   reporting_verb, spelled, union)

# « », “ ”, straight quotes, and British single quotes ‘ ’ (whose closing mark is no apostrophe: "We’re").
_QUOTES = re.compile(r"«\s*(?P<g>[^«»]+?)\s*»|“(?P<c>[^“”]+?)”|\"(?P<s>[^\"]+?)\"|‘(?P<b>[^‘]+?)’(?!\w)")
_MIN_QUOTE_WORDS = 2
# A quotation mark that no mark closes, opening the sentence or after a colon: news goes on with a long quotation in
# the next paragraph and closes the mark there only, so the words run to the end of this one.
_UNCLOSED = re.compile(r"(?:^|(?<=:))[\s*_]*(?P<mark>[«“\"])(?P<inner>[^«»“”\"]+)$")
# A short label in brackets after a name: "(DVD)", "(Labour)", "(divers gauche)", an age "(54 ans)", "(54)"; never a
# figure ("(500 euros)", "(£500)"), which tells part of the fact.
_AGE_UNIT = alternation("AGE_UNIT")  # "ans", "years old": language data
BRACKETED_LABEL = re.compile(rf"\s*\((?:[^()\d\s£$€%]+(?:\s+[^()\d\s£$€%]+){{0,2}}|\d{{1,3}}\s+(?:{_AGE_UNIT})"
                             r"|\d{1,2})\)(?=[\s,.;:]|$)")
_APPOSITION = re.compile(r"\s*,[^.;:!?]{3,160}?,")  # ", patron du chalutier Ar Men," after a name
_ONE_WORD_BEFORE = re.compile(alternation("ONE_WORD_QUOTE_BEFORE"), re.IGNORECASE)
# « dit « regretter » »: a verb before a one-word quotation that makes it a statement only as an infinitive
_ONE_WORD_INFINITIVE_BEFORE = re.compile(alternation("ONE_WORD_INFINITIVE_BEFORE"), re.IGNORECASE)
_ONE_WORD_INFINITIVE = re.compile(alternation("ONE_WORD_INFINITIVE"), re.IGNORECASE)
_PLACEHOLDER = "QQQ"
# What ends a clause's part before its verb: a comma, semicolon, colon, bracket or dash; not the comma inside a
# figure, of thousands or decimals ("which represents 64,000 staff, said": "000 staff" spoke, issue 9; « 2,5 millions »).
_CLAUSE_BREAK = r"(?:(?<!\d),|,(?!\d)|[;:()—–])"
_BODY_PLACE = r"[A-ZÀ-ÖØ-Ý][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Ý][\w'’-]*)*"  # the place a body is of: "Haut-Verdon", "Val Morin"
_SPACED_WORD = re.compile(r"(?<=\s)(\w+)(?=\s)")  # a word between spaces: "and", "et" joining two clauses
_NAME_AFTER = re.compile(rf"\s+(?!{_PLACEHOLDER})[A-ZÀ-ÖØ-Ý]")  # a capitalised word next, no quotation
_LAST_WORD = re.compile(r"[\w'’-]+$")
_TOKEN = re.compile(r"\S+")
_AGE = re.compile(rf"\d{{1,3}}(?:\s+(?:{_AGE_UNIT}))?")  # "Marie Dubois, 67 ans,": an apposition of age
_TITLE_WORDS = frozenset(w.casefold() for w in union("TITLES"))  # "Managing Director of …": a role, not a name
_PERSON_TITLE = re.compile(rf"(?:{alternation('PERSON_TITLES')})")  # "Dr", "Mme": written before a person's name
_OPENING_WORDS = union("COMMON_CAPITALS")  # "After", "Après": capitalised, they open a clause, not a name

_TAIL_PUNCTUATION = r"[,.;:()]"


class _Cues:
    """One language's reporting verbs and speaker cues (lang/<code>.py), compiled."""

    def __init__(self, data: LanguageData) -> None:
        verb = reporting_verb(data)
        clitic = data.REPORTING_CLITIC or "(?!)"  # "dit-elle": a subject after the verb, where the language has one
        # "a-t-elle ajouté": the pronoun between the auxiliary and the participle (issue 9)
        inverted = reporting_inverted(data)
        self.verb = re.compile(rf"(?<!\w)(?:(?:{verb})(?P<clitic>{clitic})?|(?P<inverted>{inverted}))(?![\w-])",
                               re.IGNORECASE)
        self.according = re.compile(rf"(?<!\w)(?:{data.ACCORDING})\s+(?P<np>[^.;:]+?)(?={_PLACEHOLDER}|[.;:]|$)",
                                    re.IGNORECASE)
        # "l'élu devant une salle comble": before whom or during what a described speaker spoke is no part of them.
        # Only right after the head noun, one adjective at most between ("l'élu local devant …"): after a complement
        # ("le responsable des relations avec …") the preposition may be the complement's own (review 35).
        self.speaker_circumstance = re.compile(rf"(?:[^\W\d_]+[\w'’-]*\s+){{0,1}}[^\W\d_][\w'’-]*"
                                               rf"(?P<cut>\s)(?:{data.SPEAKER_CIRCUMSTANCE})(?=\s)", re.IGNORECASE)
        # A weekday or a day word after a noun phrase ("a lancé l'élue hier après-midi", "said the spokesman Monday")
        # says when, not who: the speaker ends before it.
        # A short lower-case word before the day ("on", "ce", "last") goes with it: "the council on Monday"; a word of
        # time's lead only, not the speaker's own noun ("le club lundi soir" is "le club", not "le").
        relative_words = (*data.REL_LAST, *data.REL_NEXT, *data.REL_THIS)  # "last", "next", "this"
        leads = "|".join(re.escape(w) for w in relative_words if " " not in w)
        self.speaker_day = re.compile(rf"\s(?-i:(?:{data.DATE_LEAD}|{leads})\s+)?"
                                      rf"(?:{literal_alternation((*data.WEEKDAYS, *data.RELDAYS))})"
                                      r"(?![\w'’-])", re.IGNORECASE)
        # When, between an inverted verb of saying and its subject ("…, a indiqué la semaine dernière le président",
        # "…, said on Monday night the mayor"): a day, a unit of time with its "last"/"next", their article and
        # time of day; built from the language's date words.
        rel = "|".join(re.escape(w) + r"[\w-]*" for w in relative_words)
        self.relative_word = re.compile(rel, re.IGNORECASE)  # "the Monday following"
        when = rf"(?:(?:{rel})\s+)?(?:{literal_alternation((*data.WEEKDAYS, *data.RELDAYS, *data.UNITS))})" \
               rf"(?:\s+(?:{rel}|{data.DATE_TAIL}))*"
        self.time_ago = re.compile(rf"\s*(?:{data.TIME_AGO})(?![\w'’-])", re.IGNORECASE)  # "three years ago"
        # "In September he had vowed", « En septembre il avait promis »: a month or a time's noun ends a time phrase.
        self.lead_time_words = frozenset(m.casefold() for m in data.MONTHS_FULL) | data.LEAD_TIME_NOUNS
        self.speaker_time = re.compile(rf"\s*(?:(?:{data.DATE_LEAD})\s*)?{when}(?![\w'’-])"
                                       # the day's date after it: "a indiqué la préfecture le lundi 31 mars"
                                       rf"(?:\s+\d{{1,2}}(?:{data.DAY_ORDINALS})?\s+(?:{literal_alternation(data.MONTHS_FULL)})"
                                       rf"(?:\s+\d{{4}})?(?![\w'’-]))?", re.IGNORECASE)
        self.chained = re.compile(data.CHAINED_REPORT, re.IGNORECASE)  # "…, avant d'ajouter que …"
        self.chained_verb: str = data.CHAINED_VERB
        self.coordinated = re.compile(data.COORDINATED_THAT, re.IGNORECASE)  # "…” and that …", "… », mais qu’…"
        # "…, telling supporters at a forum that …", "…, estimant qu’il …": a participle's clause of saying
        self.participle = re.compile(rf",\s+(?P<verb>{spelled(data.SAYING_PARTICIPLES)})\s+(?:[\w'’-]+\s+){{0,10}}?"
                                     rf"(?:{data.REPORTED_THAT})", re.IGNORECASE)
        # "…, jugeant la hausse « insuffisante »", "…, tout en accusant le maire d'avoir « … »", "…, citing "…"": the
        # same clause with the quotation in it and no "that", a few words of its object at most before the marks.
        self.participle_quoting = re.compile(rf",\s+(?:(?:{data.PARTICIPLE_LEAD})\s+)?(?P<verb>{spelled(data.SAYING_PARTICIPLES)})"
                                             r"(?P<between>(?:\s+[\w'’-]+){0,8}?)\s*$", re.IGNORECASE)
        self.said_infinitive = re.compile(data.REPORTED_INFINITIVE, re.IGNORECASE)  # "dit avoir …", "dit comprendre"
        self.that_word = re.compile(rf"(?<![\w'’-])(?:{data.REPORTED_THAT})", re.IGNORECASE)
        # "told a French regional newspaper that …", "repeated before the committee that …": whoever was told, where
        # and when, in any words between the verb and its own "that"/"que" (the lists of REPORTED_BETWEEN hold a few).
        self.far_that = re.compile(rf"(?P<between>(?:\s+[\w'’-]+){{1,6}}?\s+)(?:{data.SPEECH_THAT})(?:\s+|(?<=['’]))",
                                   re.IGNORECASE)
        # What the words between a verb and its far "that" say of it (review 28): a conjunction or a degree word makes
        # it no speech's, a noun phrase right before it makes it a relative unless it is whoever was told.
        self.that_conjunctions: frozenset[str] = frozenset(data.THAT_CONJUNCTIONS)
        self.that_degree: frozenset[str] = frozenset(data.THAT_DEGREE)
        self.that_audience: frozenset[str] = frozenset(data.THAT_AUDIENCE)
        self.that_of: frozenset[str] = frozenset(data.THAT_OF)
        # A role's complement between the role and a name in apposition ("la présidente de l'université de Vireloup,
        # Armelle Dufrénoy"), read by ``_person_described``: compiled once, not per use of the role's noun.
        of = literal_alternation(self.that_of)
        self.role_complement = re.compile(rf"(?i)\s+(?:{of})\s*[^,.;:!?()«»“”\"]{{1,60}},\s*")
        self.that_article_prepositions: frozenset[str] = frozenset(data.THAT_ARTICLE_PREPOSITIONS)
        self.determiner_word = re.compile(rf"(?:{data.DETERMINERS})", re.IGNORECASE)
        self.impersonal = re.compile(data.IMPERSONAL_SPEAKER, re.IGNORECASE)  # "à la mairie", "chez Enedis"
        self.object_clitic = re.compile(rf"(?<![\w'’])(?:{data.OBJECT_CLITICS})\s*$", re.IGNORECASE)  # "lui a lancé"
        self.finite_verb = re.compile(rf"(?<!\w)(?:{data.FINITE_VERB})(?!\w)", re.IGNORECASE)
        self.determiner: str = determiner_opening(data)
        self.leading_determiner = re.compile("^" + self.determiner, re.IGNORECASE)
        self.not_speakers: frozenset[str] = data.NOT_SPEAKERS
        self.org_pronouns: frozenset[str] = frozenset(data.ORG_PRONOUNS)  # "it said": an organisation, never a person
        self.org_nouns: frozenset[str] = data.ORG_NOUNS
        self.company_nouns: frozenset[str] = data.COMPANY_NOUNS  # "the company", "le groupe": any firm's
        self.nationalities: frozenset[str] = data.NATIONALITIES  # "britannique": where a firm is from
        self.demonym_endings: tuple[str, ...] = tuple(data.DEMONYM_ENDINGS) + tuple(data.LABEL_DEMONYM_ENDINGS)
        self.speaking_bodies: frozenset[str] = data.SPEAKING_BODIES  # "union", "council": bodies, never a firm
        self.sources: frozenset[str] = data.SPEAKING_BODIES | data.FIGURE_SOURCES  # their kinds open a name after "selon"
        self.bodies_only: frozenset[str] = data.SPEAKING_BODIES - data.BODY_OR_FIRM  # nouns no firm is called by
        self.org_kinds = frozenset(w.casefold() for w in data.ORG_WORDS | data.ORG_NOUNS)  # "le syndicat CGT"
        self.relative = re.compile(rf"(?<!\w)(?:{data.RELATIVE_PRONOUNS})(?!\w)", re.IGNORECASE)
        self.relative_opening = re.compile(rf"\s*(?:{self.relative.pattern})\s", re.IGNORECASE)  # ", who had vowed"
        # A clause in commas about the noun before it, "whose"/« dont » too: "X, whose group voted against, said".
        self.aside_relative = re.compile(rf"(?:{data.ASIDE_RELATIVE})(?![\w'’-])", re.IGNORECASE)
        self.aside_opening = re.compile(rf",\s+(?:{data.ASIDE_RELATIVE})(?![\w'’-])", re.IGNORECASE)  # ", who had …"
        # What opens a quotation that only qualifies the words before it: a condition, a hedge.
        self.quoted_qualifier = re.compile(rf"\s*(?:{data.QUOTED_QUALIFIER})(?![\w'’-])", re.IGNORECASE)
        self.and_words: frozenset[str] = frozenset(data.NAME_JOINERS)
        places = "|".join(sorted(data.PLACE_BEFORE))
        # A place named after a phrase: "in Quaissac", « à Sablé ».
        self.place_after = re.compile(rf"\s+(?:{places})\s+[A-ZÀ-ÖØ-Ý][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Ý][\w'’-]*)*$")
        self.place_before = re.compile(rf"(?<!\w)(?:{places})\s+$", re.IGNORECASE)
        # "a fault at the Hallam substation": a place still, an article between
        self.place_before_article = re.compile(rf"(?<!\w)(?:{places})\s+(?:(?:{data.DETERMINERS})\s*)?$", re.IGNORECASE)
        between = rf"(?:(?:{data.REPORTED_BETWEEN})\s+){{0,3}}"
        self.reported_that = re.compile(rf"(?P<between>\s+{between})(?:{data.REPORTED_THAT})", re.IGNORECASE)
        # "…, X told reporters on Monday": who was told goes into the title with the verb.
        self.audience = re.compile(rf"\s+(?:(?:{data.REPORTED_BETWEEN})(?:\s+|$))+", re.IGNORECASE)
        self.clause_verb = re.compile(data.VERB)  # the reported words are a clause: they hold a verb
        self.verb_forms = re.compile(data.VERB_FORMS)  # stricter: a described speaker holds none of these
        self.verb_clitics = re.compile(data.VERB_CLITICS)  # "ne se" before a verb: no subject of its own
        self.conjunctions: frozenset[str] = data.TITLE_LEADING_WORDS
        self.function_words: frozenset[str] = data.FUNCTION_WORDS
        self.not_reporting = re.compile(rf"(?<!\w)(?:{'|'.join(data.REPORTED_NOT_VERBS)})$", re.IGNORECASE)
        self.demand_object = re.compile(data.DEMAND_OBJECT, re.IGNORECASE)  # "promised to", « réclame un »
        # A verb the lists lack, right before "that"/"que" and a clause: the groups a listed verb has, never set.
        # Not after a determiner ("la réforme que", "a business that": a noun), nor a conjunction ("parce que").
        self.that_verb = re.compile(rf"(?<![\w'’-])(?!(?:{'|'.join(data.THAT_CONJUNCTIONS) or '(?!)'})\s)"
                                    rf"(?:{data.THAT_VERB})(?P<clitic>(?!)x)?(?P<inverted>(?!)x)?")
        # A lower-case noun in apposition right after a name or right before it: "Paul Vidal, maire de", "le maire Paul"
        # A whole word, not an elided one: "Hélène Caradec, n'a pas été consultée" holds a verb, no role.
        # A preposition after a name's comma opens where or when, no role: "la maire, Josiane Ferrat, lors d'une …".
        self.not_role = re.compile(rf"(?:{data.SPEAKER_TAIL_STOP}|{data.SPEAKER_PREPOSITIONS})", re.IGNORECASE)
        self.role_after = re.compile(rf"(?i)\s*,\s*(?:{self.determiner})?([a-zà-öø-ÿ][\w-]*)(?![\w'’-])")
        self.role_before = re.compile(rf"(?i)(?:{self.determiner})([a-zà-öø-ÿ][\w-]*)\s*,?\s*$")
        # An office holder the article does not name: "a écrit au maire", "Le maire a lu la lettre", not "le maire
        # Paul Vidal" (a name follows). Singular articles only, with their contractions ("au", "du").
        singular = sorted((a for a, to in data.SPEAKER_ARTICLES.items() if not re.fullmatch(data.PLURAL_ARTICLES, to)),
                          key=lambda a: (-len(a), a))
        articles = "|".join(re.escape(a).replace("'", "['’]") + (r"\s*" if a.endswith("'") else r"\s+")
                            for a in singular)
        offices = literal_alternation(data.TITLES)
        self.offices = frozenset(w.casefold() for w in data.TITLES | data.PERSON_HYPERNYMS)  # "maire", "élu"
        self.honorifics: frozenset[str] = frozenset(data.HONORIFIC_TITLES)  # "le docteur X": no role of its own
        self.unnamed_office = re.compile(rf"(?<![\w'’])(?i:{articles or '(?!)'})(?i:{offices or '(?!)'})(?![\w'’-])"
                                         rf"(?!\s+(?:{_PERSON_TITLE.pattern}\s+)?[A-ZÀ-ÖØ-Ý])")
        self.modifiers_end = re.compile(rf"(?:(?:{self.determiner})|(?:{_PERSON_TITLE.pattern})\s+)*$")  # "the Dr "
        self.determiner_before = re.compile(rf"(?<![\w'’])(?:{data.DETERMINERS})\s*$", re.IGNORECASE)
        # An article right before quotation marks makes them a noun phrase's ('signed a "historic agreement"'); a
        # possessive does not ("a fait part de sa « profonde tristesse »": the subject's own words).
        articles = "|".join(re.escape(a.casefold()) for a in data.NAME_ARTICLES)
        self.article_before = re.compile(rf"(?<![\w'’])(?:{articles}|{data.INDEFINITE_ARTICLES})\s*$", re.IGNORECASE)
        self.according_pronouns: frozenset[str] = data.ACCORDING_PRONOUNS
        self.clause_without_that: bool = data.CLAUSE_WITHOUT_THAT
        # "Residents say …", « Des riverains affirment … »: a group of unnamed people, the plural of a person's noun.
        plurals = {p for w in data.PERSON_NOUNS | data.GROUP_NOUNS
                   for p in (w + "s", w[:-3] + "men" if w.endswith("man") else w + "s")} | data.GROUP_PLURALS
        # Where the group lives or what it belongs to, written after it, is part of who speaks ("Residents on Mill Lane
        # say", « Selon des riverains du quai du 11-Novembre »). Issue 9: such groups gave no claim. Two words may
        # say it before the noun ("Mill Lane residents", "booking office staff").
        # « Selon les pompiers, … »: a definite plural of them speaks through "selon" as the singular does (``_party``).
        self.person_plurals: frozenset[str] = frozenset(p.casefold() for p in plurals)
        # To whom it was said after an inverted speaker ("aux journalistes"), but not a role's remit ("aux sports").
        self.tail_stop = re.compile(rf"{_TAIL_PUNCTUATION}|\s(?:{data.SPEAKER_TAIL_STOP})\s|\s(?:{data.SPEAKER_AUDIENCE})\s")
        group = rf"(?:(?:{data.GROUP_LEADS})\s+){'?' if data.GROUP_BARE else ''}" \
                rf"(?:[^\W\d_][\w'’-]*\s+){{0,2}}(?:{literal_alternation(plurals)})"
        complement = rf"\s+(?:{data.GROUP_COMPLEMENT})\s*[\w'’-]+(?:\s+[\w'’-]+){{0,3}}"
        self.group_speaker = re.compile(rf"{group}(?:{complement})?", re.IGNORECASE)
        self.group_complemented = re.compile(group + complement, re.IGNORECASE)  # "Traders at the covered market"
        # When the group spoke is none of who it is ("Campaigners on Tuesday", « des riverains en janvier »): the
        # project's words of time, whole words only (the last of "last night", "this morning").
        self.group_time_words: frozenset[str] = self.lead_time_words | frozenset(
            w.casefold() for w in (*data.WEEKDAYS, *(d.split()[-1] for d in data.RELDAYS)))
        # Nor how it was reached (« des habitants du hameau joints par téléphone »): a participle after its noun.
        self.group_participle = re.compile(data.PAST_PARTICIPLE)
        # "said more than 400 people had signed": a clause's subject of a quantity (not "a"/"an", which open any noun
        # phrase: "told reporters about a deal …" is no quantity)
        counted = literal_alternation(w for w in data.NUMBERS if not re.fullmatch(data.INDEFINITE_ARTICLES, w))
        self.quantity_subject = re.compile(data.BARE_QUANTITY_SUBJECT.replace("{numbers}", counted), re.IGNORECASE)
        self.participle_endings: tuple[str, ...] = tuple(data.PRESENT_PARTICIPLE_ENDINGS)
        self.adverb_suffixes: tuple[str, ...] = tuple(data.ADVERB_SUFFIXES)
        self.subject_adverbs: frozenset[str] = data.SUBJECT_ADVERBS
        # Words that open a clause of their own inside a bare clause's subject: subordinators and coordinators.
        self.subordinators: frozenset[str] = data.SUBORDINATORS
        self.subordinate_phrase = re.compile(rf"\s*(?:{data.SUBORDINATE_PHRASES})", re.IGNORECASE)
        self.joiners: frozenset[str] = self.conjunctions | self.and_words  # "and", "et", "but": a second predicate
        self.clause_openers: frozenset[str] = self.subordinators | self.joiners
        # A participle used as an adjective comes after a determiner, an adverb between them or not ("the stolen
        # files", "a widely shared column"); after a noun, an adverb goes with the verb ("the market usually brought").
        adverb_ending = "|".join(re.escape(e) for e in data.ADVERB_SUFFIXES) or "(?!)"
        self.adjectival_before = re.compile(rf"(?<![\w'’])(?:{self.determiner})(?:\w+(?:{adverb_ending})\s+)?$",
                                            re.IGNORECASE)
        self.plural_endings: tuple[str, ...] = tuple(data.COUNT_PLURAL_ENDINGS)
        self.plural_stop: frozenset[str] = data.COUNT_PLURAL_STOP
        self.audience_verb = re.compile(data.AUDIENCE_VERBS)
        self.of_subject_verb = re.compile(data.OF_SUBJECT_VERBS)
        self.passive = re.compile(data.PASSIVE)  # "was accused of", "est poursuivi pour": the subject does not speak
        # The verb's object: a determiner, then one or two lower-case words, before the marks: 'opened the new
        # "community hub"',
        # « a présenté son nouveau « plan vélo » »: the words in the marks finish a noun phrase, a thing named.
        self.modified_object = re.compile(rf"\s*(?:{data.DETERMINERS})\s+(?:[a-zà-öø-ÿ][\w'’-]*\s+){{1,2}}$")
        # Unless the verb names ("She called the scheme "pure fantasy""): the noun phrase is its object, the marks
        # its complement.
        self.naming_verb = re.compile(rf"(?:{data.NAMED_CALLED})", re.IGNORECASE)
        self.negated = re.compile(data.NEGATION)  # "ne cache pas", "did not hide": a verb follows
        # "une enquête pour « … »", "a grant for "…"": a lower-case word (the noun) and the link to a charge or purpose
        self.charge_word = re.compile(rf"(?<![\w'’-])(?:{data.QUOTED_CHARGE_BEFORE})\s*$", re.IGNORECASE)
        self.charge_before = re.compile(rf"(?<![\w'’-])(?P<noun>[^\W\d_A-ZÀ-ÖØ-Ý][\w'’-]*)\s+(?:{data.QUOTED_CHARGE_BEFORE})\s*$")
        self.negation = re.compile(rf"(?:{data.NEGATION.removeprefix('(?i)')})\s*(?:\w+\s+){{0,2}}$", re.IGNORECASE)
        self.according_source = re.compile(data.ACCORDING_SOURCE, re.IGNORECASE)  # "a report by X"
        self.source_participle = re.compile(rf"\s+(?:{data.SOURCE_PARTICIPLES})(?![\w'’-]).*$", re.IGNORECASE | re.DOTALL)
        self.document_back = re.compile(data.DOCUMENT_BACK, re.IGNORECASE)  # "ce document", "the report"
        self.document_noun = re.compile(rf"(?<![\w'’-])(?:{data.DOCUMENT_NOUNS})(?![\w'’-])", re.IGNORECASE)
        self.document_any = re.compile(data.DOCUMENT_ANY, re.IGNORECASE)  # "ce document": whichever was named
        self.opening_participle = re.compile(data.OPENING_PAST_PARTICIPLE)  # "Asked whether …, he said"
        self.document_reads = re.compile(rf"[\s,]*(?:{data.DOCUMENT_READS})", re.IGNORECASE)  # '"…," the email read'
        self.document_whole = re.compile(rf"\s*(?:{data.DOCUMENT_BACK})\s*", re.IGNORECASE)  # a speaker that is one
        # the agent right after a passive's participle and up to four comma-free words: "was called off by X"
        self.agent_inside = re.compile(rf"(?<![\w'’-])(?:{data.PASSIVE_AGENT})\s+\S", re.IGNORECASE)  # "backed by X"
        self.passive_agent = re.compile(rf"(?:\s+[^\W\d][\w'’-]*){{0,4}}?\s+(?:{data.PASSIVE_AGENT})\s", re.IGNORECASE)
        self.for_speaker = re.compile(rf"\s*(?:{data.FOR_SPEAKER})\s+", re.IGNORECASE)  # "Pour X, « … »"
        self.spokesperson = re.compile(data.SPOKESPERSON_FOR, re.IGNORECASE)  # "a spokeswoman for X"
        self.possessives: frozenset[str] = data.POSSESSIVE_DETERMINERS  # "ses excuses", "her plan": the subject's own
        # "defended her plan:", « ne cache pas sa tristesse : »: a verb whose possessive object is the subject's stance
        self.stance_verb = re.compile(data.STANCE_VERBS, re.IGNORECASE)
        self.owned_document = re.compile(rf"(?:{data.DOCUMENT_NOUNS})s?", re.IGNORECASE)  # "her letter", « sa lettre »
        # someone's words relayed, named before their name: « a relayé les craintes de », "echoed the fears of"; the
        # verb decides, « a balayé les craintes de » being the subject's answer
        self.heard_of = re.compile(rf"(?<![\w-])(?:{data.RELAY_VERBS})(?:\s+[\w'’-]+){{0,2}}?\s+(?:{data.HEARD_WORDS})"
                                   rf"\s+(?:{of})\s*$", re.IGNORECASE)
        # a thing that carries words of its own, before a colon the words' holder: « a ouvert l'enveloppe : »
        self.speaking_thing = re.compile(rf"(?:{data.SPEAKING_THINGS})s?", re.IGNORECASE)
        self.receiving_verb = re.compile(data.RECEIVING_VERBS, re.IGNORECASE)  # « a trouvé sa voiture taguée : »
        # a statement the subject reads out or releases as its own, nobody else's: « a lu un communiqué : »
        self.own_statement = re.compile(rf"\s*(?:[\w'’-]+\s+)?(?:{self.determiner})\s*(?:[\w'’-]+\s+)?"
                                        rf"(?:{data.STATEMENT_NOUNS})s?(?![\w'’-])(?!\s+(?:{data.STATEMENT_OF})(?![\w'’-]))",
                                        re.IGNORECASE)
        # "A spokesman", « une porte-parole »: no organisation named with it
        self.bare_spokesperson = re.compile(rf"{self.determiner}(?:{data.SPOKESPERSON_NOUNS})", re.IGNORECASE)
        self.staff_at = re.compile(data.STAFF_AT, re.IGNORECASE)  # "Analysts at X": X speaks
        self.indefinite_opening = re.compile(rf"(?:{data.INDEFINITE_ARTICLES})\s", re.IGNORECASE)  # "a family-run …"
        # What tells that someone brought in is not the person a pronoun stands for (``_introduced``): a noun or an
        # article of the other gender ("A father of three" for "she", « Un ouvrier » for « elle »), or the pronoun's
        # own object form right by the verb whose subject they are ("A worker showed her the line").
        self.gendered_nouns: dict[str, frozenset[str]] = data.GENDERED_NOUNS
        self.plural_pronouns: frozenset[str] = data.PLURAL_PRONOUNS  # "they said": a group or an organisation, no person
        self.thing_pronouns = frozenset(data.SUBJECT_PRONOUNS)  # "it", "they": a subject pronoun of no person only
        self.gender_articles = {p: frozenset(data.SUBJECT_PRONOUNS.get(p, ())) for p in data.GENDERED_NOUNS}
        self.object_pronouns: dict[str, frozenset[str]] = data.OBJECT_PRONOUNS
        self.object_follows = re.compile(rf"\s*(?:{data.OBJECT_FOLLOWS})", re.IGNORECASE) if data.OBJECT_FOLLOWS else None
        # A description that ends a phrase ("On Tuesday the estate"): a determiner, then up to three lower-case words.
        self.trailing_description = re.compile(
            rf"(?:^|\s)((?i:{self.determiner})[^\W\d_A-ZÀ-ÖØ-Ý][\w'’-]*(?:\s+[^\W\d_A-ZÀ-ÖØ-Ý][\w'’-]*){{0,2}})$")
        self.number_words: frozenset[str] = frozenset(w.casefold() for w in data.NUMBERS)  # "two", "trois"
        self.spokesperson_after = re.compile(rf"\s+(?:{data.SPOKESPERSON_AFTER_NAME})$", re.IGNORECASE)  # "a DVSA spokesperson"
        # "Those were the words of X", « La phrase est d'Odile X »: an elided word runs into the name
        self.words_of = re.compile(rf"(?:{data.WORDS_OF})(?:\s+|(?<=['’]))", re.IGNORECASE)
        # '"…," asked X' / « … », s'insurge X: a verb of any kind right after the quotation (issue 9).
        self.incise = re.compile(rf"\s*[,!?…]?\s*(?P<verb>{data.INCISE_VERB})(?=[\s,.;]|$)")
        self.incise_after_name = re.compile(rf"\s*(?P<verb>{data.INCISE_VERB})\s*(?:[,.;]|$)")
        # A person's noun, a hypernym or an office: ``_introduced``'s someone ("A delivery driver", « Une élue »).
        self.person_words: frozenset[str] = _PERSON_WORDS | self.offices
        # Who may speak through "selon"/"according to" without a name: a person, an office, an organisation's kind; a
        # party of a trial ("l'accusation") only as a whole phrase (``_party``).
        self.parties: frozenset[str] = self.person_words | self.org_nouns | self.sources  # all lower case
        # « Selon les pompiers, … »: a definite plural of people speaks too, where « selon » is set off (``_party``).
        self.speaking_plurals: frozenset[str] = self.parties | self.person_plurals
        # "…varie de 2 à 5 euros selon la commune de résidence": "selon" that means "depending on" (``_depending``)
        self.depending_before = re.compile(data.DEPENDING_BEFORE, re.IGNORECASE)
        self.depending_after = re.compile(data.DEPENDING_AFTER, re.IGNORECASE)
        self.speaking_party = re.compile(rf"(?:{data.SPEAKING_PARTY})(?![\w'’-])", re.IGNORECASE)
        self.speaking_party_of = re.compile(rf"\s*(?:{data.SPEAKING_PARTY_OF})", re.IGNORECASE)
        self.source_person = re.compile(data.SOURCE_PERSON, re.IGNORECASE)  # "a source close to the inquiry"
        self.party_of: str = data.SPEAKING_PARTY_OF  # "du", "de la", "of": whose a body is ("la préfecture du Var")
        # `_kind_written_in_full`: a proper name after "du"/"of" ("du Val-Morin"); `_name_goes_on`: "de la …" ahead
        self.party_place = re.compile(rf"(?<![\w'’-])(?i:{data.SPEAKING_PARTY_OF})({_BODY_PLACE})")
        self.party_of_ahead = re.compile(rf"\s+(?:[\w'’-]+\s+)?(?i:{data.SPEAKING_PARTY_OF})")
        self.town_bodies: frozenset[str] = frozenset(w.casefold() for w in data.TOWN_BODIES)  # « la mairie »
        # `town_body`: a town's name after « de », « d' », one capitalised word, no person's, and ending there ("de
        # Sorvilliers", not "de Jean Roy"); a town body itself written before it (« la Ville de Montcerf »)
        self.town = re.compile(rf"(?P<link>(?i:{data.TOWN_OF}))(?P<place>[A-ZÀ-ÖØ-Ý][\w'’-]*)"
                               rf"(?![\w'’-])(?!\s+[A-ZÀ-ÖØ-Ý])")
        self.town_body_before = rf"(?<![\w'’-])(?P<body>(?i:{literal_alternation(self.town_bodies)}))\s+$"
        self.small_words: frozenset[str] = frozenset(data.FUNCTION_WORDS) | frozenset(
            w for w in re.findall(r"\w+", data.FINITE_VERB)) | frozenset(data.NOT_SPEAKERS)
        # A sentence's opening phrase of circumstance, a preposition's, closed by a comma ("Dans l'opposition, ",
        # "At the meeting, "): what comes after it is the sentence's subject.
        self.circumstance_opening = re.compile(
            rf"[\s*_]*(?:{literal_alternation(data.PREPOSITIONS)})(?![\w'’-])[^,.;:!?«»“”\"]{{1,40}},\s*",
            re.IGNORECASE)



@dataclass(frozen=True)
class Quotation:
    """Quoted words inside a sentence: offsets of the whole quotation (marks included) and its inner text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Claim:
    """A quotation attributed to someone with a reporting verb."""

    quotation: Quotation
    speaker: str
    verb_start: int  # offsets of the reporting verb in the sentence
    verb_end: int
    # Reported speech (issue 9): the speaker's words without quotation marks, so ``quotation`` holds no marks;
    # ``verb`` is the reporting words as written ("told shareholders"), empty for "selon X" / "according to X".
    direct: bool = True
    verb: str = ""
    lowered: str = ""  # the reported words as a title writes them after the verb ("said sales had doubled")
    # said in a participle's clause after the main clause's act ("took the case to court on May 3, arguing that …"):
    # the words were said with the act, on its day
    with_act: bool = False


def quotations(sentence: str) -> list[Quotation]:
    """The quotations of a sentence, short scare quotes ("fake news") included; one word only at the sentence's end."""
    found = []
    for match in _QUOTES.finditer(sentence):
        inner = next(group for group in match.groups() if group is not None)
        inner = inner.strip(" *_")
        words = re.findall(r"\w+", inner)
        # One word is a statement when it closes the sentence or holds its own full stop ("called it
        # "unacceptable".", "said: "Never.""), not a scare quote inside it ("the "temporary" closure", issue 9).
        # A word a verb names something with is one too ("qualifie le projet d'« équilibré »", "described it as
        # "reckless"").
        # A capital makes the word a name the verb gives ('called the model "Aurora"', « le chantier du « Belvédère » »).
        window = max(0, match.start() - 60)
        alone = len(words) == 1 and len(words[0]) >= 3 and (
            inner.endswith((".", "!", "?", "…")) or re.fullmatch(r"[\s.,;!?…)*_]*", sentence[match.end():]) is not None
            or words[0][:1].islower()
            and (_ONE_WORD_BEFORE.search(sentence, window, match.start()) is not None
                 or _ONE_WORD_INFINITIVE.fullmatch(words[0]) is not None
                 and _ONE_WORD_INFINITIVE_BEFORE.search(sentence, window, match.start()) is not None))
        if len(words) >= _MIN_QUOTE_WORDS or alone:
            found.append(Quotation(match.start(), match.end(), inner))
    opened = _UNCLOSED.search(sentence, found[-1].end if found else 0)
    if opened is not None and len(re.findall(r"\w+", opened.group("inner"))) >= 3:
        found.append(Quotation(opened.start("mark"), len(sentence), opened.group("inner").strip(" *_")))
    return found


def find_claim(sentence: str, before: Sequence[str], names: NameIndex, language: str) -> Claim | None:
    """The claim a sentence reports, with its speaker resolved (a pronoun names the last person named before)."""
    quotes = quotations(sentence)
    if not quotes:
        return None
    cues = for_text(language).compiled(_Cues)
    outside = _mask(sentence, quotes)
    verb = _verb_of_saying(outside, cues)
    according = cues.according.search(outside)
    named = _words_of_claim(outside, quotes[0], names, cues)
    if named is not None:
        return named  # "« … » La phrase est de Sylvie Roux, …, qui estime …": the words are given to her
    incise = cues.incise.match(outside, quotes[0].end)
    if verb is not None and incise is not None and incise.start("verb") < verb.start() \
            and not outside[: quotes[0].start].strip(" *_—–-"):
        # "« … », souffle un moniteur du village, qui ne souhaite pas être nommé": the verb right after the opening
        # quotation is its attribution, whatever its word; a verb of saying further on is another clause's.
        found = _incise_claim(outside, quotes[0], before, names, cues)
        if found is not None:
            return found
    if verb is None and according is None:
        return (_document_claim(outside, quotes[0], cues) or _for_claim(outside, quotes[0], names, cues)
                or _colon_claim(outside, quotes[0], names, cues)
                or _incise_claim(outside, quotes[0], before, names, cues)
                or _verb_before_claim(outside, quotes[0], names, cues)
                or _incise_inside(sentence, quotes[0], before, names, cues)
                or _subject_claim(outside, quotes[0], names, cues)
                or _clause_subject_claim(outside, quotes[0], names, cues)
                or _participle_claim(outside, quotes[0], before, names, cues)
                or _predicate_claim(outside, quotes[0], before, names, cues))
    speaker = None
    if according is not None:
        # "According to his lawyer, Daniel Cho, …": the name in the apposition is the speaker.
        parts = [p for p in re.split(r"[,;:]", according.group("np")) if p.strip()][:2]
        speaker = next((_speaker_from(p, names, cues, True) for p in parts if _speaker_from(p, names, cues, True)), None)
        source = cues.according_source.match(parts[0].strip()) if parts and speaker is None else None
        if source is not None:
            # "Selon un communiqué de la préfecture, « … »": the organisation whose words the document gives
            speaker = _source_organisation(parts[0].strip()[source.end():], names, cues)
        speaker = speaker or (_speaker_from(parts[0], names, cues, before=before, sentence=outside) if parts else None)
        if speaker is None and parts and (is_pronoun(parts[0].strip()) or parts[0].strip().casefold() in
                                          cues.according_pronouns):
            # "Selon lui, les données étaient « anonymisées »": the person named last, as for reported words. No
            # verb ties the pronoun to a subject, so only when the last two sentences name no one else: "Anne Roy
            # dirige l'usine. Paul Vidal y travaille. Selon elle, …" is not Paul Vidal's (gender is not known). A name
            # a preposition governs is no one the pronoun could mean: "le président du Sictom du Pays de Marvège,
            # Bernard Couzinié. Selon lui, …" is his, as ``_last_person`` reads the sentence's subject.
            near = {m.name for text in before[-2:] for m in names.mentions(text)
                    if m.person and not _complement(text, m, cues)}
            speaker = _last_person("", before, names, cues) if len(near) <= 1 else None
    if speaker is None and verb is not None:
        speaker = _subject_speaker(outside, verb, before, names, cues)
        if speaker is None and incise is not None and incise.start("verb") == verb.start() \
                and not outside[: quotes[0].start].strip(" *_—–-"):
            # « … », lâche au micro de Radio Varne l'ailier Malik Doumbia: an adverbial before the subject
            speaker = _named_after_adverbial(outside[verb.end():], names, cues)
    if speaker is None:
        # "Transvaldor, l'exploitant du réseau, se dit « … »": the verb of saying's subject, read from the clause
        return _predicate_claim(outside, quotes[0], before, names, cues) if according is None else None
    if verb is not None:
        return Claim(quotes[0], speaker, verb.start(), verb.end())
    assert according is not None
    return Claim(quotes[0], speaker, according.start(), according.start("np"))


def _document_claim(outside: str, quote: Quotation, cues: _Cues) -> Claim | None:
    """A quotation a document speaks right after it ('"…," the email read.', « … », peut-on lire dans le communiqué),
    its speaker the document as written, for ``document_holder`` to give to its author (issue 9)."""
    reads = cues.document_reads.match(outside, quote.end)
    if reads is None:
        return None
    document = reads.group("doc")
    return Claim(quote, document[:1].upper() + document[1:], reads.start(), reads.end())


def document_holder(speaker: str, before: str, names: NameIndex, language: str) -> str:
    """The author a document speaks for when it is the speaker ("the email read", "the statement said", « indique le
    communiqué »): who the sentences before name as sending it ("was cancelled by its organiser, Halcyon Live, in an
    email", "Brindle Events said in a statement"); else the speaker as found. News names a document with its sender
    once, then lets the document speak (issue 9: such quotations were given to "The email" or to no one)."""
    cues = for_text(language).compiled(_Cues)
    whole = cues.document_whole.fullmatch(speaker)
    if whole is None:
        return speaker
    noun = whole.group("noun").casefold().replace("-", "")
    # The sentences before, nearest first: the last document of that kind named in them is the one referred to.
    for text in reversed(re.split(r"(?<=[.!?»”\"])\s+", before[-900:])[-3:]):
        documents = [d for d in cues.document_noun.finditer(text) if d.group(0).casefold().replace("-", "") == noun]
        if not documents:
            continue
        at = documents[-1].start()
        found = [m for m in names.mentions(text) if m.start < at]
        source = next((s for s in cues.according_source.finditer(text) if s.start() <= at < s.end()), None)
        named = next((m for m in names.mentions(text) if m.start >= source.end()), None) if source else None
        if named is not None:
            return named.name  # "a statement by the Lorn Water Agency"
        # The sender is the agent of a passive ("was cancelled by its organiser, Halcyon Live, in an email"), else the
        # name that opens the sentence, its subject ("Brindle Events said in a statement"); no one else named. Not
        # the agent of a participle in apposition ("Hallam Council, led by Ann Hale, published a report"): that
        # person is the subject's leader or owner, not who sent the document (review 35, finding 8).
        agent = next((a for a in (cues.passive_agent.match(text, p.end()) for p in cues.passive.finditer(text, 0, at))
                      if a is not None and a.end() <= at), None)
        after_agent = [m for m in found if agent is not None and m.start >= agent.end()]
        if after_agent:
            return after_agent[0].name
        if found and _opens(text, found[0].start):
            return found[0].name
        return speaker
    return speaker


def full_organisation(speaker: str, names: NameIndex) -> str:
    """The long name an organisation's first word stands for when the article writes it alone ("Corvance declined to
    comment" after "Corvance Systems, a software vendor"): the one long name of no person that it opens; else the
    speaker as found. News names a firm once in full, then by its first word, as it names a person by the last."""
    if " " in speaker or not speaker[:1].isupper() or speaker in names.people or names.canonical(speaker) != speaker:
        return speaker
    longer = {n for n in names.long_names if n.startswith(speaker + " ") and n not in names.people}
    return longer.pop() if len(longer) == 1 else speaker


def town_body(speaker: str, before: str, sentence: str, names: NameIndex, language: str) -> tuple[str, str | None]:
    """A town's body speaking bare (« La mairie promet … ») told in full with its town, and the town if only named."""
    # Local news names its town in the lede, then lets the town hall speak as « la mairie » (issue 9: such claims went
    # to "La mairie", of no town a reader could tell). The body is the one town body the article wrote in full before,
    # under any of its words (« la mairie » after « la Ville de Montcerf » is « La Ville de Montcerf »), else the one
    # town the opening sentence names after "de" (« la nouvelle médiathèque de Sorvilliers ouvrira … »: « La mairie de
    # Sorvilliers », town "Sorvilliers"); else the speaker as found and None, as when the claim's ``sentence`` names
    # another town (« Le marché de Lanvic rouvrira, a annoncé la mairie » after « la mairie de Rodez »: either town
    # hall may speak).
    cues = for_text(language).compiled(_Cues)
    article = _DEFINITE.match(speaker)
    body = speaker[article.end():] if article else ""
    if article is None or body.casefold() not in cues.town_bodies or not before.strip():
        return speaker, None
    def alone(place: str, longer: str) -> bool:
        """Whether the article writes a place outside the longer name it was read in ("à Lauzargues")."""
        return len(re.findall(rf"(?<![\w'’-]){re.escape(place)}(?![\w'’-])", names.text)) \
            > len(re.findall(rf"(?<![\w'’-]){re.escape(longer)}(?![\w'’-])", names.text))

    def towns(text: str, head: str = "") -> dict[tuple[str, str], str]:
        """The towns written after "de" in ``text`` (after a town body when ``head`` asks one: « la Ville de
        Montcerf »), with the body and the joining word: a name the index reads there, or inside a longer one when
        the article also writes it alone (« au musée Delpeyrou de Lauzargues », « né à Lauzargues »; not the « Cors »
        of « la dent de Cors »)."""
        named = names.mentions(text)
        found: dict[tuple[str, str], str] = {}
        for match in cues.town.finditer(text):
            written = re.search(head, text[max(0, match.start() - 40):match.start()])
            place = match.group("place")
            if written is not None and any(m.start <= match.start("place") and match.end("place") <= m.end
                                           and not m.person and (head or m.name == place or alone(place, text[m.start:m.end]))
                                           for m in named):
                found[(written.groupdict().get("body") or body, place)] = match.group("link")
        return found

    lede = re.split(r"(?<=[.!?])\s+", before.strip(), maxsplit=1)[0]
    # a town body itself before "de" anywhere before the claim, else any noun before it in the lede ("médiathèque de")
    places = towns(before, cues.town_body_before) or towns(lede)
    if len(places) != 1:
        return speaker, None
    [((said, place), link)] = places.items()
    if any(other.group("place") != place for other in cues.town.finditer(sentence)):
        return speaker, None  # any other name after "de" in the claim's sentence may be the town whose hall spoke
    return f"{speaker[:article.end()]}{said} {link}{place}", None if said != body else place


# The most words a role with its complement takes before the name it is in apposition to: "le président de la
# communauté de communes du Val d'Ossane, Gilles Aubertain" (issue 9: a role of more than 8 words lost its name).
_ROLE_WORDS = 14
_ROLE_GAP = r"[^,.;:!?«»“”\"()]{0,60}?"  # a role's complement before the comma of its apposition ("de Main Tendue")


# What closes a name in apposition: punctuation or the text's end; a word after it makes the name its clause's subject.
_NAME_CLOSED = re.compile(r"\s*(?:[,;:.!?()«»“”\"—–]|$)")


def _governed_role(lead: str, after: str) -> bool:
    """Whether a role written before a name, a comma between, is no apposition of it: a word governs the role's noun
    phrase in its sentence ("Après le maire, M. Jean Delmas a pris la parole", "Selon le maire, Jean Delmas a menti",
    "After the mayor, Mr. Tom Hale spoke") and the name goes on as the subject of the clause after it. ``lead`` is
    the text before the role's noun, ``after`` the text after the name. Review of session 47: the person who spoke
    after, against or about the mayor was made the mayor, and so the speaker of « a déclaré le maire »."""
    if _NAME_CLOSED.match(after):
        return False  # "inaugurée par le sous-préfet, M. Henri Vayssière, devant …": an apposition
    sentence = re.split(r"[.!?;:«»“”\"]\s", _title_dots_kept(lead))[-1]
    return len(re.findall(r"[\w-]+", sentence)) >= 2  # a word before the role's determiner ("le", "l'", "the")


def role_holder(speaker: str, before: str, names: NameIndex) -> str:
    """The person a role stands for as a speaker ("confie la présidente", "the treasurer said"): the one person the
    article wrote that role beside earlier, in apposition or as a title ("la présidente de l'association, Anne
    Roy", "Anne Roy, présidente de …", "treasurer Anne Roy"); else the speaker as found. News gives a person's role
    with their name once, then names them by the role alone (issue 9: such claims were given to "La présidente")."""
    article = _DEFINITE.match(speaker)
    words = speaker[article.end():].split() if article else []
    if not 1 <= len(words) <= 2 or not all(w[:1].islower() and w.replace("-", "").isalpha() for w in words):
        return speaker
    # The whole role as written, each word with its endings free ("présidente" / "président"): "la présidente
    # adverse" is not "la présidente de Voile Bleue, Anne Roy" (a second word names another holder).
    role = r"\s+".join((re.escape(w).rstrip("es") if len(w) > 5 else re.escape(w)) + r"\w{0,2}" for w in words)
    role = rf"(?<![\w'’-]){role}(?![\w'’-])"
    # built once for all the mentions: the role before a name (its apposition's comma after), or after its comma
    role_before = re.compile(rf"{role}(?:{_ROLE_GAP},)?\s*(?:(?:{_PERSON_TITLE.pattern})\s*)?$", re.IGNORECASE)
    role_after = re.compile(rf"\s*,\s*(?:[\w'’]+\s+){{0,2}}?{role}", re.IGNORECASE)
    holders = set()
    for mention in names.mentions(before):
        if not mention.person:
            continue
        ahead, after = before[max(0, mention.start - 90):mention.start], before[mention.end:mention.end + 60]
        role = role_before.search(ahead)
        if role is not None and not _governed_role(before[max(0, mention.start - 300):mention.start - len(ahead)
                                                           + role.start()], after) or role_after.match(after):
            holders.add(mention.name)
    return holders.pop() if len(holders) == 1 else speaker


def _verb_of_saying(outside: str, cues: _Cues) -> re.Match[str] | None:
    """The first reporting verb of a sentence, not a verb's form used as a title between a determiner and a name
    ("Lundi, le juge Paul Vidal a lu …": the judge, who said nothing), nor a noun after a verb ("rejected claims")."""
    for verb in cues.verb.finditer(outside):
        # A verb after it too makes the form a noun, the subject ("Le juge a estimé …", "Le juge estime …": review
        # of session 44); an object pronoun's verb has none ("Il le juge « … »").
        after = outside[verb.end():].lstrip()
        if not (verb.group("clitic") or verb.group("inverted")) and cues.determiner_before.search(outside[: verb.start()]) \
                and (_NAME_AFTER.match(outside, verb.end()) or cues.verb.match(after) or cues.verb_forms.match(after)) \
                or _after_verb(outside, verb, cues):
            continue
        return verb
    return None


def find_named_after(sentence: str, after: str | None, names: NameIndex, language: str,
                     words_only: bool = False) -> Claim | None:
    """A quotation whose speaker the next sentence names (issue 9): '"…" Those were the words of Sunita Dhillon, …',
    « … » La phrase est de Sylvie Roux, …, '"…," said one runner. Mark Jensen, a club runner from Ashby, …'.

    The sentence holds nothing but the quotation, or the quotation and a reporting verb with a described speaker;
    the next sentence opens with the words that give the speaker, or with a person described by the same noun.
    With ``words_only``, only the words that give the speaker ("La phrase est de X"): they outweigh the speaker
    before, who a quotation alone would otherwise go on with.
    """
    quotes = quotations(sentence)
    if not quotes or not after:
        return None
    cues = for_text(language).compiled(_Cues)
    outside = _mask(sentence, quotes).replace(_PLACEHOLDER, " ")
    rest = " ".join(re.sub(r"[^\w\s'’-]", " ", outside).split())
    verb = cues.verb.search(rest)
    described = rest[verb.end():].split() if verb is not None and not rest[:verb.start()].strip() else []
    if rest and (len(described) not in (2, 3) or names.mentions(rest)):
        return None  # "…," said Tom: named here; a longer tail is no described speaker
    opening = cues.words_of.match(after)
    if opening is not None:
        found = names.mentions(after)
        first = next((m for m in found if m.start >= opening.end()), None)
        if first is not None and first.person and first.start <= opening.end() + 1:
            return Claim(quotes[0], first.name, len(sentence), len(sentence))
        return None
    if words_only:
        return None
    found = names.mentions(after)
    if not rest and found and found[0].person and not after[: found[0].start].strip(" *_") \
            and _APPOSITION.match(after, found[0].end):
        # « … » Yannick Le Bihan, patron du chalutier Ar Men, ne décolère pas: a quotation alone, then the person
        # it introduces, described in apposition (issue 9).
        return Claim(quotes[0], found[0].name, len(sentence), len(sentence))
    if described and found and found[0].person and not after[: found[0].start].strip() \
            and re.match(rf",[^,.;]*(?<!\w){re.escape(described[-1])}(?!\w)", after[found[0].end:]):
        return Claim(quotes[0], found[0].name, verb.start() if verb else len(sentence), len(sentence))
    return None


def saying_dated_after(after: str, spans: Sequence[tuple[int, int]], language: str) -> int | None:
    """Which date of the next sentence dates a quotation it attributes: the one in the clause of its verb of saying
    (« Paul Vidal, maire de Lanvic, l'a répété mardi devant le conseil. », "Tom Hale said it again on Tuesday."),
    as an index into ``spans`` (the dates' offsets in that sentence); None when no verb of saying comes before a
    date in its clause, or a relative clause does ("…, who said in 2019 …" dates another saying)."""
    cues = for_text(language).compiled(_Cues)
    outside = _mask(after, quotations(after))
    for number, (start, _) in enumerate(spans):
        clause = outside[max(outside.rfind(",", 0, start), outside.rfind(";", 0, start)) + 1:start]
        if _PLACEHOLDER not in clause and cues.verb.search(clause) and not cues.relative.search(clause):
            return number
    return None


def _incise_claim(outside: str, quote: Quotation, before: Sequence[str], names: NameIndex, cues: _Cues) -> Claim | None:
    """A quotation that opens the sentence, then a verb of saying the lists lack and its named subject (issue 9).

    '"Why did nobody warn us?" asked Tom Reilly', « … », s'insurge Paul Vidal, « … », souffle Marie Dubois, 67 ans;
    « … », s'agace-t-il (the person named last); '"…," Kovac joked.' (the verb after the name, ending its clause).
    News writes such an incise with any verb: its shape, not its word, makes it one.
    """
    if outside[: quote.start].strip(" *_—–-"):
        return None
    incise = cues.incise.match(outside, quote.end)
    if incise is not None and not _small(incise.group("verb"), cues):
        if incise.group("incise_clitic"):
            speaker = _last_person("", before, names, cues, incise.group("incise_clitic"))
            return Claim(quote, speaker, incise.start("verb"), incise.end()) if speaker else None
        phrase = cues.tail_stop.split(outside[incise.end():].strip(), maxsplit=1)[0]
        inserted = re.match(r"\s*,\s*[a-zà-öø-ÿ-]+(?:\s+[a-zà-öø-ÿ-]+)?\s*,", outside[incise.end():])
        if inserted and not names.mentions(phrase):
            # "« … », lance, amer, Paul Vidal": a word of manner between the verb and the speaker (issue 9).
            phrase = cues.tail_stop.split(outside[incise.end() + inserted.end():].strip(), maxsplit=1)[0]
        speaker = (_named_speaker(phrase, names, cues) or _role_then_name(outside[incise.end():], names, cues)
                   or _described_after(phrase, before, names, cues, outside,
                                       cues.verb.fullmatch(incise.group("verb")) is not None)
                   or _named_after_adverbial(outside[incise.end():], names, cues))
        if speaker:
            return Claim(quote, speaker, incise.start("verb"), incise.end())
    rest = outside[quote.end:]
    lead = len(rest) - len(rest.lstrip(" ,!?…"))
    found = names.mentions(rest)
    if found and found[0].start == lead and found[0].person and quote.text.endswith((".", "!", "?", "…")) \
            and _APPOSITION.match(rest, found[0].end):
        # « … » Yannick Le Bihan, patron du chalutier, ne décolère pas: the words end, the next sentence opens with
        # the person they introduce, described in apposition (issue 9).
        return Claim(quote, found[0].name, quote.end + found[0].start, quote.end + found[0].end)
    if found and found[0].start == lead:
        after = cues.incise_after_name.match(rest, found[0].end)
        if after is not None and not _small(after.group("verb"), cues) and not after.group("incise_clitic"):
            return Claim(quote, found[0].name, quote.end + after.start("verb"), quote.end + after.end("verb"))
    return None


def _incise_inside(sentence: str, quote: Quotation, before: Sequence[str], names: NameIndex,
                   cues: _Cues) -> Claim | None:
    """A quotation whose attribution French prints inside its marks, in commas, the pronoun after the verb: « Les
    Espagnols ont gardé leur quota, a-t-il ajouté. Nous, on paie pour tout le monde. » (issue 9): the person
    named last speaks. The whole quotation is theirs, the attribution left in as printed."""
    at = quote.start + sentence[quote.start:quote.end].find(quote.text)
    for verb in cues.verb.finditer(quote.text):
        if (verb.group("clitic") or verb.group("inverted")) and quote.text[: verb.start()].rstrip().endswith(",") \
                and re.match(r"\s*[.,;]", quote.text[verb.end():]):
            speaker = _last_person("", before, names, cues, verb.group("clitic") or verb.group("inverted"))
            return Claim(quote, speaker, at + verb.start(), at + verb.end()) if speaker else None
    return _named_inside(quote, at, before, names, cues)


def _named_inside(quote: Quotation, at: int, before: Sequence[str], names: NameIndex, cues: _Cues) -> Claim | None:
    """A quotation with its attribution inside its marks, the speaker named: « Nous sommes à bout, souffle Nathalie
    Girard, aide-soignante. On ne peut plus continuer. », « C'est une erreur, reconnaît le directeur, Paul Mercier. »
    (issue 9: French prints the incise inside the guillemets; the words were given to whoever spoke before).

    The words before a comma are the quotation, the words after it up to the sentence's end the incise, read as an
    incise after a quotation is; ``at`` is where the quotation's text starts in the sentence."""
    for comma in re.finditer(r",", quote.text):
        if len(re.findall(r"\w+", quote.text[: comma.start()])) < 2:
            continue
        stop = re.search(r"[.!?…](?=\s|$)", quote.text[comma.start():])
        incise = quote.text[comma.start(): comma.start() + stop.start() if stop else len(quote.text)]
        if len(incise[1:].split(",")[0].split()) > _ROLE_WORDS + 2:
            continue  # the verb and its subject are short; an apposition after them may be long ("…, élu meilleur …")
        head = Quotation(0, len(_PLACEHOLDER), quote.text[: comma.start()])
        found = _incise_claim(_PLACEHOLDER + incise, head, before, names, cues)
        if found is not None:
            shift = at + comma.start() - len(_PLACEHOLDER)
            return Claim(quote, found.speaker, shift + found.verb_start, shift + found.verb_end)
    return None


def _subject_claim(outside: str, quote: Quotation, names: NameIndex, cues: _Cues) -> Claim | None:
    """Words quoted inside the clause of a named subject, the verb first: "Le Bihan accuse les chalutiers espagnols
    de pêcher « sans aucun contrôle »", "L'Institut (IOP) recommandait une baisse de 45 %, estimant le stock « en
    dessous du seuil »", "Ada Brent accused the council of "gross negligence"" (issue 9). The shape makes them the
    subject's words, whatever the verb: the name opens the sentence, a verb follows it (after an apposition at
    most), and no relative clause, no other reporting verb and no colon stand before the quotation."""
    words = quote.text.split()
    if len(words) < 2 or any(w[:1].isupper() for w in words[:2]):
        return None  # "a visité « la Maison du Peuple »": a name in quotation marks, not words said
    head = outside[: quote.start]
    if len(head.split()) > 30 or re.search(r"[:;?!]", head) or _PLACEHOLDER in head or cues.verb.search(head):
        return None
    if cues.determiner_before.search(head.rstrip(" «“\"‘'")):
        return None  # 'signed a "historic agreement"': a determiner before the marks, a noun phrase the reporter quotes
    if _quoted_charge(head, cues):
        return None
    found = names.mentions(head)
    lead = head[: found[0].start].lstrip(" *_") if found else ""
    # "Sa présidente, Inès Valmorel, vise …", "Le fromager Joël Bessière voit …": a person's role before the name, in
    # apposition or as a title, describes the subject as an article does (issue 9: the words went to no one)
    role = bool(found) and found[0].person and len(lead.split()) <= 5 and _described(lead.rstrip(" ,"), cues)
    if not found or (found[0].start and not cues.leading_determiner.fullmatch(lead) and not role):
        return None  # the name must open the sentence, after an article or a role at most
    at = found[0].end
    if role and lead.rstrip().endswith(","):
        closing = re.match(r"\s*,", head[at:])
        if closing is None:
            return None  # "La maire, Ada Brent et …": no apposition closed after the name
        at += closing.end()
    label = BRACKETED_LABEL.match(head, at)
    at = label.end() if label else at
    apposition = _APPOSITION.match(head, at)
    at = apposition.end() if apposition and not cues.verb_forms.search(apposition.group(0)) else at
    at += len(head[at:]) - len(head[at:].lstrip())
    verb = cues.verb_forms.match(head, at)
    if verb is None or cues.relative.search(head, at):
        return None
    if role and (_second_subject(head[verb.end():], cues) or cues.passive.match(head, verb.start())
                 or _modified_object(verb, head[verb.end():], words, cues)):
        # "The mayor, Dan Pryce, left early and protesters chanted "…"", "…, was charged with "…"", "…, opened the
        # brand new "science block"": after a role, as _predicate_claim reads a subject past the sentence's opening
        return None
    if _small(verb.group(0), cues) and cues.leading_determiner.match(quote.text):
        # "Sophie Marrec a visité « la vieille maison du port »": a compound tense tells a deed, and a noun phrase in
        # quotation marks after it may name a thing; "a pêché « sans aucun contrôle »" is still someone's words.
        return None
    return Claim(quote, found[0].name, verb.start(), verb.end())


def _clause_subject_claim(outside: str, quote: Quotation, names: NameIndex, cues: _Cues) -> Claim | None:
    """The person who is the subject of the clause the quotation ends, read from the sentence's shape (issue 9):
    "La maîtresse-nageuse Claire Dumas, en poste depuis vingt ans, ne cache pas sa tristesse : « … »", "Sur son
    blog, la députée Anne Roux reste prudente : « … »", "Speaking after the meeting, council leader Janet Morris
    was defiant: "…"".

    Before the name, at most an opening phrase closed by a comma and a lower-case description ("la députée"); after
    it, at most an apposition in commas; then a short predicate in lower case that holds a verb, up to the
    quotation. Without a colon, the quotation must read as words, not a name: no capital on its first two words,
    and no determiner opening it ("a visité « la vieille maison du port »" names a place).
    """
    head = outside[: quote.start].rstrip()
    if _PLACEHOLDER in head or len(head.split()) > 30 or re.search(r"[.;!?…]\s", head):
        return None
    colon = head.endswith(":")
    body = head.rstrip(" :")
    people = [m for m in names.mentions(body) if m.person]
    if not people:
        return None
    person = people[0]
    opening, _, described = body[: person.start].rpartition(",")
    described = described.strip(" *_")
    if described and not (cues.leading_determiner.match(described) or described[:1].islower()) \
            or cues.verb_forms.search(described) or any(w[:1].isupper() for w in described.split()[1:]):
        return None
    if opening and (len(opening.split()) > 12 or cues.verb.search(opening) or cues.relative.search(opening)):
        return None
    rest = body[person.end:]
    apposition = re.match(r"\s*,[^,;:]{2,80},", rest)
    predicate = rest[apposition.end():].strip() if apposition else rest.strip()
    if not predicate or len(predicate.split()) > 8 or re.search(r"[,;:()]", predicate) or not predicate[:1].islower() \
            or cues.relative.match(predicate) or not (cues.verb_forms.search(predicate) or cues.negated.match(predicate)):
        return None  # a verb the lexicon lacks is still one when negated: "ne cache pas sa tristesse"
    if not cues.negated.search(predicate) and _object_noun(predicate, cues):
        return None  # "a reçu une lettre anonyme : « … »": the colon introduces what was received, not their words
    if not colon and (_quoted_thing(quote.text, cues) or cues.determiner_before.search(body.rstrip(" «“\"‘'"))
                      or _quoted_charge(body, cues)):
        return None  # 'signe un « accord historique »': the reporter's quotation marks around a noun phrase
    verb = cues.verb_forms.search(body, len(body) - len(predicate))
    return Claim(quote, person.name, verb.start() if verb else len(head) - 1, verb.end() if verb else len(head))


def _quoted_charge(head: str, cues: _Cues) -> bool:
    """Whether the quotation after ``head`` is a noun's charge or purpose ("a ouvert une enquête pour « mise en danger
    de la vie d'autrui »", "a voté une aide pour « préserver un festival »"): the reporter quotes a court's or a vote's
    wording, not the subject's words. After a verb ("a plaidé pour « … »", 'called for "…"') they stay theirs."""
    head = head.rstrip(" «“\"‘'")
    charge = cues.charge_before.search(head)
    if charge is not None and not cues.verb_forms.fullmatch(charge.group("noun")):
        return True
    # "was fined £400 on Monday for "…"", "a été condamné lundi pour « … »": after a passive, what one was fined
    # or tried for is the court's wording; the subject said nothing (session 32's lead).
    word = cues.charge_word.search(head)
    passives = list(cues.passive.finditer(head, 0, word.start())) if word else []
    if not passives:
        return False
    between = head[passives[-1].end():word.start()]  # from the last passive before the link to the charge
    return not re.search(r"[,;:.!?«»“”\"]", between) and len(between.split()) <= 6


def _quoted_thing(text: str, cues: _Cues) -> bool:
    """Whether words in quotation marks read as a thing the reporter names, not as someone's words: fewer than two
    words, a capital on either of the first two ("« la Maison du Peuple »"), or a determiner opening them ("« la
    vieille maison du port »")."""
    words = text.split()
    return len(words) < 2 or any(w[:1].isupper() for w in words[:2]) or cues.leading_determiner.match(text) is not None


def _predicate_claim(outside: str, quote: Quotation, before: Sequence[str], names: NameIndex,
                     cues: _Cues) -> Claim | None:
    """Words quoted in the predicate of a clause whose subject is named, whatever its verb (issue 9): "Le maire de
    Vernay, Paul Vidal, a fait part de sa « profonde tristesse »", "Dans le catalogue, sa responsable des vins, Ruth
    Okafor, avait vanté « … »", "Trois jours plus tard, il se dit « soulagé »", "She again called the lab "…"".

    Read from the sentence's syntax, not from a verb's word: the clause's first finite verb (not one inside a
    relative clause in commas), its subject the comma-separated part right before it (a person or an organisation
    named, a pronoun for the person named last, or a role in apposition after the name), and between the verb and
    the quotation no relative clause, no other verb of saying and no coordinated clause with a subject of its own.
    """
    head = outside[: quote.start]
    if _PLACEHOLDER in head or len(head.split()) > 40 or re.search(r"[.;!?…]\s", head):
        return None
    colon = head.rstrip().endswith(":")
    words = quote.text.split()
    if not colon and (_quoted_thing(quote.text, cues) or cues.article_before.search(head.rstrip(" «“\"‘'"))
                      or _quoted_charge(head, cues)):
        # 'a visité « la Maison du Peuple »', 'signed a "historic agreement"': a name or a noun phrase; "a visité « la
        # vieille maison du port »": a deed's object may be a thing the reporter names
        return None
    verb = next((v for v in cues.verb_forms.finditer(head)
                 if not cues.relative.match(head[head.rfind(",", 0, v.start()) + 1: v.start()].strip())), None)
    if verb is None or cues.passive.match(head, verb.start()):
        return None  # "was accused of « … » by the opposition": the words are the accusers', not the subject's
    between = head[verb.end():]
    if not colon and _modified_object(verb, between, words, cues):
        return None
    for relative in cues.relative.finditer(between):
        word = re.search(r"([\w'’-]+)\s*$", between[: relative.start()])
        if word is None or not cues.verb_forms.fullmatch(word.group(1)) and not cues.clause_verb.fullmatch(word.group(1)):
            return None  # "a sentence that has been quoted", "a man who shouted": another clause's words
    if cues.verb.search(between) or (colon and not cues.negated.search(head) and _object_noun(between, cues)
                                     and not _own_object(verb.group(0), between, cues)
                                     and not cues.own_statement.match(between)):
        # "a rappelé que le préfet avait jugé …": another speaker; "a reçu une lettre : « … »"; but « a lu un
        # communiqué : « … » » gives the reader's own statement
        return None
    if _second_subject(between, cues):
        return None
    segments = [s.strip(" *_") for s in re.split(_CLAUSE_BREAK, head[: verb.start()])]
    segments = [s for s in segments if s and not cues.relative.match(s) and not _AGE.fullmatch(s)]
    if not segments:
        return None
    last = segments[-1].split()
    if is_pronoun(last[0]) and len(last) <= 3:
        speaker = _last_person("", before, names, cues, last[0])  # "il se dit", "She again called"
    elif len(last) >= 2 and is_pronoun(last[-1]) and _adverbial_lead(" ".join(last[:-1]), cues):
        # "On Wednesday he was milder: "…"": when, with no comma, before the pronoun (issue 9: no claim)
        speaker = _last_person("", before, names, cues, last[-1])
    else:
        speaker = None
        for number in range(len(segments) - 1, -1, -1):
            phrase = segments[number]
            people = [m for m in names.mentions(phrase) if m.person]
            if people and (_opens_phrase(phrase, names, cues) or names.is_name(phrase)):
                speaker = people[0].name
                break
            if number == len(segments) - 1 and names.is_name(cues.leading_determiner.sub("", phrase)):
                speaker = names.mentions(phrase)[0].name if names.mentions(phrase) else None
                break  # "Transvaldor se dit « … »", "La CGT juge …": an organisation named alone
            if names.mentions(phrase) or not _role(phrase, cues) or number == 0:
                break  # only a role in apposition stands between the subject and its verb
    return Claim(quote, speaker, verb.start(), verb.end()) if speaker else None


def _modified_object(verb: re.Match[str], between: str, words: Sequence[str], cues: _Cues) -> bool:
    """Whether the quoted ``words`` end the verb's object, a noun phrase with a word or two before the marks: 'opened
    the new "community hub"' names a thing; not a complement after the object ("chiffre les dégâts « à plusieurs
    millions d'euros »", 'called the cuts "…"'). ``between`` runs from the verb to the marks."""
    # After an auxiliary, its participle ("a inauguré la nouvelle « … »").
    participle = re.match(r"\s*([\w'’-]+)", between)
    obj = between[participle.end():] if participle and (cues.verb_forms.fullmatch(participle.group(1))
                                                        or cues.clause_verb.fullmatch(participle.group(1))) else between
    return cues.modified_object.fullmatch(obj.rstrip(" «“\"‘'") + " ") is not None \
        and not cues.naming_verb.fullmatch(verb.group(0)) and words[0].casefold() not in cues.function_words


def _second_subject(between: str, cues: _Cues) -> bool:
    """Whether the words between a verb and a quotation open a clause with a subject of its own after "and"/"et" or a
    conjunction ("The mayor left early and protesters chanted …"): the quoted words are that subject's, not the
    first verb's."""
    for joiner in re.finditer(r"(?<![\w'’])([\w'’]+)(?![\w'’])", between):
        folded = joiner.group(1).casefold()
        if (folded in cues.and_words or folded in cues.conjunctions) \
                and re.match(r"\s+\S+.*?" + cues.verb_forms.pattern.removeprefix("(?i)"), between[joiner.end():],
                             re.IGNORECASE) and not cues.verb_forms.match(between, joiner.end() + 1):
            return True
    return False


def _object_noun(predicate: str, cues: _Cues) -> bool:
    """Whether a short predicate holds a verb's object: a determiner after a word that is no function word and no
    auxiliary or copula ("a reçu une lettre", "read out the message"; not "was furious with the council", "est la
    première")."""
    for article in re.finditer(rf"(?<![\w'’])(?:{cues.determiner})", predicate):
        previous = re.search(r"([\w'’-]+)\s*$", predicate[: article.start()])
        word = previous.group(1) if previous else ""
        if word and word.casefold() not in cues.function_words and not cues.finite_verb.fullmatch(word):
            return True
    return False


def _participle_claim(outside: str, quote: Quotation, before: Sequence[str], names: NameIndex,
                      cues: _Cues) -> Claim | None:
    """Words quoted in a participle's clause of saying after the main clause: "He had backed his manager, telling
    supporters that Mallory would be given “the whole season”", "Le maire a défendu le projet, estimant qu’il
    apporterait « un nouveau souffle »" (issue 9): the main clause's subject speaks, a pronoun the person named last.
    """
    head = outside[: quote.start]
    clause = None
    for clause in cues.participle.finditer(head):
        pass
    if clause is None:  # else the clause with no "that", the quotation in it ("…, jugeant la hausse « insuffisante »")
        bare = cues.participle_quoting.search(head.rstrip(" *_«“\"‘"))
        # Not "citing a report that was "…"" (a clause of its own between the participle and the marks), nor 'citing
        # "The Wealth of Nations"', « en lançant « Les Rencontres du cinéma » » (a title it names).
        if bare is not None and not (cues.relative.search(bare.group("between"))
                                     or cues.finite_verb.search(bare.group("between")) or _quoted_title(quote.text, cues)):
            clause = bare
    if clause is None or _PLACEHOLDER in head[: clause.start()] or re.search(r"[.;:!?]\s", head[: clause.start()]):
        return None
    # Up to the words that open what is said: "that"/"que" as written, else the quotation (the pattern may have read
    # "the protesters who had" as the said clause's subject and auxiliary).
    that = next((m for m in cues.that_word.finditer(head, clause.end("verb")) if m.end() > m.start()), None)
    between = head[clause.end("verb"): that.start() if that else len(head)]
    if cues.relative.search(between):
        # "telling the protesters who had chanted that he was “a coward”": the words are another subject's, told by
        # the verb between, not the participle's.
        return None
    speaker = _main_subject(head[: clause.start()].strip(" *_"), outside, before, names, cues)
    return Claim(quote, speaker, clause.start("verb"), clause.end("verb"), with_act=True) if speaker else None


def _main_subject(main: str, sentence: str, before: Sequence[str], names: NameIndex, cues: _Cues) -> str | None:
    """Who the subject of a main clause before a participle's clause of saying is ("Paul Vidal a saisi le tribunal"
    -> "Paul Vidal"): a name or a described speaker of at most eight words, a pronoun the person named last."""
    if _opens_subordinate(main, cues):
        # "After John Smith lost the vote, his party went to court": the opening clause's subject is not the main
        # clause's; with no comma to close that clause, whose subject the main one has cannot be told
        if "," not in main:
            return None
        main = main.split(",", 1)[1].strip()
    verb = cues.verb_forms.search(main)
    subject = main[: verb.start()].strip(" ,") + " " if verb else ""
    # "His party, after John Smith lost the vote, went to court": an aside of the subordinate is none of the subject
    aside = next((m for m in re.finditer(r",", subject) if _opens_subordinate(subject[m.end():], cues)), None)
    subject = subject[: aside.start()] + " " if aside else subject
    # "Force ouvrière n'a pas signé, jugeant …": the negation before the verb is no part of its subject.
    negation = next((m for m in cues.negated.finditer(subject) if not subject[m.end():].strip()), None)
    subject = subject[: negation.start() if negation else len(subject)].strip(" ,")
    if len(subject.split()) > 8 and "," in subject:
        # "The county's director of public health, Dr Ann Hale, advised …": the name in apposition is the subject
        subject = subject.rsplit(",", 1)[1].strip()
    if not subject or len(subject.split()) > 8:
        return None
    if is_pronoun(subject.split()[-1]) and len(subject.split()) <= 2:
        return _last_person("", before, names, cues, subject.split()[-1])
    return _speaker_from(subject, names, cues, strict=True) or _speaker_from(subject, names, cues, before=before,
                                                                             sentence=sentence)


def _opens_subordinate(text: str, cues: _Cues) -> bool:
    """Whether a text opens on a word or words that open a clause of time, cause or condition ("After", « Lorsqu'il »,
    "Even though", « Alors que »)."""
    first = re.match(r"\s*([^\W\d]+)", text)
    return first is not None and first.group(1).casefold() in cues.subordinators \
        or cues.subordinate_phrase.match(text) is not None


def _participle_reported(body: str, before: Sequence[str], names: NameIndex, cues: _Cues) -> Claim | None:
    """Reported words in a participle's clause of saying after a main clause that tells an act ("Paul Vidal took the
    case to court, arguing that a town cannot charge for its streets", « X a saisi le tribunal, estimant qu'une
    commune ne peut pas … »): the main clause's subject says them (issue 9: without quotation marks, only a finite
    verb of saying made a claim, so the participle's words were nobody's)."""
    clause = cues.participle.search(body)
    if clause is None or re.search(r"[.;:!?]\s", body[: clause.start()]):
        return None
    that = next((m for m in cues.that_word.finditer(body, clause.end("verb")) if m.end() > m.start()), None)
    if cues.relative.search(body[clause.end("verb"): that.start() if that else clause.end()]):
        return None  # "telling the men who had left that …": whose words they are is the relative's to tell
    # After "that" as written; without it, after whom it was told ("telling reporters the plan …"): the pattern's
    # lazy words may have stopped inside the clause ("saying a sample taken from the driver had …").
    audience = cues.audience.match(body, clause.end("verb"))
    start = that.end() if that is not None else audience.end() if audience is not None else clause.end("verb")
    text = body[start:].strip(" ,")
    if len(re.findall(r"\w+", text)) < 4:
        return None
    speaker = _main_subject(body[: clause.start()].strip(" *_"), body, before, names, cues)
    if speaker is None or not names.is_name(speaker):
        return None  # a described subject may be the act's object as well as its doer: only a name speaks here
    # No verb for the title: a participle is no finite verb after its subject ("X arguing that …"), and the main
    # clause's act is the sentence's event, which keeps its own title; the claim reads "According to X, …".
    return Claim(Quotation(len(body) - len(body[start:].lstrip(" ,")), len(body), text), speaker, clause.start("verb"),
                 clause.end("verb"), direct=False, lowered=_lowered(text, names), with_act=True)


def _quoted_title(text: str, cues: _Cues) -> bool:
    """Whether quoted words read as a title, not a sentence: a capital in the first two words, and neither a verb nor
    a closing stop ("The Wealth of Nations", « Les Nuits de Lestrac »; not "We will fight this.", « Le conseil a
    menti »). Said with no "that", a sentence opens on a capital as a title does; only its verb tells them apart."""
    words = text.split()
    return any(w[:1].isupper() for w in words[:2]) and not text.rstrip(" *_").endswith((".", "!", "?", "…")) \
        and cues.verb_forms.search(text) is None


def _verb_before_claim(outside: str, quote: Quotation, names: NameIndex, cues: _Cues) -> Claim | None:
    """A named person, then one verb the lists lack right before the quotation (issue 9): "Le maire, Erwan
    Quillévéré, espère « … »", "Ada Brent hopes "…"". As with an incise, the shape makes it a claim, not the word:
    nothing but an apposition stands between the person and the verb, and the quotation is the verb's object.
    """
    words = quote.text.split()
    if len(words) < 3 or any(w[:1].isupper() for w in words[:2]):
        return None  # "a visité « la Maison du Peuple »": a name in quotation marks, not words said
    head = outside[: quote.start]
    found = re.search(r"(?<!\S)(?P<verb>[a-zà-öø-ÿ]{4,})\s*$", head)
    if found is None or _small(found.group("verb"), cues) or found.group("verb") in cues.function_words:
        return None
    if head[: found.start()].split()[-1:] and head[: found.start()].split()[-1].casefold() in cues.small_words:
        return None  # "a visité « … »": one verb alone, not a compound tense (of doing, more often than of saying)
    subject = head[: found.start()].rstrip()
    if not subject or len(subject.split()) > 16 or _PLACEHOLDER in subject:
        return None
    people = [m for m in names.mentions(subject) if m.person]
    if len(people) != 1:
        return None
    person = people[0]
    lead, rest = subject[: person.start].strip(" *_"), subject[person.end:]
    # Before the name, a description closed by a comma ("Le maire de Porz-Hellec,"); after it, an apposition
    # in commas ("Ada Brent, the club's chair,"); neither holds a verb, or the name is not the verb's subject.
    if lead and not (lead.endswith(",") and _role(lead, cues) and not cues.verb_forms.search(lead)):
        return None
    if rest.strip() and not (rest.strip() == "," and lead) and not (re.fullmatch(r"\s*,[^,;:]{2,80},", rest) and not cues.verb_forms.search(rest)):
        return None
    return Claim(quote, person.name, found.start("verb"), found.end("verb"))


def _described_after(phrase: str, before: Sequence[str], names: NameIndex, cues: _Cues, outside: str,
                     saying: bool = False) -> str | None:
    """A speaker described after the verb that follows a quotation: "« … », écrivent les magistrats", "« … », lance
    un habitant": French puts the subject after such a verb, so an article and lower-case words there are who speaks,
    the organisation or person they stand for when the article named one (issue 9).

    After a verb of saying (``saying``), before whom it was said ends the phrase ("a assuré l'élu devant une salle
    comble"); after any other verb the whole phrase stays, and a long one is no speaker: "scandaient les manifestantes
    devant la mairie" is a crowd's chant."""
    phrase = " ".join(phrase.split())
    phrase = _circumstance_cut(phrase, names, cues) if saying else phrase
    article = cues.leading_determiner.match(phrase)
    words = phrase[article.end():].split() if article else []
    if not words or len(words) > 3 or not all(w[:1].islower() and w.isalpha() for w in words) \
            or cues.verb_forms.search(phrase):
        return None
    return _speaker_from(phrase, names, cues, before=before, sentence=outside)


def _day_names_thing(phrase: str, day: re.Match[str], cues: _Cues) -> bool:
    """Whether a capitalised day's name between an article and a noun names a thing ("the Sunday market"), no time:
    an article opens every date too (« le lundi 31 mars », "the Monday after the vote"), where a number, a word of time
    or of a clause, or nothing follows the day (review of session 44: such a date stayed in the speaker)."""
    after = re.match(r"\s+([\w'’-]+)", phrase[day.end():])
    noun = after.group(1) if after else ""
    return bool(cues.article_before.search(phrase[: day.start()]) and day.group()[:1].isupper()
                and re.fullmatch(r"[^\W\d_A-ZÀ-ÖØ-Ý][^\W\d_]*", noun)
                and noun.casefold() not in cues.small_words | cues.group_time_words | cues.clause_openers
                and not cues.relative_word.fullmatch(noun))


def _group(phrase: str, cues: _Cues) -> str | None:
    """The group of unnamed people a phrase is, without when it spoke or how it was reached after it: "Campaigners on
    Tuesday" is "Campaigners", « des habitants du hameau joints par téléphone » « des habitants du hameau » (review
    41: the trailing phrase took them in); None when the phrase is no group."""
    first = phrase.split()[:1]
    if first and first[0].casefold() in cues.clause_openers:
        return None  # "…, when police say drink-driving peaks": a clause opens there, its subject is no group's modifier
    for word in re.finditer(r"[\w'’-]+", phrase):
        before = phrase[: word.start()]
        if cues.adjectival_before.search(before):
            continue  # "Staff at the day centre", "Residents of the flooded street": a noun's modifier
        if _day_names_thing(phrase, word, cues):
            continue  # "Traders at the Sunday market": a day's name after an article names a thing, no time
        if word.group().casefold() in cues.group_time_words or cues.group_participle.fullmatch(word.group()):
            kept = before.split()
            # the time's own preposition or modifier goes with it ("on Tuesday", "last week", « en janvier »)
            for head in (kept, kept[:-1]):
                if head and cues.group_speaker.fullmatch(" ".join(head)):
                    return " ".join(head)
            return None
    place = cues.place_after.search(phrase)
    group = phrase[: place.start()] if place is not None else ""
    if cues.group_complemented.fullmatch(group):
        # "Traders at the Sunday market in Quaissac": the town after the group's own complement is where it is, no
        # part of who speaks, as "The National Farmers' Union in Wessendale" is the union (review of session 44);
        # without one the town is where the group lives ("Local residents in Felby").
        return group
    return phrase if cues.group_speaker.fullmatch(phrase) else None


def _circumstance_cut(phrase: str, names: NameIndex, cues: _Cues) -> str:
    """A described speaker without the circumstance after it: "l'élu devant une salle comble" is "l'élu", "the
    minister before the committee" "the minister" (issue 9: the whole phrase spoke). Before whom or when the words
    were said is no part of who said them; a phrase that names someone after the preposition stays whole."""
    article = cues.leading_determiner.match(phrase)
    head = cues.speaker_circumstance.match(phrase, article.end()) if article else None
    if head is None or any(w.casefold() in cues.function_words for w in phrase[article.end():head.start("cut")].split()):
        return phrase
    cut = head.start("cut")
    return phrase[:cut] if not names.mentions(phrase[cut:]) else phrase


def _named_after_adverbial(tail: str, names: NameIndex, cues: _Cues) -> str | None:
    """The person an incise names after an adverbial phrase: "« … », lâche au micro de Radio Varne l'ailier Malik
    Doumbia", "« … », souffle devant les élus le maire, Paul Vidal" (issue 9: the words after the verb opened on a
    preposition, so no speaker was read). ``tail`` is what follows the verb. The subject starts where a determiner
    opens a noun phrase of its own, after a word that is no preposition; "souffle au ministre Paul Vidal" names whom
    the words were said to, no subject."""
    phrase = " ".join(re.split(r"[.;:()]", _title_dots_kept(tail), maxsplit=1)[0].split())
    if not phrase[:1].islower() or cues.leading_determiner.match(phrase):
        return None  # a name or a noun phrase right after the verb is read as the subject elsewhere
    for article in re.finditer(rf"(?<![\w'’])(?:{cues.determiner})", phrase):
        previous = phrase[: article.start()].split()
        if not previous or previous[-1].casefold() in cues.function_words:
            continue  # "au micro de la radio": the article is the adverbial's own
        rest = phrase[article.start():]
        speaker = _named_speaker(rest.split(",")[0], names, cues) or _role_then_name(rest, names, cues)
        if speaker is not None:
            return speaker if speaker in names.people else None
    return None


_TITLE_DOT = re.compile(rf"(?<![\w'’])(?:{_PERSON_TITLE.pattern})(?=\s+[A-ZÀ-ÖØ-Ý])")  # "M." before a name


_TITLE_LAST = re.compile(rf"(?<![\w'’])(?:{_PERSON_TITLE.pattern})\s*$")  # "M. " right before a name


def _has_word(word: str, text: str) -> bool:
    """Whether the text holds the word whole, in any case ("maire" in « Après le Maire, »), not inside another."""
    return re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text, re.IGNORECASE) is not None


def _title_dots_kept(text: str) -> str:
    """The text with the full stop of a title before a name made a space, offsets kept: "le maire, M. Paul Roux" goes
    on after "M.", whose full stop ends no phrase (dev pages: the speaker was cut to "le maire, M")."""
    return _TITLE_DOT.sub(lambda m: m.group(0).replace(".", " "), text)


def _role_then_name(tail: str, names: NameIndex, cues: _Cues) -> str | None:
    """The person named in apposition after a role that follows a verb of saying: "« … », a justifié le président de
    l'intercommunalité, Gérard Pouzet", '"…," admitted the club's chairman, Ian Lowe': the role says what they are,
    the name who speaks, whatever the verb (issue 9)."""
    role = re.split(r"[,;:()]", tail.strip(), maxsplit=2)
    # A role's complement may be long ("le président de la communauté de communes du Val d'Ossane"), but it holds no
    # verb: a clause there is no role.
    if len(role) < 2 or len(role[0].split()) > _ROLE_WORDS or not cues.leading_determiner.match(role[0]) \
            or cues.verb_forms.search(role[0]):
        return None
    return _speaker_from(role[1], names, cues, strict=True)


def _small(word: str, cues: _Cues) -> bool:
    """Whether the word after a quotation is a small word ("and", "mais", "was"), no verb of saying."""
    last = word.split()[-1].casefold()
    return any(w.casefold() in cues.small_words or w.casefold() in cues.conjunctions for w in (word, last))


def _named_speaker(phrase: str, names: NameIndex, cues: _Cues) -> str | None:
    """A speaker written after an incise's verb: a person, maybe after a description ("le maire Jean Dupont"), or one
    name after at most a determiner ("la CGT"); not a name after a small word ("réalisé par X", "l'avocat de X")."""
    phrase = " ".join(phrase.split())
    named = cues.leading_determiner.sub("", phrase)
    found = names.mentions(named)
    if not found or any(w.casefold() in cues.small_words for w in re.findall(r"[\w'’]+", named[: found[0].start])):
        return None
    if found[0].person:
        return found[0].name
    return found[0].name if names.is_name(named) else None


def _words_of_claim(outside: str, quote: Quotation, names: NameIndex, cues: _Cues) -> Claim | None:
    """ "« … » La phrase est de Paul Besson, …" read as one sentence: the person the words are given to speaks."""
    tail = outside[quote.end:]
    at = quote.end + len(tail) - len(tail.lstrip(" ,.;"))
    opening = cues.words_of.match(outside, at)
    if opening is None:
        return None
    found = [m for m in names.mentions(outside) if m.start >= opening.end()]
    if found and found[0].person and found[0].start <= opening.end() + 1:
        return Claim(quote, found[0].name, opening.start(), opening.end())
    return None


def _for_claim(outside: str, quote: Quotation, names: NameIndex, cues: _Cues) -> Claim | None:
    """ "Pour la maire, Sophie Arnaud, « … »", "For Ruth Okafor, "…"": a name, a comma, the words (issue 9)."""
    head = outside[: quote.start].rstrip()
    opening = cues.for_speaker.match(head)
    if opening is not None and not head.endswith(",") and "," in head:
        # "Pour la présidente, Nathalie Verdier, il s'agit d'une mesure « … »": the opinion's clause after the
        # comma names nobody else, so the words are still the person's (issue 9).
        clause = head[head.rfind(",") + 1:]
        if len(clause.split()) <= 12 and not names.mentions(clause) and not cues.verb.search(clause):
            head = head[: head.rfind(",") + 1]
    if opening is None or not head.endswith(","):
        return None
    parts = [p for p in head[opening.end():-1].split(",") if p.strip()]
    if len(head.split()) > 12:
        # "Pour Nolwenn Caradec, vice-présidente de la Région chargée du patrimoine, venue inaugurer le chantier
        # vendredi, « … »": a longer head only when a person opens it and what follows only describes them.
        first = _speaker_from(parts[0], names, cues, strict=True) if parts else None
        if first is None or len(head.split()) > 30 or any(m.person for p in parts[1:] for m in names.mentions(p)) \
                or cues.verb.search(head):
            return None
        return Claim(quote, first, opening.start(), opening.end())
    speaker = next((found for p in parts if (found := _speaker_from(p, names, cues, strict=True))), None)
    if speaker is None:
        # "Pour la CGT, « … »": an organisation named alone in its part.
        named = [cues.leading_determiner.sub("", p.strip()) for p in parts]
        speaker = next((names.mentions(p)[0].name for p in named if names.is_name(p)), None)
    if speaker is None and len(parts) == 1:
        # "Pour le syndicat CGT, « … »", "For the campaign group Save Our Pool, "…"": the name its kind introduces;
        # a description alone ("Pour l'instant") names no one.
        # The name follows its kind directly: "Pour le match contre Lorient FC" is no club speaking.
        described = _speaker_from(parts[0], names, cues)
        found = next((m for m in names.mentions(parts[0]) if m.name == described), None)
        kind = parts[0][: found.start].split()[-1:] if found else []
        speaker = described if kind and kind[0].casefold() in cues.org_kinds else None
    return Claim(quote, speaker, opening.start(), opening.end()) if speaker else None


def _colon_claim(outside: str, quote: Quotation, names: NameIndex, cues: _Cues) -> Claim | None:
    """ "Paul Vidal est catégorique : « … »", "Ada Brent was blunt: "…"": a named subject, a colon, the words.

    Without a reporting verb only a short clause that opens with a name introduces a quotation.
    """
    head = outside[: quote.start].rstrip()
    if not head.endswith(":"):
        return None
    # the clause's sentence, which a title's full stop does not end: « … personnes. M. Roux, le maire, s'en félicite : »
    clause = head[len(head) - 1 - len(re.split(r"[.;!?]\s", _title_dots_kept(head[:-1]))[-1]):-1]
    mentions = names.mentions(clause)
    # a title before the name opens it too (« Mme Bourgeat, la secrétaire du syndicat, s'en félicite : « … » »), and
    # so does a role in apposition before them (« Son président, M. Harold Penhallow, a pris la chose avec philosophie : »)
    lead = _TITLE_LAST.sub("", clause[: mentions[0].start]).strip(" *_") if mentions else ""
    opens = bool(mentions) and names.is_name(mentions[0].name) \
        and (not lead or lead.endswith(",") and mentions[0].person and _described(lead[:-1].strip(), cues)
             and not _object_apposition(lead[:-1].strip(), cues))  # not "Pupils asked the headteacher, Rita Blake:"
    if opens and lead and not any(w.casefold() in cues.person_words for w in re.findall(r"[\w-]+", lead)) \
            and _thing_handled(clause, mentions[0], names, cues):
        # « Le soir même, Paul Roux a ouvert l'enveloppe : « … » »: after a time or a place, the envelope's words, not
        # his; a role before the name keeps the clause his (« Son président, M. Harold Penhallow, a pris la chose … »)
        opens = False
    if len(clause[mentions[0].start if opens else 0:].split()) > 8 or not opens:
        # "Interrogée, la directrice, Claire Martin, se veut rassurante : « … »": the one person the clause names,
        # right before its last comma-free part.
        # "Un peu plus loin, Bernard, un retraité du village, relativise : « … »": descriptions may stand between;
        # "Le programme est clair : « … »": no one named speaks.
        parts = [p for p in re.split(r",", clause) if p.strip()]
        if len(clause.split()) > 16 or len(parts) < 2 or len(parts[-1].split()) > 5:
            return _colon_subject(clause, quote, len(head), names, cues)
        for at, part in reversed(list(enumerate(parts[:-1]))):
            people = [m for m in names.mentions(part) if m.person]
            if len(people) == 1 and names.is_name(_untitled(part.strip(" *_"))):  # "M. Roux" is a name too
                if at and _object_apposition(parts[at - 1], cues):
                    # "Reporters asked the mayor, Ann Hale, on Monday: "…"": the name is the object's, who was asked,
                    # not who speaks (review 35, finding 14d; 7b44965 carried it to the next paragraph's words).
                    return _colon_subject(clause, quote, len(head), names, cues)
                return Claim(quote, people[0].name, len(head) - 1, len(head))
            if names.mentions(part) or not _described(part.strip(), cues):
                return _colon_subject(clause, quote, len(head), names, cues)
        return _colon_subject(clause, quote, len(head), names, cues)
    return Claim(quote, mentions[0].name, len(head) - 1, len(head))


def _object_apposition(part: str, cues: _Cues) -> bool:
    """Whether a comma-free part ends on a verb's object that the name after its comma is in apposition to: a finite
    verb, its participle and a preposition maybe, then only a described noun phrase ("Reporters asked the mayor",
    « Un habitant a demandé à la maire »); not a participle and its time ("Interrogée mardi"), nor a described
    subject alone ("la directrice")."""
    verbs = list(cues.verb_forms.finditer(part))
    words = part[verbs[-1].end():].split() if verbs else []
    if words and words[0][:1].islower() and words[0].casefold() not in cues.function_words and len(words) > 1:
        words = words[1:]  # the participle after its auxiliary: « a interpellé »
    if words and words[0].casefold() in cues.function_words and not _described(" ".join(words), cues):
        words = words[1:]  # the preposition of an indirect object: « à la maire », "to the mayor"
    return bool(words) and _described(" ".join(words), cues)


# After a name, what may stand before its verb: its closing comma or one or two appositions in commas ("Marc Roux, son
# président,"), then an adverb at most.
_BEFORE_VERB = (re.compile(r"[\s,]*"), re.compile(r"\s*,[^,:;]{1,80},\s*"),
                re.compile(r"\s*,[^,:;]{1,40},[^,:;]{1,80},\s*"))  # "Josiane, 78 ans, venue de Lescurette, n'en revenait pas"
_ONE_WORD = re.compile(r"[\w'’-]+\s+")


def _colon_subject(clause: str, quote: Quotation, colon_end: int, names: NameIndex, cues: _Cues) -> Claim | None:
    """A quotation after a colon that ends a clause whose subject is a person: "Son président, Marc Roux, a redit
    mardi devant les juges : « … »", "Addressing the crowd, Roustan repeated the words he had used: "…"" (issue 9:
    a colon introduced the words, yet a long clause gave no claim). The subject is the first person named right
    before a finite verb (an apposition or an adverb between), not a complement nor a passive's subject ("was
    applauded": the words are someone else's).

    Not a subordinate clause's subject ("Quand Paul Vidal est arrivé …, les salariés ont crié : « … »"), nor a
    clause the colon does not end: after the verb, a comma then another finite verb opens the clause the colon ends
    ("the hall where Paul Smith spoke on Monday, someone had written: "…"")."""
    for mention in names.mentions(clause):
        if mention.person and cues.heard_of.search(clause, 0, mention.start) \
                and not cues.verb_forms.search(clause, mention.end):
            # « a relayé les craintes de Jules Abadie, ancien conservateur du musée : « … » »: whose words they are
            # speaks, the colon giving them (dev stories: the words were given to no one).
            return Claim(quote, mention.name, colon_end - 1, colon_end)
    for mention in names.mentions(clause):
        opening = re.split(r"[,;(—–]", clause[: mention.start])[-1].split()
        if mention.person and any(w.casefold() in cues.subordinators for w in opening):
            continue  # the subordinate clause's subject: the main clause's may be named further on
        if not mention.person or _complement(clause, mention, cues):
            continue
        for gap in (g.match(clause, mention.end) for g in _BEFORE_VERB):
            if gap is None:
                continue
            adverb = _ONE_WORD.match(clause, gap.end())
            for at in (gap.end(), *([adverb.end()] if adverb else [])):
                verb = cues.verb_forms.match(clause, at)
                if verb is None or re.match(r"[\w'’-]", clause[verb.end():verb.end() + 1]):
                    continue
                if cues.passive.match(clause, gap.end()):
                    return None
                if _thing_object(verb.group(0), clause[verb.end():], names, cues):
                    return None
                if any(cues.verb_forms.search(part) for part in clause[verb.end():].split(",")[1:]):
                    return None  # "…, someone had written:": the colon ends another clause, with its own subject
                return Claim(quote, mention.name, colon_end - 1, colon_end)
        return None  # the first person named is no verb's subject: someone else's words, or nobody's
    return None


def _thing_handled(clause: str, mention: Mention, names: NameIndex, cues: _Cues) -> bool:
    """Whether the name's verb has an object that is no stance of the subject's nor an act it comments on (« a ouvert
    l'enveloppe », "opened the parcel"): before a colon, the thing then speaks, not the subject."""
    at = _BEFORE_VERB[0].match(clause, mention.end).end()
    verb = cues.verb_forms.match(clause, at)
    if verb is None:
        return False
    return _thing_object(verb.group(0), clause[verb.end():], names, cues)


def _thing_object(verb: str, predicate: str, names: NameIndex, cues: _Cues) -> bool:
    """Whether a verb's object, right after it, is a thing whose words a colon then gives: no stance of the subject's
    (_own_object) nor an act it comments on (_act_done)."""
    return _object_next(predicate, cues) and not _own_object(verb, predicate, cues) \
        and not _act_done(verb, predicate, names, cues)


def _object_next(predicate: str, cues: _Cues) -> bool:
    """Whether a verb's object comes right after it, one word at most between, its participle or a particle ("a reçu
    une lettre", "repeated the words"): before a colon, the colon then introduces that thing's words (a letter, a
    tag), not the subject's. A determiner further on is a complement's, no object: "a redit devant les juges", "a
    redit mardi devant les juges", "a déclaré à la presse" (review 27: three words of any kind read as an object's
    way in, so a preposition's complement made one)."""
    rest = predicate.lstrip()
    for _ in range(2):
        if cues.leading_determiner.match(rest):
            return True
        word = _ONE_WORD.match(rest)
        if word is None or word.group(0).strip().casefold() in cues.function_words:
            return False  # "à la presse", "to the court": a preposition's complement
        rest = rest[word.end():]
    return False


def _act_done(verb: str, predicate: str, names: NameIndex, cues: _Cues) -> bool:
    """Whether a verb and its object before a colon tell something the subject did, whose words the colon then gives
    (« a fixé le cap : « … » », "set out the plan: "…""): no thing that carries words of its own in the object (« a
    ouvert l'enveloppe : », « a allumé la radio : », "read the notice:", review 47: a closed list of acts lost the
    ordinary claims), no verb that receives, finds or shows a thing (« a trouvé sa voiture taguée : »), and no one
    named in it (« a relayé les craintes de Jules Abadie » gives his words)."""
    words = re.findall(r"[\w-]+", predicate)[:4]
    return not any(cues.speaking_thing.fullmatch(w) for w in words) and not names.mentions(predicate) \
        and not any(cues.receiving_verb.fullmatch(w) for w in re.findall(r"[\w-]+", verb)[-1:] + words[:1])


def _own_object(verb: str, predicate: str, cues: _Cues) -> bool:
    """Whether a verb's object is the subject's own stance, a possessive first after a verb of stance ("a présenté
    ses excuses", "defended her plan", « ne cache pas sa tristesse »): before a colon, the words are the subject's
    (an apology, a defence), not those of a thing received, found or shown ("a reçu une lettre", "a trouvé sa
    voiture taguée", "pinned her eviction letter to the door"), nor a document's ("a lu sa lettre")."""
    words = predicate.split()[:3]
    own = next((i for i, w in enumerate(words[:2]) if w.casefold() in cues.possessives), None)
    if own is None or (own + 1 < len(words) and cues.owned_document.fullmatch(words[own + 1].strip(",;"))):
        return False
    # The verb or its participle before the possessive says a stance (review 36: any verb did, so a thing found or
    # received spoke as its finder).
    return any(cues.stance_verb.fullmatch(w) for w in [*verb.split()[-1:], *words[:own]])


def find_reported(sentence: str, before: Sequence[str], names: NameIndex, language: str,
                  quoted: bool = False) -> Claim | None:
    """Reported speech in a sentence without quotations: "X said that …", "…, X said", "Selon X, …" (issue 9).

    The speaker must be named (a pronoun stands for the last person named); the reported words must be a
    clause of some length. Otherwise None: a reporting verb
    alone ("a annoncé une réunion") reports an action, not someone's words. With ``quoted``, a sentence with
    quotations is read up to the "and"/"et" before its first one: "X affirme que … et parle d'« … »"; else the
    clause a verb before the first quotation opens, quotations inside it ("X said that … "before Christmas" …").
    """
    if "?" in sentence:
        return None
    cues = for_text(language).compiled(_Cues)
    quotes = quotations(sentence)
    body = sentence.rstrip().rstrip(".!…").rstrip()
    if quotes:
        if not quoted:
            return None
        joiners = [m for m in _SPACED_WORD.finditer(sentence, 0, quotes[0].start)
                   if m.group(1).casefold() in cues.joiners]
        found = find_reported(sentence[: joiners[-1].start()].rstrip(" ,"), before, names, language) \
            if joiners else None
        if found is not None:
            return found
        return _reported_by_verb(body, _mask(body, quotes), before, names, cues, quotes) \
            or _reported_after_colon(sentence, quotes[-1].end, before, names, language)
    according = cues.according.search(body)
    if according is not None:
        found = _according(body, according, before, names, cues)
        if found is not None:
            return found
    found = _for_reported(body, names, cues)
    if found is not None:
        return found
    return _reported_by_verb(body, body, before, names, cues) or _parenthetical_reported(body, before, names, cues) \
        or _colon_reported(body, names, cues) or _participle_reported(body, before, names, cues)


def _reported_after_colon(sentence: str, after: int, before: Sequence[str], names: NameIndex,
                          language: str) -> Claim | None:
    """Reported speech of its own after a colon that follows the sentence's last quotation ("ce retard « était
    prévisible » : il affirme avoir demandé un second diagnostic", "défend un « choix de raison » : selon lui, …"),
    its offsets in the sentence; the clause before the colon is read as the sentence before it (issue 9: the
    words after the colon gave no claim)."""
    colon = sentence.find(":", after)
    if colon < 0:
        return None
    found = find_reported(sentence[colon + 1:], [*before, sentence[:colon]], names, language)
    return _shifted(found, colon + 1) if found is not None else None


def _shifted(claim: Claim, shift: int) -> Claim:
    """A claim found in a part of a sentence that starts ``shift`` characters in, its offsets in the whole sentence."""
    return replace(claim, quotation=Quotation(claim.quotation.start + shift, claim.quotation.end + shift,
                                              claim.quotation.text),
                   verb_start=claim.verb_start + shift, verb_end=claim.verb_end + shift)


def _reported_by_verb(body: str, scan: str, before: Sequence[str], names: NameIndex, cues: _Cues,
                      quotes: Sequence[Quotation] = (), main_only: bool = False) -> Claim | None:
    """Reported words a verb of saying introduces in ``body`` ("X said that …", "…, X said"), read on ``scan``
    (``body`` with its ``quotes`` masked, offsets kept); with ``main_only``, no verb in an aside before the main one.

    With quotations in the sentence, only a clause the verb opens before the first of them, holding some words of its
    own besides the quoted ones: "X said that a decision would be taken "before Christmas", once …" reports more than
    the two quoted words, and "X redoute que … : « … »" says its clause before the colon (issue 9: reported words
    beside a quotation gave no claim). Whatever a quotation alone says is the quoted claim's.
    """
    listed = list(cues.verb.finditer(scan))
    for verb in listed + [v for v in cues.that_verb.finditer(scan) if not any(v.start() < w.end() and w.start() < v.end()
                                                                              for w in listed)
                          and not cues.determiner_before.search(scan, max(0, v.start() - 12), v.start())]:
        if _after_verb(scan, verb, cues) or main_only and _aside_before_main_verb(scan, verb, listed, cues):
            continue
        that = cues.reported_that.match(scan, verb.end()) or _far_that(scan, verb, cues)
        # "announced that the plant would close", "a annoncé que la piscine fermerait": the clause is the announcer's
        # word, a claim, as with any verb of saying (issue 9: news pages' gold holds every such clause as a claim);
        # the clause's dated events stay as they were (_reported_speech keeps them), so the action is still told.
        if cues.negation.search(scan[: verb.start()]):
            continue  # "n'a pas dit que", "has not said that"
        if quotes and verb.end() > quotes[0].start and not _quoted_in_subject_aside(scan, verb, quotes, cues):
            continue  # '"…," she said, …': the verb attributes the quotation, the quoted claim's
        bare = _bare_clause(scan, verb, cues) if that is None else None
        if that is not None and not verb.group("clitic") and not verb.group("inverted"):
            content = (that.end(), len(body))  # "X told shareholders that …"
        elif bare is not None:
            content = (bare, len(body))  # "Holloway said the contractor, Tidewell, had found …"
        elif quotes:
            continue  # "…, X said" with a quotation before: the quotation is what X said
        else:
            content = _before_comma(scan, verb, cues)  # "…, X said" / "…, a précisé X"
            if content is not None and cues.not_reporting.search(verb.group(0)) \
                    and re.search(r"\w", scan[content[1]:verb.start()]) and _object_next(scan[verb.end():], cues):
                # "In a statement released on Monday, the council confirmed the closure of the lido": its subject
                # before it and its object after it, the verb tells an action; the opening phrase is no one's words
                # (review 27). Only with nothing but adverbials after it does it close an attribution.
                continue
            if content is None:
                content = _demanded(scan, verb, cues)  # "a promis un passage de son médicobus tous les quinze jours"
        if content is not None and quotes:
            colon = scan.find(":", content[0], quotes[-1].start)
            if colon >= 0 and (that is None or not that.group(0).strip()):
                # "X described the moment the water reached the mill: "…"", "recalled what she had seen: "…"": a
                # thing named before the colon, whose words the quotation gives (review 27); only a clause opened by
                # that/que itself is said words of their own there.
                continue
            if colon >= 0:
                content = (content[0], colon)  # "X redoute que … : « … »": the clause ends at the colon
            # "X said the theatre was grateful for "…" and that the search …", "assure que … « … » et parle d'« … »":
            # a second predicate after a quotation is said apart (chained_after's, or the next quotation's).
            joined = next((m.start() for m in _SPACED_WORD.finditer(scan)
                           if quotes[0].end <= m.start() < content[1]
                           and m.group(1).casefold() in cues.joiners), None)
            if joined is not None:
                content = (content[0], joined)
            # "X said the club would appeal, arguing that an offer was "days away"": the participle's words are
            # said apart, as "…, avant d'ajouter que …" are.
            apart = [m.start() for m in (cues.participle.search(scan, content[0], content[1]),
                                         cues.chained.search(scan, content[0], content[1])) if m is not None]
            if apart:
                content = (content[0], min(apart))
            held = [q for q in quotes if content[0] <= q.start < content[1]]
            if held and not re.search(r"\w", scan[held[-1].end:content[1]]):
                aside = _quoted_aside(scan, content[0], held[0], cues)
                if aside is None:
                    continue  # 'X said the depot would close "within weeks"': the quoted claim's title says it all
                # "assure que le poids a baissé de 22 %, « sans une seule plainte »", "said the rise would push firms
                # to email, which he described as "…"": the quotation is an aside after the clause, which says
                # words of its own (issue 9: the clause gave no claim).
                content = (content[0], aside)
        if content is not None and content[0] > verb.start():
            content = (content[0], _relative_end(scan, verb, content, cues))
        if content is None or len(re.findall(r"\w+", scan[content[0]:content[1]].replace(_PLACEHOLDER, ""))) \
                < _least_reported_words(scan, content, that, cues):
            continue
        masked = _mask(scan, [Quotation(content[0], content[1], "")])
        speaker = _subject_speaker(masked, verb, before, names, cues, sentence=body)
        # "Residents say the supply …", « Des riverains affirment que … »: a group that opens the sentence speaks.
        # After the words, only the words' comma before it: "The fire started in the kitchen, witnesses said".
        opening = masked[content[1]: verb.start()] if content[1] <= verb.start() else masked[: verb.start()]
        group = speaker is not None and cues.group_speaker.fullmatch(speaker) is not None \
            and (_group(" ".join(opening.strip(" ,").split()), cues) or "").casefold() == speaker.casefold()
        if speaker is None or not (names.is_name(speaker) or group or _body_named_before(speaker, masked, names)
                                   or _described_subject(masked, scan, verb, speaker, cues, names)
                                   and _kind_named(speaker, names, cues) != ""):
            # Without quotation marks, a speaker that is neither named nor the verb's described subject makes no
            # claim: after the verb a described "speaker" is mostly an object ("…, a confirmé la décision vendredi").
            # Nor one that may be either of two organisations the article names ("the council" after two
            # councils): the reader cannot tell whose words they are (review 30).
            continue
        words = body[verb.start(): that.end("between") if that is not None and content[0] == that.end() else verb.end()]
        audience = cues.audience.match(body, verb.end())
        if content[1] < verb.start() and audience is not None and audience.end() >= len(body.rstrip(" ,")) - 1 \
                and not re.match(rf"\s*{re.escape(speaker)}(?!\w)", body[verb.end():], re.IGNORECASE):
            # (not the speaker itself after the verb: "…, said the council" titled "The council said the council …")
            words = body[verb.start():audience.end()]  # "The bridge will reopen, X told reporters": "X told reporters …"
        text = body[content[0]:content[1]].strip(" ,")
        return Claim(Quotation(content[0], content[1], text), speaker, verb.start(), verb.end(), direct=False,
                     verb=" ".join(words.split()), lowered=_lowered(text, names))
    return None


def main_after_aside(sentence: str, claim: Claim, before: Sequence[str], names: NameIndex,
                     language: str) -> Claim | None:
    """The main clause's reported words when a claim's verb sits in a relative clause about the subject, in commas
    right before the main verb of saying ("X, who told the court in June that …, said the group would invest …",
    « X, qui avait déclaré que …, a affirmé que … »): a claim of its own (issue 9: only the aside's words were one)."""
    if "?" in sentence:
        return None
    cues = for_text(language).compiled(_Cues)
    body = sentence.rstrip().rstrip(".!…").rstrip()
    quotes = quotations(sentence)
    scan = _mask(body, quotes)
    listed = list(cues.verb.finditer(scan))
    verb = next((v for v in listed if v.start() == claim.verb_start), None)
    if verb is None or not _aside_before_main_verb(scan, verb, listed, cues):
        return None
    found = _reported_by_verb(body, scan, before, names, cues, quotes, main_only=True)
    return found if found is not None and found.verb_start > claim.verb_start else None


def _aside_before_main_verb(scan: str, verb: re.Match[str], listed: Sequence[re.Match[str]], cues: _Cues) -> bool:
    """Whether a verb of saying sits in a relative clause in commas right before another one, the main clause's ("X,
    who told the court in June that …, said the group would invest …")."""
    closing = scan.find(",", verb.end())
    opening = None
    for opening in cues.aside_opening.finditer(scan, 0, verb.start()):
        pass
    return closing >= 0 and opening is not None and not re.search(r"[.;:!?]", scan[opening.end():closing]) \
        and bool(scan[: opening.start()].strip()) \
        and any(other.start() > closing and not scan[closing + 1:other.start()].strip() for other in listed)


def _quoted_in_subject_aside(scan: str, verb: re.Match[str], quotes: Sequence[Quotation], cues: _Cues) -> bool:
    """Whether every quotation before a verb sits in a relative clause in commas about its subject ("X, who told the
    court that the firm was "a name and hands", said the group would invest …", « X, qui avait jugé le projet
    « absurde », affirme que … »): the verb is the main clause's and reports words of its own (issue 9: a quotation
    before the verb made it the quotation's attribution, and the main clause's words were nobody's)."""
    head = scan[: verb.start()]
    closing = re.search(r",\s*$", head)
    opening = None
    for opening in cues.aside_opening.finditer(head, 0, quotes[0].start):
        pass
    return closing is not None and opening is not None and not re.search(r"[.;:!?]\s", head[opening.end():]) \
        and all(q.end <= closing.start() for q in quotes if q.start < verb.start()) \
        and bool(head[: opening.start()].strip())


def _demanded(scan: str, verb: re.Match[str], cues: _Cues) -> tuple[int, int] | None:
    """The object of a demand or a promise, said as the speaker's words though no that/que opens it ("promised to
    reopen the pool by June", « réclame un bilan public après six mois »), up to the sentence's end; else None."""
    if verb.group("clitic") or verb.group("inverted") or cues.according.search(scan, verb.end()):
        return None  # « réclament une rançon, selon une source proche du dossier »: the source's words, if anyone's
    said = cues.demand_object.match(scan, verb.end() - len(verb.group(0).split()[-1]))
    return (said.end(), len(scan)) if said is not None else None


def _quoted_aside(scan: str, start: int, quote: Quotation, cues: _Cues) -> int | None:
    """Where reported words end when the quotation closing them stands after a comma, alone or opened by a relative
    pronoun (", « sans une seule plainte »", ", which he described as "…""): the comma's offset, when the words
    between ``start`` and it hold a verb of their own; else None (the quotation belongs to the clause, or only
    qualifies it: ", « si tout va bien »", ', "for now"')."""
    comma = scan.rfind(",", start, quote.start)
    if comma < 0 or not cues.clause_verb.search(scan, start, comma):
        return None
    between = scan[comma + 1: quote.start].strip()
    if not between:
        return None if cues.quoted_qualifier.match(quote.text) else comma
    return comma if cues.aside_relative.match(between) else None


_PRONOUN_VERB = re.compile(r"\W*([\w'’]+)\s+(\S+)")  # "it would", "they were": a subject pronoun and its verb


def _least_reported_words(scan: str, content: tuple[int, int], that: re.Match[str] | None, cues: _Cues) -> int:
    """How many words reported words need to be a statement: three in a clause that/que opens with a verb of its own
    or in an infinitive said of the subject (« dit comprendre ce choix »), four otherwise.

    "que/that" marks a clause for sure, and a subject with its verb says something: « Le syndicat a indiqué que
    l'usine fermerait », "the union said that the plant closed" (French writes its future and conditional in one
    word, so the clause English gives four words, "the plant would close", has three: review of session 39, reported
    speech in a short French sentence gave no claim). Without that/que, three words may be a fragment; nor is a
    "that" a verb follows a conjunction ("The union says that is not enough": a demonstrative, the words are four).
    """
    if that is not None and content[0] == that.end() == that.end("between") \
            and cues.said_infinitive.match(scan, content[0]):
        return 3  # "dit comprendre ce choix": the infinitive is the clause's verb, its subject the speaker's
    pronoun = _PRONOUN_VERB.match(scan, content[0], content[1])
    if that is None or content[0] == that.end() == that.end("between"):
        if pronoun is not None and (is_pronoun(pronoun.group(1)) or pronoun.group(1).casefold() in cues.plural_pronouns
                                    or pronoun.group(1).casefold() in cues.thing_pronouns) \
                and cues.clause_verb.fullmatch(pronoun.group(2)) \
                and not cues.negated.fullmatch(scan[pronoun.end():content[1]].strip(" ,.;")):
            # "said they were devastated", "said it would appeal": a subject pronoun and its verb, a clause; not an
            # elliptical answer, a negation and nothing after ("said it would not")
            return 3
    if that is None or not content[0] == that.end() > that.end("between"):
        return 4
    subject = re.compile(r"\W*(\w+)").match(scan, content[0], content[1])
    if subject is None or cues.clause_verb.fullmatch(subject.group(1)):
        return 4
    return 3 if cues.clause_verb.search(scan, subject.end(), content[1]) else 4


def _body_named_before(speaker: str, masked: str, names: NameIndex) -> bool:
    """Whether a speaker is a body the article named before the claim's sentence, with its article."""
    # "…, a indiqué la préfecture" after "La préfecture de l'Aveyron": a name not written in the sentence itself,
    # so it cannot be the object of the sentence's verb.
    article = _DEFINITE.match(speaker)
    return article is not None and speaker.casefold() not in " ".join(masked.split()).casefold() \
        and names.is_name(speaker[article.end():])


def _head_word(phrase: str, cues: _Cues) -> re.Match[str] | None:
    """The word right after a noun phrase's leading determiner, an elided one too ("office" in "l'office de X")."""
    article = cues.leading_determiner.match(phrase)
    return _TOKEN.match(phrase, article.end()) if article else None


def _office_dropped(phrase: str, cues: _Cues) -> str:
    """A noun phrase without the office or person's noun right after its determiner, else the phrase."""
    # That noun is the office whatever verb it spells too (« le juge »: review of session 44, a judge's words had no
    # speaker).
    noun = _head_word(phrase, cues)
    return phrase[noun.end():] if noun and noun.group(0).casefold() in cues.person_words else phrase


def _described_subject(masked: str, scan: str, verb: re.Match[str], speaker: str, cues: _Cues,
                       names: NameIndex) -> bool:
    """Whether a described speaker ("the zoo", "la Ville", "les pêcheurs") is written as the verb's subject: before
    it ("The zoo said it would …", "…, the company said Monday"), or after an inverted verb with nothing after it but
    the sentence's or the clause's end ("…, a fait savoir la préfecture."). News names who says a thing by what it
    is as often as by its name (issue 9: "The association says …" gave no claim); a noun phrase after the verb
    with more words after it is mostly its object ("…, a confirmé la décision vendredi")."""
    words = speaker.split()
    if not 1 <= len(words) <= 6 or not cues.leading_determiner.match(speaker) \
            or cues.verb_forms.search(_office_dropped(speaker, cues)) or _PLACEHOLDER in speaker:
        return False
    phrase = r"\s+".join(re.escape(w) for w in words)
    head = masked[: verb.start()]  # the reported words masked: a speaker is none of them
    subject = None
    for subject in re.finditer(rf"(?<![\w'’]){phrase}(?![\w'’])", head, re.IGNORECASE):
        pass
    if subject is not None:
        if re.search(rf"(?<![\w'’-])(?!{_PLACEHOLDER})[A-ZÀ-ÖØ-Ý][\w'’-]*\s*,\s*$", head[: subject.start()]) \
                and re.match(r"\s*,", head[subject.end():]) \
                and _name_alone(re.split(_CLAUSE_BREAK, head[: subject.start()].rstrip().rstrip(","))[-1], names, cues):
            # "Dunmore, the port operator, said": set off by commas after a name the article has not taught, an
            # apposition to that name ("Lundi, la mairie a assuré" is none); not after a phrase that only ends on a
            # name ("Déboutée samedi par le tribunal de Ventabren, l'association …, a annoncé": lead 1 of session 47).
            return False
        # Not when the verb is a relative clause's, still open: "a delivery driver who asked that his name …".
        relative = None
        for relative in cues.relative.finditer(head, subject.end()):
            pass
        return relative is None or re.search(_CLAUSE_BREAK, head[relative.end():]) is not None
    # After the verb, only in an inverted attribution (the verb right after the comma, nothing after the speaker)
    # and a verb that does nothing but report: with a subject before it ("L'Union … salue la décision"), or after
    # "a confirmé", "announced", a noun phrase is the object of an action ("…, a confirmé la décision vendredi").
    # A relative clause before that comma closes an aside of the subject ("L'Union, qui réclamait son retrait, salue
    # la décision"): the verb is the main clause's, its noun phrase an object.
    segments = re.split(_CLAUSE_BREAK, scan[: verb.start()])
    if len(segments) >= 3 and cues.leading_determiner.match(segments[0].strip()) \
            and not any(cues.verb_forms.search(s) for s in segments[:1] + segments[2:-1]):
        # "The mayor, re-elected in 2020, denied the rumour": a noun phrase with no verb, then its aside, is the
        # verb's subject, not reported words; the noun phrase after the verb is its object (review 30). Reported
        # words are a clause: "The bridge will reopen, said the council".
        return False
    # A person's office or noun after the verb is its subject whatever the verb ("…, a annoncé la préfète"): no one
    # announces a prefect. Between them, when it was said ("…, a annoncé ce mardi après-midi la préfète").
    # Nor a body that speaks ("…, a confirmé lundi la préfecture", "a reconnu la Ville lors de la réunion"): no one
    # announces a préfecture either, and where or to whom it was said after it (a preposition that ends a speaker)
    # leaves it the subject (issue 9); when it was said, too, after it ("a confirmé le club ce mardi").
    # The noun after the determiner, an elided one too ("l'office de tourisme", "l'association": review of session 44);
    # cues.parties holds the persons' words as well as the bodies'.
    noun = _head_word(speaker, cues)
    body = noun is not None and noun.group(0).casefold() in cues.parties
    after = masked[verb.end():]
    when = cues.speaker_time.match(after) if body else None
    if when is not None:
        after = after[when.end():]
    ends = rf"(?:{cues.speaker_time.pattern})?\s*(?:[,;]|$|(?={cues.tail_stop.pattern}))" if body else r"[,;]|$"
    return len(segments) >= 2 and not re.search(r"\w", segments[-1]) and not cues.relative.match(segments[-2].strip()) \
        and (body or not cues.not_reporting.search(verb.group(0))) \
        and re.match(rf"\s*{phrase}\s*(?:{ends})", after, re.IGNORECASE) is not None


def _name_alone(segment: str, names: NameIndex, cues: _Cues) -> bool:
    """Whether a comma-free segment is a name and nothing else: capitalised words, short particles between ("Dunmore",
    "Port of Tyne"), one whole mention of the name index, or a capitalised run ending on a name whose lower-case words
    hold no determiner, no agent and no verb (« Caisse d'épargne Bretagne », « Réseau ferré de France »); not a phrase
    that ends on one ("Déboutée samedi par le tribunal de Ventabren")."""
    words = segment.split()
    if not words or not words[0][:1].isupper():
        return False
    if all(w[:1].isupper() or len(w) <= 3 for w in words) or names.is_name(segment.strip()):
        return True
    found = names.mentions(segment)
    return bool(found) and found[-1].end >= len(segment.rstrip()) - 1 and words[-1][:1].isupper() and len(words) <= 5 \
        and not any(cues.determiner_word.fullmatch(w) or cues.verb_forms.fullmatch(w) for w in words[1:]) \
        and not cues.agent_inside.search(segment) and not cues.opening_participle.match(segment)


def _relative_end(scan: str, verb: re.Match[str], content: tuple[int, int], cues: _Cues) -> int:
    """Where reported words end when the verb of saying is in a relative clause set off by commas: at the comma the
    main clause's verb follows ("Mayor X, who had vowed in May that the town would keep its festival, climbed on
    stage": not "climbed on stage"); else where they ended."""
    opening = scan.rfind(",", 0, verb.start())
    if not cues.relative_opening.match(scan[opening + 1:verb.start()]) or opening < 0:
        return content[1]
    # The last such comma: one before it may close an apposition inside the said words ("that the depot, the town's
    # largest employer, would stay open").
    ends = [content[0] + comma.start() for comma in re.finditer(r",\s+([\w'’-]+)", scan[content[0]:content[1]])
            if cues.verb_forms.fullmatch(comma.group(1))]
    return ends[-1] if ends else content[1]


def _far_that(scan: str, verb: re.Match[str], cues: _Cues) -> re.Match[str] | None:
    """The verb's "that"/"que" after words that hold no verb ("told a French regional newspaper that …", "a répété
    devant les habitants que …"), when a clause with its own subject follows it; else None.

    A noun phrase right after the verb is its object, and a "that" after a noun may be a relative pronoun
    ("recalled the promise that the mayor made", "a rappelé la promesse que le maire avait faite"): only a verb that
    tells someone takes a bare noun phrase before its "that" ("told a newspaper that"). Whoever was told otherwise
    comes with a preposition, and where or when said does too or is an adverb.
    """
    that = cues.far_that.match(scan, verb.end())
    if that is None or any(cues.verb_forms.fullmatch(w) for w in that.group("between").split()):
        return None
    told = cues.audience_verb.fullmatch(verb.group(0).split()[-1]) is not None
    if cues.leading_determiner.match(that.group("between").lstrip()) and not told:
        return None
    words = [w.casefold() for w in re.findall(r"[\w-]+['’]?|['’]", that.group("between"))]
    if words[-1] in cues.that_conjunctions or cues.that_degree.intersection(words) \
            or _relative_after_noun(words, told, cues):
        return None  # "avant que", "so long … that": a conjunction; "the risks that the plan posed": a relative
    return None if _verb_first(scan[that.end():], cues) else that


def _relative_after_noun(words: Sequence[str], told: bool, cues: _Cues) -> bool:
    """Whether the ``words`` between a verb and its far "that"/"que" end on a noun phrase that is no one told, so that
    "that" is a relative pronoun (review 28): "warned of the risks that …", "told the jury the version that …", "a
    évoqué mardi les travaux que …". Whoever was told comes after a preposition of audience ("before the committee",
    "devant les habitants du quartier") or, after a verb of telling, right after the verb ("told a newspaper that")."""
    openers = [i for i, w in enumerate(words) if cues.determiner_word.fullmatch(w) or w in cues.that_article_prepositions]
    if not openers:
        return False
    # Another preposition after the last noun phrase's opener ("told a jury on Monday"): it ends before "that".
    if any(w in cues.function_words and w not in cues.that_of and not cues.determiner_word.fullmatch(w)
           for w in words[openers[-1] + 1:]):
        return False
    while openers:
        at = openers.pop()
        before = words[at - 1] if at else ""
        if words[at] in cues.that_audience or before in cues.that_audience:
            return False
        if before in cues.that_of or (at and words[at] in cues.that_of):
            continue  # "the leader of the council", "les habitants du quartier": the noun phrase before it heads
        return at > 0 or not told
    return True


def _after_verb(scan: str, verb: re.Match[str], cues: _Cues) -> bool:
    """Whether a "verb" in -s right after another verb is that verb's object, a noun: "rejected claims that …",
    "dismissed reports that …" (review 27: "claims" read as the verb of saying, the denied words as said). After an
    auxiliary or a modal a verb has no -s ("has claimed", "will say"), so those stay verbs."""
    word = re.search(r"([\w'’-]+)\s+$", scan[max(0, verb.start() - 30):verb.start()])
    return word is not None and verb.group(0).endswith("s") and cues.verb_forms.fullmatch(word.group(1)) is not None \
        and cues.finite_verb.fullmatch(word.group(1)) is None


def split_coordinated(sentence: str, before: Sequence[str], names: NameIndex,
                      language: str) -> tuple[Claim | None, Claim] | None:
    """Two statements joined by a comma and "and"/"but"/"et"/"mais", the second with a speaker and a verb of saying
    of its own that open it: "Skippers say the silt will smother the grounds, but the harbour board says the channel
    cannot wait", "…, et la mairie a assuré que le marché resterait ouvert". The first clause's claim (None when it
    has none) and the second's, its offsets in the sentence; None when no such second attribution opens a clause
    (issue 9: the second statement gave no claim, or the first swallowed it)."""
    if quotations(sentence):
        return None
    cues = for_text(language).compiled(_Cues)
    for joint in re.finditer(r",\s+([\w'’]+)\s+", sentence):
        if joint.group(1).casefold() not in cues.joiners:
            continue
        second = find_reported(sentence[joint.end():], [*before, sentence[: joint.start()]], names, language)
        if second is None or not second.verb or second.quotation.start < second.verb_end:
            continue  # no attribution of its own, or one closing the clause ("…, and prices will rise, he said")
        first = find_reported(sentence[: joint.start()] + ".", before, names, language)
        return first, _shifted(second, joint.end())
    return None


def split_chained(sentence: str, claim: Claim, names: NameIndex, language: str) -> tuple[Claim, Claim | None]:
    """Reported words that go on with more ("X a rappelé que …, avant d'ajouter que …", "X said …, before adding
    that …"): the first words and the added ones, two claims of one speaker (issue 9); else the claim alone."""
    if claim.direct:
        return claim, None
    cues = for_text(language).compiled(_Cues)
    quote = claim.quotation
    chain = cues.chained.search(sentence, quote.start, quote.end)
    if chain is None:
        return claim, None
    first, added = sentence[quote.start:chain.start()].strip(" ,"), sentence[chain.end():quote.end].strip(" ,")
    if not (_enough_words(first) and _enough_words(added)):
        return claim, None
    return (replace(claim, quotation=Quotation(quote.start, chain.start(), first), lowered=_lowered(first, names)),
            _added_claim(claim, chain, quote.end, added, names, cues))


def chained_after(sentence: str, claim: Claim, names: NameIndex, language: str) -> Claim | None:
    """Words a quoted speaker adds without quotation marks after the attribution ("« … », a-t-elle lancé, avant
    d'ajouter que les parcs seraient ouverts la nuit"): a reported claim of the same speaker, else None (issue 9)."""
    cues = for_text(language).compiled(_Cues)
    chain = cues.chained.search(sentence, max(claim.quotation.end, claim.verb_end))
    if chain is None and claim.verb_end <= claim.quotation.start:
        # "X said the theatre was grateful for “…” and that the search would begin": the verb's second clause,
        # right after the quotation or after the rest of the first clause ("…“invested record sums” in its network
        # and that spills had fallen"), which holds no verb of saying of its own.
        chain = cues.coordinated.search(sentence, claim.quotation.end)
        if chain is not None and (_verb_first(sentence[chain.end():], cues)
                                  or cues.verb.search(sentence, claim.quotation.end, chain.start())
                                  or re.search(r"[.;:!?]", sentence[claim.quotation.end:chain.start()])):
            chain = None  # "…”, and that was the end of the debate": a demonstrative, the subject of a new sentence
    if chain is None and claim.verb_end <= claim.quotation.start:
        return _coordinated_predicate(sentence, claim, names, cues)
    if chain is None or quotations(sentence[chain.end():]):
        return None
    body = sentence.rstrip().rstrip(".!…").rstrip()
    added = body[chain.end():].strip(" ,")
    if not _enough_words(added) or chain.end() >= len(body):
        return None
    return _added_claim(claim, chain, len(body), added, names, cues)


def _coordinated_predicate(sentence: str, claim: Claim, names: NameIndex, cues: _Cues) -> Claim | None:
    """A second predicate after a quotation, joined by "and"/"et" and with no subject of its own: the speaker's words
    too (issue 9: reported words beside a quotation gave no claim); else None.

    Inside the clause the verb of saying opens, the predicate goes on with what was said: 'said the firm "remains
    fully behind the team" and did not expect to write down its stake'. After the verb's own object ("a jugé le projet
    « ruineux » et rappelé que …"), the predicate is the speaker's own act, words only when a verb opens a clause of
    its own ("et rappelé que …", "and warned that …"): 'called it "a disgrace" and walked out' is none.
    """
    body = sentence.rstrip().rstrip(".!…").rstrip()
    # "and"/"et", or "but"/"mais": 'said … “…” but warned that …', « dit comprendre « … », mais rappelle que … »
    joiner = next((m for m in _SPACED_WORD.finditer(body, claim.quotation.end) if m.group(1).casefold() in cues.joiners),
                  None)
    if joiner is None or quotations(body[joiner.end():]):
        return None
    between = _mask(body, quotations(body))[claim.quotation.end:joiner.start()]
    if re.search(r"[.;:!?()]", between) or cues.verb.search(between) or cues.relative.search(between):
        return None  # another sentence, another attribution, or a relative clause's own predicate
    start = joiner.end() + len(body[joiner.end():]) - len(body[joiner.end():].lstrip())
    rest = body[start:]
    said = cues.verb.match(rest)
    first = said or re.match(r"[\w'’-]+", rest)
    if first is None or not (said or cues.verb_forms.fullmatch(first.group(0)) or cues.clause_verb.fullmatch(first.group(0))):
        return None  # "… and the council would appeal": a subject of its own, another clause
    # "and pointed out that …": a verb the lists lack, with its particle, right before "that" opens a clause too
    particle = cues.that_verb.match(rest) if not said else None
    that = cues.reported_that.match(rest, particle.end() if particle else first.end())
    if that is not None:
        # "et rappelé que …", "and warned that …": a verb opening its own clause; a participle alone shares the first
        # verb's auxiliary ("a estimé que … et rappelé que …").
        verb, content = rest[: that.start()], start + that.end()
        said_words = body[claim.verb_start:claim.verb_end].split()
        if not said and not cues.verb_forms.fullmatch(first.group(0)) and len(said_words) > 1 \
                and cues.finite_verb.fullmatch(said_words[0]):
            verb = f"{said_words[0]} {verb}"
        lowered = None
    elif said is not None and (demanded := _demanded(rest, said, cues)) is not None:
        # "juge la réforme « précipitée » et réclame un bilan public": what is demanded is said too
        verb, content, lowered = said.group(0), start + demanded[0], None
    else:
        subject = _said_subject(body, claim, cues) if not said and cues.verb_forms.fullmatch(first.group(0)) else None
        if subject is None:
            return None  # "… and promised to publish …": the speaker's own act, no clause said
        # "… and would decide whether …": the said clause goes on; its title gives the clause's subject back ("said it
        # would decide …"), as the sentence reads.
        verb, content = subject[0], start
        lowered = f"{subject[1]} {_lowered(body[content:].strip(' ,'), names)}"
    text = body[content:].strip(" ,")
    if not _enough_words(text):
        return None
    return Claim(Quotation(content, len(body), text), claim.speaker, joiner.start(), content, direct=False,
                 verb=" ".join(verb.split()), lowered=lowered or _lowered(text, names))


def _said_subject(body: str, claim: Claim, cues: _Cues) -> tuple[str, str] | None:
    """The verb of saying and the subject of the clause it opens, the quotation inside that clause: ("said", "the
    firm") for 'said the firm "remains …"', ("a indiqué", "la Région") for « a indiqué que la Région étudierait « … » »;
    None when the verb opens no clause ("called the plan "flawed"": its object holds the quotation)."""
    verb = cues.verb.match(body, claim.verb_start)
    if verb is None:
        return None
    scan = _mask(body, quotations(body))
    that = cues.reported_that.match(scan, verb.end()) or _far_that(scan, verb, cues)
    start = that.end() if that is not None else _bare_clause(scan, verb, cues)
    if start is None or start > claim.quotation.start:
        return None
    finite = cues.verb_forms.search(scan, start, claim.quotation.start)
    end = finite.start() if finite is not None else claim.quotation.start
    subject = scan[start:end].split()
    if not 1 <= len(subject) <= 8 or re.search(r"[,;:()]", scan[start:end]):
        return None
    said = body[verb.start():that.end("between") if that is not None else start]
    return " ".join(said.split()), " ".join(body[start:end].split())


def _verb_first(clause: str, cues: _Cues) -> bool:
    """Whether a clause after "that" opens on a finite verb ("that was the end of it"): no subject of its own, so
    "that" is a demonstrative, no conjunction. A plural noun that could be a verb ("that costs would rise") has
    its verb after it."""
    words = re.findall(r"[\w'’-]+", clause)[:2]
    if not words or not cues.verb_forms.fullmatch(words[0]):
        return False
    return cues.finite_verb.fullmatch(words[0]) is not None or len(words) < 2 \
        or not cues.verb_forms.fullmatch(words[1])


def _enough_words(text: str) -> bool:
    """Whether words a speaker adds are a statement of their own (four words at least), not a fragment."""
    return len(re.findall(r"\w+", text)) >= 4


def _added_claim(claim: Claim, chain: re.Match[str], end: int, added: str, names: NameIndex, cues: _Cues) -> Claim:
    """What the speaker of ``claim`` adds after ``chain`` ("avant d'ajouter que", "before adding that"), up to
    ``end``: a reported claim of theirs, the chaining words as its verb."""
    return Claim(Quotation(chain.end(), end, added), claim.speaker, chain.start(), chain.end(), direct=False,
                 verb=cues.chained_verb, lowered=_lowered(added, names))


def _for_reported(body: str, names: NameIndex, cues: _Cues) -> Claim | None:
    """ "Pour Marc Aubry, la ville n'a pas les moyens de …": a person named after "pour"/"for", then a clause."""
    opening = cues.for_speaker.match(body)
    if opening is None:
        return None
    parts = body[opening.end():].split(",")
    for count in (1, 2):  # "Pour X, …" or "Pour la maire, Sophie Arnaud, …"
        if len(parts) <= count or len(" ".join(parts[:count]).split()) > 8:
            return None
        speaker = _speaker_from(parts[count - 1], names, cues, strict=True)
        content = ",".join(parts[count:])
        if speaker and len(re.findall(r"\w+", content)) >= 4 and cues.clause_verb.search(content):
            start = len(body) - len(content) + (len(content) - len(content.lstrip()))
            text = content.strip()
            return Claim(Quotation(start, len(body), text), speaker, opening.start(), opening.end(), direct=False,
                         lowered=_lowered(text, names))
    return None


def _parenthetical_reported(body: str, before: Sequence[str], names: NameIndex, cues: _Cues) -> Claim | None:
    """Reported words around their attribution, set in commas inside them: "Without the dredge, she said, the port
    would lose its cruise calls", "The plant, the mayor said, would close", « Sans dragage, a-t-elle ajouté, le port
    perdrait … ». News sets "he said" inside the sentence as often as after it; the words before and after the
    commas are one clause said (issue 9: neither piece alone read as reported words, so none was a claim)."""
    for verb in cues.verb.finditer(body):
        opening = body.rfind(",", 0, verb.start())
        # After the verb, at most a few words of when or to whom ("she told reporters,", "said on Monday,").
        closing = re.match(r"[^,;:.!?()«»“”\"]{0,30}?,", body[verb.end():])
        if opening < 0 or closing is None:
            continue
        attribution = body[opening + 1: verb.end() + closing.end() - 1].split()
        head, rest = body[:opening], body[verb.end() + closing.end():]
        if not attribution or len(attribution) > 8 or cues.relative.fullmatch(attribution[0]) \
                or attribution[0].casefold() in cues.clause_openers or cues.not_reporting.search(verb.group(0)) \
                or cues.negation.search(body[opening + 1: verb.start()]):
            continue  # "Paul Vidal, who said nothing, left": a relative clause; "…, and said …": a clause of its own
        if not re.search(r"\w", head) or len(re.findall(r"\w+", head + rest)) < 6 \
                or cues.verb_forms.search(rest) is None:
            continue  # the words after the commas finish the said clause: they hold its verb
        opener = re.match(r"\s*([\w'’-]+)", rest)
        if opener is None or opener.group(1).casefold() in cues.clause_openers or cues.relative.fullmatch(opener.group(1)):
            continue  # "…, she told reporters, and then she left", "…, warned councillors, who had …": a clause of its own
        masked = _mask(body, [Quotation(0, opening, ""), Quotation(len(body) - len(rest), len(body), "")])
        speaker = _subject_speaker(masked, verb, before, names, cues, sentence=body)
        if speaker is None or not (names.is_name(speaker) or _body_named_before(speaker, masked, names)
                                   or _described_subject(masked, body, verb, speaker, cues, names)):
            continue
        text = f"{head.strip()} {rest.strip()}"
        return Claim(Quotation(0, len(body), text), speaker, verb.start(), verb.end(), direct=False,
                     verb=verb.group(0), lowered=_lowered(text, names))
    return None


def _colon_reported(body: str, names: NameIndex, cues: _Cues) -> Claim | None:
    """ "Le premier adjoint, Thierry Vasseur, était plus direct : le festival ne reviendra pas", "Ada Brent was
    blunt: the plant will close": a short clause about one named person, a colon, then a clause (issue 9)."""
    colon = body.find(":")
    if colon < 0:
        return None
    head, content = body[:colon], body[colon + 1:]
    if len(head.split()) > 12 or not cues.clause_verb.search(head) or len(re.findall(r"\w+", content)) < 4 \
            or not cues.clause_verb.search(content):
        return None  # "Trois priorités : …": no one speaks; "X a trois priorités : la sécurité, …": no clause
    people = [m for m in names.mentions(head) if m.person]
    if len(people) != 1 or len(names.mentions(head)) != 1:
        return None
    person = people[0]
    at_start = not head[: person.start].strip(" *_")
    in_apposition = head[: person.start].rstrip().endswith(",") and head[person.end:].lstrip().startswith(",")
    if not (at_start or in_apposition):
        return None
    start = colon + 1 + (len(content) - len(content.lstrip()))
    text = content.strip()
    return Claim(Quotation(start, len(body), text), person.name, colon, colon + 1, direct=False,
                 lowered=_lowered(text, names))


def _untitled(phrase: str) -> str:
    """A name without the title written before it ("Me Paul Lenoir", "Dr Ann Hale" -> the name): the title is no
    part of the name, and an apposition that holds one still names one person ("selon l'avocat, Me Paul Lenoir")."""
    first, _, rest = phrase.partition(" ")
    return rest.lstrip() if rest and (first.casefold() in _TITLE_WORDS or _PERSON_TITLE.fullmatch(first)) else phrase


def _according(body: str, according: re.Match[str], before: Sequence[str], names: NameIndex,
               cues: _Cues) -> Claim | None:
    """ "Selon lui, …" / "…, according to the Department of Health": a name or a pronoun, then the words."""
    parts = according.group("np").split(",")
    np = parts[0].strip()
    if not np:
        return None
    speaker = None
    skip = 0  # commas of an apposition after the description
    lead = body[: according.start()].strip(" ,")
    set_off = not lead or body[: according.start()].rstrip().endswith(",")  # « Selon les pompiers », « …, selon eux »
    # "Entre 2041 et 2043, selon le parquet, le négociant a vendu …", "In 2041, according to X, the firm sold …": a
    # phrase without a verb before the source only dates or places the clause after it, which is what X says.
    # A verb's form that is also a function word ("Entre 2041 et 2043") is the function word there.
    verbless = bool(lead) and len(parts) >= 2 \
        and not any(v.group(0).casefold() not in cues.function_words for v in cues.verb_forms.finditer(lead))
    after = next((p for p in parts[1:] if cues.verb_forms.search(p)), "")
    if verbless and after and not _has_subject(after, cues):
        return None  # "Le nouveau stade, selon X, coûtera …": the words are cut in two by the source, neither half is X's
    # "…, selon Paul Vidal, qui dénonce …": a relative clause after the source tells of the source, not its words.
    fronted = verbless and bool(after) and cues.relative.match(after.lstrip()) is None
    closing = bool(lead) and not fronted  # "…, selon la préfète, Claire Domenech."
    if (len(parts) >= 3 or closing and len(parts) == 2) and _described(np, cues):
        # "Selon la préfète, Claire Domenech, 130 personnes ont été évacuées": the name in apposition speaks; at the
        # sentence's end the name closes it ("…, according to the club's lawyer, Paul Garner").
        named = [m for m in names.mentions(parts[1]) if m.person]
        if len(named) == 1 and names.is_name(_untitled(parts[1].strip())):
            speaker, skip = named[0].name, 1
    source = cues.according_source.match(np)
    if source is not None:
        # "according to a report by the security firm Redline Labs": the firm, described or not; "according to
        # figures published last month by the Water Industry Standards Authority", "selon des chiffres publiés
        # jeudi par l'Insee" (issue 9).
        rest, at = np[source.end():], according.start("np") + source.end()
        # "selon une étude de l'Observatoire régional de la santé publiée en janvier": the author ends before the
        # participle that dates the document.
        rest = cues.source_participle.sub("", rest)
        found = _mentions_at(body, at, at + len(rest), names)
        lead = rest[: found[-1].start] if found else ""
        if found and found[-1].end >= len(rest) - 1 and not found[-1].person \
                and (not lead.strip() or cues.leading_determiner.fullmatch(lead) or _described(lead, cues)):
            speaker = found[-1].name
    if speaker is None and (is_pronoun(np) or np.casefold() in cues.according_pronouns):
        speaker = _last_person("", before, names, cues)
    elif speaker is None:
        # One name, after at most a determiner or a title ("the Department of Health", "l'agence Reuters").
        at = according.start("np")
        mentions = _mentions_at(body, at, at + len(np), names)
        named = len(mentions) == 1 and mentions[0].end >= len(np) - 1 and len(np[: mentions[0].start].split()) <= 1
        speaker = mentions[0].name if named else None
    if speaker is None and closing and _depending(body[: according.start()], np, cues):
        return None  # "Le prix varie selon la commune de résidence": on what it depends, not who says it
    if speaker is None:
        speaker = _kind_named(np, names, cues) or None  # "According to the institute, …" after its full name
    back = cues.document_back.fullmatch(np) if speaker is None else None
    if back is not None:
        # "Selon ce document, …" after "un rapport de la DREAL"
        speaker = _document_author(before, back.group("noun"), names, cues)
    group = _group(np, cues) if speaker is None else None
    if group is not None:
        speaker = group[0].upper() + group[1:]  # « Selon des riverains, … », "according to residents, …": a group speaks
    if speaker is None:
        # "Selon l'accusation, …", "according to the prosecutor, …", "selon les enquêteurs, …": a description of
        # who speaks, resolved as any described speaker is (the one person named in that role, the organisation).
        speaker = _party(np, names, cues, before, body, set_off)
    if speaker is None:
        return None  # "selon l'accord de méthode", "according to its latest figures": no one speaks
    while len(parts) > skip + 2 and names.mentions(parts[skip]) and _apposed_role(parts[skip + 1], names, cues):
        # "Selon la maire, Nina Osei, présidente du syndicat, les travaux …": a role in apposition after the name
        # describes the speaker; what they said begins after it.
        skip += 1
    if closing:
        # "…, according to X"; after a colon, only what follows it is X's ("L'opposition réclame … : le contrat …")
        content = (max(body.rfind(":", 0, according.start()), body.rfind(";", 0, according.start())) + 1,
                   according.start())
    else:
        comma = body.find(",", according.start())
        for _ in range(skip):
            comma = body.find(",", comma + 1)
        content = (comma + 1, len(body)) if comma > 0 else (0, 0)  # "Selon lui, …"
    text = body[content[0]:content[1]].strip(" ,")
    if len(re.findall(r"\w+", text)) < 4:
        return None
    return Claim(Quotation(content[0], content[1], text), speaker, according.start(), according.start(),
                 direct=False, lowered=_lowered(text, names))


def _depending(head: str, phrase: str, cues: _Cues) -> bool:
    """Whether "selon"/"according to" after ``head`` means "depending on" the thing ``phrase`` describes: the words
    right before it, no comma between, say that something varies, give a range or end on an alternative ("varie de 2 à
    5 euros", "vers l'est ou vers le nord"), or a participle of choice follows the noun ("le centre choisi")."""
    stretch = re.split(r"[,;:()]", head)[-1]
    return cues.depending_before.search(stretch) is not None or cues.depending_after.search(phrase) is not None


def _party(phrase: str, names: NameIndex, cues: _Cues, before: Sequence[str], sentence: str,
           set_off: bool) -> str | None:
    """Who speaks through a noun phrase after "selon"/"according to" that describes them, or None for a thing ("l'accord
    de méthode", "its latest figures"): its first noun after the determiner is a person's, an office's or an
    organisation's kind ("the prosecutor of Lyon", "les enquêteurs"), the phrase is a party of a trial, or a source that
    is someone ("a source", « des sources proches du dossier »: SOURCE_PERSON). A plural of people speaks only when
    ``set_off``: « selon » opening the sentence or after a comma; « Les bus sont organisés selon les élèves » is
    "depending on" them."""
    source = cues.source_person.match(phrase)
    if source is not None:
        # "a source close to the inquiry", "sources in the government": someone unnamed; "in January" is no place
        placed = (source.group("placed") or "").split()
        timed = placed and any(w.casefold() in cues.group_time_words or w.isdigit() for w in placed[1:3])
        who = source.group("who") if timed else source.group(0).strip()
        return who[0].upper() + who[1:]
    article = cues.leading_determiner.match(phrase)
    rest = phrase[article.end():] if article else ""
    words = rest.split()
    # A body's kind may open its name with a capital: "selon l'Observatoire local des loyers du Pradelmontois".
    if article is None or not words or not (words[0][:1].islower() or words[0].casefold() in cues.sources):
        return None
    party = cues.speaking_party.match(rest)
    if party is None:
        if words[0].casefold() not in (cues.speaking_plurals if set_off else cues.parties):
            return None
        # "selon la direction départementale des territoires (DDT) de l'Arnèze": its label is no part of its name
        return _speaker_from(" ".join(BRACKETED_LABEL.sub("", phrase).split()), names, cues, before=before,
                             sentence=sentence)
    # A party's word opening the phrase is not enough ("the defence budget for 2062", "la défense centrale du club"
    # name no party): the party speaks when it ends the phrase ("selon la défense"), before a person's noun ("the
    # defence barrister"), or for a person named after it, as written ("la défense de Marc Duval": his counsel
    # speaks, not he).
    tail = rest[party.end():].split()
    if not tail or len(tail) == 1 and tail[0].casefold() in cues.person_words:
        return _speaker_from(phrase, names, cues, before=before, sentence=sentence)
    of = cues.speaking_party_of.match(phrase, article.end() + party.end())
    people = [m for m in names.mentions(phrase) if m.person]
    if of is not None and people and people[-1].start >= of.end() and people[-1].end >= len(phrase.rstrip()) - 1:
        return phrase[0].upper() + phrase[1:]
    return None


def _has_subject(clause: str, cues: _Cues) -> bool:
    """Whether a clause's first verb has words of its own before it, other than its clitics: "le négociant a vendu …"
    has; "coûtera 30 millions", "ne se représentera pas", "will cost …" have not (their subject is the phrase before
    "selon" / "according to": "Le nouveau stade, selon X, coûtera …")."""
    verb = cues.verb_forms.search(clause)
    return verb is not None and bool(cues.verb_clitics.sub("", clause[:verb.start()]).strip())


def _document_author(before: Sequence[str], noun: str, names: NameIndex, cues: _Cues) -> str | None:
    """Who wrote the document a sentence refers back to with ``noun`` ("ce document", "the report"): the organisation
    named right after the last document of that kind the two sentences before name, when they name it with its author
    ("un rapport de la DREAL", "a report by the Lorn Water Agency"); None when they name none, or when the last such
    document has no author named with it ("… a écrit une lettre au préfet. Selon cette lettre, …")."""
    generic = cues.document_any.fullmatch(noun) is not None
    for text in reversed(before[-2:]):
        # The document referred back to is the last one named of its kind ("cette lettre" is no "rapport").
        documents = [d for d in cues.document_noun.finditer(text) if generic or d.group(0).casefold() == noun.casefold()]
        if not documents:
            continue
        last = documents[-1].start()
        source = next((s for s in cues.according_source.finditer(text) if s.start() <= last < s.end()), None)
        if source is None:
            return None
        # Found in the whole sentence: a name cut from its article reads otherwise ("l'Agence de l'eau de Lorn").
        named = next((m for m in names.mentions(text) if m.start >= source.end()), None)
        gap = text[source.end():named.start] if named is not None else ""
        if named is not None and not named.person and (not gap or cues.leading_determiner.fullmatch(gap)):
            return named.name
        return None
    return None


def _apposed_role(part: str, names: NameIndex, cues: _Cues) -> bool:
    """Whether a part between commas after a name is their role: a title's word or a noun with its complement
    ("présidente du syndicat", "chair of the transport board"), not a date or an adverb ("lundi", "en effet")."""
    words = part.split()
    if not words or len(words) > 8 or words[0].casefold() in cues.function_words or names.mentions(part) \
            or cues.verb_forms.search(part) or not _role(part.strip(), cues):
        return False
    return words[0].casefold() in _TITLE_WORDS or any(w.casefold() in cues.function_words for w in words[1:])


def _lowered(text: str, names: NameIndex) -> str:
    """Reported words as they read after "X said": the sentence's capital dropped unless a name starts them."""
    mentions = names.mentions(text)
    if mentions and mentions[0].start == 0 or text[1:2].isupper():
        return text  # "Skyline Regional will …", "ARS …"
    return text[:1].lower() + text[1:]


def _bare_clause(body: str, verb: re.Match[str], cues: _Cues) -> int | None:
    """Where a clause said without "that" starts, in a language that drops it ("said the contractor, Tidewell
    Construction, had found the cracks", "says 112 of its members voted"): after the verb and whom it was told to,
    a subject of one to eight words (asides in commas left out), then a finite verb. None when no clause follows
    (", X said." ends the sentence; "said on Sunday" opens a phrase, no subject)."""
    if not cues.clause_without_that or verb.group("clitic") or verb.group("inverted"):
        return None
    # A figure's thousands separator is no comma of an aside ("said more than 4,000 sessions had been booked"); the
    # digits stand in its place, offsets kept.
    body = _THOUSANDS.sub("0", body)
    audience = cues.audience.match(body, verb.end())
    start = audience.end() if audience is not None else verb.end()
    start += len(body[start:]) - len(body[start:].lstrip(" "))
    # Asides in commas, offsets kept: an apposition or a relative clause ("the contractor, Tidewell Construction,"),
    # opened by a name, a determiner, a number or a relative pronoun; not a clause of the sentence's own.
    # A participle's phrase too ("the committee, chaired by a Swiss biologist,").
    rest = re.sub(r",(\s*([\w'’-]+)\s*([\w'’-]*)[^,;:]{0,80}),", lambda m: " " * len(m.group(0)) if (
        m.group(2)[:1].isupper() or m.group(2)[:1].isdigit() or cues.relative.fullmatch(m.group(2))
        or cues.leading_determiner.match(m.group(2) + " ")
        or cues.verb_forms.fullmatch(m.group(2)) and m.group(3).casefold() in cues.function_words) else m.group(0),
        body[start:])
    # The first finite verb: not a participle used as an adjective after a determiner, an adverb between or not ("the
    # stolen files", "a widely shared column"), nor a capitalised word, a month or a name ("called a meeting for May").
    finite = next((v for v in cues.verb_forms.finditer(rest) if not cues.adjectival_before.search(rest[: v.start()])
                   and not _complement_verb(rest[: v.start()], cues) and not v.group(0)[:1].isupper()), None)
    if finite is None:
        return None
    subject = rest[: finite.start()].split()
    quantity = cues.quantity_subject.match(rest) is not None  # "said at least 12 homes had …"
    if not 1 <= len(subject) <= 8 or re.search(r"[,;:()]", rest[: finite.start()]) \
            or subject[0].casefold() in cues.function_words and not cues.leading_determiner.match(subject[0] + " ") \
            and not quantity \
            or cues.relative.search(rest[: finite.start()]) or cues.verb.search(rest[: finite.start()]):
        return None
    # A subject opens on a determiner or a possessive, a number, a capital or a pronoun, or is a bare plural ("said
    # residents had …"): 'said nothing', 'said sorry to the family the police had wrongly accused' open on the
    # verb's object. And it holds no subordinator or coordinator: 'said goodbye as the nurses were leaving', 'said
    # so in a letter the council received' are an object, then a clause of their own.
    first = subject[0]
    # "says it expects …", "said they want …": a pronoun of a thing or a group right before the verb is its subject
    # (issue 9: only a past or an auxiliary after it made a clause, "said it expected", not "says it expects").
    it = len(subject) == 1 and first.casefold() in cues.thing_pronouns
    if not (cues.leading_determiner.match(first + " ") or first[:1].isdigit() or first[:1].isupper() or is_pronoun(first)
            or it
            or first.casefold() in cues.number_words  # "said two weekends of strikes may have cost …"
            or quantity  # "said more than 400 people had …"
            or first.casefold().endswith(cues.plural_endings) and first.casefold() not in cues.plural_stop
            or _bare_compound_plural(subject, cues)  # "said ticket holders would not be affected"
            # "said none of them would lose their jobs", "said construction of the main building would continue": a
            # noun with its complement, no object of the verb (an object "of" would need a verb of its own after),
            # after a verb that takes no noun object: "denied knowledge of the deal her deputy signed" is an object
            or len(subject) > 2 and subject[1].casefold() in cues.that_of and first.casefold() not in cues.function_words
            and not cues.verb_forms.fullmatch(first) and cues.of_subject_verb.fullmatch(verb.group(0).split()[-1])) \
            or any(w.casefold() in cues.clause_openers for w in subject):
        return None
    # After a quantity's word, a participle is no clause's verb: "warned about 200 jobs being at risk" is what the
    # warning was about (a preposition, its object and a participle's phrase), no words said.
    if quantity and finite.group(0).casefold().endswith(cues.participle_endings):
        return None
    if cues.audience_verb.fullmatch(verb.group(0).split()[-1]):
        # "told a crowd of 200 people the plant would close": of two noun phrases side by side, the first was told.
        words = list(re.finditer(r"\S+", rest[: finite.start()]))
        for previous, word in zip(words, words[1:]):
            if cues.leading_determiner.match(word.group(0) + " ") \
                    and previous.group(0).casefold() not in cues.function_words:
                return start + word.start()
    return start


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")  # "4,000", "1,400,000"


def _complement_verb(lead: str, cues: _Cues) -> bool:
    """Whether a verb form after ``lead`` is a noun's complement, no clause's verb: right after "of", or after "of"
    and another verb form ("accused the firm of being reckless", "of being paid twice"): a charge, not said words (review
    35)."""
    words = lead.split()[-2:]
    return bool(words) and (words[-1].casefold() in cues.that_of or len(words) == 2
                            and words[0].casefold() in cues.that_of and cues.verb_forms.fullmatch(words[1]) is not None)


def _bare_compound_plural(subject: Sequence[str], cues: _Cues) -> bool:
    """Whether a subject opens on a bare plural compound: two or three lower-case nouns, the last one plural ("ticket
    holders", "bus drivers", "season ticket holders"), before any function word. Like a bare plural ("said residents
    had …"), it is a clause's subject, not the verb's object (issue 9: "said ticket holders would …" gave no claim)."""
    words = []
    for word in subject:
        if word.casefold() in cues.function_words:
            break
        words.append(word)
    return 2 <= len(words) <= 3 and all(w.isalpha() and w.islower() and not cues.verb_forms.fullmatch(w)
                                        for w in words) \
        and words[-1].endswith(cues.plural_endings) and words[-1] not in cues.plural_stop \
        and not any(w.endswith(cues.plural_endings) for w in words[:-1])


_COMMA = re.compile(",")


def _before_comma(body: str, verb: re.Match[str], cues: _Cues) -> tuple[int, int] | None:
    """The reported words before ", X said" or ", a précisé X": the clause before the comma that opens the attribution.

    The attribution is short on both sides of the verb (a name, a title, a weekday) and ends the sentence or
    the clause; a longer tail is an object ("a annoncé une réunion avec le préfet le 2 décembre").
    """
    comma = body.rfind(",", 0, verb.start())
    apposed = False
    if comma >= 0 and not body[comma + 1: verb.start()].strip(" *_"):
        # "…, its leader, Bronwen Attwater, said": the comma closes a name in apposition to a role; the attribution
        # opens at the comma before the role (issue 9: the reported words held the role and the name, and no one
        # said them).
        role = body.rfind(",", 0, comma)
        opening = body.rfind(",", 0, role) if role >= 0 else -1
        apposed = opening >= 0 and len(body[opening + 1:comma].split()) <= 6 \
            and _described(body[opening + 1:role].strip(" *_"), cues)
        if apposed:
            comma = opening
    subject = body[comma + 1: verb.start()].split()
    # A role and the name in apposition to it were bounded above: "…, the ship's operator, Halcyon Seas Cruises, said"
    # is a subject of six words (dev pages: such subjects gave no claim).
    if comma < 0 or len(subject) > (6 if apposed else 5) or (subject and subject[0].casefold() in cues.conjunctions):
        return None  # "…, mais le constructeur a annoncé vendredi un retard": a clause of its own
    if not _holds_verb(body[:comma], cues):
        return None  # "L'ARS, l'agence régionale de santé, a confirmé …": an apposition, no words reported
    tail = body[verb.end():]
    if tail.lstrip().startswith(":"):
        return None  # "When we spoke on Tuesday, she said: …": a colon after the verb announces the words after it
    # When it was said counts for no word: "…, a indiqué la semaine dernière le président du syndicat, X"; nor, after
    # an inverted verb (its subject after it), where or when it was said, after a preposition that ends a speaker
    # ("a précisé la préfecture maritime de la Manche dans un communiqué", "a reconnu la Ville lors de la réunion
    # publique du 3 mai"); with its subject before it, the words after the verb are its object ("…, où il promettait
    # 340 emplois dans la région").
    stop = (cues.tail_stop if not subject else _COMMA).search(tail)
    if len(cues.speaker_time.sub(" ", tail if stop is None else tail[:stop.start()]).split()) > 6:
        return None
    return (0, comma)


def _holds_verb(text: str, cues: _Cues) -> bool:
    """Whether words are a clause: a verb by its ending or a common verb's present, which ends as no other word does
    ("La ville attend 80 000 visiteurs", "Le groupe vend ses usines")."""
    return cues.clause_verb.search(text) is not None or cues.verb_forms.search(text) is not None


def _time_opening_dropped(segment: str, cues: _Cues) -> str:
    """A subject's segment without the time phrase opening it when a determiner follows ("Three years ago the company"
    -> "the company"), else the segment as it is."""
    rest = segment[_time_opening(segment, cues):].strip()
    return rest if cues.leading_determiner.match(rest) else segment


def _time_opening(text: str, cues: _Cues) -> int:
    """Where a time phrase opening ``text`` ends ("la semaine dernière le président" -> after "dernière"), else 0; not
    a capitalised day that opens a name ("the Sunday Times")."""
    when = cues.speaker_time.match(text) or cues.time_ago.match(text)
    if when is None or when.group(0).split()[-1][:1].isupper() and re.match(r"\s+[A-ZÀ-ÖØ-Ý]", text[when.end():]):
        return 0
    return when.end()


def _relative_pronoun_speaker(main: str, pronoun: str, before: Sequence[str], names: NameIndex,
                              cues: _Cues) -> str | None:
    """Whom a pronoun speaking inside an object relative stands for ("welcomed the report, which she said showed that
    "…""): the main clause's subject, the person named last (issue 9), only when no other person is named in that
    sentence or the one before (no gender is known of a name: "Ada Brent met Paul Vidal. Vidal rejected the findings,
    which she said …" may be hers); a plural pronoun only for an organisation opening the main clause, never a person
    ("Paul Vidal rejected the union's report, which they said …": review 32)."""
    if pronoun.casefold() in cues.plural_pronouns:
        return _organisation_just_named([main], names)  # the organisation opening ``main``, not its possession
    people = {m.name for text in (main, *before[-1:]) for m in names.mentions(text) if m.person}
    return _last_person(main, before, names, cues, pronoun) if len(people) <= 1 else None


def _mentions_at(body: str, at: int, end: int, names: NameIndex) -> list[Mention]:
    """The names in ``body[at:end]``, offsets from ``at``, read in their sentence (alone, "Insee" or
    "Météo-France" would open a sentence and name nobody)."""
    return [replace(m, start=m.start - at, end=m.end - at) for m in names.mentions(body[:end]) if m.start >= at]


def _kind_before(kind: str, cues: _Cues) -> bool:
    """Whether the words before a name are its kind alone (« le groupe britannique », "the British group"): no
    preposition, which would make the name another noun's complement (« l'avocat de la famille Vidal », "the owner of
    the pub chain Red Lion Inns"); a nationality, which English capitalises, is the kind's adjective."""
    words = kind.split()
    if any(w.casefold() in cues.function_words for w in words[1:]):
        return False
    return _described(" ".join(w.casefold() if is_nationality(w.casefold()) else w for w in words), cues)


def _adverb_closing_dropped(phrase: str, cues: _Cues) -> str:
    """A subject's phrase without the verb's adverbs that close it ("The county FA also" -> "The county FA")."""
    words = phrase.split()
    # lower-case only: a capitalised word is a name, whatever it spells (« M. Encore a indiqué »)
    while len(words) > 1 and words[-1].islower() and words[-1] in cues.subject_adverbs:
        words.pop()
    return " ".join(words)


def _subject_speaker(outside: str, verb: re.Match[str], before: Sequence[str], names: NameIndex,
                     cues: _Cues, sentence: str | None = None) -> str | None:
    """Who the reporting verb's subject is: before the verb, or after it when the quotation comes first.

    A person named there wins; then a pronoun ("Il a répondu") stands for the last person named; then a
    name in an apposition ("Steve Jobs, the chief executive, said"); then a described speaker ("le ministère").
    """
    head = outside[: verb.start()]
    # "a reconnu le maire (DVD), Bernard Chaussat": a short label in brackets stands outside the apposition.
    tail = _title_dots_kept(BRACKETED_LABEL.sub("", outside[verb.end():]))
    impersonal = (verb.group("clitic") or "").endswith("on") or re.search(r"(?<![\w'’])on\s*$", head) is not None
    if impersonal:
        return _impersonal_speaker(outside, names, cues)
    if verb.group("clitic") or verb.group("inverted"):  # "« … », dit-elle": the pronoun after the verb is its subject
        return _last_person(head, before, names, cues, verb.group("clitic") or verb.group("inverted"))
    relative = None
    for relative in cues.relative.finditer(head):
        pass
    if relative is not None and not re.search(rf"{_CLAUSE_BREAK}|{_PLACEHOLDER}", head[relative.end():]) \
            and head[: relative.start()].strip():
        # "Dan Pryce met a nurse who called the cuts « … »": the verb is the relative clause's, and its subject the
        # noun the relative stands for, not the main clause's.
        inner = " ".join(head[relative.end():].split())
        if is_pronoun(inner) or inner.casefold() in cues.plural_pronouns:
            # "welcomed the report, which she said showed that "…"", "…, which they said …": a pronoun between the
            # relative and the verb is the verb's subject, the relative its object (not "the report" said it).
            return _relative_pronoun_speaker(head[: relative.start()], inner, before, names, cues)
        if _object_relative(head[relative.end():], cues):
            # "a decision that opponents called « … »": the relative is the verb's object, its subject is after it.
            return _speaker_from(inner, names, cues, strict=True)
        # "…'s lawyer, Sophie Arnaud, who said …": the name the relative's comma follows. When all before the
        # relative is masked ("[the reported clause], which had called for …, said"), there is none to take.
        antecedents = [p for p in re.split(rf"{_CLAUSE_BREAK}|{_PLACEHOLDER}", head[: relative.start()]) if p.strip()]
        if antecedents:
            verbs = list(cues.verb_forms.finditer(antecedents[-1]))
            phrase = antecedents[-1][verbs[-1].end():] if verbs else antecedents[-1]
            return _speaker_from(phrase, names, cues, before=before, sentence=outside)
    near: list[str] = []
    told = cues.object_clitic.sub("", head.rstrip()).rstrip(" ,*_—–-")  # "« … », lui a lancé X": X speaks
    if told.endswith(_PLACEHOLDER) or head.rstrip().endswith(",") and cues.verb_forms.search(told.split(",")[-1]):
        # "« … », a déclaré X" / '"…," said X', maybe with an apposition ("a indiqué le maire, Bernard Lacombe");
        # after a clause too: "Le musée rouvrira mardi, a annoncé sa directrice, Hélène Vasseur, qui …".
        # "« … », lance, amer, Paul Vidal": a word of manner in commas right after the verb comes before the name.
        # "a indiqué la semaine dernière le président, X": when it was said, before the subject, is no part of it.
        spoken = tail.strip().lstrip(", ")
        spoken = spoken[_time_opening(spoken, cues):]
        near.extend(p for p in cues.tail_stop.split(spoken, maxsplit=2)[:2] if p and p.strip())
        # "a expliqué l’adjointe à l’éducation, Maëlle Guéguen": a role with a complement, then the name; "a assuré
        # mardi l'inspecteur, M. Paul Roux": when it was said, before the role, is no part of it.
        role = re.split(r"[,;:()]", spoken, maxsplit=2)
        if len(role) >= 2 and len(role[0].split()) <= 8 and cues.leading_determiner.match(role[0]):
            near.append(role[1])
            if _person_alone(role[1], names):
                # "a expliqué l'avocate de Paul Vidal, Anne Roy", "said the daughter of Tom Hale, Mary Hale": the
                # person in apposition holds the role; a name inside the role's complement is whose or what it is of.
                near.insert(0, role[1])
    # "geologist Lucie Ferrandez of the … Institute (IARN) had warned": a label in brackets splits no apposition.
    # "Il l'a redit lundi soir : « … »": a clitic between the subject and the verb is the verb's object, not its subject.
    clitic = cues.object_clitic.search(head.rstrip())
    if clitic is not None and re.split(_CLAUSE_BREAK + "|" + _PLACEHOLDER, head[: clitic.start()])[-1].strip():
        head = head[: clitic.start()]
    segments = [" ".join(s.split()).strip(" *_\"'«»“”")
                for s in re.split(_CLAUSE_BREAK + "|" + _PLACEHOLDER, BRACKETED_LABEL.sub("", head))]
    # "L’équipe X, dont le leader Thomas Lenoir porte le maillot jaune, a salué": a relative clause's subject is not
    # the verb's.
    # "Opposition leader Graham Pettifer, whose group voted against, warned": nor is a relative clause of "whose".
    segments = [_object_relative_subject(s, cues) for s in segments if s and not cues.aside_relative.match(s)]
    # "Ms Marsh, 54, told the Echo", "Marie Dubois, 67 ans, raconte": an age in commas belongs to the name before it.
    segments = [s for s in segments if not _AGE.fullmatch(s)]
    # "Last year the Water Safety Forum told councils that …", "Three years ago the company told investors …": when it
    # was said, opening the sentence without a comma, is no part of the subject after it (issue 9: no claim, or the
    # speaker "A year ago the company").
    segments = [_time_opening_dropped(s, cues) for s in segments]
    # "The county FA also said", « La préfecture a aussi indiqué »: an adverb of the verb's before it is no part of the
    # subject (issue 9: the speaker "The county FA also")
    segments = [_adverb_closing_dropped(s, cues) for s in segments]
    if len(segments) >= 2 and segments[-1][:1].islower() and cues.agent_inside.search(segments[-1]):
        # "Brightdraw, a consortium backed by Vantora, said", « La mairie, soutenue par l'État, a indiqué »: the
        # name before the apposition speaks; the agent of its participle backs, leads or owns it.
        found = names.mentions(segments[-2])
        speaker = _speaker_from(segments[-2], names, cues, before=before, sentence=outside) \
            if found and found[-1].end >= len(segments[-2]) - 1 else None
        if speaker:
            return speaker
    if segments:
        near.append(segments[-1])
    if len(segments) >= 2 and near and near[-1] is segments[-1] and _role(segments[-1], cues):
        # "Rajiv Menon, Managing Director of the Northern Lines Partnership, said": the person before the role
        # speaks, not a name inside the role (issue 9).
        # the segment is the name, a title maybe before it ("M. Castagnier, le maire, a déclaré"), not "After
        # meeting Tom Hale, the minister"
        whole = names.mentions(segments[-2])
        titled = bool(whole) and _PERSON_TITLE.fullmatch(segments[-2][: whole[0].start].strip()) is not None
        if len(whole) == 1 and whole[0].person and (whole[0].start <= 1 or titled) \
                and whole[0].end >= len(segments[-2]) - 1:
            return whole[0].name
    for phrase in near:
        speaker = _speaker_from(phrase, names, cues, strict=True)
        if speaker:
            return speaker
    if segments and is_pronoun(segments[-1].split()[-1]) and (len(segments[-1].split()) <= 2 or _adverbial_lead(
            " ".join(segments[-1].split()[:-1]), cues)):
        return _last_person(head, before, names, cues, segments[-1].split()[-1])
    if segments and segments[-1].casefold() in cues.org_pronouns:
        return _organisation_just_named(before, names)
    for number, phrase in reversed(list(enumerate(segments[:-1]))):
        speaker = _speaker_from(phrase, names, cues, strict=True)
        # An opening clause's person is its object ("After meeting Tom Hale, the minister said"); in apposition
        # after the subject, they speak ("La direction, par la voix de son président Alain Ferrière, « … »").
        if speaker and (number > 0 or _opens_phrase(phrase, names, cues)):
            return speaker
    # "…, confirme André Kaufmann, adjoint au maire : « … »": a name right after the verb.
    first_after = cues.tail_stop.split(tail.strip(), maxsplit=1)[0]
    if first_after and first_after[:1].isupper():
        speaker = _speaker_from(first_after, names, cues, strict=True)
        if speaker:
            return speaker
    # "The Friends of Brackley Libraries, a campaign group founded in 2019, said": the name before the apposition.
    # "La CFDT, majoritaire sur le site, dénonce": an adjective's apposition, no verb in it, as well (issue 9).
    described = len(segments) >= 2 and (cues.leading_determiner.match(segments[-1]) or (
        segments[-1][:1].islower() and not cues.finite_verb.search(segments[-1])))
    if described and all(w[:1].islower() or w[:1].isdigit() for w in segments[-1].split()[1:]):
        found = names.mentions(segments[-2])
        article = cues.leading_determiner.match(segments[-2])
        # its kind may stand before the name: "Le 2 avril, le groupe britannique Kellingford Foods, propriétaire de la
        # biscuiterie, a annoncé …"
        if (len(found) == 1 and found[0].end >= len(segments[-2]) - 1
                and (found[0].start <= (article.end() if article else 0) + 1
                     or not found[0].person and _kind_before(segments[-2][: found[0].start], cues))):
            return found[0].name
    if _described_apposition(head, segments, cues):
        # "A spokesperson for Veldt Waste, the council's contractor, said …", "Le porte-parole de Veldt, filiale du
        # groupe Orsa, a indiqué …": the apposition right before the verb describes what the noun phrase before it
        # names, and that noun phrase is the subject who speaks (issue 9: the apposition was read as the speaker).
        speaker = _speaker_from(segments[-2], names, cues, before=before, sentence=outside)
        if speaker:
            return speaker
    if len(segments) >= 2 and cues.indefinite_opening.match(segments[-1]) and not cues.verb_forms.search(segments[-1]):
        # "On Tuesday the estate, a family-run property near Bordeaux, said": an apposition of an indefinite article
        # describes the subject that ends the segment before its comma, who speaks; not the apposition ("A
        # family-run property …"). Only a segment that is that noun phrase, a day at most before it: "In a statement,
        # a spokesman said", "Asked about the figures, a spokeswoman said" open on a phrase of their own.
        subject = cues.trailing_description.search(segments[-2])
        lead = segments[-2][: subject.start(1)].strip().casefold() if subject else ""
        if lead and not cues.speaker_day.fullmatch(" " + lead):
            subject = None
        speaker = _speaker_from(subject.group(1), names, cues, before=before, sentence=outside) if subject else None
        if speaker:
            return speaker
    # "The engine maker reported a loss and warned that …": the subject of the first verb says it too.
    words = segments[-1].split() if segments else []
    if len(words) > 2 and (words[-1].casefold() in cues.and_words or words[-1].casefold() in cues.conjunctions):
        # "… welcomed the exemption but warned that …" too (issue 9); the stricter verb forms: "Farmers" is none
        first_verb = cues.verb_forms.search(segments[-1])
        if first_verb and 0 < len(segments[-1][:first_verb.start()].split()) <= 6:
            near.append(segments[-1][:first_verb.start()])
    for phrase in near:
        speaker = _speaker_from(phrase, names, cues, before=before, sentence=outside if sentence is None else sentence)
        if speaker:
            return speaker
    return None


def _adverbial_lead(lead: str, cues: _Cues) -> bool:
    """Whether the words before a subject pronoun, with no comma between, only say when: "In September he had
    vowed to", "Last week he told", "At the time he wrote that" (issue 9: the pronoun was read as part of a phrase,
    and the quotation had no speaker). A time phrase, or a preposition and a month, a year or a time's noun; not "In it
    she says" (a document before: whom the pronoun stands for is too far back to tell) nor "Asked about it he said"."""
    words = lead.split()
    if not words:
        return False
    if _time_opening(lead + " ", cues) >= len(lead):
        return True  # "Last week", "Three years ago"
    last = re.split(r"['’]", words[-1].casefold())[-1]  # « l'époque »
    # (the last word checked as a time's word: "May" is a verb's form too)
    return 2 <= len(words) <= 4 and words[0].casefold() in cues.function_words \
        and (last in cues.lead_time_words or re.fullmatch(r"\d{4}", last) is not None) \
        and not cues.verb_forms.search(" ".join(words[:-1]))


def _described_apposition(head: str, segments: Sequence[str], cues: _Cues) -> bool:
    """Whether the words before a verb end on a noun phrase that opens the sentence and an apposition describing it,
    set off by commas right before the verb ("A spokesperson for X, the council's contractor, said"): the noun phrase
    has no verb (not "After meeting X, the minister said", whose last segment is the subject), the apposition opens on
    a determiner or a lower-case word and holds no finite verb."""
    if len(segments) != 2 or not head.rstrip().endswith(","):
        return False
    subject, aside = segments
    article = cues.leading_determiner.match(aside)
    opening = cues.leading_determiner.match(subject)
    noun = subject[opening.end():] if opening else subject
    # Its head word in lower case: an apposition that is a name ("The regulator, the Civil Aviation Directorate,
    # said") names who speaks itself. Not a document ("Le rapport du HCEU, rendu public mercredi, évoque …"): its
    # apposition tells its publication, a fact of its own, and the document speaks for its author only as
    # ``document_holder`` reads it.
    return 1 <= len(subject.split()) <= 8 and not cues.verb_forms.search(subject) \
        and not cues.document_noun.match(noun) \
        and (opening is not None or subject[:1].isupper()) \
        and aside[article.end() if article else 0:][:1].islower() \
        and not cues.finite_verb.search(aside) and not cues.verb_forms.search(aside)


def _person_alone(phrase: str, names: NameIndex) -> bool:
    """Whether a phrase is one person's name and nothing else ("Anne Roy", "M. Paul Roux", not "Anne Roy's lawyer" or
    "qui …"); a title before the name is no other word."""
    phrase = _untitled(phrase.strip(" *_"))
    found = names.mentions(phrase)
    return len(found) == 1 and found[0].person and found[0].start == 0 and found[0].end >= len(phrase) - 1


def _object_relative_subject(segment: str, cues: _Cues) -> str:
    """The subject of an object relative clause that a noun phrase opens, else the segment: "Une décision que la
    Fédération X juge « … »", "a plan that the union called …": the words after "que"/"that" are who speaks."""
    opening = cues.leading_determiner.match(segment)
    that = [m for m in cues.that_word.finditer(segment) if m.end() > m.start()]
    if opening is None or not that or not all(w[:1].islower() for w in segment[opening.end():that[0].start()].split()) \
            or not _object_relative(segment[that[-1].end():], cues):
        return segment
    return segment[that[-1].end():].strip() or segment


def _object_relative(after: str, cues: _Cues) -> bool:
    """Whether the words after a relative pronoun make an object relative: a noun phrase, its subject, then its verb
    ("that opponents called", "que la Fédération X juge"), not a verb first ("that sued Nina Osei", "who called":
    the pronoun is the subject). Adverbs before the first word are skipped ("who strongly criticised"). The words
    run up to the verb of saying, which ends the relative."""
    words = [w.strip("\"'«»“”*_") for w in after.split()]
    words = [w for w in words if w]
    while words and (words[0].casefold().endswith(cues.adverb_suffixes) or words[0].casefold() in cues.subject_adverbs):
        words = words[1:]
    if not words or cues.verb_forms.fullmatch(words[0]):
        return False
    first = words[0].casefold()
    if first in cues.small_words and not cues.leading_determiner.match(words[0] + " ") and not is_pronoun(words[0]):
        return False  # "qui ne …", "who has …": no noun phrase opens the relative
    return True


def _opens_phrase(phrase: str, names: NameIndex, cues: _Cues) -> bool:
    """Whether a person opens a phrase, after determiners, titles or capitalised words at most ("Local MP Sarah
    Glenville", "Le maire Paul Vidal"): not the object of a clause before the subject ("After meeting Tom Hale, the
    minister said", "Interrogé par Paul Vidal, …", issue 9)."""
    people = [m for m in names.mentions(phrase) if m.person]
    lead = phrase[: people[0].start].split() if people else []
    return bool(people) and all(
        w.casefold() in _TITLE_WORDS or _PERSON_TITLE.fullmatch(w) or cues.leading_determiner.fullmatch(w + " ") is not None
        or w[:1].isupper() and w.casefold() not in _OPENING_WORDS for w in lead)


def _impersonal_speaker(outside: str, names: NameIndex, cues: _Cues) -> str | None:
    """Who "on" is: the place the sentence names after "à", "chez" or "du côté de" ("« … », assure-t-on à la mairie de
    Lanvic", "Du côté d'Enedis, on explique que …"), as its name or as written; None when it names none."""
    place = cues.impersonal.search(outside)
    if place is None:
        return None
    phrase = re.split(rf"[,;:.!?]|{_PLACEHOLDER}", outside[place.end():], maxsplit=1)[0].strip()
    if not phrase or len(phrase.split()) > 6:
        return None
    if names.is_name(phrase):
        return names.mentions(phrase)[0].name if names.mentions(phrase) else phrase
    return phrase if phrase[:1].islower() and names.mentions(phrase) else None


def _role(phrase: str, cues: _Cues) -> bool:
    """Whether an apposition describes someone's role: it opens on a title's word, a lower-case word or an article
    ("Managing Director of …", "chief executive of …", "the council's leader", "directrice de …")."""
    words = phrase.split()
    return bool(words) and (words[0][:1].islower() or cues.leading_determiner.match(phrase) is not None
                            or any(w.casefold() in _TITLE_WORDS for w in words[:3]))


def _speaker_from(phrase: str, names: NameIndex, cues: _Cues, strict: bool = False,
                  before: Sequence[str] = (), sentence: str = "") -> str | None:
    """A speaker from a noun phrase: the person it names, an actor, or the phrase itself ("le ministère du Numérique").

    A description of an organisation ("the engine maker") is the organisation the sentences ``before`` named.
    """
    phrase = " ".join(phrase.split()).strip(" *_")
    day = cues.speaker_day.search(phrase)
    if day is not None and not re.search(r"[A-ZÀ-ÖØ-Ý][\w'’-]*$", phrase[: day.start()]) \
            and not re.match(r"\s+[A-ZÀ-ÖØ-Ý]", phrase[day.end():]) \
            and not (_group(phrase, cues) and _day_names_thing(phrase, _LAST_WORD.search(phrase, 0, day.end()), cues)):
        # not inside a name, capitalised beside it ("the Sunday Times", "USA Today"); nor in a group, where the day
        # names a thing ("Traders at the Sunday market")
        phrase = phrase[: day.start()]
    if not phrase or _PLACEHOLDER in phrase:
        return None  # a phrase holding a quotation ("the count was “…”") is a clause, no one who speaks
    if len(phrase.split()) > 8:
        # A long phrase is a clause, unless a person heads it and the rest is their complement: "Captain Romain Fayet
        # of the gendarmerie's high-mountain rescue unit", "geologist Lucie Ferrandez of the Alpine Institute …".
        people = [m for m in names.mentions(phrase) if m.person]
        lead = phrase[: people[0].start].split() if people else []
        if not people or len(lead) > 2 or any(cues.verb_forms.fullmatch(w) or w.casefold() in cues.small_words
                                              for w in lead) or cues.verb_forms.search(phrase[people[0].end:]):
            return None
        return people[0].name
    mentions = names.mentions(phrase)
    # "Tom Hale's wife, Mary": an owner before a possessive is not who speaks.
    people = [m for m in mentions if m.person and not re.match(r"['’]s\b", phrase[m.end:])]
    between: list[str] = []
    if len(people) >= 2:
        # "Liberal Democrat group leader Councillor Ian Prothero": the title the name carries is no part of the role
        between = phrase[people[0].end:people[1].start].split()
        while between and between[-1][:1].isupper() and (between[-1].casefold() in _TITLE_WORDS
                                                         or _PERSON_TITLE.fullmatch(between[-1])):
            between.pop()
    if len(people) >= 2 and 1 <= len(between) <= 2 and all(re.fullmatch(r"[a-zà-öø-ÿ-]{3,}", w) for w in between) \
            and not any(w.casefold() in cues.small_words | cues.and_words for w in between):
        return people[1].name  # "Holm Farm owner Tom Hale said": a role between, the person after it speaks
    if people:
        return people[0].name
    if strict:
        return None
    if phrase in names.long_name_set:
        return names.canonical(phrase)  # a name the article wrote whole elsewhere ("Lézat Cœur de Ville"), cut here
    article = cues.leading_determiner.match(phrase)
    head = article.end() if article else 0  # "The Allied Workers' Union said": the union is named
    if mentions and len(mentions) == 1 and mentions[0].start <= head + 1 and mentions[0].end >= len(phrase) - 1:
        # "le ministère du Numérique" speaks as written: a lower-case kind before a name is no name to capitalise.
        return mentions[0].name if mentions[0].name[:1].isupper() else phrase[0].upper() + phrase[1:]
    if (len(mentions) == 2 and mentions[0].start <= head + 1 and mentions[1].end >= len(phrase) - 1
            and len(phrase[mentions[0].end:mentions[1].start].split()) == 1
            and cues.place_before.search(phrase[: mentions[1].start])):
        return mentions[0].name  # "The National Farmers' Union in Wessendale said": the union, not its place
    if mentions and mentions[-1].end >= len(phrase) - 1 and _described(phrase[: mentions[-1].start], cues):
        return mentions[-1].name  # "the ferry operator Bluewake", "le constructeur Carrosseries Vernier": the name
    spokesperson = cues.spokesperson.match(phrase)
    if spokesperson and mentions and mentions[-1].start <= spokesperson.end() + 1 and mentions[-1].end >= len(phrase) - 1:
        return mentions[-1].name  # "a spokeswoman for the Department for Business" speaks as the department
    owner = re.match(r"([\w-]+(?:\s+[\w-]+){0,2})['’]s\s", phrase[spokesperson.end():]) if spokesperson else None
    if owner is not None:
        # "a spokesperson for the Executive’s environment directorate", "… for the council’s highways department":
        # the owner of the unit speaks, by the name the article gives it in full ("Northern Isles Executive").
        # Only an organisation: "a spokesman for Tom Hale's family" speaks for the family, never as Tom Hale.
        named = names.canonical(owner.group(1))
        held = _kind_held(owner.group(1).casefold().split(), names) if named == owner.group(1) else named
        person = any(m.person for m in names.mentions(owner.group(1))) or (held or named) in names.people
        if not person and (held or owner.group(1)[:1].isupper()):
            return held or named
    unit = phrase[spokesperson.end():].split() if spokesperson and not mentions else []
    if 1 <= len(unit) <= 2 and all(w[:1].islower() and w.isalpha() for w in unit):
        # "a spokesperson for the board", « un porte-parole de la préfecture »: the one organisation the article
        # names with that kind ("Northmoor Health Board") speaks, as "the board" alone would (issue 9).
        held = _kind_held([w.casefold() for w in unit], names)
        if held:
            return held
    staff = cues.staff_at.match(phrase)
    if staff and len(mentions) == 1 and mentions[0].start <= staff.end() + 1 and mentions[0].end >= len(phrase) - 1:
        return mentions[0].name  # "Analysts at Marlow Partners said": the firm's experts speak as the firm
    if len(mentions) == 1 and mentions[0].start <= head + 1 and cues.spokesperson_after.fullmatch(phrase[mentions[0].end:]):
        return mentions[0].name  # "A DVSA spokesperson said": the agency speaks
    if not mentions and re.fullmatch(r"[A-ZÀ-ÖØ-Ý][a-zà-öø-ÿ-]+", phrase):
        # "Police said" after "Nottinghamshire Police": a kind written bare, as English opens sentences, is the one
        # organisation the article named with it (issue 9).
        held = {n for n in names.long_names if n not in names.people
                and phrase.casefold() in {w.casefold() for w in n.split()[1:]}}
        if len(held) == 1:
            return held.pop()
    phrase = _circumstance_cut(phrase, names, cues)  # narrow: a preposition of circumstance right after the head
    canonical = names.canonical(phrase)
    if canonical != phrase:
        return canonical
    group = _group(phrase, cues)
    if group is not None:
        return group[0].upper() + group[1:]  # "Residents", "Des riverains": a group of unnamed people speaks
    words = phrase.split()
    if is_pronoun(words[0]) or words[0].casefold() in cues.not_speakers:
        return None
    checked = _office_dropped(phrase, cues)
    if cues.finite_verb.search(checked) or cues.relative.search(checked) or cues.verb_forms.search(checked):
        # "The iPhone is (claimed …)", "a decision that opponents (called …)", "Le musée rouvrira mardi (, a
        # annoncé sa directrice)": a clause, not someone
        return None
    if re.fullmatch(r"(?:[A-ZÀ-Ý][\w-]*\s+)+[A-Z]{2,}s", phrase):
        return phrase  # "Opposition MPs", "Labour MEPs": a group described, who speaks but is no name
    if cues.leading_determiner.match(phrase) or looks_like_person(phrase):
        # A described speaker ("le ministère du Numérique", "the prosecutor") is kept as written, unless it
        # stands for an organisation named before ("The engine maker said", "the club's former owners", issue 9).
        if cues.bare_spokesperson.fullmatch(phrase):
            # "Brackenvale Water says the main was laid in 1936. A spokesman said …": the one who speaks for the
            # organisation the sentence before opens on speaks as it, as "a spokesman for Brackenvale Water" would.
            firm = _firm_just_named(before, names, cues)
            if firm is not None:
                return firm
        kind = _kind_named(phrase, names, cues)
        if kind == "":
            return phrase[0].upper() + phrase[1:]  # "the council" when two councils are named: either one
        return (kind or _person_described(phrase, names, cues, before)
                or _organisation_described(phrase, before, names, cues, sentence)
                or _person_just_named(phrase, before, names, cues)
                or _kind_written_in_full(phrase, names, cues, before, sentence)
                or _proper_head(phrase) or phrase[0].upper() + phrase[1:])
    return None


def _kind_written_in_full(phrase: str, names: NameIndex, cues: _Cues, before: Sequence[str] = (),
                          sentence: str = "") -> str | None:
    """The one body the article writes, before the claim, with a described speaker's words and whose it is, for that
    description with its article: "la préfecture" after "la préfecture du Haut-Verdon" is "La préfecture du
    Haut-Verdon" (issue 9). French writes such bodies in lower case, so the index holds no name for them; news writes
    one in full once, then by its kind. None when the text before the claim writes none, or two ("la mairie" after "la
    mairie de Lanvic" and "la mairie de Sarlat"), or when the claim's sentence names another place before the
    description ("… Les feux d'artifice de la Haute-Sarve sont annulés, a indiqué la préfecture" after "la préfecture
    du Val-Morin": either may speak)."""
    article = _DEFINITE.match(phrase)
    words = phrase[article.end():].split() if article else []
    if not article or not 1 <= len(words) <= 2 \
            or not all(w[:1].islower() and w.replace("-", "").isalpha() for w in words) \
            or words[0].casefold() not in cues.parties or words[0].casefold() in cues.person_words:
        return None  # a person's noun is _person_just_named's, who holds an office is no body
    at = names.text.find(before[-1]) if before else -1
    if at < 0:
        return None  # only what the article wrote before the claim: a body named after it is no speaker of it
    told = names.text[:at + len(before[-1])]
    kind = r"\s+".join(re.escape(w) for w in words)
    found = list(re.finditer(rf"(?<![\w'’-])(?i:{kind})\s+(?i:{cues.party_of})(?P<place>{_BODY_PLACE})", told))
    if len({" ".join(m.group(0).split()) for m in found}) != 1 \
            or any(_name_goes_on(told[m.end():], cues) for m in found):
        return None
    # Another proper name after "de"/"du" in the claim's sentence before its description ("Les feux d'artifice de la
    # Haute-Sarve sont annulés, a indiqué la préfecture" after "la préfecture du Val-Morin"): it may be that place's.
    # Not the sentences between: a lede goes on with what the body did ("… a ordonné la fermeture de L'Odyssée").
    said = sentence[:sentence.find(phrase)] if phrase in sentence else sentence
    if any(m.group(1) != found[-1].group("place") for m in cues.party_place.finditer(said)):
        return None
    body = " ".join(found[-1].group(0).split())
    if not names.is_name(body):
        return None  # a body the index does not name ("la mairie de Rodez": only "Rodez" is one) stays described
    body = phrase[:article.end()] + body
    return body[0].upper() + body[1:]


def _name_goes_on(after: str, cues: _Cues) -> bool:
    """Whether a body's name may go on past its first proper words, so that it is not read whole: "et de la Vie
    associative", "de la Ville" or a lower-case word that is no verb ("ministère de la Transition écologique") after
    them; not a verb ("la préfecture du Haut-Verdon interdit …") nor punctuation."""
    word = re.match(r"\s+([^\W\d_][\w'’-]*)", after)
    if word is None:
        return False
    folded = word.group(1).casefold()
    return folded in cues.and_words or cues.party_of_ahead.match(after) is not None \
        or word.group(1)[:1].islower() and not cues.verb_forms.fullmatch(word.group(1)) \
        and folded not in cues.small_words


def _proper_head(phrase: str) -> str | None:
    """A described speaker whose head word after "the"/"le"/"la"/"l'" is capitalised, without the article: an
    organisation's own name, written as the names the index knows are ("L'Union étudiante de Vireloup" is "Union
    étudiante de Vireloup", as "The Friends of Carrow Libraries" is "Friends of Carrow Libraries"); else None."""
    article = _DEFINITE.match(phrase)
    rest = phrase[article.end():] if article else ""
    if re.search(r"\w['’](?:s\b|\s)", rest):
        return None  # "The Glasswings' management": the owner's name with its article, and what it owns
    return rest if rest[:1].isupper() and len(rest.split()) > 1 else None


def _organisation_described(phrase: str, before: Sequence[str], names: NameIndex, cues: _Cues,
                            sentence: str = "") -> str | None:
    """The organisation a description stands for; None when it names no organisation (issue 9).

    "The engine maker" after "Halvorsen declined to comment" is Halvorsen (its longer name when the article
    writes one, "Halvorsen Aero Engines"); "the club's former owners" are "Ashcombe United's former owners".
    Only a description whose noun is an organisation's ("maker", "club", "constructeur") is read so. The
    organisation is the one named where the article first used the description: the first name before it in
    that sentence, else in the nearest sentence before that names one; a person or a place ("à Sablé") never.
    """
    article = cues.leading_determiner.match(phrase)
    if article is None:
        return None
    words = phrase[article.end():].split()
    if not words or len(words) > 4 or not all(w[:1].islower() for w in words):
        return None
    owner = next((i for i, w in enumerate(words) if re.search(r"\w['’]s$", w)), None)
    noun = words[owner][:-2] if owner is not None else words[-1]
    if owner is None and len(words) == 2 and words[0].casefold() in cues.org_nouns and _demonym(words[1], cues):
        noun = words[0]  # « le groupe britannique », « la société nantaise »: the noun before where it is from
    if noun.casefold() not in cues.org_nouns or (owner is None and len(words) > 3):
        return None
    described = " ".join([*words[:owner], noun] if owner is not None else words)
    own = _named_with(sentence, noun, names) if owner is None else None
    if own is not None:
        # "…au groupe Arpel, a indiqué le groupe", "…the Unite union, the union said": the organisation the sentence
        # itself writes with the same noun, before its subject or any name further back.
        return next((o for o in names.long_names if o.startswith(own + " ")), own)
    company = noun.casefold() in cues.company_nouns
    # "Corrigan Homes declined to comment. In a statement, the company said …": a noun any firm goes by stands for the
    # firm the sentence just before opens on as its subject, not for the firm it first stood for: an article about two
    # firms calls each "the company" in turn.
    nearest = _firm_just_named(before, names, cues, firm_only=True) if company and owner is None else None
    # Its first use with a determiner ("the council's cabinet"; not "Brackley Town Council" itself).
    first = _first_use(names.text, cues.determiner, described)
    context = _sentences_before(names.text, first.start()) if first else [""]
    found = nearest
    if first is not None and found is None:
        # "the regulator, the Civil Aviation Directorate, confirmed": the name in apposition right after it.
        after = re.match(r"['’]?s?\s*,?\s*", names.text[first.end():first.end() + 3])
        # Read with the description before it: alone at the start of a text, "Loup Verdan Vivant dénonce …" would
        # open a sentence, where a capitalised run names no one (issue 9: "L'association" never named the one
        # "L'association Loup Verdan Vivant" had introduced).
        at = first.end() - first.start() + (after.end() if after else 0)
        named = _mentions_at(names.text[first.start():], at, at + 80, names)
        if named and named[0].start <= 5 and not named[0].person:
            found = named[0].name
    for number, text in enumerate([] if found else [context[0], *reversed(before), *context[1:]] if first is None
                                  else context):
        named = names.mentions(text)
        if company:
            # "the company" is no union, council or authority the article named nearer (review of session 44)
            named = [m for m in named if not _speaking_body(text, m, cues)]
        if number == 0 and first is not None and text.rstrip().endswith(","):
            # "No sailings will run between Dunmorrow and Kellan Isle, the company said": where the description first
            # speaks after its words, only the name that opens them as their subject may be the firm ("Norvane will
            # delay the plant, the company said", after a label's colon too: "Breaking News: Norvane will …"); the
            # others are what it said (review of session 44: a port read as the firm).
            label = text.rfind(":") + 1
            named = [replace(m, start=m.start - label, end=m.end - label) for m in named if m.start >= label]
            named = named[:1] if named and _subject_of(text[label:], named[0], cues) else []
        if named and named[0].person and _opens(text, named[0].start) and not _called_alone(named[0].name, names.text) \
                and not _other_role(named[0].name, "", names, cues, org_nouns=False):
            # "Coastline Water said … A new tank …, the company said": the sentence before opens on a name of a
            # person's shape that the article never calls by its last word alone, as news calls people: it may be
            # the firm itself, and an organisation further back is no safer a guess. Not a name written with a
            # person's role ("Marta Kowal, its manager,"): a person, whom the description passes by. A noun any
            # firm goes by ("the company") after that name as the subject of its sentence ("Marlow Estates declined
            # to comment") is that firm: news names a person again by the surname, not as "the company".
            if company and _subject_of(text, named[0], cues):
                found = named[0].name
            break
        found = next((m.name for m in named if not m.person
                      and not cues.place_before_article.search(text[max(0, m.start - 16):m.start])), None)
        if found:
            break
    if found is None:
        return None
    here = names.mentions(sentence)
    # The organisation that opens the sentence as its subject is what its noun says it of: "Norvane will delay the
    # plant, the company said", "La société Ventis fermera le site, a indiqué le groupe", "Castlebrook Town have
    # appealed …, the club confirmed" (dev page en-relegation-appeal-castlebrook; "X Rovers have signed …, the club
    # said", as sports pages print it); as written there, no longer name opening with it ("Castlebrook Town
    # Supporters' Trust").
    subject = bool(here) and here[0].name == found and _subject_of(sentence, here[0], cues)
    if found in {m.name for m in here} and not subject:
        return None  # "Workers at Métalor went on strike, the union said": the union is not Métalor
    if subject and owner is None:
        return found
    found = next((o for o in names.long_names if o.startswith(found + " ")), found)
    if owner is None:
        return found
    mark = words[owner][-2]
    return " ".join([f"{found}{mark}s", *words[owner + 1:]])


def _demonym(word: str, cues: _Cues) -> bool:
    """Whether a lower-case adjective says where someone is from ("britannique", "nantaise", "bretonne")."""
    folded = word.casefold()
    return is_nationality(folded, cues.nationalities) or folded.removesuffix("s").endswith(cues.demonym_endings)


def _firm_just_named(before: Sequence[str], names: NameIndex, cues: _Cues, firm_only: bool = False) -> str | None:
    """The firm the sentence just before opens on as the subject of its verb ("Marlow Estates declined to be
    interviewed."), when that sentence names no one else; a person's name never (one the article calls by the
    surname alone, or writes beside a role), nor with ``firm_only`` a union's or council's, else None."""
    if not before:
        return None
    named = names.mentions(before[-1])
    if not named or not _subject_of(before[-1], named[0], cues) or any(m.name != named[0].name for m in named[1:]):
        # "Ann Lee criticised Brackenvale Water. A spokesman said …": with another name after the subject, the
        # spokesperson may speak for either; the index marks a firm's name as a person's too, so a private person
        # who opens the sentence is not told from a firm (review 36).
        return None
    firm = named[0]
    if firm_only and _speaking_body(before[-1], firm, cues):
        return None  # "the company" is no council that spoke in between (review of session 44)
    if firm.person and (_called_alone(firm.name, names.text)
                        or _other_role(firm.name, "", names, cues, org_nouns=False)):
        return None
    return firm.name


def _speaking_body(text: str, mention: Mention, cues: _Cues) -> bool:
    """Whether a name in a text is a union's, council's or authority's, never a firm's: by a word of the name ("Hull
    City Council", « Conseil départemental ») or the noun written right beside it ("the GMB union", « le syndicat
    CGT »)."""
    words = mention.name.split()
    # only a noun written right against the name, never across a comma ("After talks with the union, Kestrel …")
    beside = re.findall(r"([\w'’-]+)\s+$", text[max(0, mention.start - 30):mention.start]) \
        + re.findall(r"^\s+([\w'’-]+)", text[mention.end:mention.end + 30])
    return (any(w.casefold() in cues.speaking_bodies for w in (words[0], words[-1]))
            or any(w.casefold() in cues.bodies_only for w in beside))


def _named_with(sentence: str, noun: str, names: NameIndex) -> str | None:
    """The organisation a sentence names right after or before a noun ("au groupe Arpel", "the Arpel group"), else
    None."""
    word = re.escape(noun)
    before = re.compile(rf"(?<![\w'’-]){word}\s+$", re.IGNORECASE)
    after = re.compile(rf"\s+{word}(?![\w'’-])", re.IGNORECASE)
    for mention in names.mentions(sentence):
        if not mention.person and (before.search(sentence[max(0, mention.start - len(noun) - 3):mention.start])
                                   or after.match(sentence[mention.end:])):
            return mention.name
    return None


def _subject_of(text: str, mention: Mention, cues: _Cues) -> bool:
    """Whether a name opens its sentence as the subject of its verb: after nothing or a description ("The homeware
    chain Brightmore"), and a verb right after it ("Postline will raise …", "Marlow Estates declined …")."""
    lead = text[: mention.start].strip(" *_«“\"")
    return (not lead or _described(lead, cues)) and cues.verb_forms.match(text[mention.end:].lstrip()) is not None


def _called_alone(name: str, text: str) -> bool:
    """Whether the text writes a name's last word without the word before it ("Delval said" after "Marc Delval"), as
    news calls a person by their surname."""
    *first, last = name.split()
    if not first:
        return True
    return any(not re.search(rf"(?<![\w'’-]){re.escape(first[-1])}\s*$", text[max(0, m.start() - 40):m.start()])
               for m in re.finditer(rf"(?<![\w'’-]){re.escape(last)}(?![\w'’-])", text))


def _source_organisation(rest: str, names: NameIndex, cues: _Cues) -> str | None:
    """Who a document speaks for, from the words after "un communiqué de", "a statement from": the organisation
    named there, or the one the article names with that kind ("la préfecture" after "la préfecture du Cantal"),
    else the kind itself ("Préfecture")."""
    rest = " ".join(rest.split()).strip(" ,")
    found = names.mentions(rest)
    if len(found) == 1 and not found[0].person and found[0].end >= len(rest) - 1:
        return found[0].name
    words = rest.casefold().split()
    if not words or len(words) > 2 or not all(w.isalpha() for w in words):
        return None
    kinds = {name for name in set(names.aliases.values()) | set(names.long_names) if name not in names.people
             and set(words) <= {w.casefold() for w in re.findall(r"\w+", name)}}
    if len(kinds) == 1:
        return kinds.pop()
    # Named nowhere in full: the organisation as the document names it ("la préfecture"), without its article.
    return rest[0].upper() + rest[1:] if not kinds and rest[:1].islower() else None


def _kind_named(phrase: str, names: NameIndex, cues: _Cues) -> str | None:
    """The one organisation whose name holds a description's noun (issue 9): "the authority" after "North Esker
    Combined Authority", "la fédération" after "Fédération des artisans du Var". News names an organisation once
    in full, then by the kind its name says. "" when two names hold it (the description may be either one); None
    when none does."""
    article = cues.leading_determiner.match(phrase)
    words = phrase[article.end():].casefold().split() if article else []
    if not words or len(words) > 2 or not all(w.isalpha() for w in words):
        return None
    return _kind_held(words, names)


def _kind_held(words: list[str], names: NameIndex) -> str | None:
    """The one organisation's long name that holds every word ("executive" in "Northern Isles Executive"); "" when
    several do, None when none does."""
    found = {name for name in names.long_names if name not in names.people
             and set(words) <= {w.casefold() for w in re.findall(r"\w+", name)}}
    return found.pop() if len(found) == 1 else "" if found else None


def _person_described(phrase: str, names: NameIndex, cues: _Cues, before: Sequence[str] = ()) -> str | None:
    """The one person the article names with a description's noun: "the spokeswoman" after "A spokeswoman, Maria
    Ortiz,", "the superintendent" after "Superintendent Laura Brennan", "la maire" after "la maire, Sophie Arnaud",
    "l'éleveur" after "Jean Marty, éleveur à Lanvic,". When several are, the one the sentences right ``before``
    name last (issue 9: "confie l'éleveur" spoke as written)."""
    article = cues.leading_determiner.match(phrase)
    words = phrase[article.end():].split() if article else []
    if not words or len(words) > 3 or not all(w[:1].islower() for w in words) or words[-1].casefold() in cues.org_nouns:
        return None
    found: set[str] = set()
    for use in re.finditer(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])", names.text, re.IGNORECASE):
        after = names.text[use.end():use.end() + 100]
        named = names.mentions(after)
        # the role's noun phrase with its other words: "la directrice générale" when "générale" was found
        lead = re.sub(r"(?:[\w'’-]+\s+){%d}$" % (len(words) - 1), "", names.text[max(0, use.start() - 300):use.start()])
        named = [m for m in named if not _governed_role(lead, after[m.end:])]
        if named and named[0].person and re.fullmatch(r"[\s,]*", after[: named[0].start]):
            found.add(named[0].name)  # "A spokeswoman, Maria Ortiz," / "Superintendent Laura Brennan"
        person = next((m for m in named if m.person), None)
        gap = after[: person.start] if person is not None else ""
        if cues.role_complement.fullmatch(gap) and not cues.verb_forms.search(gap):
            # "la présidente de l'université de Vireloup, Armelle Dufrénoy": the role, its complement, the name in
            # apposition after both (issue 9: "La présidente affirme …" spoke as written).
            found.add(person.name)
        lead = names.text[max(0, use.start() - 80):use.start()]
        named = [m for m in names.mentions(lead) if m.person]
        if named and (re.fullmatch(r"\s*,\s*", lead[named[-1].end:])  # "Jean Marty, éleveur à Lanvic"
                      or re.fullmatch(r"\s*,\s*(?:\S+\s+){0,3}", lead[named[-1].end:])
                      and cues.leading_determiner.match(lead[named[-1].end:].lstrip(" ,"))) \
                and (_opens_phrase(re.split(r"[,;:.!?]", lead[: named[-1].end])[-1], names, cues)
                     or _inverted_subject(lead[: named[-1].start], cues)
                     and not re.match(r"['’]s\b", names.text[use.end():])):
            # "Maria Ortiz, the district's spokeswoman"; after its verb too: "…, a expliqué Claire Vallet, présidente
            # de …" (not an owner: "…, said Helen Ash, the zoo's director" is no zoo).
            found.add(named[-1].name)
    if len(found) == 1:
        return found.pop()
    for text in reversed(before) if found else ():
        named = [m.name for m in names.mentions(text) if m.name in found]
        if named:
            return named[-1]
    return None


def _inverted_subject(lead: str, cues: _Cues) -> bool:
    """Whether the words before a name end on a verb of saying, a few words of when at most between: "« … », a
    expliqué mardi matin Claire Vallet, présidente de …" names the subject after its verb, as "Claire Vallet,
    présidente de …" does before it."""
    verbs = list(cues.verb.finditer(lead))
    return bool(verbs) and re.fullmatch(r"(?:\s+[^\W\d_A-ZÀ-ÖØ-Ý][\w'’-]*){0,3}\s*", lead[verbs[-1].end():]) is not None


# A definite article of one ("the", "le", "la", "l’"): the language's articles of names, less its plural ones.
_SINGULAR_ARTICLES = sorted(a.casefold() for a in union("NAME_ARTICLES")
                            if not re.fullmatch(alternation("PLURAL_ARTICLES"), a.casefold()))
_DEFINITE = re.compile(r"(?i)(?:" + "|".join(re.escape(a) + (r"\s*" if a.endswith(("'", "’")) else r"\s+")
                                             for a in _SINGULAR_ARTICLES) + ")")
_PERSON_NOUNS = frozenset(w.casefold() for w in union("PERSON_NOUNS"))  # "éleveuse", "farmer", "retraité"
_PERSON_HYPERNYMS = frozenset(w.casefold() for w in union("PERSON_HYPERNYMS"))  # "l'élue", "le dirigeant": any office
_PERSON_WORDS = _PERSON_NOUNS | _PERSON_HYPERNYMS
# "the lawyer", « le chirurgien »: a trade that serves someone else, the client's or patient's, not the person's own.
_SERVICE_NOUNS = frozenset(w.casefold() for w in union("SERVICE_NOUNS"))


_JUST_NAMED_SENTENCES = 3  # how far back a description looks for the person just named, over sentences naming no one


def _person_just_named(phrase: str, before: Sequence[str], names: NameIndex, cues: _Cues) -> str | None:
    """The person the nearest sentence before names, for a definite description of one person that the article never
    writes beside a name: "« … », raconte l’éleveuse" after "… dans le troupeau de Sylvie Marchal" (issue 9: the
    speaker was 'L’éleveuse'). News names a person, then goes on with what they are; not when that sentence names
    several people, nor when the person is written beside another role ("Paul Vidal, maire de Lanvic" is no farmer).
    """
    article = _DEFINITE.match(phrase)
    words = phrase[article.end():].split() if article else []
    if not words or len(words) > 2 or not all(w[:1].islower() and w.replace("-", "").isalpha() for w in words) \
            or words[0].casefold() in cues.org_nouns or cues.spokesperson_after.search(phrase) or not before \
            or words[0].casefold() not in _PERSON_WORDS:
        # A person's noun only ("la décision" is none; an organisation's is _organisation_described's); a role ("the
        # judge", "le maire") is the court's or the town's, not the person the court jailed.
        return None
    # The nearest of the last sentences that names someone: "La maire Odile Ferrand a dû affronter une salle comble.
    # Plusieurs habitants lui ont reproché … « … », a répondu l'élue" (a sentence that names no one goes on with her).
    last = next((text for text in reversed(before[-_JUST_NAMED_SENTENCES:])
                 if any(m.person for m in names.mentions(text))), before[-1])
    people = [m for m in names.mentions(last) if m.person]
    if len({m.name for m in people}) != 1 or any(_object_of_verb(last, m, cues) for m in people):
        return None
    person = people[0].name
    if _has_word(words[0], last) \
            and role_holder(phrase, last, names) != person:
        # "Unlike the headmaster, Mrs. Alma Crane backed the plan": that sentence writes the role as someone else's,
        # in no apposition to the person (review 47).
        return None
    if words[0].casefold() in _SERVICE_NOUNS and not _addressed(person, names, cues):
        # "Tom Hale sued the county. "…," the lawyer said": the person just named is the lawyer's client; only one the
        # article writes with a title of address ("Maître X", "le docteur X") practises the trade (review 35).
        return None
    if words[0].casefold() not in _PERSON_HYPERNYMS:
        return None if _other_role(person, words[0], names, cues) else person
    # A word for any office holder ("l'élue", "le dirigeant") names the mayor or the chairman just named as well: their
    # own title is one such office. Not a resident's or an activist's role ("le riverain Marc Dupont"), nor when an
    # office holder the article does not name stands in the sentences since ("a écrit au maire"): the word is theirs.
    since = before[len(before) - before[::-1].index(last) - 1:]
    if _other_role(person, words[0], names, cues, offices=False) or any(
            # Not in apposition to the person: "Paul Vidal, le maire,", "le maire de Lanvic, Paul Vidal,".
            not re.search(rf"{re.escape(person)}\s*,\s*$", sentence[:office.start()])
            and not re.match(rf"[^.;:«»\"]{{0,60}}?,\s*{re.escape(person)}", sentence[office.end():])
            for sentence in since for office in cues.unnamed_office.finditer(sentence)):
        return None
    return person


def office_went_on(description: str, previous: str | None, sentence_before: str, names: NameIndex,
                   language: str) -> str | None:
    """The person who spoke in the sentence before, for an office that speaks next and that the article never writes
    beside a name: "Rémi Castagnède dénonce une gestion « au jour le jour ». « … », rappelle le conseiller
    communautaire." (issue 9: the speaker was 'Le conseiller communautaire'). News quotes a person, then goes on
    with their office. Only when that sentence opens on them as its subject (a dialogue's "« … », lance Paul
    Vidal. « … », répond le préfet" gives the floor to another), and not when they are written with another role.
    """
    cues = for_text(language).compiled(_Cues)
    article = _DEFINITE.match(description)
    words = description[article.end():].split() if article else []
    if previous is None or previous not in names.people or not 1 <= len(words) <= 2 \
            or not all(w[:1].islower() and w.replace("-", "").isalpha() for w in words) \
            or words[0].casefold() not in _TITLE_WORDS or words[0].casefold() in _PERSON_WORDS | cues.org_nouns:
        return None  # a person's noun is _person_just_named's; an organisation's or a group's is no one person's
    # The person opens the sentence, maybe after a phrase of circumstance of a preposition ("Dans l'opposition, ").
    opening = cues.circumstance_opening.match(sentence_before)
    lead = opening.group(0) if opening else ""
    found = names.mentions(sentence_before)
    if not found or found[0].name != previous or sentence_before[: found[0].start].strip(" *_") != lead.strip() \
            or names.mentions(lead) or _other_role(previous, words[0], names, cues, opening=lead) \
            or _has_word(words[0], lead):
        return None  # "Along with the treasurer, Tom Pike voted no": the office is someone beside them (review 47)
    return previous


def _addressed(person: str, names: NameIndex, cues: _Cues) -> bool:
    """Whether the article writes a person's name after a title of address ("le docteur Henri Lacaze", "Maître
    Vidal"): the title says their trade."""
    surname = person.split()[-1]
    return any(cues.honorifics & {w.casefold().rstrip(".") for w in names.text[max(0, use.start() - 30):use.start()]
                                  .split()[-2:]}
               for use in re.finditer(rf"(?<!\w)(?:{re.escape(person)}|{re.escape(surname)})(?!\w)", names.text))


def _object_of_verb(sentence: str, mention: Mention, cues: _Cues) -> bool:
    """Whether a name is written right after a verb, a determiner or a title at most between: the verb's object
    ("Police arrested Mark Dawson", "ont interpellé Marc Durand") or its object's owner ("rejected Sarah Kent's
    plan"), not who the sentence is about."""
    lead = cues.modifiers_end.sub("", sentence[: mention.start]).rstrip()
    last = re.search(r"(?:(?<!\S)(?P<auxiliary>\S+)\s+)?(?P<word>[\w'’-]+)$", lead)
    if last is None:
        return False
    if any(verb.end() == len(lead) for verb in cues.verb_forms.finditer(lead, last.start("word"))):
        return True  # "arrested", "interpelle"
    # A participle after an auxiliary ("ont interpellé"): the looser verb pattern, since the auxiliary vouches for it.
    auxiliary = last.group("auxiliary") or ""
    return bool(auxiliary and cues.verb_forms.fullmatch(auxiliary) and cues.clause_verb.fullmatch(last.group("word")))


def _other_role(person: str, noun: str, names: NameIndex, cues: _Cues, offices: bool = True,
                org_nouns: bool = True, opening: str = "") -> bool:
    """Whether the article writes another noun beside a person's name: "Paul Vidal, maire de Lanvic", "le maire
    Paul Vidal", "Paul Vidal, the mayor," (not the description's noun: then _person_described would have found him);
    with ``offices`` False, a noun that is no office only ("le riverain Marc Dupont", not "le maire Paul Vidal");
    with ``org_nouns`` False, a noun that is no organisation's only ("Marta Kowal, its manager", not "…, the firm");
    ``opening`` is a sentence's opening phrase of circumstance, no role of the name after it ("Dans l'opposition,")."""
    for use in re.finditer(rf"(?<!\w){re.escape(person)}(?!\w)", names.text):
        after = cues.role_after.match(names.text[use.end():use.end() + 40])
        ahead = cues.role_before.search(names.text[max(0, use.start() - 40):use.start()]) \
            if not opening or not names.text[:use.start()].endswith(opening) else None
        for found in (after, ahead):
            word = found.group(1).casefold() if found else ""
            if is_pronoun(word) or cues.object_clitic.fullmatch(word) or cues.not_role.fullmatch(word):
                continue  # "Paul Vidal, lui, annonce …": a pronoun that stresses the name is no role (issue 9)
            if word and word not in cues.small_words | cues.honorifics and word[:4] != noun.casefold()[:4] \
                    and (offices or not cues.offices & set(word.split("-"))) \
                    and (org_nouns or word not in cues.org_nouns):  # "président-fondateur" is an office
                return True
    return False


@functools.lru_cache(maxsize=256)
def _first_use(text: str, determiner: str, described: str) -> re.Match[str] | None:
    """Where the article first writes a description with a determiner ("the engine maker").

    Cached: every claim of the article that the description speaks would search the whole text again.
    """
    return re.search(rf"(?<![\w-]){determiner}{re.escape(described)}(?!\w)", text, re.IGNORECASE)


def _sentences_before(text: str, offset: int, count: int = 3) -> list[str]:
    """The words of a sentence before ``offset``, then up to ``count`` sentences before it, nearest first."""
    pieces = re.split(r"(?<=[.!?…])\s+", text[:offset])
    return list(reversed(pieces[-count - 1:]))


def _described(words: str, cues: _Cues) -> bool:
    """Whether words before a name only describe it: a determiner, then lower-case words ("the ferry operator")."""
    article = cues.leading_determiner.match(words)
    rest = words[article.end():] if article else words
    rest_words = rest.split()
    # "le ministère du Numérique" is no description of "Numérique": a preposition ties them.
    return (bool(article) and all(w[:1].islower() for w in rest_words)
            and not (rest_words and rest_words[-1].casefold() in cues.function_words))


def _last_person(head: str, before: Sequence[str], names: NameIndex, cues: _Cues,
                 pronoun: str = "") -> str | None:
    """The person a pronoun stands for: the first person named in the nearest sentence that names one, as its
    subject when it names several ("La vice-présidente de Valdor Métropole, Hélène Kaczmarek, se montre optimiste.
    « … », assure-t-elle.": not the name a preposition governs; "Vannesse's lawyer, Anouk Berlinde, said …": not
    the owner before a possessive).

    With no person named in those sentences, the organisation the nearest sentence naming one opens with: "La
    Laiterie Combal rappelle … « … », assure l’entreprise. Elle a ajouté que …" (issue 9).
    """
    if cues.plural_pronouns.intersection(w.casefold() for w in re.findall(r"[^\W\d_]+", pronoun)):
        # "« … », ont-ils promis", "they said": a group or an organisation speaks, never the one person named last
        return _organisation_just_named(before, names)
    if cues.opening_participle.match(head.lstrip(" *_")):
        # "Asked whether the band, the Gravel Kings, would be paid, he said": the participle's subject is the
        # pronoun's, so the people its clause names are who it was asked about or by, never whom the pronoun means.
        head = _after_participle_clause(head, names)
    texts = [head, *reversed(before)]
    said_by = _pronoun_word(pronoun)
    for text in texts:
        people = [m for m in names.mentions(text) if m.person]
        if people and said_by and _pronoun_word(text.split(maxsplit=1)[0]) == said_by \
                and all(_complement(text, m, cues) for m in people):
            # "He planted them last winter, grafted from Old Tom. “…,” he says.": a sentence whose subject is the
            # attribution's own pronoun goes on with the person named before it; the names it governs by a
            # preposition are no one new. Not another pronoun: "She broke the news to Paul Smith. "…," he said."
            continue
        if people:
            return _sentence_person(text, people, cues)
        introduced = _introduced(text, names, cues, said_by) if said_by else None
        if introduced is not None:
            return introduced
    for text in texts:
        found = names.mentions(text)
        if found and _opens(text, found[0].start):
            return found[0].name
        if found:
            break
    return _person_further(before, names, cues)


def pronoun_person(pronoun: str, before: Sequence[str], names: NameIndex, language: str) -> str | None:
    """Whom a subject pronoun opening a sentence stands for ("Elle a annoncé …" after Anne Hale), or None."""
    # the person, else the organisation, the nearest sentence before names (`_last_person`)
    return _last_person("", before, names, for_text(language).compiled(_Cues), pronoun)


def _after_participle_clause(head: str, names: NameIndex) -> str:
    """What follows the clause of an opening participle: from the name written right after one of its commas, when no
    comma follows that name ("Appointed in 2050, Ann Hale runs the trust, and she says": the main clause's subject,
    whom the pronoun goes on with); else nothing ("Asked whether the band, the Gravel Kings, would be paid, he said":
    a name in commas is an apposition inside the clause). Review 35, finding 9: the whole head was blanked."""
    for mention in names.mentions(head):
        if head[: mention.start].rstrip().endswith(",") \
                and not head[mention.end:].lstrip().startswith(","):
            return head[mention.start:]
    return ""


def _introduced(text: str, names: NameIndex, cues: _Cues, pronoun: str = "") -> str | None:
    """Someone a sentence brings in as its subject without a name the article knows: a noun phrase of an indefinite
    article ("Une employée à temps partiel, embauchée depuis neuf ans, raconte …", "A delivery driver told us …"), or
    a first name alone that an indefinite apposition describes ("Dev, a delivery driver who …, came …"); else None.

    A pronoun after such a sentence goes on with them, not with a person named further back (issue 9: '"…," he
    said' after "Dev, a delivery driver …" was given to the council leader of the paragraph before). Not when
    ``pronoun`` cannot be theirs (``_not_the_pronouns``): "A father of three came in. "…," she said."""
    text = text.strip(" *_")
    opening = cues.indefinite_opening.match(text)
    if opening is not None:
        phrase = re.split(r"[,;:()]", text, maxsplit=1)[0]
        # Up to its verb or a relative clause; not a participle used as an adjective ("A retired teacher").
        ends = [m.start() for m in (cues.verb.search(phrase), cues.relative.search(phrase), next(
            (v for v in cues.verb_forms.finditer(phrase) if not cues.adjectival_before.search(phrase[: v.start()])),
            None)) if m is not None]
        phrase = phrase[: min(ends)] if ends else phrase
        words = phrase.split()
        # Someone, not something ("Un incendie a ravagé l'usine"): a person's noun, or the subject of a verb of
        # saying right after the phrase and its aside ("Une employée, embauchée depuis neuf ans, raconte …").
        rest = re.sub(r"^\s*,[^,;:]*,", "", text[len(phrase):]).lstrip()
        if not 2 <= len(words) <= 6 or not words[1][:1].islower() or not (
                cues.person_words.intersection(w.casefold() for w in words[1:])
                or cues.verb.match(rest)):
            return None
        # "A spokeswoman for the council" speaks as the council: a name the phrase holds speaks for it.
        if _not_the_pronouns(phrase, rest, pronoun, cues):
            return None
        named = _speaker_from(phrase, names, cues, before=[text]) if names.mentions(phrase) else None
        return named or phrase[0].upper() + phrase[1:].rstrip()
    first = re.match(r"([A-ZÀ-ÖØ-Ý][a-zà-öø-ÿ]+),\s+(?=(?:" + cues.indefinite_opening.pattern + r"))", text)
    if first is None or names.mentions(first.group(1)) or first.group(1) in _OPENING_WORDS \
            or first.group(1).casefold() in names.common or first.group(1).casefold() in cues.small_words:
        return None
    # The apposition is a noun phrase, not a clause ("Yesterday, a man was arrested"): a verb in it only after a
    # relative pronoun ("a delivery driver who asked …"), and the sentence's own verb after its closing comma.
    apposition = text[first.end():].split(",", 1)
    verb = cues.verb_forms.search(apposition[0])
    if len(apposition) < 2 or verb is not None and not cues.relative.search(apposition[0][: verb.start()]) \
            or not cues.verb_forms.search(apposition[1]) or _not_the_pronouns(apposition[0], apposition[1], pronoun, cues):
        return None
    return first.group(1)


def _not_the_pronouns(phrase: str, rest: str, pronoun: str, cues: _Cues) -> bool:
    """Whether someone described by ``phrase``, the subject of ``rest``, cannot be whom ``pronoun`` stands for: a noun
    or an article of the other gender ("A father of three" for "she", « Un ouvrier » for « elle »), or the pronoun's
    object form right by their verb ("A worker showed her the line", « Un élève lui a tendu … »): her is not the
    worker (review 32)."""
    if pronoun not in cues.gendered_nouns:
        return False  # "they", "it": no gender to compare
    words = [w.casefold() for w in re.findall(r"[\w'’-]+", phrase)]
    for other, nouns in cues.gendered_nouns.items():
        if other != pronoun and (nouns.intersection(words) or words and words[0] in cues.gender_articles[other]
                                 and words[0] not in cues.gender_articles[pronoun]):
            return True
    objects = cues.object_pronouns.get(pronoun, frozenset())
    for word in list(re.finditer(r"[\w'’-]+", rest.strip()))[:2]:
        if word.group(0).casefold() in objects and (
                cues.object_follows is None or cues.object_follows.match(rest.strip(), word.end())):
            return True
    return False


def _organisation_just_named(before: Sequence[str], names: NameIndex) -> str | None:
    """The organisation a thing's pronoun ("it") stands for: the one that opens the sentence right before as its
    subject ("The Marine Agency told reporters … It said …"); None when that sentence opens on no organisation, or on
    its possession ("The agency's report was published. It said …": the report's words, no one's)."""
    text = before[-1] if before else ""
    found = names.mentions(text)
    if not found or found[0].person or not _opens(text, found[0].start) or re.match(r"['’]s\b", text[found[0].end:]):
        return None
    return found[0].name


def _person_further(before: Sequence[str], names: NameIndex, cues: _Cues, count: int = 5) -> str | None:
    """The person a pronoun stands for when the sentences before name none: the subject of the nearest sentence that
    does, up to ``count`` sentences further back, when the sentence right before speaks of someone by a pronoun too
    (issue 9: '"…," she told us.' after "We caught up with her at home. She is not bitter, she insists." spoke for no
    one: news goes on with a person in pronouns over several sentences)."""
    at = names.text.find(before[0]) if before else -1
    if at <= 0 or not any(is_pronoun(w) for w in re.findall(r"\w+", before[-1])):
        return None  # only a chain of pronouns goes on with someone named further back
    for text in _sentences_before(names.text, at, count)[1:]:
        people = [m for m in names.mentions(text) if m.person]
        if people:
            return _sentence_person(text, people, cues)
    return None


def _sentence_person(text: str, people: list[Mention], cues: _Cues) -> str:
    """The person a sentence naming ``people`` goes on about: the speaker of an attribution first ("Tom Hale knew,
    according to Nina Osei. « … », she said": a pronoun after a claim goes on with who made it), else the first that
    is no complement (``_complement``), else the first named."""
    speaker = next((m for m in people if _attributed(text, m, cues)), None)
    if speaker is None:
        speaker = next((m for m in people if not _complement(text, m, cues)), people[0])
    return speaker.name


def _pronoun_word(word: str) -> str:
    """A subject pronoun folded, without its marks or the verb hyphened to it ("dit-elle", "“He"); else ""."""
    folded = word.strip(" *_«“\"").casefold().rsplit("-", 1)[-1]
    return folded if is_pronoun(folded) else ""


def _complement(text: str, mention: Mention, cues: _Cues) -> bool:
    """Whether a name is no clause's subject: governed by a preposition ("de Valdor Métropole", "of Tom Hale") or an
    owner before a possessive ("Vannesse's lawyer"). A name an attribution governs is who speaks, no complement:
    "According to Nina Osei, Tom Hale knew …", "Pour Nina Osei, Paul Vidal n'est pas …": a pronoun after that is
    hers, the speaker's."""
    if re.match(r"['’]s\b", text[mention.end:]):
        return True
    if _attributed(text, mention, cues):
        return False
    word = re.search(r"([\w'’]+)\s+$", text[max(0, mention.start - 24):mention.start])
    if word is None:
        return False
    folded = word.group(1).casefold()
    return folded in cues.function_words and folded not in cues.and_words \
        and cues.leading_determiner.fullmatch(word.group(1) + " ") is None


def _attributed(text: str, mention: Mention, cues: _Cues) -> bool:
    """Whether an attribution governs a name: "according to Nina Osei", "selon Paul Vidal", a sentence opening on
    "For Nina Osei, …" / "Pour Nina Osei, …": the name is who speaks in that sentence."""
    if any(m.start("np") == mention.start for m in cues.according.finditer(text)):
        return True
    lead = len(text) - len(text.lstrip(" *_«“\""))
    opening = cues.for_speaker.match(text, lead)
    return opening is not None and opening.end() == mention.start


def _opens(text: str, start: int) -> bool:
    """Whether a name opens its sentence, after an article at most ("La Laiterie Combal rappelle …")."""
    return len(text[:start].strip(" *_«“\"").split()) <= 1


def _mask(sentence: str, quotes: list[Quotation]) -> str:
    """The sentence with each quotation replaced by a placeholder (offsets kept), so verbs inside quotes are not read."""
    parts = []
    last = 0
    for quote in quotes:
        parts.append(sentence[last:quote.start])
        parts.append(_PLACEHOLDER.ljust(quote.end - quote.start))
        last = quote.end
    parts.append(sentence[last:])
    return "".join(parts)
