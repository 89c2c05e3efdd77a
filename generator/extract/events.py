"""Sentences -> candidate events: one per dated statement, one per attributed quotation, one per undated reported action."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterator

from ..dates import DateValueError, PartialDate, TimelineDate
from ..model import Actor, Source, slugify
from ..yamlfile import FlowMap, Quoted
from .actors import NameIndex, holiday_start, looks_like_person
from .claims import BRACKETED_LABEL, Claim, chained_after, document_holder, find_claim, full_organisation, find_named_after, find_reported, main_after_aside, quotations, role_holder, \
    office_went_on, pronoun_person, saying_dated_after, split_chained, split_coordinated, town_body
from .lang import (LanguageData, determiner_opening, for_text, literal_alternation, reporting_inverted, reporting_verb,
                   union)
from .segment import Paragraph, Sentence, paragraphs, sentence_ends

_MAX_TITLE_WORDS = 18  # 14 cut titles near 80 characters, before their object; 110 characters is the limit
_MAX_TITLE_CHARS = 110
_SHORT_TITLE_WORDS = 5
_MAX_ACTORS = 8
_ID_WORDS = 6



class _Words:
    """One language's event and title patterns (lang/<code>.py), compiled."""

    def __init__(self, data: LanguageData) -> None:
        self.data = data
        actions = sorted(set(data.ACTIONS), key=lambda a: (-len(a), a))  # "mis en examen" before "mis"
        alternatives = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in actions)
        self.action = re.compile(data.ACTION.replace("{ACTIONS}", alternatives), re.IGNORECASE)
        kinds = "|".join(f"(?:{stems})" for stems in data.PHYSICAL_ACTION_KINDS.values())
        self.physical_action = re.compile(data.PHYSICAL_ACTION.replace("{KINDS}", kinds), re.IGNORECASE)
        self.negated_subject = re.compile(data.NEGATED_SUBJECT)
        self.habitual = re.compile(data.HABITUAL)
        self.subordinate = re.compile(data.SUBORDINATE)
        # Before whom or when words were said, after the speaker ("lors de la réunion du 22 septembre"): an occasion.
        self.circumstance = re.compile(rf"(?<![\w'’-])(?:{data.SPEAKER_CIRCUMSTANCE})(?![\w'’-])", re.IGNORECASE)
        self.negation = re.compile(data.NEGATION)
        self.conditional = re.compile(data.CONDITIONAL)
        self.subject_article = re.compile(data.SUBJECT_ARTICLE)
        # Words that introduce a date are dropped with it from a title ("en 2015", "on Friday").
        self.date_lead = re.compile(rf"(?:\b(?:{data.DATE_LEAD})\s+)+$", re.IGNORECASE)
        # a run of them, to read with the date after it in sight: a lead may look at the date ("over the weekend")
        # an elided lead is glued to what follows it: « à partir d'avril »
        self.date_leads = rf"(?:\b(?:{data.DATE_LEAD}|{data.TITLE_DATE_LEAD})(?:\s+|(?<=['’])))+"
        self.date_tail = re.compile(rf"\s+(?:{data.DATE_TAIL})\b", re.IGNORECASE)
        self.date_object = re.compile(rf"(?<![\w'’-])(?:{data.DATE_OBJECT_VERBS})", re.IGNORECASE)
        # Its comma is no decimal one: "En cause : un trou de 1,2 million" kept "2 million" (issue 9: no cut numbers).
        self.leading_clause = re.compile(rf"^(?:{data.LEADING_CLAUSE})\s*,(?!\d)\s*", re.IGNORECASE)
        self.inline_aside = re.compile(rf"(?:,\s*|\s)(?:{data.INLINE_ASIDE})(?:\s*,\s*|\s)", re.IGNORECASE)
        self.scope_before = re.compile(data.SCOPE_BEFORE)
        self.until_before = re.compile(data.UNTIL_BEFORE)
        self.audience_after = re.compile(data.AUDIENCE_AFTER)
        # A comma between digits is a decimal ("1,3 millions"): no clause starts there (issue 9).
        self.clause_break = re.compile(data.CLAUSE_BREAK, re.IGNORECASE)  # "and", "mais": a coordinated clause
        self.clause_boundary = re.compile(rf"[;:]\s*|,(?!\d)\s*|\s(?:{data.CLAUSE_WORDS})\s", re.IGNORECASE)
        preps = rf"(?:(?:{data.CLAUSE_CUT_PREPS}) )?" if data.CLAUSE_CUT_PREPS else ""
        # A dash between two words joins them ("the Carrow–Dunmore line"); spaced, or an em dash, it opens an aside.
        # A figure in brackets ("une aide (500 euros)", "a grant (£500)") is part of the fact, no aside to cut at.
        # A colon between digits is a clock's ("began at 06:12"), no aside.
        self.clause_cut = re.compile(rf"\s*(?:[;—]|:(?!\d)|(?<!\d):|"
                                     rf"\((?![£$€]?\d[\d\s.,]*(?:[^\W\d_]+|[£$€%])?\))|(?<!\w)–|–(?!\w)|"
                                     rf",\s+{preps}(?:{data.CLAUSE_CUT_WORDS})\b)")
        self.relative = re.compile(rf"\s*(?:{data.RELATIVE_PRONOUNS})\s+", re.IGNORECASE)
        # "after the strike that began on April 29": a noun's relative clause, no clause of time's own subject and verb
        self.relative_inside = re.compile(rf"(?<![\w'’])(?:{data.RELATIVE_PRONOUNS})(?![\w'’])", re.IGNORECASE)
        self.same_occasion = re.compile(data.SAME_OCCASION, re.IGNORECASE)  # « Dans la foulée », "At the same meeting"
        self.same_occasion_past = re.compile(data.SAME_OCCASION_PAST, re.IGNORECASE)  # « a mandaté », "approved"
        self.same_occasion_verb = re.compile(rf"(?:{data.SAME_OCCASION_PAST})\s*,?\s*$", re.IGNORECASE)
        self.time_of_day = re.compile(data.TIME_OF_DAY, re.IGNORECASE)  # « vers 11 h 20 », "in the early afternoon"
        self.past_perfect = re.compile(data.PAST_PERFECT)  # « avait été signalé », "had been seen"
        self.prep_past = re.compile(data.PREP_PAST)  # "since", "depuis" right before a date
        self.only_from_date = re.compile(data.ONLY_FROM_DATE, re.IGNORECASE)  # "ne … qu'en mars", "not … until"
        self.only_date_opening = re.compile(data.ONLY_DATE_OPENING, re.IGNORECASE)
        self.only_left = re.compile(data.ONLY_LEFT, re.IGNORECASE)
        self.negation_undone = [(re.compile(p, re.IGNORECASE), r) for p, r in data.NEGATION_UNDONE]
        self.negation_scope_stop = re.compile(data.NEGATION_SCOPE_STOP, re.IGNORECASE)
        self.when_after_date = re.compile(rf"\s*,\s*(?:{data.WHEN_AFTER_DATE})\s*", re.IGNORECASE)
        self.joined_clause = re.compile(data.JOINED_CLAUSE, re.IGNORECASE)  # "…, and that …", " : …": a clause of its own
        self.clause_cut_word = re.compile(data.CLAUSE_CUT_WORDS)  # `_predicate_subject`: "whose", "qui" open no subject
        self.narrative_past = re.compile(data.NARRATIVE_PAST, re.IGNORECASE)
        self.predicate_subject_after = re.compile(data.PREDICATE_SUBJECT_AFTER, re.IGNORECASE)
        self.shared_auxiliary = re.compile(data.SHARED_AUXILIARIES, re.IGNORECASE)
        self.be_auxiliary = re.compile(data.BE_AUXILIARIES, re.IGNORECASE)
        self.dated_subordinate = re.compile(rf"(?<![\w'’])(?:{data.DATED_SUBORDINATE})(?:\s+|['’]\s*)", re.IGNORECASE)
        self.speaker_articles = literal_alternation(data.SPEAKER_ARTICLES)  # `_speaker_as_written`: built once
        self.relative_before = re.compile(rf"(?<![\w'’])(?:{data.RELATIVE_PRONOUNS})\s*$", re.IGNORECASE)
        # A verb of saying opening a clause ("…, a annoncé jeudi la société X"): an attribution whose subject follows.
        self.reporting_opening = re.compile(rf"(?:{reporting_verb(data)})(?![\w'’-])", re.IGNORECASE)
        self.possessive_relative = re.compile(rf"\s*(?:{data.POSSESSIVE_RELATIVE})\s+", re.IGNORECASE)
        # `_place_clause`: "…, where …" / "…, où …" and the place its noun phrase is set in before the comma
        self.place_relative = re.compile(rf"\s*(?:{data.PLACE_RELATIVE})\s+", re.IGNORECASE)
        self.place_before = re.compile(rf"(?<![\w'’])(?:{data.PLACE_RELATIVE})\s*$", re.IGNORECASE)
        self.place_preposition = re.compile(rf"(?<![\w'’-])(?:{data.PLACE_PREPOSITIONS})\s+", re.IGNORECASE)
        self.possessive_before = re.compile(rf"(?<![\w'’])(?:{data.POSSESSIVE_RELATIVE})\s*$", re.IGNORECASE)
        # "…, which means no trains will run": a relative about the whole clause before it, no noun.
        self.clause_relative = re.compile(rf"\s*(?:{data.CLAUSE_RELATIVE})\b", re.IGNORECASE)
        self.genitive: frozenset[str] = frozenset(data.THAT_OF)  # "the head of the agency", "la mère de la victime"
        nouns = "|".join(sorted(map(re.escape, data.DATED_FACT_NOUNS), key=lambda n: (-len(n), n)))
        # "l'arrêté préfectoral du", "the fire of": a fact's noun, maybe one word more, and what ties a date to it.
        self.fact_before_date = re.compile(
            rf"(?<![\w-])(?:{nouns})(?:\s+[^\W\d_][\w-]*)?\s+(?:{data.DATE_OF_FACT})(?:(?<=['’])|\s*)$", re.IGNORECASE)
        self.date_of_fact = re.compile(rf"(?:{data.DATE_OF_FACT})(?:(?<=['’])|\s+)", re.IGNORECASE)
        self.date_of_fact_before = re.compile(rf"(?<![\w'’])(?:{data.DATE_OF_FACT})(?:(?<=['’])|\s+)$", re.IGNORECASE)
        # "the May 13 council vote", "Tuesday's launch": a date before at most two words and a fact's noun.
        self.fact_after_date = None if data.DATE_BEFORE_FACT is None else re.compile(
            rf"(?:['’]s)?(?:\s+[a-z][\w-]*){{0,2}}?\s+(?:{nouns})\b")
        self.date_before_fact = None if data.DATE_BEFORE_FACT is None else re.compile(
            rf"(?<![\w'’])(?:{data.DATE_BEFORE_FACT})\s+$", re.IGNORECASE)
        self.antecedent = re.compile(rf"(?:\b(?:{data.ANTECEDENT_ARTICLES})\s*)[^,;:]*?$", re.IGNORECASE)
        # A determiner and its noun around a quotation name a party who speaks ("Réponse immédiate du préfet :").
        determiners = "|".join((data.DETERMINERS, data.ANTECEDENT_ARTICLES, data.FACT_OFFSET_ARTICLES, data.PLURAL_ARTICLES))
        self.party_determiner = re.compile(rf"(?<![\w'’])(?:{determiners})(?:\s+|(?<=['’]))[^\W\d_]", re.IGNORECASE)
        self.function_words: frozenset[str] = data.FUNCTION_WORDS
        self.leading_words: frozenset[str] = data.TITLE_LEADING_WORDS
        self.dangling = re.compile(data.TITLE_DANGLING, re.IGNORECASE)
        self.than = re.compile(data.TITLE_THAN, re.IGNORECASE)
        self.comparative = re.compile(data.TITLE_COMPARATIVES, re.IGNORECASE)
        self.verb = re.compile(data.VERB)
        self.verb_forms = re.compile(data.VERB_FORMS)  # stricter: what a title must hold (issue 9, item 3)
        self.owned_part = re.compile(data.OWNED_PART)  # what a possessive relative's part opens on
        self.verb_clitics = re.compile(data.VERB_CLITICS)  # "s'", "ne" before a verb: the verb's, not the part's
        self.owned_complement = re.compile(data.OWNED_COMPLEMENT)  # "dont" as the verb's complement, not the part's
        # A preposition that ends a speaker named after its verb ("a reconnu le maire devant le conseil").
        self.speaker_end = re.compile(rf"(?:{data.SPEAKER_TAIL_STOP}|{data.SPEAKER_PREPOSITIONS})", re.IGNORECASE)
        # `_inverted_attribution`: a content part opening on a clause word, a stop inside the words after the verb
        self.clause_word = re.compile(rf"(?:{data.CLAUSE_WORDS})\b", re.IGNORECASE)
        # `_relative_closed`: an auxiliary ("is", "a", the "est" of "s'est")
        self.finite_verb = re.compile(rf"(?<![\w-])(?:{data.FINITE_VERB})(?![\w'’-])", re.IGNORECASE)
        # `_relative_closed`: the pronouns an auxiliary may follow without closing the relative ("where it is")
        self.pronouns = frozenset(data.SUBJECT_PRONOUNS) | frozenset(data.PRONOUNS) | frozenset(data.NOT_SPEAKERS)
        # `_closes_statement`: a clause word anywhere between the verb and a closing date
        self.clause_word_inside = re.compile(rf"(?<!\w)(?:{data.CLAUSE_WORDS})(?!\w)", re.IGNORECASE)
        self.speaker_stop = re.compile(rf"\s(?:{data.SPEAKER_TAIL_STOP})\s", re.IGNORECASE)
        self.reported_that = re.compile(rf"(?<!\w)(?:{data.REPORTED_THAT})", re.IGNORECASE)
        # `_infinitive_said`: a past infinitive said, and a "that"-word the sentence writes right before words said
        self.reported_infinitive = re.compile(data.REPORTED_INFINITIVE, re.IGNORECASE)
        # `_second_reported`: a verb of saying, whoever it was said to or where, and the opening of what was said
        self.said_that = re.compile(rf"(?<![\w'’-])(?:{reporting_verb(data)})(?![\w'’-])\s*"
                                    rf"(?:(?:{data.REPORTED_BETWEEN})\s+){{0,3}}(?:{data.REPORTED_THAT})", re.IGNORECASE)
        # `_reported_past_title`: a verb of saying that takes the words said as the fact (not "denied", « affirme »)
        self.neutral_said = re.compile(rf"(?:{data.REPORTING_AUXILIARY})?(?:{literal_alternation(data.NEUTRAL_REPORTING)})"
                                       r"(?![\w'’-])", re.IGNORECASE)
        self.written_that = re.compile(rf"(?<![\w'’-])(?:{data.REPORTED_THAT})$", re.IGNORECASE)
        self.demand_object = re.compile(data.DEMAND_OBJECT, re.IGNORECASE)  # "promised to", « réclame un »
        # Compiled once, not per sentence: a determiner opening a subject, one a pronoun agrees with, "and"/"et".
        self.determiner = re.compile(rf"(?:{data.DETERMINERS})\s", re.IGNORECASE)
        self.subject_determiner = re.compile(determiner_opening(data), re.IGNORECASE)
        self.agreeing_determiner = re.compile(rf"(?:{data.DETERMINERS})(?:(?<=['’])|(?!\w))", re.IGNORECASE)
        self.joiner = re.compile(rf"\s(?:{'|'.join(map(re.escape, data.NAME_JOINERS))})\s")
        # An opening participle phrase's tests (`_opening_participle`, `_plural_subject`): compiled once, not per title.
        self.participle_before = re.compile(data.PARTICIPLE_BEFORE)
        # `_participle_clause`: a word shaped as a past participle, and the words that head no reduced relative
        self.past_participle = re.compile(rf"(?:{data.PAST_PARTICIPLE})", re.IGNORECASE)
        # `_coordinated_start`: an auxiliary and its participle, which a participle after "et" may share (« a été
        # notifié … et suspendu »), an adverb between them or not (« avait déjà fermé »)
        adverb = rf"(?:\s+(?:{'|'.join(map(re.escape, sorted(data.SUBJECT_ADVERBS)))}))?"
        self.auxiliary_participle = re.compile(rf"(?<![\w'’-])(?:{data.FINITE_VERB}){adverb}(?:\s+(?:{data.FINITE_VERB}|"
                                               rf"{data.PAST_PARTICIPLE}))?\s+(?:{data.PAST_PARTICIPLE})(?![\w'’-])",
                                               re.IGNORECASE)
        self.infinitive = re.compile(data.INFINITIVE)
        # `_dates_act`: a noun's complement or an infinitive with its object between an act and its date
        self.noun_link = re.compile(data.NOUN_LINK)
        self.object_start = re.compile(data.OBJECT_START)
        self.participle_stop: frozenset[str] = data.PARTICIPLE_STOP | data.PARTICIPLE_NOT_AFTER
        self.prepositions: frozenset[str] = data.PREPOSITIONS
        self.participle_plural = re.compile(data.PARTICIPLE_PLURAL)
        # `_object_aside`: an aside in commas right before the word that opens a verb's object clause
        self.object_aside = re.compile(rf",\s+[^,;:«»“”\"()]{{2,80}}?,\s+(?=(?:{data.OBJECT_THAT}))", re.IGNORECASE)
        self.participle_singular = re.compile(data.PARTICIPLE_SINGULAR)
        self.participle_genders = [(re.compile(ending), others) for ending, others in data.PARTICIPLE_GENDERS]
        self.past = re.compile(data.PAST)
        self.future_in_past = re.compile(data.FUTURE_IN_PAST)  # "devait être modernisée": a plan, no fact
        # Case-sensitive, in lower case or capitalised only: "US" (the country) and "NOUS" are nobody's voice.
        voice = {form for w in data.FIRST_PERSON | data.SPEAKER_VOICE for form in (w, w[:1].upper() + w[1:])}
        whole = literal_alternation(w for w in voice if not w.endswith("'"))
        elided = literal_alternation(w for w in voice if w.endswith("'"))  # "j'" glues to its verb: no word end after it
        self.own_voice = re.compile(rf"(?<!\w)(?:(?:{whole})(?!\w)|{elided or '(?!)'})")
        # « Mais », "But" opening a quotation's later sentence, with its comma: the turn _told_sentence looks for
        self.quote_turn = re.compile(rf"(?:{literal_alternation(data.QUOTE_TURN_WORDS)})(?![\w'’-])[\s,]*")
        self.restrictive = re.compile(data.TITLE_RESTRICTIVE)  # "Sans l'accord du Sénat,": a condition a title keeps
        self.list_joiner = re.compile(rf"\s(?:{data.DATE_LIST_JOINERS})\s")  # "Doctors, nurses and porters"
        self.perfect = re.compile(data.PERFECT)
        self.state = re.compile(data.TITLE_STATE)  # `_past_fact`: "was empty", « a coûté »: no deed of that date
        self.plural_article = re.compile(rf"(?:{data.PLURAL_ARTICLES})\s", re.IGNORECASE)
        names = "|".join(map(re.escape, [*data.WEEKDAYS, *data.MONTHS_FULL]))
        self.dated = re.compile(rf"\b(?:1\d{{3}}|20\d{{2}})\b|\b(?:{names})\b(?:\s+\d)?", re.IGNORECASE)
        # A title carried over a quotation (`_carried_title`): "according to", a coordinated "and that" / "et que".
        self.according = re.compile(data.ACCORDING, re.IGNORECASE)
        # "a-t-elle promis", "rappelle-t-il": the pronoun an inverted verb of saying carries (none in some languages)
        self.clitic = re.compile(data.REPORTING_CLITIC or "(?!)")
        self.said_frame = _said_frame(data)  # `_without_said_frame`
        self.passive = re.compile(data.PASSIVE)  # "Elle a été fermée": the subject is acted on, a thing as often
        self.frame_pronouns = frozenset(data.PRONOUNS | data.NOT_SPEAKERS)
        self.coordinated_that = re.compile(rf"(?:{data.COORDINATED_THAT})", re.IGNORECASE)
        # "announced that …", "a confirmé que …": a verb of saying that also tells an action (`_announced`)
        # `_occasion_heads`, `_speaking_occasion`: when a quotation was said
        self.occasion_not_leads = re.compile(data.OCCASION_NOT_LEADS)
        self.speaking_occasion = re.compile(data.SPEAKING_OCCASION)
        self.gathering_occasion = re.compile(data.GATHERING_OCCASION)
        # `_in_present`: the verb group a title tells in the present, and what before it shows no main verb
        self.tense_group = re.compile(data.TENSE_GROUP)
        self.tense_subject_stop = re.compile(data.TENSE_SUBJECT_STOP)
        self.tense_participle_after = re.compile(data.TENSE_PARTICIPLE_AFTER)
        self.announcing = re.compile(rf"(?<![\w'’])(?:{'|'.join(map(re.escape, data.REPORTED_NOT_VERBS))})(?![\w'’])",
                                     re.IGNORECASE)


_CAPITAL = "A-ZÀ-ÖØ-Þ"  # a capital letter opening a name, in a character class


def _said_frame(data: LanguageData) -> re.Pattern[str]:
    """The frame of reported words closing an event's clause or set in it in commas ("…, the council said", "…, she
    added", "…, a-t-elle promis", "…, précise-t-il", "…, a indiqué la mairie")."""
    who = "|".join(sorted(map(re.escape, data.PRONOUNS | data.NOT_SPEAKERS)))
    verb = reporting_verb(data)
    inverted = reporting_inverted(data)
    present = "|".join(data.REPORTING_PRESENT) or "(?!)"
    clitic = data.REPORTING_CLITIC or "(?!)"
    name = rf"[{_CAPITAL}][\w'’-]*(?:\s+[{_CAPITAL}][\w'’-]*){{0,3}}"  # "Penhallow", "Mme Ferrandier"
    determiner = rf"(?:{data.DETERMINERS})(?:\s+|(?<=['’]))"
    word = r"[^\W\d_][\w'’-]*"
    # A describing phrase's later words: no second determiner but after a preposition ("the head of the union"), no
    # pronoun: "the date the council announced", "a decision he denied" are relative clauses, not who said it.
    preposition = literal_alternation(data.PREPOSITIONS)
    plain = rf"(?!(?:{data.DETERMINERS}|{who})(?:(?<=['’])|(?![\w'’-])))"
    phrase = rf"{determiner}{word}(?:\s+(?:(?:{preposition})\s+{determiner})?{plain}{word}){{0,3}}"
    return re.compile(
        rf",\s+(?:(?P<who>{who}|(?:{phrase}|{name})(?:,\s+(?P<named>{name}),)?)\s+(?P<verb>{verb})|"
        rf"(?:{inverted})|(?:{present})(?:{clitic})|"
        # the speaker after the verb ("…, a indiqué la mairie", "…, said Ms Hale"), and what the sentence says of the
        # speaker when it ends there ("…, a reconnu la mairie, propriétaire des collections")
        rf"(?P<verb_first>{verb})\s+(?P<after>{phrase}|{name})"
        rf"(?:,\s+(?P<about>[^,;:.!?«»“”\"()]{{1,60}}))?(?=\s*[.!?…]?\s*$))(?=\s*,\s|\s*[.!?…]?\s*$)")


def _words(language: str) -> _Words:
    """The compiled patterns of a source's language (English ones for a language without its own data)."""
    return for_text(language).compiled(_Words)


@dataclass
class Candidate:
    """An event or claim extraction proposes, ready to be written as ``content/events/<id>.yaml``."""

    id: str
    source: str
    title: str
    date: TimelineDate
    kind: str
    quote: str
    date_basis: str
    date_text: str | None = None
    speaker: str | None = None
    claim: str | None = None  # for an event a quotation reports: the id of the claim that quotes it
    actors: list[str] = field(default_factory=list)
    position: int = 0  # offset of the sentence in the source text, for a stable order
    # Issue 10: the same fact told by several mentions (this one among them), first appearance first,
    # and the dates other sources give it. Empty: this candidate is its only mention.
    mentions: list["Candidate"] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    # A second fact a dated sentence names in a clause of its own ("…, au terme d'une réunion de conciliation"):
    # no event on its own, kept by merging only as another source's telling of that fact (issue 10).
    support: bool = False
    answer: bool = False  # a claim read from an interview's answer: said for this article, days before it at most
    # A clause without date words that may retell a fact the story dates elsewhere ("after the regulator fined it"):
    # support that merging attaches to one dated fact it clearly tells, or drops (issue 10).
    retelling: bool = False
    # A retelling counted from by a span of time ("three months after a first award was frozen"): the construction
    # says the clause is a fact of its own, so its names may tell which one without an action of the lexicon.
    counted_from: bool = False
    # The days that span counts to from its sentence's date ("two days after …" in a sentence of Friday: Wednesday),
    # when it gives a count of days, weeks or months: a retelling of a fact that far from the sentence's.
    reach: tuple[dt.date, dt.date] | None = None
    # A claim dated by the occasion its sentence names ("At a hearing on May 12, he told the court …") or by the act a
    # participle's clause of saying follows ("filed an appeal on May 12, arguing that …"): that occasion is a fact of
    # its own too, which the date still tells (`_dated_beside_claim`).
    occasion: bool = False

    def to_data(self) -> dict[str, Any]:
        """The event file's fields, in the order DESIGN.md writes them."""
        date = self.date.to_yaml()
        data: dict[str, Any] = {
            "title": self.title,
            "date": Quoted(date) if isinstance(date, str) else {k: Quoted(v) for k, v in date.items()},
        }
        if self.date.mod:
            data["date_mod"] = self.date.mod
        data["kind"] = self.kind
        if self.speaker:
            data["speaker"] = self.speaker
        if self.claim:
            data["claim"] = self.claim
        data["actors"] = list(self.actors)
        data["tags"] = []
        data["status"] = "extracted"
        data["sources"] = [mention.source_ref() for mention in (self.mentions or [self])]
        if self.conflicts:
            data["conflicts"] = [conflict_entry(c) for c in self.conflicts]
        return data

    def source_ref(self) -> dict[str, Any]:
        """This mention as an entry of an event's ``sources:`` list."""
        ref: dict[str, Any] = {"source": self.source, "quote": self.quote}
        if self.date_text:
            ref["date_text"] = self.date_text
        ref["date_basis"] = self.date_basis
        return ref


def conflict_entry(conflict: dict[str, Any]) -> "FlowMap":
    """A conflict as one line of YAML, so a reviewer settles it by deleting or editing that line."""
    date = conflict["date"].to_yaml()
    entry: dict[str, Any] = {"source": conflict["source"],
                             "date": Quoted(date) if isinstance(date, str) else {k: Quoted(v) for k, v in date.items()}}
    if conflict.get("date_text"):
        entry["date_text"] = conflict["date_text"]
    return FlowMap(entry)


def extract_events(source: Source, actors: list[Actor], support: bool = False) -> list[Candidate]:
    """Every candidate event and claim in a source, in the order of its text, each id once.

    With ``support``, also the facts a dated sentence names in a clause of their own (``Candidate.support``),
    which merging keeps only beside another source's telling.
    """
    from .temporal import tag_dates  # dateparser and the rules load only when extracting

    text = source.text
    mentions = [m for m in tag_dates(text, source.published, source.language) if _date_of(m) is not None]
    mentions.sort(key=lambda m: m.start)  # already in text order; sorted starts let a span find its mentions by bisection
    starts = [m.start for m in mentions]
    kept = paragraphs(text, source.title)
    # Names are learnt from the article's sentences, never from its headings or page chrome.
    names = NameIndex.build(actors, "\n\n".join(s.text for p in kept for s in p.sentences), source.language)
    found: dict[str, Candidate] = {}
    previous: list[str] = []
    answers = _interview_answers(text, source.title, kept, names, _words(source.language).data)
    carried: str | None = None  # who the last paragraph's last sentence quoted
    last_end = 0
    occasion: tuple[str, Candidate] | None = None  # who the last sentence showed speaking at a dated occasion
    last_dated: tuple[int, Candidate] | None = None  # the last fact told with its date words, and its paragraph
    for paragraph in kept:
        if text[last_end:paragraph.start].strip():
            occasion = None  # a heading or dropped chrome between: no longer the sentence just before
            last_dated = None  # nor the fact « dans la foulée » follows: a heading opens another telling
        dated_paragraph = bool(_inside(mentions, starts, paragraph.start, paragraph.end))
        action_taken = False
        # Who the paragraph's last sentence quoted: a quotation alone goes on with them. News prints a long
        # quotation over several paragraphs, each opened by a quotation mark, so a paragraph right after one
        # whose last sentence quoted someone opens with them too; not after a heading or dropped chrome.
        speaker: str | None = carried if not text[last_end:paragraph.start].strip() else None
        said: list[Sentence] = []  # an interview answer's sentences that told no fact of their own
        for number, sentence in enumerate(paragraph.sentences):
            inside = _inside(mentions, starts, sentence.start, sentence.end)
            following = paragraph.sentences[number + 1] if number + 1 < len(paragraph.sentences) else None
            after = following.text if following else None
            after_dates = [(m, m.start - following.start, m.end - following.start)
                           for m in _inside(mentions, starts, following.start, following.end)] if following else []
            candidates = _from_sentence(source, sentence, previous[-3:], inside, names, speaker, after, after_dates)
            if occasion is not None:
                _said_at(candidates, occasion, sentence, inside)
            occasion = _speaking_occasion(sentence, candidates, names, _words(source.language))
            # A sentence inside a quotation that an earlier one opened and none has closed yet ("“My daughter tried.
            # She did everything right.") goes on with its speaker, so the paragraph after it, opened by a
            # quotation mark, does too (issue 9: a quotation continued over paragraphs lost its speaker).
            speaker = next((c.speaker for c in candidates if c.kind == "claim"),
                           speaker if _quotation_open(text[paragraph.start:sentence.end]) else None)
            if not dated_paragraph and not action_taken and (
                    not candidates or _announced(sentence.text, candidates, _words(source.language))):
                # "The club announced that it had hired a coach": the announcer's claim, and the announcement an
                # action told as an event, as it was before such clauses gave a claim (9d132c9 kept only dated ones).
                action = _undated_action(source, sentence, names)
                candidates = [*candidates, action] if action else candidates
                action_taken = action is not None
            told_then = _same_occasion(source, sentence, inside, candidates, names,
                                       last_dated[1] if last_dated and paragraph.index - last_dated[0] <= 1 else None,
                                       same_paragraph=last_dated is not None and paragraph.index == last_dated[0])
            if told_then is not None:
                candidates = [*(c for c in candidates if c.kind == "claim"), told_then]
            for candidate in candidates:
                if candidate.kind == "event" and candidate.claim is None:
                    candidate.title = with_subject(candidate.title, sentence.text, previous[-2:], source.language)
                    candidate.title = _with_person(candidate.title, sentence.text, previous[-2:], names,
                                                   source.language)
                elif candidate.kind == "event":
                    # A reported fact's clause cut after asides ("…, which began last spring, would continue") takes
                    # the reported clause's subject, not the speaker's (issue 9, item 3: the verb with its subject).
                    candidate.title = _with_told_subject(candidate.title, sentence.text, source.language)
            # The fact « dans la foulée » follows is the sentence's own, of one day: not a fact its noun phrase names
            # ("six semaines après l'arrestation, le 16 avril"), nor a period it recalls ("entre janvier 2051 et
            # février 2052": a perquisition told after it followed the custody of the sentence before).
            dated = [c for c in candidates if c.kind == "event" and c.date_basis == "text" and not c.support
                     and c.date.first_day() == c.date.last_day()]
            last_dated = (paragraph.index, dated[0]) if dated else last_dated
            previous.append(sentence.text)
            if paragraph.index in answers and not any(c.kind == "claim" for c in candidates):
                # An answer's sentence is the interviewee's words though it tells a dated fact too ("I wrote to the
                # mayor in February"): the fact stays an event, as a date inside a quotation gives one, and the words
                # are the claim's (issue 9: dated answers were no one's words).
                said.append(sentence)
            if support and any(c.kind == "event" and c.date_basis == "text" for c in candidates):
                candidates = candidates + _clause_facts(source, sentence, inside, candidates, names)
                candidates = candidates + _subordinate_facts(source, sentence, inside, candidates, names)
            elif support and not candidates:
                candidates = _undated_support(source, sentence, names)
            if support and any(c.kind == "claim" for c in candidates):
                candidates = candidates + _dated_beside_claim(source, sentence, inside, candidates, names)
            elif support and any(c.kind == "event" and c.date_basis == "text" for c in candidates):
                candidates = candidates + _dated_beside_claim(source, sentence, inside, candidates, names, listed=True)
            if support and any(c.kind == "event" and c.date_basis == "text" for c in candidates):
                candidates = candidates + _phrase_facts(source, sentence, inside, candidates, names)
            if support and not any(c.support and c.date_basis == "published" for c in candidates):
                candidates = candidates + _retold_clauses(source, sentence, inside, candidates, names)
            for candidate in candidates:
                found.setdefault(candidate.id, candidate)
        carried, last_end = speaker, paragraph.end
        if said:
            answer = _answer_claim(source, said, answers[paragraph.index], names)
            found.setdefault(answer.id, answer)
    return sorted(found.values(), key=lambda c: (c.position, c.id))


