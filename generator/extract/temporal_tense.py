"""Cheap tense detection around a date mention: past (-1), future (+1) or unknown (0)."""
from __future__ import annotations

import re

# A cue is a verb form; the cue nearest to the date mention inside its
# sentence decides the direction of a year-less date.  Future cues win over a
# past cue matched at the same place ("est prévu" is not a passé composé).

_FR_FUTURE = re.compile(
    r"\b(?:va|vont|allons|allez|vais|vas)\s+(?:(?:se|s'|le|la|les|l'|lui|leur|y|en|ne|pas|bientôt|donc|aussi|également|enfin|probablement)\s*)*[a-zàâçéèêëîïôûù]+(?:er|ir|re|oir)\b"
    r"|\b[a-zàâçéèêëîïôûù]*(?:er|ir|dr|ur|vr|tr|rr)(?:a|ont|ai|as|ez)\b"
    r"|\b[a-zàâçéèêëîïôûù]+(?:erons|irons|rrons|drons)\b"
    r"|\b(?:devrai[ts]?|devraient|doit|doivent|pourrai[ts]?|pourraient|serai[ts]?|seraient)\b"
    r"|\b(?:est|sont|sera|seront|a\s+été|ont\s+été)\s+(?:(?:déjà|bien|toujours)\s+)?(?:prévue?s?|programmée?s?|attendue?s?|annoncée?s?\s+pour|fixée?s?)\b"
    r"|\bd'ici\b|\bprochaine?s?\b|\bà\s+venir\b|\bdès\s+(?:demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b",
)
_FR_FUTURE_STOP = frozenset(
    "extra ultra contra opéra cobra tantra mantra environs entra intra tira vira".split()
)
_FR_PAST = re.compile(
    r"\b(?:(?:est|sont)\s+(?:(?:pas|déjà|bien|aussi|également)\s+)*(?:allée?s?|arrivée?s?|venue?s?|partie?s?|morte?s?|née?s?|décédée?s?|entrée?s?|sortie?s?|tombée?s?|devenue?s?|revenue?s?|rentrée?s?|restée?s?|montée?s?|descendue?s?|intervenue?s?|survenue?s?|parvenue?s?)\b)"
    r"|\b(?:a|ont|avait|avaient|avons|avez|ai|as|aurait|auraient|eut|eurent|s'est|se\s+sont|s'était|s'étaient|n'a|n'ont|n'avait|n'avaient|était|étaient|fut|furent)\s+"
    r"(?:(?:pas|plus|jamais|déjà|bien|également|aussi|notamment|toujours|encore|ensuite|alors|enfin|finalement|donc|ainsi|pourtant|même|tout|très|y|en|d'abord|été)\s+)*"
    r"[a-zàâçéèêëîïôûù]+(?:é|ée|és|ées|i|ie|is|ies|it|ite|u|ue|us|ues|ert|erte|ort|orte|int|ainte|einte|ait|aite)\b"
    r"|\b[a-zàâçéèêëîïôûù]{2,}(?:ait|aient)\b"
    r"|\b(?:fut|furent|eut|eurent|vint|vinrent|devint|fit|firent|naquit|mourut|hier|dernier|dernière|derniers|dernières|passée?s?)\b"
    r"|\b[a-zàâçéèêëîïôûù]{2,}èrent\b|\bil\s+y\s+a\s+(?!de\b|des\b|du\b|un\s+risque|une\s+chance)"
)
# Imperfect-looking nouns and conditional forms that do not mark the past.
_FR_PAST_STOP = frozenset(
    "lait trait portrait retrait souhait attrait extrait bienfait forfait parfait "
    "méfait distrait abstrait plait jamais serait seraient pourrait pourraient "
    "devrait devraient voudrait voudraient faudrait ferait feraient irait "
    "viendrait prendrait tiendrait saurait".split()
)

