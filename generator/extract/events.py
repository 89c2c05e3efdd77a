"""Sentences -> candidate events: one per dated statement, one per attributed quotation, one per undated reported action."""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from ..dates import DateValueError, PartialDate, TimelineDate
from ..model import Actor, Source, slugify
from ..yamlfile import Quoted
from .actors import NameIndex
from .claims import Claim, find_claim, quotations
from .segment import Sentence, paragraphs

_MAX_TITLE_WORDS = 14
_MAX_ACTORS = 8
_ID_WORDS = 6

# A completed action reported without a date (issue #3: "Taïwan a interdit …", "The council approved …").
# French passé composé (adverbs may sit between auxiliary and participle), English simple past or present perfect.
_FR_ACTIONS = (
    "interdit annoncé lancé publié signé adopté voté décidé retiré déposé arrêté condamné ouvert fermé suspendu "
    "bloqué rejeté approuvé acquis racheté présenté dévoilé sorti licencié nommé démissionné élu imposé levé "
    "ordonné saisi attaqué validé débloqué accordé attribué obtenu finalisé conclu inauguré lancée créé fondé "
    "supprimé annulé reporté autorisé déclenché investi recruté embauché porté relancé remporté perdu gagné "
    "battu livré installé construit achevé terminé mis infligé prononcé requis relaxé inculpé mis en examen "
    "interpellé sanctionné limogé vendu cédé fusionné déployé retiré rompu quitté rejoint"
).split()
_EN_ACTIONS = (
    "banned announced launched published signed adopted passed decided withdrew filed arrested sentenced "
    "opened closed suspended blocked rejected approved acquired bought unveiled released fired appointed "
    "resigned elected imposed lifted ordered sued charged validated unlocked granted awarded obtained "
    "finalised finalized completed inaugurated created founded scrapped cancelled canceled postponed "
    "authorised authorized triggered invested hired won lost beat delivered installed built finished "
    "fined convicted acquitted indicted sold merged deployed quit joined donated raised cut introduced "
    "confirmed agreed voted overturned dismissed recalled"
).split()
_FR_AUXILIARY = r"(?:a|ont|avait|avaient)"
_FR_ACTION = re.compile(
    rf"(?<!\w){_FR_AUXILIARY}\s+(?:[\w'’-]+\s+){{0,4}}?(?:{'|'.join(_FR_ACTIONS)})(?!\w)", re.IGNORECASE)
_EN_ACTION = re.compile(rf"(?<!\w)(?:(?:has|have|had)\s+(?:\w+\s+)?)?(?:{'|'.join(_EN_ACTIONS)})(?!\w)", re.IGNORECASE)
_SUBORDINATE = re.compile(r"(?<!\w)(?:que|qu['’]|qui|dont|si|that|which|who|whom|whether|if)(?!\w)", re.IGNORECASE)
_NEGATION = re.compile(r"(?<!\w)(?:n['’]|ne\s|not|never|n't|no\s+longer|jamais)", re.IGNORECASE)
_CONDITIONAL = re.compile(r"(?<!\w)(?:if|si|would|could|might|may|pourrait|pourraient|devrait|devraient|aurait|auraient)(?!\w)",
                          re.IGNORECASE)
# Words that introduce a date, dropped with it from a title ("en 2015", "on Friday", "jusqu'au 11 août").
_DATE_LEAD = re.compile(
    r"(?:\b(?:en|le|la|les|au|aux|à|dès|depuis|jusqu['’]au|jusqu['’]en|jusqu['’]à|in|on|at|by|since|until|"
    r"during|from|of|the|this|ce|cette|début|fin|mi|early|late|mid)\s+)+$", re.IGNORECASE)
