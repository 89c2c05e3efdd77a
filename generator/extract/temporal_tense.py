"""Cheap tense detection around a date mention: past (-1), future (+1) or unknown (0)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .lang import LanguageData, reporting_verb

# A language's cues (lang/<code>.py FUTURE, PAST, PRESENT, PREP_FUTURE,
# PREP_PAST) are verb forms and prepositions; the cue nearest to the date
# mention inside its sentence decides the direction of a year-less date.


class _Cues:
    """One language's tense cues, compiled."""

    def __init__(self, data: LanguageData) -> None:
        self.future = re.compile(data.FUTURE)
        self.past = re.compile(data.PAST)
        self.present = re.compile(data.PRESENT)
        self.present_verbs = re.compile(data.PRESENT_VERBS)
        self.future_in_past = re.compile(data.FUTURE_IN_PAST)
        self.decision = re.compile(data.DECISION_INFINITIVE)
        self.weekdays: frozenset[str] = frozenset(data.WEEKDAYS)
        self.perfect = re.compile(data.PERFECT)
        self.past_perfect = re.compile(data.PAST_PERFECT)
        self.relative_opener = re.compile(rf"(?i)(?<![\w'’])(?:{data.ASIDE_RELATIVE})(?![\w'’])")
        self.plan_before_past = re.compile(data.PLAN_BEFORE_PAST)
        self.date_movers: frozenset[str] = data.DATE_MOVERS
        self.present_participle = re.compile(data.PRESENT_PARTICIPLE)
        self.prep_future = re.compile(data.PREP_FUTURE)
        self.prep_past = re.compile(data.PREP_PAST)
        self.past_before = re.compile(data.PAST_BEFORE)
        self.fact_relation: frozenset[str] = data.FACT_RELATION
        self.infinitive = re.compile(data.INFINITIVE)
        self.noun_link = re.compile(data.NOUN_LINK)
        self.object_start = re.compile(data.OBJECT_START)
        # past verbs whose object's date may lie ahead: a plan's participles and the verbs that move a date
        self.plan_or_move: frozenset[str] = data.PARTICIPLE_STOP | data.DATE_MOVERS
        self.scheduled = re.compile(data.SCHEDULED_BEFORE)
        self.until = re.compile(data.UNTIL_BEFORE)
        self.deadline = re.compile(data.DEADLINE_BEFORE)
        self.promise = re.compile(data.DEADLINE_PROMISE)
        self.plan_for = re.compile(data.PLAN_FOR_BEFORE)
        self.day_number = re.compile(rf"(?<!\w){data.DAY}(?!\w)")
        self.from_on = re.compile(data.FROM_ON)
        self.start = re.compile(data.START_BEFORE)
        self.participle = re.compile(data.PARTICIPLE_BEFORE)
        self.participle_not_after: frozenset[str] = data.PARTICIPLE_NOT_AFTER
        self.participle_stop: frozenset[str] = data.PARTICIPLE_STOP
        self.date_lead = re.compile(rf"(?:(?:{data.DATE_LEAD})\s+)+", re.IGNORECASE)
        self.date_tail = re.compile(rf"\s+(?:{data.DATE_TAIL})\b", re.IGNORECASE)
        self.future_stop: frozenset[str] = data.FUTURE_STOP
        self.past_stop: frozenset[str] = data.PAST_STOP
        self.directive = re.compile(data.DIRECTIVE)
        self.directive_bound = re.compile(data.DIRECTIVE_BOUND)
        self.backshifted = re.compile(data.BACKSHIFTED)
        # a comma or colon between two digits is a number's ("11,000 names", "1,5 million", "18:30"), no clause's end
        self.clause_break = re.compile(rf"(?:{data.CLAUSE_BREAK})(?!(?<=\d[,:])\d)", re.IGNORECASE)
        self.subordinate_after = re.compile(data.SUBORDINATE_AFTER, re.IGNORECASE)
        self.subordinate_time = re.compile(rf"\s*(?:{data.SUBORDINATE_TIME})(?![\w])", re.IGNORECASE)
        self.said_to = re.compile(data.SAID_TO)
        verb = reporting_verb(data)
        self.speech = re.compile(rf"(?i)\b{verb}\b")
        self.speech_that = re.compile(rf"(?i)\b{verb}\s+(?:{data.SPEECH_THAT})\b")
        self.that = re.compile(rf"(?i)(?<![\w'’])(?:{data.SPEECH_THAT})(?![\w'’])")
        self.comma_clause = re.compile(data.COMMA_CLAUSE)
        self.occasion_not_leads = re.compile(data.OCCASION_NOT_LEADS)
        self.aside = re.compile(rf",\s*(?:{data.ASIDE_RELATIVE})(?!\w)", re.IGNORECASE)


