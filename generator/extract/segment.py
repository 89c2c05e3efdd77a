"""Article text -> paragraphs and sentences with their offsets, page chrome (menus, bylines, tag lists) left out."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterator

from .lang import alternation, literal_alternation, union

# Lines a scraped page carries around the article: they never hold an event (issue #3, "page chrome").
# A page's chrome is often in another language than its article ("Share on Facebook" under a French
# text), so every language's phrases apply (lang/<code>.py CHROME_PHRASES, BYLINE, DATELINE).
_CHROME_PHRASES = union("CHROME_PHRASES")
_BYLINE = re.compile(rf"(?:{alternation('BYLINE')})\s+\S.{{0,60}}", re.IGNORECASE)
_DATELINE = re.compile(rf"(?:{alternation('DATELINE')})\b.{{0,80}}", re.IGNORECASE)
# A wire story's lead opens with where and when it was filed: "PEZENAC, France, Nov 2 (CPA) - ", "PARIS, 4 mars
# (AFP) – ", "LONDON (Reuters) - ". That date is the filing day, not the lead's fact (issue 10: "Nov 2" dated the
# grounding told "on Sunday evening" in the same sentence); the place in capitals and the dash are alike in every
# language, so the pattern is one for all.
# The place may also be written as a name ("Paris (AFP) - ", "Saint-Aurel-de-Tarnelle (France), 14 oct 2026 (APC) -
# "): then the agency's initials in brackets close it (issue 10: such a dateline's date dated the lead).
_WIRE_DATELINE = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’. -]{1,40}(?:,\s*[A-ZÀ-ÖØ-Þ0-9][^,()\n\-–—]{0,28}){0,3}?"
                            r"(?:,\s*[A-ZÀ-ÖØ-Þ0-9][^,()\n\-–—/]{0,28}\d[^,()\n\-–—/]{0,8}|\s*\([^()\n]{1,30}\))"
                            r"(?:\s*/[A-Z][\w .&-]{1,40}/)?"  # a press release's wire: "March 3, 2026 /GlobeWire/ --"
                            r"|[A-ZÀ-ÖØ-Þ][\w'’.-]*(?: [A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}(?:\s*\([^()\n\d]{1,30}\))?"
                            r"(?:,\s*[^,()\n–—]{0,20}\d[^,()\n–—]{0,12})?\s*\([A-Z][\w.&-]{1,15}\))"
                            r"\s*[-–—]{1,2}\s+(?=\S)")
_EMPHASIS = re.compile(r"[*_`]+")
_WHOLLY_EMPHASISED = re.compile(r"([*_]{1,3})(.+?)\1", re.S)
# A day, a month or a year named, in any language with data: a numeric date, a year, a month's name beside a number.
_MONTH_NAMES = literal_alternation(union("MONTHS_FULL") | union("MONTHS_ABBR"))
_DATED = re.compile(rf"(?i)\b(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|(?:1[89]|2[01])\d\d|"
                    rf"\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{_MONTH_NAMES})|(?:{_MONTH_NAMES})\.?\s+\d{{1,2}})\b")
_TAG_SEPARATORS = re.compile(r"\s[|•·»›>/]\s")
_GUILLEMETS = re.compile(r"«[^«»]*»")
_SENTENCE_END = re.compile(r"""[.!?…:;][\s"'»”’)*_]*$""")
_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_WORD_CHAR = re.compile(r"\w")
_NEXT_START = re.compile(r"\s+([\"«“*_(\[]?\s*.)")

# Tokens after which a full stop does not end a sentence ("M.", "Jan."), in any language.
_ABBREVIATIONS = union("ABBREVIATIONS")

_OPENING = {"«": "»", "“": "”"}
_CLOSING = {"»": "«", "”": "“"}


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article, with its offsets in the text given to the segmenter."""

    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class Paragraph:
    """A block of article text between blank lines, with its sentences."""

    index: int
    start: int
    end: int
    text: str
    sentences: tuple[Sentence, ...]


def paragraphs(text: str, title: str = "") -> list[Paragraph]:
    """The article's paragraphs in order, each line of page chrome (and the repeated title) left out."""
    return _paragraphs(text, _line_verdicts(text, title))