def in_present(title: str, language: str) -> str:
    """A title with its main verb told in the present ("Marlowe Park opened" -> "Marlowe Park opens")."""
    # The timeline gives the date, and the hand-written titles are in the present (issue 9 part 3). A title is kept
    # as written when the verb group is not its first verb or stands in a clause (TENSE_SUBJECT_STOP), when the
    # subject's number is in doubt, when the present made is no verb form the language knows (a rule misread an
    # unknown verb), or when it would outgrow its length.
    words = _words(language)
    group = words.tense_group.search(title)
    if group is None:
        return title
    before, found = title[:group.start()], group.groupdict()
    # a verb before it, in lower case: a name is none ("Le port de Lorient a été fondé")
    if not before.strip() or words.tense_subject_stop.search(before) \
            or any(verb.group(0)[:1].islower() for verb in words.verb_forms.finditer(before)):
        return title
    after = title[group.end():].split()
    if found.get("simple") and (after and _bare(after[0]).casefold() in words.data.PREPOSITIONS
                                and words.tense_participle_after.search(title[group.end():])
                                or after and words.verb_forms.fullmatch(_bare(after[0]))
                                or before.rstrip().endswith(",")
                                or _bare(before.split()[0]).casefold() in words.data.PREPOSITIONS):
        # "An appeal launched in August has raised", "An audit published found", "Gwen Attridge, elected for …,",
        # "With a phase planned for …": a participle, not the verb
        return title
    for later in words.tense_group.finditer(title, group.end()):
        if words.list_joiner.search(title[max(group.end(), later.start() - 6):later.start() + 1]):
            return title  # "met staff and promised …": both verbs or neither, never two tenses in one title
    told = any(found.get(name) for name in found if name.startswith("told") or name == "reflexive")
    plural: bool | None = any(found.get(name) for name in found if name.startswith("plural"))
    if not told:
        plural = _subject_number(before, words)
        if plural is None:
            return title
    data = words.data
    if found.get("copula"):
        told_again = verb_told = data.TITLE_BE[plural]
    else:
        past = next((found[name] for name in found if name.startswith("past") and found[name]), None) \
            or found.get("simple")
        present = _present_of(past.casefold(), bool(plural), data) if past else \
            _present_of_base(found["base"].casefold(), bool(plural), data)
        if present is None:
            return title
        told_again = verb_told = present
        if found.get("reflexive"):
            told_again = data.TENSE_REFLEXIVE[present[:1] in data.TENSE_REFLEXIVE_ELIDED] + present
    retold = title[:group.start()] + told_again + title[group.end():]
    verb_at = group.start() + len(told_again) - len(verb_told)  # after an elided clitic too: « s'achèvent »
    known = words.verb_forms.match(retold, verb_at)  # read in place: « se réunit » is a verb by its clitic
    if known is None or known.end() != group.start() + len(told_again):
        return title  # no form the language knows: the rule may have misread the verb
    return retold if len(retold) <= _MAX_TITLE_CHARS else title


def _subject_number(subject: str, words: _Words) -> bool | None:
    """Whether a title's subject is plural, by its head noun (the words before their first complement: "Members of
    the cabinet"); None when in doubt: a name ending in a plural -ies ("Wrenmoor Libraries"), or a subject whose opening
    phrase and head after the last comma disagree."""
    parts = [p.split() for p in subject.split(",") if p.strip()]
    if parts and _bare(parts[-1][-1]).casefold() in words.data.FIRST_PERSON:
        return None  # "Nobody I spoke to …", "Honestly, no. we ran …": the pronoun before the verb is its subject
    heads = [parts[0], parts[-1]] if parts else []
    numbers = set()
    for head in heads:
        cut = next((at for at, word in enumerate(head) if at and _bare(word) in words.data.SUBJECT_COMPLEMENTS), None)
        head = head[:cut]
        if head[-1][:1].isupper() and re.search(r"[^s]s$", head[-1]) and len(head) > 1 \
                and (re.search(r"(?:ie|er)s$", head[-1]) or words.subject_determiner.match(head[0] + " ")):
            return None  # "Wrenmoor Libraries", "Tarnley Harriers", "The Tanners": a name told as a plural, or not
        noun = " ".join(head) if len(head) > 1 else head[0].casefold()  # "Hackers": a capital opening the title
        if noun in words.data.FIRST_PERSON:
            return None  # "We": the verb's person is no third one
        numbers.add(noun in words.data.PLURAL_PRONOUNS or _plural_subject(noun, words))
    return numbers.pop() if len(numbers) == 1 else None


def _present_of(past: str, plural: bool, data: LanguageData) -> str | None:
    """A past form's present, singular or plural: the language's irregular ones (an agreed participle, « prises »,
    found without its ending), else its base by PAST_IRREGULAR or the PAST_TO_BASE rules; None when no rule reads it."""
    for form in (past, re.sub(r"e?s?$", "", past)):
        if form in data.PRESENT_IRREGULAR:
            return data.PRESENT_IRREGULAR[form][plural]
    base = data.PAST_IRREGULAR.get(past)
    if base is None:
        rule = next(((pattern, repl) for pattern, repl in data.PAST_TO_BASE if re.search(pattern, past)), None)
        if rule is None:
            return None
        base = re.sub(rule[0], rule[1], past)
    return _present_of_base(base, plural, data)


def _present_of_base(base: str, plural: bool, data: LanguageData) -> str | None:
    """A base's (or a stem's) present, singular or plural, by PRESENT_IRREGULAR then PRESENT_ENDINGS."""
    if base in data.PRESENT_IRREGULAR:
        return data.PRESENT_IRREGULAR[base][plural]
    for pattern, singular, plurals in data.PRESENT_ENDINGS:
        if re.search(pattern, base):
            return re.sub(pattern, plurals if plural else singular, base, count=1)
    return None


def _speaking_occasion(sentence: Sentence, candidates: list[Candidate], names: NameIndex,
                       words: _Words) -> tuple[str, Candidate] | None:
    """Who a sentence shows speaking at a dated occasion, and the event dated by it: a dated event whose clause has
    someone speak ("Jeanne Morel a pris la parole hier devant les grévistes", "Jane Roe addressed the strikers on
    Monday", ``SPEAKING_OCCASION``), its speaker named before the verb.

    A claim dated by its attribution ("…, she said on Monday") gives no occasion to the quotations after it: tried in
    session 35, it added one merged date on dev and a wrong merge on the stories kept unread."""
    text = sentence.text
    for candidate in candidates:
        if candidate.kind != "event" or candidate.date_basis != "text" or candidate.support or candidate.claim \
                or not candidate.date_text:
            continue
        masked = _without_quotations(text)
        at = masked.find(candidate.date_text)
        verb = words.speaking_occasion.search(masked)
        gathering = words.gathering_occasion.search(masked) if verb is None else None
        verb = verb or gathering
        if at < 0 or verb is None:
            continue
        # The date is the speaking verb's: in its clause after it, or heading the sentence before it.
        if at >= verb.end() and re.search(r"[,;:]", text[verb.end():at]) \
                or at < verb.start() and text[:at].strip(" *_") and re.search(r"[,;:]", text[at:verb.start()]):
            continue
        if gathering is not None:
            return "", candidate  # whoever speaks there
        found = names.mentions(text[:verb.start()])
        if found:
            return found[0].name, candidate
    return None


def _said_at(candidates: list[Candidate], occasion: tuple[str, Candidate], sentence: Sentence,
             inside: list[Any]) -> None:
    """Date a quotation with no date words outside its quotation marks by the occasion the sentence just before showed
    its speaker speaking at (``_speaking_occasion``): "Jane Roe addressed the strikers on Monday. “We will go all the
    way,” she said." was said on Monday, not on the day of publication (issue 10). A date inside the quotation is
    what the words tell, never when they were said."""
    quoted = [(q.start, q.end) for q in quotations(sentence.text)]
    if any(not any(a <= m.start - sentence.start < b for a, b in quoted) for m in inside):
        return  # another clause of the sentence has a date: leave its own reading
    speaker, dated = occasion
    for candidate in candidates:
        if candidate.kind == "claim" and candidate.date_basis == "published" and speaker in ("", candidate.speaker):
            candidate.date, candidate.date_basis, candidate.date_text = dated.date, "text", dated.date_text


def _quotation_open(text: str) -> bool:
    """Whether a quotation mark is left open at the end of ``text``: more « or “ than their closing marks, or an odd
    number of straight double quotes, not counting an inch mark (a figure's, with a noun after it)."""
    return text.count("«") > text.count("»") or text.count("“") > text.count("”") \
        or (text.count('"') - len(_INCH_MARK.findall(text))) % 2 == 1


# '"' right after a figure, then a lower-case word: a unit ("a new 12" water main"), no quotation mark. A quotation
# closing on a figure mostly has punctuation before or after its mark ('"… in 2019," he said', '"… 3-2".'); one with
# neither ('"We lost 3-2" he said') would be read as an inch mark and leave the quotation open.
_INCH_MARK = re.compile(r'(?<=\d)"(?=\s+[^\W\d_A-ZÀ-ÖØ-Þ])')


def _qa_patterns(data: LanguageData) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """An interview's question paragraph ("Quel est le bilan ?", "Q: How did you feel?"), an answer's label, and
    the first person its answers speak in."""
    labels = "|".join(re.escape(w) for w in data.QA_LABELS)
    question = re.compile(rf"(?:[*_]*(?:{labels})\s*[:.\-–—]\s*)?[^?\n]{{3,300}}\?[*_\s]*")
    answer = re.compile(rf"^[*_]*(?:{labels})\s*[:.\-–—]\s*[*_]*")
    first = literal_alternation(data.FIRST_PERSON)
    return question, answer, re.compile(rf"(?<!\w)(?:{first})(?!\w)", re.IGNORECASE)


def _interview_answers(text: str, title: str, kept: list[Paragraph], names: NameIndex,
                       data: LanguageData) -> dict[int, str]:
    """The paragraphs of an interview printed as questions and answers, each mapped to the interviewee: the person
    an answer's label names ("Hélène Vasseur : …"), else the one its introduction names last ("We spoke to its
    director, Hélène Vasseur"), else the one its title names.

    An answer is what someone said though no quotation mark says so (issue 10: Q&A interviews gave no claim, so
    their quotations never met the same words quoted elsewhere). Two questions at least, each followed by an
    answer, make an interview; a lone rhetorical question does not, nor answers that never say "I" or "we" (an
    explainer's).
    """
    question, _, first_person = data.compiled(_qa_patterns)
    questions = {k for k, p in enumerate(kept) if question.fullmatch(p.text.strip())}
    # A short question ("What went wrong?") is no paragraph of its own: segmenting drops it as a heading.
    asked = [k for k in range(len(kept)) if k not in questions and (k - 1 in questions or any(
        question.fullmatch(line.strip()) for line in text[kept[k - 1].end if k else 0:kept[k].start].splitlines()))]
    if len(asked) < 2 or not any(first_person.search(kept[k].text.replace("’", "'")) for k in asked):
        return {}
    intro = " ".join(p.text for p in kept[:min(asked)] if not question.fullmatch(p.text.strip()))
    # The title's names were not learnt from the article: a person's name is one by its look there.
    people = [m.name for m in names.mentions(intro) if m.person] or [
        m.name for m in names.mentions(title) if m.person or looks_like_person(m.name)]
    answers: dict[int, str] = {}
    for k in asked:
        while k < len(kept) and k not in questions:
            label = _ANSWER_LABEL.match(kept[k].text)
            labelled = [m.name for m in names.mentions(label.group(1))
                        if m.person or looks_like_person(m.name)] if label else []
            if labelled or people:
                answers[kept[k].index] = (labelled or people)[-1]
            k += 1
            if k in asked:
                break
    return answers


# An answer opened by its speaker's name: "Hélène Vasseur : Relief, first of all.", "**D. Costebelle** — Oui."
_ANSWER_LABEL = re.compile(r"[*_]*([A-ZÀ-ÖØ-Þ][\w.’'-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.’'-]*){0,3})[*_]*\s*[:—–]\s")


def _answer_claim(source: Source, said: list[Sentence], speaker: str, names: NameIndex) -> Candidate:
    """An interview answer's undated sentences as one claim of the interviewee, dated by publication."""
    words = _words(source.language)
    quote = " ".join(s.text for s in said)
    label = _ANSWER_LABEL.match(quote)
    if label and speaker in [m.name for m in names.mentions(label.group(1))]:
        quote = quote[label.end():]  # the label names who speaks; the words are what follows
    quote = _clean(words.data.compiled(_qa_patterns)[1].sub("", quote))
    first = re.split(r"(?<=[.!?])\s", quote, maxsplit=1)[0].strip().rstrip(".,;:")
    # The speaker and the quotation marks count in a title's length too: cut to the whole's 110 characters, the words
    # made titles of 111 to 128 ("Rachel Ommanney: “Fellside District Council’s cabinet agreed on Tuesday …”").
    for form in (words.data.CLAIM_TITLE, words.data.CLAIM_TITLE_SAYS):
        cut = _shorten(first, words, _MAX_TITLE_CHARS - len(form.format(speaker=speaker, quote="")))
        if words.verb_forms.search(cut):
            break  # a quotation cut before its verb says nothing alone: "X says: …" tells it is said
    first = cut
    actors = [speaker, *(m.name for m in names.mentions(_without_quotations(quote)) if m.name != speaker)]
    return Candidate(
        id=event_id(source.id, f"{said[0].text}\n{speaker}"), source=source.id,
        title=form.format(speaker=speaker, quote=first), date=TimelineDate(PartialDate.from_day(source.published)),
        kind="claim", quote=quote, date_basis="published", speaker=speaker,
        actors=list(dict.fromkeys(actors))[:_MAX_ACTORS], position=said[0].start, answer=True)


def _from_sentence(source: Source, sentence: Sentence, before: list[str], inside: list[Any],
                   names: NameIndex, speaker: str | None = None, after: str | None = None,
                   after_dates: list[tuple[Any, int, int]] | None = None) -> list[Candidate]:
    """A claim when the sentence attributes a quotation; else one event per clause that holds a date.

    ``inside`` holds the date mentions that start in the sentence, in text order; ``after`` is the paragraph's
    next sentence, which may name the speaker of a quotation left unattributed here, and ``after_dates`` its date
    mentions with their offsets in it.
    """
    words = _words(source.language)
    claim = (find_claim(sentence.text, before, names, source.language)
             or _after_colon(sentence.text, before, names, source.language))
    # "« … » La phrase est de X": the next sentence's words name the speaker, whoever spoke before
    named_after = None if claim else find_named_after(sentence.text, after, names, source.language, words_only=True)
    claim = (claim or named_after
             or _continued(sentence.text, speaker, names, words)
             or _continued(sentence.text, _subject_person(before[-1:], names), names, words))
    if claim is None:
        claim = named_after = find_named_after(sentence.text, after, names, source.language)
    inside = [m for m in inside if not _scope(sentence.text, m.start - sentence.start, m.end - sentence.start, words)]
    if claim is not None and before \
            and role_holder(claim.speaker, source.text[:sentence.start], names) == claim.speaker:
        # "X dénonce … « … », rappelle le conseiller": an office no name was written beside goes on with who spoke
        went_on = office_went_on(claim.speaker, speaker, before[-1], names, source.language)
        claim = replace(claim, speaker=went_on) if went_on else claim
    if claim is not None:
        found = _claim_and_reported(source, sentence, claim, inside, names, words)
        dated = saying_dated_after(after, [(s, e) for _, s, e in after_dates or []], source.language) \
            if named_after is not None and after and found[0].date_basis == "published" else None
        if dated is not None:
            # "« … » Paul Vidal, maire de Lanvic, l'a répété mardi devant le conseil.": the sentence that names the
            # speaker dates the saying too (review 36: the quotation, a sentence of its own, took the publication day).
            mention = (after_dates or [])[dated][0]
            found[0].date, found[0].date_text, found[0].date_basis = _date_of(mention), mention.text, "text"
        reported = find_reported(sentence.text, before, names, source.language, quoted=True) if claim.direct else None
        added = chained_after(sentence.text, claim, names, source.language) if claim.direct else None
        if added is not None:
            # "« … », a-t-elle lancé, avant d'ajouter que les parcs seraient ouverts": the words added without
            # quotation marks are the speaker's claim too (issue 9).
            found.append(_added_words(source, sentence, added, inside, names, words))
        if reported is not None:
            # "Le Bihan affirme que 90 bateaux perdraient … et parle d'« un passage en force »": the reported words
            # before the quotation are a claim of their own (issue 9), a fact apart for merging.
            said = _reported_speech(source, sentence, reported, inside, names, words)[0]
            said.position = sentence.start + reported.quotation.start
            found.append(said)
        main = main_after_aside(sentence.text, reported or claim, before, names, source.language)
        if main is not None:
            # "X, who told the court that the firm was « … », said the group would invest …": the main clause's words
            # are a claim of their own besides the aside's.
            found.append(_added_words(source, sentence, main, inside, names, words))
        return found
    coordinated = split_coordinated(sentence.text, before, names, source.language)
    if coordinated is not None:
        # "X says …, but Y says …": each statement is its speaker's claim, a fact apart for merging (issue 9).
        first, second = coordinated
        found = _reported_speech(source, sentence, first or second, inside, names, words)
        if first is not None:
            found.insert(1, _added_words(source, sentence, second, inside, names, words))
        return found
    reported = find_reported(sentence.text, before, names, source.language)
    if reported is not None:
        main = main_after_aside(sentence.text, reported, before, names, source.language)
        reported, added = split_chained(sentence.text, reported, names, source.language)
        found = _reported_speech(source, sentence, reported, inside, names, words)
        for more in (added, main):
            if more is not None:
                # "…, avant d'ajouter que …", "X, who said in June that …, said on Monday that …": the added or the
                # main clause's words are a claim of their own, a fact apart for merging.
                found.insert(1, _added_words(source, sentence, more, inside, names, words))
        return found
    return _dated_events(source, sentence, inside, names, words)


def _added_words(source: Source, sentence: Sentence, added: Claim, inside: list[Any], names: NameIndex,
                 words: _Words) -> Candidate:
    """The claim of words a speaker adds after another ("avant d'ajouter que …"), with an id and a place of its own."""
    more = _reported_speech(source, sentence, added, inside, names, words)[0]
    more.id = event_id(source.id, f"{sentence.text}\n{added.speaker}\n{added.quotation.text}")
    more.position = sentence.start + added.quotation.start
    return more


def _clause_facts(source: Source, sentence: Sentence, inside: list[Any], candidates: list[Candidate],
                  names: NameIndex) -> list[Candidate]:
    """The facts a dated sentence names in clauses with no date of their own ("Un protocole a été signé mardi,
    au terme d'une réunion de conciliation"): each dated as the sentence's event, marked as support."""
    data = _words(source.language).data
    dated = next(c for c in candidates if c.kind == "event" and c.date_basis == "text")
    found = []
    for match in re.finditer(data.EVENT_CLAUSE, sentence.text):
        group = "fact" if match.group("fact") else "fact2"
        fact = (match.group(group) or "").strip()
        start = match.start(group)
        if any(start <= m.start - sentence.start < match.end(group) for m in inside):
            continue  # "après la grève du 13 mars": a clause with its own date is already its own event
        head = fact.split()[0].casefold() if fact else ""
        if head not in data.FACT_WORDS and head.rstrip("s") not in data.FACT_WORDS:
            continue  # only a fact the lexicon names ("réunion", "meeting", "vote"), not "après une heure"
        date, reach = dated.date, None
        lead = re.match(r"[,\s]*(\S+)", match.group(0))
        span = data.compiled(_retelling_offset).search(sentence.text, 0, match.start() + lead.end(1)) if lead else None
        if span is not None:
            # "reopened on Tuesday, two days before the vote": the vote is a fact of another day than the sentence's;
            # only the counted reach dates it (a day's count its day, a week's or a month's its month when the reach
            # lies in one), else it gets no date and no mention: the retelling counted from (_retold_clauses) tells it.
            reach = _counted_reach(data, sentence.text[:span.start()], span.group(0), dated.date)
            date = _reach_date(reach) if reach is not None else None
            if date is None:
                continue
        # Its own quote (the clause, as written), so each mention of the sentence stays one line of `sources:`.
        quote = _clean(match.group(0).lstrip(", "))
        found.append(Candidate(
            id=event_id(source.id, f"{sentence.text}\n{fact}"), source=source.id, title=_clean(fact)[:1].upper()
            + _clean(fact)[1:], date=date, kind="event", quote=quote, date_basis="text", date_text=dated.date_text,
            actors=[m.name for m in names.mentions(fact)][:_MAX_ACTORS], position=sentence.start + start,
            support=True, reach=reach))
    return found


def _subordinate_facts(source: Source, sentence: Sentence, inside: list[Any], candidates: list[Candidate],
                       names: NameIndex) -> list[Candidate]:
    """The facts a dated clause's clause of time tells with a date of its own after the clause's date ("grounded its
    fleet on Sunday after its lessor repossessed two planes on Friday"), as support quoting that clause: one event per
    clause gave the repossession no mention (issue 10)."""
    words = _words(source.language)
    masked = _without_quotations(sentence.text)
    taken = {c.date_text for c in candidates}
    starts = [m.start - sentence.start for m in inside]
    found = []
    for mention in inside:
        start, end = mention.start - sentence.start, mention.end - sentence.start
        if mention.text in taken or _date_of(mention) is None:
            continue
        clause = _clause_start(sentence.text, start, words)
        opened = list(words.dated_subordinate.finditer(masked, clause, start))
        if not opened:
            continue
        opening = opened[-1]
        # The clause's own date before the word that opens the clause of time, none between it and this date.
        if not any(clause <= at < opening.start() for at in starts) or any(opening.end() <= at < start for at in starts) \
                or words.relative_inside.search(masked, opening.end(), start) \
                or _subordinate_title(sentence.text, (start, end), words, source.language, False) is None:
            continue
        clause_text = sentence.text[opening.end():_relative_end(sentence.text, end)]
        if words.negation.search(clause_text) or words.conditional.search(clause_text):
            continue  # "after the landlord did not renew the lease in April": no fact told
        taken.add(mention.text)
        event = _candidate(source, sentence, mention, names, None, first=False)
        # Its own clause as its quote: the sentence's words would tell merging the main clause's fact.
        event.quote = _clean(clause_text)
        event.support = True
        found.append(event)
    return found


def _reach_date(reach: tuple[dt.date, dt.date]) -> TimelineDate | None:
    """The date a counted reach tells: its day when it is one, its month when it lies in one, else None."""
    first, last = reach
    if first == last:
        return TimelineDate(PartialDate.from_day(first))
    if (first.year, first.month) == (last.year, last.month):
        return TimelineDate(PartialDate.parse(f"{first.year}-{first.month:02d}"))
    return None


def _phrase_facts(source: Source, sentence: Sentence, inside: list[Any], candidates: list[Candidate],
                  names: NameIndex) -> list[Candidate]:
    """The facts a dated clause names with a date of their own in a noun phrase ("a suspendu jeudi l'arrêté
    préfectoral du 21 avril"), as support quoting that phrase: the clause's date is the suspension's (issue 10)."""
    words = _words(source.language)
    taken = {c.date_text for c in candidates}
    found = []
    for mention in inside:
        start, end = mention.start - sentence.start, mention.end - sentence.start
        phrase = None if mention.text in taken else _fact_phrase(sentence.text, start, end, words)
        if phrase is None or _date_of(mention) is None:
            continue
        taken.add(mention.text)
        text = sentence.text[phrase[0]:phrase[1]]
        tie = words.date_of_fact_before.search(text, 0, start - phrase[0])  # "du" goes with "21 avril"
        title = _clean(event_title(text, (tie.start() if tie else start - phrase[0], end - phrase[0]), source.language))
        found.append(Candidate(
            id=event_id(source.id, f"{sentence.text}\n{text}"), source=source.id, title=title[:1].upper() + title[1:],
            date=_date_of(mention), kind="event", quote=_clean(text), date_basis="text", date_text=mention.text,
            actors=[m.name for m in names.mentions(text)][:_MAX_ACTORS], position=sentence.start + phrase[0],
            support=True))
    return found


def _dated_beside_claim(source: Source, sentence: Sentence, inside: list[Any], candidates: list[Candidate],
                        names: NameIndex, listed: bool = False) -> list[Candidate]:
    """The facts a quoting sentence dates outside its quotations in words no candidate took ("Le musée rouvrira
    mardi 28 avril, a annoncé sa directrice, qui s'est dite « soulagée »"), as support: merging keeps each only
    beside another source's telling of it (issue 10: the reopening was no mention at all), so one article alone
    gives what it gave before.

    With ``listed``, only the dates of a list ("les 5, 12 et 19 mars", "on June 9 and June 13", "mardi 9 juin
    puis samedi 13 juin"): each tells the fact again on another day (issue 10, a sentence telling two facts gave
    one mention)."""
    words = _words(source.language)
    taken = {c.date_text for c in candidates if not c.occasion}
    quoted = [(q.start, q.end) for q in quotations(sentence.text)]
    joiner = words.data.compiled(_list_joiner)
    found = []
    for k, mention in enumerate(inside):
        start, end = mention.start - sentence.start, mention.end - sentence.start
        if (mention.text in taken or _date_of(mention) is None or any(a <= start < b for a, b in quoted)
                or _scope(sentence.text, start, end, words)):
            continue
        if listed and (k == 0 or not joiner.fullmatch(sentence.text[inside[k - 1].end - sentence.start:start])):
            continue
        taken.add(mention.text)
        event = _candidate(source, sentence, mention, names, None, first=False)
        event.support = True
        found.append(event)
    return found


def _list_joiner(data: LanguageData) -> re.Pattern[str]:
    """What stands between two dates of a list: a comma or "et", "and", "puis", "then" (`DATE_LIST_JOINERS`)."""
    return re.compile(rf"\s*(?:,\s*|,?\s+(?:{data.DATE_LIST_JOINERS})\s+)(?:\w{{1,3}}\s+)?", re.IGNORECASE)


def _dated_events(source: Source, sentence: Sentence, inside: list[Any], names: NameIndex,
                  words: _Words) -> list[Candidate]:
    """One event per clause of the sentence that holds a date."""
    found: list[Candidate] = []
    clauses: set[int] = set()
    dates: set[str] = set()
    kept: list[tuple[Candidate, int, int, tuple[int, int]]] = []
    later: dict[int, int] = {}  # a coordinated predicate's start: where its date starts
    for mention in inside:
        date = _date_of(mention)
        if date is not None and date.iso() in dates:
            continue  # one fact told twice: "mardi prochain, le 9 avril"
        dates.add(date.iso() if date is not None else "")
        # "has flown from Carrow since the 1980s": what began then is an event dated by its start (issue 9).
        start, end = mention.start - sentence.start, mention.end - sentence.start
        clause = _clause_start(sentence.text, start, words)
        phrase = _fact_phrase(sentence.text, start, end, words)
        if phrase is not None and any(_clause_start(sentence.text, m.start - sentence.start, words) == clause
                                      and _fact_phrase(sentence.text, m.start - sentence.start, m.end - sentence.start,
                                                       words) is None for m in inside):
            continue  # "a suspendu jeudi l'arrêté du 21 avril": the clause's own date dates it; the phrase is support
        predicate = _coordinated_start(sentence.text, clause, start, words)
        if predicate in clauses:
            continue  # one event per clause: "du 3 au 5 mai" or "mardi 3 mai à 9 h" tell one thing
        clauses.add(predicate)
        if predicate != clause:
            later[predicate] = start
        event = _candidate(source, sentence, mention, names, None, first=not found)
        found.append(event)
        kept.append((event, clause, predicate, (start, end)))
    for event, clause, predicate, local in kept:
        # "arrested a man on Friday and charged him on Sunday": a predicate's title stops before the next one dated on
        # its own; not when that date is an infinitive's ("met on Wednesday and voted to hold a protest on Saturday":
        # the vote was Wednesday's too).
        cut = min((_coordinated_join(sentence.text, p) for p, dated in later.items() if predicate < p
                   and local[1] <= p and not words.infinitive.search(sentence.text, p, dated)), default=None)
        if predicate != clause:
            # "Tom Hale, the mayor, approved … and rejected …": a clause opening on its verb is the sentence's first
            opening = clause == 0 or words.verb_forms.match(_without_quotations(sentence.text)[clause:]) is not None
            event.title = _predicate_title(sentence.text[:cut], predicate, local, words, source.language,
                                           opening) or event.title
        elif cut is not None:
            event.title = _clause_title(sentence.text[:cut], local, words, source.language, event is found[0])
    return found