_EN_FUTURE = re.compile(
    r"\b(?:will|shall|won't|going\s+to|gonna)\b|'ll\b"
    r"|\b(?:is|are|was|were|be|been)\s+(?:(?:now|also|still|currently)\s+)?(?:due|expected|scheduled|set|slated|planned|poised|likely|to\s+be)\s+(?:to|for|on)\b"
    r"|\b(?:plans?|planning|intends?|intending|aims?|hopes?|promised?|vowed?)\s+to\b"
    r"|\b(?:should|must|might|may)\s+(?!have\b)"
    r"|\bwould\b|\bupcoming\b|\bnext\b|\bscheduled\s+(?:for|on)\b|\bto\s+be\s+held\b",
    re.IGNORECASE,
)
_EN_PAST = re.compile(
    r"\b(?:was|were|had|did|has|have|ago|last|earlier|previously|former)\b"
    r"|(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bto\s)(?<!\bbeing\s)\b[a-z]{2,}ed\b"
    r"|(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeing\s)\b(?:said|told|took|made|came|went|won|lost|saw|gave|found|left|met|began|became|fell|rose|held|sold|bought|paid|brought|thought|got|ran|wrote|spoke|struck|kept|led|sent|spent|built|broke|chose|drove|flew|grew|knew|shot|stood|taught|threw|understood|wore|hit|quit|felt|heard|meant|won|sank|sought|fought|caught|dealt|laid|lay|rang|sang|swore|tore|withdrew|overtook|undertook|forgave|beat|bid|cost|hurt|shut|spread|split|struck)\b",
    re.IGNORECASE,
)
_EN_PAST_STOP = frozenset(
    "need speed seed feed bed red shed bleed breed proceed exceed succeed indeed "
    "hundred sacred naked wicked deed greed weed wed bred embed hatred kindred "
    "based related united limited expected scheduled planned".split()
)

# Present-tense copulas compete as "no direction" cues, so that a present
# clause next to the date ("sont incertains pour ... samedi") is not overruled
# by a past verb further away in the sentence.
_FR_PRESENT = re.compile(r"\b(?:est|sont|reste|restent|semble|semblent)\b")
_EN_PRESENT = re.compile(r"\b(?:is|are|remains?|seems?)\b", re.IGNORECASE)

_SENT_END = re.compile(r"[.!?;\n]")


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


# A preposition right before the date is a stronger cue than any verb:
# "pour samedi", "jusqu'au 11 août", "until Friday" look ahead; "depuis",
# "since" look back.
_PREP_FUTURE = re.compile(r"(?:\b(?:pour|jusqu['’]à|jusqu['’]au|jusqu['’]en|d['’]ici|dès|until|till|by|through|ahead\s+of)\s+(?:le\s+|la\s+|l['’]|ce\s+|cette\s+|the\s+|this\s+)?)$", re.IGNORECASE)
_PREP_PAST = re.compile(r"(?:\b(?:depuis|since)\s+(?:le\s+|la\s+|l['’]|the\s+)?)$", re.IGNORECASE)


def tense_at(text: str, start: int, end: int, lang: str) -> int:
    """-1 when the nearest verb cue in the sentence is past, +1 when future, 0 when none."""
    before = text[max(0, start - 25):start]
    if _PREP_FUTURE.search(before):
        return 1
    if _PREP_PAST.search(before):
        return -1
    s, e = sentence_bounds(text, start, end)
    sent = text[s:e]
    if sent.isupper():
        sent = sent.lower()
    ms, me = start - s, end - s
    if lang == "fr":
        fut, past, fstop, pstop = _FR_FUTURE, _FR_PAST, _FR_FUTURE_STOP, _FR_PAST_STOP
    elif lang == "en":
        fut, past, fstop, pstop = _EN_FUTURE, _EN_PAST, frozenset(), _EN_PAST_STOP
    else:
        return 0
    best: tuple[int, int] | None = None  # (distance, direction)
    fut_spans: list[tuple[int, int]] = []
    past_spans: list[tuple[int, int]] = []
    for m in fut.finditer(sent):
        if ms <= m.start() < me:
            continue  # a cue inside the mention itself ("mardi prochain") is not a verb
        w = m.group(0).lower()
        if w in fstop:
            continue
        fut_spans.append((m.start(), m.end()))
        d = m.start() - me if m.start() >= me else ms - m.end()
        if best is None or d < best[0]:
            best = (d, 1)
    for m in past.finditer(sent):
        if ms <= m.start() < me:
            continue
        w = m.group(0).lower()
        last = w.split()[-1] if w.split() else w
        if w in pstop or last in pstop:
            continue
        if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in fut_spans):
            continue
        past_spans.append((m.start(), m.end()))
        d = m.start() - me if m.start() >= me else ms - m.end()
        if best is None or d < best[0]:
            best = (d, -1)
    taken = fut_spans + past_spans
    for m in (_FR_PRESENT if lang == "fr" else _EN_PRESENT).finditer(sent):
        if ms <= m.start() < me or any(a <= m.start() < b for a, b in taken):
            continue
        d = m.start() - me if m.start() >= me else ms - m.end()
        if best is None or d < best[0]:
            best = (d, 0)
    return best[1] if best else 0