_LEADING_CLAUSE = re.compile(
    r"^(?:de son côté|du côté de [^,]+|cependant|pourtant|toutefois|néanmoins|par ailleurs|en outre|ainsi|enfin|"
    r"d['’]ailleurs|entre-temps|however|meanwhile|moreover|also|still|in addition|finally|since then|depuis|"
    r"lors d[eu] [^,]+|lors de la [^,]+|au cours d[eu] [^,]+|après [^,]+|avant [^,]+|in [^,]+|on [^,]+|"
    r"under [^,]+|after [^,]+|before [^,]+|during [^,]+|en [^,]+|dans [^,]+|à [^,]+)\s*,\s*", re.IGNORECASE)
_INLINE_ASIDE = re.compile(r"(?:,\s*|\s)(?:de son côté|de leur côté|pour sa part|quant à lui|quant à elle|elle aussi|lui aussi|"
                           r"for its part|for their part|in turn)(?:\s*,\s*|\s)", re.IGNORECASE)
_FUNCTION_WORDS = frozenset("""
de du des la le les l un une à au aux en et ou que qui dont sur par pour avec dans sans sous entre vers chez
ses son sa leur leurs ce cette ces notre nos votre vos mon ma mes
the a an of to in on at by for with and or but that which who its their his her our from as
""".split())
_SINCE = re.compile(r"(?<!\w)(?:since|depuis|ever\s+since)\s+(?:the\s+|l['’]|le\s+|la\s+|les\s+)?$", re.IGNORECASE)
_CLAUSE_BOUNDARY = re.compile(r"[,;:]\s*|\s(?:qui|que|dont|où|which|who|whom|where|when|lorsque|quand)\s", re.IGNORECASE)
_CLAUSE_CUT = re.compile(r"\s*(?:[;:—–(]|,\s+(?:(?:à|de|avec|pour|par|sur) )?(?:qui|lequel|laquelle|lesquels|auquel|duquel|que|dont|où|which|who|whose|where|afin|pour|visant|citing|"
                         r"invoquant|reprochant|rappelant|remettant|suscitant|ajoutant|selon|according|as|while|"
                         r"tandis|alors|mais|but|and|et)\b)")


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
    actors: list[str] = field(default_factory=list)
    position: int = 0  # offset of the sentence in the source text, for a stable order

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
        data["actors"] = list(self.actors)
        data["tags"] = []
        data["status"] = "extracted"
        ref: dict[str, Any] = {"source": self.source, "quote": self.quote}
        if self.date_text:
            ref["date_text"] = self.date_text
        ref["date_basis"] = self.date_basis
        data["sources"] = [ref]
        return data


def extract_events(source: Source, actors: list[Actor]) -> list[Candidate]:
    """Every candidate event and claim in a source, in the order of its text, each id once."""
    from .temporal import tag_dates  # dateparser and the rules load only when extracting

    text = source.text
    mentions = [m for m in tag_dates(text, source.published, source.language) if _date_of(m) is not None]
    mentions.sort(key=lambda m: m.start)  # already in text order; sorted starts let a span find its mentions by bisection
    starts = [m.start for m in mentions]
    kept = paragraphs(text, source.title)
    # Names are learnt from the article's sentences, never from its headings or page chrome.
    names = NameIndex.build(actors, "\n\n".join(s.text for p in kept for s in p.sentences))
    found: dict[str, Candidate] = {}
    previous: list[str] = []
    for paragraph in kept:
        dated_paragraph = bool(_inside(mentions, starts, paragraph.start, paragraph.end))
        action_taken = False
        for sentence in paragraph.sentences:
            inside = _inside(mentions, starts, sentence.start, sentence.end)
            candidates = _from_sentence(source, sentence, previous[-3:], inside, names)
            if not candidates and not dated_paragraph and not action_taken:
                action = _undated_action(source, sentence, names)
                candidates = [action] if action else []
                action_taken = action is not None
            previous.append(sentence.text)
            for candidate in candidates:
                found.setdefault(candidate.id, candidate)
    return sorted(found.values(), key=lambda c: (c.position, c.id))