def _coordinated_join(sentence: str, predicate: int) -> int:
    """Where the "and", « et » opening the coordinated predicate at ``predicate`` starts."""
    return len(re.sub(r"\s*\S+\s*$", "", sentence[:predicate]))


def _predicate_title(sentence: str, predicate: int, local: tuple[int, int], words: _Words, language: str,
                     first_clause: bool) -> str | None:
    """The title of a coordinated predicate (`_coordinated_start`): its own clause's subject and that predicate ("The
    council rejected a call for a referendum"; "Pellow says the shop has paid its rent and was offered a new lease in
    the autumn" -> "The shop was offered a new lease", not Pellow), a bare participle told with the auxiliary it
    shares (« a appelé au calme et annoncé une veillée jeudi » -> « … a annoncé une veillée »), else None: a shared
    "be" (``BE_AUXILIARIES``: "was arrested and charged", "was elected and served", a passive or not) or no subject:
    the sentence's own is taken in its first clause when the clause's is not found."""
    told_with = _predicate_subject(sentence, predicate, words)
    if told_with is None:
        return None
    subject, shared = told_with
    if not subject and first_clause:
        subject = _subject_of(sentence, words)  # "The grower, Gilles Rouquairol, and the manager were held and …"
    if not subject:
        return None
    told = event_title(sentence[predicate:], (local[0] - predicate, local[1] - predicate), language)
    if not told:
        return None
    subject = _name_of(sentence, subject, words)
    return _trim(_shorten(f"{subject[:1].upper()}{subject[1:]} {shared}{told[:1].lower()}{told[1:]}", words), words)


_NEXT_WORD = re.compile(r"\s+([^\s,;:.]+)")  # the word after a verb form: an adverb, a participle


def _predicate_subject(sentence: str, predicate: int, words: _Words) -> tuple[str, str] | None:
    """The subject of the clause whose second predicate opens at ``predicate`` (the words before its first verb, after
    the word that opens the clause, a comma or an earlier verb: "said that [it] had revoked", "says [the shop] has
    paid") and the auxiliary that predicate shares; an empty subject when it is not found, None when the auxiliary is
    "be"'s."""
    masked = _without_quotations(sentence)
    before = list(words.verb_forms.finditer(masked, 0, predicate))
    following = masked[predicate:].split()[:1]
    if not before or not following:
        return "", ""
    group = [before[-1]]  # the first predicate's verb: its last verb forms, a word apart at most ("had already paid")
    for form in reversed(before[:-1]):
        gap = masked[form.end():group[0].start()]
        if len(gap.split()) > 1 or re.search(r"[,;:]", gap):
            break
        group.insert(0, form)
    earlier = before[:len(before) - len(group)]
    bounds = [m.end() for m in words.predicate_subject_after.finditer(masked, 0, group[0].start())]
    bounds += [m.end() for m in re.finditer(r"[,;:](?!\d)\s*", masked[:group[0].start()])]
    bounds += [earlier[-1].end()] if earlier else []
    start = max(bounds, default=0)
    subject = sentence[start:_told_verb_start(masked, start, group[0], words)].strip()
    if not subject or len(subject.split()) > _SPEAKER_WORDS_AT_MOST or words.list_joiner.match(f" {subject}") \
            or words.clause_cut_word.fullmatch(_bare(subject.split()[0])):
        subject = ""  # "…, and the agency's manager were held", "…, whose film was shown,": no subject of its own
    # the first predicate's participle, when the verb forms do not hold it (« a [appelé] »)
    lexical = group[-1].start()
    at = group[-1].end()
    adverb = _NEXT_WORD.match(masked[at:])  # « avait déjà fermé »: the adverb is no participle
    at += adverb.end() if adverb and adverb.group(1).casefold() in words.data.SUBJECT_ADVERBS else 0
    # « a été [notifié] »: the last of the participles in a row is the lexical one, "été" is the auxiliary's
    # « a présenté mardi »: a weekday is shaped as a participle (« mardi », « samedi ») and is none
    while (participle := _NEXT_WORD.match(masked[at:])) and words.past_participle.fullmatch(participle.group(1)) \
            and participle.group(1).casefold() not in words.data.WEEKDAYS:
        lexical, at = at + participle.start(1), at + participle.end(1)
    verb = _bare(following[0])
    if lexical > group[0].start() and words.past_participle.fullmatch(verb) \
            and not words.shared_auxiliary.fullmatch(verb) and not words.be_auxiliary.fullmatch(verb):
        if words.be_auxiliary.fullmatch(group[0].group(0)):
            return None  # "was arrested and charged", "was elected and served": a passive or not, unknown
        if words.shared_auxiliary.fullmatch(group[0].group(0)):
            return subject, sentence[group[0].start():lexical].strip() + " "
    return subject, ""


def _coordinated_start(sentence: str, clause: int, start: int, words: _Words) -> int:
    """Where the predicate holding ``start`` opens when "and", « et » joins it to the clause's first one with a verb
    of its own ("approved the lease on January 16 and rejected a referendum in February", « a été notifié le 19
    octobre et suspendu deux jours plus tard »): each predicate tells its own fact, of its own date (issue 10: the
    second was no mention). Else ``clause``."""
    masked = _without_quotations(sentence)
    found = clause
    for join in words.clause_break.finditer(masked, clause, start):
        if not join.group(0)[:1].isalpha():
            continue  # punctuation: _clause_start has read it
        following = masked[join.end():start].split()
        # « a fermé l'atelier au printemps, et annoncé en novembre un plan »: a join opening the clause after a comma
        # shares the auxiliary of the clause before it
        shared_from = 0 if not masked[clause:join.start()].strip() else clause
        if following and (words.verb_forms.fullmatch(_bare(following[0])) or words.past_participle.fullmatch(
                _bare(following[0])) and words.auxiliary_participle.search(masked, shared_from, join.start())):
            found = join.end()  # « a été notifié le 19 octobre et suspendu » shares the auxiliary
    return found


def _fact_phrase(sentence: str, start: int, end: int, words: _Words) -> tuple[int, int] | None:
    """The noun phrase naming a fact that the date words at ``start:end`` sit in ("l'arrêté préfectoral du 21 avril",
    "the May 13 council vote", "Tuesday's launch"), with a relative clause that follows it unset off; else None."""
    tie = words.date_of_fact.match(sentence, start, end)
    before = words.fact_before_date.search(sentence[:tie.end() if tie else start])
    if before is not None:
        phrase = (before.start(), end)
    elif words.fact_after_date is not None and words.date_before_fact is not None:
        after = words.fact_after_date.match(sentence, end)
        possessive = after is not None and sentence[end:end + 2] in ("'s", "’s")
        if after is None or not (possessive or words.date_before_fact.search(sentence[:start])):
            return None
        phrase = (start, after.end())
    else:
        return None
    if words.relative.match(sentence, phrase[1]):  # "the May 13 council vote that fixed the line's route"
        phrase = (phrase[0], _relative_end(sentence, phrase[1]))
    if not words.verb.search(sentence[:phrase[0]]) and not re.match(r"\s*,", sentence[phrase[1]:]):
        return None  # the main clause's subject: it tells of that fact ("Last week's strike had kept six buses in …")
    return phrase


# What ends a relative clause: punctuation, a quotation mark or a dash (not a decimal point or comma: "1,5 million").
_RELATIVE_END = re.compile(r"[;:!?()\[\]—–«»\"“”]|[,.](?!\d)|\s-\s")


def _relative_end(sentence: str, start: int) -> int:
    """Where a relative clause going on at ``start`` ends: at the first mark of ``_RELATIVE_END``, else at the end."""
    close = _RELATIVE_END.search(sentence, start)
    return close.start() if close else len(sentence)


def _claim_and_reported(source: Source, sentence: Sentence, claim: Claim, inside: list[Any], names: NameIndex,
                        words: _Words) -> list[Candidate]:
    """The claim, then one event per dated clause of its quotations: what the speaker reports (issue 9).

    The claim is dated by the words tied to its verb ("told a jury yesterday"), or by a date heading the
    sentence ("Three years ago, the chairman told shareholders: …"); a date inside a quotation dates what
    the speaker reports, an event of its own whose ``claim`` names the claim's id.
    """
    text = sentence.text
    quoted = [(q.start, q.end) for q in quotations(text)]

    def in_quotation(mention: Any) -> tuple[int, int] | None:
        local = mention.start - sentence.start
        return next((q for q in quoted if q[0] <= local < q[1]), None)

    outside = [m for m in inside if in_quotation(m) is None]
    spoken = [m for m in outside if _same_clause(text, claim, m.start - sentence.start, m.end - sentence.start)]
    # The date nearest the verb is the statement's ("reported a loss for the second quarter and warned in August").
    spoken.sort(key=lambda m: max(claim.verb_start - (m.end - sentence.start), (m.start - sentence.start) - claim.verb_end))
    spoken = spoken or [m for m in outside if _heads_statement(text, claim, m.start - sentence.start,
                                                               m.end - sentence.start)]
    # the act's date dates the words, and the act stays a fact of its own as an occasion does (`_dated_beside_claim`)
    acts = [] if spoken else _act_dates(source, sentence, claim, outside, words)
    spoken = spoken or acts
    spoken = spoken or [m for m in outside if _closes_statement(text, claim, m.start - sentence.start,
                                                                m.end - sentence.start, words)]
    occasion = [m for m in outside if _occasion_heads(text, claim, m.start - sentence.start, m.end - sentence.start,
                                                      words)] if not spoken else []
    spoken = spoken or occasion
    said = _candidate(source, sentence, spoken[0] if spoken else None, names, claim)
    said.occasion = bool(occasion or acts)
    if claim.direct and _says_when_only(claim.quotation, [m for m in inside if in_quotation(m)], words):
        # "X a annoncé qu'il déposerait un recours « avant la fin de l'été »": "X déclare : « avant la fin de l'été »"
        # told only when; the clause that carries the quotation says what, cut when too long (issue 9, item 3).
        spoke = replace(claim, speaker=said.speaker or claim.speaker)
        carried = _carried_title(spoke, words, text, cut=True)
        said.title = _with_written_speaker(carried, spoke, text, words) if carried else said.title
    found = [said]
    for other in quotations(text):
        # '"…," she said, "…"', « … », a-t-il dit, « … »: each quotation of the sentence is a claim of the same
        # speaker (issue 9: only the first was one). The claim's date is the other's too when written after the
        # first quotation opens, or heading the sentence; "X, qui refusait la semaine dernière de « … », salue
        # « … »": last week dates the refusal only.
        if other.start != claim.quotation.start and claim.direct:
            shared = spoken and (spoken[0].start - sentence.start > claim.quotation.start
                                 or _heads_statement(text, claim, spoken[0].start - sentence.start,
                                                     spoken[0].end - sentence.start))
            more = _candidate(source, sentence, spoken[0] if shared else None, names, replace(claim, quotation=other))
            more.id = event_id(source.id, f"{text}\n{other.text}")
            more.position = sentence.start + other.start  # a fact of its own: merging never joins it to the first
            found.append(more)
    done = {said.date.iso()}
    for mention in outside:
        # "The engine maker reported a loss for the second quarter and warned that …": the first verb's clause,
        # dated, is an event of its own (issue 9).
        head = _coordinated_head(text, claim, mention.start - sentence.start, mention.end - sentence.start, words)
        date = _date_of(mention)
        if mention is not (spoken or [None])[0] and head is not None and date is not None and date.iso() not in done:
            done.add(date.iso())
            local = (mention.start - sentence.start, mention.end - sentence.start)
            event = _candidate(source, sentence, mention, names, None, first=False)
            verb = words.verb.search(head)
            subject = head[: verb.start()] if verb else ""
            if (words.determiner.match(subject) and len(subject.split()) <= 4
                    and not names.mentions(subject) and names.is_name(claim.speaker)):
                # "The engine maker reported …", when the engine maker speaks as Halvorsen: Halvorsen reported.
                head, local = claim.speaker + " " + head[verb.start():], (local[0] - verb.start() + len(claim.speaker) + 1,
                                                                        local[1] - verb.start() + len(claim.speaker) + 1)
                event.actors = list(dict.fromkeys([claim.speaker, *event.actors]))[:_MAX_ACTORS]
            event.title = event_title(head, local, source.language)
            found.append(event)
    clauses: set[tuple[int, int]] = set()
    for mention in inside:
        quotation = in_quotation(mention)
        if quotation is None:
            continue  # another clause of the sentence ("…, qui avait voté contre l'an dernier"): not the claim's
        inner = text[quotation[0]:quotation[1]]
        clause = (quotation[0], _clause_start(inner, mention.start - sentence.start - quotation[0], words))
        if clause in clauses:
            continue
        clauses.add(clause)
        found.append(_reported(source, sentence, mention, quotation, names, claim, said.id, said.speaker,
                               {c.title for c in found if c.kind == "claim"}))
    return found


def _reported_speech(source: Source, sentence: Sentence, claim: Claim, inside: list[Any], names: NameIndex,
                     words: _Words) -> list[Candidate]:
    """A claim for words reported without quotation marks, then the sentence's events (issue 9).

    The events stay what they were without the claim; one dated inside the reported words is what the
    speaker reports, and names the claim. The claim is dated by the words tied to its verb, as a quoted one.
    """
    text = sentence.text
    reported = (claim.quotation.start, claim.quotation.end)
    outside = [m for m in inside if not reported[0] <= m.start - sentence.start < reported[1]]
    spoken = [m for m in outside if _same_clause(text, claim, m.start - sentence.start, m.end - sentence.start)]
    spoken = spoken or [m for m in outside if _heads_statement(text, claim, m.start - sentence.start,
                                                               m.end - sentence.start)]
    acts = [] if spoken else _act_dates(source, sentence, claim, outside, words)
    spoken = spoken or acts
    occasion = [m for m in outside if _occasion_heads(text, claim, m.start - sentence.start, m.end - sentence.start,
                                                      words)] if not spoken else []
    spoken = spoken or occasion
    said = _candidate(source, sentence, spoken[0] if spoken else None, names, claim)
    said.occasion = bool(occasion or acts)
    said.id = event_id(source.id, f"{text}\n{claim.speaker}")  # the sentence's own id is its first event's
    events = _dated_events(source, sentence, inside, names, words)
    for event in events:
        mention = next((m for m in inside if m.text == event.date_text), None)
        if mention is not None and reported[0] <= mention.start - sentence.start < reported[1]:
            event.claim = said.id
        elif spoken and mention is spoken[0] and _attribution_alone(event.title, claim, words) \
                and not words.circumstance.search(text, claim.verb_end, mention.start - sentence.start):
            # The date is the attribution's ("…, the agency announced late on Wednesday") and its clause was all the
            # title kept ("The agency announced"): the fact of that clause is the statement, told as the claim tells
            # it, without the date words the claim keeps beside its verb. Not a date of the occasion after the speaker
            # ("…, a reconnu la Ville lors de la réunion du 22 septembre"): the meeting is a fact of its own.
            at = said.title.find(mention.text)
            event.title = said.title if at < 0 else event_title(said.title, (at, at + len(mention.text)),
                                                                 source.language)
    return [said, *events]


def _attribution_alone(title: str, claim: Claim, words: _Words) -> bool:
    """Whether a title tells only who said something with a verb, not what: none of the reported words' first words, and after
    the speaker and the verb nothing, or a phrase opening on a present participle ("The company said, blaming weak
    demand"), which tells why or how it was said, no fact of its own."""
    opening = " ".join(claim.quotation.text.split()[:3]).casefold()
    # "According to figures published on Tuesday by the agency": the publication is the clause's fact, the title says it.
    if not claim.verb or not opening or opening in title.casefold():
        return False
    head, _, tail = title.rstrip("…").partition(", ")
    first = _bare(tail.split()[0]) if tail.split() else ""
    return len(head.split()) <= _MAX_ATTRIBUTION_WORDS and (not first or first.endswith(_PARTICIPLE_ENDINGS))


_MAX_ATTRIBUTION_WORDS = 10  # a speaker and a verb: "The US Trade Representative’s office announced" is six


def _coordinated_head(sentence: str, claim: Claim, start: int, end: int, words: _Words) -> str | None:
    """The sentence up to "and"/"et" when a date sits in a clause joined to the reporting verb by it, else None.

    "The engine maker reported a loss for the second quarter and warned that …" -> "The engine maker reported a
    loss for the second quarter".
    """
    if end > claim.verb_start or re.search(r"[,;:«»\"“”]", sentence[end:claim.verb_start]):
        return None
    joined = list(words.joiner.finditer(sentence[end:claim.verb_start]))
    if len(joined) != 1 or sentence[:start].strip() == "" or not words.verb.search(sentence[:start]):
        return None  # no "and" before the verb, or no verb of its own before the date
    return sentence[: end + joined[0].start()]


def _continued(sentence: str, speaker: str | None, names: NameIndex, words: _Words) -> Claim | None:
    """A sentence that is only a quotation, right after a claim: the same speaker goes on (issue 9).

    '"We built for a boom," said Tom Reilly. "Since the 2010s, …"': the second quotation is his too; so in a
    sentence whose words outside the quotation have no subject of their own, no name and no finite verb ("Et
    d'ajouter : « … »", "Then, quietly: "…"").
    """
    if speaker is None:
        return None
    quotes = quotations(sentence)
    outside = _without_quotations(sentence)
    if not quotes or len(outside.split()) > 5 or len(outside.split()) > 2 and (
            names.mentions(outside) or words.verb_forms.search(outside)) or _names_a_party(outside, words):
        return None
    return Claim(quotes[0], speaker, quotes[0].end, quotes[0].end)


def _after_colon(sentence: str, before: list[str], names: NameIndex, language: str) -> Claim | None:
    """A quotation that opens a sentence right after an attribution ending on a colon, mostly a paragraph's last
    ("He said:", « a déclaré la maire : »), then the quotation as the next paragraph: that attribution's speaker,
    read as if the colon and the words were one sentence (issue 9: such quotations had no speaker)."""
    opening = sentence.lstrip(" *_")
    if not before or not before[-1].rstrip().endswith(":") or not opening.startswith(("«", "“", '"')):
        return None
    quotes = quotations(sentence)
    if not quotes:
        return None
    lead = before[-1].rstrip() + " "
    claim = find_claim(lead + sentence, before[:-1], names, language)
    if claim is None or claim.quotation.start != len(lead) + quotes[0].start:
        return None  # the colon introduced other words, or no speaker
    return Claim(quotes[0], claim.speaker, quotes[0].end, quotes[0].end)


def _names_a_party(outside: str, words: _Words) -> bool:
    """Whether the words around a quotation name someone else, who then speaks: a determiner and its noun or a role
    ("Réponse immédiate du préfet : « … »", 'The reply from the council: "…"'); connectives, adverbs and an
    infinitive of saying ("Et d'ajouter :", "Then, quietly:") name no one."""
    if words.party_determiner.search(outside):
        return True
    return any(w.casefold() in words.data.TITLES for w in re.findall(r"[^\W\d_][\w-]*", outside))


def _subject_person(before: list[str], names: NameIndex) -> str | None:
    """The person the sentence before opens with, who goes on speaking in a quotation alone (issue 9).

    "Marc Durieux, président du club, ne décolère pas. « C'est une catastrophe. »": the words are his.
    """
    if not before:
        return None
    found = names.mentions(before[-1])
    if found and found[0].person and not before[-1][: found[0].start].strip(" *_«“\"") and not quotations(before[-1]):
        return found[0].name
    return None


def _heads_statement(sentence: str, claim: Claim, start: int, end: int) -> bool:
    """Whether a date opens the sentence and the reporting verb follows it in the same statement.

    "Three years ago, the chairman told shareholders: « … »": the date tells when it was said.
    """
    masked = _without_quotations(sentence)
    # One short word may open the date ("Le 13 mai, …", "On May 13, …"): the tagger's mention starts after it.
    if not re.fullmatch(r"[\s*_\-–—]*(?:[^\W\d]{1,4}\s+)?", masked[:start]) or end > claim.verb_start:
        return False
    between = masked[end:claim.verb_start]
    return not re.search(r"[;:«»\"“”]", between) and len(between.split()) <= 12


def _closes_statement(sentence: str, claim: Claim, start: int, end: int, words: _Words) -> bool:
    """Whether a date ends the sentence after the reporting verb and the speaker's apposition.

    "« … », avait plaidé son avocate, Me Élodie Karsenty, lors de l'audience du 5 mai", "'…,' said Jane Roe, the
    group's director, at a hearing on Tuesday": the occasion closing the attribution tells when it was said
    (issue 10: such claims were dated by publication and missed the same words quoted elsewhere). A relative
    clause between them ("…, qui avait voté contre le 5 mai") dates something else.
    """
    masked = _without_quotations(sentence)
    if not claim.direct or start < claim.verb_end or masked[end:].strip(" .!?»”\"*_)"):
        return False
    between = masked[claim.verb_end:start]
    return (not re.search(r"[;:«»\"“”()—–]", between) and between.count(",") <= 2 and len(between.split()) <= 12
            and not words.clause_word_inside.search(between))


_OCCASION_WORDS_AT_MOST = 14  # "Lors de la réunion publique organisée hier soir à la salle des fêtes"


def _occasion_heads(sentence: str, claim: Claim, start: int, end: int, words: _Words) -> bool:
    """Whether a date sits in a phrase heading the sentence, set off by a comma before the speaker and the verb, that
    names the occasion the words were said at ("Lors de la réunion publique d'hier soir, le maire a lancé : « … »",
    "Speaking at a hearing on Tuesday, the senator said …", "Au micro de France Bleu mardi, elle a affirmé …").

    Issue 10: such quotations took their article's day, the commonest wrong date of merged claims. A phrase with a
    verb or a clause word of its own tells another fact, and one opening on "after", "since", « après », « depuis »
    (``OCCASION_NOT_LEADS``) places the saying off its date."""
    masked = _without_quotations(sentence)
    comma = masked.find(",", end)
    if comma < 0 or comma >= claim.verb_start:
        return False
    heading, between = masked[:comma], masked[comma + 1:claim.verb_start]
    return (not re.search(r"[;:«»\"“”()—–,]", heading) and len(heading.split()) <= _OCCASION_WORDS_AT_MOST
            and not words.occasion_not_leads.search(heading) and not words.finite_verb.search(heading)
            and not words.clause_word_inside.search(heading) and not words.subordinate.search(heading)
            and not re.search(r"[;:«»\"“”()—–]", between) and between.count(",") <= 2 and len(between.split()) <= 12)


def _scope(sentence: str, start: int, end: int, words: _Words) -> bool:
    """Whether a date bounds what a sentence says rather than dating an event (issue 9).

    "tickets valid through June", "produits vendus depuis le 15 janvier", "jusqu'à fin mars pour les
    abonnés": the date is the limit of a validity, a sale or an offer.
    """
    before = sentence[max(0, start - 60):start]
    if words.scope_before.search(before):
        return True
    return bool(words.until_before.search(before)) and bool(words.audience_after.match(sentence, end))


def _says_when_only(quotation: Any, mentions: list[Any], words: _Words) -> bool:
    """Whether a quotation says when and nothing more: no verb, and its dates' words at least half of its words
    (« dès lundi », « avant la fin de l'été », “before the end of the year”)."""
    said = quotation.text
    dated = sum(len(m.text.split()) for m in mentions if m.text in said)
    return not words.verb_forms.search(said) and 0 < len(said.split()) <= 2 * dated


def _reported(source: Source, sentence: Sentence, mention: Any, quotation: tuple[int, int], names: NameIndex,
              claim: Claim, claim_id: str, speaker: str | None = None,
              claim_titles: frozenset[str] | set[str] = frozenset()) -> Candidate:
    """The event a quotation reports, dated by the words inside it, titled from the quotation's dated clause; a clause
    in the speaker's own voice is titled in the speaker's words, with ``speaker`` (``_in_own_words``), unless that is
    a title of the sentence's claims (``claim_titles``): one fact, one saying, two titles."""
    words = _words(source.language)
    date = _date_of(mention)
    assert date is not None
    inner = sentence.text[quotation[0]:quotation[1]].strip("«»“”\"‘’ ")
    offset = sentence.text.index(inner, quotation[0]) if inner else quotation[0]
    local = (mention.start - sentence.start - offset, mention.end - sentence.start - offset)
    # the attribution written inside the quotation marks (« …, raconte X. … »), where it starts in ``inner``
    incise = claim.verb_start - offset if quotation[0] < claim.verb_start < quotation[1] else None
    clause_start = _clause_start(inner, local[0], words)
    clause, offset, _ = _with_antecedent(inner, clause_start, words)
    title = event_title(clause, (local[0] - offset, local[1] - offset), source.language)
    if not _has_verb(title, words):
        title = event_title(inner, local, source.language)
    if not words.verb_forms.search(title):  # "au plus tard en juillet": the words carrying the quotation say it
        carried = _carried_title(claim, words, sentence.text)
        title = _with_written_speaker(carried, claim, sentence.text, words) if carried else event_title(
            sentence.text, (mention.start - sentence.start, mention.end - sentence.start), source.language)
    elif speaker and _in_own_voice(title.replace("’", "'"), words):
        own = _in_own_words(inner, local, incise, speaker, claim, sentence.text, words)
        title = title if own in claim_titles else own
    elif inner[:1].islower() and _opens_predicate(inner, words, known=False) \
            and _opens_predicate(title[:1].lower() + title[1:], words, known=False):
        # « la commune « a versé 300 000 euros depuis 2019 » » was « A versé 300 000 euros »: the quotation is the
        # predicate of a subject written before its mark (issue 9, item 3: a title with its subject and its verb).
        subject = _subject_before_quotation(_without_quotations(sentence.text)[:quotation[0]], words)
        title = _subject_told(subject, title, words) if subject else title
    # « On comprend la colère des parents. Mais l'école fermera en juin » was "Mais l'école fermera": the word
    # answers a sentence the title leaves out, as the claim's title (_told_sentence) drops it.
    title = _after_turn(title, words) or title
    actors = [m.name for m in names.mentions(_clean(_blank(inner, local)))]
    return Candidate(
        id=event_id(source.id, f"{sentence.text}\n{mention.text}"), source=source.id, title=title, date=date,
        kind="event", quote=_clean(sentence.text), date_basis="text", date_text=mention.text, claim=claim_id,
        actors=list(dict.fromkeys([claim.speaker, *actors] if names.is_name(claim.speaker) else actors))[:_MAX_ACTORS],
        position=sentence.start,
    )


def _in_own_voice(title: str, words: _Words) -> bool:
    """Whether a title speaks in the first person (``FIRST_PERSON``, ``SPEAKER_VOICE``). A one-letter capital after a
    capitalised word that does not open the title is a name's numeral, no pronoun: "World War I veterans were
    honoured", "King Charles I" (an opening word is capitalised anyway: "Then I closed the shop")."""
    for voice in words.own_voice.finditer(title):
        before = re.search(r"(?<![\w'’-])[A-Z][\w'’-]*\s+$", title[:voice.start()])
        numeral = len(voice.group()) == 1 and voice.group().isupper() and before is not None \
            and bool(title[:before.start()].strip(" «»“”\"‘'’"))
        if not numeral:
            return True
    return False


def _in_own_words(inner: str, span: tuple[int, int], incise: int | None, speaker: str, claim: Claim, sentence: str,
                  words: _Words) -> str:
    """The title of an event a speaker tells in their own voice: the speaker, then the quotation's sentence that holds
    the date (at ``span`` in ``inner``), as said but for its date words. Out of the quotation, "Nous l'avions signalé"
    named nobody (issue 9, item 3); with its date, it was the claim's title word for word, two cards of one title on
    the timeline ("Ada Brook: “I closed the shop in March”"): the event is the fact, "Ada Brook: “I closed the
    shop”", the claim the saying (session 39 review)."""
    told = next((m for m in re.finditer(r"[^.!?…]+(?:[.!?…]+|$)", inner) if m.start() <= span[0] < m.end()), None)
    said, begin = (told.group(), told.start()) if told else (inner, 0)
    cut = incise - begin if incise is not None else -1
    said, removed = _said_without_date(said, (span[0] - begin, span[1] - begin), words)
    if removed is not None and cut >= removed[1]:
        cut -= removed[1] - removed[0]
    if 0 < cut < len(said):  # « On l'a appris par un SMS mardi, raconte son président, X. »: the incise is not said
        said = said[:cut].rstrip(" ,") + _after_incise(said[cut:], words)
    said = said.strip().rstrip(".,;: ")
    said = said[:1].upper() + said[1:]
    empty = len(words.data.CLAIM_TITLE.format(speaker=speaker, quote=""))
    title = words.data.CLAIM_TITLE.format(speaker=speaker, quote=_shorten(said, words, _MAX_TITLE_CHARS - empty))
    return _with_written_speaker(title, replace(claim, speaker=speaker), sentence, words)


def _said_without_date(said: str, span: tuple[int, int], words: _Words) -> tuple[str, tuple[int, int] | None]:
    """A quoted sentence with the date at ``span`` taken out with its lead and tail, as ``event_title`` takes it out
    ("I closed the shop in March" -> "I closed the shop", « En mars, on a fermé » -> « On a fermé »), and the span
    removed; the sentence as said when the date belongs to a word or to its verb ("Thursday-night racing", « remonte à
    l'été 2009 »)."""
    cut = _date_words(said, span, words)
    if cut is None:
        return said, None
    start, end = cut
    # "talked about [the summer of 1976] as if", "on the phone all [Friday]", « On a joué tout [l'hiver] »: the words
    # the date completed go with it, and the function words that led them ("for most [of the 2030s]").
    bound = words.data.TITLE_DATE_BOUND | words.function_words
    while (left := re.search(r"(?<![\w'’-])([^\W\d_]+)\s*$", said[:start])) \
            and (left.group(1).islower() and (left.group(1) in bound or words.dangling.fullmatch(left.group(1)))
                 or not said[:left.start()].strip() and left.group(1).casefold() in words.data.TITLE_DATE_BOUND):
        start = left.start()  # "Over [Christmas] we had": an opening word too, not "Our [2069] sales"
    text = said[:start].rstrip() + " " + said[end:].lstrip()
    text = _without_date_commas(text, words)
    text = re.sub(r"^(?:[\s,;:])+", "", text)
    text = re.sub(r"\s+(?=[,.](?:\s|$))", "", text)
    text = re.sub(r",(?=[.!?…]?\s*$)", "", text)
    # « J'ai écrit au préfet en février, puis [en avril], sans réponse »: the word that joined the date is left alone
    # between two commas; it goes with it.
    text = re.sub(r",\s+([^\W\d_]+)\s*(?=,|[.!?…]?\s*$)",
                  lambda m: "" if m.group(1).casefold() in words.leading_words | words.function_words else m.group(),
                  text)
    text = _trim(re.sub(r"\s{2,}", " ", text), words)
    return text, (start, start + len(said) - len(text))