def _paragraphs(text: str, verdicts: list[tuple[int, int, int, str]]) -> list[Paragraph]:
    """paragraphs, from the text's line verdicts (_line_verdicts)."""
    result: list[Paragraph] = []
    kept: list[tuple[int, int]] = []
    current = -1
    for block, line_start, line_end, verdict in verdicts:
        if (verdict != "keep" or block != current) and kept:
            result.append(_paragraph(text, len(result), kept[0][0], kept[-1][1]))
            kept = []
        current = block
        if verdict != "keep":
            continue
        if not kept:
            dateline = _WIRE_DATELINE.match(text, line_start, line_end)
            line_start = dateline.end() if dateline else line_start
        kept.append((line_start, line_end))
    if kept:
        result.append(_paragraph(text, len(result), kept[0][0], kept[-1][1]))
    return _without_closing_notes(result)


def without_chrome(text: str, title: str = "") -> tuple[str, Counter[str]]:
    """A text source's text as ``add`` writes it: without the page chrome it carries (line_kind's lines, the readers'
    thread after the article, the outlet's notes after its last paragraph), every other line as written (headings and
    short lines too, which only extraction leaves out); what went, by line_kind's kinds (issue 9: comments and related
    lists never reach the source text, from a file as from a page)."""
    verdicts = _line_verdicts(text, title)
    found = _paragraphs(text, verdicts)
    last = found[-1].end if found else len(text)
    dropped: Counter[str] = Counter()
    cuts: list[tuple[int, int]] = []
    for _, line_start, line_end, verdict in verdicts:
        if verdict == "end":
            dropped["comments"] += 1
            cuts.append((line_start, len(text)))
        elif verdict != "furniture" and (verdict != "keep" or line_start >= last):
            dropped["other" if verdict == "keep" else verdict] += 1  # a kept line after the last paragraph: a note
            cuts.append((line_start, line_end))
    pieces, at = [], 0
    for start, end in cuts:
        pieces.append(text[at:start])
        at = end
    pieces.append(text[at:])
    return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", "".join(pieces)).strip("\n"), dropped


def _line_verdicts(text: str, title: str) -> list[tuple[int, int, int, str]]:
    """Each line of the text as (its block, start, end, verdict): "keep" for the article's text, a kind of line_kind
    for page chrome a pasted text carries, "furniture" for what only extraction leaves out (headings, menus, the
    title repeated: is_chrome), and "end" where a readers' thread opens after the text: nothing after it is read.
    Lines shaped as one reader's comment are "comments" only after the last line of text: a chronology's dated line
    ("Lyon, 3 mars 2026 : le conseil a voté…") has the same shape between the article's paragraphs."""
    from .page import reader_appeal, reader_comment

    verdicts = list(_raw_verdicts(text, title))
    for i in range(len(verdicts) - 1, -1, -1):
        block, line_start, line_end, verdict = verdicts[i]
        line = text[line_start:line_end]
        bare = _EMPHASIS.sub("", line).strip()
        if verdict != "keep" or _emphasised(line) or reader_appeal(bare):
            continue  # the outlet's notes after the text (_without_closing_notes) may sit among the comments
        if not reader_comment(bare):
            break
        verdicts[i] = (block, line_start, line_end, "comments")
    return verdicts


def _raw_verdicts(text: str, title: str) -> Iterator[tuple[int, int, int, str]]:
    """_line_verdicts before the readers' comments after the text are told apart."""
    # The page reader's line filters: a pasted text carries the same chrome. Imported here, as actors (and through it
    # the build's timeline) imports this module for abbreviation() alone, and page.py compiles its patterns on import.
    from .page import line_kind, opens_a_thread

    seen: set[str] = {_norm(title)} if title.strip() else set()
    any_kept = False
    for block, (start, end) in enumerate(_blocks(text)):
        for line_start, line_end in _lines(text, start, end):
            line = text[line_start:line_end]
            bare = _EMPHASIS.sub("", line).strip()
            kind = (line_kind(bare) or ("navigation" if is_breadcrumb(bare) else None)) \
                if bare and not bare.startswith("#") else None
            if kind == "comments" and any_kept and opens_a_thread(bare):
                # A comment thread's heading ("**3 comments**", "Réactions (47)") or its buttons after the article's
                # text: the readers' comments that follow end it, as page.py drops a thread by its markup (issue 9).
                # Before any text, it is a count beside the byline ("12 commentaires"): that line alone is chrome, as is
                # a bare "Réactions" heading, which may head the article's own section (politicians' reactions).
                yield block, line_start, line_end, "end"
                return
            key = _norm(line)
            if kind or is_chrome(line) or key in seen:
                yield block, line_start, line_end, kind or "furniture"
                continue
            seen.add(key)
            any_kept = True
            yield block, line_start, line_end, "keep"