def _from_sentence(source: Source, sentence: Sentence, before: list[str], inside: list[Any],
                   names: NameIndex) -> list[Candidate]:
    """A claim when the sentence attributes a quotation; else one event per clause that holds a date.

    ``inside`` holds the date mentions that start in the sentence, in text order.
    """
    claim = find_claim(sentence.text, before, names)
    if claim is not None:
        # The claim is dated by the words tied to its verb ("told a jury yesterday"); a date in the quotation
        # or in another clause ("…, qui avait voté contre l'an dernier") tells of something else.
        spoken = [m for m in inside if _same_clause(sentence.text, claim, m.start - sentence.start, m.end - sentence.start)]
        return [_candidate(source, sentence, spoken[0] if spoken else None, names, claim)]
    found: list[Candidate] = []
    clauses: set[int] = set()
    for mention in inside:
        if _SINCE.search(sentence.text[: mention.start - sentence.start]):
            continue  # "its best result since the 1990s": a state since then, not an event then
        clause = _clause_start(sentence.text, mention.start - sentence.start)
        if clause in clauses:
            continue  # one event per clause: "du 3 au 5 mai" or "mardi 3 mai à 9 h" tell one thing
        clauses.add(clause)
        found.append(_candidate(source, sentence, mention, names, None, first=not found))
    return found


def _same_clause(sentence: str, claim: Claim, start: int, end: int) -> bool:
    """Whether a date sits next to the reporting verb, with no punctuation or quotation between them."""
    masked = _without_quotations(sentence)
    if masked[start:end].strip() != sentence[start:end].strip():
        return False
    between = masked[min(end, claim.verb_end):max(start, claim.verb_start)]
    return not re.search(r"[,;:«»\"“”]|\s{3,}", between)


def _clause_start(sentence: str, offset: int) -> int:
    """Where the clause holding ``offset`` starts: after the last comma, semicolon or relative pronoun before it."""
    boundary = 0
    for match in _CLAUSE_BOUNDARY.finditer(sentence, 0, offset):
        boundary = match.end()
    return boundary


def _undated_action(source: Source, sentence: Sentence, names: NameIndex) -> Candidate | None:
    """An event dated by publication when the sentence reports a completed action, affirmed and unconditional."""
    masked = _without_quotations(sentence.text)
    pattern = _FR_ACTION if source.language.startswith("fr") else _EN_ACTION
    match = pattern.search(masked)
    if match is None:
        return None
    clause = masked[: match.end()]
    if _NEGATION.search(clause) or _CONDITIONAL.search(clause) or "?" in sentence.text:
        return None
    if _SUBORDINATE.search(masked[: match.start()]):
        return None  # "… a laissé entendre que l'entreprise qui a créé ChatGPT …": not the sentence's own action
    if not any(m.start < match.start() for m in names.mentions(masked)) and not re.match(
            r"^\s*(?:le|la|les|l['’]|the|un|une|a|an)\s", masked, re.IGNORECASE):
        return None  # no subject we can name: "Cela a été annoncé" tells no one's action
    return _candidate(source, sentence, None, names, None)


def _candidate(source: Source, sentence: Sentence, mention: Any | None, names: NameIndex,
               claim: Claim | None, first: bool = True) -> Candidate:
    """The candidate for a sentence, dated by ``mention`` or, without one, by the source's publication day.

    A sentence's second dated clause is a second event: its id and title come from that clause.
    """
    quote = _clean(sentence.text)
    if mention is not None:
        date = _date_of(mention)
        date_text, basis = mention.text, "text"
    else:
        date = TimelineDate(PartialDate.from_day(source.published))
        date_text, basis = None, "published"
    assert date is not None
    local = None if mention is None else (mention.start - sentence.start, mention.end - sentence.start)
    actors = [m.name for m in names.mentions(_clean(_without_quotations(_blank(sentence.text, local))))]
    if claim is not None:
        # A claim's quote is the speaker's own words; the site shows the speaker beside it.
        quote = _clean(claim.quotation.text)
        title = _claim_title(claim, source.language)
        actors = [claim.speaker, *[a for a in actors if a != claim.speaker]]
    elif first or local is None:
        title = event_title(sentence.text, local)
    else:
        clause_start = _clause_start(sentence.text, local[0])
        clause = _with_antecedent(sentence.text, clause_start)
        shift = len(clause) - (len(sentence.text) - clause_start)
        title = event_title(clause, (local[0] - clause_start + shift, local[1] - clause_start + shift))
    key = sentence.text if first or mention is None else f"{sentence.text}\n{mention.text}"
    return Candidate(
        id=event_id(source.id, key), source=source.id, title=title, date=date,
        kind="claim" if claim else "event", quote=quote, date_basis=basis, date_text=date_text,
        speaker=claim.speaker if claim else None, actors=list(dict.fromkeys(actors))[:_MAX_ACTORS],
        position=sentence.start,
    )