def _same_clause(sentence: str, claim: Claim, start: int, end: int) -> bool:
    """Whether a date sits next to the reporting verb, with no punctuation or quotation between them."""
    masked = _without_quotations(sentence)
    if masked[start:end].strip() != sentence[start:end].strip():
        return False
    between = masked[min(end, claim.verb_end):max(start, claim.verb_start)]
    return not re.search(r"[,;:«»\"“”]|\s{3,}", between)


def _act_dates(source: Source, sentence: Sentence, claim: Claim, outside: list[Any], words: _Words) -> list[Any]:
    """The dates of the act a participle's clause of saying follows (`_dates_act`), none after publication: words are
    never said after the page that reports them."""
    return [m for m in outside if _dates_act(sentence.text, claim, m.start - sentence.start, m.end - sentence.start,
                                             words) and not _after_publication(m.value, source.published)]


def _dates_act(sentence: str, claim: Claim, start: int, end: int, words: _Words) -> bool:
    """Whether a date is the act's that a participle's clause of saying follows, written in the main clause with no
    other comma before the participle's ("a saisi le tribunal le 3 mai, estimant que …", "took the case to court on
    May 3, arguing that …"): the words were said with the act, on its day (review 46: publication's day)."""
    if not claim.with_act or end > claim.verb_start:
        return False
    masked = _without_quotations(sentence)
    if re.fullmatch(r"[^,;:«»\"“”.!?]*,\s*", masked[end:claim.verb_start]) is None:
        return False
    # "criticised the plan to close the school in September", « le projet de fermeture de l'école en septembre »: the
    # date is the complement's, not the day the act was done and the words said
    act = masked[_clause_start(masked, start, words):start]
    # the subject's own complement is none of the act's (« Le président de la région a saisi le tribunal le 3 mai »)
    verb = words.finite_verb.search(act)
    act = act[verb.start():] if verb else act
    return words.noun_link.search(act) is None and not any(
        re.match(r"\s*\S", act[o.end():]) for m in words.infinitive.finditer(act)
        if (o := words.object_start.match(act, m.end())))


def _after_publication(value: Any, published: dt.date) -> bool:
    """Whether a date's value ("2043-09", "2043-06-09") begins after the day a page was published."""
    day = published.isoformat()
    return isinstance(value, str) and re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", value) is not None \
        and value > day[: len(value)]


def _clause_start(sentence: str, offset: int, words: _Words) -> int:
    """Where the clause holding ``offset`` starts: after the last comma, semicolon or relative pronoun before it."""
    boundary = 0
    for match in words.clause_boundary.finditer(sentence, 0, offset):
        if match.group(0)[:1].isspace() and _relative_closed(sentence[match.end():offset], words):
            continue  # "la salle où se réunit le conseil a été rénovée en 2021": the date is the main clause's
        boundary = match.end()
    return boundary


def _relative_closed(text: str, words: _Words) -> bool:
    """Whether a relative clause with no comma before it ("the hall where the vote took place", "la salle où se réunit
    le conseil") has ended within ``text``: after its own verb, an auxiliary after a noun opens the main clause's
    predicate ("… was rebuilt in 2021", "… a été rénovée en 2021"), so a date after it is no part of the relative."""
    tokens = text.split()
    seen_verb = False
    for at, token in enumerate(tokens):
        bare = _bare(token)
        if bare in words.data.SUBORDINATORS:
            return False  # "where it stood until it was moved in 2019": a clause inside the relative
        finite = words.finite_verb.search(token) is not None
        if finite and seen_verb and at:
            before = re.split(r"['’]", _bare(tokens[at - 1]))[-1]
            if words.finite_verb.search(tokens[at - 1]) is None and before not in words.pronouns \
                    and before not in words.function_words:
                return True
        if finite or (words.verb_forms.search(token) or words.verb.search(token)) \
                and not (at and words.determiner.fullmatch(tokens[at - 1] + " ")):
            seen_verb = True
    return False


def _announced(sentence: str, candidates: list[Candidate], words: _Words) -> bool:
    """Whether the sentence's candidates are claims alone whose words follow a verb that tells an action too
    ("announced that", "a confirmé que"; `REPORTED_NOT_VERBS`): not "…, the council confirmed", which only says
    whose word the clause is."""
    if not candidates or any(c.kind != "claim" for c in candidates):
        return False
    starts = [sentence.find(c.quote) for c in candidates]
    return all(at > 0 and words.announcing.search(sentence, 0, at) for at in starts)


def _same_occasion(source: Source, sentence: Sentence, inside: list[Any], candidates: list[Candidate],
                   names: NameIndex, last: Candidate | None, same_paragraph: bool = False) -> Candidate | None:
    """The event of a sentence without date words that tells a fact of the moment of the one told just before
    (« Dans la foulée, le conseil a mandaté le maire », "At the same meeting, ministers also approved …";
    `SAME_OCCASION`), dated by that fact's date, when those words are its main clause's and it tells a completed fact
    (`SAME_OCCASION_PAST`). Issue 10: such a fact, dated by publication, was no event unless another article told it,
    and then a day or more off.

    A time of day in its main clause (« Peu avant 11 heures, neuf babouins se sont échappés », "was spotted by a
    helicopter at about 7.20 am"; `TIME_OF_DAY`) tells a fact of that day too, when that fact is told in the same
    paragraph: news gives a day, then the hours of what happened on it. A paragraph further, the hour may be another
    day's (and tried so, the dev stories' merge precision fell, 0.877 -> 0.875, as facts of neighbouring days met); a
    past perfect tells a fact before the one told, maybe of another day (one merged with another fact of the story).
    """
    if inside or last is None or any(c.kind == "event" and c.date_basis == "text" for c in candidates):
        return None
    words = _words(source.language)
    masked = _without_quotations(sentence.text)
    found = words.same_occasion.search(masked)
    timed = found is None
    found = found or (words.time_of_day.search(masked) if same_paragraph else None)
    if found is None or "?" in sentence.text or words.negation.search(sentence.text) \
            or words.conditional.search(sentence.text):
        return None
    before = masked[:found.start()]
    if before.strip() and timed:
        verb = _timed_verb(before, words)
        if verb is None:
            return None
    elif before.strip():
        # Only as the main clause's own words, right after its verb (« La préfète a ordonné dans la foulée
        # l'abattage »): after a participle of a noun (« une décision prise dans la foulée »), an infinitive or a
        # relative clause (« qu'ils espéraient obtenir dans la foulée ») they date another fact, told no other way.
        verb = words.same_occasion_verb.search(before)
        if verb is None or words.verb_forms.search(before, 0, verb.start()) or words.subordinate.search(before):
            return None
    else:
        # Opening the sentence, they date the first verb after them, which must tell a completed fact ("The same
        # day is now marked by a protest every year" tells none).
        first = words.verb_forms.search(masked, found.end())
        verb = words.same_occasion_past.match(masked, first.start()) if first else None
        if verb is None:
            return None
    if timed and words.past_perfect.match(masked, verb.start()):
        return None  # « Le premier éclair avait été signalé à 10 h 20 »: a fact before the one told, maybe of another day
    rest = masked[verb.end():]
    if words.reporting_opening.search(verb.group(0)) and not words.action.search(verb.group(0)) \
            and (words.subordinate.search(rest) or ":" in rest):
        return None  # a verb of saying with what was said (« a déclaré dans la foulée que … »): words, a claim's
    told = _candidate(source, sentence, None, names, None)
    # The words date the fact and leave its title, as a date's do ("At the same meeting, they voted …": "They voted …").
    title = event_title(sentence.text, (found.start(), found.end()), source.language)
    return replace(told, title=title, date=last.date, date_basis="text", date_text=found.group(0))


_CLAUSE_MARK = re.compile(r"[,;:]")  # between a verb and a time of day: the time is another clause's
_COMMA_ASIDE = re.compile(r",[^,]*,")  # an aside in commas inside a subject


def _timed_verb(before: str, words: _Words) -> re.Match[str] | None:
    """The main clause's completed verb a time of day follows within its clause ("was spotted by a helicopter at about
    7.20 am", « a été abattu vers 19 heures »), or None: another verb between them owns the time ("agreed to meet at
    6pm"), and so does a verb after a subordinate word (« l'heure à laquelle il est arrivé à 9 h »)."""
    verbs = list(words.same_occasion_past.finditer(before))
    verb = verbs[-1] if verbs else None
    if verb is None or _CLAUSE_MARK.search(before, verb.end()) or words.verb_forms.search(before, verb.end()):
        return None
    # The subject may carry an aside in commas (« Un huitième, qui s'approchait de la route, a été abattu ») and follow
    # an opening phrase (« Pour les autres, la maire a signé »); opening on a preposition, it is none, and the verb a
    # noun's participle ("In an email sent to users late in the afternoon, the company said …").
    subject = _COMMA_ASIDE.sub(" ", before[:verb.start()]).split(",")[-1].split()
    if not subject or _bare(subject[0]).casefold() in words.prepositions \
            or words.subordinate.search(" ".join(subject)) or words.verb_forms.search(" ".join(subject)):
        return None
    return verb


def _undated_action(source: Source, sentence: Sentence, names: NameIndex) -> Candidate | None:
    """An event dated by publication when the sentence reports a completed action, affirmed and unconditional."""
    masked = _without_quotations(sentence.text)
    words = _words(source.language)
    match = words.action.search(masked)
    if match is None:
        return None
    clause = masked[: match.end()]
    if words.negation.search(clause) or words.conditional.search(clause) or "?" in sentence.text:
        return None
    if words.subordinate.search(masked[: match.start()]):
        return None  # "… a laissé entendre que l'entreprise qui a créé ChatGPT …": not the sentence's own action
    if not any(m.start < match.start() for m in names.mentions(masked)) and not words.subject_article.match(masked):
        return None  # no subject we can name: "Cela a été annoncé" tells no one's action
    return _candidate(source, sentence, None, names, None)


def _undated_support(source: Source, sentence: Sentence, names: NameIndex) -> list[Candidate]:
    """A sentence without date words that tells an action of the lexicon ("The hackers have demanded a €2 million
    ransom", "Les pompiers ont évacué les habitants"), as support: merging keeps it only beside another
    source's telling of that fact (issue 10: such mentions were never found; a retelling often names no one), so
    one article alone gains no event."""
    from .stories import ACTIONS, mention  # merging's own reading of names, figures and actions

    words = _words(source.language)
    if "?" in sentence.text or words.negation.search(sentence.text) or words.conditional.search(sentence.text):
        return []
    candidate = _candidate(source, sentence, None, names, None)
    signals = mention(candidate, source.published, source.language)
    if not signals.concepts & ACTIONS and not _told_physical_action(_without_quotations(sentence.text), words):
        return []
    candidate.support = True
    return [candidate]


def _told_physical_action(masked: str, words: _Words) -> bool:
    """Whether a sentence tells someone carried to care or a complaint filed as one past action: not denied by its
    subject ("Nobody was taken to hospital"), nor a habit (« Chaque hiver, des randonneurs … ») (review 45)."""
    found = words.physical_action.search(masked)
    return found is not None and not words.negated_subject.search(masked, 0, found.start()) \
        and not words.habitual.search(masked)


def _retelling_leads(data: LanguageData) -> re.Pattern[str]:
    """Where a clause that may retell another fact opens ("after", "qui", "et", "au lendemain d'")."""
    return re.compile(rf"(?<![\w'’])(?:{data.RETELLING_LEADS})(?:(?<=['’])|\s+)", re.IGNORECASE)


def _retelling_articles(data: LanguageData) -> re.Pattern[str]:
    """Where a definite noun phrase opens ("the", "l'"), its first words after it."""
    return re.compile(rf"(?<![\w'’])(?:{data.RETELLING_ARTICLES})(?:(?<=['’])|\s+)(?P<head>(?:[^\W\d_][\w'’-]*\s*){{1,2}})",
                      re.IGNORECASE)


def _retelling_offset(data: LanguageData) -> re.Pattern[str]:
    """A span of time that ends on a retelling lead ("three months after", « quelques jours après que »)."""
    return re.compile(rf"(?<![\w'’])(?:{data.RETELLING_OFFSET})$", re.IGNORECASE)


def _same_time_lead(data: LanguageData) -> re.Pattern[str]:
    """What follows a date to open a clause of its moment: a word at most, a comma, a lead (`SAME_TIME_LEADS`)."""
    return re.compile(rf"(?:\s+[^\W\d_]+)?\s*,\s*(?:{data.SAME_TIME_LEADS})(?:(?<=['’])|\s+)", re.IGNORECASE)