# A dot between two digits is a decimal point ("£12.50", "2.1bn"), not the end of a sentence. A spaced bullet or bar
# parts the items of a list of headlines ("Key events: trains suspended · prefect to visit Thursday"): each its own
# sentence, whose verbs date nothing in the next one.
_SENT_END = re.compile(r"[.!?;\n](?!(?<=\d\.)\d)|(?<=\s)[·•|](?=\s)")
# What may stand before a date that heads its sentence: quotation marks, dashes, one short word ("On", "Le").
_HEAD = re.compile(r"[\s\"'«“‘—–-]*(?:[^\W\d]{1,4}\s+)?")
# An opening adverbial around a date: a few words before it from the sentence's start, a comma right after it.
_OPENER_BEFORE = re.compile(r"[\s\"'«“‘—–-]*(?:[^\W\d]+['’\s]+){0,3}")
_OPENER_AFTER = re.compile(r"\s*,")
# What may stand between a verb and the date it dates: a few words, no comma or quotation mark
# ("a annoncé mardi", "said on Tuesday", "told reporters on Friday").
_ADJACENT = re.compile(r"^[^\W\d]*(?:[\s'’]+[^\W\d]+){0,2}[\s'’]*$")
# What a clause break adds to a verb's distance from a date: more than a sentence is long.
_OTHER_CLAUSE = 10_000
# How far after an opening adverbial's comma its main clause's first verb is looked for: a short subject, then the verb.
_OPENER_REACH = 50
# Strength of a preposition cue: it is read before any verb and outweighs proximity.
STRONG = 2


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end offsets of the sentence around [start, end)."""
    lo = max(0, start - 400)
    s = lo
    for m in _SENT_END.finditer(text, lo, start):
        # A dot followed by a space or the end closes a sentence; "M." and
        # "Jan." also do, which only shortens the window a little.
        s = m.end()
    hi = min(len(text), end + 400)
    m2 = _SENT_END.search(text, end, hi)
    e = m2.start() if m2 else hi
    return s, e


def preposition_at(text: str, start: int, data: LanguageData) -> int:
    """STRONG when a preposition right before a date looks ahead ("until", "jusqu'au"), -STRONG back ("since"), else 0."""
    cues = data.compiled(_Cues)
    before = text[max(0, start - 40):start]
    if cues.prep_future.search(before):
        return STRONG
    if cues.prep_past.search(before):
        return -STRONG
    return 0


def tense_at(text: str, start: int, end: int, data: LanguageData) -> int:
    """-1 when the nearest verb cue in the sentence is past, +1 when future, 0 when none.

    A preposition right before the date is a stronger cue than any verb: "pour
    samedi", "jusqu'au 11 août", "until Friday" look ahead; "depuis", "since" look back.
    It returns +/-STRONG, which the resolvers do not overrule by proximity.

    A verb of saying or ordering dates the date only when it stands right next to it ("a
    annoncé mardi"); further away the date belongs to what was said or ordered: a reporting
    verb is then no cue ("a annoncé une réunion le 2 décembre"), an order looks neither way
    ("a ordonné l'arrachage avant le 31 octobre"), and after "said that" an imperfect is the
    speaker's present ("a expliqué que le départ au 1er juin rendait…"), no direction.
    """
    cues = data.compiled(_Cues)
    # a preposition may open the mention itself ("until the end of September", "depuis la fin de l'été"): it is read
    # where the mention's leading words end, as one right before the date is
    lead = cues.date_lead.match(text, start, end)
    at = lead.end() if lead else start
    bound = preposition_at(text, at, data)
    if bound < 0:
        return bound
    if bound and (cues.until.search(text, max(0, at - 40), at) or cues.deadline.search(text, max(0, at - 40), at)) \
            and not _scheduled(cues, text, start, end):
        # "until 20 June" told in the past with nothing ahead in the sentence ("the pool was closed until
        # 20 June", written in November, "ont duré jusqu'en mars") is a bound that has passed: the verb decides,
        # without a preposition's strength, so that a bound a few days away stays the nearest one (issue 9); a
        # period put off or extended to it ("was extended until 20 June") still ends ahead; so is a deadline told in
        # the past ("appeals had to be lodged by 30 September", written in January)
        # only a verb of the bound's own clause tells that it has passed: "The agreement, signed on Wednesday, adds
        # cameras on every bus by September" (fresh dev story) is September ahead, whatever "signed" dates
        direction, ahead = _verb_tense(cues, text, start, end, own_clause=True)
        promised = list(cues.promise.finditer(text, sentence_bounds(text, start, end)[0], at))
        if promised and cues.deadline.search(text, max(0, at - 40), at) \
                and not cues.clause_break.search(text, promised[-1].end(), at):
            ahead = True  # "Residents were promised cameras by September": what was promised is still to come
        return direction if direction < 0 and not ahead else bound
    if bound > 0 and _lapsed_plan(cues, text, start, at):
        # « On nous avait promis les bâtiments pour Pâques, puis pour le 1er juillet » (written in September), "had
        # been set for May 25": a plan made before another past has no side of its own; its day may have gone by
        # without it (a plan not carried out), so the nearest one is taken
        return 0
    # a day « pour le 10 novembre » names keeps the forward reading: a plan's own day, not a month a plan fell in
    if bound > 0 and cues.plan_for.search(text, max(0, at - 40), at) and not _scheduled(cues, text, start, end) \
            and not cues.day_number.search(text, start, end):
        direction, ahead = _verb_tense(cues, text, start, end, own_clause=True)
        if direction < 0 and not ahead:
            return 1  # « étaient annoncés pour septembre », written in November: ahead as a verb is, no stronger
    if bound:
        return bound  # "by", "pour", "takes effect on": ahead whatever the tense around
    if _scheduled(cues, text, start, end):
        return 1  # "les soldes débutent mercredi", "the fair opens on Friday": the present of a timetable
    if cues.from_on.search(text, max(0, start - 40), start):
        return max(_verb_tense(cues, text, start, end)[0], 0)  # "a voté … à partir du 1er juin": when it starts
    if _done_before(cues, text, start):
        # "la convention, signée jeudi, doit financer…": the deed is done, whatever the main verb
        return -STRONG if _past_right_before(cues, text, start, adjacent=True) else -1
    direction = _verb_tense(cues, text, start, end)[0]
    if direction < 0 and _past_right_before(cues, text, start, adjacent=True):
        return -STRONG  # "was launched in April" in a March article: last April, not the one a month away
    return direction


def _lapsed_plan(cues: _Cues, text: str, start: int, at: int) -> bool:
    """Whether the last past perfect of the sentence before a date tells a plan made before another past ("avait promis
    … pour", "had been set for"), not a date moved (« avait été décalée pour octobre »: still ahead), no future between."""
    s = sentence_bounds(text, start, start)[0]
    perfect = None
    for perfect in cues.plan_before_past.finditer(text, s, at):
        pass
    return perfect is not None and perfect.group(0).split()[-1].lower() not in cues.date_movers \
        and cues.future.search(text, perfect.end(), at) is None


def _past_right_before(cues: _Cues, text: str, start: int, adjacent: bool = False) -> bool:
    """Whether a past verb dates the date: it stands before the date's preposition, with only its own complements
    between ('closed in April', 'cut 200 jobs in April'); not a verb of saying, whose date may be what was said
    ('announced a sale in April'), nor one followed by an infinitive ('decided to close the plant in April')."""
    found = _verb_before_preposition(cues, cues.past, text, start)
    if found is None or found[1].group(0).lower() in cues.past_stop:
        return False
    gap, verb = found
    if verb.end() == gap:
        return True
    if adjacent:
        return False
    tail = text[verb.end():gap]
    if not cues.object_start.match(tail):
        return False  # "face increased parking fees in January": an adjective, no verb with its object
    # the infinitive may be the verb itself ("decided to shut the pool in January": "shut" reads as a past)
    infinitive = cues.infinitive.search(text, max(0, verb.start() - 4), gap)
    if cues.speech.search(verb.group(0)) or infinitive or not _complements_only(cues, tail):
        return False
    if verb.group(0).split()[-1].lower() in cues.plan_or_move:
        return False  # "scheduled a vote in June", "a reporté la réforme en janvier": the date is the plan's
    # a participle inside a noun phrase ("the best-preserved planks", "plans to lift the damaged planks in June") is no
    # verb of the clause: another verb cue before it in its clause, or a hyphen joining it, dates the date instead
    lead = text[max(0, verb.start() - 40):verb.start()]
    lead = lead[max((m.end() for m in cues.clause_break.finditer(lead)), default=0):]
    return not lead.endswith("-") and not any(
        cue.search(lead) for cue in (cues.present, cues.future_in_past, cues.perfect, cues.future))


def _verb_before_preposition(cues: _Cues, verbs: re.Pattern[str], text: str,
                             start: int) -> tuple[int, re.Match[str]] | None:
    """Where the preposition right before a date starts ("in", "en"), and the last of ``verbs`` in the 40 characters
    before it; None without either (the preposition is looked for first: most dates have none)."""
    gap = cues.past_before.search(text, max(0, start - 12), start)
    if gap is None:
        return None
    last = None
    for m in verbs.finditer(text, max(0, gap.start() - 40), gap.start()):
        last = m
    return (gap.start(), last) if last is not None else None


# What may stand between a verb and the preposition of its date: the verb and its complements ("will be held in June",
# "will open the new plant in June", "cut 200 jobs in April", "aura lieu en juin"), a few words or numbers, no
# punctuation. A modal's cue may end on its space ("should "), so the first word needs none before it.
_TAIL_WORD = r"(?:[^\W\d]+(?:['’][^\W\d]+)?|\d+(?:[.,]\d+)*)"
_VERB_TAIL = re.compile(rf"\s*(?:{_TAIL_WORD}(?:\s+{_TAIL_WORD}){{0,5}})?")
_WORD = re.compile(r"[^\W\d]+")


def future_right_before(text: str, start: int, data: LanguageData) -> bool:
    """Whether a future verb dates the date: it stands before the date's preposition with only its own complements
    between ('will be held in June', 'will open the new plant in June'), no other verb and no word that ties the date
    to another fact ('will rise again after the cut in July' dates the cut)."""
    cues = data.compiled(_Cues)
    found = _verb_before_preposition(cues, cues.future, text, start)
    if found is None or found[1].group(0).lower() in cues.future_stop:
        return False
    return _complements_only(cues, text[found[1].end():found[0]])


def _complements_only(cues: _Cues, tail: str) -> bool:
    """Whether the words between a verb and its date's preposition are its own complements: a few words, no
    punctuation, no other verb and no word that ties the date to another fact."""
    # a link word ties the date to a noun of the object ("the victims of the fire in July"); the object's own article
    # is none ("a embauché des saisonniers en janvier")
    article = cues.object_start.match(tail)
    return _VERB_TAIL.fullmatch(tail) is not None and not {w.lower() for w in _WORD.findall(tail)} & cues.fact_relation \
        and not cues.noun_link.search(tail, article.end() if article else 0) \
        and not any(cue.search(tail) for cue in (cues.past, cues.present, cues.future_in_past, cues.perfect, cues.future))


def _opener_comma(text: str, s: int, start: int, end: int) -> re.Match[str] | None:
    """The comma closing an opening adverbial at [start, end) of a sentence starting at ``s``: a few words before the
    date from the sentence's start, a comma right after it ("In June, the festival …", "Le 3 mai, …")."""
    return _OPENER_AFTER.match(text, end) if _OPENER_BEFORE.fullmatch(text, s, start) else None


def opens_sentence(text: str, start: int, end: int) -> bool:
    """Whether a date is an opening adverbial ("In June, the festival …", "Le 3 mai, …")."""
    return _opener_comma(text, sentence_bounds(text, start, end)[0], start, end) is not None


def starts_at(text: str, start: int, end: int, data: LanguageData) -> bool:
    """Whether a start ("from", "dès", "à partir de") stands right before a date or opens its mention ("dès lundi")."""
    cues = data.compiled(_Cues)
    lead = cues.date_lead.match(text, start, end)
    return cues.start.search(text, max(0, start - 40), lead.end() if lead else start) is not None


def told_present(text: str, start: int, end: int, data: LanguageData) -> bool:
    """Whether the sentence of a date holds a copula of the present and none of the future seen from the past, the
    perfect or an order (which look neither way). The present of another verb tells its own clause only: "the pool
    closes for a year" after "announced the plan over the weekend" leaves the weekend gone."""
    scan = _sentence_scan(data.compiled(_Cues), text, start, end)[2]
    return bool(scan.present) and not _neither_way(scan)


def told_scheduled(text: str, start: int, end: int, data: LanguageData) -> bool:
    """Whether a timetable's present or a day put off stands right before a date ('se tient', 'takes place')."""
    return _scheduled(data.compiled(_Cues), text, start, end)


def told_neither_way(text: str, start: int, end: int, data: LanguageData) -> bool:
    """Whether the sentence of a date holds a verb that looks neither way from it: the future seen from the past, the
    perfect or an order ("a ordonné la fermeture à partir de lundi")."""
    return _neither_way(_sentence_scan(data.compiled(_Cues), text, start, end)[2])


def _neither_way(scan: _Scan) -> bool:
    """Whether a sentence's verb cues hold one that looks neither way (see told_neither_way)."""
    return bool(scan.future_in_past or scan.perfect or scan.directive)


def told_undecided(text: str, start: int, end: int, data: LanguageData) -> bool:
    """Whether the sentence of a date tells it in the future seen from the past, the conditional or the perfect.

    Such a date has no direction ("would reopen in the autumn", "rouvrirait à l'automne", "has reopened in the
    spring") but is no habit either, as a date in a present-tense sentence may be.
    """
    scan = _sentence_scan(data.compiled(_Cues), text, start, end)[2]
    return bool(scan.future_in_past or scan.perfect)


def told_perfect(text: str, start: int, end: int, data: LanguageData) -> bool:
    """Whether the verb right before a date is a present perfect ("has spent the summer trying to …"): no other
    cue of tense, nor a present participle ("have never seen the shelves this bare going into the winter"), stands
    between them. Such a stretch of time has begun by publication."""
    cues = data.compiled(_Cues)
    s, sent, scan = _sentence_scan(cues, text, start, end)
    ms = start - s
    before = [m for m in scan.perfect if m[1] <= ms]
    if not before:
        return False
    verb_end = max(m[1] for m in before)
    return not any(verb_end <= m[0] < ms for cue in (scan.future_in_past, scan.future, scan.past, scan.present,
                                                     scan.present_verbs) for m in cue) \
        and cues.present_participle.search(sent, verb_end, ms) is None


def told_past_perfect(text: str, start: int, end: int, data: LanguageData) -> bool:
    """Whether the sentence of a date holds a past perfect anywhere ("avait été déclenchée dès le vendredi soir")."""
    return data.compiled(_Cues).past_perfect.search(text, *sentence_bounds(text, start, end)) is not None


def told_past_perfect_then(text: str, since: int, start: int, data: LanguageData) -> bool:
    """Whether a past perfect between ``since`` and a date is followed, before the date, by a verb of its own clause
    in another tense (« avait quitté le village où elle est revenue en janvier »): the date's clause is told nearer
    the present than the background the past perfect set."""
    cues = data.compiled(_Cues)
    s, sent, scan = _sentence_scan(cues, text, start, start)
    a, ms = max(since, s) - s, start - s
    done = [(m.start() - s, m.end() - s) for m in cues.past_perfect.finditer(text, s + a, start)]
    if not done:
        return False
    last = done[-1][1]
    # a relative clause of its own: not the past perfect's own words ("had kept the campsite shut for the whole of
    # August", where "shut" reads as a past), nor a clause of time, which tells the same past ("had shut after it
    # flooded in June")
    return any(last <= m[0] < ms and not any(p <= m[0] < q for p, q in done)
               and cues.relative_opener.search(sent, last, m[0])
               for cue in (scan.past, scan.perfect, scan.present, scan.present_verbs) for m in cue)


def told_past_after(text: str, start: int, end: int, data: LanguageData, facts: bool = False) -> bool:
    """Whether a verb of the past follows a date in its sentence ("… for Saturday, and the race was cancelled"): the
    sentence goes on telling what has happened, so the date is a day of that telling. With ``facts``, a verb of
    saying ("…, police said") is none: it tells who said it, not what happened."""
    cues = data.compiled(_Cues)
    s, _, scan = _sentence_scan(cues, text, start, end)
    return any(m[0] >= end - s and m[2] not in cues.past_stop
               and not (facts and any(a <= m[0] < b for a, b, _ in scan.speech)) for m in scan.past)


def told_past(text: str, start: int, end: int, data: LanguageData) -> bool:
    """Whether the sentence of a date is told in the past only, its verbs of saying included: a past cue, and none
    of the future, of the future seen from the past, of the perfect or of a copula of the present ("The board
    announced the plan over the weekend, a spokesman said"; "…, and the pool closes for a year" is still told in
    the past: another verb's present tells its own clause, not the sentence)."""
    cues = data.compiled(_Cues)
    s, _, scan = _sentence_scan(cues, text, start, end)
    ms, me = start - s, end - s
    outside = [m for m in scan.past if not ms <= m[0] < me and m[2] not in cues.past_stop]
    return bool(outside) and not (scan.future or scan.future_in_past or scan.perfect or scan.present)


def _sentence_scan(cues: _Cues, text: str, start: int, end: int) -> tuple[int, str, _Scan]:
    """The sentence around [start, end): where it starts, its text (lower-cased when written all in capitals, so
    a headline's verbs are found) and the verb cues in it."""
    s, e = sentence_bounds(text, start, end)
    sent = text[s:e]
    if sent.isupper():
        sent = sent.lower()
    scan = _scan(cues, sent)
    # A verb inside quotation marks is the speaker's, not the narrator's: '"The port must modernise or it will
    # die," he told the paper on Thursday' is a past Thursday (issue 10). A date inside the quotation reads it.
    ms = start - s
    quoted = [q for q in _quotations(text, s, e) if not q[0] <= ms < q[1]]
    if quoted:
        scan = _Scan(*([m for m in spans if not any(a <= m[0] < b for a, b in quoted)] for spans in scan))
    return s, sent, scan


# What closes a relative clause set off by a comma: the next comma (not a number's), a colon, a semicolon, a dash or
# a bracket; else the sentence's end.
_ASIDE_END = re.compile(r",(?!(?<=\d,)\d)|[;:()]|\s[–—-]\s")


def _asides(cues: _Cues, sent: str) -> list[tuple[int, int]]:
    """Where a sentence's relative clauses set off by a comma are (", which …,", « , qui … , »), from its start."""
    found = []
    for m in cues.aside.finditer(sent):
        close = _ASIDE_END.search(sent, m.end())
        found.append((m.start(), close.start() if close else len(sent)))
    return found


def _done_before(cues: _Cues, text: str, start: int) -> bool:
    """Whether a bare past participle, after a noun or a comma, stands right before the date ('signée jeudi')."""
    m = cues.participle.search(text, max(0, start - 60), start)
    if m is None:
        return False
    part, prev = m.group("part").lower(), m.group("prev").lower()
    return part not in cues.participle_stop and prev not in cues.participle_not_after


def _scheduled(cues: _Cues, text: str, start: int, end: int) -> bool:
    """Whether a timetable's present or a day put off ('postponed to', 'repoussée au') stands right before the date.

    The preposition a day is put off to may open the mention itself ("repoussée | au printemps").
    """
    if cues.scheduled.search(text, max(0, start - 40), start):
        return True
    lead = cues.date_lead.match(text, start, end)
    return lead is not None and cues.scheduled.search(text, max(0, start - 40), lead.end()) is not None


def _verb_tense(cues: _Cues, text: str, start: int, end: int, own_clause: bool = False) -> tuple[int, bool]:
    """The direction of the verb cue nearest to [start, end) in its sentence (in its clause with ``own_clause``), and
    whether any cue there may look ahead."""
    s, sent, scan = _sentence_scan(cues, text, start, end)
    ms, me = start - s, end - s
    fstop, pstop = cues.future_stop, cues.past_stop
    best: tuple[int, int, int] | None = None  # (distance, direction, where the cue starts)
    # A date in an opening adverbial ("By September, all appeals had been lodged", "D'ici septembre, les travaux…")
    # belongs to the main clause after the comma that closes the adverbial: that comma is no break of its clause.
    # the part of the day the date carries is the adverbial's ("By Sunday evening, all but 200 passengers had been flown
    # home", "By Wednesday evening, 412 machines were out of action": dev pages)
    tail = cues.date_tail.match(sent, me)
    opener = _opener_comma(sent, 0, ms, tail.end() if tail else me) if own_clause else None
    main_from = opener.end() if opener else me
    # a word saying when, right after the date (or its part of the day), tells the date's own fact ("a crash on Friday
    # after a car left the road"): the clause it opens is the date's, so a subordinate clause starts only after it
    right_after = cues.subordinate_time.match(sent, tail.end() if tail else me)
    sub_from = max(main_from, right_after.end()) if right_after else main_from

    # A verb of saying right before the date ("said on Friday it would appeal", "a annoncé vendredi qu'elle…") is the
    # date's own verb: nearer than any cue of what was said, even one as few characters away (fresh dev story); after
    # "said that" the date is in what was said ("confirmed that Friday would be a holiday").
    # Not when a verb follows the date at once: the date is then the reported clause's subject ("said Friday would be
    # a day of mourning", "a annoncé vendredi sera"), and that clause's verb dates it (review 28).
    said_that = {a for a, b, _ in scan.speech_that if b <= ms}
    # "told the BBC on Monday", "warned the university in March": the audience between the verb and the date is no
    # other clause; ignored as a verb of what was said, the verb left the date no tense (a March ahead, dev stories)
    said_to = {m[0] for m in scan.speech if m[1] <= ms and m[0] not in said_that and _said_to(cues, sent, scan, m, ms)}
    said_here = {m[0] for m in scan.speech if m[1] <= ms and m[0] not in said_that and _adjacent(sent, m, ms, me)}
    said_here |= said_to
    # looked for only then: this runs for every date, and few stand right after a verb of saying
    if said_here and any(a >= me and not sent[me:a].strip() for spans in (scan.directive, scan.future_in_past,
                                                                          scan.perfect, scan.future, scan.past,
                                                                          scan.present, scan.present_verbs)
                                for a, _, _ in spans):
        said_here = set()

    # A relative clause set off by a comma tells of its own noun: "The festival, which drew 27,000 people last year,
    # runs from July 21 to 23" is July ahead, whatever "drew" tells. Its verbs are no nearest cue of a date outside it
    # (they still tell whether the sentence looks ahead at all: "The firm, which has denied wrongdoing, had been given
    # until Friday", session 29 review).
    asides = [x for x in _asides(cues, sent) if not x[0] <= ms < x[1]]

    def near(a: int, b: int, direction: int) -> None:
        nonlocal best
        if any(x <= a < y for x, y in asides):
            return
        d = -1 if a in said_here else a - me if a >= me else ms - b
        if cues.clause_break.search(sent, main_from, a) if a >= me else cues.clause_break.search(sent, b, ms):
            if own_clause:
                return
            d += _OTHER_CLAUSE  # a verb of the date's own clause, however far, is nearer than one across a break
        if a >= me and cues.subordinate_after.search(sent, sub_from, a):
            if own_clause:
                return
            d += _OTHER_CLAUSE  # a verb after a subordinating word tells its own clause ("on Monday to discuss how many wanted")
        if best is None or d < best[0]:
            best = (d, direction, a)

    # The future seen from the past ("devaient être livrés", "was due to") looks neither way: the date
    # may have passed or not by publication, so it counts as a cue without direction (issue 9).
    held: list[Span] = []
    # A date heading the sentence dates its main verb of saying ("Lundi, la mairie a assuré que…",
    # "On Monday, the council said it would…"), not what was said after it (issue 9).
    heading = _HEAD.fullmatch(sent, 0, ms) is not None or _occasion_heading(cues, sent, scan, ms, me)
    main_speech = next((m for m in scan.speech if m[0] >= me), None) if heading else None
    # a verb of saying that opens a verb of will before an infinitive ("demande à être reçu", "asks to be heard") is
    # that verb of will: a cue of the future, not a saying apart from the date
    ignored = [m for m in scan.speech if m is not main_speech and not _adjacent(sent, m, ms, me) and m[0] not in said_to
               and not any(f[0] <= m[0] and m[1] < f[1] for f in scan.future)]

    reported_from = min((b for a, b, _ in scan.speech_that if b <= ms), default=None)
    # a bare weekday after an order's object is the order's own day, as for a decision's infinitive below; « a donné
    # son feu vert jeudi » was the coming Thursday (dev page); the day an order sets has its preposition ("by Friday")
    own_day = sent[ms:me].lower() in cues.weekdays and not cues.directive_bound.search(sent, max(0, ms - 30), ms)
    for m in scan.directive:
        if ms <= m[0] < me or _adjacent(sent, m, ms, me) or (own_day and m[1] <= ms):
            continue
        held.append(m)
        near(m[0], m[1], 0)
    # a decision's infinitive is the future seen from the decision, but for a weekday (DECISION_INFINITIVE)
    decisions = [] if sent[ms:me].lower() in cues.weekdays else scan.decision
    for m in scan.future_in_past + decisions:
        if ms <= m[0] < me or _overlaps(m, held):
            continue
        if m[0] < ms and me <= m[1]:
            continue  # "agreed on Tuesday to ban": the date inside the cue is the decision's, its verb dates it
        held.append(m)
        near(m[0], m[1], 0)
    fut_spans: list[Span] = []
    past_spans: list[Span] = []
    for m in scan.future:
        if ms <= m[0] < me:
            continue  # a cue inside the mention itself ("mardi prochain") is not a verb
        if m[2] in fstop or _overlaps(m, held) or _overlaps(m, ignored):
            continue
        fut_spans.append(m)
        near(m[0], m[1], 1)
    for m in scan.perfect:
        if ms <= m[0] < me or _overlaps(m, held) or _overlaps(m, fut_spans):
            continue
        held.append(m)
        near(m[0], m[1], 0)
    for m in scan.past:
        if ms <= m[0] < me:
            continue
        w = m[2]
        last = w.split()[-1] if w.split() else w
        if w in pstop or last in pstop:
            continue
        if _overlaps(m, fut_spans) or _overlaps(m, held) or _overlaps(m, ignored):
            continue
        past_spans.append(m)
        # after "said that", an imperfect is the speaker's present, not the past
        backshifted = reported_from is not None and m[0] >= reported_from and cues.backshifted.fullmatch(w)
        near(m[0], m[1], 0 if backshifted else -1)
    taken = held + fut_spans + past_spans
    now = False
    for m in sorted(scan.present + scan.present_verbs):
        if ms <= m[0] < me or any(a <= m[0] < b for a, b, _ in taken):
            continue
        now = True
        near(m[0], m[1], 0)
    # a cue of the future, of the future seen from the past, of an order, of the present perfect or of the present
    # may make the date still to come ("has kept the markets closed until Friday", "is closed until …"), unless the
    # date's own clause is told in the past perfect, a past before another: "People have come to sign a petition,
    # which by Wednesday evening had passed 11,000 names" is a Wednesday gone, whatever "have come" tells (dev page).
    # A past perfect before an "until" bound is the verb that set the bound, not one the date modifies: "The firm,
    # which has denied wrongdoing, had been given until Friday to respond" is the Friday ahead (session 29 review).
    before_past = own_clause and best is not None and cues.past_perfect.match(sent, best[2]) is not None \
        and not (best[2] < ms and cues.until.search(sent, max(0, ms - 40), ms))
    return (best[1] if best else 0), bool(fut_spans or held or now) and not before_past


def _occasion_heading(cues: _Cues, sent: str, scan: _Scan, ms: int, me: int) -> bool:
    """Whether a date stands in a phrase without a verb heading its sentence, closed by a comma, that names the
    occasion of what the main clause tells ("Speaking at Tuesday's hearing, she said …", « Lors de l'audience de
    mardi, elle a lancé … »): the main clause's verb, a verb of saying included, dates it. Not a phrase that puts
    the date off the saying ("After Tuesday's vote", « Après le vote de mardi »), nor one in quotation marks."""
    comma = cues.clause_break.search(sent, me)
    if comma is None or not comma.group(0).startswith(",") or cues.clause_break.search(sent, 0, ms) \
            or cues.occasion_not_leads.match(sent) or _MARK.search(sent, 0, comma.start()):
        return False  # a quotation's words are the speaker's: '"We expect the first boats in June," said …' (dev)
    return not any(m[0] < comma.start() for spans in scan for m in spans)


Span = tuple[int, int, str]  # start, end and lower-cased words of a cue in its sentence


class _Scan(NamedTuple):
    """Every cue of one sentence, found once for all the dates in it."""

    speech: list[Span]
    speech_that: list[Span]
    directive: list[Span]
    future_in_past: list[Span]
    decision: list[Span]  # a decision's infinitive ("voted to sell"): the future seen from the decision
    perfect: list[Span]
    future: list[Span]
    past: list[Span]
    present: list[Span]  # the copulas ("is", "reste"): they alone tell a sentence told in the present
    present_verbs: list[Span]  # the present of other verbs ("closes", "ferme"): a cue of the date's clause only


@lru_cache(maxsize=64)
def _scan(cues: _Cues, sent: str) -> _Scan:
    """The cues of a sentence (a sentence often holds several dates)."""
    def spans(pattern: re.Pattern[str]) -> list[Span]:
        return [(m.start(), m.end(), m.group(0).lower()) for m in pattern.finditer(sent)]
    return _Scan(spans(cues.speech), spans(cues.speech_that), spans(cues.directive), spans(cues.future_in_past),
                 spans(cues.decision),
                 spans(cues.perfect), spans(cues.future), spans(cues.past), spans(cues.present),
                 spans(cues.present_verbs))


_QUOTATION = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")
_MARK = re.compile(r"[«»“”\"]")
_CLOSER = {"«": "»", "“": "”", '"': '"'}


def _quotations(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Where the quotations of the sentence text[s:e] are, from its start: « … », “ … ” or " … ".

    A quotation often holds a sentence's end ('told reporters: "The line will reopen."'), so a mark the sentence
    leaves open or closes without opening is read in its paragraph: an open one quotes to the sentence's end, a
    closing one from its start, and the verbs there are the speaker's, not the narrator's (mend 35)."""
    sent = text[s:e]
    spans = [(m.start(), m.end()) for m in _QUOTATION.finditer(sent)]
    if all(any(a <= m.start() < b for a, b in spans) for m in _MARK.finditer(sent)):
        return spans  # every mark of the sentence is paired in it: the usual case, read without its paragraph
    p = text.rfind("\n", 0, s) + 1
    q = text.find("\n", e)
    q = len(text) if q < 0 else q
    found: list[tuple[int, int]] = []
    opened: tuple[int, str] | None = None
    for m in _MARK.finditer(text, p, q):
        mark = m.group(0)
        if opened is None and mark in _CLOSER:
            opened = (m.start(), _CLOSER[mark])
        elif opened is None:
            found.append((p, m.end()))  # a paragraph going on with words quoted in the one before
        elif mark == opened[1]:
            found.append((opened[0], m.end()))
            opened = None
    if opened is not None:
        found.append((opened[0], q))
    return [(max(a, s) - s, min(b, e) - s) for a, b in found if a < e and b > s]


def _adjacent(sent: str, span: Span, ms: int, me: int) -> bool:
    """Whether a verb stands right next to the mention, a few words away in the same clause."""
    gap = sent[span[1]:ms] if span[1] <= ms else sent[me:span[0]] if span[0] >= me else ""
    return _ADJACENT.match(gap) is not None


def _said_to(cues: _Cues, sent: str, scan: _Scan, verb: Span, ms: int) -> bool:
    """Whether only whom a verb of saying was said to stands between it and a date after it ("told the BBC on")."""
    if cues.said_to.fullmatch(sent, verb[0], ms) is None or cues.clause_break.search(sent, verb[1], ms):
        return False
    return not any(verb[1] <= m[0] < ms for spans in scan for m in spans)


def _overlaps(span: Span, spans: list[Span]) -> bool:
    """Whether a cue overlaps one already read as another kind of cue."""
    return any(a <= span[0] < b or span[0] <= a < span[1] for a, b, _ in spans)


def past_after_opener(text: str, start: int, end: int, data: LanguageData) -> bool:
    """Whether a date opening its sentence as an adverbial is dated by a main clause whose first verb is a past ("In
    December, the council approved the plan", « En décembre, la commune a voté le budget »)."""
    cues = data.compiled(_Cues)
    comma = _opener_comma(text, sentence_bounds(text, start, end)[0], start, end)
    return comma is not None and _past_after_comma(cues, text, comma)


def told_past_in_own_clause(text: str, start: int, end: int, data: LanguageData) -> bool:
    """Whether the verb of a date's own clause is a past, the clause's main verb when the date opens it as an
    adverbial ("and in May it won promotion", « et, en mai, il est monté »)."""
    cues = data.compiled(_Cues)
    if _verb_tense(cues, text, start, end, own_clause=True)[0] < 0:
        return True
    s = sentence_bounds(text, start, end)[0]
    breaks = list(cues.clause_break.finditer(text, s, start))
    comma = _opener_comma(text, breaks[-1].end() if breaks else s, start, end)
    return comma is not None and _past_after_comma(cues, text, comma)


def _past_after_comma(cues: _Cues, text: str, comma: re.Match[str]) -> bool:
    """Whether the clause after an opening adverbial's comma has a past for its first verb (see past_after_opener)."""
    window = text[comma.end():comma.end() + _OPENER_REACH]
    lo, past = 0, None
    for m in cues.past.finditer(window):
        if m.group(0).lower() in cues.past_stop:
            continue
        # the verb of a relative clause in the subject tells the subject, not the clause ("residents who signed the
        # petition will meet", « les habitants qui ont signé la pétition rencontreront »)
        if cues.relative_opener.search(window, lo, m.start()):
            lo = m.end()
            continue
        past = m
        break
    if past is None:
        return False
    # a cue of another tense at the past's own place or before it ("has approved", "was due to") tells the clause; a
    # present inside the past is its auxiliary (« il est monté »)
    if any(lo <= m.start() <= past.start() and not (cue is cues.present and m.end() <= past.end())
           for cue in (cues.present, cues.present_verbs, cues.future, cues.future_in_past, cues.perfect,
                       cues.directive)
           for m in cue.finditer(window)):
        return False
    # a present or a future after it is the main verb and the past a participle of the subject ("the plan approved
    # last week will go to a vote", "the new law, passed by parliament in June, comes into force"), unless the past
    # says or another clause opens between them ("approved the plan, which will cost", "a plan that is expected to")
    if cues.speech.fullmatch(past.group(0)):
        return True
    return not any(not _clause_between(cues, window, past.end(), m.start())
                   for cue in (cues.present, cues.present_verbs, cues.future, cues.perfect)
                   for m in cue.finditer(window, past.end()))


def _clause_between(cues: _Cues, text: str, a: int, b: int) -> bool:
    """Whether another clause opens in text[a:b]: a subordinator, a relative, "that" / « que », "and" / « et »; a
    comma before a subject pronoun or a present participle; a comma alone may close a participle's aside ("the new
    law, passed by parliament in June, comes into force")."""
    return any(p.search(text, a, b) for p in (cues.subordinate_after, cues.relative_opener, cues.that,
                                              cues.comma_clause)) \
        or any(m.group(0) != "," for m in cues.clause_break.finditer(text, a, b))


def past_right_before(text: str, start: int, data: LanguageData) -> bool:
    """Whether a past verb dates the date across its own complements ('hired a new baker in January')."""
    return _past_right_before(data.compiled(_Cues), text, start)