def event_id(source_id: str, sentence: str) -> str:
    """A stable id: the sentence's first words, then a short hash of the source id and the whole sentence."""
    words = slugify(_clean(sentence)).split("-")[:_ID_WORDS]
    digest = hashlib.sha256(f"{source_id}\n{' '.join(sentence.split())}".encode("utf-8")).hexdigest()[:8]
    return f"{'-'.join(words)[:48].strip('-')}-{digest}"


def event_title(sentence: str, date_span: tuple[int, int] | None) -> str:
    """A short clause from the sentence: the date words and leading connectors dropped, cut at the first side clause."""
    text = _clean(sentence)
    if date_span is not None:
        start, end = date_span
        lead = _DATE_LEAD.search(sentence[:start])
        start = lead.start() if lead else start
        text = _clean(sentence[:start] + " " + sentence[end:])
    text = re.sub(r"^(?:[\s,;:]|['’]s\b)+", "", text)
    text = re.sub(r"\s+,", ",", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r",\s*\d{1,3}\s*,", "", text)  # "Marsh, 52, was arrested"
    while True:
        shorter = _LEADING_CLAUSE.sub("", text, count=1)
        if shorter == text or len(shorter.split()) < 3:
            break
        text = shorter
    cut = _CLAUSE_CUT.search(text)
    if cut and len(text[: cut.start()].split()) >= 3:
        text = text[: cut.start()]
    text = _INLINE_ASIDE.sub(" ", text)
    text = _shorten(text)
    text = text.strip().rstrip(".,;:!?").strip()
    return text[:1].upper() + text[1:]


def _shorten(text: str) -> str:
    """At most a title's length of words, cut after a content word ("… applications…", not "… applications de…")."""
    words = text.split()
    if len(words) <= _MAX_TITLE_WORDS:
        return text
    words = words[:_MAX_TITLE_WORDS]
    while len(words) > 3 and (words[-1].casefold().rstrip(",;:") in _FUNCTION_WORDS or words[-1].endswith(("'", "’"))):
        words.pop()
    return " ".join(words).rstrip(",;:") + "…"


def _with_antecedent(sentence: str, clause_start: int) -> str:
    """The clause from ``clause_start`` on; a relative clause gets back the noun it is about ("le rover … qui …")."""
    clause = sentence[clause_start:]
    relative = re.match(r"\s*(?:qui|which|who|that)\s+", clause, re.IGNORECASE)
    if not relative:
        return clause
    head = sentence[:clause_start]
    noun = re.search(r"(?:\b(?:le|la|les|l['’]|un|une|des|the|a|an)\s*)[^,;:]*?$", head, re.IGNORECASE)
    if not noun:
        return clause[relative.end():]
    return noun.group(0).rstrip(" ,") + " " + clause[relative.end():]


def _claim_title(claim: Claim, language: str) -> str:
    """A claim's title: the speaker, then the first clause of the quotation."""
    quote = re.split(r"(?<=[.!?])\s", claim.quotation.text, maxsplit=1)[0].strip().rstrip(".,;:")
    quote = _shorten(quote)
    if language.startswith("fr"):
        return f"{claim.speaker} : « {quote} »"
    return f"{claim.speaker}: “{quote}”"


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