def _counted_reach(data: LanguageData, before: str, span: str, day: TimelineDate) -> tuple[dt.date, dt.date] | None:
    """The days a clause counted from by ``span`` ("months after", « jours avant ») may tell, from its sentence's
    date and the count written just ``before`` the span; None when no count is written ("days after", « quelques
    jours après »): a day's count gives a day, a week's or a month's that day give or take half of one."""
    count_word = before.split()[-1].casefold() if before.split() else ""
    count = int(count_word) if count_word.isdigit() else data.NUMBERS.get(count_word)
    unit, way = span.split()[:2]
    days = data.RETELLING_OFFSET_DAYS.get(unit.casefold())
    if not count or days is None:
        return None
    shift = dt.timedelta(days=count * days * (1 if way.casefold() in data.RETELLING_OFFSET_BEFORE else -1))
    slack = dt.timedelta(days=days // 2)
    return day.first_day() + shift - slack, day.last_day() + shift + slack


# A comma or point between two digits groups or splits a number ("1,200 tonnes", "€4.2 million"): no clause ends there.
_CLAUSE_END = re.compile(r"(?<!\d)[,.]|[,.](?!\d)|[;:!?()\[\]—–]|\s-\s")


def _retold_clauses(source: Source, sentence: Sentence, inside: list[Any], candidates: list[Candidate],
                    names: NameIndex) -> list[Candidate]:
    """The clauses of a sentence that open on a retelling word and tell an action of the lexicon without date words
    of their own ("…, after the regulator fined it €12 million", "…, et trois marins ont été hélitreuillés"), as
    support marked ``retelling``: merging attaches each to the one dated fact it clearly tells, or drops it.

    Issue 10: a fact retold in passing in another fact's sentence was never a mention (a quarter of the gold
    mentions of unseen stories), so neither found nor merged. Dated by publication: a retelling says when nothing;
    but a clause joined by "and" to a dated one ("arrested two men on April 23 and found the paintings in a
    garage") tells a fact of that date, and is dated by the same words.
    """
    from .stories import RETOLD, mention, names_what_happened  # merging's own reading of actions

    words = _words(source.language)
    data = words.data
    text = _without_quotations(sentence.text)
    leads = data.compiled(_retelling_leads)
    dates = [(m.start - sentence.start, m.end - sentence.start) for m in inside]
    dated = next((c for c in candidates if c.kind == "event" and c.date_basis == "text" and not c.support), None)
    found: list[Candidate] = []
    opens = [(lead.end(), lead.group(0), False) for lead in leads.finditer(text)]
    # A definite noun phrase whose first words name an action of the lexicon ("the closure of the plant").
    opens += [(np.start(), "", True) for np in data.compiled(_retelling_articles).finditer(text)
              if names_what_happened(np.group("head").casefold(), source.language)]
    # "escaped on 7 May, when a ninth baboon was shot": where a clause of a date's own moment opens, and that date.
    at_date: dict[int, Any] = {}
    for told, (_, date_end) in zip(inside, dates):
        lead = data.compiled(_same_time_lead).match(text, date_end)
        if lead is not None and _date_of(told) is not None:
            at_date[lead.end()] = told
            opens.append((lead.end(), "", False))
    offset = data.compiled(_retelling_offset)
    taken: set[int] = set()
    for start, lead_text, noun_phrase in sorted(opens):
        end_mark = _CLAUSE_END.search(text, start)
        begin = start
        if words.relative.fullmatch(lead_text):
            # A relative clause is about the noun before it: "the Brenac depot, which was destroyed by fire".
            noun = words.antecedent.search(text[:start - len(lead_text)].rstrip(" ,"))
            begin = noun.start() if noun else start
        end = end_mark.start() if end_mark else len(text)
        following = leads.search(text, start)
        # A date's clause holds its verb's object: "when workers took over the works" is not cut at "over".
        while start in at_date and following is not None and len(text[start:following.start()].split()) < 3:
            following = leads.search(text, following.end())
        if following is not None and following.start() < end:
            end = following.start()
        if end in taken:
            continue  # a noun phrase inside a clause already proposed: the clause tells it
        if len(text[start:end].split()) < 2 or any(a < end and begin < b for a, b in dates):
            continue  # a clause with date words of its own is a dated candidate already
        clause = text[begin:end].strip()
        if sentence.text[begin:end].strip() != clause:
            continue  # it holds a quotation: what was said is a claim's
        if words.negation.search(clause) or words.conditional.search(clause) or "?" in clause:
            continue
        quote = _clean(clause)
        title = quote[:1].upper() + quote[1:]
        if start in at_date:
            # Its date's clause, whatever its verb: a support dated by those words, as a clause fact is.
            moment = at_date[start]
            found.append(Candidate(
                id=event_id(source.id, f"{sentence.text}\n{clause}"), source=source.id,
                title=title, date=_date_of(moment), kind="event", quote=quote, date_basis="text", date_text=moment.text,
                actors=[m.name for m in names.mentions(clause)][:_MAX_ACTORS], position=sentence.start + start,
                support=True))
            taken.add(end)
            continue
        # A clause joined by "and" to the dated one tells a fact of its date ("arrested two men on April 23 and
        # found the paintings"); any other says nothing of when.
        joined = dated if not noun_phrase and words.clause_break.fullmatch(lead_text.strip()) else None
        candidate = Candidate(
            id=event_id(source.id, f"{sentence.text}\n{clause}"), source=source.id,
            title=title,
            # After its sentence's dated predicate, it tells a fact of before that one ("withdrew in June the
            # complaint he had filed"): its reach ends on that date, else on the day of publication.
            date=joined.date if joined else TimelineDate(PartialDate.from_day(
                min(dated.date.last_day(), source.published) if dated and dated.date_text
                and 0 <= sentence.text.find(dated.date_text) < start else source.published)),
            kind="event", quote=quote, date_basis="text" if joined else "published",
            date_text=joined.date_text if joined else None,
            actors=[m.name for m in names.mentions(clause)][:_MAX_ACTORS], position=sentence.start + start,
            support=True, retelling=True)
        # "three months after a first award was frozen": a span of time counted from the clause's fact says it is
        # one, though its verb is none of the lexicon's actions (issue 10, offsets from another fact).
        # Up to the lead or the noun phrase, without the space after: "two days before the vote" opens on both.
        span = offset.search(text, 0, len(text[:start].rstrip()))
        candidate.counted_from = span is not None
        if span is not None and dated is not None and dated.date_text and not joined:
            candidate.reach = _counted_reach(data, text[:span.start()], span.group(0), dated.date)
        if noun_phrase or candidate.counted_from \
                or mention(candidate, source.published, source.language).concepts & RETOLD:
            found.append(candidate)
            taken.add(end)
        elif joined and _told_physical_action(clause, words):
            # "sank on Saturday, and three of its crew were winched to safety": someone carried to safety or to care
            # (PHYSICAL_ACTION) in a clause of the dated one's date. Merging's actions name none of those verbs, so as
            # a retelling it would join no fact; as the sentence's own support it is compared like the others.
            candidate.retelling = False
            found.append(candidate)
            taken.add(end)
    return found


def _candidate(source: Source, sentence: Sentence, mention: Any | None, names: NameIndex,
               claim: Claim | None, first: bool = True) -> Candidate:
    """The candidate for a sentence, dated by ``mention`` or, without one, by the source's publication day.

    A sentence's second dated clause is a second event: its id and title come from that clause.
    """
    words = _words(source.language)
    quote = _clean(sentence.text)
    if mention is not None:
        date = _date_of(mention)
        date_text, basis = mention.text, "text"
    else:
        date = TimelineDate(PartialDate.from_day(source.published))
        date_text, basis = None, "published"
    assert date is not None
    local = None if mention is None else (mention.start - sentence.start, mention.end - sentence.start)
    named = None if local is None else (holiday_start(sentence.text, *local), local[1])  # "Black Friday": no "Black"
    actors = [m.name for m in names.mentions(_clean(_without_quotations(_blank(sentence.text, named))))]
    if claim is not None:
        told = source.text[:sentence.start]
        whole, town = town_body(document_holder(role_holder(full_organisation(claim.speaker, names), told, names),
                                                told, names, source.language), told, sentence.text, names,
                                source.language)
        if whole != claim.speaker:
            actors = [whole if a == claim.speaker else a for a in actors]
            claim = replace(claim, speaker=whole)
        # A claim's quote is the speaker's own words; the site shows the speaker beside it.
        quote = _clean(claim.quotation.text)
        title = _claim_title(claim, words, sentence.text, told)
        # The speaker is an actor when named, or when the index found them in the sentence ("M. Castagnier, le maire,
        # a déclaré": a surname after a title); a described speaker ("the club's former owners") is not.
        speaker = [claim.speaker] if names.is_name(claim.speaker) or claim.speaker in actors else []
        article = words.subject_determiner.match(claim.speaker)
        if town is not None:
            # « La mairie de Sorvilliers », the town told by the lede only: the actor is the town the article names
            speaker = [names.canonical(town)]
        elif not speaker and article and names.is_name(claim.speaker[article.end():]):
            # "La préfecture de l'Aveyron" (the body written in full before "…, a indiqué la préfecture"): the actor
            # is the body as the index spells it, once, whatever the title's article.
            speaker = [names.canonical(claim.speaker[article.end():])]
        actors = [*speaker, *[a for a in actors if a != claim.speaker]]
    elif local is None:
        title = event_title(sentence.text, local, source.language)
    else:
        title = _clause_title(sentence.text, local, words, source.language, first)
    key = sentence.text if first or mention is None else f"{sentence.text}\n{mention.text}"
    return Candidate(
        id=event_id(source.id, key), source=source.id, title=title, date=date,
        kind="claim" if claim else "event", quote=quote, date_basis=basis, date_text=date_text,
        speaker=claim.speaker if claim else None, actors=list(dict.fromkeys(actors))[:_MAX_ACTORS],
        position=sentence.start,
    )


def _clause_title(sentence: str, local: tuple[int, int], words: _Words, language: str, first: bool) -> str:
    """The title of the clause holding the date at ``local``: the sentence's for its first date, unless that date sits
    in a relative clause whose antecedent is found ("… under Operation Lantern, which was launched on 28 September" ->
    "Operation Lantern was launched"): the date belongs to the clause it is written in. After "since <date>, when …"
    the clause after "when" is titled when it holds a verb (``_told_since``), the first date too."""
    inverted = _inverted_attribution(sentence, local, words, language)
    if inverted is not None:
        return inverted
    since = _told_since(sentence, local, words)
    if since is not None:
        title = event_title(since, None, language)
        if _has_verb(title, words) and words.verb_forms.search(title):
            return title
    subordinate = _subordinate_title(sentence, local, words, language, first)
    if subordinate is not None:
        return subordinate
    reported = _reported_past_title(sentence, local, words, language)
    if reported is not None:
        return reported
    clause_start = _clause_start(sentence, local[0], words)
    participle = _participle_clause(sentence, clause_start, words, local[1], local[0])
    if participle is not None:  # the date is a participle's, whichever date of the sentence it is
        clause, offset = participle
        title = event_title(clause, (local[0] - offset, local[1] - offset), language)
        if _has_verb(title, words) and words.verb_forms.search(title):
            return title
    clause, offset, relative = _with_antecedent(sentence, clause_start, words, local[1], local[0])
    # Only a relative clause set off by commas, with its antecedent, takes the first date from the sentence: one
    # without commas ends nowhere we can see ("le loueur qui fournissait la flotte avait repris [la semaine dernière]").
    if first and not (relative and re.search(r",\s*(?:\S+\s*)?$", sentence[:clause_start])):
        return _joined_title(sentence, local, words, language) or event_title(sentence, local, language)
    if not relative:  # a later date's clause opening on "and that", "et que": the words that join it are no title's
        joined = _joined_title(sentence, local, words, language, clause_start)
        if joined is not None:
            return joined
    title = event_title(clause, (local[0] - offset, local[1] - offset), language)
    if not _has_verb(title, words) or not words.verb_forms.search(title):
        title = event_title(sentence, local, language)  # the clause alone is no statement
    return title


_SPEAKER_WORDS_AT_MOST = 8  # "la préfète de la Haute-Ormance", "le service régional de l'archéologie (SRA)"


def _inverted_attribution(sentence: str, local: tuple[int, int], words: _Words, language: str) -> str | None:
    """The title of a date in an attribution that closes its sentence with its subject after the verb ("Le vol est
    reporté à l'automne, a annoncé jeudi la société Astrelys"): the clause's fact is the statement, "La société
    Astrelys a annoncé que le vol est reporté à l'automne" (``REPORTED_TITLE``), not "A annoncé la société Astrelys"
    nor the first clause's subject glued to it (issue 9, item 3). None for any other clause."""
    start = _clause_start(sentence, local[0], words)
    content = sentence[:start].rstrip()
    verb = words.reporting_opening.match(sentence, start)
    if not content.endswith(",") or verb is None or not verb.end() <= local[0] \
            or re.search(r"[«»“”\"]", content):
        return None
    # The content is a clause of its own: its last part holds a verb and is no relative clause or apposition ("Karen
    # Lowe, from Wrexley, said her kettle …", "L'ARS, l'agence régionale de santé, a confirmé la décision": the
    # words after the verb are its object, the subject came before).
    pieces = [piece.strip() for piece in content.rstrip(" ,").split(",")]
    last = pieces[-1]
    if not (words.verb_forms.search(pieces[0]) or words.verb_forms.search(last) and not words.relative.match(last)
            and not words.clause_word.match(last)):
        return None
    tail = words.date_tail.match(sentence, local[1])
    after = _blank(sentence, (local[0], tail.end() if tail else local[1]))[verb.end():]
    parts = re.split(r"[,;:.!?]", re.sub(r"\s*\([^()]*\)", " ", after))  # "(SRA)": a label, no part of its own
    # The date stands between the verb and its subject or right after it ("a annoncé jeudi la société X", "a confirmé
    # le club ce mardi"); one after a preposition dates an occasion of its own ("a reconnu la Ville lors de la réunion
    # du 22 septembre"), and a verb after the verb of saying makes its words the reported clause ("said the
    # assessment relied on data from 2017").
    if words.speaker_stop.search(f" {parts[0][:local[0] - verb.end()]} ") or words.verb_forms.search(parts[0]):
        return None
    speaker = " ".join(parts[0].split())
    if len(parts) > 2 and _names_it(parts[1].strip(), words):
        speaker = parts[1].strip()  # "a confirmé le maire, Étienne Vaudrey, …": the name says who
    # "le club dans un communiqué", "la direction aux syndicats", "le maire devant le conseil": who, up to where, to
    # whom or before whom (``SPEAKER_TAIL_STOP``, ``SPEAKER_PREPOSITIONS``); a complement of its own article stays ("la
    # préfète de la Haute-Ormance").
    tokens = speaker.split()
    end = next((at for at in range(1, len(tokens)) if words.speaker_end.fullmatch(_bare(tokens[at]))
                or _bare(tokens[at]) in words.function_words and _bare(tokens[at]) not in words.genitive
                and not words.subject_determiner.match(tokens[at] + " ")), len(tokens))
    speaker = " ".join(tokens[:end])
    if not speaker or len(speaker.split()) > _SPEAKER_WORDS_AT_MOST \
            or not (words.subject_determiner.match(speaker) or speaker[:1].isupper()):
        return None
    content = " ".join(content.rstrip(" ,").split())
    if words.subject_determiner.match(content) or _function_word(content.split()[0], words) \
            or _bare(content.split()[0]) in words.data.SUBJECT_PRONOUNS \
            or _bare(content.split()[0]) in words.data.NUMBERS:
        # "la décrue s'amorce", "deux personnes ont été blessées" after the verb; a name keeps its capital
        content = content[:1].lower() + content[1:]
    said = " ".join(verb.group(0).split())
    told = words.data.REPORTED_TITLE.format(speaker=speaker, verb=said, content=content)
    if len(told) > _MAX_TITLE_CHARS:  # too long: the content without the phrases it sets off by commas
        told = words.data.REPORTED_TITLE.format(speaker=speaker, verb=said, content=_without_asides(content, words))
    title = _trim(_shorten(_elided(" ".join(told.split()), words), words), words)
    return title[:1].upper() + title[1:]


def _joined_title(sentence: str, local: tuple[int, int], words: _Words, language: str,
                  opening: int | None = None) -> str | None:
    """The title of the clause of its own that holds the date, joined to the sentence's first by a colon, a semicolon
    or a comma and "and" (``JOINED_CLAUSE``): "Les équipes ont jusqu'au 15 janvier pour s'inscrire, et le détail des
    horaires sera connu à la mi-mars" is titled "Le détail des horaires sera connu"; the first clause tells another
    fact, or none (issue 9, item 3). None when the date is in the first clause, or its clause opens on no subject
    ("…, and accused the cabinet …") or holds no verb ("le programme : remplacement de 12 kilomètres d'ici à 2031").
    With ``opening``, only a join whose words hold that position (where the date's clause was found to start)."""
    masked = _without_quotations(sentence)
    joins = [m for m in words.joined_clause.finditer(masked, 0, local[0]) if m.end() <= local[0]]
    # "and that" / « et que » with no comma opens a second clause of a verb of saying only (review 43, T1): "the plan
    # the mayor drew up and that the council approved", "and that employer" open none
    joins += [m for m in words.coordinated_that.finditer(masked, 0, local[0])
              if m.end() <= local[0] and _second_reported(masked, m.start(), words)]
    joins.sort(key=lambda m: m.end())
    if not joins or opening is not None and not joins[-1].start() < opening <= joins[-1].end():
        return None
    start = joins[-1].end()
    title = event_title(sentence[start:], (local[0] - start, local[1] - start), language)
    first = _bare(title.split()[0]) if title.split() else ""
    if len(title.split()) < 3 or first in words.function_words and not words.subject_determiner.match(title) \
            or words.verb_forms.fullmatch(first) or not words.verb_forms.search(title):
        return None
    return title


def _second_reported(masked: str, join: int, words: _Words) -> bool:
    """Whether a verb of saying's reported clause, with a verb of its own and no "that"/« que » of another clause in
    it, ends at ``join``: "said it had rehomed the dogs | and that …", « a indiqué avoir placé les chiens | et que … »."""
    said = [m for m in words.said_that.finditer(masked, 0, join) if m.end() <= join]
    if not said:
        return False
    clause = masked[said[-1].end():join]
    # a second "that"/« que » in between opens a relative clause ("the plan that she drew up and that …"), which the
    # join continues
    if _written_that(clause, words):
        return False
    return words.verb_forms.search(clause) is not None or words.reported_infinitive.match(clause) is not None


def _written_that(text: str, words: _Words) -> list[re.Match[str]]:
    """The "that"/« que » words written in ``text``; ``REPORTED_THAT`` also matches before an unwritten one."""
    return [m for m in words.reported_that.finditer(text) if m.end() > m.start()]


def _subject_before_quotation(before: str, words: _Words) -> str:
    """The noun phrase written right before a quotation's mark, after the last comma, verb of saying, "that" or « que »:
    "said that [the pool] “will be fully open by July”", "said [its repair had been] "planned for 2027"" (with the
    verb it shares); "" when those words are none, too many, a clause of saying or no noun phrase."""
    cuts = [before.rfind(mark) + len(mark) for mark in (", ", ": ", "(") if mark in before]
    cuts += [found.end() for found in [*_written_that(before, words), *words.said_that.finditer(before)]]
    phrase = before[max(cuts, default=0):].strip()
    tokens = phrase.split()
    if not tokens or len(tokens) > _SUBJECT_WORDS_AT_MOST or _function_word(tokens[-1], words) \
            or words.said_that.search(phrase) or _bare(tokens[0]).casefold() in words.data.SUBJECT_PRONOUNS \
            or not (words.subject_determiner.match(phrase) or tokens[0][:1].isupper()):
        return ""
    return phrase


def _subordinate_title(sentence: str, local: tuple[int, int], words: _Words, language: str,
                       first: bool) -> str | None:
    """The title of a clause of time with its own subject and verb that holds the date (``DATED_SUBORDINATE``):
    "Drivers may park free after the council scrapped the fees on Monday" is titled "The council scrapped the fees",
    the fact of Monday, and "…, once a public survey closes on 30 November" is "A public survey closes", not "Once a
    public survey closes" (issue 9, item 3). None when no such clause holds the date: a comma between the word that
    opens it and the date, a clause that opens its sentence with no comma to close it before the main clause, or one
    whose words make no statement (a preposition's noun: "after five deaths this year"; a pronoun for a subject), and
    a date glued to a noun or a year used as one's adjective ("after Saturday’s defeat left the club bottom", "after
    a blogger said her 2004 thesis was copied"): the noun's, not the clause's. Nor for
    the sentence's first date after a main clause told in the simple past (``NARRATIVE_PAST``): "Radio Kell returned
    after the regulator granted it a licence the day before" tells the return, the sentence's news, of those days."""
    if re.match(r"[-‐'’]\w", sentence[local[1]:local[1] + 2]) or _year_in_name(sentence, local, words):
        return None  # "after Saturday’s defeat left …", "after she said her 2004 thesis …": the date is the noun's
    masked = _without_quotations(sentence)
    opened = list(words.dated_subordinate.finditer(masked, 0, local[0]))
    if not opened or re.search(r"[,;:](?!\d)", masked[opened[-1].end():local[0]]) \
            or not masked[opened[-1].end():local[0]].strip():
        return None  # "cannot reopen before March because …": the word is the date's preposition, no clause's
    start = opened[-1].end()
    end = _relative_end(sentence, local[1])
    main = words.verb_forms.search(masked, 0, opened[-1].start())
    if main is None and end == len(sentence):
        return None  # "After the storm the council closed the park on Monday": no comma tells where the clause ends
    if main is not None and first and words.narrative_past.fullmatch(main.group(0)):
        return None  # "The board named a chair after she resigned on Thursday": the news is the main clause's
    title = event_title(sentence[start:end], (local[0] - start, local[1] - start), language)
    tokens = title.split()
    opening = _bare(tokens[0]) if tokens else ""
    if len(tokens) < 3 or opening in words.data.SUBJECT_PRONOUNS or words.verb_forms.fullmatch(opening) \
            or opening in words.function_words and not words.subject_determiner.match(title) \
            or not words.verb_forms.search(title, len(tokens[0])):
        return None
    return title


_ROLE_HEAD_WORDS_AT_MOST = 3  # "Le préfet", "The chief executive": a role's head before the name it describes
_DATE_LEAD_WORDS_AT_MOST = 3  # « avait annulé, au cours de [l'été dernier], le permis »: the date's own aside


def _reported_past_title(sentence: str, local: tuple[int, int], words: _Words, language: str) -> str | None:
    """The title of a past fact that a verb of saying reports, when the date is in the words reported: "Deshmukh said
    the board had restricted passage on 29 July" is "The board restricted passage", « Elle a rappelé que la
    préfecture avait annulé, l'été dernier, le permis de 29 candidats » is « La préfecture avait annulé le permis de 29
    candidats »: the date is that fact's, not the saying's (issue 9, item 3). None when the date is not in the words
    reported, when they tell no past deed (a plan or a promise: "said it would inspect the ship on Thursday" is the
    saying's news; a state: « confirme que la souche était identique », "said its unit was looking into it"), when they
    hold no subject and verb of their own, when the verb is no neutral saying (a denial, a claim, a charge: "denied
    that …", « affirme que … », "told the court that …") or when they are negated: those stay the speaker's words."""
    masked = _without_quotations(sentence)
    said = [m for m in words.said_that.finditer(masked, 0, local[0]) if m.end() <= local[0]]
    if len(said) != 1 or any(verb.group(0)[:1].islower() for verb in words.verb_forms.finditer(masked, 0, said[0].start())):
        return None  # the verb of saying is the sentence's first, its subject the sentence's opening words
    if not words.neutral_said.match(masked, said[0].start()) or words.conditional.match(masked, said[0].start()):
        return None  # "denied that …", « affirme que … », « aurait indiqué que … »: the speaker's word, no fact
    start = said[0].end()
    reported = masked[start:local[0]]
    verb = words.verb_forms.search(reported)
    if words.negation.search(reported):
        return None  # « qu'elle n'avait pas suspendu l'arbitre »: a title for what did not happen
    if verb is None or not words.past.match(reported, verb.start()) or words.future_in_past.match(reported, verb.start()) \
            or words.state.match(reported, verb.start()) or words.perfect.match(reported, verb.start()) \
            or re.search(r"[;:]", reported) or words.joined_clause.search(reported) \
            or words.coordinated_that.search(reported):
        return None  # a plan, a state since, or a second clause joined after the first ("…, and that volunteers …")
    comma = reported.rfind(",", verb.end())
    if comma >= 0 and len(reported[comma + 1:].split()) > _DATE_LEAD_WORDS_AT_MOST:
        return None  # "had received 61 reports, including a kitchen fire in September": the date is a later phrase's
    first = _bare(reported.split()[0]) if reported.split() else ""
    if not (words.subject_determiner.match(reported) or reported[:1].isupper() or first in words.data.SUBJECT_PRONOUNS
            or first in words.data.NUMBERS):
        return None  # "said her kettle had …": "her" was read as whom it was said to, the subject is cut
    then = [m.start() for pattern in (words.joined_clause, words.coordinated_that)
            for m in [pattern.search(masked, local[1])] if m]
    end = min(then, default=len(sentence))  # "… was sold in 2019 and that the team has played …": the next clause
    title = event_title(sentence[start:end], (local[0] - start, local[1] - start), language)
    tokens = title.split()
    opening = _bare(tokens[0]) if tokens else ""
    if len(tokens) < 3 or opening != _bare(reported.split()[0]) or words.verb_forms.fullmatch(opening) \
            or opening in words.function_words and not words.subject_determiner.match(title) \
            and opening not in words.data.SUBJECT_PRONOUNS or not words.verb_forms.search(title, len(tokens[0])):
        return None  # "said her kettle had …" told "Kettle had …": the title lost its subject's words
    if opening in words.data.SUBJECT_PRONOUNS:
        # "The directorate said it had inspected the ship": the pronoun is the speaker when they agree; else the
        # sentence's title says who is meant better than a pronoun.
        speaker = _subject_of(sentence, words)
        if not speaker or not _agrees(speaker, opening, words):
            return None
        title = _subject_told(_name_of(sentence, speaker, words), " ".join(tokens[1:]), words)
    return title


def _told_since(sentence: str, local: tuple[int, int], words: _Words) -> str | None:
    """The clause after "since <date>, when …" ("n'avait plus connu de grève depuis novembre 2023, quand un conflit
    l'avait paralysé"): what happened at the date a state is counted from, that date's fact; else None. "since" may
    open the date's own words ("[since the winter of 2054]-55, when …"), whose season's second year they leave out."""
    opening = sentence[local[0]:local[1]].split(maxsplit=1)[0] if sentence[local[0]:local[1]].strip() else ""
    if not any(words.prep_past.search(before) for before in (sentence[:local[0]], f"{sentence[:local[0]]}{opening} ")):
        return None
    tail = words.date_tail.match(sentence, local[1])
    at = tail.end() if tail else local[1]
    when = words.when_after_date.match(sentence, at + len(_YEAR_RANGE_END.match(sentence, at).group(0)))
    if when is None:
        return None
    return sentence[when.end():_relative_end(sentence, when.end())]


_YEAR_RANGE_END = re.compile(r"(?:[-–/]\d{2,4}(?!\d))?")  # a season's second year the date's words leave out


_SENTENCE_ENDED = re.compile(r"[.!?…»”\"]\s*$")  # a sentence with its final stop, not a subheading


def with_subject(title: str, sentence: str, before: list[str], language: str) -> str:
    """A title given back the subject it lost (issue 9, item 3), else the title as it was.

    A subject pronoun stands for the subject of the sentence before ("Ils devaient être livrés" -> "Les quatorze
    bus électriques devaient être livrés"); a clause that opens on its verb, cut after an apposition, takes its
    sentence's subject ("La machine n° 4, installée en 1987, devait être modernisée" -> "La machine n° 4 devait
    être modernisée").
    """
    words = _words(language)
    first, _, rest = title.partition(" ")
    pronoun = first.casefold()
    if pronoun in words.data.SUBJECT_PRONOUNS and rest:
        # The pronoun opening a later clause of its sentence ("Les travaux devaient démarrer en juin ; ils
        # commenceront en mars") stands for that sentence's subject; opening it, for the sentence before's, a
        # subheading passed over (it has no final stop, and no subject).
        told = next(([s] for s in reversed(before) if _SENTENCE_ENDED.search(s)), [])  # the last sentence ended
        opens = re.match(rf"[\W_]*{re.escape(first)}(?![\w'’-])", sentence, re.IGNORECASE) is not None
        for antecedent in ([] if opens else [sentence]) + told:
            subject = _subject_of(antecedent, words)
            if subject and _agrees(subject, pronoun, words):
                subject = _name_of(antecedent, subject, words)
                return _trim(_shorten(f"{subject} {rest}", words), words)
        return title
    if _opens_predicate(title, words, known=True) and not words.verb_forms.match(sentence.lstrip()) \
            and not _after_conjunction(first, sentence, words):
        subject = _subject_of(sentence, words)
        subject = _name_of(sentence, subject, words) if subject else _subject_before_asides(title, sentence, words)
        if subject and not title.startswith(subject):
            return _subject_told(subject, title, words)
    return title


def _with_told_subject(title: str, sentence: str, language: str) -> str:
    """A reported fact's title opening on its verb given the subject written before the asides that cut it off."""
    words = _words(language)
    if not title or not _opens_predicate(title, words, known=True):
        return title
    subject = _subject_before_asides(title, sentence, words, told_on=True)
    if not subject or title.startswith(subject):
        return title
    return _subject_told(subject, title, words)


def _subject_told(subject: str, title: str, words: _Words) -> str:
    """A title opening on its verb with ``subject`` written before it, shortened as a title."""
    return _trim(_shorten(f"{subject[:1].upper()}{subject[1:]} {title[:1].lower()}{title[1:]}", words), words)


def _with_person(title: str, sentence: str, before: list[str], names: NameIndex, language: str) -> str:
    """A title opening on its sentence's personal pronoun given the one person the sentence before names, else as is."""
    # Issue 9, item 3: "He told councillors …" -> "Dan Marsh told councillors …". A wrong person is worse than the
    # pronoun left, so any doubt keeps it: a passive (« Elle a été fermée » is more often a thing's), or a sentence
    # before that may name another antecedent (`_pronoun_in_doubt`).
    words = _words(language)
    first, _, rest = title.partition(" ")
    if first.casefold() not in words.data.PRONOUNS or not rest or not before \
            or not re.match(rf"[\W_]*{re.escape(first)}(?![\w'’-])", sentence, re.IGNORECASE) \
            or words.passive.match(rest) or _pronoun_in_doubt(first.casefold(), before[-1], names, words):
        return title
    person = pronoun_person(first.casefold(), before, names, language)
    return title if person is None else _trim(_shorten(f"{person} {rest}", words), words)


def _pronoun_in_doubt(pronoun: str, sentence: str, names: NameIndex, words: _Words) -> bool:
    """Whether ``sentence`` names no one person ``pronoun`` surely stands for: none or several, another gender's, or
    another noun the pronoun may take up besides the person's own words ("la ministre", "the woman")."""
    people = [m for m in names.mentions(sentence) if m.person]
    if len({m.name for m in people}) != 1:
        return True
    data = words.data
    own_start = people[0].start
    # The person's own words before the name, back to a verb or a preposition ("à [la députée] Hélène Corbières",
    # "[Le directeur], Paul Amblard"): who they are, not another noun.
    for token in reversed(list(re.finditer(r"[\w'’.-]+", sentence[:people[0].start]))[-3:]):
        folded = token.group(0).casefold()
        if folded in data.PREPOSITIONS or words.verb_forms.fullmatch(folded):
            break
        own_start = token.start()
    own = [w.casefold() for w in re.findall(r"[\w'’.-]+", sentence[own_start:people[0].end])]
    for other, nouns in data.GENDERED_NOUNS.items():
        articles = data.SUBJECT_PRONOUNS.get(other, ())
        if other != pronoun and (nouns.union(data.GENDERED_TITLES.get(other, ())).intersection(own)
                                 or own and own[0] in articles and own[0] not in data.SUBJECT_PRONOUNS.get(pronoun, ())):
            return True
    elsewhere = [w.casefold() for w in re.findall(r"[\w'’-]+['’]?", sentence[:own_start] + " " + sentence[people[0].end:])]
    takes_up = data.PRONOUN_ANTECEDENTS.get(pronoun, frozenset()) | data.GENDERED_NOUNS.get(pronoun, frozenset())
    return any(w in takes_up or w.split("'")[0] + "'" in takes_up or w.split("’")[0] + "’" in takes_up
               for w in elsewhere)


def _after_conjunction(first: str, sentence: str, words: _Words) -> bool:
    """Whether a title's first word follows "and", "but", "mais", "where" … in its sentence: it opens a clause of its
    own there, so a verb-like word is that clause's subject ("…, but details leaked to staff"), not a verb missing
    one."""
    written = re.search(rf"(?<![\w'’-])(\w+)\s+{re.escape(first[:1].lower() + first[1:])}(?![\w'’-])", sentence)
    # After "where" / "où" too: a place relative has a subject of its own ("…, where councillors will meet").
    return written is not None and (words.clause_break.fullmatch(written.group(1)) is not None
                                    or words.place_before.fullmatch(written.group(1)) is not None)


def _told_verb_start(text: str, start: int, verb: re.Match[str], words: _Words) -> int:
    """Where a verb found in ``text`` from ``start`` starts with the clitics before it, which are the verb's ("ne
    compte", "s'est rendu"), not the subject's: `_subject_of`, `_opening_participle` and `_owned_clause` end there."""
    clitics = words.verb_clitics.search(text, start, verb.start())
    return clitics.start() if clitics else verb.start()


def _name_of(sentence: str, subject: str, words: _Words) -> str:
    """The name a sentence gives its subject in the aside right after it when the subject is a description ("Le
    candidat écologiste, Samir Benhaddou, estime …" -> "Samir Benhaddou"): a title says who; else the subject."""
    text = _clean(sentence)
    after = re.match(rf"{re.escape(subject)},\s+([^,;:()]+),", text)
    return after.group(1).strip() if after and _described(subject) and _names_it(after.group(1).strip(), words) \
        else subject


def _after_determiner(text: str, at: int, words: _Words) -> bool:
    """Whether the word at ``at`` follows a determiner or "of"/"de", "du", "des": a noun then, whatever verb it looks
    like ("The charges", "le chantier", "la salle des fêtes", "le gymnase du quartier")."""
    before = (text[:at].split() or [""])[-1]
    return words.determiner.fullmatch(before + " ") is not None or before.casefold() in words.genitive


def _undetermined(verb: re.Pattern[str], text: str, words: _Words) -> Iterator[re.Match[str]]:
    """The matches of a verb pattern in text that follow no determiner (« à cause de la flambée »: a noun)."""
    return (found for found in verb.finditer(text) if not _after_determiner(text, found.start(), words))


_SUBJECT_WORDS_AT_MOST = 8  # "Les 38 passagers des deux cabines du téléphérique": longer is a clause, no subject


def _subject_before_asides(title: str, sentence: str, words: _Words, told_on: bool = False) -> str:
    """The noun phrase a title opening on its verb was cut from, when asides in commas stand between them: "The fees,
    which rose in May, were cut" -> "The fees", "Anna Moreau, hired in 2019 and promoted twice, resigned" -> "Anna
    Moreau", "X said construction of the hall, which began in spring, would continue" -> "construction of the hall"
    (the words after the last verb before the asides); a description named by the first aside gives the name ("Their
    chair, Colin Ashworth, 71, …" -> "Colin Ashworth"). "" when the words before the asides are no such phrase.
    With ``told_on``, only where the title's next words follow its opening one in the sentence (", a signé mercredi"
    is no place of "A pris effet"), and the subject is the one after the last "that", « que »."""
    text = _clean(sentence)
    opening = title.split()[0]  # one word: the date taken out of the title may have followed it
    verb = re.escape(opening[:1].lower() + opening[1:])
    # "Le bassin, dont …, ne sera pas remis en eau avant l'été" titled "Sera remis en eau": the negation that the date
    # lifted may stand between the aside's comma and the verb.
    negation = rf"(?:{words.negation.pattern.removeprefix('(?i)')})\s*" if told_on else ""
    found = re.search(rf",\s+(?:{negation})?{verb}(?![\w'’-])", text)
    if found is None or told_on and not _goes_on(title, text, found.end()):
        return ""
    parts = [part.strip() for part in text[:found.start()].split(",")]
    # A name in quotation marks is no clause mark (« Le collectif « Touche pas à ma maternité », créé en 2021, … »).
    unquoted = re.sub(r"«[^«»]*»|“[^“”]*”", "", parts[0])
    if len(parts) < 2 or re.search(r"[;:«»“”\"()]", unquoted):
        return ""  # no aside between, or a clause mark: the title's verb is no subject's after its asides
    head = parts[0]
    if (words.verb.match(head) or words.verb_forms.match(head[:1].lower() + head[1:]) or _adverbial(head, words)) \
            and len(parts) > 2:
        # "Fermé depuis 2019, le château, dont …, avait été", « Selon la préfecture, le pont, fermé …, rouvrira »:
        # after the participle or the source, the first part that opens a noun phrase or a name; « il y a deux ans »
        # between them is the participle's date, no subject
        at = next((at for at in range(1, len(parts) - 1)
                   if parts[at][:1].isupper() or words.subject_determiner.match(parts[at])), 1)
        head, parts = parts[at], parts[at:]
    # A verb form right after a determiner is a noun ("The charges", "the plans").
    verbs = [verb for verb in words.verb_forms.finditer(_without_quotations(head))
             if not _after_determiner(head, verb.start(), words)]  # « Touche pas à ma maternité »: a name's words
    if verbs:
        # "Whitcombe said construction of the hall": the phrase after the last verb, and after its "that"/"que"
        head = head[verbs[-1].end():].strip()
        # "a annoncé mercredi aux représentants que le magasin": the subject is the reported clause's, after its "que"
        that = (_written_that(head, words) or [None])[-1] if told_on else words.reported_that.match(head)
        head = head[that.end():].strip() if that else head
    tokens = head.split()
    # a quoted name counts as one word: « Touche pas à ma maternité »
    length = len(_without_quotations(head).split()) + len(quotations(head))
    if length > _SUBJECT_WORDS_AT_MOST:
        # "Les 38 passagers des deux cabines du téléphérique …": the head noun before its complements
        at = next((at for at in range(2, len(tokens)) if _bare(tokens[at]) in words.data.SUBJECT_COMPLEMENTS
                   and tokens[at - 1][:1].islower()), len(tokens))
        tokens = tokens[:at]
        head = " ".join(tokens)
        length = len(tokens)
    if not tokens or _function_word(tokens[-1], words) or length > _SUBJECT_WORDS_AT_MOST \
            or _function_word(tokens[0], words) and not words.subject_determiner.match(head) \
            or _bare(tokens[0]) in words.leading_words \
            or not (head[:1].isupper() or verbs or words.subject_determiner.match(head)):
        return ""
    return _name_of(text, head, words) if head == parts[0] else head


_DATE_WORDS_AT_MOST = 4  # "fermerait le jeudi 30 avril ses portes": a date between a verb and its next word


def _goes_on(title: str, text: str, at: int) -> bool:
    """Whether the title's second word (if any) is among the text's next few words after ``at``: the same predicate."""
    following = title.split()[1:2]
    ahead = [_bare(token) for token in text[at:].split()[:_DATE_WORDS_AT_MOST + 1]]
    return not following or _bare(following[0]) in ahead


def _subject_of(sentence: str, words: _Words) -> str:
    """The subject a sentence opens with: a determiner and a few words, up to its first comma or verb, or the words
    before an aside in commas; "" if none."""
    text = _clean(sentence)
    aside = _opening_aside(text, words)
    if aside is not None and len(text[aside[4]:aside[0]].split()) <= 6:
        # "Thorne Valley Cider, which had bought …, wrote": the subject before its aside
        return text[aside[4]:aside[0]]
    if not words.subject_determiner.match(text):
        return ""
    # A verb-like word right after the determiner is the noun ("Le chantier", "The charges").
    # A capitalised word inside the text is a name ("La Société des journalistes du Courrier"), no verb either.
    verb = min((m for pattern in (words.verb, words.verb_forms) for m in pattern.finditer(text)
                if not _after_determiner(text, m.start(), words) and not (m.start() and text[m.start()].isupper())),
               key=lambda m: m.start(), default=None)
    clause = re.search(r"\s*[,;:]", text)  # a subject ends at its clause's first mark at the latest
    # The clitics before the verb are the verb's ("La maison ne compte plus", "Le maire s'est rendu"), not the
    # subject's.
    at = _told_verb_start(text, 0, verb, words) if verb else -1
    end = min([i for i in (clause.start() if clause else -1, at) if i > 0] or [len(text)])
    tokens = text[:end].split()
    while tokens and tokens[-1].casefold() in words.data.SUBJECT_ADVERBS:
        tokens.pop()
    return " ".join(tokens) if 2 <= len(tokens) <= 6 or (len(tokens) == 1 and "'" in tokens[0] + "’") else ""


def _agrees(subject: str, pronoun: str, words: _Words) -> bool:
    """Whether a pronoun may stand for a subject: its determiner, and for a plural pronoun a plural noun."""
    determiner = words.agreeing_determiner.match(subject)
    said = determiner.group(0).casefold() if determiner else ""
    if said not in words.data.SUBJECT_PRONOUNS[pronoun]:
        return False
    people = words.data.PERSON_NOUNS | words.data.TITLES  # "the mayor of Dunmore"; "the mayor's report" is a thing
    if pronoun in words.data.THING_PRONOUNS and any(_bare(word) in people for word in subject.split()):
        return False  # "The mayor resigned. It was announced …": "it" is no person
    plural = re.search(r"[sx]$", subject.split()[-1]) is not None
    return plural if pronoun in words.data.PLURAL_PRONOUNS else True


def event_id(source_id: str, sentence: str) -> str:
    """A stable id: the sentence's first words, then a short hash of the source id and the whole sentence."""
    words = slugify(_clean(sentence)).split("-")[:_ID_WORDS]
    digest = hashlib.sha256(f"{source_id}\n{' '.join(sentence.split())}".encode("utf-8")).hexdigest()[:8]
    return f"{'-'.join(words)[:48].strip('-')}-{digest}"


def _date_object(sentence: str, date_span: tuple[int, int], words: _Words) -> bool:
    """Whether the date is the object of a verb that dates (``DATE_OBJECT_VERBS``): the verb and its lead right before
    the date, or the lead the date's own words open with (« remonte [à l'été 2009] », « remonte [au printemps 1912] »).
    """
    start = date_span[0]
    return any(verb.start() < start and (verb.end() >= start or not sentence[verb.end():start].strip())
               for verb in words.date_object.finditer(sentence, 0, date_span[1]))


def _date_words(sentence: str, date_span: tuple[int, int], words: _Words) -> tuple[int, int] | None:
    """Where the date's words start and end with their lead, part of the day and debris, as a title takes them out;
    None when the date stays. A date glued to the next word is part of that word: "Thursday-night racing", "during
    Tuesday’s meeting" keep it, no "-night racing" or "’s meeting" left where it was. A date the verb takes as its
    object stays: "Sa dernière rénovation remonte [à l'été 2009]" says nothing without it (``DATE_OBJECT_VERBS``)."""
    start, end = date_span
    if re.match(r"[-‐'’]\w", sentence[end:end + 2]) or _year_in_name(sentence, date_span, words) \
            or _date_object(sentence, date_span, words):
        return None
    start = holiday_start(sentence, start, end)  # "Black Friday promotions": no "Black" left
    start = _lead_start(sentence, start, end, words)
    tail = words.date_tail.match(sentence, end)
    end = tail.end() if tail else end  # "a voté jeudi soir": no "soir" left alone
    return _with_debris(sentence, start, end, words)


def event_title(sentence: str, date_span: tuple[int, int] | None, language: str) -> str:
    """A short clause from the sentence: the date words and leading connectors dropped, cut at the first side clause."""
    words = _words(language)
    sentence, date_span = _one_sentence(sentence, date_span)
    sentence, date_span = _without_aside(sentence, date_span, words)
    sentence, date_span = _one_word_aside(sentence, date_span, words)
    sentence, date_span = _opening_participle(sentence, date_span, words)
    sentence, date_span = _fitted(sentence, date_span, words)
    text = _clean(sentence)
    if date_span is not None and (cut := _date_words(sentence, date_span, words)) is not None:
        start, end = cut
        head = _negation_lifted(sentence[:start], sentence[:date_span[0]], sentence[date_span[0]:date_span[1]],
                                sentence[end:], words)
        text = _clean(head + " " + sentence[end:])
    text = re.sub(r"^(?:[\s,;:]|['’]s\b)+", "", text)
    text = re.sub(r"\s+(?=[,.](?:\s|$))", "", text)  # "We have been here [since 1911]. We …"
    # "… à vendre. [Aujourd'hui], la justice …": the sentence goes on from its next word.
    text = re.sub(r"(?<=[.!?])\s*,\s*(\w)", lambda m: " " + m.group(1).upper(), text)
    text = _without_date_commas(text, words)
    text = re.sub(r"\s*(?:«\s*»|“\s*”|\"\s*\")", "", text)  # a quotation that held only the date: « au moins jusqu'en mai »
    # "Marsh, 52, was arrested": an age in commas goes; "raised £14,000, the charity said" keeps its thousands
    text = re.sub(r"(?<!\d),\s*\d{1,3}\s*,", "", text)
    while True:
        shorter = words.leading_clause.sub("", text, count=1)
        if shorter == text or len(shorter.split()) < 3:
            break
        text = shorter
    # "L'Agence régionale de santé (ARS) indique …", "Thierry Mabille (DVG) a voté": a label in brackets is no aside
    # to cut the clause at.
    text = BRACKETED_LABEL.sub("", text)
    # "Larchpoint, the Dunmore-based start-up, is cutting 120 jobs": a description in commas after the subject that
    # opens the title goes, the verb follows the subject.
    described = _OPENING_APPOSITION.match(text)
    if described and _adverbial(described.group("subject"), words):
        described = None  # "According to the council, the bridge, closed …": the subject is the second part
    if described and words.subject_determiner.match(described.group("aside")) \
            and not words.verb_forms.search(re.sub(r"\S+-\S+", "", described.group("aside"))) \
            and words.verb_forms.match(text, described.end()):  # "Dunmore-based" is an adjective
        subject, aside = described.group("subject"), described.group("aside")
        named = aside[words.subject_determiner.match(aside).end():]
        if words.subject_determiner.match(subject) and named[:1].isupper():
            subject = aside  # "The regulator, the Civil Aviation Directorate, confirmed": the name says who
        text = subject + " " + text[described.end():]
    elif described and words.subject_determiner.match(described.group("subject")) \
            and _names_it(described.group("aside"), words) and words.verb_forms.match(text, described.end()) \
            and not _fits(_head_clause(text, words)):
        # "Le préfet de la Haute-Ondée, Frédéric Maingault, a fixé …" too long for a title: "Le préfet Frédéric
        # Maingault a fixé …", the role's head and the name say who (the name alone when that is still too long),
        # and the words saved keep the predicate whole
        role = described.group("subject").split()
        cut = next((at for at in range(2, len(role)) if _bare(role[at]) in words.data.SUBJECT_COMPLEMENTS), len(role))
        named = described.group("aside") + " " + text[described.end():]
        headed = " ".join(role[:cut]) + " " + named
        text = headed if cut <= _ROLE_HEAD_WORDS_AT_MOST and _fits(_head_clause(headed, words)) else named
    text = _head_clause(text, words)
    text = _without_said_frame(text, words)
    text = words.inline_aside.sub(" ", text)
    text = _trim(_shorten(_short_subject(text, words), words), words)
    return text[:1].upper() + text[1:]


def _fits(text: str) -> bool:
    """Whether a title's words fit a title whole, in characters and in words."""
    return len(text) <= _MAX_TITLE_CHARS and len(text.split()) <= _MAX_TITLE_WORDS


def _without_said_frame(text: str, words: _Words) -> str:
    """An event's clause without the frame of reported words that closes it or stands in it in commas (issue 9, item
    3: a reported-speech frame left in). Closing it with a speaker who is named or described, the frame is told
    first, as the sentence means it ("Staff will be offered redundancy terms, the company said" -> "The company said
    staff will be offered redundancy terms", ``REPORTED_TITLE``), when that fits a title; else, or said by a pronoun
    ("Entry fees would be refunded, she said", « …, a-t-elle promis »), the frame goes. Kept when the words left hold
    no verb or fewer than three words."""
    for frame in reversed(list(words.said_frame.finditer(text))):
        left = text[:frame.start()] + text[frame.end():]
        if len(left.split()) < 3 or not words.verb_forms.search(left) or re.search(r"[«»“”\"]", left):
            continue  # a quotation's frame names who speaks: the claim's title tells it
        text = left
        speaker = frame.group("named") or frame.group("who") or frame.group("after")
        about = frame.group("about") or ""
        if about[:1].isupper() and len(about.split()) <= 4:
            speaker = about  # "a indiqué son vice-président, Alain Bréchignac": the name says who
        if speaker is None or speaker.casefold() in words.frame_pronouns or text[frame.start():].strip(" .!?…"):
            continue  # a pronoun, or a frame set in the clause: the frame only goes
        stop = words.speaker_stop.search(f" {speaker} ")
        speaker = speaker[:stop.start()] if stop else speaker  # "la préfecture [dans un communiqué]"
        content = left.rstrip(" .!?…")
        first, second = (content.split() + [""])[:2]
        if words.verb_forms.fullmatch(_bare(first)):
            continue  # "A pris effet à midi": the clause lost its subject, no statement to report
        if words.subject_determiner.match(content) or _function_word(first, words) \
                or _bare(first) in words.data.SUBJECT_PRONOUNS or _bare(first) in words.data.NUMBERS:
            content = content[:1].lower() + content[1:]  # "la mairie a reconnu que l'alarme …"
        elif not second[:1].isupper():
            continue  # "Staff will …", "Larchpoint will …": a noun or a name, its capital tells neither: the frame goes
        verb = " ".join((frame.group("verb") or frame.group("verb_first")).split())
        told = _elided(words.data.REPORTED_TITLE.format(speaker=speaker, verb=verb, content=content), words)
        if len(told) <= _MAX_TITLE_CHARS and len(told.split()) <= _MAX_TITLE_WORDS:
            text = told[:1].upper() + told[1:]
    return text


_DATE_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?…»”\"()—–]|$)")  # what may follow a date that ends its clause


