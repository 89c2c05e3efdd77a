"""Who a sentence names: actors from actors.yaml (names and aliases), people's full names and surnames, proper names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Actor

# Words that make a capitalised phrase an organisation or a place, not a person.
_ORG_WORDS = frozenset("""
council conseil administration gouvernement government ministry ministère ministere department département departement commission bank banque
inc corp corporation company co group groupe university université universite valley news times
party parti court cour tribunal association agency agence office union federation fédération club fc
united city ville airport aéroport street st rue avenue road boulevard institute institut foundation
fondation museum musée maison senate sénat assemblée assembly police gendarmerie hospital hôpital
service services labs lab technologies technology motors airlines airways airplanes aircraft aviation house republic république kingdom
royaume states unis nations europe européenne european system systems network networks studio studios
school école college collège church église cup coupe league ligue festival prize prix open source
intelligence artificielle platform center centre parc bridge pont river lake lac
mountain mont island île county state region région province district square place station port
laboratoire laboratory cité scène société commune préfecture mairie agency ministère
""".split())

# Capitalised words that start sentences or titles but name nobody.
_COMMON_CAPITALS = frozenset("""
le la les l un une des du de d cette ce ces cet il elle ils elles on nous vous je tu en au aux à a
lors dans pour par selon sur sous avec sans après avant pendant depuis dès des mais et ou donc or ni car
puis ainsi alors aussi enfin cependant pourtant toutefois néanmoins face parmi interrogé interrogée
certains certaines cela ceci ça c qui que quand comment pourquoi où oui non mon ma mes son sa ses
notre nos votre vos leur leurs tout tous toute toutes chaque plusieurs autre autres même
the a an this that these those he she it they we you i his her its their our my your there here
in on at after before under over during since until from to of for with without by as if when while
but and or so yet also however meanwhile moreover still then thus though although because
according some many most several all each every no not one two three mr mrs ms dr prof sir
monsieur madame mademoiselle m mme mlle
lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août
septembre octobre novembre décembre monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december
""".split())
# Titles written before a name ("Director Ruth Adeyemi", "Me Julien Roche"): not part of it.
_TITLES = frozenset("""
me maître maitre director directrice directeur president présidente président minister ministre mayor maire
judge juge senator sénateur sénatrice chief coach captain capitaine officer inspector inspecteur chairman
chairwoman chair governor gouverneur secretary secrétaire general général professor professeur
commissioner commissaire detective sergeant lieutenant colonel ambassador ambassadeur ceo cfo councillor
councilor conseiller conseillère spokesman spokeswoman spokesperson analyst porte-parole vice executive head deputy député députée rep sen gov pope pape king queen roi reine prince
princess princesse lord lady sir dame saint
""".split())
_PERSON_TITLES = re.compile(r"\b(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?|Prof\.?)\s+(?=[A-ZÀ-Ý])")
_CAP = r"[A-ZÀ-ÖØ-Ý][\w]*(?:[-'’][A-ZÀ-ÖØ-Ýa-zà-öø-ÿ][\w]*)*"
_NAME_RUN = re.compile(rf"{_CAP}(?:\s+(?:(?:de|du|da|van|von|der|del|di|le|al|bin|ben|el)\s+)?{_CAP})*")
_ELISION = re.compile(r"^(?:[dlDLjJmMnNsStTcC]|qu|Qu|jusqu|Jusqu|lorsqu|Lorsqu|puisqu|Puisqu)['’]")
_DEMONYM = re.compile(r"(?:ean|ish|ese|ian|ais|aise|ois|oise)$")
_PRONOUNS = frozenset({"il", "elle", "he", "she"})


@dataclass(frozen=True)
class Mention:
    """A named actor at some place in a text: the canonical name and whether it is a person."""

    start: int
    end: int
    name: str
    person: bool


@dataclass
class NameIndex:
    """Every way the article and actors.yaml name someone, mapped to one canonical name."""

    aliases: dict[str, str] = field(default_factory=dict)  # folded alias -> canonical name
    written: dict[str, str] = field(default_factory=dict)  # alias as actors.yaml writes it -> canonical name
    people: set[str] = field(default_factory=set)  # canonical names of people
    surnames: dict[str, str] = field(default_factory=dict)  # surname -> full name
    known_capitals: set[str] = field(default_factory=set)  # capitalised words seen inside sentences

    @classmethod
    def build(cls, actors: list[Actor], text: str) -> "NameIndex":
        """Index actors.yaml and the full names of people that the article writes out."""
        index = cls()
        for actor in actors:
            for alias in [actor.name, *actor.aliases]:
                index.aliases[_fold(alias)] = actor.name
                index.written[alias.replace("’", "'")] = actor.name
            if looks_like_person(actor.name):
                index.people.add(actor.name)
        for match in _NAME_RUN.finditer(text):
            name = _clean_name(match.group(0))
            if name and looks_like_person(name):
                index.people.add(index.aliases.get(_fold(name), name))
        for person in sorted(index.people):
            surname = person.split()[-1]
            if surname in index.surnames and index.surnames[surname] != person:
                index.surnames[surname] = ""  # two people share it: the surname alone names nobody
            else:
                index.surnames[surname] = person
        for alias, canonical in list(index.aliases.items()):
            if canonical in index.people and " " not in alias:
                index.surnames.setdefault(alias, canonical)
        for match in re.finditer(rf"(?<=[\w,;:] )({_CAP})", text):
            index.known_capitals.add(_strip_elision(match.group(1)))
        return index

    def canonical(self, name: str) -> str:
        """The name actors.yaml (or the article's full name for a surname) gives to a name; else the name as given."""
        for key in (name.strip(), _clean_name(name)):
            if _fold(key) in self.aliases:
                return self.aliases[_fold(key)]
            if self.surnames.get(key):
                return self.surnames[key]
        return name.strip()

    def is_person(self, name: str) -> bool:
        """Whether a canonical name is a person's."""
        return name in self.people

    def mentions(self, sentence: str) -> list[Mention]:
        """Actors and proper names in a sentence, in order of appearance, each once."""
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        folded = _fold(sentence)
        # actors.yaml names and aliases first: "le patron d'OpenAI" is Sam Altman, not OpenAI.
        plain = sentence.replace("’", "'")
        for written in sorted(self.written, key=lambda w: (-len(w), w)):
            # A name must be written so ("Apple", not "apple"); a phrase ("le patron d'OpenAI") in any case.
            haystack, needle = (plain, written) if written[:1].isupper() else (folded, _fold(written))
            for match in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack):
                if any(match.start() < end and start < match.end() for start, end in taken):
                    continue
                canonical = self.written[written]
                taken.append((match.start(), match.end()))
                found.append(Mention(match.start(), match.end(), canonical, canonical in self.people))
        for start, raw in _name_runs(sentence):
            if any(start < end and begin < start + len(raw) for begin, end in taken):
                continue
            name = _clean_name(raw)
            if not name or not name[0].isupper() or any(c.isdigit() for c in name):
                continue
            offset = start + raw.find(name.split()[0])
            at_start = not sentence[:offset].strip(" \t*«“\"(")
            if not self._proper(name, at_start):
                continue
            canonical = self.canonical(name)
            taken.append((start, start + len(raw)))
            found.append(Mention(offset, start + len(raw), canonical, canonical in self.people))
        found.sort(key=lambda m: m.start)
        unique: dict[str, Mention] = {}
        for mention in found:
            unique.setdefault(mention.name, mention)
        # "Numérique" inside "le ministère du Numérique" is not a second actor.
        return [m for m in unique.values()
                if not any(m.name != o.name and re.search(rf"(?<!\w){re.escape(m.name)}(?!\w)", o.name) for o in unique.values())]

    def _proper(self, name: str, at_start: bool) -> bool:
        """Whether a capitalised run is a proper name rather than a capitalised common word."""
        words = name.split()
        if len(words) == 1:
            word = words[0]
            folded = word.casefold()
            if folded in _COMMON_CAPITALS or folded in _ORG_WORDS or folded in _TITLES or len(word) < 2:
                return False
            if _DEMONYM.search(word) and not _inner_capital(word):
                return False  # "European", "Spanish": adjectives English capitalises
            if at_start:
                # A sentence's first word is capitalised anyway: a name only if known as one.
                return (_fold(word) in self.aliases or word in self.surnames
                        or word in self.known_capitals or _inner_capital(word))
        return True