def _without_closing_notes(found: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs up to the article's last plain one: what a text sets wholly in italics or bold after it is the
    outlet's note, not the story ("*Stagegate Pro subscribers can read our full analysis …*", "*Comments are closed*",
    an author's biography, a correction), and so is an appeal for the readers' money, as page.py cuts it from a page's
    last lines. A text set wholly in emphasis keeps every paragraph, and so does one whose emphasised paragraph names a
    day, a month or a year: a fact the outlet set in bold ("**Le vote définitif aura lieu le 12 mai 2024.**") is the
    story's, and losing it would go unseen at extraction."""
    from .page import reader_appeal

    for last in range(len(found) - 1, -1, -1):  # from the end: only the notes after the last plain one are read
        text = found[last].text
        if not reader_appeal(_EMPHASIS.sub("", text).strip()) and (not _emphasised(text) or _DATED.search(text)):
            return found[:last + 1]
    return found


def _emphasised(text: str) -> bool:
    """Whether a paragraph is set wholly in one emphasis ("*…*", "**…**", "_…_"), not only begun and ended with two."""
    match = _WHOLLY_EMPHASISED.fullmatch(text.strip())
    return match is not None and match.group(1)[0] not in match.group(2)


def is_chrome(line: str) -> bool:
    """Whether a line is page furniture rather than article text: menus, bylines, headings, tag lists, buttons."""
    stripped = line.strip()
    if not stripped or stripped.startswith("#"):
        return True
    bare = _EMPHASIS.sub("", stripped).strip(" \t:.!…-–—")
    lowered = bare.casefold().replace("’", "'")
    if lowered in _CHROME_PHRASES:
        return True
    words = _WORD.findall(bare)
    if len(words) <= 8 and (_BYLINE.fullmatch(bare) or _DATELINE.fullmatch(bare)):
        return True
    if is_breadcrumb(bare):
        return True
    if len(words) <= 3:
        return True
    # A short line without closing punctuation is a heading, a menu or a caption: no verb to report.
    return len(words) <= 14 and not _SENTENCE_END.search(stripped)


def is_breadcrumb(line: str) -> bool:
    """Whether a line is links set apart by a menu's marks: a breadcrumb ("Accueil › Région › Lorsac"), a footer's
    "Mentions légales · Cookies · Abonnez-vous", a tag list; the » that closes a « quotation » separates nothing."""
    bare = _EMPHASIS.sub("", line).strip()
    return len(_TAG_SEPARATORS.findall(f" {_GUILLEMETS.sub(' ', bare)} ")) >= 2


def sentences(text: str, start: int, end: int, paragraph: int = 0) -> list[Sentence]:
    """Split text[start:end] into sentences; a quotation is never cut, even when it holds several sentences."""
    chunk = text[start:end]
    content_end = len(chunk.rstrip())  # past it, only blank space: the last sentence mark ends a sentence
    balanced_straight = chunk.count('"') % 2 == 0
    balanced_guillemets = chunk.count("«") == chunk.count("»") and chunk.count("“") == chunk.count("”")
    result: list[Sentence] = []
    depth = 0
    straight_open = False
    begin = 0
    i = 0
    n = len(chunk)
    while i < n:
        char = chunk[i]
        if balanced_guillemets and char in _OPENING:
            depth += 1
        elif balanced_guillemets and char in _CLOSING and depth:
            depth -= 1
            if depth == 0 and not straight_open and _ends_sentence(chunk, _before_space(chunk, i), i + 1, content_end):
                result.append(_sentence(text, start + begin, start + i + 1, paragraph))
                begin = i + 1
        elif balanced_straight and char == '"':
            straight_open = not straight_open
            if not straight_open and depth == 0 and _ends_sentence(chunk, i - 1, i + 1, content_end):
                result.append(_sentence(text, start + begin, start + i + 1, paragraph))
                begin = i + 1
        elif char in ".!?…" and depth == 0 and not straight_open:
            stop = _sentence_stop(chunk, i, content_end)
            if stop is not None:
                result.append(_sentence(text, start + begin, start + stop, paragraph))
                begin = stop
                i = stop
                continue
        i += 1
    if chunk[begin:].strip():
        result.append(_sentence(text, start + begin, end, paragraph))
    return [s for s in result if s.text]


def sentence_ends(text: str) -> list[tuple[int, int]]:
    """Where a sentence ends inside ``text`` by the segmenter's own rule, quotation marks ignored: (mark, after) of
    each stop followed by more text ("Dr. Rao", "St. Austell", "U.S. Army" end none).

    A title cuts a quotation told in several sentences there (issue 9), with the same abbreviations as the segmenter.
    """
    content_end = len(text.rstrip())
    ends = []
    i = 0
    while i < content_end:
        if text[i] in ".!?…":
            stop = _sentence_stop(text, i, content_end)
            if stop is not None and stop < content_end:
                ends.append((i, stop))
                i = stop
                continue
        i += 1
    return ends


def _before_space(chunk: str, close: int) -> int:
    """Where the last character before a closing mark is, past the space French typography puts there ("tenir. »"):
    the sentence mark before it ends the sentence as it does before a closing mark written tight ("tenir.”")."""
    mark = close - 1
    while mark > 0 and chunk[mark] in " \u00a0\u202f":
        mark -= 1
    return mark


def _sentence_stop(chunk: str, mark: int, content_end: int) -> int | None:
    """Where the sentence that the mark at ``mark`` ends stops (past its run of marks and closing brackets), or None
    when the mark ends no sentence there ("Dr. Rao", "3.5")."""
    stop = mark + 1
    while stop < len(chunk) and chunk[stop] in ".!?…)*_’'":
        stop += 1
    return stop if _ends_sentence(chunk, mark, stop, content_end) and not abbreviation(chunk, mark) else None


def _ends_sentence(chunk: str, mark: int, after: int, content_end: int) -> bool:
    """A sentence mark at ``mark`` ends a sentence when blank space then a capital, a quote or a digit follow.

    ``content_end`` is where the chunk's trailing blank space starts. The chunk is matched in place, never
    sliced: a copy of the rest at each sentence mark made splitting quadratic (issue #8, item 8).
    """
    if mark < 0 or chunk[mark] not in ".!?…":
        return False
    if after >= content_end:
        return True
    match = _NEXT_START.match(chunk, after)
    if not match:
        return False
    first = match.group(1)[-1]
    return first.isupper() or first.isdigit() or first in "«“\""


def abbreviation(chunk: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or an initial ("M.", "Jan.", "J.", "U.S.")."""
    if chunk[dot] != ".":
        return False
    # The word just before the dot, found by walking back (a search for ``\w+$`` in the text before it would
    # read the whole text at every full stop).
    stop = dot - 1 if dot and chunk[dot - 1] == "\n" else dot  # as ``$`` did: a line break may sit before the dot
    begin = stop
    while begin > 0 and _WORD_CHAR.match(chunk, begin - 1):
        begin -= 1
    if begin == stop:
        return False
    word = chunk[begin:stop]
    if len(word) == 1 and word.isalpha():
        return True
    return word.casefold() in _ABBREVIATIONS


def _blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of non-blank lines."""
    blocks = []
    for match in re.finditer(r"(?:^[ \t]*\S.*(?:\n|$))+", text, re.MULTILINE):
        end = match.end()
        while end > match.start() and text[end - 1] in "\r\n":
            end -= 1
        blocks.append((match.start(), end))
    return blocks


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line in text[start:end], blank space trimmed."""
    result = []
    for match in re.finditer(r"[^\r\n]+", text[start:end]):
        line_start, line_end = start + match.start(), start + match.end()
        while line_start < line_end and text[line_start].isspace():
            line_start += 1
        while line_end > line_start and text[line_end - 1].isspace():
            line_end -= 1
        if line_end > line_start:
            result.append((line_start, line_end))
    return result


def _paragraph(text: str, index: int, start: int, end: int) -> Paragraph:
    """A paragraph and its sentences."""
    return Paragraph(index, start, end, text[start:end], tuple(sentences(text, start, end, index)))


def _sentence(text: str, start: int, end: int, paragraph: int) -> Sentence:
    """A sentence with the blank space around it trimmed from its offsets."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, text[start:end], paragraph)


def _norm(line: str) -> str:
    """A line compared loosely: case, apostrophes, emphasis marks and spacing ignored."""
    bare = re.sub(r"[*_`#]+", "", line).replace("’", "'").casefold()
    return " ".join(bare.split()).strip(" .:")