def _negation_lifted(head: str, before_date: str, date: str, after: str, words: _Words) -> str:
    """The words before a date that only a negation kept back ("La piscine ne rouvrira qu'[en mars]", "The pool will
    not reopen [until March]") told without that negation, the date's fact ("La piscine rouvrira", "The pool will
    reopen"): taken out with its date, the negation said the opposite (issue 9, item 3). Else the words as they are;
    a negation in another clause than the date's ("n'a pas dit si …") stays, and so does one whose clause goes on
    after the date ("cannot reopen before March because the boiler has failed": "can reopen because …" is false)."""
    if not (words.only_from_date.search(before_date) or words.only_date_opening.match(date)) \
            or not _DATE_CLAUSE_END.match(after):
        return head
    kept = words.only_left.sub("", head)  # "qu'", "avant" left before the date go with the negation
    for pattern, replacement in words.negation_undone:
        negation = None
        for negation in pattern.finditer(kept):
            pass  # the last one: the date's own clause
        if negation is not None and not words.negation_scope_stop.search(kept, negation.end()):
            return kept[:negation.start()] + negation.expand(replacement) + kept[negation.end():]
    return head


def _without_date_commas(text: str, words: _Words) -> str:
    """The two commas a removed date leaves ("X, , Y") made one join: a comma after an opening phrase, a space elsewhere."""
    def joined(m: re.Match[str]) -> str:
        # "À Lyon, [mardi,] les chauffeurs": the opening phrase keeps its comma so leading_clause still drops it; "La
        # troisième étape, [vendredi 9 juin,] proposera": a comma left alone would part the subject from its verb.
        # A number after the pair ("les [5], 12 et 19 mars"): a list lost its first day, no aside was closed.
        opening = words.leading_clause.match(text[:m.start()] + ", ")
        return ", " if opening and opening.end() == m.start() + 2 and not text[m.end():m.end() + 1].isdigit() else " "
    return re.sub(r",\s*,\s*", joined, text)


_LONG_SUBJECT_CHARS = 70  # a subject this long leaves a 110-character title no room for what it did


def _short_subject(text: str, words: _Words) -> str:
    """A title too long for 110 characters whose subject takes most of them, its subject cut to its head noun before
    the words that complete it (``SUBJECT_COMPLEMENTS``, after a lower-case noun): "The team from the Institute for …
    at the University of Kellbridge drilled a 94-metre ice core" -> "The team drilled a 94-metre ice core"; cut at its
    end instead, it lost its verb or its object (issue 9, item 3). A shorter subject says who ("les salariés de la
    papeterie Lambert") and stays, as does one in commas, quotation marks or brackets."""
    verb = words.verb_forms.search(text)
    if len(text) <= _MAX_TITLE_CHARS or verb is None or verb.start() < _LONG_SUBJECT_CHARS \
            or not words.subject_determiner.match(text):
        return text
    subject = text[:verb.start()].split()
    if len(subject) < 5 or re.search(r"[,;:«»“”\"()]", text[:verb.start()]):
        return text
    for at in range(2, len(subject) - 1):
        if _bare(subject[at]) in words.data.SUBJECT_COMPLEMENTS and subject[at - 1][:1].islower():
            if _bare(subject[at - 1]).casefold() in words.data.TITLES:
                # "The head [of the Agency …]": a role says nothing without whose it is; it keeps its first
                # complement, cut at the next one ("The head of the Agency for Coastal … at the University" ->
                # "The head of the Agency for Coastal …"), kept whole when there is none.
                at = next((j for j in range(at + 2, len(subject) - 1)
                           if _bare(subject[j]) in words.data.SUBJECT_COMPLEMENTS), None)
                if at is None:
                    return text
            return " ".join(subject[:at]) + " " + text[verb.start():]
    return text


_BARE_YEAR = re.compile(r"(?:1[6-9]|2[01])\d\d")  # 1600 up to the last year the date tagger reads (_year_ok: 2199)


def _year_in_name(sentence: str, date_span: tuple[int, int], words: _Words) -> bool:
    """Whether the date is a bare year used as an adjective, part of a noun phrase the title needs whole (issue 9,
    item 2): after a determiner and before a word ("the 2028 event", "its 1936 track"), or right after a noun with no
    preposition ("le budget 2025", "fiscal 2025"). Taken out, it left "Event would go ahead" or "le budget a été voté"."""
    if not _BARE_YEAR.fullmatch(sentence[date_span[0]:date_span[1]]):
        return False
    before, after = sentence[:date_span[0]].split()[-1:], sentence[date_span[1]:].split()[:1]
    if not before or not after or not re.fullmatch(r"[^\W\d_][\w'’-]*", before[0]):
        return False
    noun = re.match(r"[^\W\d_]", after[0]) and _bare(after[0]) not in words.function_words \
        and not words.verb_forms.fullmatch(_bare(after[0]))
    if words.determiner.fullmatch(before[0] + " "):
        return bool(noun)
    return before[0].islower() and _bare(before[0]) not in words.function_words \
        and not words.date_lead.search(before[0] + " ") and not words.dangling.fullmatch(_bare(before[0])) \
        and not words.verb_forms.fullmatch(before[0]) \
        and not words.verb.fullmatch(before[0])


def _head_clause(text: str, words: _Words) -> str:
    """The text up to its first side clause (``clause_cut``) when the words before it are three or more and hold a
    verb; else the whole text: not when the head is a subject alone ("The club's women's team, which …"). An aside
    between a verb and the clause that is its object goes instead (``_object_aside``)."""
    cut = words.clause_cut.search(text)
    if cut and len(text[: cut.start()].split()) >= 3 and _has_verb(text[: cut.start()], words):
        aside = _object_aside(text, cut.start(), words)
        if aside is not None:
            return _head_clause(text[:aside[0]] + text[aside[1]:], words)
        return text[: cut.start()]
    return text


def _object_aside(text: str, cut: int, words: _Words) -> tuple[int, int] | None:
    """Where the aside in commas lies that stands between a verb and its object clause, when the cut at ``cut`` falls
    on it: "Le maire a expliqué, lors de la réunion, que la piscine fermerait" cut at the aside kept "Le maire a
    expliqué, lors de la réunion", which says nothing (issue 9, item 3); without the aside it is "Le maire a expliqué
    que la piscine fermerait". None when the cut is elsewhere or no verb comes right before the aside."""
    for aside in words.object_aside.finditer(text):
        if not aside.start() <= cut <= aside.end():
            continue
        verbs = list(words.verb_forms.finditer(text, 0, aside.start()))
        if not verbs:
            continue
        # the verb, or its auxiliary and participle ("a expliqué": the participle is no form the lists hold)
        gap = text[verbs[-1].end():aside.start()].split()
        if not gap or len(gap) == 1 and words.past_participle.fullmatch(_bare(gap[0]).casefold()):
            return aside.start(), aside.end() - 1  # the space before the object's word stays
    return None


_FIT_CHARS_AT_MOST = 6 * _MAX_TITLE_CHARS
_FIT_REMOVALS_AT_MOST = 4


def _fitted(sentence: str, date_span: tuple[int, int] | None,
            words: _Words) -> tuple[str, tuple[int, int] | None]:
    """A sentence too long for a title made to fit by leaving out what it says beside its clause (issue 9, item 3),
    before any word is cut: the subject's aside in commas ("Dr Alun Pryce, a marine ecologist at … who reviewed …,
    said"), an opening phrase before the clause ("Sept mois après le Forum alpin de l'eau, les communes …"), an aside
    in commas between a verb and its object ("a annoncé, après la clôture de la Bourse, le dépôt …"). Each goes only
    while the words left are too many for a title, and never the one holding the date: that one tells the fact.
    """
    def too_long(text: str, span: tuple[int, int] | None) -> bool:
        left = text if span is None else text[:span[0]] + text[span[1]:]
        left = _head_clause(left, words)  # the title ends there anyway (event_title cuts it there)
        return len(left) > _MAX_TITLE_CHARS or len(left.split()) > _MAX_TITLE_WORDS

    # A sentence many times a title's length is a list or a run-on: _shorten cuts it anyway, and each pass rescans
    # it (800 commas took 16 s, review 30 finding 7); a few removals are all a sentence of news holds.
    if len(sentence) > _FIT_CHARS_AT_MOST:
        return sentence, date_span
    for _ in range(_FIT_REMOVALS_AT_MOST):
        if not too_long(sentence, date_span):
            break
        for remove in (_subject_aside, _opening_phrase, _inner_aside):
            cut = remove(sentence, date_span, words)
            if cut is not None:
                break
        else:
            break
        start, end = cut
        sentence = sentence[:start] + (" " if start else "") + sentence[end:]
        if date_span is not None and date_span[0] >= end:
            shift = end - start - (1 if start else 0)
            date_span = (date_span[0] - shift, date_span[1] - shift)
    return sentence, date_span


def _holds(span: tuple[int, int] | None, start: int, end: int) -> bool:
    """Whether the date's span starts inside start..end."""
    return span is not None and start <= span[0] < end


def _subject_aside(text: str, date_span: tuple[int, int] | None, words: _Words) -> tuple[int, int] | None:
    """Where the aside in commas after the opening subject lies, when the predicate follows it; else None."""
    told = _SUBJECT_ASIDE.match(text)
    if told is None or _holds(date_span, told.end("subject"), told.end()) \
            or words.verb_forms.search(told.group("subject")) \
            or _function_word(told.group("subject").split()[0], words) \
            and not words.subject_determiner.match(told.group("subject")) \
            or not (words.verb_forms.match(text, told.end()) or words.negation.match(text, told.end())) \
            or _names_it(told.group("aside"), words):  # "Le préfet, Arnaud Le Berre, rappelle": the name says who
        return None
    return told.end("subject"), told.end()


def _opening_phrase(text: str, date_span: tuple[int, int] | None, words: _Words) -> tuple[int, int] | None:
    """Where an opening phrase before a comma lies ("Sept mois après le Forum alpin de l'eau, les communes …"), when
    it holds no verb and a subject and its verb follow; else None. A phrase opening on a participle tells a fact of its
    own ("Founded in 1990, the sanctuary …"): it stays."""
    first = text.split()[0] if text.split() else ""
    attributed = _attribution_end(text, words)
    if attributed is not None and not _holds(date_span, 0, attributed):
        # "According to the Theft Register, claims for stolen vehicles rose by 41 per cent": who says it goes before
        # the fact is cut ("claims" opens the clause as a noun, which the test below takes for a verb)
        return 0, attributed
    # A phrase opening on a determiner is a noun phrase: the subject or a list's first item ("Les médecins, les
    # infirmiers et …"); one opening on "sans", "without", "except" is a condition the clause holds under (review 30,
    # finding 6).
    if not first or words.verb.fullmatch(_bare(first)) or words.verb_forms.match(text) \
            or words.participle_before.search(f"x {first.casefold()} ") \
            or words.subject_determiner.match(text) or words.restrictive.match(text):
        return None
    for comma in re.finditer(r",\s+", text):
        phrase, rest = text[:comma.start()], text[comma.end():]
        if re.search(r"[;:()«»“”\"]", phrase) or words.verb_forms.search(phrase) or _holds(date_span, 0, comma.end()):
            return None  # the phrase ends where a verb, a quotation or the date starts
        verb = words.verb_forms.search(rest)
        if len(phrase.split()) <= 3 and verb and words.list_joiner.search(rest[:verb.start()]):
            return None  # "Doctors, nurses and porters … walked out": the list's first item, no phrase of its own
        if not _opens_predicate(rest, words, known=True) and verb \
                and (words.subject_determiner.match(rest) or rest[:1].isupper()):
            # "Le préfet, Arnaud Le Berre, rappelle", "Brookfield, a family business …, said": the phrase was the
            # subject and what follows its aside.
            then = re.search(r",\s+", rest)
            if _names_it(phrase, words) or then and words.verb_forms.match(rest, then.end()):
                return None
            if then and not words.verb_forms.search(rest[:then.start()]):
                continue  # "Pour le maire, Bernard Lachaume, la mesure …": the name is the phrase's too
            return 0, comma.end()
    return None


def _attribution_end(text: str, words: _Words) -> int | None:
    """Where the clause after an opening "According to X," / « Selon X, » starts: after the comma that a piece
    holding a verb follows (an apposition of X goes with it: « D'après Calorvia, filiale du groupe Énerlys, les
    travaux … »); None for no such opening, or one whose next piece opens on a participle (« Selon la décision,
    publiée au Bulletin officiel, l'opérateur … »: where the clause starts is not told by commas)."""
    if not words.according.match(text):
        return None
    for comma in re.finditer(r",\s+", text):
        if re.search(r"[;:()«»“”\"]", text[:comma.start()]):
            return None
        piece = text[comma.end():].split(",")[0]
        first = _bare(piece.split()[0]) if piece.split() else ""
        if words.past_participle.fullmatch(first):
            return None
        if words.verb_forms.search(piece):
            return comma.end()
    return None


def _inner_aside(text: str, date_span: tuple[int, int] | None, words: _Words) -> tuple[int, int] | None:
    """Where an aside in commas between a verb and the rest of its clause lies ("a annoncé, après la clôture de la
    Bourse, le dépôt"): lower case, with no verb, the clause going on in lower case after it; else None."""
    # The date's words are read as spaces: "a annoncé mardi, après la clôture …" puts the aside after the verb too.
    for aside in re.finditer(r"(?P<verb>[^\W\d_]+)\s*(?P<comma>,)\s+(?P<aside>[^,;:()«»“”\"]+),\s+(?=[^\W\d_])",
                             _blank(text, date_span)):
        verb, inside = aside.group("verb"), aside.group("aside")
        if (words.verb_forms.fullmatch(verb) or verb[:1].islower() and words.verb.fullmatch(verb)) \
                and inside[:1].islower() and not _holds(date_span, aside.start("comma"), aside.end()) \
                and _bare(inside.split()[0]) not in words.leading_words and not words.clause_break.match(inside) \
                and not words.restrictive.match(inside) \
                and not words.verb_forms.search(inside) and text[aside.end()].islower():
            return aside.start("comma"), aside.end()
    return None


_SUBJECT_ASIDE = re.compile(r"(?P<subject>[A-ZÀ-ÖØ-Ý][^,;:()«»“”\"]{0,60}?),\s+(?P<aside>[^,;:()«»“”\"]{3,}?),\s+")


def _with_debris(sentence: str, start: int, end: int, words: _Words) -> tuple[int, int]:
    """The span a date leaves a title with, widened to the opening phrase it leaves one word of (issue 9, item 3):
    "Déjà en 2019, la fermeture …" loses "Déjà,"; else the span as it was. Only when a clause with a verb follows:
    one word alone before it is debris.
    """
    if sentence.rfind(", ", 0, start) >= 0:
        return start, end
    after = _lone_word_comma(sentence, start, end, 0, after_date=True)
    rest = "" if after is None else sentence[after.end():]
    if after is None or not words.verb.search(rest):
        return start, end
    return 0, after.end()


_COMMA_GAP = re.compile(r",\s+")  # searched from a position (`_lone_word_comma`): compiled once, not per title


def _lone_word_comma(sentence: str, start: int, end: int, opening: int, after_date: bool) -> re.Match[str] | None:
    """The comma after a date at ``start``..``end`` when the words from ``opening`` to it are the date and one plain
    word, with no quotation or bracket before it; else None. The word stands before the date ("Déjà en 2019,",
    "appointed in June,"), or after it in lower case when ``after_date`` ("En 2019 déjà,"): a name after the date is
    the subject of a list or an aside ("In 2019 Apple, Google and Microsoft signed"; review 30, findings 4, 8, 14).
    """
    comma = _COMMA_GAP.search(sentence, end)
    if comma is None or re.search(r"[;:()«»“”\"]", sentence[:comma.start()]):
        return None
    between = sentence[end:comma.start()].strip()
    if between and not (after_date and between[:1].islower()):
        return None
    left = (sentence[opening:start] + " " + between).split()
    return comma if len(left) == 1 and re.fullmatch(r"[^\W\d_][\w'’-]*", left[0]) else None


def _one_word_aside(sentence: str, date_span: tuple[int, int] | None,
                    words: _Words) -> tuple[str, tuple[int, int] | None]:
    """A subject's aside in commas that is one word and the date ("La papeterie, fondée en 1923, a …", "Brisset,
    appointed in June, replaced …"), told of its subject with "to be": "La papeterie est fondée en 1923" (issue 9,
    item 3). The shape says the word is a participle or an adjective, whatever the word: the aside follows the
    subject and the predicate opens right after it. Else the sentence as it was.
    """
    subject = _ASIDE_SUBJECT.match(sentence)
    if date_span is None or subject is None or not subject.end() <= date_span[0]:
        return sentence, date_span
    tail = words.date_tail.match(sentence, date_span[1])
    # The word stands before the date, as a participle does ("appointed in June"); one after it is an adverb ("Le
    # maire, hier encore, a refusé": review 30, finding 8).
    after = _lone_word_comma(sentence, _lead_start(sentence, *date_span, words), tail.end() if tail else date_span[1],
                             subject.end(), after_date=False)
    main = "" if after is None else sentence[after.end():]
    if after is None or _holds_verb(subject.group(1), words) or not _opens_predicate(main, words, known=True):
        return sentence, date_span
    lone = sentence[subject.end():_lead_start(sentence, *date_span, words)].split()
    if lone and _bare(lone[0]).endswith(_PARTICIPLE_ENDINGS) and words.verb_forms.search(main) \
            and not words.dated.search(main):
        # "The minister, speaking on Monday, said …", « Le maire, s'exprimant lundi, a confirmé … »: a present
        # participle is no state of the subject; what it does then is what the main clause tells.
        return f"{subject.group(1)} {main}", None
    told = _told_by_aside(sentence, date_span, words, subject.end(1), subject.end(), after.start(), by_shape=True)
    if told[0] != sentence and _dated_by_aside(main, words):
        return f"{subject.group(1)} {main}", None
    return told


def _dated_by_aside(main: str, words: _Words) -> bool:
    """Whether the main clause after a subject's dated participle aside is the fact of the aside's date."""
    verb = words.verb_forms.search(main)
    # "Harland, interviewed in May, said the club would appeal": a past main clause with no time of its own (no date
    # word, no "alors", "then", no plan, no state or measure) is the fact of that date, the one a reader wants (review
    # 30, finding 8).
    return verb is not None and _past_fact(main, verb, words) and not words.dated.search(main) \
        and not words.future_in_past.match(main, verb.start()) \
        and not any(_bare(word) in words.data.SUBJECT_ADVERBS for word in main.split()[:4])


def _holds_verb(subject: str, words: _Words) -> bool:
    """Whether the words before an aside hold a verb, so they are a clause and no subject: a known form in lower case
    after no determiner, or any verb-like word after a subject pronoun ("Il démissionna"). The rough pattern alone
    reads nouns, adjectives and names as verbs ("Le chantier", "Notre dernier sondage", « Touche pas à ma
    maternité »)."""
    plain = _without_quotations(subject)
    if any(plain[verb.start()].islower() for verb in _undetermined(words.verb_forms, plain, words)):
        return True
    first = (plain.split() or [""])[0]
    return _bare(first).casefold() in words.data.SUBJECT_PRONOUNS and words.verb.search(plain, len(first)) is not None


def _lead_start(sentence: str, start: int, end: int, words: "_Words") -> int:
    """Where the words that lead the date at ``start:end`` begin ("over the weekend", "in early May"), or ``start``."""
    lead = _leads_before(words.date_leads, end - start).search(sentence, 0, end)
    return lead.start() if lead else start


@functools.lru_cache(maxsize=512)
def _leads_before(leads: str, length: int) -> re.Pattern[str]:
    """A run of date leads that ends ``length`` characters before the end of the text searched, compiled once per
    language and date length: the date in sight, "over" leads "the weekend" but ends the phrasal verb of "was taken
    over last week"."""
    return re.compile(rf"{leads}(?=(?s:.){{{length}}}\Z)", re.IGNORECASE)


def _one_sentence(text: str, date_span: tuple[int, int] | None) -> tuple[str, tuple[int, int] | None]:
    """The sentence of ``text`` that holds the date, when it holds several (a quotation told in a few sentences is one
    sentence to the segmenter): a title tells one ("Pete went into the water . My uncle pulled him out", issue 9).

    The sentence ends are the segmenter's own ("Dr. Rao", "St. Austell" end none).
    """
    at = 0 if date_span is None else date_span[0]
    start, end, piece_start = 0, len(text), 0
    for mark, after in sentence_ends(text):
        told = re.findall(r"\w[\w'’-]*", text[piece_start:mark] if date_span is None or not piece_start <= at < mark
                          else text[piece_start:at] + text[date_span[1]:mark])
        if len(told) < _MIN_SENTENCE_WORDS and told and told[-1][:1].isupper():
            continue  # "On June 4, Brig. Ellery": a word or two ending on a capital, an abbreviation the list lacks
        piece_start = after
        if mark < at:
            start = after
        else:
            end = mark + 1
            break
    piece, before = text[start:end], text[start:at]
    if (start, end) == (0, len(text)) or any(before.count(b) > before.count(a) for a, b in ("«»", "“”")):
        return text, date_span  # a date in the attribution after the quotation: the sentences are the quotation's
    for opening, closing in ("«»", "“”"):  # the quotation's mark at the other sentence's end is not this one's
        if piece.count(opening) > piece.count(closing) and piece.lstrip().startswith(opening):
            cut = piece.index(opening) + 1
            piece, start = piece[cut:], start + cut
        if piece.count(closing) > piece.count(opening):
            piece = piece[:piece.rindex(closing)]
    return piece, None if date_span is None else (date_span[0] - start, date_span[1] - start)


# Fewer words than this before a stop, the last one capitalised, and the stop closes an abbreviation, not a sentence.
_MIN_SENTENCE_WORDS = 3


def _opening_aside(sentence: str, words: _Words,
                   date_span: tuple[int, int] | None = None) -> tuple[int, int, int, int, int] | None:
    """Where a subject's aside in commas lies, when the sentence opens "Subject, aside, predicate …", or "Source,
    subject, aside, predicate …" (« Selon la préfecture, le pont, fermé depuis mars, rouvrira »).

    Returns the subject's end, the aside's words (after its relative pronoun, if any), where the predicate starts, and
    the subject's start; None when the sentence has no such shape. The predicate opens on a verb or a lower-case
    content word ("Valtrane, qui avait levé …, n'exclut pas …"): after a subject and its aside, that is the verb.
    """
    subject = _ASIDE_SUBJECT.match(sentence)
    if subject and _adverbial(subject.group(1), words) and not _holds(date_span, 0, subject.end()):
        # the source or complement opening the sentence is no subject: "le pont" was cut as its aside
        subject = _LATER_SUBJECT.match(sentence, subject.end())
        if subject is None or not (words.subject_determiner.match(subject.group(1))
                                   or _names_it(subject.group(1), words)):
            return None
    elif not subject or _bare(subject.group(1).split()[0]) in words.function_words | words.leading_words \
            and not words.subject_determiner.match(sentence) or _adverbial(subject.group(1), words):
        return None  # "In Paris, …", "However, …": a sentence adverbial, no subject
    # A verb form after a determiner is a noun (« La fête des vendanges »), but only a participle aside after it
    # is sure to be one: other words before a comma may be a clause.
    noun_verb = words.verb_forms.search(subject.group(1)) is not None
    if noun_verb and next(_undetermined(words.verb_forms, subject.group(1), words), None) is not None:
        return None
    aside_start = subject.end()
    relative = words.relative.match(sentence, aside_start)
    words_start = relative.end() if relative else aside_start
    ends = []
    for comma in re.finditer(r",\s+", sentence[words_start:]):
        aside_end, rest = words_start + comma.start(), words_start + comma.end()
        if re.search(r"[;:!?()«»“”\"]|\.(?!\d)", sentence[words_start:aside_end]):
            break
        # The date's own words are no verb ("l'été dernier": "été"); nor are a relative clause's after an apposition
        # ("The Rev Jane Holt, vicar of St Anne's, who sits on the board, abstained"), unless the date is in it: that
        # clause is the date's.
        piece = _blank(sentence, date_span)[words_start:aside_end]
        if not _holds(date_span, words_start, aside_end):
            piece = ", ".join(part for part in piece.split(", ") if not words.relative.match(part))
        # « La fête, organisée chaque année le premier dimanche de septembre, se tiendra … »: an undated past
        # participle and its complement is an aside, whatever words the rough verb pattern reads in it ("année");
        # a dated one is told of its subject (`_one_word_aside`, `_told_by_aside`).
        participial = not relative and not _holds(date_span, words_start, aside_end) and _participle_aside(piece, words)
        if not relative and not participial and (words.verb.search(piece)
                                                 or _function_word(sentence[words_start:aside_end].split()[0], words)
                                                 and not words.subject_determiner.match(sentence, words_start)):
            # "Instead, councillors were told …": a clause, not an aside (a participle alone is one); "Le contrat,
            # d'un montant de 8,4 millions d'euros, …": a complement that tells the fact.
            break
        if participial or not noun_verb:
            ends.append((aside_end, rest, participial))
    # A known verb form opens the predicate; failing one, a lower-case content word ("drew", "n'exclut"), which
    # could also be a second aside ("Yohan Certeux, ancien milieu du club, a été nommé"); after a participle aside,
    # only a known verb form: a participle then a lower-case word may be the clause itself.
    for known in (True, False):
        for aside_end, rest, participial in ends:
            if (known or not participial) and _opens_predicate(sentence[rest:], words, known):
                return subject.end(1), words_start, aside_end, rest, subject.start(1)
    return None


def _participle_aside(piece: str, words: _Words) -> bool:
    """Whether an aside's words are a past participle in lower case and its complement, with no verb form after it
    ("organisée par le comité des fêtes", "damaged by the floods"): a reduced relative, no clause."""
    tokens = piece.split()
    if len(tokens) < 2 or not tokens[0][:1].islower() or not words.past_participle.fullmatch(_bare(tokens[0])):
        return False
    after = len(piece) - len(piece.lstrip()) + len(tokens[0])
    # "commissioned by the council and written by two engineers": a participle after "and" shares the aside
    return all(words.past_participle.fullmatch(verb.group(0))
               and words.list_joiner.fullmatch(f" {piece[:verb.start()].split()[-1]} ")
               for verb in words.verb_forms.finditer(piece, after))


def _opens_predicate(text: str, words: _Words, known: bool) -> bool:
    """Whether text opens on a verb: a known verb form, or (not ``known``) a lower-case word that is no function
    word."""
    if words.subject_determiner.match(text):
        return False  # "Its last bus will leave": the rough verb pattern reads "its", "his" as verbs in -s
    if words.verb_forms.match(text) or words.verb.match(text) or words.negation.match(text) \
            or _after_clitics(text, words):
        return True
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return not known and first[:1].islower() and not _function_word(first, words) and not words.relative.match(text)


def _after_clitics(text: str, words: _Words) -> bool:
    """Whether text opens on a known verb form behind the clitics that are the verb's ("se tiendra", "s'est posée",
    "nous donnait"): a title cut from its subject reads so, and so does a predicate after a subject's aside."""
    verb = words.verb_forms.search(text)
    if verb is None or not verb.start():
        return False
    clitics = words.verb_clitics.search(" " + text[:verb.start()])
    return clitics is not None and clitics.start() == 1


def _function_word(token: str, words: _Words) -> bool:
    """Whether a word is a function word, an elided one too ("d'un", "l'on": "d", "l" before the apostrophe)."""
    stem = re.split(r"['’]", _bare(token))[0]
    return stem in words.function_words or stem != _bare(token) and len(stem) <= 2