def _name_runs(text: str) -> list[tuple[int, str]]:
    """Capitalised runs with their offsets; a run joined by "de"/"du" that is no person's name is split."""
    runs = []
    for match in _NAME_RUN.finditer(text):
        raw = re.sub(r"['’]s$", "", match.group(0))  # "Harwick Town's"
        if re.search(r"\s(?:de|du|da|van|von|der|del|di|le|al|bin|ben|el)\s", raw) and not looks_like_person(_clean_name(raw)):
            for part in re.finditer(r"\S+(?:\s+(?!(?:de|du|da|van|von|der|del|di|le|al|bin|ben|el)\s)[A-ZÀ-ÖØ-Ý]\S*)*", raw):
                if part.group(0) not in {"de", "du", "da", "van", "von", "der", "del", "di", "le", "al", "bin", "ben", "el"}:
                    runs.append((match.start() + part.start(), part.group(0)))
        else:
            runs.append((match.start(), raw))
    return runs


def looks_like_person(name: str) -> bool:
    """A person's name: two or three capitalised words, none of them an organisation's or a common word."""
    words = name.split()
    if not 2 <= len(words) <= 4:
        return False
    capitalised = [w for w in words if w[:1].isupper()]
    if len(capitalised) < 2 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    for position, word in enumerate(words):
        lowered = word.casefold().strip(".")
        # "Le" starts a phrase ("Le Monde") but sits inside a name ("Anne Le Goff").
        if lowered in _ORG_WORDS or (position == 0 and lowered in _COMMON_CAPITALS):
            return False
        if word.isupper() and len(word) > 1:  # acronyms: "AFP", "UE"
            return False
        if _inner_capital(word):  # "OpenAI", "DeepSeek"
            return False
    return True


def is_pronoun(text: str) -> bool:
    """A third-person singular subject pronoun, which names whoever was named last."""
    return text.strip().casefold() in _PRONOUNS


def _clean_name(raw: str) -> str:
    """A capitalised run without elided articles ("d'OpenAI") or leading capitalised common words."""
    words = [_strip_elision(w) for w in _PERSON_TITLES.sub("", raw).split()]
    while words and (words[0].casefold().strip(".") in _COMMON_CAPITALS or words[0].casefold() in _TITLES):
        words.pop(0)
    while words and words[-1].casefold() in {"de", "du", "da", "van", "von", "der", "del", "di", "le", "al", "bin", "ben", "el"}:
        words.pop()
    return " ".join(words)


def _strip_elision(word: str) -> str:
    """'d’OpenAI' -> 'OpenAI'."""
    return _ELISION.sub("", word)


def _inner_capital(word: str) -> bool:
    """A capital after the first letter, as brand names have: OpenAI, DeepSeek, iPhone."""
    return any(c.isupper() and word[i] not in "-'’" for i, c in enumerate(word[1:])) and not word.isupper()


def _fold(text: str) -> str:
    """Text compared loosely: case and apostrophe style ignored."""
    return text.replace("’", "'").casefold()