def _without_aside(sentence: str, date_span: tuple[int, int] | None,
                   words: _Words) -> tuple[str, tuple[int, int] | None]:
    """The sentence told by the clause that carries its date (issue 9, item 3): "Anand, who took the job in 2019, will
    leave …" is "Anand took the job in 2019" for 2019, "Anand will leave …" for the rest; the date span moved along.

    A dated aside without a relative pronoun is told of its subject with a verb "to be" (`_told_by_aside`).
    """
    aside = _opening_aside(sentence, words, date_span)
    if aside is None:
        return sentence, date_span
    subject_end, words_start, aside_end, rest, _ = aside
    inside = date_span is not None and words_start <= date_span[0] < aside_end
    if inside and not words.relative.match(sentence, subject_end + 1):
        told = _told_by_aside(sentence, date_span, words, subject_end, words_start, aside_end)
        tail = words.date_tail.match(sentence, date_span[1])
        lone = len(sentence[words_start:_lead_start(sentence, *date_span, words)].split()) == 1 \
            and not sentence[tail.end() if tail else date_span[1]:aside_end].strip()
        if told[0] != sentence and lone and told[0].startswith(sentence[:subject_end] + " ") \
                and _dated_by_aside(sentence[rest:], words):
            # « Le conseil, réuni lundi, a adopté le budget »: the meeting is when the adoption happened; a longer
            # aside tells a fact of its own ("The Kelford Marathon, first run in 1983, drew …", « reprise jeudi
            # dans une grange »)
            return f"{sentence[:subject_end]} {sentence[rest:]}", None
        return told
    start, end = (words_start, aside_end) if inside else (rest, len(sentence))
    if date_span is not None and not start <= date_span[0] < end:
        return sentence, date_span  # the date is in the subject: nothing to choose
    subject, aside_words = sentence[:subject_end], sentence[words_start:aside_end]
    if not inside and _names_it(aside_words, words):
        if subject.split()[-1][:1].isupper():
            return sentence, date_span  # "The plant in Dunmore, Ohio, closed": the name's own apposition stays
        if _described(subject):
            subject = aside_words  # "Its owner, Ellen Varga, told …": the name says who the description is
    shift = len(subject) + 1 - start
    told = subject + " " + sentence[start:end]
    return told, None if date_span is None else (date_span[0] + shift, date_span[1] + shift)


def _adverbial(phrase: str, words: _Words) -> bool:
    """Whether a sentence's opening phrase is a source or a complement, no subject: « Selon la préfecture », "According
    to the council", « Après trois ans de travaux »."""
    first = phrase.split()[:1]
    return words.according.match(phrase) is not None or bool(first) and _bare(first[0]).casefold() in words.prepositions


def _described(subject: str) -> bool:
    """Whether a subject is a description with no name in it ("Its owner", "A spokesman for the council"): every word
    after the first in lower case."""
    tokens = subject.split()
    return len(tokens) > 1 and not any(token[:1].isupper() for token in tokens[1:])


def _names_it(aside: str, words: _Words) -> bool:
    """Whether an aside is a name standing for its subject: capitalised words after an optional determiner ("Ellen
    Varga", "the SACV"), with a particle between them at most; no possessive ("Dunmore's oldest") and no figure."""
    determiner = words.subject_determiner.match(aside)
    tokens = aside[determiner.end() if determiner else 0:].split()
    return 1 <= len(tokens) <= 4 and tokens[0][:1].isupper() and tokens[-1][:1].isupper() \
        and all(t[:1].isupper() or t in words.data.NAME_PARTICLES for t in tokens) \
        and not any(re.search(r"['’]s?$|\d", t) for t in tokens)


# A subject that opens its sentence on a capital and ends at its first comma, a few words long: where an aside may
# follow. A colon, a semicolon or a bracket before that comma ends a clause, not a subject.
_ASIDE_SUBJECT = re.compile(r"([A-ZÀ-ÖØ-Ý][^,;:()]{0,60}?),\s+")
_LATER_SUBJECT = re.compile(r"([^\W\d_][^,;:()]{0,60}?),\s+")  # after an opening source: « Selon X, le pont, … »
# How a word in the plural ends in any language ("construites", "travaux"): an aside agrees with a plural subject.
_PLURAL_ENDINGS = tuple(sorted(union("COUNT_PLURAL_ENDINGS")))
# How a present participle ends in any language ("waiting", "attendant"): an aside opening on one is no state.
_PARTICIPLE_ENDINGS = tuple(sorted(union("PRESENT_PARTICIPLE_ENDINGS")))


def _opening_participle(sentence: str, date_span: tuple[int, int] | None,
                        words: _Words) -> tuple[str, tuple[int, int] | None]:
    """A sentence opening on a participle phrase that holds the date ("Construite en 1974, la patinoire …", "Réuni
    lundi, le conseil municipal a adopté …"), told by the clause the date is of (issue 9, item 3).

    A main clause whose verb is in the past, without a date of its own, happened then: the phrase goes whole ("Le
    conseil municipal a adopté …"); else the date is the participle's: "La patinoire des Aiguilles est construite en 1974".
    """
    comma = sentence.find(", ")
    if date_span is None or comma < 0 or not 0 < date_span[0] < date_span[1] <= comma:
        return sentence, date_span
    phrase, main = sentence[:comma], sentence[comma + 2:]
    first = phrase.split()[0]
    if date_span[0] < phrase.index(first) + len(first):
        return sentence, date_span  # « Lundi, une dame … »: the date is the phrase's first word, no participle's
    verb = words.verb_forms.search(main)
    # A known verb ends the subject, and the clitics before it are the verb's ("la maison ne compte plus", "le club
    # s'est qualifié"); with no verb found it is no title's.
    subject = main[:_told_verb_start(main, 0, verb, words)].strip() if verb else ""
    # "le château, dont les parties … remontent à 1687, avait été inscrit": the subject ends before its relative
    # aside, whose verb is no main clause's.
    subject, verb = _before_relative_aside(main, subject, words) or (subject, verb)
    # A subject opens on a determiner ("la patinoire"), or is a name ("Armelle Dufrénoy"): capitalised words.
    determined = words.subject_determiner.match(subject) is not None
    named = not determined and _names_it(subject, words)
    if not (determined or named) or re.search(r"[,'’]$|,", subject) \
            or not (named or 2 <= len(subject.split()) <= 6):  # "la joueuse s'[est]": the verb's pronoun is no subject's
        subject = ""
    tail = words.date_tail.match(phrase, date_span[1])  # "Réuni lundi soir": "soir" is the date's, no verb
    dated_words = (date_span[0], tail.end() if tail else date_span[1])
    if not first[:1].isupper() or _function_word(first, words) or _bare(first) in words.leading_words \
            or not words.participle_before.search(f"x {first.casefold()} ") \
            or any(_undetermined(words.verb, _blank(phrase, dated_words)[len(first):], words)) or not subject:
        return sentence, date_span
    if _past_fact(main, verb, words):
        return main[:1].upper() + main[1:], None  # the phrase told only when: its fact is the main clause's
    be = words.data.TITLE_BE[1 if _plural_subject(subject, words) else 0]
    told = f"{subject[:1].upper()}{subject[1:]} {be} {first[:1].lower()}{first[1:]}"
    shift = len(told) - len(first)
    return told + phrase[len(first):], (date_span[0] + shift, date_span[1] + shift)


def _before_relative_aside(main: str, subject: str, words: _Words) -> tuple[str, re.Match[str]] | None:
    """The subject written before a relative aside in commas and the first verb after that aside, when the words
    before the first verb hold one ("le château, dont les parties les plus anciennes [remontent …], avait été");
    else None."""
    comma = subject.find(",")
    if comma < 0 or not any(relative.match(main, comma + 1) for relative in
                            (words.relative, words.possessive_relative, words.place_relative)):
        return None
    close = main.find(", ", comma + 1)
    verb = words.verb_forms.search(main, close + 2) if close > 0 else None
    return (main[:comma].strip(), verb) if verb else None


def _past_fact(main: str, verb: re.Match[str], words: _Words) -> bool:
    """Whether a main clause tells a past fact without a day of its own, so that the date of a participle beside it is
    its date: "Réuni lundi, le conseil municipal a adopté …", "Harland, interviewed in May, said …"."""
    dated = words.dated.search(main)
    # A perfect or a negation tells a state since ("the club has never won the league"), not that day's fact; so does a
    # state or a measure (« était vide », "cost £40,000", an imperfect: review 44, item 5).
    return words.past.match(main, verb.start()) is not None and not words.perfect.search(main) \
        and not words.state.match(main, verb.start()) \
        and not words.negation.search(main) and not (dated and (dated.group(0)[:1].isdigit()
                                                     or dated.group(0).casefold() in words.data.WEEKDAYS
                                                     or re.search(r"\d$", dated.group(0))))


def _told_by_aside(sentence: str, date_span: tuple[int, int], words: _Words, subject_end: int, words_start: int,
                   aside_end: int, by_shape: bool = False) -> tuple[str, tuple[int, int]]:
    """A dated aside without a relative pronoun, told of its subject: "The Kelford Marathon, first run in 1983, drew
    …" -> "The Kelford Marathon is first run in 1983", "Corvillac, promu en première division l'été dernier, …" ->
    "Corvillac est promu en première division l'été dernier" (issue 9, item 3).

    Only an aside opening on a participle or an adjective (a lower-case word that is no function word, no verb form
    and no present participle) says what its subject is; another shape is left as it was. An aside whose shape
    already says it is a participle (``by_shape``: one word and the date) may open on a word the verb lists know.
    """
    subject, aside = sentence[:subject_end], sentence[words_start:aside_end]
    first = aside.split()[0]
    before = sentence[words_start:_lead_start(sentence, *date_span, words)].split()
    # An aside whose words before its date are none or adverbs a subject's verb may follow is no participle's: "Le
    # ministre, mardi encore, a défendu", "The company, already in 2019, had warned" (review 30, finding 8).
    if all(_bare(word) in words.data.SUBJECT_ADVERBS for word in before) \
            or not first[:1].islower() or _function_word(first, words) or _bare(first).endswith(_PARTICIPLE_ENDINGS) \
            or not by_shape and (words.verb.match(aside) or words.verb_forms.match(aside)):
        return sentence, date_span
    plural = _plural_subject(subject, words)
    if plural and not _bare(first).endswith(_PLURAL_ENDINGS):
        # "Les 214 marches de la tour, construite en 1867": the aside is the tower's, told of the complement that
        # agrees with it ("La tour est construite"), else left as it was
        agrees = functools.partial(_participle_agrees, participle=_bare(first).casefold(), plural=False, words=words)
        noun = _participle_noun(_head_tokens(subject), words, agrees)
        if not noun or noun == subject or not agrees(noun) or _plural_subject(noun, words):
            return sentence, date_span
        subject, plural = noun[:1].upper() + noun[1:], False
    be = words.data.TITLE_BE[1 if plural else 0]
    shift = len(subject) + len(be) + 2 - words_start
    return f"{subject} {be} {aside}", (date_span[0] + shift, date_span[1] + shift)


def _plural_subject(subject: str, words: _Words) -> bool:
    """Whether a subject is plural: a plural article, or a head noun in lower case ending in -s ("Ses parents", "The
    new rules"; not "bus", "lynx", "process", nor "La joueuse de 29 ans": the head is before its complement)."""
    tokens = subject.split()
    cut = next((at for at in range(1, len(tokens)) if _bare(tokens[at]) in words.data.SUBJECT_COMPLEMENTS), len(tokens))
    last = tokens[cut - 1]
    return words.plural_article.match(subject) is not None \
        or last[:1].islower() and re.search(r"(?<![sui'’])s$", last) is not None \
        or _bare(last).casefold() in words.data.GROUP_PLURALS  # "Police say", "Harbour staff say": plural, no -s


def _trim(text: str, words: _Words) -> str:
    """A title without dangling words at either end (issue 9): "De, …", "… d'ici", "And we …", "… of".

    The leading words go only when enough is left to read as a title.
    """
    ellipsis = text.endswith("…")
    tokens = text.rstrip("…").strip().rstrip(".,;:!? ").split()
    while len(tokens) > 3 and (not tokens[0].strip(",;:")
                               or tokens[0].endswith(",") and (_bare(tokens[0]) in words.function_words
                                                               or words.verb.fullmatch(_bare(tokens[0])))
                               and not _opens_list(tokens, words)
                               or _bare(tokens[0]) in words.leading_words and not words.subordinate.match(tokens[1])):
        tokens.pop(0)  # "Et nous l'avions écrit", "De, la ville a…", "Fondée, l'entreprise…" (what a removed date left)
    while len(tokens) > 1 and (not _bare(tokens[-1]) or _bare(tokens[-1]) in words.function_words
                               or tokens[-1].endswith(("'", "’"))
                               or words.dangling.fullmatch(_bare(tokens[-1]))):
        than = words.than.fullmatch(_bare(tokens.pop()))
        if than and len(tokens) > 1 and words.comparative.fullmatch(_bare(tokens[-1])):
            tokens.pop()  # "…, more than…": the comparative compares with nothing once "than" is gone
    title = " ".join(tokens).strip().rstrip(".,;:!?").strip()
    if len(title) > _MAX_TITLE_CHARS - 1:
        title = title[: title.rfind(" ", 0, _MAX_TITLE_CHARS - 1)]
        ellipsis = True
        return _trim(title + "…", words) if len(title.split()) > 1 else title + "…"
    return title + ("…" if ellipsis else "")


def _opens_list(tokens: list[str], words: _Words) -> bool:
    """Whether a title's first word before its comma is a list's first item: "Doctors, nurses and porters walked
    out" (the rough verb pattern reads "Doctors" as a verb in -s; the word is no debris of a removed date)."""
    rest = " ".join(tokens[1:])
    verb = words.verb_forms.search(rest)
    return words.list_joiner.search(" " + rest[:verb.start() if verb else len(rest)]) is not None


def _bare(token: str) -> str:
    """A word as the word lists write it: lower-case, no punctuation around it."""
    return token.casefold().strip(",;:.!?…")


def _has_verb(title: str, words: _Words) -> bool:
    """Whether a short title holds a verb (a subject alone, "The club's women's team", says nothing).

    Only short titles are checked: the verb test is rough, and a longer clause almost always holds one.
    """
    return len(title.split()) > _SHORT_TITLE_WORDS or words.verb.search(title) is not None


_QUOTED_WORDS_KEPT = 3  # a quotation cut after fewer of its words is dropped: "pour « préserver…" tells nothing


def _shorten(text: str, words_of: _Words, chars: int = _MAX_TITLE_CHARS) -> str:
    """At most a title's length of words and ``chars`` characters, cut after a content word ("… applications…", not
    "… applications de…")."""
    words = text.split()
    if len(words) <= _MAX_TITLE_WORDS and len(text) <= chars:
        return text
    whole, words = words, words[:_MAX_TITLE_WORDS]
    while len(words) > 3 and len(" ".join(words)) >= chars:
        words.pop()
    # A number written in groups of three is one word to cut: « … qui accueille 14… » out of "14 000 spectateurs"
    # gave a figure the text never wrote (issue 9, item 3: no cut numbers).
    # (Nothing cut, as when only a run of spaces made the text too long, leaves no next word to look at.)
    while 3 < len(words) < len(whole) and re.fullmatch(r"\d{1,3}", words[-1]) \
            and re.match(r"\d{3}(?!\d)", whole[len(words)]):
        words.pop()
    # A quotation the cut opens and does not close ends the title before its mark ("une aide de 20 000 euros pour
    # « préserver…" -> "une aide de 20 000 euros…"): half a quotation misquotes.
    _without_dangling(words, words_of)  # before the quotation's words are counted: « prise sans… » keeps one
    opened = _opened_quotation(words)
    closing = ""
    if opened is not None and opened[0] >= 3:
        at, mark = opened
        # A quotation that keeps a few words of its own names what the clause is about ("un texte baptisé « plan de
        # sauvegarde des commerces", "what it called "a plan to save the shops"): it is closed after the cut, not
        # dropped with what it named (review 30, finding 11). Fewer words of it, or a quotation after a comma (an aside:
        # ', "as a precaution while …"'), are dropped as before.
        if len(words) - at - (words[at] == mark) >= _QUOTED_WORDS_KEPT and not words[at - 1].endswith((",", ";")):
            closing = mark
        else:
            words = words[:at]
    _without_dangling(words, words_of)
    return " ".join(words).rstrip(",;:") + "…" + closing


def _without_dangling(words: list[str], words_of: _Words) -> None:
    """Cut words ended after a content word: the function words and elided words at their end dropped, in place."""
    while len(words) > 3 and (words[-1].casefold().rstrip(",;:") in words_of.function_words
                              or words[-1].endswith(("'", "’"))):
        words.pop()


def _opened_quotation(words: list[str]) -> tuple[int, str] | None:
    """The index of the word that opens a quotation the words leave open (« without », “ without ”, an odd "), and the
    mark that would close it."""
    text = " ".join(words)
    for opening, closing in (("«", "»"), ("“", "”"), ('"', '"')):
        balance = text.count(opening) - text.count(closing) if opening != closing else text.count(opening) % 2
        if balance > 0:
            return max(i for i, word in enumerate(words) if opening in word), closing
    return None


def _with_antecedent(sentence: str, clause_start: int, words: _Words,
                     date_end: int | None = None, date_start: int | None = None) -> tuple[str, int, bool]:
    """The clause from ``clause_start`` on, the offset to subtract from a sentence position to find it in that text,
    and whether a relative clause was given back the noun it is about ("le rover … qui …"); such a clause ends at the
    first mark after the date at ``date_end`` ("The scheme, which opened on 1 September, offered …" -> "The scheme
    opened on 1 September")."""
    owned = _owned_clause(sentence, clause_start, words, date_end) \
        or _place_clause(sentence, clause_start, words, date_end, date_start)
    if owned is not None:
        return owned
    clause = sentence[clause_start:]
    relative = words.relative.match(clause)
    head = sentence[:clause_start]
    if relative:
        body, pronoun_start = clause_start + relative.end(), clause_start
    else:
        pronoun = words.relative_before.search(head)  # the clause's boundary was the pronoun itself: "…, which "
        if pronoun is None:
            return clause, clause_start, False
        body, head, pronoun_start = clause_start, head[:pronoun.start()], pronoun.start()
    # "his former flatmate, Declan Reyes, who left the company last year": the name right before is the antecedent.
    named = _NAME_BEFORE_RELATIVE.search(head)
    tokens = [] if named else _head_tokens(head)
    if not named and (words.clause_relative.match(sentence, pronoun_start) or _completes_noun(tokens, words)):
        # No noun phrase is the clause's subject ("across Wales, which means …"), or two are ("the head of the agency,
        # who resigned"): the clause is not told of a guess, the sentence is titled (session 29 review, finding 1).
        return sentence, 0, False
    noun = named.group(0).strip(" ,") if named else _antecedent(tokens, words)
    if not noun:
        return sentence[body:], body, False
    end = len(sentence) if date_end is None else _relative_end(sentence, max(date_end, body))
    return f"{noun} {sentence[body:end]}", body - len(noun) - 1, True


def _relative_opening(sentence: str, clause_start: int, opening: re.Pattern[str],
                      before: re.Pattern[str]) -> tuple[int, str] | None:
    """Where the words of a relative clause start, and the text before its pronoun, when the clause at
    ``clause_start`` opens on the pronoun of ``opening`` or was cut right after it (``before``); else None."""
    pronoun = opening.match(sentence, clause_start)
    if pronoun is not None:
        return pronoun.end(), sentence[:clause_start]
    ended = before.search(sentence[:clause_start])
    return (clause_start, sentence[:ended.start()]) if ended else None


_PLACE_WORDS_AT_MOST = 6  # "at the Marsh Lane sports hall", "à la salle des fêtes de Lormières"


def _place_clause(sentence: str, clause_start: int, words: _Words, date_end: int | None,
                  date_start: int | None = None) -> tuple[str, int, bool] | None:
    """A clause opening on the relative of a place after a comma, told with that place (issue 9, item 3): "…, at the
    Hollin Museum, where a display is planned for May" -> "a display is planned at the Hollin Museum for May", "…, à
    la salle des fêtes, où le vote aura lieu lundi" -> "le vote aura lieu à la salle des fêtes lundi"; never "Where
    …" nor "Où …". Without a place before the comma (a preposition and at most a few words, no figure: "en 2019, où
    …" is a time), the clause alone. As ``_with_antecedent`` returns; None when the clause is no place relative's."""
    opened = _relative_opening(sentence, clause_start, words.place_relative, words.place_before)
    if opened is None:
        return None
    body, head = opened
    if not head.rstrip().endswith(","):
        return None  # "la salle où se réunit le conseil": a restrictive relative, part of its noun phrase
    end = len(sentence) if date_end is None else _relative_end(sentence, max(date_end, body))
    told = sentence[body:end].rstrip()
    if not words.verb_forms.search(told):
        return None
    # The place is the last preposition's phrase before the comma ("keep them at the Hollin Museum,").
    head = head.rstrip().rstrip(",")
    starts = [m.start() for m in words.place_preposition.finditer(head)]
    where = " ".join(head[starts[-1]:].split()) if starts else ""
    if len(where.split()) > _PLACE_WORDS_AT_MOST + 1 or re.search(r"[,;:()«»“”\"\d]", where) \
            or words.verb_forms.search(where):
        where = ""
    if not where:
        return told, body, True
    if date_start is not None and body <= date_start and not sentence[date_end:end].strip(" .;,!?"):
        # A date closing the clause stays last, with the words that lead to it ("is planned for spring 2028"): the
        # place goes before them, so that taking the date out of the title leaves no "for" in the middle.
        cut = date_start
        for token in reversed(list(re.finditer(r"\S+", sentence[body:date_start]))):
            if _bare(token.group(0)) not in words.function_words:
                break
            cut = body + token.start()
        before = sentence[body:cut].rstrip()
        told = f"{before} {where} {sentence[cut:end].strip()}"
        # the date's position in ``told``: ``cut`` moved to just after the place and its space
        return told, cut - (len(before) + len(where) + 2), True
    return f"{told} {where}", body, True


_PARTICIPLE_REACH = 6  # words between a participle and its date: "installée depuis 1962", "found off Gannel Point"


def _participle_clause(sentence: str, clause_start: int, words: _Words, date_end: int,
                       date_start: int) -> tuple[str, int] | None:
    """A date in a participle phrase about the noun before it, told of that noun with "to be" (issue 9, item 3): "…
    sur le site de l'ancienne sucrerie Delannoy, fermée en 2019" -> "le site de l'ancienne sucrerie Delannoy est
    fermée", "took no account of a nursery found off the point two years ago" -> "a nursery is found off the point";
    the date is the participle's, not the main clause's, which titled it before ("L'opération doit financer …").

    The participle is the nearest word shaped as one before the date, no verb between them; it follows a comma (an
    aside: "…, construite en 1957") or a noun phrase after a preposition, which is no clause's subject ("selon l'accord
    signé en 2021"; "the council voted in March" is a subject and its verb), not in the sentence's opening phrase.
    An aside right after the sentence's opening subject is left to ``_without_aside``. The phrase ends at the first
    mark after the date and holds no verb after it ("a nursery found there in 2019 was destroyed": where the phrase
    ends, the words do not show). The told clause and the offset to subtract from a sentence position to find it
    there; None for any other clause."""
    if date_start <= clause_start:
        return None
    spans = list(re.finditer(r"\S+", sentence[:date_start]))  # the words before the date, where they stand
    near = [t for t in spans[-_PARTICIPLE_REACH - 1:] if t.start() >= clause_start]
    at = next((i for i in range(len(near) - 1, -1, -1)
               if words.past_participle.fullmatch(_bare(near[i].group(0)).casefold())), None)
    if at is None:
        return None
    participle = near[at]
    bare = _bare(participle.group(0)).casefold()
    between = sentence[participle.end():date_start]
    after = between.split()[:1]
    # A passive participle is followed by a preposition or its date, never by an object: "held up the draw", "reached
    # the company" after a noun are a subject's verbs in the past.
    if bare in words.participle_stop or not participle.group(0)[:1].islower() \
            or re.search(r"[,;:«»“”\"()]", participle.group(0) + between) or words.verb_forms.search(between) \
            or words.verb.search(between) or after and _bare(after[0]).casefold() not in words.prepositions:
        return None
    head = sentence[:participle.start()]
    tokens = _head_tokens(head)
    aside = head.rstrip().endswith(",")
    if aside and words.relative.match(head.rstrip().rstrip(",").rsplit(",", 1)[-1]):
        return None  # "The ground, which sits beside the river, flooded in 2014": a relative closed, then the verb
    if words.data.PARTICIPLE_MAY_BE_PAST and not words.verb_forms.search(head):
        return None  # "The plant in Dunmore, Ohio, closed on March 3": no verb before, the word is the sentence's
    last = re.split(r"['’]", _bare(tokens[-1]))[-1] if tokens else ""  # "s'est achevé": the auxiliary "est"
    if not tokens or not aside and (last in words.participle_stop or words.verb_forms.fullmatch(_bare(tokens[-1]))):
        return None  # "a été fermée", "la rentrée 2030": an auxiliary's participle, a noun after its article
    opening = _ASIDE_SUBJECT.match(sentence)
    if aside and opening is not None and opening.end() == participle.start() \
            and not words.verb_forms.search(opening.group(1)):
        return None  # "Harland, interviewed in May, said …": the opening subject's aside
    # A participle that agrees says the number ("testée": "la collecte des biodéchets est"), else the noun does.
    told_plural = True if words.participle_plural.search(bare) else False if words.participle_singular.search(bare) \
        else None
    noun = _participle_noun(tokens, words, lambda phrase: _participle_agrees(phrase, bare, told_plural, words))
    if not noun or re.search(r",(?!\d)", noun) or any(_bare(t).casefold() in words.pronouns for t in noun.split()):
        return None  # "a project it won in 2025": a relative clause's subject, no noun the participle is about
    if words.data.PARTICIPLE_MAY_BE_PAST and noun[:1].isupper():
        return None  # "…, a girl named Lina, arrived at 6.40 am": a name, then its verb in the past
    if not _participle_agrees(noun, bare, told_plural, words):
        return None  # "des cabines du téléphérique de la Dent de Cors, immobilisées": another noun's participle
    back = len(tokens) - len(noun.split())
    if not aside and (back < 1 or _bare(tokens[back - 1]).casefold() not in words.prepositions):
        return None  # a subject and its verb in the past, no participle of a noun: "the council voted in March"
    if not aside and "," not in head and not words.verb_forms.search(head):
        # In the sentence's opening phrase ("Par un arrêt rendu mardi, le Conseil d'État a suspendu …", "Selon un
        # sondage publié dimanche, X recueillerait …"), the date is the main clause's, which follows.
        return None
    noun = noun[:1].lower() + noun[1:] if words.subject_determiner.match(noun) else noun
    # the head noun, before its complement, says the number: "a colony of bats is found"
    head_noun = noun.split()
    head_noun = head_noun[:next((i for i, t in enumerate(head_noun) if i and _bare(t) in words.genitive),
                                len(head_noun))]
    plural = _plural_subject(" ".join(head_noun), words) if told_plural is None else told_plural
    be = words.data.TITLE_BE[1 if plural else 0]
    end = _relative_end(sentence, date_end)
    if words.verb_forms.search(sentence, date_end, end):
        return None
    if aside and words.data.PARTICIPLE_MAY_BE_PAST and sentence[end:end + 1] != ",":
        return None  # "a girl named Lina, arrived at 6.40 am.": an aside closed by a comma only, else a verb
    return f"{noun} {be} {sentence[participle.start():end]}", participle.start() - len(noun) - len(be) - 2


def _determined_plural(noun: str, words: _Words) -> bool:
    """Whether a noun phrase is plural, by its determiner when it has one ("la salle omnisports" is one hall), else
    by its last word (``_plural_subject``)."""
    if words.subject_determiner.match(noun):
        return words.plural_article.match(noun) is not None
    return _plural_subject(noun, words)


def _participle_agrees(noun: str, participle: str, plural: bool | None, words: _Words) -> bool:
    """Whether a participle may be about a noun phrase: its number (``plural``, None when its ending does not tell) is
    the noun's, and its gender is not the other of the noun's determiner ("la gare …, signé" is the contract's)."""
    article = _bare(noun.split()[0]).casefold() if noun.split() else ""
    return (plural is None or plural == _determined_plural(noun, words)) \
        and not any(ending.search(participle) and article in others for ending, others in words.participle_genders)


def _participle_noun(tokens: list[str], words: _Words, agrees: Callable[[str], bool]) -> str | None:
    """The noun phrase ending ``tokens`` that a participle after it is about: as ``_antecedent`` finds it, a measure's
    noun ("la tribune de 2 400 places"), a noun with a bare complement ("l'accord de méthode"); a noun completed by
    another is taken whole ("le site de l'ancienne sucrerie"), as which of the two the participle is about, the words
    do not say, and the whole phrase names both; unless the participle does not agree with the head (``agrees``: "les
    terrains de l'ancienne laiterie, fermée"): then the complement alone. None when no noun phrase ends them."""
    if _completes_noun(tokens, words):
        back = _determined(tokens, len(tokens), 4, words) or 0
        of = back if _bare(tokens[back]) in words.genitive else back - 1
        start = _determined(tokens, of, 3, words)
        # the head without a determiner ("took no account of a nursery"): the complement alone is the noun phrase
        if start is None or start >= of or not agrees(" ".join(tokens[start:of])):
            start = back
        return " ".join(tokens[start:])
    noun = _antecedent(tokens, words) or _measured(tokens, words)
    before = _bare(tokens[-len(noun.split()) - 1]) if noun and len(tokens) > len(noun.split()) else ""
    if noun and noun[:1].isupper() and before[:1].islower() and before not in words.function_words \
            and before.casefold() not in words.prepositions and not words.verb_forms.fullmatch(before):
        return None  # "du gymnase Jean-Moulin": the name ends a noun phrase whose article the words do not give
    last = _bare(tokens[-1])
    if noun is None and len(tokens) > 2 and _bare(tokens[-2]) in words.genitive and last[:1].islower() \
            and last not in words.function_words and not words.verb_forms.fullmatch(last):
        head = _antecedent(tokens[:-2], words)  # "l'accord de méthode": the noun, then its complement without article
        noun = f"{head} {tokens[-2]} {tokens[-1]}" if head else None
    return noun


_OWNED_WORDS_AT_MOST = 5  # "la mise en service", "l'équipe première": the part a possessive relative names


def _owned_clause(sentence: str, clause_start: int, words: _Words,
                  date_end: int | None) -> tuple[str, int, bool] | None:
    """A clause opening on a possessive relative ("dont", "whose"), told with what it is about (issue 9, item 3):
    "…, dont la livraison était promise pour 2029" -> "la livraison du parking était promise pour 2029", "…, whose
    reopening is due in May" -> "the pool’s reopening is due in May" (``OWNED_TITLE``); without a noun phrase before
    it to take, the part alone ("l'équipe première dispute …"), never "Dont …". As ``_with_antecedent`` returns, the
    clause ending at the first mark after the date; None when the clause is no possessive relative's, or its part has
    no verb after it ("640 salariés, dont la moitié sur le site": "including", no clause)."""
    opened = _relative_opening(sentence, clause_start, words.possessive_relative, words.possessive_before)
    if opened is None:
        return None
    body, head = opened
    end = len(sentence) if date_end is None else _relative_end(sentence, max(date_end, body))
    verb = words.verb_forms.search(sentence, body, end)
    at = _told_verb_start(sentence, body, verb, words) if verb else end  # where the told verb starts
    part = sentence[body:at].strip() if verb else ""
    if not part or len(part.split()) > _OWNED_WORDS_AT_MOST or re.search(r"[,;:«»“”\"()\d]", part) \
            or date_end is not None and date_end <= verb.start() or not words.owned_part.fullmatch(part) \
            or words.owned_complement.match(sentence[:end], verb.start()):
        return None  # no part of the noun before it (a count: "dont deux"), or "dont" completes the verb
    tokens = _head_tokens(head)
    owner = _antecedent(tokens, words) or _measured(tokens, words)
    if owner:
        owner = owner[:1].lower() + owner[1:] if words.subject_determiner.match(owner) else owner
        part = words.data.OWNED_TITLE.format(owned=part, owner=owner)
        for pattern, contracted in words.data.OWNED_CONTRACTIONS:
            part = re.sub(pattern, contracted, part)
        part = _elided(part, words)
    else:
        # "les travaux du parking souterrain, dont la livraison …": a noun completed by another, no antecedent chosen
        # between them; the complement names what the part is of ("La livraison du parking souterrain").
        of = next((at for at in range(len(tokens) - 1, max(len(tokens) - _OWNED_WORDS_AT_MOST, 0), -1)
                   if _bare(tokens[at]) in words.genitive), None)
        if of is not None and not any("," in t or words.verb_forms.fullmatch(_bare(t)) for t in tokens[of:]):
            part = f"{part} {' '.join(tokens[of:])}"
    return f"{part} {sentence[at:end]}", at - len(part) - 1, True


def _measured(tokens: list[str], words: _Words) -> str | None:
    """The noun phrase that ends ``tokens`` with a measure as its complement ("le bassin de 50 mètres", "un chantier de
    12 millions d'euros", "a hall of 300 seats"): the measure is what the noun is, no owner of its own, so a possessive
    relative after it is about the whole phrase ("La rénovation du bassin de 50 mètres", not "La rénovation de 50
    mètres"); else None."""
    for of in range(len(tokens) - 2, max(len(tokens) - _OWNED_WORDS_AT_MOST - 1, 0), -1):
        measure = _bare(tokens[of + 1])
        if _bare(tokens[of]) in words.genitive and (measure[:1].isdigit() or measure in words.data.NUMBERS):
            back = _determined(tokens, of, 3, words)
            return " ".join(tokens[back:]) if back is not None and back < of else None
    return None


def _determined(tokens: list[str], end: int, reach: int, words: _Words) -> int | None:
    """Where a noun phrase ending before ``tokens[end]`` starts with its determiner, at most ``reach`` words back; 0
    when the words reach the start of ``tokens`` with no comma, preposition or verb; None when neither."""
    back = end
    while back > 0 and end - back < reach:
        token = tokens[back - 1]
        if words.subject_determiner.match(token + " "):
            return back - 1
        if "," in token or _bare(token) in words.function_words or words.verb_forms.fullmatch(_bare(token)):
            return None  # no noun phrase reaches over a comma, a preposition or a verb
        back -= 1
    return 0 if back == 0 else None


def _head_tokens(head: str) -> list[str]:
    """The words of the text before a relative pronoun; none when it ends on no letter or digit (a quotation, a
    bracket or a figure's sign before the pronoun: no noun to take)."""
    tokens = head.rstrip(" ,").split()
    return tokens if tokens and re.search(r"[^\W_]$", tokens[-1]) else []


def _completes_noun(tokens: list[str], words: _Words) -> bool:
    """Whether ``tokens`` (of ``_head_tokens``) end with a noun phrase of its own article that completes the noun
    before it ("the head of the agency", "le directeur de l'hôpital", "le président du syndicat"): a relative clause
    after it may be about either noun, and nothing in the words says which ("the mother of the victim, who had filed a
    complaint")."""
    back = _determined(tokens, len(tokens), 4, words)  # above 0, always the index of a determiner
    if not back:
        return False  # none within reach, or it opens ``head``: no noun before it to complete
    if _bare(tokens[back]) in words.genitive:  # "du syndicat", "des pêcheurs": the preposition holds the article
        before = back - 1
    elif back > 1 and _bare(tokens[back - 1]) in words.genitive:
        before = back - 2
    else:
        return False
    token = _bare(tokens[before])
    return not ("," in tokens[before] or token in words.function_words or words.verb_forms.fullmatch(token))


def _antecedent(tokens: list[str], words: _Words) -> str | None:
    """The noun phrase that ends ``tokens`` (of ``_head_tokens``), which a relative clause after it is about: a name in
    capitals ("under Operation Lantern", "la région Occitanie-Sud"), or a determiner and a few words ("the under-11s
    festival", "an engineer"); None when no such phrase ends it."""
    if not tokens:
        return None
    start = len(tokens)
    while start > 0 and len(tokens) - start < 6 and (tokens[start - 1][:1].isupper() or 1 < start < len(tokens) and (
            tokens[start - 1] in words.data.NAME_PARTICLES and tokens[start - 2][:1].isupper())):
        start -= 1  # a name, with its particles: "le Hockey Club de Grenaz"
    while start < len(tokens) and _bare(tokens[start]) in words.function_words:
        start += 1  # "For Nordale, which …": the sentence's first word is capitalised, not part of the name
    named = start < len(tokens)
    back = _determined(tokens, start, 2 if named else 4, words)
    if back is not None:  # "la région Occitanie-Sud", "the under-11s festival", "Supporters' group Rovers Together"
        return " ".join(tokens[back:])
    if not named:
        # "une pétition en ligne, qui …": a complement without an article ("en ligne", "de sport") is the noun's own
        if len(tokens) > 3 and _bare(tokens[-2]) in words.prepositions and tokens[-1].islower() \
                and not _function_word(tokens[-1], words) and not words.verb_forms.fullmatch(_bare(tokens[-1])):
            back = _determined(tokens, len(tokens) - 2, 2, words)
            # the article right before the noun, or glued to it: "une étude", "l'arrêté", not "l'objet d'une étude"
            if back and back >= len(tokens) - 4:
                return " ".join(tokens[back:])
        return _noun_after_preposition(tokens, words)
    if start > 1 and _bare(tokens[start - 1]) in words.function_words:
        # "la quatrième étape du Tour de Vallarie", "the Sauldre bridge in Villebret": a name without an article of its
        # own, after a preposition, completes the noun before it, which the clause is about.
        back = _determined(tokens, start - 1, 3, words)
        if back is not None and back < start - 1:
            return " ".join(tokens[back:])
    return " ".join(tokens[start:])  # "under Operation Lantern", "said chairman Vikram Desai"


def _noun_after_preposition(tokens: list[str], words: _Words) -> str | None:
    """The noun phrase that ends ``tokens`` after a preposition, when its article is written with the preposition, or
    a name and its kind without an article: "se réuniront au gymnase" -> "le gymnase", "in Brook Street car park" ->
    "Brook Street car park" (the relative clause had lost its antecedent: "A été construit", "Was resurfaced"); else
    None. A complement ("le budget du stade", "la salle des fêtes") is no such case: which noun the clause is about,
    the words do not say."""
    for at in range(len(tokens) - 2, max(len(tokens) - 6, -1), -1):
        token = _bare(tokens[at])
        if any("," in t or _bare(t) in words.function_words or words.verb_forms.fullmatch(_bare(t))
               for t in tokens[at + 1:]):
            return None
        article = words.data.CONTRACTED_ARTICLES.get(token)
        if article is not None:
            return " ".join([article, *tokens[at + 1:]])  # "au gymnase": "le gymnase"
        if token in words.function_words:
            # "in Brook Street car park": a name and its kind, no article, right after the preposition
            return " ".join(tokens[at + 1:]) if tokens[at + 1][:1].isupper() else None
    return None


_OPENING_APPOSITION = re.compile(r"(?P<subject>[A-ZÀ-ÖØ-Ý][^,;:()]{0,60}?),\s+(?P<aside>[^,;:()]{3,100}),\s+")
_NAME_BEFORE_RELATIVE = re.compile(r"(?<=,\s)[A-ZÀ-ÖØ-Ý][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Ý][\w'’-]*){1,3}\s*,\s*$")


def _claim_title(claim: Claim, words: _Words, sentence: str = "", earlier: str = "") -> str:
    """A claim's title (``_speaker_title``) with its speaker as the sentence writes it, with its article: "Selon la
    préfecture, …", "According to the Society of Motor Manufacturers …", not "Selon Préfecture" (issue 9, item 3);
    a speaker the sentence calls otherwise, as the ``earlier`` text wrote it."""
    return _with_written_speaker(_speaker_title(claim, words, sentence), claim, sentence, words, earlier)


def _with_written_speaker(title: str, claim: Claim, sentence: str, words: _Words, earlier: str = "") -> str:
    """A title naming the claim's speaker, the speaker written as the sentence writes it (``_speaker_as_written``), or
    as the earlier text did when the sentence calls it otherwise ("the union" for the General Union of …)."""
    if claim.speaker not in title:
        return title  # before the sentence is read for the speaker's article: nothing to replace
    told = _speaker_as_written(claim.speaker, _without_claimed_words(claim, sentence), words)
    if earlier and " ".join(claim.speaker.split()).casefold() not in " ".join(sentence.split()).casefold() \
            and not looks_like_person(claim.speaker):
        # "…, a précisé l'ACJA" after "L'Autorité de contrôle des jeux d'argent (ACJA) a prononcé …": the full name
        # the title gives takes the article it was written with (a person's name takes none)
        told = _speaker_as_written(claim.speaker, earlier, words)
    if told == claim.speaker:
        return title
    title = title.replace(claim.speaker, told, 1)
    if len(title) > _MAX_TITLE_CHARS:  # the article's few characters made it too long: cut again
        title = _trim(_shorten(title.rstrip("…"), words), words)
    return title[:1].upper() + title[1:]


def _without_claimed_words(claim: Claim, sentence: str) -> str:
    """The sentence with the claim's quotation or reported words blanked: the speaker's article is read from the
    speaker's own words ("Kowal said the Kowal family would sue" keeps "Kowal", no "The Kowal")."""
    start, end = claim.quotation.start, claim.quotation.end
    if not 0 <= start < end <= len(sentence) or claim.quotation.text.strip()[:20] not in sentence[start:end]:
        return sentence  # a quotation told over several sentences: its offsets are not this sentence's
    return sentence[:start] + " " * (end - start) + sentence[end:]


def _speaker_as_written(speaker: str, sentence: str, words: _Words) -> str:
    """The speaker with the article the sentence writes before it ("de la préfecture" -> "la préfecture", "du
    Syndicat mixte" -> "le Syndicat mixte"; ``SPEAKER_ARTICLES``), in the sentence's case; else the speaker as it is."""
    if not speaker or not sentence:
        return speaker
    articles = words.speaker_articles
    name = re.escape(speaker[1:]).replace(r"\ ", r"\s+")
    # The name's first occurrence is the speaker's own: a later one with an article is another noun phrase's ("Kowal
    # said the Kowal family …"), so its article is none of the speaker's.
    written = re.search(rf"(?:(?<![\w'’])({articles})(?:\s+|(?<=['’])))?(?<![\w-])"
                        rf"([{re.escape(speaker[0])}{re.escape(speaker[0].lower())}]{name})(?![\w'’-])", sentence,
                        re.IGNORECASE)
    if written is not None and written.group(1) is None and re.match(rf"(?:{articles})(?:\s+|(?<=['’]))",
                                                                   speaker.replace("’", "'"), re.IGNORECASE):
        # A described speaker holds its own article: "selon l'accusation" stays lower case inside "Selon l'accusation,
        # …", not "Selon L'accusation" (the title's first letter is capitalised after).
        return " ".join(written.group(2).split())
    if written is None or written.group(1) is None:
        return speaker
    said = written.group(1).casefold()
    article = said if said.endswith("’") else words.data.SPEAKER_ARTICLES[said]  # the sentence's apostrophe kept
    glue = "" if article.endswith(("'", "’")) else " "
    return f"{article}{glue}{' '.join(written.group(2).split())}"


def _speaker_title(claim: Claim, words: _Words, sentence: str = "") -> str:
    """A claim's title: the speaker, then the quotation, whole when it fits, else its first sentence (reported words:
    with the verb).

    A title says something (issue 9, item 3): a quotation without a verb ("with a heavy heart") is given the
    words of the sentence that carry it ("Maria Lindqvist said the decision had been taken “with a heavy
    heart”"), else a reporting verb ("Owen Pryce says: “…”").
    """
    if not claim.direct:
        return _reported_title(claim, words, sentence)
    quote = claim.quotation.text
    if sentence and claim.quotation.start < claim.verb_start < claim.quotation.end:
        # « Les Espagnols ont gardé leur quota, a-t-il ajouté. Nous … »: the words before the attribution inside
        cut = quote.find(sentence[claim.verb_start:claim.verb_end])
        quote = quote[:cut].rstrip(" ,") + _after_incise(quote[cut:], words) if cut > 0 else quote
    # A quotation that fits a title whole is its own title: which of its sentences tells the claim is not chosen
    # ("We had the alerts. They were going to a mailbox that nobody read"); a longer one gives its first sentence.
    whole = " ".join(quote.split()).rstrip(".,;:")
    fits = len(words.data.CLAIM_TITLE.format(speaker=claim.speaker, quote=whole)) <= _MAX_TITLE_CHARS
    quote = whole if fits else _told_sentence(quote, words)
    # The speaker and the quotation marks count in a title's length too.
    said = _shorten(quote, words, _MAX_TITLE_CHARS - len(words.data.CLAIM_TITLE.format(speaker=claim.speaker, quote="")))
    # A quotation opening in lower case goes on the sentence's own words ("said it had “no current plans”", "sera
    # bouclé « avant le 14 juillet »"): alone it tells a fragment, the clause that carries it tells the claim.
    fragment = re.match(r"[\W\d_]*[^\W\d_A-ZÀ-ÖØ-Þ]", claim.quotation.text) is not None
    told = words.verb_forms.search(said) is not None
    carried = None if told and not fragment else _carried_title(claim, words, sentence)
    if not carried and fragment and not told and _carried_whole(claim, sentence, words):
        # "X déclare : « liés à la chaleur »" tells a fragment: the clause its verb of saying carries it in, too long
        # every way, is cut to a title's length, the verb and what it reports kept (issue 9, item 3).
        carried = _carried_title(claim, words, sentence, cut=True)
    if carried:
        return carried
    if told:
        return words.data.CLAIM_TITLE.format(speaker=claim.speaker, quote=said)
    said = _shorten(quote, words, _MAX_TITLE_CHARS - len(words.data.CLAIM_TITLE_SAYS.format(speaker=claim.speaker, quote="")))
    return words.data.CLAIM_TITLE_SAYS.format(speaker=claim.speaker, quote=said)


def _carried_whole(claim: Claim, sentence: str, words: _Words) -> bool:
    """Whether a verb of saying carries the quotation in one clause, no comma nor "and"/"et" between them."""
    if not 0 < claim.verb_end <= claim.quotation.start:
        return False
    between = sentence[claim.verb_end:claim.quotation.start]
    # "a précisé que les urgences avaient enregistré une hausse des passages « liés à la chaleur »" is carried; a
    # comma or a coordinated verb ("affirme que …, et parle d'« un passage en force »", "said the ban, which …")
    # makes the clause before the quotation another statement or an aside, which a cut title would tell instead.
    return bool(words.reporting_opening.fullmatch(" ".join(sentence[claim.verb_start:claim.verb_end].split()))) \
        and not re.search(r"[,;:.!?«»“”\"]", between) and not words.clause_break.search(between)


def _told_sentence(quote: str, words: _Words) -> str:
    """The sentence of a quotation too long for a title that tells its claim: a later sentence opening with a word that
    turns from what the first grants (``QUOTE_TURN_WORDS``: « On comprend la colère des parents. Mais l'école
    fermera en juin. » -> « L'école fermera en juin », "We hear the residents. But the depot will open in May."),
    without that word, which answers a sentence the title leaves out; else the first sentence."""
    sentences = [s.strip().rstrip(".,;:") for s in re.split(r"(?<=[.!?])\s", quote)]
    return next((rest for sentence in sentences[1:] if (rest := _after_turn(sentence, words))), sentences[0])


def _after_turn(text: str, words: _Words) -> str | None:
    """The words after a turn that opens ``text`` (« Mais », "But", ``QUOTE_TURN_WORDS``), capitalised; None when no
    turn opens it or nothing follows."""
    turn = words.quote_turn.match(text)
    if turn is None or turn.end() >= len(text):
        return None
    return text[turn.end()].upper() + text[turn.end() + 1:]


def _after_incise(rest: str, words: _Words) -> str:
    """The quotation's words after an incise inside its marks, up to its sentence's end: « Le lendemain, explique Paul
    Vidal, personne n'est venu. » goes on with ", personne n'est venu", « Les quotas, dit-il, sont une folie. » with
    " sont une folie" (a verb goes on with its subject, no comma). The incise is the verb, its speaker and the
    parts in commas after it that hold no verb ("lâche Paul Vidal, maire de Lanvic,"); "" when the incise ends the
    sentence (« …, a-t-il ajouté. Nous … »). The quotation's later sentences follow, for a title that fits it whole."""
    own, *later = re.split(r"(?<=[.!?…])\s", rest, maxsplit=1)
    parts = own.split(",")
    after = "".join(" " + sentence.strip() for sentence in later)
    for number, part in enumerate(parts[1:], 1):
        if words.verb_forms.search(part):
            following = ",".join(parts[number:]).strip()
            return (" " if words.verb_forms.match(following) else ", ") + following + after
    return "." + after if after else ""


def _carried_title(claim: Claim, words: _Words, sentence: str, cut: bool = False) -> str | None:
    """The speaker, the reporting verb and the clause that carries the quotation, up to that clause's end after it (the
    quotation's end, for a title too long). With ``cut``, a clause too long every way is cut to a title's length.

    "Janet Hobbs, who voted against, said the plan was "not fit for purpose"" -> 'Janet Hobbs said the plan was
    "not fit for purpose"'; too long, or with another quotation between, it keeps the verb and a later "that"/"que"
    clause before the quotation. An attribution after the quotation reports the clause before it ("… finished “by
    summer 2029”, the company said" -> "The company said a new … 2029”").
    """
    quotation = claim.quotation
    verb = " ".join(sentence[claim.verb_start:claim.verb_end].split())
    if not sentence or not claim.verb_end:
        return None
    if claim.verb_end > quotation.start:
        # « …, a-t-elle promis »: the verb told with its subject before it, without the pronoun after it
        return _reported_before(claim, words, sentence, words.clitic.sub("", verb))
    if "-" in verb:
        return None
    between = sentence[claim.verb_end:quotation.start]
    if re.search(r"[.;:!?]", between):
        return None  # another sentence or clause stands between: nothing carries it
    # The clause goes on after the quotation up to its end ("« laissé mourir » la ligne Castelbrune–Ludrac"), or,
    # too long, stops with it.
    ends = dict.fromkeys((_clause_end(sentence, quotation.end, words), quotation.end))
    named = between.rfind(claim.speaker)
    after = between[named + len(claim.speaker):] if named >= 0 else ""
    relative = words.relative.match(after, 1) if after.startswith(",") else None
    if relative:
        # "…, a lancé Jean-Philippe Sarrail, qui assure n'avoir « jamais participé »": the relative clause about the
        # speaker carries the quotation with its own verb (one the relative pronoun opens, so not looked for).
        at = claim.verb_end + named + len(claim.speaker) + relative.end()
        titles = [f"{claim.speaker} {' '.join(sentence[at:end].split())}" for end in ends]
        return next((t for t in titles if len(t) <= _MAX_TITLE_CHARS), None)
    if words.according.fullmatch(verb) or named >= 0:
        # "Selon un communiqué de la préfecture, des contrôles seront menés « dès la fin de la semaine »"; a speaker
        # named after the words taken as the verb ("Pour Didier Vasseur, délégué du syndicat, le rapport « … »") is
        # told the same way. The words after the first comma, else, too long, after the last one (past an apposition).
        commas = dict.fromkeys(at for at in (between.find(","), between.rfind(",")) if at >= 0)
        return _first_title([words.data.ACCORDING_TITLE.format(
            speaker=claim.speaker, content=" ".join(sentence[claim.verb_end + comma + 1:end].split()))
            for comma in commas for end in ends], words)
    mark = max((m.end() for m in re.finditer(r"[«»“”\"]", between)), default=0)
    if not mark:
        # The verb, then the reported clause without what stood between them ("warned in August that …"): the
        # first "that" keeps the clause's subject, a later one only if the title is still too long.
        starts = [0, *(m.start() for m in words.reported_that.finditer(between))]
    else:
        # After another quotation, a second reported clause opens on a coordinated "and that"/"et que" ("assure que
        # Vaubrac « … » l'offre et que le recrutement sera bouclé « avant le 14 juillet »"); the verb keeps its words
        # up to the first clause ("a seulement répété qu'…").
        first = words.reported_that.search(between)
        verb = " ".join(sentence[claim.verb_start:claim.verb_end + (first.start() if first else 0)].split())
        starts = [that.start() for m in words.coordinated_that.finditer(between[mark:])
                  for that in [re.search(r"\w+['’]?\s*$", between[:mark + m.end()])]]
    # Each clause as written, then, for a title too long, without the phrases it sets off by commas.
    # Too long as written, the last verb coordinated to the verb of saying, with the same subject, carries the
    # quotation alone ("explique que les routes … par une quarantaine d'agents, et annonce une reprise des bus « dès
    # vendredi matin »" -> "La préfecture annonce une reprise des bus « dès vendredi matin »"), before the clause
    # without its asides, which would glue the two verbs ("said promised a full timetable …"); no reported clause
    # opens after it.
    joined = [m for m in re.finditer(r",?\s+(\w+)\s+(?=(\S+))", between[mark:])
              if words.clause_break.fullmatch(m.group(1)) and words.verb_forms.fullmatch(_bare(m.group(2)))]
    starts = [at for at in starts if not joined or at < mark + joined[-1].start()]

    def told(cleaned: Callable[[str], str]) -> list[str]:
        """Each reported clause, its words before the quotation ``cleaned``, up to each end."""
        return [" ".join(f"{claim.speaker} {verb} {cleaned(sentence[claim.verb_end + at:quotation.start])}"
                         f"{sentence[quotation.start:end]}".split()) for at in starts for end in ends]

    at = claim.verb_end + mark + joined[-1].end() if joined else 0
    coordinated = [f"{claim.speaker} {' '.join(sentence[at:end].split())}" for end in ends] if joined else []
    shortest = told(lambda before: _without_asides(before, words))
    found = _first_title(told(lambda before: before) + coordinated + shortest, words)
    if found is None and cut:
        # Quoted words that only say when ("qu'il déposerait un recours devant le tribunal administratif « avant la fin
        # de l'été »") leave the clause to say what: too long whole, it is cut before them, its verb kept.
        kept = [_shorten(title, words) for title in shortest[:1]]
        found = _first_title([t for t in kept if len(t.split()) >= len(f"{claim.speaker} {verb}".split()) + 3], words)
    return found


# What follows a quotation in its clause: no punctuation (a comma between digits is a number's), no other quotation,
# no dash setting off an aside (one between two words joins them: "Castelbrune–Ludrac").
_CLAUSE_TAIL = re.compile(r"(?:(?!\s[—–]\s|—)[^,;:.!?()\[\]«»“”\"]|[.,](?=\d))*(?=[,;:.!?()\[\]]|\s[—–]\s|—|$)")


def _clause_end(sentence: str, end: int, words: _Words) -> int:
    """Where the clause a quotation stops in ends: after the words that follow it up to a punctuation mark or a
    coordinated clause ("and warned that …", "et fait mettre …"); the quotation's end when another quotation comes
    first."""
    tail = _CLAUSE_TAIL.match(sentence, end)
    if not tail:
        return end
    coordinated = words.clause_break.search(tail.group())
    return end + len(tail.group()[:coordinated.start() if coordinated else None].rstrip())


def _reported_before(claim: Claim, words: _Words, sentence: str, verb: str) -> str | None:
    """ "Its clause, “quotation”, the speaker said": the speaker, the verb and the clause before the quotation."""
    quotation = claim.quotation
    tail = sentence[quotation.end:claim.verb_start]
    head = sentence[:quotation.start]
    if claim.verb_start < quotation.end or not re.fullmatch(r"[\s,]*[^.;:!?«»“”\"]{0,60}", tail) \
            or re.search(r"[.;:!?«»“”\"]", head) or not head.strip():
        return None
    clause, _ = _without_aside(sentence[:quotation.end], None, words)
    clause = " ".join(clause.split())
    if words.subject_determiner.match(clause) or _function_word(clause.split()[0], words):
        clause = clause[:1].lower() + clause[1:]  # "A new storage tank …" after the verb; a name keeps its capital
    if words.according.fullmatch(verb):
        # "…, selon son responsable, X": the speaker's words as "Selon X, …", no verb of saying to give them
        told = [words.data.ACCORDING_TITLE.format(speaker=claim.speaker, content=content)
                for content in (clause, _without_asides(clause, words))]
        return _first_title(told, words)
    title = words.data.REPORTED_TITLE.format(speaker=claim.speaker, verb=verb, content=clause)
    return _first_title([_elided(title, words)], words)


def _first_title(titles: list[str], words: _Words) -> str | None:
    """The first of ``titles`` that fits a title's length and holds a verb, capitalised; None if none does."""
    for title in titles:
        if len(title) <= _MAX_TITLE_CHARS and words.verb_forms.search(title):
            return title[:1].upper() + title[1:]
    return None


def _reported_title(claim: Claim, words: _Words, sentence: str = "") -> str:
    """ "Tomas Berg told shareholders the new engines would cut fuel costs", "Selon Julien Morel, 212 emplois …".

    The reported words are not the speaker's own: no quotation marks, the verb as written keeps them his.
    """
    whole = claim.lowered or claim.quotation.text
    content = _first_clause(whole, words)
    form = words.data.REPORTED_TITLE if claim.verb else words.data.ACCORDING_TITLE
    if claim.verb and (_infinitive_said(claim, whole, sentence, words)
                       or words.demand_object.match(f"{claim.verb.split()[-1]} {claim.quotation.text}")):
        # "X dit avoir alerté …", « X promet de présenter une motion »: as the sentence joins them, no « que »
        form = words.data.REPORTED_TITLE_INFINITIVE
    verb = words.clitic.sub("", claim.verb)  # "rappelle-t-elle" told after its subject: "X rappelle que …"
    title = form.format(speaker=claim.speaker, verb=verb, content=content)
    if len(title) > _MAX_TITLE_CHARS or not words.verb_forms.search(content):
        # Too long, or cut inside a phrase set off by commas ("landings on the island, which is reached by boat,
        # had not been restricted" cut to "landings on the island"): the clause without that phrase.
        shorter = _first_clause(_without_asides(whole, words), words)
        if shorter != content and words.verb_forms.search(shorter):
            title = form.format(speaker=claim.speaker, verb=verb, content=shorter)
    return _trim(_elided(title, words), words)


def _infinitive_said(claim: Claim, whole: str, sentence: str, words: _Words) -> bool:
    """Whether the sentence joins the verb of saying to the words said, a past infinitive, without a "that"-word ("dit
    avoir alerté la préfecture"); not when it writes one ("affirme qu'être élu n'est pas un métier": an infinitive
    subject), nor when the claim's words are not found where its offsets say (nothing tells then)."""
    start = claim.quotation.start
    if not words.reported_infinitive.match(whole) or not 0 < start < len(sentence) \
            or not sentence[start:].lstrip(" ,").startswith(claim.quotation.text[:20]):
        return False
    return words.written_that.search(sentence, 0, start) is None


def _elided(title: str, words: _Words) -> str:
    """A reported title with its language's elisions made: "rappelle que une pétition" -> "rappelle qu'une pétition"."""
    for pattern, replacement in words.data.TITLE_ELISIONS:
        title = re.sub(pattern, replacement, title)
    return title


def _first_clause(content: str, words: _Words) -> str:
    """Reported words up to their first clause cut (a relative, a coordinated clause, a semicolon), when at least three
    words come before it."""
    cut = words.clause_cut.search(content)
    return content[: cut.start()] if cut and len(content[: cut.start()].split()) >= 3 else content


_ASIDE = re.compile(r",\s+(?P<aside>[^,;:«»“”\"()\[\]]{2,100}?),\s+")


def _without_asides(text: str, words: _Words) -> str:
    """The text without the phrases it sets off by two commas ("a second outbreak, like the one that struck Norway
    last winter, could …", "the contractor, Tidewell Construction, had found …"): a title tells the clause around
    them. A list's items stay ("two wars, a fire, and the internet"): no aside opens on or is followed by "and"/"et"."""
    def drop(aside: re.Match[str]) -> str:
        coordinated = words.clause_break.match(aside.group("aside")) or words.clause_break.match(text, aside.end())
        return aside.group(0) if coordinated else " "
    return _ASIDE.sub(drop, text)


def _date_of(mention: Any) -> TimelineDate | None:
    """The tagger's TimeML value as a timeline date; None for values an event cannot carry (PRESENT_REF)."""
    mod = mention.mod.lower() if mention.mod else None
    try:
        if mention.end_value:
            return TimelineDate.parse({"start": mention.value, "end": mention.end_value}, mod)
        return TimelineDate.parse(mention.value, mod)
    except DateValueError:
        return None


def _inside(mentions: list[Any], starts: list[int], start: int, end: int) -> list[Any]:
    """The mentions (sorted by start, ``starts`` their starts) that start inside [start, end).

    Bisection, not a scan: scanning every mention of the document for each sentence made extraction
    quadratic in the article's size (issue #8, item 8).
    """
    return mentions[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]


def _without_quotations(sentence: str) -> str:
    """The sentence with its quotations blanked out, offsets kept."""
    for quote in quotations(sentence):
        sentence = sentence[: quote.start] + " " * (quote.end - quote.start) + sentence[quote.end:]
    return sentence


def _blank(sentence: str, span: tuple[int, int] | None) -> str:
    """The sentence with a span blanked out (the date words are nobody's name)."""
    if span is None:
        return sentence
    return sentence[: span[0]] + " " * (span[1] - span[0]) + sentence[span[1]:]


def _clean(text: str) -> str:
    """Text as a person would quote it: Markdown emphasis marks dropped, spacing collapsed."""
    text = re.sub(r"(?<!\w)[*_]+|[*_]+(?!\w)", "", text)
    return " ".join(text.split())
