"""Who a sentence names: actors from actors.yaml (names and aliases), people's full names and surnames, proper names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field

from ..model import Actor
from .lang import (LanguageData, alternation, every_language, for_language, literal_alternation, reporting_verb, spelled,
                   union)
from .segment import abbreviation

# The shape of a name does not depend on the article's language (a French article
# names "Federal Reserve", an English one "Conseil d'État"): these word lists are
# every language's (lang/<code>.py ORG_WORDS, COMMON_CAPITALS, TITLES, ...) merged.


def _with_bare_capitals(words: frozenset[str]) -> frozenset[str]:
    """A word list with each word also as French often prints it capitalised: without its first accent
    ("Egyptien", "Ecole" for "Égyptien", "École")."""
    bare = {unicodedata.normalize("NFKD", w[:1]).encode("ascii", "ignore").decode("ascii") + w[1:] for w in words}
    return words | frozenset(w for w in bare if w)


_ORG_WORDS = _with_bare_capitals(union("ORG_WORDS"))  # words that make a capitalised phrase an organisation or a place
_COMMON_CAPITALS = union("COMMON_CAPITALS")  # capitalised words that start sentences but name nobody
_TITLES = _with_bare_capitals(union("TITLES"))  # titles written before a name ("Director Ruth Adeyemi", "Me Julien Roche")
_NAME_TITLES = _TITLES | union("TITLES_BEFORE_NAMES")  # "Council Leader Tom Hale": a title right before a name
_SURNAME_TITLES = union("SURNAME_TITLES")  # titles that are surnames too: "Anna Bishop" is a person
_WEEKDAYS = union("WEEKDAYS")
_MONTHS = union("MONTHS_FULL")
_FUNCTION_WORDS = union("FUNCTION_WORDS")
_TIME_UNITS = union("UNITS")  # "des années 1980": a time, never part of a name
_NUMBER_WORDS = union("NUMBERS")  # "Quatre mineurs", "Three years ago": a number opening a sentence names nobody
_PLURAL_ENDINGS = tuple(sorted(union("COUNT_PLURAL_ENDINGS")))  # "Éleveurs", "Réseaux": no person's name is plural
_SINGULAR_ENDINGS = tuple(sorted(union("COUNT_SINGULAR_ENDINGS")))  # "Congress", "Campus": an "s" that is no plural
_SURNAME_PREFIX = re.compile(r"(?:" + "|".join(sorted(union("SURNAME_PREFIXES"))) + r")[A-ZÀ-Ý][a-zà-ÿ]+$")
_PARTICLES = tuple(sorted(union("NAME_PARTICLES")))  # "de", "van", "bin" inside a name
_PARTICLE = "|".join(_PARTICLES)
# "Bank of Eldmoor", "Caisse des Dépôts": the words that may join the parts of an organisation's name too.
_WORD_LINKS = union("ORG_WORD_LINKS")  # "Department for Education": only after an organisation's word
_LINKS = tuple(sorted(set(_PARTICLES) | union("ORG_LINKS") | _WORD_LINKS, key=lambda w: (-len(w), w)))
_LINK = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _LINKS)
# Compiled once: they are tried on every capitalised run of every sentence.
_HAS_LINK = re.compile(rf"\s(?:{_LINK})\s")
_SPLIT_AT_LINK = re.compile(rf"\s+(?:{_LINK})\s+")
_PART_BETWEEN_LINKS = re.compile(rf"\S+(?:\s+(?!(?:{_LINK})\s)[A-ZÀ-ÖØ-Ý]\S*)*")
_HAS_WORD_LINK = re.compile(rf"\s(?:{'|'.join(map(re.escape, _WORD_LINKS))})\s")
_ORG_ONLY_LINKS = frozenset(w for w in union("ORG_LINKS") | _WORD_LINKS if " " not in w) - set(_PARTICLES)
_ARTICLES = tuple(sorted(union("NAME_ARTICLES"), key=lambda w: (-len(w), w)))  # "Le Veilleur", "The Harbour Gazette"
# An article opening a phrase, in any case ("the Heath", "la Rocade", "l'Étang"): see _group_written.
_ARTICLE_OPENS = re.compile(r"(?:" + "|".join(map(re.escape, _ARTICLES)) + r")(?:\s|(?<=['’]))", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(alternation("NAME_ARTICLE_BEFORE"))  # "le Cercle des nageurs": see _name_runs
_ACTION_NOUN = re.compile(r"(?:tion|sion|ité|ment|erie)$")  # "Prévention", "Sécurité": nouns no place is named by
_ROUTE_AFTER = union("ROUTE_AFTER")
_ROUTE_BEFORE = union("ROUTE_BEFORE")
_PERSON_TITLES = re.compile(rf"\b(?:{alternation('PERSON_TITLES')})\s+(?=[A-ZÀ-Ý])")
_CAP = r"[A-ZÀ-ÖØ-Ý][\w]*(?:(?:[-'’]|–(?=[A-ZÀ-ÖØ-Ý]))[A-ZÀ-ÖØ-Ýa-zà-öø-ÿ][\w]*)*"  # "Carrow–Dunmore": one run
_PLURAL_POSSESSIVE = r"(?:(?<=s)['’](?=\s+[A-ZÀ-ÖØ-Ý]))?"  # "Allied Workers' Union" is one name
# A name starts a word ("iPhone" holds no name "Phone"); "Conseil d'État" is one name.
_GLUED_LINK = alternation("NAME_GLUED_LINKS")  # "Conseil d'État", "Progrès de l'Orbe"
# A middle initial between two words of a name ("George W. Bush", "John F. Kennedy"): part of it.
_INITIAL = r"(?:\s+[A-ZÀ-Ý]\.(?=\s+[A-ZÀ-Ý][a-zà-ÿ]))?"
# Between two words of a name: a link, which a second particle may follow ("Ursula von der Leyen", "Erik ten Hag"),
# or a particle hyphened to the next word ("Bashar al-Assad"). Either cut, the name's first words became a name of
# their own (issue 9: "part of a longer name").
# "St. Mary’s Hospital": an abbreviation's full stop opens the name; cut there, "Mary" was a name of its own. Only
# at a run's start: "Carrow St. Jo Smith said" ends a street's name before a person's. Nor after a number or an
# ordinal ("on 5th St. Jo Smith said", "at 42 St. Officers said"): there it ends a numbered street's name.
_ABBREVIATED = "|".join(sorted(union("NAME_ABBREVIATIONS")))
_OPENING = rf"(?:(?<!\d\s)(?<!\d\w\s)(?<!\d\w\w\s)(?:{_ABBREVIATED})\.\s+(?=[A-ZÀ-ÖØ-Ý]))?"
_NAME_RUN = re.compile(rf"(?<!\w){_OPENING}{_CAP}{_PLURAL_POSSESSIVE}"
                       rf"(?:{_INITIAL}(?:\s+(?:(?:{_LINK})\s+(?:(?:{_PARTICLE})\s+)?)?|\s+(?:{_GLUED_LINK})['’](?=[A-ZÀ-ÖØ-Ý])|\s+(?:{_PARTICLE})-(?=[A-ZÀ-ÖØ-Ý])){_CAP}{_PLURAL_POSSESSIVE})*")
_ELISION = re.compile("^(?:[" + "".join(sorted(w + w.upper() for w in union("ELISIONS") if len(w) == 1)) + "]|"
                      + "|".join(f"{w}|{w.capitalize()}" for w in sorted(w for w in union("ELISIONS") if len(w) > 1))
                      + ")['’]")
_DEMONYM = re.compile(rf"(?:{'|'.join(sorted(union('DEMONYM_ENDINGS')))})$")
# A word with a people's ending, and the article that makes it a label before a person's name ("le Vosgien …").
_LABEL_DEMONYM = re.compile(rf"(?:{'|'.join(sorted(union('DEMONYM_ENDINGS') | union('LABEL_DEMONYM_ENDINGS')))})$")
_LABEL_ARTICLE = re.compile(rf"(?<!\w)(?:{alternation('LABEL_ARTICLES')})\s+$", re.IGNORECASE)
_PRONOUNS = union("PRONOUNS")
_INHABITANT_ENDINGS = tuple(sorted(union("INHABITANT_ENDINGS")))
# What is no actor though capitalised (issue 9): a nationality, a disease, a product.
_NATIONALITIES = _with_bare_capitals(union("NATIONALITIES"))
_DISEASES = union("DISEASES")
_NOT_NAMES = union("NOT_NAMES")  # "Christmas", "Black Friday", "TVA": capitalised, never someone
# Names of nobody of several words ("a Freedom of Information request"): every word of them is nobody's. A run is cut
# at a possessive and at a link, so the phrase is looked for around it, in either apostrophe: "Mother’s Day" is no
# "Mother" (issue 9).
_NOT_NAME_PHRASES = re.compile(r"(?i)(?<!\w)(?:" + spelled(p for p in _NOT_NAMES if " " in p) + r")(?!\w)")
_THING_WORDS = union("THING_WORDS")
_LINKED_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{_LINK}|{'|'.join(map(re.escape, union('NAME_JOINERS')))})\s+$")
_DETERMINER_BEFORE = re.compile(rf"(?i)(?<![\w'’])(?:{alternation('DETERMINERS')})\s*$")
_SUBJECTS = union("SUBJECTS")
_SUBUNITS = union("SUBUNIT_WORDS")  # "the Proceeds of Crime Act": a law names nobody
_ADJECTIVE_SUFFIXES = tuple(sorted(union("ADJECTIVE_SUFFIXES")))
_PRODUCT_BEFORE = re.compile(alternation("PRODUCT_BEFORE"), re.IGNORECASE)
# A title and the words that tie it to what it heads, right before a product's or an event's word ("le directeur du
# festival", "la présidente de la fête"): the name after them is the title holder's.
_TITLE_OF_BEFORE = re.compile(rf"(?<![\w'’-])(?:{literal_alternation(w.casefold() for w in _TITLES)})\s+"
                              rf"(?:{alternation('TITLE_COMPLEMENT')})\s*$", re.IGNORECASE)
_PRODUCT_AFTER = re.compile(alternation("PRODUCT_AFTER"), re.IGNORECASE)  # "Halvorsen Atlas vans": a product line
_PRODUCT_AFTER_RUN = re.compile(alternation("PRODUCT_AFTER_RUN"), re.IGNORECASE)  # "National Highways cameras"
# What a body runs after a coined name, one lower-case word between at most: "SpeedWatch cameras", "its ParkLink
# booking system" (see _product_mark); not a vehicle, which names its operator as often ("JetBlue jets").
_MARK_AFTER = re.compile(rf"(?:\s+[a-z]+)?(?:{alternation('PRODUCT_AFTER_RUN')})")
_MARK_BEFORE = re.compile(alternation("PRODUCT_BEFORE_RUN"))  # the French order: « onze caméras SpeedSight »
_BRAND_BEFORE = re.compile(alternation("BRAND_BEFORE"))  # "trades under the Kestow and …": case matters, names follow
_BRAND_AFTER = re.compile(alternation("BRAND_AFTER"))
_SEA_NAMES = union("SEA_NAMES")  # "across the Atlantic": no actor, unless it reports ("The Atlantic reported")
_SEA_NAME_VERB = re.compile(alternation("SEA_NAME_VERB"))
# "la papeterie Lambert", "la région Occitanie-Sud": a lower-case kind of place before a name is part of it (issue 9).
# Spelled with either apostrophe: "la communauté d’agglomération du Pays de Grenaz" is one name too.
# An adjective or a complement may stand between the kind and its link: "le tribunal administratif de Clairval".
# A kind's qualifier is an adjective's shape or a name's own lower-case adjective ("la préfecture maritime de …", "le
# syndicat mixte des …"), which the shapes miss.
# A nationality is no qualifier: "la brasserie française de Valtrane" is Valtrane's, "le ministère français des
# Armées" is the ministry (finding 2c of session 37's review).
_QUALIFIER = (rf"(?!(?:{spelled(union('NATIONALITIES'))})(?:e|ne)?s?(?![\w'’-]))"
              rf"(?:{alternation('CATEGORY_QUALIFIERS')}|{spelled(union('NAME_ADJECTIVES'))})")
# After "l'" too when the name follows the kind ("l'hôpital Saint-Jacques", as "la clinique Saint-Roch"), not across a
# link: "l'hôpital de Montclar" is the town's, which the stories' gold names by the town; never after "d'".
_CATEGORY_BEFORE = re.compile(r"(?:(?<![\w'’])(?:" + spelled(union("ORG_CATEGORIES"))
                              + rf")(?:\s+(?:{_QUALIFIER})){{0,2}}"
                              + rf"\s+(?:{alternation('CATEGORY_LINKS')})?"
                              + r"|(?<=(?<!\w)[lL]['’])(?:" + spelled(union("ORG_CATEGORIES"))
                              + rf")(?:\s+(?:{_QUALIFIER})){{0,2}}\s+)$") if union("ORG_CATEGORIES") else None
# "la direction des Affaires maritimes": a public body's kind, its qualifiers, "des", then its remit (see _category).
# After "l'" too: "l'office des Forêts", "l'agence des Mobilités".
_BODY_CATEGORIES = union("BODY_CATEGORIES")
_BODY_BEFORE = re.compile(r"(?:(?<![\w'’])|(?<=(?<!\w)[lL]['’]))(?:" + spelled(_BODY_CATEGORIES)
                          + rf")(?:\s+(?:{_QUALIFIER})){{0,2}}\s+(?:{alternation('BODY_LINK')})$") \
    if _BODY_CATEGORIES else None
_BODY_LINK_END = re.compile(rf"(?:{alternation('BODY_LINK')})$")  # a kind before its remit ends on "des" (_remit_listed)
_CATEGORY_WORDS = frozenset(w for w in union("ORG_CATEGORIES") if " " not in w)  # "laiterie", "brasserie"
_NO_ALIAS_CATEGORIES = union("NO_ALIAS_CATEGORIES")  # "la sous-préfecture de Clamery": "Clamery" alone is the town
_MATTER_ENDINGS = tuple(sorted(union("MATTER_ENDINGS")))  # "Timekeeping", "Employment": a common noun's ending
# "Northern Rail and Air Users' Association": two capitalised runs joined by "and" into one organisation's name.
_JOINER_INSIDE = re.compile(r"\s+(?:" + "|".join(sorted(re.escape(w) for w in union("NAME_JOINERS"))) + r")\s+")
_NAME_JOINER = re.compile(_JOINER_INSIDE.pattern + "$")
_DISEASE_AFTER = re.compile(alternation("DISEASE_AFTER"), re.IGNORECASE)
# "Crohn's disease": after one capitalised word that is no acronym (the WHO's, the council's units are theirs)
_DISEASE_OWNED = re.compile(alternation("DISEASE_OWNED"), re.IGNORECASE)
_FIRM_SUFFIX = re.compile(alternation("FIRM_SUFFIX"))  # « l'entreprise Bourrel frères »: see _name_runs
_FIRM_CUE = re.compile(alternation("FIRM_CUE"), re.IGNORECASE)
_FIRM_SHAPE = re.compile(alternation("FIRM_SHAPE"))  # « Martin père et fils »
_FIRM_PARTNERS = union("FIRM_PARTNERS")  # "Harcourt and Sons": see _joined
_PRODUCT_WORDS = union("PRODUCT_WORDS")  # "Model", "Série": inside a capitalised run, a product follows
# Issue 9: parts of names that name nobody: an address, a minister's portfolio, a programme, an event.
_ADDRESS_WORDS = union("ADDRESS_WORDS")  # "Castle Street", "Rue de Rivoli"
_ADDRESS_BEFORE = re.compile(alternation("ADDRESS_BEFORE"), re.IGNORECASE)  # "rue des Tanneurs", "avenue Jean-Jaurès"
_PORTFOLIO_BEFORE = re.compile(alternation("PORTFOLIO_BEFORE"), re.IGNORECASE)  # "the Minister for Small Business"
_THING_AFTER = re.compile(alternation("THING_AFTER"), re.IGNORECASE)  # "its Shop Local scheme"
_PARTY_LABELS = union("PARTY_LABELS")  # "Conservative", "Liberal Democrat": see _no_actor
_PARTY_GROUP_AFTER = re.compile(alternation("PARTY_GROUP_AFTER"))  # "the Conservative group"
_PERSON_NOUNS = "|".join(sorted(re.escape(w) for w in union("PERSON_NOUNS")))
_PERSON_NOUN_SET = union("PERSON_NOUNS")
_PERSON_NOUN_ENDINGS = tuple(sorted(union("PERSON_NOUN_ENDINGS")))  # "Fisherman", "Businesswoman": a trade
_AREA_SERVICES = union("AREA_SERVICES")  # "Avon and Somerset Police": see _joined
_GROUP_LINKS = union("GROUP_LINKS")  # "Parents for …", "Residents Against …": see _group_head
_GROUP_OF_HEADS = union("GROUP_OF_HEADS")  # "Friends of …"
_SAINT_PREFIXES = tuple(sorted(union("SAINT_PREFIXES")))  # "Saint-Géraud": a saint's name, no first name
_GROUP_OF_LINKS = union("ORG_LINKS") | frozenset(_PARTICLES)  # "of", "du", "des": what joins "Friends"/"Amis" to a name
# "of", "de", "des": a noun after them is a field ("the dean of medicine, Solange Virebeau,"), no kind of thing
_FOLDED_ARTICLES = frozenset(a.casefold() for a in _ARTICLES)
_FIELD_LINKS = _GROUP_OF_LINKS - _FOLDED_ARTICLES
_FIELD_LINK_WORDS = "|".join(sorted(map(re.escape, _FIELD_LINKS)))
# A lone first name in apposition with a person's description, after it ("Nadia, mère de trois enfants,", "Tom, a
# plumber who") or before it ("Another driver, Gemma, said", "Son voisin de rayon, Antoine,"): a person (issue 9).
_AGE_AFTER = re.compile(rf",\s*\d{{1,3}}(?:\s+(?:{alternation('AGE_UNIT')}))?\s*,")  # "ans", "years old"
_PERSON_AFTER = re.compile(rf",\s*(?:[\w'’]+\s+){{0,2}}(?:{_PERSON_NOUNS})\b")  # an age is _AGE_AFTER's
# A word right after "de", "of", "in" completes what comes before it: a place or an organisation, no first name.
_PLACE_LINK_BEFORE = re.compile(r"(?<!\w)(?:de|du|des|d['’]|of|in|from|at)\s*$", re.IGNORECASE)
_PERSON_BEFORE = re.compile(rf"(?<![\w-])(?:{_PERSON_NOUNS})(?:\s+[\w'’-]+){{0,3}}\s*,\s*$")
_EVENT_WORDS = union("EVENT_WORDS")
_EVENT_LAST_WORDS = union("EVENT_LAST_WORDS")  # "the Kirkholm Sprints", not "Sprint Logistics"
_EVENT_FIRST_WORDS = _EVENT_WORDS - _EVENT_LAST_WORDS  # a name's opening word: "Festival …", not "Sprint Logistics"
# "Operation Lantern" where officers stop drivers: what, written in the article, makes such an opening word an event's
_EVENT_OPENING_CONTEXT = [data.EVENT_OPENING_CONTEXT for data in every_language()]
# A verb of saying right after a name, maybe past an apposition in commas ("Relay Resources, a Portland nonprofit,
# said"): the name speaks, so it is someone, never an event.
_SAYS_AFTER = re.compile(r"(?:\s*,[^,.;]{1,60},)?\s+(?:" + "|".join(f"(?:{reporting_verb(data)})" for data in every_language())
                         + r")(?![\w'’-])", re.IGNORECASE)
_EVENT_WORD_NOT_AFTER = [data.EVENT_WORD_NOT_AFTER for data in every_language()]  # "la Tour Belvédère": a tower  # "Festival des Lanternes", "Winter Lights Festival"
# "Dunmore Live, the town's summer festival,": a name in apposition to an event's noun is the event's; not to an
# operation's or a relay's ("Kessling Police, the force leading the operation,": what the force runs).
_EVENT_APPOSITION = re.compile(
    rf"\s*,\s*(?:{alternation('DETERMINERS')})\s+(?:[\w'’-]+\s+){{0,3}}?(?:"
    + "|".join(sorted(map(re.escape, _EVENT_WORDS - _TIME_UNITS - {"journée", "journées", "nuit", "nuits", "tour", "operation", "relay",
                                                     "war", "wars", "guerre", "guerres"}),
                      key=lambda w: (-len(w), w))) + r")(?![\w'’-])"
    # "Lucie Barthe, the race director,": the event's noun qualifies a person's, whose apposition it is (issue 9)
    + rf"(?!\s+(?:{literal_alternation(w.casefold() for w in _TITLES | _PERSON_NOUN_SET)})(?![\w'’-]))",
    re.IGNORECASE)
_COMPLEMENT = re.compile(rf",?\s+(?:{alternation('NAME_COMPLEMENT')})")  # "Direction générale| de l'|alimentation"
_LISTED_COMPLEMENT = re.compile(f"(?:{alternation('LISTED_COMPLEMENT')})")  # "… et de gendarmes": the list's next item
# a name ending on a complement without its article: "Bureau d'enquêtes| et d'analyses"
_BARE_COMPLEMENT_END = re.compile(f"(?:{alternation('BARE_COMPLEMENT')})[a-zà-öø-ÿ][\\w-]*$")
_INFINITIVE_OBJECT = re.compile(rf"(?:{alternation('INFINITIVE_OBJECT')})")  # "de lever les restrictions": a verb after a name's "de"
_PRESENT_VERBS = frozenset(w.casefold() for w in union("REPORTING_PRESENT"))  # "signale", "explique", "rappelle"
# An adjective's ending, for the one that may follow a name's lower-case complement ("des études économiques").
_ADJECTIVE_ENDINGS = "ique|ic|ale|aux|elle|aire|ière|ier|ive|if|al|el|ime|ine|in|eux|euse|aine|ain|ienne|ien"
_ADJECTIVE_ENDING = re.compile(rf"(?:{_ADJECTIVE_ENDINGS})s?$")
_NAME_ADJECTIVE_ENDING = re.compile(r"(?:ine|al|ar|ic|ive|ern|ian|ary|ous)$")  # "Alpine", "Polar", "Marine", "Social"
_ORG_OR_CATEGORY = _ORG_WORDS | _CATEGORY_WORDS
# An adjective's ending after a body's word, a past participle's too ("Hôpital Privé", "Groupe Scolaire", "Clinique
# Mutualiste"): French capitalises them in a name.
_HEAD_ADJECTIVE_ENDING = re.compile(rf"(?:{_ADJECTIVE_ENDINGS}|ée?|iste|ary)s?$")
_ACRONYM_DEFINED = re.compile(r"\s\(([A-Z][A-Za-z]{1,7})\)")  # "… Accountancy (CIPFA)", "… culturelles (Drac)"
# Small words an acronym skips ("of", "and", "de", "des"): a name's links, particles and function words.
_LINKING_WORDS = frozenset(w.casefold() for w in _LINKS if " " not in w) | _FUNCTION_WORDS
_NEWS_WORDS = union("NEWS_WORDS")  # "Le Monde", "The Harbour Gazette": a newspaper keeps its article
# Issue 9: a name written right after a kind of thing that is never anyone ("la tempête Ciaran", "the rover
# Perseverance", "la panthère des neiges Nala"), or in commas after it ("the zoo's snow leopard, Kira,"), or given
# by "named" ("two cubs, named Ash and Juniper"). Only a French complement may come between the kind and the name
# ("des neiges"): a verb there ("the dog bit Tom Hale") leaves the name alone.
_NAMED_THINGS = union("NAMED_THINGS")
_NAMED_OPENING = _NAMED_THINGS - union("NAMED_AFTER_ONLY")  # "Storm Babet", not "Pantomime Horse Productions"
_NAMED_IN_COMMAS = union("NAMED_IN_COMMAS_ONLY")  # "a converted truck, the SmileBus,"; not "a truck Ruth Hale hired"
_NAMED_ONE_WORD = union("NAMED_AFTER_ONE_WORD")  # "its tracker Skyfinder"; not "a beacon Ruth Hale had fitted"
_APOSTROPHES = "'’"
_NAMED_BEFORE = re.compile(
    rf"(?<![\w-])(?P<kind>{'|'.join(sorted(map(re.escape, _NAMED_THINGS), key=lambda w: (-len(w), w)))})(?:s|x)?"
    rf"(?:\s+(?:{alternation('NAMED_QUALIFIERS')}))?"  # « l'indication géographique protégée Tomme des Causses »
    rf"(?:\s+(?:des|de|du|d['’])\s*[a-zà-ÿ-]+)?(?P<comma>\s*,(?:\s*(?:{alternation('DETERMINERS')}))?)?\s+"
    rf"(?P<called>(?:{alternation('NAMED_CALLED')})\s+)?"
    # the title's own article: « le film Les Misérables », "her novel The Salt Road", « le trois-mâts Le Belem »
    rf"(?:(?:{literal_alternation(a for a in _ARTICLES if a[-1:] not in _APOSTROPHES)})\s+|[L]['’])?$")
_NAMED_GIVEN = re.compile(rf"(?:,|(?<![\w'’])[a-zà-ÿ]{{3,}})\s+(?:{alternation('NAMED_GIVEN')})\s+$")
_ANIMAL_NOUNS = "|".join(sorted(map(re.escape, union("ANIMALS")), key=lambda w: (-len(w), w)))
# Up to two words before the animal's noun ("Linnaeus, the garden's elderly tabby,"), none a link ("Jo Hale, the head of
# dogs at …" is a person); after a possessive too ("Caramel, mon chien").
_OWNERS = "|".join(sorted(union("POSSESSIVE_DETERMINERS")))
_ANIMAL_AFTER = re.compile(rf",\s*(?:{alternation('DETERMINERS')}|{_OWNERS})\s+"
                           rf"(?:(?!(?:{_FIELD_LINK_WORDS})\s)[\w'’-]+\s+){{0,2}}"
                           rf"(?:{alternation('NAMED_ANIMAL')}|(?:{_ANIMAL_NOUNS})(?:s|x)?)\b")
_SPECIES_BEFORE = re.compile(rf"(?<![\w-])(?:{_ANIMAL_NOUNS})(?:s|x)?\s+(?:{alternation('NAME_COMPLEMENT')})\s*$", re.IGNORECASE)
# A role, maybe its adjective, "of"/"de" and an article before a kind ("the head of the brand, Anna Lee,", « la
# directrice commerciale de la marque, Claire Dumas, »): the kind is the role's field, not what the name in commas
# after it is given to.
_ROLE_OF_BEFORE = re.compile(rf"(?i)(?<![\w'’-])([\w'’-]+)(?:\s+([\w'’-]+))?\s+(?:{_FIELD_LINK_WORDS})"
                             rf"\s+(?:(?:{alternation('DETERMINERS')})\s+|l['’])$")
# A capitalised word after the first of a pair joined by "and" ("Maud and Fergus, the ospreys").
_PAIR_NEXT = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?!\s+[A-ZÀ-Ý])")
_NAMED_JOINED = re.compile(rf"\s+(?:{'|'.join(sorted(map(re.escape, union('NAME_JOINERS'))))})\s+(?={_CAP})")
# A web address's domain glued to a name's last word ("Change.org", "Booking.com", "Service-public.fr"): the run
# is cut at its full stop, and the word before it alone names nobody (issue 9).
_WEB_DOMAIN = re.compile(r"\.(?:com|org|net|fr|be|ch|eu|io|info|gov|gouv|co|uk|de)(?![\w-])")
_LEGAL_FORMS = union("LEGAL_FORMS")  # "Ltd", "SA": a company's legal form after its name
_PERSON_RELATIVE_AFTER = re.compile(rf"\s*,\s*(?:{alternation('PERSON_RELATIVES')})(?![\w'’-])")  # "…, who"
_PLATFORMS = union("PLATFORMS")  # "posted on Facebook": a medium, not an actor
_PLATFORM_BEFORE = re.compile(rf"(?i)(?<![\w'’])(?:{alternation('PLATFORM_BEFORE')})\s+(?:[\w-]+(?:\s*,\s*|\s+(?:"
                              rf"{'|'.join(sorted(union('NAME_JOINERS')))}|or|ou)\s+))*$")
_PLATFORM_AFTER = re.compile(alternation("PLATFORM_AFTER"), re.IGNORECASE)  # "her Facebook page"
# "positive for EPO", « positif à l'EPO », "positive for the banned blood booster EPO": a substance, its article and
# a few words of its kind between, none a link word ("positive for the virus after meeting Tom Hale" names him)
_LINK_WORDS = sorted(w for w in union("STORY_STOP_WORDS") if w.isalpha())
_SUBSTANCE_BEFORE = re.compile(rf"(?i)(?<![\w'’])(?:{alternation('SUBSTANCE_BEFORE')})\s+(?:(?:the|la|le|les)\s+)?"
                               rf"(?:(?!(?:{'|'.join(_LINK_WORDS)})\s)(?-i:[a-zà-ÿ][\w-]*)\s+){{0,3}}(?:l['’])?$")
_MEDIUM_BEFORE = re.compile(alternation("MEDIUM_BEFORE"))  # "au micro de France Bleu Occitanie": no person
# "l'entreprise Bâtiments Anciens du Quercy", "the firm Castle Hale": a name right after an organisation's noun is
# the organisation's, however much it looks like a person's ("developer", "builder" are people's jobs too).
_ORG_NOUNS = frozenset(w.casefold() for w in union("ORG_NOUNS"))  # "entreprise", "club": an organisation's kind
_ORGANISATION_KINDS = _ORG_WORDS | _ORG_NOUNS | _CATEGORY_WORDS  # a word before a name that makes it an organisation's
_PLURAL_ARTICLE_BEFORE = re.compile(rf"(?i)(?<![\w'’])(?:{alternation('PLURAL_ARTICLES')})\s+$")  # "Les", "les"
_PLURAL_BEFORE = re.compile(rf"(?<![\w'’])(?:{alternation('PLURAL_ARTICLES')})\s+$")  # "des Bâtiments de France"
# Between the kind and the name, what the language writes there (« la compagnie régionale Air Vallonne », « le
# fabricant de vélos Cycles Ardan »): issue 9, such firms and groups were read as people.
_ORG_NOUN_BEFORE = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(sorted(
    map(re.escape, union("ORG_NOUNS") - union("PERSON_NOUNS") - {"developer"}), key=lambda w: (-len(w), w)))
    + r")(?:" + alternation("KIND_COMPLEMENT") + r")?\s+$")
_PLACE_WORDS = union("PLACE_BEFORE")  # "in Carrow": a place, whatever name starts with the word
_COMPASS = union("COMPASS_WORDS")  # "North East": a region, no person
_FACILITIES = union("FACILITIES")  # "la piscine Jean-Bouin": the place, not the person it is named after
# A piece after "for the" / « et de » that is a body, a facility, an event or a title's, not a field's.
_FIELD_REFUSED = _ORG_WORDS | _FACILITIES | _EVENT_WORDS | {t.strip(".") for t in _NAME_TITLES}
_FACILITY_VERBS = union("FACILITY_VERBS")  # "la ferme des Cades", but "Le maire ferme Lormeval"
# Kinds whose name alone never names the organisation: a town's ("la sous-préfecture de Clamery"), a facility's
# namesake ("la piscine Jean-Bouin"), a body's remit ("la direction des Affaires maritimes").
_NO_ALIAS_KINDS = _NO_ALIAS_CATEGORIES | _FACILITIES | _BODY_CATEGORIES
_INSTITUTIONS = union("INSTITUTIONS")  # "le conseil municipal de Lestrac": named by its seat, never by a person
_LANDFORMS = union("LANDFORMS")  # "la baie de Trévarec": the bay's name holds its link
_FACILITY_OWN_LINKS = union("FACILITY_OWN_LINKS")  # "l'école des Peupliers": its name, no town after "des"
_FACILITY_TOWN_AFTER = re.compile(alternation("FACILITY_TOWN_AFTER"))  # "stade de Lescoure, à Saint-Aubrin"
# The same after an elided article ("l’école des Peupliers", "l'hippodrome de la Jonchère": "de" before an own link
# that is an article, FACILITY_ELIDED_LINK), which the kinds of places above may not follow ("d'hôpital"): only a
# facility's own name.
_FACILITY_ELIDED = re.compile(r"(?<=[lL]['’])(?:" + "|".join(sorted(_FACILITIES, key=lambda w: (-len(w), w))) + r")(?:\s+"
                              r"(?:" + alternation("FACILITY_ELIDED_LINK") + r")?"
                              r"(?:" + "|".join(sorted(_FACILITY_OWN_LINKS)) + r"))?\s+$") \
    if _FACILITY_OWN_LINKS else re.compile("(?!)")
# A pronoun or a verb with a contracted word glued on ("They’re", "Don’t", "Aujourd’hui"), a French verb with
# its pronoun hyphened on ("Suivez-nous", "Faut-il"): never a name (issue 9).
_CONTRACTION = re.compile(r"^\S+['’](?:re|ve|ll|d|m|t|hui)$|^\w+-(?:t-)?(?:" + alternation("HYPHEN_PRONOUNS") + ")$")
# A portfolio's list of matters: "the Secretary of State for Culture, Media and Sport" names nobody in "Media"
# or "Sport" either (issue 9). Its words, from the one right before a name back to the portfolio's word.
_PORTFOLIO_LIST = re.compile(r"(?:[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*\s*(?:,|\s(?:and|&|et))\s*"
                             r"(?:(?:de\s+la|de\s+l['’]|des|du|de|d['’]|the)\s*)?)+$")


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
    first_names: dict[str, str] = field(default_factory=dict)  # first name -> full name ("" when two people share it)
    known_capitals: set[str] = field(default_factory=set)  # capitalised words seen inside sentences
    ignored: set[str] = field(default_factory=set)  # folded names actors.yaml marks `ignore: true`
    long_names: list[str] = field(default_factory=list)  # names of several words, in the article's order
    long_name_set: set[str] = field(default_factory=set)  # the same, to ask whether a phrase is one
    placed: set[str] = field(default_factory=set)  # a place's name glued to a person's ("de Fonbrézac Thierry Vidal")
    organisations: set[str] = field(default_factory=set)  # names written right after an organisation's noun
    text: str = ""  # the article's sentences the index was built from
    adjectives: frozenset[str] = frozenset()  # the article's language's lower-case words of names ("populaire")
    things: set[str] = field(default_factory=set)  # folded names the article gives to a thing ("la tempête Ciaran")
    common: frozenset[str] = frozenset()  # words the article writes in lower case: common words, whatever their capital
    before_names: frozenset[str] = frozenset()  # words it writes in lower case right before a name ("prosecutor Ann …")
    places: frozenset[str] = frozenset()  # words it writes as places ("in Carrow"): see _possessives
    # A Roman numeral with an ordinal ending of the article's language ("XIXe"); every language's when it is unknown.
    roman_ordinal: re.Pattern[str] = field(default_factory=lambda: _ANY_ROMAN_ORDINAL)

    @classmethod
    def build(cls, actors: list[Actor], text: str, language: str | None = None) -> "NameIndex":
        """Index actors.yaml and the full names of people that the article writes out (in ``language``, if known)."""
        data = for_language(language)
        index = cls(text=text, adjectives=frozenset(data.NAME_ADJECTIVES) if data else frozenset(),
                    roman_ordinal=data.compiled(_language_roman_ordinal) if data else _ANY_ROMAN_ORDINAL)
        for actor in actors:
            if actor.ignore:
                index.ignored.update(_fold(name) for name in [actor.name, *actor.aliases])
                continue
            for alias in [actor.name, *actor.aliases]:
                index.aliases[_fold(alias)] = actor.name
                index.written[alias.replace("’", "'")] = actor.name
            if looks_like_person(actor.name):
                index.people.add(actor.name)
        index.common = frozenset(w for w in (_strip_elision(t) for t in _WORD.findall(text)) if w[:1].islower())
        # Not every lower-case word of a doer's ending ("singer", "heather"): first names are common words too, and an
        # ending does not tell "The heather on the moor" from "the singer" (finding 14b of session 35: "Heather Anne
        # Moss" lost her first name); a trade needs a title's, a person noun's or a "-man" compound's word.
        index.before_names = frozenset(m.group(1).casefold() for m in _LOWER_BEFORE_NAME.finditer(text))
        written_as_place = _places(text)[0] | {m.group(1) for m in _REGION_NAME.finditer(text)}
        index.places = frozenset(written_as_place)
        for start, run in _name_runs(text, index.adjectives, index.places):
            name = _title_person(text, run)
            if name:
                # "Rural Criminology Helen Marsh", as a speaker's phrase cut after "Professor of" reads, is her too.
                after_title = " ".join(run.split()[2:])
                index.aliases.setdefault(_fold(after_title), name)
                index.written.setdefault(after_title.replace("’", "'"), name)
            else:
                name = _run_name(text, text, start, run, index.before_names)
            category = _category(text, start, name)
            # Not a substance (_substance): its other mentions may name a firm ("two doses of Pfizer … Pfizer said").
            thing = _things_named(text, start, run, name) or ([name] if name and _opened_event(text, name) else [])
            if thing:
                index.things.update(map(_fold, thing))
                continue
            if name and category and _fold(name) not in index.aliases:
                # "la papeterie Lambert": an organisation, and "Lambert" alone names it from then on.
                name = _remit_listed(text, start, name, category)
                alone = () if category.split()[0].casefold() in _NO_ALIAS_KINDS else (name,)
                for alias in (category + name, *alone):
                    index.aliases.setdefault(_fold(alias), category + name)
                    index.written.setdefault(alias.replace("’", "'"), category + name)
            elif name and not category and looks_like_person(name) and not _no_actor(text, start, run, name)\
                    and not _letter_closed_thing(text, start, run, name) \
                    and not _product_before(text[max(0, start - 30):start], text, name) \
                    and not _MEDIUM_BEFORE.search(text, max(0, start - 40), start + max(0, run.find(name.split()[0]))) \
                    and not _org_noun_before(text, start, run, name) \
                    and not _PLURAL_BEFORE.search(text, max(0, start - 10), start + max(0, run.find(name.split()[0]))):
                # "le plan France Relance" is no one: its first word would name someone ("en France") otherwise.
                index.people.add(index.aliases.get(_fold(name), name))
            elif name and not category and " " not in name and (_first_name_alone(text, start, run)
                                                                 or _titled_alone(text, start, run, name)):
                index.people.add(name)
            titled = _with_article(text, start, run, name)
            if titled != name and _fold(titled) not in index.aliases \
                    and not _product_before(text[max(0, start - 30):start], text, name):  # "le festival Les Nuits de …"
                # "publié par Le Veilleur": the name keeps its article, at a sentence's start too, and the
                # name alone ("l'enquête du Veilleur") stands for it.
                index.aliases[_fold(titled)] = titled
                index.written[titled.replace("’", "'")] = titled
                if name not in written_as_place:
                    # Not "en France" after "La France insoumise": the word the article writes as a place is one.
                    index.aliases.setdefault(_fold(name), titled)
            if name and " " in name and not re.fullmatch(r"[A-Z]{2,}s", name.split()[-1]):  # "Opposition MPs": a group
                index.long_names.append(category + name if category else name)
                index.long_name_set.add(index.long_names[-1])
                if not category and _ORG_NOUN_BEFORE.search(text, max(0, start - 30), start + max(0, run.find(name.split()[0]))):
                    index.organisations.add(name)  # "the thermostat maker Calyon Domotique": a firm, whatever its words
        named = index.long_name_set | set(index.aliases.values())
        for name in index.long_names:
            short = " ".join(name.split()[:-1])
            if short and _ends_on_legal_form(name) and short in named and _fold(name) not in index.aliases:
                # "Harrowgate Space Systems Ltd." beside "Harrowgate Space Systems": one company, named as the
                # article names it without its legal form (issue 9: "a name with more words").
                index.aliases[_fold(name)] = index.aliases.get(_fold(short), short)
                index.written[name.replace("’", "'")] = index.aliases[_fold(name)]
        for name, acronym in _defined_acronyms(text):
            if _fold(name) not in index.aliases and _fold(name) not in index.ignored:
                # "the Chartered Institute of Public Finance and Accountancy (CIPFA)", "la Direction régionale des
                # affaires culturelles (Drac)": the whole name is one, and its acronym names it (issue 9).
                for alias in (name, acronym):
                    index.aliases.setdefault(_fold(alias), name)
                    index.written.setdefault(alias.replace("’", "'"), name)
                index.long_names.append(name)
                index.long_name_set.add(name)
        # "in New York", "at Harcourt Auctions", "Harcourt Auctions, which …": the article writes the whole name as a
        # place's or a thing's, which no person's is (issue 9: organisations of a person's shape spoke as people).
        things = {person for person in index.people if _written_as_thing(text, person, data)}
        # "Tollgate Meters" after "Tollgate Meters Ltd": the name without its legal form is the same company's, unless
        # the article writes it where only a person stands ("Plumber Gary Hollis, who set up Gary Hollis Ltd").
        things |= {person for person in index.people
                   if any(name.startswith(person + " ") and _ends_on_legal_form(name)
                          and len(name.split()) == len(person.split()) + 1 for name in index.long_names)
                   and not _person_cued(text, person)}
        index.people -= things
        # Sorted: of two such names ending on one word, which takes it must not hang on a set's order (PYTHONHASHSEED).
        for name in sorted(things):
            # "the Levels" after "Carrow Levels": the last word, as the article writes it with its article, is the name.
            last = name.split()[-1]
            # Not a word another name holds with a hyphen ("Vérac" of "Étienne Vérac-Lamy"): aliases match across one.
            if _last_word_with_article(text, name, data) and _fold(last) not in index.aliases \
                    and not re.search(rf"-{re.escape(last)}(?![\w'’])|(?<![\w'’]){re.escape(last)}-", text):
                # The name as the article's other forms of it are read ("Brandle Playhouse" and "The Brandle
                # Playhouse" are one), so that "the Playhouse" is that one name whichever of them came first.
                index.aliases[_fold(last)] = index.aliases.get(_fold(name), name)
                index.written[last.replace("’", "'")] = index.aliases[_fold(last)]
        # "Marsh, 52, was arrested" after "Helen Marsh": a word alone that a full name holds is that person.
        parts = {w for person in index.people if " " in person for w in person.split()}
        index.people -= {person for person in index.people if person in parts}
        # "le conseiller municipal de Fonbrézac Thierry Vidal", then "Thierry Vidal, lui, …": a place's name after a
        # link, glued to a person the article names on their own, is no word of theirs (issue 9: "a name with more
        # words"). Only after a link or a place's word: "Anne Marie Dupont" beside "Marie Dupont" keeps her name.
        index.placed = {person for person in index.people
                        if any(person.endswith(" " + other) and len(person.split()) == len(other.split()) + 1
                               for other in index.people)
                        and any(_LINKED_BEFORE.search(text, max(0, m.start() - 30), m.start())
                                or _word_before(text, m.start()) in _PLACE_WORDS
                                for m in _written_at(text, person))}
        index.people -= index.placed
        # "Marlow Pay" beside "Marlow Bank": a word that alone heads an organisation's name ("Gatwick Airport", "Kestrel
        # Bank") names that organisation or its town, so a name it opens is its product or its branch, no person's
        # (issue 9: "Marlow" alone became "Marlow Pay"). Not after a person's name ("John Radcliffe Hospital").
        heads = {words[0] for words in map(str.split, index.long_names)
                 if len(words) == 2 and words[-1].casefold() in _ORG_WORDS and words[0][1:].islower()}
        index.people -= {person for person in index.people if person.split()[0] in heads
                         and not _surname_alone(text, person)}
        # "Mme de La Roche" after "Anne de La Roche": a surname opening on an article, registered as a name of its own
        # above, is the last words of that person's full name; taken first, it left "Anne" or nothing of her name.
        for table in (index.aliases, index.written):
            for alias, canonical in list(table.items()):
                words = canonical.split()
                if not words or words[0] not in _ARTICLES \
                        or any(w.casefold() in _NEWS_WORDS for w in words):  # "Le Monde" stays a paper
                    continue
                owner = [p for p in index.people if p != canonical and p.endswith(" " + canonical)]
                if len(owner) == 1:
                    table[alias] = owner[0]
        places, based = _places(text)
        for short, name in _short_forms(index, text, places | based | written_as_place):
            index.aliases.setdefault(_fold(short), name)
        # "Dunmore Tech Forum" after "the Dunmore-based start-up": a place opens no person's name. Only "-based" tells
        # so: "in Jordan" may stand beside "Jordan Smith", as Georgia, Florence or Sydney are first names too.
        index.people -= {person for person in index.people if person.split()[0] in based}
        for person in sorted(index.people):
            surname = person.split()[-1]
            if surname in index.surnames and index.surnames[surname] != person or surname in places | based:
                # Two people share it, or the article writes it as a place ("in Felsby" beside "Visit Felsby"):
                # the word alone names no person.
                index.surnames[surname] = ""
            else:
                index.surnames[surname] = person
        for person in sorted(index.people):
            first = person.split()[0]
            index.first_names[first] = "" if index.first_names.get(first, person) != person or first in based \
                else person
        for alias, canonical in list(index.aliases.items()):
            if canonical in index.people and " " not in alias:
                index.surnames.setdefault(alias, canonical)
        if data is not None:
            index.known_capitals.update(_subjects_of_saying(text, data))
        for match in _NAME_RUN.finditer(text):
            # A word that heads a name inside a sentence is a name at a sentence's start too ("Halvorsen
            # Aero Engines" … "Halvorsen declined"); a word only seen inside a longer name is not ("Elmford
            # Traders' Association" … "Traders had hoped").
            words = match.group(0).split()
            if re.match(r"[\w,;:] $", text[max(0, match.start() - 2):match.start()]):
                index.known_capitals.add(_strip_elision(words[0]))
                if words[0] in _ARTICLES and len(words) > 1:
                    index.known_capitals.add(words[1])
            elif words[0] in _ARTICLES and len(words) > 1 and words[1].isupper():
                index.known_capitals.add(words[1])  # "La CGT a prévenu que …": an acronym after an article is a name
        return index

    def canonical(self, name: str) -> str:
        """The name actors.yaml (or the article's full name for a surname) gives to a name; else the name as given."""
        for key in (name.strip(), _clean_name(name)):
            if _fold(key) in self.aliases:
                return self.aliases[_fold(key)]
            if self.surnames.get(key):
                # "Tessandre" after "Les Écrans Tessandre": the full name as the article names it, its article too
                return self.aliases.get(_fold(self.surnames[key]), self.surnames[key])
            if self.first_names.get(key):
                return self.first_names[key]  # "Ruth" after "Ruth Okafor": one person, not a second actor
        return name.strip()

    def is_name(self, phrase: str) -> bool:
        """Whether a phrase is a name (an actor, a person, a proper name), not a description ("the club's owners")."""
        found = self.mentions(phrase)
        # A name the article writes whole elsewhere ("The Friends of Carrow Libraries") is one, cut here or not.
        return (len(found) == 1 and found[0].start <= 1 and found[0].end >= len(phrase.rstrip()) - 1
                or phrase.strip() in self.long_name_set)

    def _cut_as_read(self, start: int, raw: str) -> list[tuple[int, str]]:
        """A run cut where the article, read whole, cut it into a name and a person's full name after it: "au micro
        de Radio Vallée Marc Dupin, le président du club" names the radio and Marc Dupin, and so does the same run in a
        piece of that sentence, where the apposition that showed the cut is missing (finding 7 of session 35: the
        joined run spoke as an organisation)."""
        if raw in self.placed:
            person = raw.split(None, 1)[1]
            return [(start, raw.split()[0]), (start + len(raw) - len(person), person)]
        words = raw.split()
        if raw in self.long_name_set or _fold(raw) in self.aliases \
                or len(words) > 1 and words[0] in _ARTICLES and raw.split(None, 1)[1] in self.long_name_set:
            return [(start, raw)]
        joiner = _JOINER_INSIDE.search(raw)
        head = raw[:joiner.start()] if joiner else ""
        if joiner and (head in self.long_name_set or head.split()[0] in _ARTICLES
                       and head.split(None, 1)[-1] in self.long_name_set):
            # "the Institute of Mining and Quarrix", where the article names Quarrix again: read whole, the article
            # kept them two (_matter_only_here); a sentence alone writes Quarrix once.
            return [(start, raw[:joiner.start()]), (start + joiner.end(), raw[joiner.end():])]
        owner = re.match(r"(.*s)['’]\s+(\S.*)$", raw)
        if owner and owner.group(2) in self.people and " " in owner.group(2):
            # "Brabant Ateliers' Jonas Verhaegen" in a sentence, after the article named him ("Verhaegen said"): see
            # _possessives, which cuts so when it reads the whole article.
            return [(start, owner.group(1)), (start + owner.start(2), owner.group(2))]
        for space in (m.start() for m in re.finditer(r"\s+", raw)):
            head, person = raw[:space], raw[space:].lstrip()
            if person in self.people and " " in person and head in self.long_name_set and head not in self.people:
                return [(start, head), (start + len(raw) - len(person), person)]
            first, _, particle = head.rpartition(" ")
            if particle in _PARTICLES and first in self.people and person in self.people:
                # "Lise Gallien de Gérald Thibodeau" in a sentence, when the article names him apart: see _two_people
                return [(start, first), (start + len(raw) - len(person), person)]
        return [(start, raw)]

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
        runs = _outside_not_name_phrases(sentence, _name_runs(sentence, self.adjectives, self.places))
        for start, raw in (piece for run in runs for piece in self._cut_as_read(*run)):
            if any(start < end and begin < start + len(raw) for begin, end in taken):
                continue
            name = _title_person(self.text, raw) or _run_name(self.text, sentence, start, raw, self.before_names)
            if not name or not name[0].isupper() or any(c.isdigit() for c in name) or _fold(name) in self.ignored:
                continue
            if re.match(r"[-–]\d", sentence[start + len(raw):start + len(raw) + 2]):
                continue  # "the HSS-400 platform", "Covid-19": a model's or a disease's code, glued to its number
            if name.casefold() in _NOT_NAMES or " ".join(raw.split()[-2:]).casefold() in _NOT_NAMES:
                continue  # "Christmas", "Its Black Friday sales"
            if _fold(name) in self.things or _things_named(sentence, start, raw, name):
                continue  # "la tempête Ciaran", and "Ciaran" alone after it
            begin = start + max(0, raw.find(name.split()[0]))
            if name.casefold() in _PLATFORMS and (_PLATFORM_BEFORE.search(sentence[max(0, begin - 40):begin])
                                                  or (_PLATFORM_AFTER.match(sentence, start + len(raw))
                                                      and _DETERMINER_BEFORE.search(sentence, 0, begin))):
                # "a réagi sur Facebook", "posted on Instagram", "a Facebook page": where, not who; a determiner
                # first, as "Netflix posts strong growth" is the firm and its verb
                continue
            if _substance(sentence, start, raw, name):
                continue  # "tested positive for EPO", « des traces de THC »: what was found, not who
            if _thing(sentence, start, raw):
                continue  # "the Proceeds of Crime Act"
            if _WEB_DOMAIN.match(sentence, start + len(raw)):
                continue  # "une pétition sur Change.org", "booked on Airbnb.com": a website's address, no one's name
            if " " not in name and name.endswith(_INHABITANT_ENDINGS) and not _inner_capital(name) \
                    and _PLURAL_ARTICLE_BEFORE.search(sentence, max(0, start - 10), start + max(0, raw.find(name))):
                continue  # "les Lorsaciens", "des Vendéens": a town's inhabitants, a people as "les Allemands" are
            if self.roman_ordinal.fullmatch(name):
                continue  # "du VIe siècle", "la Ve République": an ordinal written in Roman numerals names nobody
            if _ROMAN_NUMERAL.fullmatch(name) and (name in _TEAM_NUMERALS or _NUMBER_BEFORE.search(sentence, 0, start)):
                # "the 1st XI", "the XV": a team's number, written alone, names nobody (issue 9). Only a team's
                # numeral or one after a number: "the MCC", "the MDC" are acronyms of the same letters.
                continue
            if name.endswith("s") and self.surnames.get(name[:-1]) and _THE_BEFORE.search(sentence, 0, start):
                continue  # "the Penhallows" after "Jim Penhallow": his family, no actor the article names (issue 9)
            if _CONTRACTION.search(name):
                continue  # "They’re", "Don’t", "We’ve": a sentence's first word with its verb glued on
            if name.casefold() in _MONTH_ABBREVIATIONS and re.match(r"\.\s*\d", sentence[start + len(raw):]):
                continue  # "on Aug. 19": a month's abbreviation before its day (its full stop kept the day apart)
            if re.fullmatch(r"[A-Z]{2,}s", name.split()[-1]) or " " not in name and re.match(r"\s+\d+\b(?![-–:]\d)", sentence[start + len(raw):]):
                continue  # "MPs", "Opposition MPs", "SUVs": a common noun's plural; "la RN 7", "Mile 20", "Paris 2024": a road, a place, an event
            if _no_actor(sentence, start, raw, name) or _product_mark(self.text, sentence, start, start + len(raw), name):
                continue  # an address, a portfolio, a programme, an event, a product
            if name.split()[-1].casefold() in _SUBUNITS and re.search(r"\w['’]s\s+$", sentence[max(0, start - 40):start]):
                continue  # "the Crown Prosecution Service's Complex Casework Unit": a part of its owner
            if " " not in name and "-" in name and all(part.islower() or part.casefold() in _WEEKDAYS | _MONTHS
                                                       for part in name.split("-")[1:]) \
                    and name.split("-")[0].casefold() in _WEEKDAYS | _MONTHS:
                continue  # "Thursday-night racing", "Monday-Friday classes": a time made an adjective
            if name.casefold().endswith(_ADJECTIVE_SUFFIXES) or re.search(r"-[a-z]+(?:ed|ing)$", name):
                continue  # "Kirkholt-based", "EU-trained", "Paris-bound": an adjective made of a name
            if re.fullmatch(r"[^\W\d_]+-[a-z]+", name) and is_nationality(name.split("-")[0].casefold()):
                continue  # "a French-language school", "the Irish-flagged ferry": a nationality made an adjective
            if _letter_closed_thing(sentence, start, raw, name):
                continue  # "its Series B", "le plan B": a letter closing a name makes it a thing's
            if " " not in name and name.casefold() in self.common and self.canonical(name) == name:
                # "named Start-up of the Year", "the Council said": a word the article also writes in lower case
                # ("a bookkeeping start-up", "this year", "the council") is a common word given a capital, no name.
                continue
            offset = start + raw.find(name.split()[0])
            # Any sentence inside this one opens on a capital too: '"We asked in February. What we received …"'.
            at_start = _sentence_start(sentence, offset) or re.search(r"\s[—–]\s+$", sentence[:offset]) is not None
            if not self._proper(name, at_start):
                continue
            if _route(sentence, start, start + len(raw), name):
                continue  # "the Carrow-Dunmore line", "la liaison Montfleury-Vérac": a route, nobody
            titled = _with_article(sentence, start, raw, name)
            if titled != name:
                name, offset = titled, start
            if _product_before(sentence[max(0, offset - 30):offset], self.text, name) and not name.isupper() \
                    or _DISEASE_AFTER.match(sentence, start + len(raw)) \
                    or " " in raw.strip() and _DISEASE_AFTER.fullmatch(" " + raw.split()[-1]) \
                    or (" " not in raw.strip() and not raw.isupper() and _disease_owned(sentence, start + len(raw))):
                continue  # "des bus Citaro", "Listeria outbreaks", "Lyme Disease": a product, a disease; « la navette SNCF »: its maker
            if name.split()[-1].casefold() in _SEA_NAMES and len(name.split()) <= 2 \
                    and not _SAYS_AFTER.match(sentence, start + len(raw)) \
                    and not _SEA_NAME_VERB.match(sentence, start + len(raw)):
                continue  # "Atlantic puffins", "across the Atlantic"; not "The Atlantic reported on Monday"
            if re.search(r"\d[\s-]?$", sentence[max(0, offset - 3):offset]):
                continue  # "the 737 MAX", "l'A320 Neo": a model after its number
            canonical = self.canonical(name)
            if canonical in self.people and canonical.split()[0] == name and " " not in name \
                    and _word_before(sentence, offset) in _PLACE_WORDS:
                canonical = name  # "customers in Carrow" after "Carrow Water": the town, not the company's first word
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
        parts = re.split(r"[\s-]+", name.casefold())
        if len(parts) == 2 and parts[0] in _COMPASS and is_nationality(parts[1]):
            return False  # "South Africans", "les Nord-Coréens", "the South African government": a people (issue 9)
        if len(words) == 1:
            word = words[0]
            folded = word.casefold()
            if _common_capital(word) or folded in _ORG_WORDS or folded in _TITLES or folded in _NUMBER_WORDS \
                    or len(word) < 2:
                return False
            if len(folded) >= 6 and folded.removesuffix("s") in _COMMON_CAPITALS:
                return False  # "Mondays", "Fridays": a weekday's plural names nobody either
            if _DEMONYM.search(word) and not _inner_capital(word):
                return False  # "European", "Spanish": adjectives English capitalises
            if is_nationality(folded) or folded in _DISEASES:
                return False  # "German", "les Allemands", "Covid"
            if at_start:
                # A sentence's first word is capitalised anyway: a name only if known as one.
                return (_fold(word) in self.aliases or word in self.surnames
                        or word in self.known_capitals or _inner_capital(word))
        return True


def _written_at(text: str, phrase: str) -> Iterator[re.Match[str]]:
    """Each place the text writes a phrase as whole words."""
    return re.finditer(rf"(?<![\w'’-]){re.escape(phrase)}(?![\w'’-])", text)


def _surname_alone(text: str, person: str) -> bool:
    """Whether the text writes a full name's last word without the words before it ("Smith said" after "Victoria
    Smith"): a person's surname, which a product's or a branch's name ("Marlow Pay") is not written alone as."""
    words = person.split()
    if len(words) < 2:
        return True  # one word ("Kestrel, 52, said"): nothing stands before it, so it is written alone
    last = re.escape(words[-1])
    return re.search(rf"(?<!{re.escape(words[-2])}\s)(?<![\w'’-]){last}(?![\w-])", text) is not None  # "Hale's" too


def _common_capital(word: str) -> bool:
    """Whether a word is a small word a sentence opens with ("Who", "Nobody", "The"), not an acronym spelled like one.

    Written in capitals, the word is an acronym ("the WHO", "the US"), which a small word at a sentence's start never
    is: closed classes join COMMON_CAPITALS and must not take the acronyms they spell with them.
    """
    return word.casefold() in _COMMON_CAPITALS and not (len(word) > 1 and word.isupper())


def _opening_subject(data: LanguageData) -> re.Pattern[str]:
    """One capitalised word opening a sentence, right before a verb of saying ("Enedis indique que", "Unison said") or
    a relative clause in commas ("Northgrid, which runs the local network,")."""
    return re.compile(rf"(?:^|(?<=[.!?…»”\"]\s)|(?<=\n))(?P<word>[A-ZÀ-ÖØ-Ý][\w-]+)(?:\s+(?:{reporting_verb(data)})(?![\w-])"
                      rf"|,\s+(?:{data.RELATIVE_PRONOUNS})\s)")


def _subjects_of_saying(text: str, data: LanguageData) -> set[str]:
    """Words that open a sentence as the subject of a verb of saying: names, though seen nowhere else (issue 9).

    A company or agency named only where it speaks ("Enedis indique que …", "Vigicrues maintient …") opens its
    sentences; an adverb opening one is followed by a comma, and pronouns, quantifiers and titles are listed.
    English opens sentences with bare plurals ("Officials said", "Residents say"): there a word ending in "s" is
    no name unless it holds a capital inside.
    """
    found = set()
    for match in data.compiled(_opening_subject).finditer(text):
        word = match.group("word")
        folded = word.casefold()
        if _common_capital(word) or folded in _TITLES or folded in _ORG_WORDS or folded in _NUMBER_WORDS \
                or folded in _PRONOUNS or is_nationality(folded) or folded in _NOT_NAMES:
            continue
        if data.BARE_PLURAL_OPENS and folded.endswith("s") and not _inner_capital(word):
            continue
        found.add(word)
    return found


def _plural_article(data: LanguageData) -> re.Pattern[str]:
    """One language's plural articles ("les", "des"), in any case."""
    return re.compile(rf"(?i:{data.PLURAL_ARTICLES})")


_ANY_PLURAL_ARTICLE = re.compile(rf"(?i:{alternation('PLURAL_ARTICLES')})")  # an article whose language is unknown


def _last_word_with_article(text: str, name: str, data: LanguageData | None) -> bool:
    """Whether the article writes a name's last word alone after a lower-case article ("the Levels" after "Carrow
    Levels"), the name's own article aside ("Jean de la Tour")."""
    *first, last = name.split()
    articles = [a.casefold() for a in (data.NAME_ARTICLES if data else union("NAME_ARTICLES")) if not a.endswith(("'", "’"))]
    if not first or first[-1].casefold() in articles:
        return False
    if not last.casefold().endswith(("s", "x")):
        # « les Vautrin »: a surname takes no plural's ending, so a plural article before it names the family, as
        # a place's plural name has one (« les Causses », « les Landes »); the article ended two people's names
        # (issue 9: « son frère Julien » beside « Julien Vautrin » stayed an actor of its own).
        plural = data.compiled(_plural_article) if data else _ANY_PLURAL_ARTICLE
        articles = [a for a in articles if not plural.fullmatch(a)]
    # The word alone: not opening a longer name ("the Water Industry Standards Authority" after "Wessendale Water"),
    # and ending its noun phrase: "the Kowal family", "the Biden administration" are a person's kin or staff.
    return any(_ends_noun_phrase(match.group("next"), data) for match in re.finditer(
        rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, articles))})\s+{re.escape(last)}"
        rf"(?![\w'’-]|\s+[A-ZÀ-ÖØ-Ý])(?:\s+(?P<next>[\w'’-]+))?", text))


def _disease_owned(sentence: str, end: int) -> bool:
    """Whether a name ending at ``end`` owns a disease's name ("Crohn's disease was found"): its noun phrase ends at the
    disease, as "Cornwall's disease rates", "the CDC's disease detectives" are the owner's."""
    disease = _DISEASE_OWNED.match(sentence, end)
    after = re.match(r"\s+([\w'’-]+)", sentence[disease.end():]) if disease else None
    return disease is not None and _ends_noun_phrase(after.group(1) if after else None, None)


def _ends_noun_phrase(after: str | None, data: LanguageData | None) -> bool:
    """Whether the word after a name (None: punctuation or the text's end) leaves the name ending its noun phrase: a
    small word, a preposition, a subordinator, a determiner opening the next phrase or a verb ("the Levels has
    shrunk", "the Levels in May", "by the Review this month"); a lower-case noun ("the Kowal family") makes the name
    its modifier. Every language's words when the article's is unknown."""
    if after is None:
        return True
    languages = [data] if data else every_language()
    folded = after.casefold()
    # No adverb by its ending: "family", "assembly", "rally" end as adverbs do.
    return any(folded in lang.FUNCTION_WORDS | lang.PLACE_BEFORE | lang.THING_NAME_BEFORE | lang.SUBORDINATORS
               or folded in {*lang.REL_THIS, *lang.REL_LAST, *lang.REL_NEXT}
               or re.fullmatch(rf"(?i:{lang.DETERMINERS}|{lang.CLAUSE_WORDS})", after) is not None
               or re.fullmatch(lang.VERB_FORMS, after) is not None for lang in languages)


def _written_as_thing(text: str, name: str, data: LanguageData | None) -> bool:
    """Whether the article writes a whole name after a word that only a place's or an organisation's takes ("in New
    York"), or before a thing's relative pronoun ("Harcourt Auctions, which …"), or its last word after a lower-case
    article ("the Levels" after "Carrow Levels"); every language's words when the article's is unknown."""
    before = data.THING_NAME_BEFORE if data else union("THING_NAME_BEFORE")
    relative = data.THING_RELATIVE if data else alternation("THING_RELATIVE")
    not_after = data.THING_NAME_NOT_AFTER if data else alternation("THING_NAME_NOT_AFTER")
    words = "|".join(re.escape(w) for w in sorted(before))
    name_pattern = re.escape(name)
    if _last_word_with_article(text, name, data):
        return True  # "across the Levels" after "Carrow Levels": a person's surname takes no article, a place's name does
    # "confidence in Marta Kowal", "confiance en Marie Dubreuil": that "in" takes a person too, so it tells nothing.
    taking_a_person = re.compile(rf"(?i:(?<![\w'’-])(?:{not_after}))\s+$")
    return any(not taking_a_person.search(text, max(0, m.start() - 40), m.start()) for m in re.finditer(
        rf"(?<![\w'’-])(?:{words or '(?!)'})\s+{name_pattern}(?![\w'’-]|\s+[A-ZÀ-ÖØ-Ý]|['’]s\b)", text)) \
        or re.search(rf"(?<![\w'’-]){name_pattern},\s+(?:{relative})\s", text) is not None


def _short_forms(index: NameIndex, text: str, places: set[str]) -> list[tuple[str, str]]:
    """The one word by which the article calls an organisation named in full as that word and an organisation's word
    ("Hestrel" after "Groupe Hestrel", "Ribeaucourt" after "FC Ribeaucourt", "Brightwell's" after "Brightwell
    Energy"), or by the first word of a two-word name written right after an organisation's noun ("Calyon" after
    "the maker Calyon Domotique"), with that full name (issue 9: the word alone became an actor of its own, a piece of
    the longer name).

    Not a word the article writes as a place ("in Harbridge", "le maire de Sarlenc": the town the organisation is
    named after), nor the town a body or site is named after ("Dunwick Council", "Felsby Airport": the town alone
    stays the town), nor one that more than one longer name holds ("Harbridge City Council", "Harbridge City
    Marathon"), nor a person's name or a word written in lower case too."""
    holders: dict[str, set[str]] = {}
    for name in index.long_names:
        for word in set(name.split()):
            holders.setdefault(word, set()).add(name)
    people_words = {w for person in index.people for w in person.split()}
    found = []
    for name in dict.fromkeys(index.long_names):
        words = name.split()
        org_words = sum(w.casefold() in _ORG_WORDS for w in words)
        if len(words) != 2 or org_words > 1 or not org_words and name not in index.organisations:
            continue
        # "Calyon" after "the maker Calyon Domotique": a firm introduced by its kind is called by its first word too.
        short = next(w for w in words if w.casefold() not in _ORG_WORDS)
        folded = short.casefold()
        if any(w.casefold() in _PLACE_BODIES for w in words) \
                or len(holders.get(short, ())) != 1 or short in places or short in people_words or _fold(short) in index.aliases \
                or not short[:1].isupper() or short.isupper() or len(short) < 3 or folded in index.common \
                or _common_capital(short) or folded in _TITLES or folded in _NUMBER_WORDS or is_nationality(folded) \
                or re.search(rf"(?<![\w'’-])[^\W\d_]+\s+(?:{_PLACE_OF})\s*{re.escape(short)}(?![\w'’-])", text):
            continue
        found.append((short, name))
    return found


def _places(text: str) -> tuple[set[str], set[str]]:
    """The single capitalised words the article writes as places, after "in", "at", "à", "dans" ("in Felsby", "à
    Bellac"), not followed by more of a name or a possessive, or before "-based" ("the Dunmore-based start-up"): no
    person is written so, so such a word alone is the place even where a longer name ends or starts with it ("Visit
    Felsby", "Bellac Natation"); and no person's name opens with a word before "-based" ("Dunmore Tech Forum"). The
    words after a preposition, then those before "-based"."""
    found = list(_PLACE_NAME.finditer(text))
    return {m.group(1) for m in found if m.group(1)}, {m.group(2) for m in found if m.group(2)}


_WORD = re.compile(r"[\w’'-]+")
_PLACE_OF = alternation("PLACE_OF")  # "the town of Lestrac", "le maire de Sarlenc": the word is a place
# "Dunwick Council", "Felsby Airport": the body or site a town names after itself; the town alone stays the town.
_PLACE_BODIES = _with_bare_capitals(union("PLACE_BODY_WORDS"))
# A team is numbered by its players: "the XI", "the XV" (cricket, football; rugby union).
_TEAM_NUMERALS = frozenset({"XI", "XV"})
_ROMAN_NUMERAL = re.compile(r"(?=[MDCLXVI]{2})M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_NUMBER_BEFORE = re.compile(r"\d\w*\s+$")  # "the 1st XI": a number, then the name
_MONTH_ABBREVIATIONS = union("MONTHS_ABBR")  # "on Aug. 19", "Sept. 3": a date, never a name


def _roman_ordinal(endings: frozenset[str]) -> re.Pattern[str]:
    """A Roman numeral with an ordinal's ending ("XIXe", "Ier", "IIIème": a century, a republic, a district), one of
    ``endings``; a pattern that never matches when there are none. The endings are the article's language's (issue
    9): French "Ve", "XIXe" are ordinals, English "Dr Dre" is a name."""
    if not endings:
        return re.compile(r"(?!)")
    return re.compile(_ROMAN_NUMERAL.pattern.replace("(?=[MDCLXVI]{2})", "(?=[MDCLXVI])")
                      + "(?:" + "|".join(sorted(endings, key=lambda w: (-len(w), w))) + ")")


def _language_roman_ordinal(data: LanguageData) -> re.Pattern[str]:
    """The Roman ordinals of one language ("XIXe" in French; none in English)."""
    return _roman_ordinal(frozenset(data.ORDINAL_ENDINGS))


_ANY_ROMAN_ORDINAL = _roman_ordinal(union("ORDINAL_ENDINGS"))  # an article whose language has no module
_THE_BEFORE = re.compile(r"(?i)(?<!\w)the\s+$")  # "the Penhallows": a family
# A lower-case word right before a capitalised one: "the prosecutor Ann Lee", "le procureur Jean Roux" (a role).
_LOWER_BEFORE_NAME = re.compile(r"(?<![\w’'-])([^\W\d_A-ZÀ-ÖØ-Þ][\w’'-]*)[ \t]+(?=[A-ZÀ-ÖØ-Þ][^\W\d_A-ZÀ-ÖØ-Þ])")
_REGION_NAME = re.compile(rf"(?<![\w'’])(?:{'|'.join(sorted(union('REGION_BEFORE'))) or '(?!)'})\s+({_CAP})(?![\w'’-]|\s+[A-ZÀ-ÖØ-Ý])")
_PLACE_NAME = re.compile(rf"(?<![\w'’])(?:{'|'.join(sorted(_PLACE_WORDS))})\s+({_CAP})(?![\w'’-]|\s+[A-ZÀ-ÖØ-Ý]|['’]s\b)"
                         rf"|(?<![\w'’-])([A-ZÀ-ÖØ-Ý][a-zà-öø-ÿ]+)-based\b")  # "the Dunmore-based start-up": a place


def _substance(text: str, start: int, raw: str, name: str) -> bool:
    """Whether a name is what was found in someone or given to them ("tested positive for the banned booster EPO",
    « des traces de THC »); only that mention: the same name elsewhere may be a firm's or a body's (mend 46)."""
    begin = start + max(0, raw.find(name.split()[0]))
    return bool(_SUBSTANCE_BEFORE.search(text, max(0, begin - 60), begin))


def _things_named(text: str, start: int, raw: str, name: str) -> list[str]:
    """The names a capitalised run gives to things that are never anyone (issue 9): after a kind of thing ("la
    tempête Ciaran", "the zoo's snow leopard, Kira,", "two cubs, named Ash and Juniper": each name joined by
    "and"), or after such a kind written capitalised in the run ("Storm Babet", "Tempête Ciaran", "MV Saint
    Brendan"), or given by a word that names only things ("les petits, baptisés Taïga et Oural"), or an animal's
    by an apposition ("Nadia, une femelle") or its species ("des tigres de Sibérie"); else []."""
    words = name.split()
    kind = re.search(r"(\S+)\s+$", text[max(0, start - 30):start + max(0, raw.find(words[0]))]) if name else None
    if kind and _strip_elision(kind.group(1)).casefold() in _ORGANISATION_KINDS:
        return []  # "l’association Loup Verdan Vivant": an organisation's name, whatever kind of thing its first word is
    if len(words) > 1 and (words[0].casefold() in _NAMED_OPENING or words[0].casefold().rstrip("sx") in _NAMED_OPENING) \
            and words[1][:1].isupper():
        # Not before a link: "Journal de Roncières", "Medicines and Medical Devices Agency" name a paper, a body
        return [" ".join(words[1:])]
    if not name:
        return []
    if len(words) == 1 and words[0].isupper() and words[0].casefold() in _NAMED_THINGS:
        return [name]  # "MV", "HMS": a ship's prefix, cut from its name by the saint's title after it
    begin = start + max(0, raw.find(words[0]))
    prefix = re.search(r"(?<!\S)([A-Z]{2,3})\s+(?:\S+\s+)?$", text[max(0, begin - 12):begin])
    if prefix and prefix.group(1).casefold() in _NAMED_THINGS:
        return [name]  # "the MV Saint Brendan": a ship
    kind = _NAMED_BEFORE.search(text, max(0, begin - 60), begin)
    end = start + len(raw)
    if kind is not None and kind.group("comma") and (
            # "the bus, Halvorsen said": a name in commas after the kind is its name only when closed
            not re.match(r"\s*,|" + _NAMED_JOINED.pattern, text[end:end + 12])
            # "the dean of medicine, Solange Virebeau,": a field after "of" is no kind the name is given to
            or _word_before(text, kind.start()) in _FIELD_LINKS
            # "the head of the brand, Anna Lee,": the field of a role, past its article
            or _role_of(text, kind.start())):
        kind = None
    if kind is not None and not kind.group("comma") and not kind.group("called"):
        noun = kind.group("kind").casefold()
        if noun in _NAMED_IN_COMMAS or noun in _NAMED_ONE_WORD and len(words) > 1:
            kind = None  # "un camion Transalp": its haulier; "the lorry Tom Hale was driving": a person (review 43)
    # "Une tempête, baptisée Ciaran par Météo-France": a name given so needs no closing comma
    kind = kind or _NAMED_GIVEN.search(text, max(0, begin - 40), begin)
    listed = end  # "Maud and Fergus, the ospreys": the apposition follows the last name of the pair
    while (joined := _NAMED_JOINED.match(text, listed)) \
            and (more := _PAIR_NEXT.match(text, joined.end())):
        listed = more.end()
    if kind is None and len(words) == 1 and (_ANIMAL_AFTER.match(text, end) or _ANIMAL_AFTER.match(text, listed)
                                             or _SPECIES_BEFORE.search(text, max(0, begin - 40), begin)):
        # "Leur mère, Nadia, une femelle de huit ans,": an animal, in apposition; "des tigres de Sibérie": a species
        return [name]
    if kind is None:
        return []
    names = [name]
    while (joined := _NAMED_JOINED.match(text, end)) and (more := _NAME_RUN.match(text, joined.end())):
        names.append(more.group(0))
        end = more.end()
    return names


def _role_of(text: str, offset: int) -> bool:
    """Whether the word at ``offset`` follows a role's title or noun, "of"/"de" and an article ("the head of the ",
    « la directrice de la »)."""
    found = _ROLE_OF_BEFORE.search(text, max(0, offset - 60), offset)
    return found is not None and any(word and word.casefold() in _TITLES | _PERSON_NOUN_SET for word in found.groups())


def _word_before(text: str, offset: int) -> str:
    """The lower-cased word written right before an offset, or ""."""
    found = re.search(r"([\w'’]+)\s+$", text[max(0, offset - 20):offset])
    return found.group(1).casefold() if found else ""


def _opened_event(text: str, name: str) -> bool:
    """Whether a name opened by a word that marks an event only in context ("Operation Lantern") is an event's here:
    the article tells such an action (police, troops), and the name never speaks ("Operation Smile said")."""
    if " " not in name or not _cued(name.split()[0].casefold(), text, _EVENT_OPENING_CONTEXT):
        return False
    return not any(_SAYS_AFTER.match(text, m.end()) for m in re.finditer(re.escape(name), text))


def _thing_not_event(word: str, before: str) -> bool:
    """Whether an event's word names a thing here by what is written before it ("la Tour Belvédère": a tower)."""
    return _cued(word, before, _EVENT_WORD_NOT_AFTER)


def _cued(word: str, text: str, cue_maps: list[dict[str, str]]) -> bool:
    """Whether a language's cue for ``word`` (a pattern in one of ``cue_maps``) is found in ``text``."""
    return any(word in cues and re.search(cues[word], text, re.IGNORECASE) for cues in cue_maps)


def _first_name_alone(text: str, start: int, raw: str) -> bool:
    """Whether one capitalised word inside a sentence is a first name given alone, as vox pops do: in apposition
    with a lower-case description of a person ("Nadia, mère de trois enfants,", "Another driver, Gemma,")."""
    word = raw.split()[-1]
    folded = word.casefold()
    end = start + len(raw)
    # An age in commas after the word makes it a person's name at a sentence's start too ("Monique, 71 ans, a fini
    # par …", "Tom, 34, said"): no other word opening a sentence is followed by one.
    aged = _AGE_AFTER.match(text, end) is not None
    if _sentence_start(text, start) and not aged or not word[:1].isupper() or _inner_capital(word) or word.isupper() \
            or folded in _COMMON_CAPITALS or folded in _ORG_WORDS or folded in _TITLES or is_nationality(folded):
        return False
    if _PLACE_LINK_BEFORE.search(text, max(0, start - 8), start + len(raw) - len(word)) \
            or _word_before(text, start + len(raw) - len(word)) in _PLACE_WORDS:
        # "l'Union étudiante de Vireloup, qui …": a place the description is of (issue 10); "à Mouthe, Julien …"
        return False
    return bool(aged or _PERSON_AFTER.match(text, end)
                or text[end:end + 1] == "," and _PERSON_BEFORE.search(text[max(0, start - 60):start]))


_INDEFINITE_BEFORE = re.compile(rf"(?<![\w'’])(?:{alternation('INDEFINITE_ARTICLES')})\s+$", re.IGNORECASE)
_FUNCTION_WORD_ALT = "|".join(sorted(map(re.escape, _FUNCTION_WORDS)))
# Not a comma after the word: "a Manhattan, New York court" is a place's.
_HEADS_PHRASE = re.compile(r"\s*(?:[.;:!?)]|$)|\s+(?:" + _FUNCTION_WORD_ALT + r")\s")
# "the Household Support Fund, a government scheme that …": a name in apposition to a noun phrase headed by a
# programme's, a law's or a product's word (THING_AFTER) is that thing's (issue 9), as _EVENT_APPOSITION for events.
# The words between the determiner and that noun are no small words: "the firm behind the deal" is no deal.
_THING_APPOSITION = re.compile(
    rf"\s*,\s*(?:{alternation('DETERMINERS')})(?:\s+(?!(?:{_FUNCTION_WORD_ALT})\b)"
    rf"[\w'’-]+){{0,3}}?(?:{alternation('THING_AFTER')})(?=\s*,|" + _HEADS_PHRASE.pattern + ")", re.IGNORECASE)


def _no_actor(text: str, start: int, raw: str, name: str) -> bool:
    """Whether a capitalised run names no actor by what it is or what is written around it (issue 9).

    An address ("Castle Street", "rue des Tanneurs"), a minister's portfolio ("the Minister for Small
    Business", "le ministre de l'Industrie"), a programme ("its Shop Local scheme"), an event ("Festival des
    Lanternes", "World Cup", "Tour de France"), a product line ("Halvorsen Atlas vans").
    """
    words = name.casefold().split()
    if not words:
        return False
    if len(words) > 1 and (words[0] in _ADDRESS_WORDS or words[-1] in _ADDRESS_WORDS):
        return True
    begin = start + max(0, raw.find(name.split()[0]))
    before = text[max(0, begin - 40):begin]
    if len(words) == 1 and _INDEFINITE_BEFORE.search(before) and _HEADS_PHRASE.match(text, start + len(raw)):
        return True  # "a Reporter from the DPEA", "an Airbus": a common noun or a product; not "a Labour councillor"
    if (words[0] in _EVENT_FIRST_WORDS and not _thing_not_event(words[0], before)
            or words[-1] in _EVENT_WORDS and not _particled_surname(name)
            or _EVENT_APPOSITION.match(text, start + len(raw))
            or _THING_APPOSITION.match(text, start + len(raw))) and not _SAYS_AFTER.match(text, start + len(raw)):
        return True
    # "42,000 Halvorsen Atlas vans": a product line named after its maker; one word is the maker ("the Halvorsen jets",
    # "JetBlue jets"), and so is a body before what it runs, unless marked a product line ("Velmor X5 cameras").
    if len(words) > 1 and words[-1] not in _ORG_WORDS and (
            _PRODUCT_AFTER.match(text, start + len(raw))
            or _PRODUCT_AFTER_RUN.match(text, start + len(raw)) and _product_line(text, start, name)):
        return True
    if all(w in _PARTY_LABELS for w in words) and _PARTY_GROUP_AFTER.match(text, start + len(raw)):
        return True  # "the Conservative group", "Liberal Democrat group leader": a council group's label
    wider = text[max(0, begin - 120):begin]
    if _BRAND_BEFORE.search(wider) and _BRAND_AFTER.match(text, start + len(raw)):
        return True  # "trades under the Kestow and Ribble brands": names a firm sells under, not the firm
    listed = _PORTFOLIO_LIST.search(wider)
    if listed is not None and not looks_like_person(name) and (_PORTFOLIO_BEFORE.search(wider[: listed.start()])
                                                               or _ADDRESS_BEFORE.search(wider[: listed.start()])):
        # "… for Culture, Media and Sport": "Media" and "Sport" are matters of the portfolio too; "les rues de la
        # Gare, du Moulin et des Tanneurs": the coordinated names share the address's word.
        return True
    link = re.match(r"(\S+\s+(?:for|of)\s+(?:the\s+)?)", name)
    if link is not None and _PORTFOLIO_BEFORE.search(before + link.group(1)):
        return True  # "Secretary of State for Culture": the title's word "Secretary" cut off, "State" left
    return bool(_ADDRESS_BEFORE.search(before) or _PORTFOLIO_BEFORE.search(before)
                or _THING_AFTER.match(text, start + len(raw)))


def _product_mark(text: str, sentence: str, start: int, end: int, name: str) -> bool:
    """Whether one coined word, a capital inside it as brands have, names the product whose noun follows it
    ("installed 40 SpeedWatch cameras", "its ParkLink booking system") or, in French, comes before it (« onze caméras
    SpeedSight »), not a maker: the article never writes it otherwise than beside such a noun ("ParkLink devices"
    beside "ParkLink said" are the firm's)."""
    if " " in name or not _inner_capital(name):
        return False
    if not _beside_product_noun(sentence, max(start, sentence.find(name, start, end)), end):
        return False
    return all(_beside_product_noun(text, m.start(), m.end())
               for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text))


def _beside_product_noun(text: str, begin: int, end: int) -> bool:
    """Whether the word at begin:end has what a body runs right after it ("cameras") or, in French, before it."""
    return bool(_MARK_AFTER.match(text, end) or _MARK_BEFORE.search(text, max(0, begin - 40), begin))


def _product_line(text: str, start: int, name: str) -> bool:
    """Whether a name of several words before what a body runs is the product line's, not the body's.

    "National Highways cameras" are the body's, unless a model's mark follows its first word ("Velmor X5 cameras",
    "Velmor RoadWatch cameras", "Velmor Model S devices") or its first word is written elsewhere without the rest,
    the maker called by itself ("Velmor recalled 3,000 Velmor Lumen devices").
    """
    words = name.split()
    if any(re.search(r"\d", w) or _inner_capital(w) or w.casefold() in _PRODUCT_WORDS for w in words[1:]):
        return True
    first = words[0]
    if not first[:1].isupper() or _common_capital(first) or first.casefold() in _ORG_WORDS \
            or first.casefold() in _TITLES or is_nationality(first.casefold()):
        return False
    alone = re.compile(rf"(?<![\w'’-]){re.escape(first)}(?!\s+{re.escape(words[1])})(?![\w'’-])")
    return any(m.start() != start for m in alone.finditer(text))


def _particled_surname(name: str) -> bool:
    """Whether a name is a person's whose surname a particle opens ("Paul de La Tour", "Anne van der Berg"): its last
    word, an event's word though it be ("Tour"), is the surname's; "the Kelford Marathon" has no particle (issue 9:
    "Le maire Paul de La Tour" gave no actor)."""
    words = name.split()
    return looks_like_person(name) and any(w in _PARTICLES for w in words[1:-1])


def holiday_start(text: str, start: int, end: int) -> int:
    """Where a date's words start with the capitalised word that makes them a holiday ("Black Friday"), else ``start``.

    The date words are blanked before names are looked for: the word left before them names nobody.
    """
    before = re.search(r"(\S+)\s+$", text[max(0, start - 30):start])
    if before and f"{before.group(1)} {text[start:end]}".casefold() in _NOT_NAMES:
        return start - len(before.group(0))
    return start


def is_nationality(folded: str, nationalities: frozenset[str] = _NATIONALITIES) -> bool:
    """Whether a folded word names a nationality or a people, in any of its forms ("allemandes", "germans")."""
    return any(form in nationalities for stem in (folded, folded.removesuffix("s"))
               for form in (stem, stem.removesuffix("e"), stem.removesuffix("ne")))


def _category(text: str, start: int, name: str) -> str:
    """The lower-case kind of place written right before a name ("papeterie ", "cave coopérative des "), or "";
    none for an institution before a person's name ("le conseil de Julien Morvan": his lawyer)."""
    if _CATEGORY_BEFORE is None:
        return ""
    found = _CATEGORY_BEFORE.search(text, max(0, start - 40), start) or _FACILITY_ELIDED.search(text, max(0, start - 40), start)
    remit = name.split()
    if found is None and _BODY_BEFORE is not None and not (len(remit) > 1 and remit[1][:1].isupper()):
        # "la direction des Affaires maritimes", "le musée des Beaux-Arts de Lorsac": French capitalises a remit's first
        # word only; "la direction des Grands Magasins Delaunay", its second word capitalised, is the firm's
        # management. A place after "de" is no sign either way: "la fédération des Chasseurs de l'Ain" is a body,
        # "la direction des Chantiers de l'Atlantique" a firm's management, and the words do not tell them apart.
        # Read up to the name itself: after "L'office" the run is "des Forêts".
        named = text.find(name, start) if name else -1
        named = start if named < 0 else named
        found = _BODY_BEFORE.search(text, max(0, named - 40), named)
    if found is None:
        return ""
    words = found.group(0).split()
    kind = words[0].casefold()
    at = text.find(name, start) if name else -1
    end = at + len(name) if at >= 0 else start
    # The kind's own words are no link: "la salle des fêtes Jean-Rostand" is named so, as "la piscine Jean-Bouin" is.
    own = max((len(k.split()) for k in _FACILITIES if " ".join(words).casefold().startswith(k)), default=1)
    if kind in _FACILITIES and kind not in _LANDFORMS and len(words) > own and words[-1].casefold() not in _FACILITY_OWN_LINKS \
            and not _FACILITY_TOWN_AFTER.match(text, end):
        return ""  # "la piscine de Lanvic" is in Lanvic; "la piscine Jean-Bouin", "l'école des Peupliers" are named so
    if kind in _FACILITY_VERBS and not _determined(text, found.start()):
        return ""  # "Le maire ferme Lormeval": a kind's word that is a verb's too, with no determiner, is the verb
    if kind in _INSTITUTIONS and looks_like_person(name):
        return ""  # an institution is named by its seat; "le conseil de …" before a person is a lawyer, an advice
    return found.group(0)


def _determined(text: str, offset: int) -> bool:
    """Whether a kind's word at ``offset`` follows a determiner ("la ferme des Cades", "au stade Jean-Bouin", "sa
    crèche") or no word at all (a heading), as a noun does."""
    before = text[max(0, offset - 20):offset]
    return not re.search(r"\w\s*$", before) or _KIND_DETERMINER.search(before) is not None


# An article ("la", "du", "l'") or a determiner ("une", "sa", "leur") right before a word.
_KIND_DETERMINER = re.compile(rf"(?i)(?:{alternation('NAME_ARTICLE_BEFORE')})"
                              rf"|(?<![\w'’])(?:{alternation('DETERMINERS')}|{_OWNERS})\s+$")


# A remit after "des" is plural, and so is what goes on with it: an adjective ("Affaires maritimes", "Ressources
# humaines"), a second remit after "et" ("Phares et Balises", "Eaux et Forêts"). A verb in the singular ("la direction
# des Douanes indique"), a second actor ("le service des Eaux et Veolia ont signé") is no part of the name.
_REMIT_AFTER = re.compile(rf"\s+(?:{'|'.join(map(re.escape, union('NAME_JOINERS')))})\s+{_CAP}(?<=[sx])"
                          r"(?![\w'’-]|\s+[A-ZÀ-Ý])|\s+(?P<adjective>[a-zà-ÿ-]{3,}[sx])(?![\w'’-])")


def _remit_listed(text: str, start: int, name: str, category: str) -> str:
    """A one-word remit after a kind and "des" goes on with a plural second word joined by "et" or its plural
    adjective: both are the name ("le service des Phares et Balises", "la direction des Affaires portuaires"); else
    the name as it is."""
    if " " in name or not _BODY_LINK_END.search(category):
        return name
    at = text.find(name, start)
    after = _REMIT_AFTER.match(text, at + len(name)) if at >= 0 else None
    if after is None or after.group("adjective") and not _ADJECTIVE_ENDING.search(after.group("adjective")):
        return name
    return name + after.group(0)


def _initial(word: str) -> str:
    """A word's first letter as an acronym spells it: folded, without its accent ("évaluation" gives the "E" of
    "HCEU", "Électricité" the "E" of "EDF")."""
    bare = unicodedata.normalize("NFKD", word[:1]).encode("ascii", "ignore").decode("ascii")
    return (bare or word[:1]).casefold()


def _defined_acronyms(text: str) -> list[tuple[str, str]]:
    """Names an article defines with their acronym in brackets, and the acronym: the words right before the bracket
    whose initials spell it, small words between them skipped ("Institute of Public Finance and Accountancy (IPFA)",
    "Direction régionale des affaires culturelles (Drac)"); none across a comma or a full stop."""
    found = []
    for match in _ACRONYM_DEFINED.finditer(text):
        acronym = match.group(1)
        letters = acronym.casefold()
        words = list(re.finditer(r"[\w'’-]+", text[max(0, match.start() - 200):match.start()]))
        offset = max(0, match.start() - 200)
        left = len(letters) - 1
        first = None
        skipped = 0
        for word in reversed(words):
            if left < 0 or re.search(r"[,.;:!?()]", text[offset + word.end():match.start() if first is None
                                                        else offset + words[first].start()]):
                break
            base = _strip_elision(word.group(0))
            if _initial(base) == letters[left]:
                left -= 1
                first = words.index(word)
            elif first is None and left == len(letters) - 1 and base[:1].isupper() and skipped < 1:
                skipped += 1  # "Agence régionale de santé Bourgogne-Val-de-Saône (ARS)": the region is in the name
            elif first is None or base.casefold() not in _LINKING_WORDS:
                break
        head = words[first].group(0) if first is not None else ""
        opening = _strip_elision(head)  # "l'Agence": the name starts after the elided article
        if left < 0 and opening[:1].isupper() and len(letters) >= 2:
            start = offset + words[first].start() + len(head) - len(opening)
            found.append((text[start:match.start()].strip(), acronym))
    return found


_POSSESSIVE_NAME_HEADS = union("POSSESSIVE_NAME_HEADS")
_COUNTRIES = union("COUNTRIES")
_REMIT_WORDS = union("REMIT_WORDS")  # "… for Work and Pensions": what a department's second remit opens on
_SEAT_ACRONYMS = union("SEAT_ACRONYMS")
_PLURAL_POSSESSOR = re.compile(rf"(?<![\w'’-])(?:{alternation('PLURAL_POSSESSORS')})$")


# A verb right after a name's possessive: the possessive owns nothing, so it is part of the name (a shop's, a firm's).
_VERB_AFTER_POSSESSIVE = re.compile(rf"(?:{alternation('VERB_AFTER_NAME_POSSESSIVE')})(?![\w'’-])")


def _possessives(match: re.Match[str], places: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """A capitalised run cut at each possessive: "Skyline Regional's Airbus" names Skyline Regional and Airbus."""
    pieces = []
    begin = 0
    raw = match.group(0)
    for cut in re.finditer(r"['’]s\b\s*|(?<=s)['’]\s+", raw):
        if not cut.group(0).startswith(("'s", "’s")):
            # "Brabant Ateliers' Jonas Verhaegen": a plural's possessive before a person's full name is the team's
            # or the firm's, as "Acme's Jo Smith" (issue 9); before anything else it is in the name ("Workers' Union",
            # "the Rural Insurers' Theft Register", of a person's shape): a person, when the text writes the surname
            # alone too ("Verhaegen said"). Read on a sentence alone, NameIndex._cut_as_read cuts it.
            if looks_like_person(raw[cut.end():]) and _surname_alone(match.string, raw[cut.end():]):
                pieces.append((match.start() + begin, raw[begin:cut.start()]))
                begin = cut.end()
            continue
        owner = raw[begin:cut.start()].split()
        if len(owner) > 1 and owner[0] in _ARTICLES:
            owner = owner[1:]  # "The Fiddler's Rest reopened": a sentence's capitalised article is no owner's word
        if re.search(r"(?<!\S)(?:St\.?|Saint)\s+\S+$", raw[begin:cut.start()]):
            # "St Mary's Church Hall", "St Thomas' Hospital", "Ashwell St Mary's Primary School": a saint's possessive
            # is in the name
            continue
        if cut.end() < len(raw) and owner and owner[-1].casefold() in _TITLES and not (
                len(owner) > 1 and owner[-1].casefold() in _SURNAME_TITLES and owner[-2][:1].isupper()):
            continue  # "the Court of King's Bench", "Information Commissioner's Office"; "Anna Bishop's" is hers
        if len(owner) == 1 and owner[0].casefold() not in _ORG_WORDS | _COUNTRIES and owner[0] not in places \
                and raw[cut.end():].split()[:1] and raw[cut.end():].split()[0].casefold() in _POSSESSIVE_NAME_HEADS:
            # "Tanner's Yard", "Pellow's Books": a place or a shop named so, one name; a country's possessive, or a
            # place's the article writes so ("in Dunmore", then "Dunmore's Rest Centre"), is a possessive still
            continue
        if _PLURAL_POSSESSOR.search(raw, 0, cut.start()) and cut.end() < len(raw):
            continue  # "Tregarrick Fishermen's Association", "Women's Aid": a plural's possessive, as "Workers' Union"
        if cut.end() == len(raw) and _VERB_AFTER_POSSESSIVE.match(match.string, match.end()):
            continue  # "McDonald's said", "Sainsbury's has": a possessive that owns nothing is the name's own
        pieces.append((match.start() + begin, raw[begin:cut.start()]))
        begin = cut.end()
    pieces.append((match.start() + begin, raw[begin:]))
    return [(start, piece) for start, piece in pieces if piece.strip()]


def _outside_not_name_phrases(text: str, runs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The runs with the names of nobody of several words cut out of them ("This Memorial Day Jo Smith": "Jo Smith").

    A run that goes on past such a phrase with an organisation's word is an organisation's name, kept whole
    ("UNESCO World Heritage Committee"); what is left of a run is a run only if it opens with a capital.
    """
    kept: list[tuple[int, str]] = []
    for begin, raw in runs:
        end = begin + len(raw)
        phrases = [(p.start(), p.end()) for p in _NOT_NAME_PHRASES.finditer(text, max(0, begin - 30), end + 30)
                   if p.start() < end and begin < p.end()]
        if not phrases or phrases[-1][1] < end and any(
                w.casefold() in _ORG_WORDS for w in _WORD.findall(text[phrases[-1][1]:end])):
            kept.append((begin, raw))
            continue
        cut = begin
        for phrase_start, phrase_end in phrases + [(end, end)]:
            piece = text[cut:max(cut, min(phrase_start, end))]
            offset = cut + len(piece) - len(piece.lstrip())
            if piece.strip()[:1].isupper():
                # what is left may open with a label before a person ("Super Bowl MVP Tom Brady": "MVP", "Tom Brady");
                # one word right after the phrase is its head ("the Super Bowl MVP", "the New Year Honours"): nobody
                kept.extend(part for part in _label_and_person(text, offset, piece.strip())
                            if not (cut > begin and part[0] == offset and " " not in part[1]))
            cut = max(cut, phrase_end)
    return kept


def _firm_suffix(text: str, begin: int, end: int) -> str:
    """The lower-case words that close a family firm's name at ``end`` (« Bourrel frères »), or ""."""
    shape = _FIRM_SHAPE.match(text, end)
    if shape is not None:
        return shape.group(0)
    suffix = _FIRM_SUFFIX.match(text, end)
    if suffix is None:
        return ""
    # the kind may open the run itself at a sentence's start (« L'entreprise Sabatous et fils »)
    starts = [0] + [m.end() for m in re.finditer(r"\s+", text[begin:end])]
    return suffix.group(0) if any(_FIRM_CUE.search(text, max(0, begin - 40), begin + at) for at in starts) else ""


def _name_runs(text: str, adjectives: frozenset[str] = frozenset(),
               places: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """Capitalised runs with their offsets, cut at possessives; a run joined by "de"/"du" that is no person's name is split.

    A run goes on with the lower-case words of names in the article's language ("Secours populaire"), and with those
    that close a family firm's name (« Bourrel frères »).
    """
    runs = [(begin, raw + suffix) if (suffix := _firm_suffix(text, begin, begin + len(raw))) else (begin, raw)
            for begin, raw in _name_runs_only(text, places)]
    if not adjectives:
        return runs
    longer: list[tuple[int, str]] = []
    for begin, raw in runs:
        if longer and begin < longer[-1][0] + len(longer[-1][1]):
            continue  # the complement of the name before ("Conseil général du Var")
        end = begin + len(raw)
        # One word after an article: lower-case inside a sentence, capitalised with it at a sentence's start.
        after_article = (" " not in raw.strip() and _ARTICLE_BEFORE.search(text, max(0, begin - 8), begin) is not None
                         and not _sentence_start(text, begin)
                         or len(raw.split()) == 2 and raw.split()[0] in _ARTICLES)
        while True:
            more = re.match(r"\s+([\w'’-]+)", text[end:end + 40])
            if more and after_article and end == begin + len(raw) and _ACTION_NOUN.search(raw.rstrip()) \
                    and _ADJECTIVE_ENDING.search(more.group(1)) and more.group(1).islower() \
                    and more.group(1).casefold() not in _PRESENT_VERBS:  # "la Mutualité rappelle": its verb
                end += more.end()  # "la Prévention routière": a noun of action is no place; its adjective names it
                continue
            if more and (after_article or _ELIDED_ARTICLE_NAME.fullmatch(raw.strip())) and end == begin + len(raw) \
                    and _place_adjective(more.group(1)):
                end += more.end()  # "L'Élan sorbiérois", "le Stade rennais": a place's adjective closes the name
                continue
            if not more or more.group(1).casefold().replace("’", "'") not in adjectives:
                break
            end += more.end()
        if end > begin + len(raw):
            # "Santé publique France", "Crédit agricole Centre-Est": a name written after the adjective closes it
            after = re.match(r"\s+(?=[A-ZÀ-ÖØ-Ý])", text[end:end + 2])
            name = _NAME_RUN.match(text, end + after.end()) if after else None
            if name and not looks_like_person(name.group(0)) and not _sentence_start(text, name.start()):
                end = name.end()
        head = _clean_name(raw).split()
        if head and (end > begin + len(raw) and len(head) == 1  # "Direction générale de l'alimentation"
                     or head[-1].casefold() in _ORG_WORDS and not _sentence_start(text, begin + raw.find(head[0]))):
            # "la Haute Autorité de santé", "la Cour des comptes"; "le Secours populaire" and its town stay two.
            end = _with_complements(text, end, adjectives, places=head[-1].casefold() in _ORG_WORDS)
        elif len(head) == 1 and end == begin + len(raw) and after_article and not head[0].isupper() \
                and not _inner_capital(head[0]):  # "la CGT de l'hôpital": an acronym is a whole name
            # "le Cercle des nageurs", "les Restos du cœur": one capitalised word after an article, then a
            # lower-case complement, is an organisation French writes with its first word alone capitalised.
            end = _with_complements(text, end, adjectives, places=False)
        longer.append((begin, text[begin:end]))
    return longer


_ELIDED_ARTICLE_NAME = re.compile(r"[LlDd]['’][A-ZÀ-ÖØ-Ý][\w-]*")  # "L'Élan", "d'Élan": one word after its article


def _place_adjective(word: str) -> bool:
    """Whether a lower-case word is an adjective made of a place's name ("rennais", "sorbiérois", "lyonnaises"), which
    French writes lower-case inside a name (issue 9); not an adverb of the same ending ("jamais", "parfois")."""
    bare = word.removesuffix("s") if word.endswith(("aises", "oises")) else word
    return (word.islower() and len(bare) > 5 and _DEMONYM.search(bare) is not None
            and not bare.endswith(("mais", "fois")) and not _common_word(bare))


def _with_complements(text: str, end: int, adjectives: frozenset[str], places: bool) -> int:
    """Where an organisation's name ends that goes on after its adjective with complements, four at most: a place
    ("Conseil général du Var"), or lower-case words ("Direction générale de l'alimentation", "Agence nationale de
    sécurité du médicament"), a place only after an organisation's word (``places``), never a person ("le Rassemblement national de Jordan Bardella"), a time ("des années
    1980", "de mardi") or a small word (issue 9)."""
    for _ in range(4):
        link = _COMPLEMENT.match(text, end)
        # "de l'Office de la biodiversité et de chasseurs": the list's next item; after a complement without its
        # article, a plural is its pair in the name (review of session 42: "Service départemental d'incendie" lost
        # "et de secours du Var", "Bureau d'enquêtes et d'analyses" its end)
        if not link or _LISTED_COMPLEMENT.match(text, end) \
                and not _BARE_COMPLEMENT_END.search(text, max(0, end - 40), end):
            break
        name = _NAME_RUN.match(text, link.end())
        if name:
            # "du Val de Brévanne": a person is written after "de", never after "du" or "des"; "de la Ligue
            # régionale …" is another organisation, not the first's place.
            person = looks_like_person(name.group(0)) and re.search(r"(?<!\w)d(?:e|['’])\s*$", link.group(0))
            if not places or person or name.group(0).split()[0].casefold() in _ORG_WORDS or re.match(r"\s*\d", text[name.end():name.end() + 3]):
                break
            return name.end()
        noun = re.match(r"([a-zà-öø-ÿ][\w-]{2,})(\s+[a-zà-öø-ÿ][\w-]+)?", text[link.end():link.end() + 60])
        if not noun or _common_word(noun.group(1)) or re.match(r"\s*\d", text[link.end() + noun.end(1):][:3]) \
                or _INFINITIVE_OBJECT.match(text, link.end()):
            break
        adjective = noun.group(2) and noun.group(2).strip()
        # "l'Agence régionale de santé signale", "… explique", "… rappelle": a verb of saying has an adjective's
        # ending; after the complement it is the name's verb, no word of the name (issue 9).
        end = link.end() + (noun.end(2) if adjective and adjective.casefold() not in _PRESENT_VERBS
                            and (adjective in adjectives or _ADJECTIVE_ENDING.search(adjective)) else noun.end(1))
        region = re.match(r"\s+(?=[A-ZÀ-ÖØ-Ý])", text[end:end + 2])
        name = _NAME_RUN.match(text, end + region.end()) if region else None
        if name and not looks_like_person(name.group(0)):
            return name.end()  # "l'Agence régionale de santé Bourgogne-Val-de-Saône": the region closes the name
    return end


def _common_word(word: str) -> bool:
    """Whether a lower-case word is a small word, a number or a time, which no name's complement is."""
    folded = word.casefold()
    return folded in _COMMON_CAPITALS or folded in _FUNCTION_WORDS or folded in _NUMBER_WORDS or folded in _TIME_UNITS


def _name_runs_only(text: str, places: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """Capitalised runs with their offsets, cut at possessives; a run joined by "de"/"du" that is no person's name is split."""
    runs: list[tuple[int, str]] = []
    for begin, raw in (cut for joined in _joined(text, [piece for match in _NAME_RUN.finditer(text)
                                                         for piece in _possessives(match, places)])
                       for cut in _word_particle_cut(*joined)):
        # "Banque de France", "Conseil de Paris": an organisation's word, then "de" and its place, is one name.
        if (_HAS_LINK.search(raw) and not looks_like_person(_clean_name(raw))
                and not _organisation(text, begin, raw) and not _elided_complement(raw)):
            for part in _PART_BETWEEN_LINKS.finditer(raw):
                if part.group(0) not in _LINKS:
                    runs.append((begin + part.start(), part.group(0)))
        else:
            runs.extend(cut for piece in _label_and_person(text, begin, raw) for cut in _two_people(text, *piece))
    return runs


def _two_people(text: str, begin: int, raw: str) -> list[tuple[int, str]]:
    """A run cut at a particle between two people's full names: "l'écart qui séparait Lise Gallien de Gérald
    Thibodeau" names two (issue 9: each was "part of a longer name"). A particle's name is one person's: "Charles de
    Gaulle", "Jean de La Fontaine" keep one word, or an article, after it; so is a long one ("Ana Paula de Oliveira
    Santos", review of session 42) unless the text names the second person on their own too."""
    words = raw.split()
    for at, word in enumerate(words[2:-2], start=2):
        after = words[at + 1:]
        if word in _PARTICLES and after[0] not in _ARTICLES and after[0].casefold() not in _PARTICLES \
                and looks_like_person(" ".join(words[:at])) and looks_like_person(" ".join(after)) \
                and _named_apart(text, " ".join(after), _PARTICLES):
            second = raw.index(after[0], len(" ".join(words[:at + 1])))
            return [(begin, raw[:raw.rfind(word, 0, second)].rstrip())] + _two_people(text, begin + second, raw[second:])
    return [(begin, raw)]


def _named_apart(text: str, person: str, glued: Collection[str]) -> bool:
    """Whether the text writes a person's surname alone, or their full name after a word not in ``glued``."""
    # "Gérald Thibodeau a voté" besides "Lise Gallien de Gérald Thibodeau", after a particle: a name of their own, not
    # the end of a longer one
    return _surname_alone(text, person) or any(_word_before(text, m.start()) not in glued
                                               for m in _written_at(text, person))


def _elided_complement(raw: str) -> bool:
    """Whether every link of a run comes before an elided article glued to a name, after words that are no person's
    name: "Réseau Électrique de l'Ouest" is one name as "Beaux-Arts d'Ardon" is (issue 9: cut, "Réseau Électrique"
    and "Ouest" were two actors, "part of a longer name"), "Marc Lévy de l'Inserm" is a person and his institute.

    Only the languages' elisions ("l'", "d'") count: "O'Hara Construction" after "Kevin Walsh of" is an Irish name,
    no elided article. Words in the plural ("Jeunes Éleveurs de l'Adour", "Laiteries Réunies de l'Orbe") name a group:
    a person's name does not agree in number.
    """
    links = list(_SPLIT_AT_LINK.finditer(raw))
    if not links or not all(_elided_name(raw[link.end():]) for link in links):
        return False
    front = _clean_name(raw[:links[0].start()]).split()
    return not looks_like_person(" ".join(front)) or all(len(w) > 3 and w.endswith(_PLURAL_ENDINGS) for w in front)


def _elided_name(text: str) -> bool:
    """Whether a text opens on an elided article glued to a capitalised word ("l'Ouest", "d'Ardon")."""
    elided = _ELISION.match(text)
    return elided is not None and text[elided.end():elided.end() + 1].isupper()


_WORD_PARTICLE = re.compile(rf"\s+(?:{'|'.join(sorted(union('WORD_PARTICLES')))})\s+")


def _word_particle_cut(begin: int, raw: str) -> list[tuple[int, str]]:
    """A run cut at a particle that is a word too, unless one first name or another particle comes right before it.

    "Erik ten Hag", "Pieter van den Berg" stay one name; "In Carrow ten Labour" is "In Carrow" and "Labour".
    """
    for link in _WORD_PARTICLE.finditer(raw):
        before = raw[:link.start()].split()
        if len(before) != 1 and before[-1].casefold() not in _PARTICLES:
            return [(begin, raw[:link.start()])] + _word_particle_cut(begin + link.end(), raw[link.end():])
    return [(begin, raw)]


# A comma and a determiner after a name: an apposition describing it follows (", la présidente du club"); its head.
_APPOSITION_AFTER = re.compile(rf",\s*(?:{alternation('DETERMINERS')})(?:\s+|(?<=['’]))([^\W\d_][\w'’-]*)",
                               re.IGNORECASE)


def _org_noun_before(text: str, start: int, run: str, name: str) -> bool:
    """Whether an organisation's kind is written right before a name in a run at ``start`` ("the retailer Kestow
    Foods"); not a job's title glued capitalised to a person's name in the run itself ("Broadcaster Nell Arden":
    a broadcaster is a person as well as a firm, issue 9)."""
    found = _ORG_NOUN_BEFORE.search(text, max(0, start - 30), start + max(0, run.find(name.split()[0])))
    return found is not None and not (found.start() >= start and found.group(0).split()[0].casefold() in _TITLES) \
        and not _surname_titled(text, name)


def _surname_titled(text: str, name: str) -> bool:
    """Whether the text writes a full name's last word after a courtesy title ("Mr Scurr" after "Van operator Terry
    Scurr"): a person, whatever noun of a firm's stood before the name (review of session 44)."""
    words = name.split()
    titled = rf"{_PERSON_TITLES.pattern}{re.escape(words[-1])}(?![\w'’-])"
    return len(words) >= 2 and re.search(titled, text) is not None


def _person_cued(text: str, name: str) -> bool:
    """Whether the text writes a name, without a legal form after it, where only a person stands: after a trade or a
    title ("Plumber Gary Hollis", « le boulanger Luc Garnier », "Mr Hollis"), before an age, a person's noun in
    apposition or a relative only people take ("Gary Hollis, 52,", "Gary Hollis, who …")."""
    if _surname_titled(text, name):
        return True
    for found in _written_at(text, name):
        after = text[found.end():found.end() + 12].split()
        if after and after[0].strip(".,;:").casefold() in _LEGAL_FORMS:
            continue  # "Gary Hollis Ltd": the firm's own name
        titled = any(m.end() == found.start()
                     for m in _PERSON_TITLES.finditer(text, max(0, found.start() - 8), found.end()))
        if titled or _word_before(text, found.start()) in _PERSON_NOUN_SET | _TITLES \
                or _AGE_AFTER.match(text, found.end()) or _PERSON_AFTER.match(text, found.end()) \
                or _PERSON_RELATIVE_AFTER.match(text, found.end()):
            return True
    return False


def _label_and_person(text: str, begin: int, raw: str) -> list[tuple[int, str]]:
    """A run cut before a person's name that a party's acronym, a nationality or a minister's portfolio opens: "le
    député UDF Paul Vernet" names the UDF and Paul Vernet, "le Britannique Tom Rudd" Tom Rudd, "le ministre de
    l'Intérieur Paul Vernet" Paul Vernet (issue 9); "L'Aveyronnais Lucas Buadès", "le Lyonnais Marc Petit" Lucas
    Buadès and Marc Petit: a region's people is a nation's."""
    words = raw.split()
    if words[0] in _ARTICLES and len(words) >= 4:  # "Le Lyonnais Marc Petit" at a sentence's start
        at = raw.find(words[1])
        cut = _label_and_person(text, begin + at, raw[at:])
        return [(begin, raw[:at].rstrip())] + cut if cut != [(begin + at, raw[at:])] else [(begin, raw)]
    if len(words) < 3:
        return [(begin, raw)]
    apposition = _APPOSITION_AFTER.match(text, begin + len(raw))
    if _MEDIUM_BEFORE.search(text, max(0, begin - 40), begin) and apposition \
            and (apposition.group(1).casefold() in _TITLES or apposition.group(1).casefold() in _PERSON_NOUN_SET):
        # "a expliqué au micro de Radio Haute-Lisère Clémence Aubagne, la présidente du club": the speaker named
        # right after the radio, before her apposition; one run, the radio and she were one actor (issue 9). Her
        # name is the last two words; a radio's of one word is an acronym ("RCF"), else "France Bleu Occitanie, le
        # …" would lose "Bleu Occitanie" to a person. Only when the apposition describes a person by a title or a
        # person's noun: "France Bleu Pays Basque, la radio locale," describes the radio, whole (finding 7, s. 35).
        person = raw[raw.rfind(" ", 0, raw.rfind(" ")) + 1:]
        medium = raw[:len(raw) - len(person)].rstrip()
        if looks_like_person(person) and (" " in medium or medium.isupper()):
            return [(begin, medium), (begin + len(raw) - len(person), person)]
    titled = _titled_head_and_person(text, begin, raw)
    if titled:
        return titled
    first = words[0]
    bare = _strip_elision(first)
    # "L'Aveyronnais Lucas Buadès": a region's people, as a nation's, is a label before the person. A country's
    # acronym is none: "US Coast Guard", "UK Border Force" are a state's bodies (cut, "Coast Guard" was a person),
    # and news writes no bare name after it ("US President Joe Biden" loses its title when the name is cleaned).
    rest = raw[len(first):].lstrip()
    label = (first.isupper() and len(first) > 1 and first.isalpha() and first.casefold() not in _COUNTRIES) \
        or is_nationality(bare.casefold()) and (bare != first or _nationality_describes(
            text, _word_before(text, begin), first, rest)) \
        or _PORTFOLIO_BEFORE.search(text[max(0, begin - 40):begin]) is not None
    if _demonym_label(text, begin, first) and looks_like_person(rest):
        return [(begin + len(raw) - len(rest), rest)]  # "le Vosgien": a people's word, no actor of its own
    if label and looks_like_person(rest):
        return [(begin, first), (begin + len(raw) - len(rest), rest)]
    return [(begin, raw)]


def _titled_head_and_person(text: str, begin: int, raw: str) -> list[tuple[int, str]]:
    """A run cut into the body or place a title heads and its holder's name (issue 9: "a name with more words"): the
    title in it between them ("Carrow Council Leader Tom Hale" names the council and Tom Hale), or before it with its
    link ("le maire de Lyon Grégory Doucet", "la présidente de la Région Occitanie Carole Delga", "the mayor of
    Carrow Tom Hale": a body's word, or a place after a place's title); else empty. Not a body named after a person ("la directrice de l'École Jules Ferry"): a lone
    organisation's word before the name is the name's."""
    words = raw.split()
    titles = [i for i, w in enumerate(words) if w.casefold().strip(".") in _NAME_TITLES]
    if titles and titles[0] >= 2 and words[titles[0] - 1].casefold() in _ORG_WORDS:
        end = titles[0]
        while end < len(words) and words[end].casefold().strip(".") in _NAME_TITLES:
            end += 1  # "Carrow Council Chief Executive Ruth Adeyemi": a title of several words
        rest = " ".join(words[end:])
        head = " ".join(words[:titles[0]])
        if looks_like_person(rest) and _proper_head(head):
            return [(begin, head), (begin + len(raw) - len(rest), rest)]
        return []
    title = _TITLE_LINK_BEFORE.search(text, max(0, begin - 40), begin)
    if len(words) < 3 or not title:
        return []
    person = _trailing_person(words)
    head = raw[:len(raw) - len(person)].rstrip()
    if not _proper_head(head) or not looks_like_person(person) or looks_like_person(head):
        return []
    if not any(w.casefold() in _ORG_WORDS for w in head.split()) and title.group(1).casefold() not in _PLACE_TITLES:
        return []  # "la directrice adjointe de Marc Olivier Dantec": a person's three names, unless a place's title
    return [(begin, head), (begin + len(raw) - len(person), person)]


def _proper_head(head: str) -> bool:
    """Whether the words before a title's holder name a body or a place of their own: capitalised, one of them a proper
    name, no organisation's word nor adjective ("Carrow Council", "Région Occitanie", "Lyon"); not a department's common
    words ("Public Works Director Hector Villalobos"), nor a lone organisation's word a body named after a person opens
    ("l'École Jules Ferry"), nor the end of a list ("… Transport and Allied Workers")."""
    words = [w for w in head.split() if w not in _ARTICLES]
    if words and _strip_elision(words[0]).casefold() in _ORG_WORDS \
            and all(_HEAD_ADJECTIVE_ENDING.search(w.casefold()) for w in words[1:]):
        return False  # "l'École Élémentaire Jules Ferry", "le Centre Hospitalier Jacques Cœur": French capitalises them
    return bool(words) and all(w[:1].isupper() for w in words) \
        and any(w.casefold() not in _ORG_OR_CATEGORY and not _NAME_ADJECTIVE_ENDING.search(w) for w in words)


def _demonym_label(text: str, begin: int, first: str) -> bool:
    """Whether a run's first word is a people's word by its ending, written after an article: "the Chilean Ana
    Ruiz", "L'Aveyronnais Lucas Buadès", "le Vosgien Pierre Ehrlen"; without one, first names end so ("Jean Paul
    Martin" was Paul Martin, "Julien Morvan", "François Xavier Roux")."""
    bare = _strip_elision(first)
    if _LABEL_DEMONYM.search(bare) is None or _inner_capital(bare):
        return False
    return bare != first or _LABEL_ARTICLE.search(text, max(0, begin - 12), begin) is not None


def _organisation(text: str, begin: int, raw: str) -> bool:
    """Whether a run joined by "of"/"de"/"du" is one organisation's name ("Bank of Eldmoor", "Gazette du Plateau").

    It is when its first part opens or ends on an organisation's word, or is one capitalised word inside a
    sentence that names nobody alone; not when a person follows ("Tim Cook of Apple", "l'OpenAI de Sam Altman")
    or a sentence starts with it ("Shares of Halvorsen").
    """
    words = _clean_name(raw).split()
    if not words:
        return False
    if words[0].casefold() in _ORG_WORDS or _names_described_organisation(text, begin):
        return True
    parts = _SPLIT_AT_LINK.split(" ".join(words), maxsplit=1)
    if len(parts) < 2:
        return False
    head_words, rest = parts[0].split(), parts[1]
    if head_words and head_words[-1].casefold() in _ORG_WORDS:
        return True
    if len(head_words) == 1 and head_words[0].casefold() in _SEAT_ACRONYMS and not looks_like_person(rest):
        return True  # "le CHU de Montolieu-le-Grand": a public body's acronym and its seat
    link = _SPLIT_AT_LINK.search(" ".join(words))
    if len(head_words) == 1 and link and _group_head(head_words[0], link.group(0)) \
            and _group_written(text, begin, raw.split()[0] in _ARTICLES, link.group(0), rest):
        return True  # "Parents for Safer Streets", "Friends of Ashby Park": a group's name
    if _HAS_WORD_LINK.search(" ".join(words)):
        return False  # "Apple for Google": "for" joins only after an organisation's word
    # At a sentence's start any word is capitalised ("Shares of Halvorsen"), unless an article opens the name
    # ("The Friends of Brackley Libraries").
    opened = raw.split()[0] in _ARTICLES and raw.split()[1:2] == head_words[:1]
    of_link = any(w in _ORG_ONLY_LINKS for w in words)  # "Friends of Brackley Libraries": no person after "of"
    if (len(head_words) != 1 or (looks_like_person(rest) and not of_link)
            or (_sentence_start(text, begin) and not opened)
            or _sentence_start(text, begin + raw.find(head_words[0]))):
        return False
    word = head_words[0]
    folded = word.casefold()
    if word.startswith(_SAINT_PREFIXES):
        return False  # "l'église Saint-Roch de Valbrune": the church named after its saint, then its town
    return not (folded in _COMMON_CAPITALS or folded in _TITLES or _inner_capital(word) or word.isupper()
                or is_nationality(folded) or _DEMONYM.search(word))  # "les Allemands de Volkner"


def _group_head(word: str, link: str) -> bool:
    """Whether a capitalised word and the link after it open a campaign group's name: people named by their plural
    before "for"/"against"/"contre" ("Parents for Safer Streets", "Riverains contre …"), or "Friends"/"Amis" before
    "of"/"du" ("Friends of the Marsh"). Cut there, the group's cause became an actor, a person even ("Safer Streets");
    "Residents of Carrow" (people of a place) and "Plans for Carrow Park" (no people) stay apart (issue 9)."""
    folded, link = word.casefold(), link.strip().casefold()
    if link in _GROUP_LINKS:
        return len(folded) > 3 and folded[-1] in "sx" \
            and (folded in _PERSON_NOUN_SET or folded[:-1] in _PERSON_NOUN_SET)
    return folded in _GROUP_OF_HEADS


def _group_written(text: str, begin: int, opened: bool, link: str, rest: str) -> bool:
    """Whether a plural, its link and what follows are written as a group's name, not only capitalised by the
    sentence they open: "Drivers for Arriva walked out", "Volunteers for the Red Cross", "Friends of Tom Reed said"
    are people of an employer or a person, who is named by themselves (issue 9; the reviewer's finding 3 of session
    35). Inside a sentence, or after an article ("The Friends of …", "Les Riverains contre …"), the capital names the
    group. At a sentence's start the link must say a cause: "against"/"contre", which joins no employer as
    "for"/"pour" does ("Department for Education": ORG_WORD_LINKS), or "of" then an article, which no person's name
    takes ("Friends of the Heath")."""
    if opened or not _sentence_start(text, begin):
        return True
    link = link.strip().casefold()
    if link in _GROUP_LINKS:
        return link not in _WORD_LINKS
    return _ARTICLE_OPENS.match(rest) is not None


def _names_described_organisation(text: str, begin: int) -> bool:
    """Whether a run stands in apposition to an organisation's description: "L'association des commerçants, Lézat
    Cœur de Ville, estime …" (issue 9): the whole run is its name, "de" included."""
    before = re.search(r"(?:^|[.;:!?]\s|,\s)([^,.;:!?]{3,60}),\s*$", text[max(0, begin - 80):begin])
    if before is None:
        return False
    words = [_strip_elision(w).casefold() for w in before.group(1).split()]
    while words and words[0] in _COMMON_CAPITALS:
        words.pop(0)  # "L'association", "the residents' association"
    return bool(words) and words[0] in _ORG_WORDS


def _thing(text: str, start: int, raw: str) -> bool:
    """Whether a run is (part of) a law's or a text's name: its whole capitalised phrase ends on "Act", "Bill"…, or
    the one "and" joins to it does ("the Public Libraries and Museums Act")."""
    phrase = _NAME_RUN.match(text, max(0, text.rfind(" ", 0, max(0, start - 1)) + 1))
    words = [raw.split()[-1]] + ([phrase.group(0).split()[-1]] if phrase and phrase.end() >= start + len(raw) else [])
    joined = _NAMED_JOINED.match(text, start + len(raw))  # "the Public Libraries (and Museums Act) 1964"
    more = _NAME_RUN.match(text, joined.end()) if joined else None
    words += [more.group(0).split()[-1]] if more else []
    if words[0].casefold() in _SUBJECTS and not any(w.casefold() in _ORG_WORDS for w in raw.split()):
        return True  # "Higher Maths", "Advanced Higher Chemistry": an exam; not "London School of Economics"
    clean = _clean_name(raw)
    at = start + max(0, raw.find(clean))
    if more is None and len(set(words)) == 1 and looks_like_person(clean) \
            and not _DETERMINER_BEFORE.search(text, max(0, at - 12), at) and not _LINKED_BEFORE.search(text, max(0, at - 12), at):
        # "Paula Grant", "Tom Bill": a person's name, which no article opens ("the Green Homes Grant") and no link
        # joins to a name before ("Proceeds of Crime Act", "Libraries and Museums Act")
        return False
    return any(w.casefold() in _THING_WORDS for w in words)


# The lower-case word right after a capitalised run: the noun a count opening the run counts, unless it is a verb.
_COUNTED_NOUN = re.compile(rf"\s+(?!(?:{_FUNCTION_WORD_ALT})\b)([a-zà-öø-ÿ][\w'’-]*)")


def _product_before(before: str, text: str, name: str) -> bool:
    """Whether the words right before a name make it a product's or an event's ("des bus Citaro", "le festival Les Nuits
    de …"): not when their last word is a title, which makes the name a person's ("Festival director Joachim Le Hénaff
    said": issue 9, the director was no actor and his words no claim).

    Nor when a title heads the product's word ("Le directeur du festival Paul Mercier a déclaré", the French order of
    the same role) and the text writes the name's last word alone ("M. Mercier"), as it does a person's: without that,
    "le directeur du festival Jazz Vibes" names the festival, and a wrong speaker is worse than a wordy one."""
    found = _PRODUCT_BEFORE.search(before)
    if found is None or before.split()[-1].casefold() in _TITLES:
        return False
    return _TITLE_OF_BEFORE.search(before, 0, found.start()) is None or not _surname_alone(text, name)


def _opening_common_word_dropped(name: str, text: str, start: int, raw: str, before_names: frozenset[str]) -> str:
    """A person's name without the role that opens its sentence: "Prosecutor Hélène Daubrac opened an inquiry" names
    Hélène Daubrac when the language data lists the word as a title, or the article writes it in lower case right
    before a name ("the prosecutor Ann Lee").

    A sentence capitalises its first word whatever it is. Any lower-case use elsewhere is no sign of a role: first
    names are common words too ("Rose Ellen Carter" beside "prices rose", "Pierre Marie Dutilleul" beside "mur de
    pierre"); the rest must still read as a person's full name."""
    words = name.split()
    lower = words[0].casefold() if words else ""
    counted = _COUNTED_NOUN.match(text, start + len(raw)) if len(words) >= 2 and lower in _NUMBER_WORDS else None
    if counted and not _counts_its_next_word(words) \
            and not any(re.fullmatch(data.VERB_FORMS, counted.group(1)) for data in every_language()):
        # "Eight Guinea baboons", "Twelve Labour councillors": a count before the noun it counts, which the name
        # only qualifies; the count is nobody's first word ("Four Seasons said": a verb follows, the name stays).
        return " ".join(words[1:])
    if len(words) < 3 or not words[0][:1].isupper() \
            or not (lower in _TITLES or lower in before_names or _trade(lower)) \
            or not _sentence_start(text, start + max(0, raw.find(words[0]))):
        return name
    rest = " ".join(words[1:])
    return rest if looks_like_person(rest) else name


def _trade(folded: str) -> bool:
    """Whether a lower-cased word names a person by what they are or do ("pensioner", "volunteer", "fisherman",
    "businesswoman"): opening a sentence before a full name, it is no first name ("Fisherman Tom Pardoe, 58, said";
    kept, the trade made the name and every later "Pardoe" wrong: issue 9)."""
    return folded in _PERSON_NOUN_SET \
        or any(folded.endswith(e) and len(folded) - len(e) >= 4 for e in _PERSON_NOUN_ENDINGS)


def _counts_its_next_word(words: list[str]) -> bool:
    """Whether a name's opening count counts the plural right after it, inside the name ("Twelve Apostles Hotel
    workers", "Four Seasons Hotel staff": the count is the name's own), not the lower-case noun after the whole name
    ("Eight Guinea baboons"). A run of the count and one plural ("Three Hastings nurses") says neither: the noun
    after it is taken as the one counted, as a place's name may end on "s"."""
    nxt = words[1].casefold() if len(words) >= 3 else ""
    return nxt.endswith(_PLURAL_ENDINGS) and not nxt.endswith(_SINGULAR_ENDINGS) and nxt not in _FUNCTION_WORDS


def _sentence_start(text: str, offset: int) -> bool:
    """Whether a word opens a sentence (or a quotation, or a heading line): there any word is capitalised."""
    before = text[:offset].rstrip(" \t*_«“\"‘(")
    if before.endswith(".") and abbreviation(before, len(before) - 1):
        # The segmenter's own test: "J. Pollard", "Mr. Brennock", "U.S. Steel", "Dr. Morel": an initial's or an
        # abbreviation's full stop ends no sentence, so the word after it is read as any word inside one.
        return False
    # A dash too: a live blog's "9 h 30 — Rappel des faits", a list's "– Tickets" (issue 9).
    # A list's item ("- Conserver les factures", "• Demander …"): a bullet at a line's start opens it.
    return not before or before[-1] in ".!?:…»”\"\n" or before[-1] in "—–" and text[offset - 1:offset].isspace() \
        or re.search(r"(?:^|[\n.!?:…»”])\s*[-•]$", before) is not None and text[offset - 1:offset].isspace()


def _with_article(text: str, start: int, raw: str, name: str) -> str:
    """The name with the capitalised article written right before it inside a sentence ("Le Veilleur"), else the name.

    At a sentence's start every article is capitalised ("La France a …"): there the article is taken only for a
    newspaper's name, whose article is part of it ("Le Monde a révélé", "The Elmford Gazette reported": issue 9).
    """
    at = raw.find(name) if name else -1
    if at <= 0:
        return name
    for article in _ARTICLES:
        glued = article.endswith(("'", "’"))
        written = article if glued else article + " "
        if raw[:at].endswith(written) and (at == len(written) or raw[at - len(written) - 1] == " ") \
                and (not _sentence_start(text, start + at - len(written))
                     or any(w.casefold() in _NEWS_WORDS for w in name.split())):
            return written + name
    return name


def _route(text: str, start: int, end: int, name: str) -> bool:
    """Whether a hyphenated pair of names is a line or a route: "the Carrow-Dunmore line", "la ligne Lorsac-Mirval"."""
    if not re.search(r"\w[-–][A-ZÀ-ÖØ-Ý]", name):
        return False
    if len(name.split()) == 2 and name.split()[0].casefold() in _ROUTE_BEFORE:
        return True  # "le TGV Paris-Lyon"
    after = re.match(r"\s+([\w-]+)", text[end:end + 30])
    before = re.search(r"([\w-]+)\s+$", text[max(0, start - 30):start])
    return bool(after and after.group(1).casefold() in _ROUTE_AFTER
                or before and before.group(1).casefold() in _ROUTE_BEFORE)


# "the council's Transport (and Environment Committee)": one word after an article or a possessive opens a name.
_OWNED_BEFORE = re.compile(rf"(?i)(?:(?<![\w'’])(?:{alternation('DETERMINERS')})|\w['’]s)\s+$")
_MATTERS_LISTED = re.compile(rf"(?:\s*,\s*[A-ZÀ-Ý][\w-]*)+\s*,?\s+(?:{'|'.join(map(re.escape, union('NAME_JOINERS')))})"
                             rf"\s+[A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*)?")
# One matter after "and", of one or two capitalised words, which nothing capitalised goes on ("… and Pensions",
# "… and Net Zero"); see _joined.
_MATTER_JOINED = re.compile(rf"\s+(?:{'|'.join(map(re.escape, union('NAME_JOINERS')))})"
                            rf"\s+([A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*)?)(?![\w'’-]|\s+[A-ZÀ-Ý])")


# Between a group's plural and its cause: its link (or none, when the run ended on it capitalised), then an article.
_GROUP_BETWEEN = re.compile(
    r"\s+(?:(" + "|".join(sorted(map(re.escape, _GROUP_LINKS | _GROUP_OF_LINKS))) + r")\s+)?(?:(?:"
    + "|".join(sorted(re.escape(a.casefold()) for a in _ARTICLES if not a.endswith(("'", "’"))))
    + r")\s+|[lL]['’])?", re.IGNORECASE)
# "et d'", "and of": a second complement of the name before ("Chambre de Commerce et d'Industrie de Lyon"); see _joined.
_JOINER_AND_LINK = re.compile(_JOINER_INSIDE.pattern + rf"(?:(?:{_LINK})\s+|(?:{_GLUED_LINK})['’])")
_PLACE_TITLES = union("PLACE_TITLES")  # "le maire de Lyon Grégory Doucet": see _titled_head_and_person
# A title and its link right before a run: the run opens on what the title heads ("le maire de", "the mayor of the");
# see _titled_head_and_person.
_TITLE_LINK_BEFORE = re.compile(
    rf"(?<![\w'’-])({literal_alternation(w.casefold() for w in _TITLES)})\s+(?:(?:{_FIELD_LINK_WORDS})\s+"
    rf"(?:(?:{literal_alternation(a for a in _FOLDED_ARTICLES if a[-1:] not in _APOSTROPHES)})\s+|[lL]['’])?|[dD]['’])$",
    re.IGNORECASE)
_ORG_ARTICLE_LINK = re.compile(r"\s+(" + "|".join(sorted(map(re.escape, union("ORG_LINKS") | _WORD_LINKS))) + r")\s+(?:"
                               + "|".join(sorted(re.escape(a.casefold()) for a in _ARTICLES if not a.endswith(("'", "’"))))
                               + r")\s+")


def _joined(text: str, pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Runs joined by "and"/"et" into one name when the second ends on an organisation's word and the first has none.

    "Northern Rail and Air Users' Association" is one association; "Apple and Google" stay two. An ampersand
    always joins: prose writes "and" between two actors, a firm's name "&" ("Aldous & Finch", "Brumes & Cie").
    Matters listed after an organisation's word and "for" are its name: "Department for Culture, Media and Sport".
    One word opens such a name after an article or a possessive: "the council's Transport and Environment Committee".
    """
    out: list[tuple[int, str]] = []
    listed_until = -1
    for begin, raw in pieces:
        if out and begin < listed_until:
            last_begin, _ = out[-1]
            out[-1] = (last_begin, text[last_begin:begin + len(raw)])  # "Department for Culture, Media and Sport"
            continue
        if out:
            last_begin, last = out[-1]
            between = text[last_begin + len(last):begin]
            words = last.split()
            group = _GROUP_BETWEEN.fullmatch(between)
            head = words[1:] if words[0] in _ARTICLES else words
            if group and (len(head) == 1 and group.group(1) and _group_head(head[0], group.group(1))
                          and _group_written(text, last_begin, words[0] in _ARTICLES, group.group(1),
                                             between[group.end(1):].lstrip())
                          or len(head) == 2 and not group.group(1) and head[1].casefold() in _GROUP_LINKS
                          and _group_head(head[0], head[1])):
                # "Residents Against the Incinerator", "Parents against Cuts", "Friends of the Marsh": one group's
                # name, its link lower-case or capitalised, an article after it or none.
                out[-1] = (last_begin, text[last_begin:begin + len(raw)])
                continue
            article_link = _ORG_ARTICLE_LINK.fullmatch(between)
            if article_link and words[-1].casefold() in _ORG_WORDS \
                    and (article_link.group(1) not in _WORD_LINKS or _field_piece(text, raw.split(), len(head) == 1)):
                # "the University of the Isles", "Bank of the North": an organisation's word, its link and an article
                # join the name after them ("Player of the Year", "Members of the …" stay apart: no such word).
                # "for the" mostly brings in whom or what money goes to ("Carrow Council for the Harbour Trust",
                # "… for the FA Cup tie"): only a field joins after it ("Society for the Protection of Rural Wales").
                out[-1] = (last_begin, text[last_begin:begin + len(raw)])
                continue
            if _JOINER_AND_LINK.fullmatch(between) and _org_complemented(words) and _field_piece(text, raw.split()):
                # "la Chambre de Commerce et d'Industrie de Lyon": "et" and a link after an organisation's word and
                # its complement add a second complement to that name (issue 9: the name was cut at "et"); French
                # writes « X de Y et de Z » with two bodies too: « … et de Vinci », « … et de la FNSEA », « … et de
                # M. Dupont », "the Bank of England and of HSBC" are another actor.
                out[-1] = (last_begin, text[last_begin:begin + len(raw)])
                continue
            if between.strip() == "&" or _NAME_JOINER.fullmatch(between + " ") and (
                    raw.casefold() in _FIRM_PARTNERS  # "Harcourt and Sons", « Sabatous et Fils »: one firm
                    or raw.split()[-1].casefold() in _ORG_WORDS
                    and (len(words) >= 2 or _OWNED_BEFORE.search(text, max(0, last_begin - 20), last_begin))
                    and (not any(w.casefold() in _ORG_WORDS for w in words) or _open_complement(words))
                    or _plural_pair(words, raw.split())
                    or len(words) == 1 and len(raw.split()) >= 2 and raw.split()[1].casefold() in _AREA_SERVICES):
                # "Avon and Somerset Police": a place's word, "and", a place and a service's word is one service.
                out[-1] = (last_begin, text[last_begin:begin + len(raw)])
                continue
        out.append((begin, raw))
        words = raw.split()
        if len(words) >= 3 and words[-3].casefold() in _ORG_WORDS and words[-2] in _WORD_LINKS | _ORG_ONLY_LINKS:
            # An organisation's word, "for", then matters listed with commas and "and": all are its name.
            listed = _MATTERS_LISTED.match(text, begin + len(raw))
            listed_until = listed.end() if listed else -1
        if listed_until < begin and (_two_matters(words) or _one_matter(words)):  # none listed from this piece
            # "the Department for Work and Pensions", "the Department for Health and Care": after "for", two
            # matters joined by "and" without a comma are its name too; not a person or another organisation after
            # "and" ("the Department for Education and Jo Rees", "… and Carrow Council").
            matter = _MATTER_JOINED.match(text, begin + len(raw))
            if matter and (_remit(matter) and _two_matters(words) or _two_remits(words[-1], matter)
                           or _matter_only_here(text, words[-1], matter)):
                listed_until = matter.end()
    return out


def _field_piece(text: str, words: list[str], lone_head: bool = False) -> bool:
    """Whether capitalised words after a link are a field an organisation's name goes on with ("Protection of Rural
    Wales", "Industrie de Lyon", "Quarrying"), not a body, an event, a place or a person of their own ("Harbour Trust",
    "FA Cup", "Carrow West", "Vinci", "M. Dupont"): no organisation's, facility's or event's word, no acronym, no
    country, no title, no person; and a field by its first word's remit, ending or lower case elsewhere, by a link
    of its own ("Study of Democracy", « Pêche de l'Aude »), or after a lone organisation's word ("The Trust for the
    Blind", "The Institute for the Future": "The Trust" names nobody alone)."""
    bare = [_strip_elision(w) for w in words]
    if any(w.casefold().strip(".") in _FIELD_REFUSED or w[1:] != w[1:].lower() for w in bare if w[:1].isupper()):
        return False
    first = words[0].casefold()
    if first in _REMIT_WORDS or first.endswith(_MATTER_ENDINGS):
        return True
    return first not in _COUNTRIES and not looks_like_person(" ".join(words)) and (
        lone_head or any(w in _LINKS for w in words[1:-1]) or _written_lower(text, words[0]))


def _written_lower(text: str, word: str) -> bool:
    """Whether the text writes a capitalised word in lower case too, as a common word ("… and Timekeeping")."""
    return re.search(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w'’-])", text) is not None


def _org_complemented(words: list[str]) -> bool:
    """Whether a run holds an organisation's word followed by a link and a complement ("Chambre de Commerce", "the
    Institute of Mining"), so that a second complement may follow it."""
    return any(words[i].casefold() in _ORG_WORDS and words[i + 1] in _LINKS for i in range(len(words) - 2))


def _remit(matter: re.Match[str]) -> bool:
    """Whether the words after "and" are a department's second remit ("… for Work and Pensions", "… and Net Zero"),
    not another actor ("the Department for Education and Ofsted", "… and Universities UK", "… and Jo Rees")."""
    words = matter.group(1).split()
    if words[0].casefold() not in _REMIT_WORDS or any(w.casefold() in _ORG_WORDS | _COUNTRIES for w in words):
        return False
    # an acronym or a camel-cased name ("NHS", "UK", "PensionBee") is a body's, no remit
    return all(w[1:] == w[1:].lower() for w in words)


def _two_remits(first: str, matter: re.Match[str]) -> bool:
    """Whether "and" joins two fields that are both remit words, one word each: "the Museum of Science and Industry",
    "University of Science and Technology" (a field may be an organisation's word too: "Technology"); not "the Bank
    of England and Barclays"."""
    words = [first, *matter.group(1).split()]
    return len(words) == 2 and all(w.casefold() in _REMIT_WORDS and w[1:] == w[1:].lower() for w in words)


def _one_matter(words: list[str]) -> bool:
    """Whether a run ends on an organisation's word, "of" and one word ("Museum of Clocks"), which a second matter
    after "and" may go on ("… and Timekeeping"); see _matter_only_here."""
    return len(words) >= 3 and words[-3].casefold() in _ORG_WORDS and words[-2] in _ORG_ONLY_LINKS


def _matter_only_here(text: str, first: str, matter: re.Match[str]) -> bool:
    """Whether the words after "and" are common words capitalised, which the article writes nowhere else: the
    organisation's second matter ("Museum of Clocks and Timekeeping", "Office for Workplace Standards and Fair
    Employment"), not an actor of its own that the article names again ("… and Ofsted", "… and Jo Rees", "Rees
    said"), nor a country, an organisation or an acronym (issue 9: "part of a longer name"). The first matter's
    last word is read so too: "the Bank of England and Barclays" are two."""
    words = [first, *matter.group(1).split()]
    if any(w.casefold() in _ORG_WORDS | _COUNTRIES or w[1:] != w[1:].lower() for w in words):
        return False
    # "… and Jo Rees", "… and Ofsted": a name, unless an adjective opens it ("Scientific Instruments") or its noun
    # is a common word, by its ending ("Timekeeping", "Fair Employment") or written in lower case too.
    if not (_NAME_ADJECTIVE_ENDING.search(words[1]) or words[-1].casefold().endswith(_MATTER_ENDINGS)
            or _written_lower(text, words[-1])):
        return False
    # Written as a name of its own: a capitalised run of its words alone ("Quarrix said"), not inside another name
    # ("the Fair Shifts Bill" leaves "Fair Employment" the office's).
    alone = {" ".join(w for w in m.group(0).split() if w not in _ARTICLES)
             for m in _NAME_RUN.finditer(text) if m.start() != matter.start(1)}
    return first not in alone and matter.group(1) not in alone


def _two_matters(words: list[str]) -> bool:
    """Whether a run ends on an organisation's word, "for" and one or two words of its remit ("Department for
    Work", "Office for Workplace Standards"), which a second remit after "and" may go on."""
    return any(words[i - 1].casefold() in _ORG_WORDS and words[i] in _WORD_LINKS
               for i in range(max(1, len(words) - 3), len(words) - 1))


def _open_complement(words: list[str]) -> bool:
    """Whether a name stops on an adjective after its organisation's word and link, so "and" goes on with it:
    "Institute for Alpine (and Polar Environmental Research)", not "University of Leeds (and Leeds City Council)"."""
    words = words[1:] if words and words[0] in _ARTICLES else words  # "The Institute for Alpine"
    return (len(words) == 3 and words[0].casefold() in _ORG_WORDS and words[1] in _ORG_ONLY_LINKS
            and _NAME_ADJECTIVE_ENDING.search(words[2]) is not None)


def _plural_pair(first: list[str], second: list[str]) -> bool:
    """Whether "and" joins two plural nouns inside one organisation's name: "Society of Motor Manufacturers and
    Traders" (an organisation's word, "of", a plural; then one plural word), not "the Bank of England and Barclays"."""
    return (len(second) == 1 and len(first) >= 3 and first[0].casefold() in _ORG_WORDS
            and any(w in _ORG_ONLY_LINKS for w in first[1:-1])
            and all(len(w) > 3 and w.endswith("s") and not w.endswith("ss") for w in (first[-1], second[0])))


def _letter_closed_thing(text: str, start: int, raw: str, name: str) -> bool:
    """Whether a lone capital closing a name after an article or a possessive makes it a thing's ("its Series B",
    "le plan B"); a capital and a period is an initial ("Karim B., 34 ans"), a name without an article a person's
    ("Malcolm X")."""
    if not re.search(r"\s[A-ZÀ-Ý]$", name):
        return False
    end = start + len(raw.rstrip())
    if text.startswith(".", end) and not re.match(r"\.\s*$", text[end:]) or raw.rstrip().endswith("."):
        return False  # an initial; a period ending the text ends a sentence too, so that one tells nothing
    begin = start + max(0, raw.find(name.split()[0]))
    return _OWNED_BEFORE.search(text, max(0, begin - 20), begin) is not None


def _ends_on_legal_form(name: str) -> bool:
    """Whether a name's last word is a company's legal form ("Tollgate Meters Ltd", "Ardent Appliances Ltd.")."""
    return name.split()[-1].strip(".").casefold() in _LEGAL_FORMS


def looks_like_person(name: str) -> bool:
    """A person's name: two or three capitalised words, none of them an organisation's or a common word."""
    words = name.split()
    # "Catherine Sarlandie de La Robertie": a particle does not count among a name's four words
    if not 2 <= len([w for w in words if w not in _PARTICLES]) <= 4 or len(words) > 5:
        return False
    capitalised = [w for w in words if w[:1].isupper()]
    if len(capitalised) < 2 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    if any(w in _ORG_ONLY_LINKS for w in words):
        return False  # "Shares of Halvorsen", "Bank of Eldmoor": "of" joins no person's names
    if words[0].startswith(_SAINT_PREFIXES):
        return False  # "Saint-Géraud de Montcabrier": a church named after a saint, and its town
    if "&" in words:
        return False  # "Harwell & Finch", "Marks & Spencer": a firm's partners, never one person's names
    if _ends_on_legal_form(name):
        return False  # "Tollgate Meters Ltd", "Ardent Appliances Ltd.": a company's legal form ends no one's name
    if any(re.search(r"['’]s$", w) for w in words[:-1]):
        return False  # "Cooper's Row", "Chaudhry's Hardware": a possessive inside a name is a place's or a shop's
    if any(w[:1].islower() and len(w) > 3 and w not in _PARTICLES and not _ELISION.match(w) for w in words):
        return False  # "Secours populaire de Lyon": a lower-case word that is no particle is in no one's name
    for position, word in enumerate(words):
        lowered = word.casefold().strip(".")
        # "Le" starts a phrase ("Le Monde") but sits inside a name ("Anne Le Goff").
        # "Laiterie Combal": a kind of place the article may write lower-case before a name is no one's first name.
        # "Journal de Roncières", "Courrier de l'Orbe": a newspaper's word opening the name is no first name, nor is
        # a number ("le Gaec des Trois Sapins").
        if lowered in _ORG_WORDS or lowered in _CATEGORY_WORDS or lowered in _COMPASS \
                or (position == 0 and lowered in _COMMON_CAPITALS | _NEWS_WORDS | _NUMBER_WORDS) \
                or is_nationality(lowered):
            return False
        if word.isupper() and len(word) > 1 and not re.fullmatch(r"[A-ZÀ-Ý]\.", word) or re.fullmatch(r"[A-Z]{2,}s", word):
            return False  # acronyms: "AFP", "UE"; their plurals: "Opposition MPs"
        if _inner_capital(word) and not (position and _SURNAME_PREFIX.match(word)):  # "OpenAI"; not "MacLeod"
            return False
    return True


def is_pronoun(text: str) -> bool:
    """A third-person singular subject pronoun, which names whoever was named last."""
    return text.strip().casefold() in _PRONOUNS


def _clean_name(raw: str) -> str:
    """A capitalised run without elided articles ("d'OpenAI") or leading capitalised common words."""
    words = _PERSON_TITLES.sub("", raw).split()
    words[:1] = [_strip_elision(w) for w in words[:1]]  # "d'OpenAI"; "Conseil d'État" keeps its "d'"
    while words and words[0][:1].islower():
        words.pop(0)  # "L’équipe Vallarie Cyclisme" at a sentence's start: the elided article's noun is no name
    while words and (_common_capital(words[0].strip(".")) or words[0].casefold() in _TITLES):
        if words[0].casefold() in _TITLES and len(words) > 1 \
                and (words[-1].casefold() in _ORG_WORDS or words[1].casefold() in _ORG_WORDS):
            # "General Motors Corporation", "the General Union of Warehouse …": a title's word that opens an
            # organisation's name is part of it
            break
        words.pop(0)
    if len(words) > 1 and words[0].casefold() in _NOT_NAMES | _TITLES and _ELISION.match(words[1]):
        words = [_strip_elision(words[1])] + words[2:]  # "le PDG d'Astrelle": the title's complement is the organisation
    if len(words) >= 3 and (is_nationality(words[0].casefold()) or re.search(r"\w-[a-z]", words[0])) \
            and looks_like_person(" ".join(words[1:])):
        words.pop(0)  # "Le Britannique Tom Rudd", "Mother-of-two Priya Desai": a description before a name
    while words and words[-1].casefold() in _WEEKDAYS:
        words.pop()  # "in Europe and Asia Monday": English writes the day right after a name
    person = _title_field(_PERSON_TITLES.sub("", raw).split())
    if person and not any(w.casefold() in _ORG_WORDS for w in words):
        # "Professor of Rural Criminology Helen Marsh", "Director of Communications Ann Lee": the title's field, its
        # capitals no name, ends before the person (issue 9: "Rural Criminology Helen Marsh" spoke)
        words = person.split()
    # "Labour MP Sarah Jones", "Chief Executive Officer Dan Brook": a title glued to a name ends before it.
    titled = [i for i, w in enumerate(words[:-2]) if w.casefold().strip(".") in _NAME_TITLES]
    if titled and looks_like_person(" ".join(words[titled[-1] + 1:])):
        words = words[titled[-1] + 1:]
    # "Tesla Model Y": a product's word ends the maker's name.
    product = next((i for i, w in enumerate(words) if i and w.casefold() in _PRODUCT_WORDS), None)
    if product is not None:
        words = words[:product]
    if len(words) > 1 and words[-1].casefold().strip(".") in _TITLES and words[0].casefold() not in _ORG_WORDS:
        words = _without_job_title(words)
    while words and words[-1].casefold() in _PARTICLES:
        words.pop()
    return " ".join(words)


def _titled_alone(text: str, start: int, run: str, name: str) -> bool:
    """Whether a one-word name of a run at ``start`` is written right after a courtesy title ("M. Roux", "Mrs. Crane",
    "Dr Vidal"): a person, whom the article calls by the surname alone. Review 47: read where persons are marked, so
    that every speaker's form, not only an apposition or a colon, takes the surname as a person's."""
    at = start + max(0, run.find(name))
    return any(m.end() == at for m in _PERSON_TITLES.finditer(text, max(0, at - 6), at + 1))


def _title_person(text: str, raw: str) -> str:
    """The person a run names after a title and its field, when the article writes the surname alone too ("Professor
    of Medicine John Carver", then "Carver said") or never writes the field's last word apart from the run ("of
    Horology" is the professor's field; "Officer of Brightwater Rolling Stock", then "Brightwater grew", names a firm
    of a person's shape); else empty."""
    words = raw.split()
    person = _title_field(words)
    if not person:
        return ""
    field, after = words[-len(person.split()) - 1], person.split()[0]
    apart = re.search(rf"(?<![\w'’-]){re.escape(field)}(?![\w'’-])(?!\s+{re.escape(after)}(?![\w'’-]))", text)
    return person if _surname_alone(text, person) or apart is None else ""


def _run_name(text: str, sentence: str, start: int, raw: str, before_names: frozenset[str]) -> str:
    """The name a run at ``start`` in one of the text's sentences gives: cleaned, a firm's nationality kept."""
    name = _opening_common_word_dropped(_clean_name(raw), sentence, start, raw, before_names)
    return _nationality_kept(text, _word_before(sentence, start), raw, name)


def _nationality_kept(text: str, before: str, raw: str, name: str) -> str:
    """The name a run (after the word ``before``) gives when _clean_name cut a nationality off before a person's name:
    the person, when _nationality_describes; else the whole run, a firm's name ("Norwegian Air Shuttle")."""
    words = raw.split()
    at = len(words) - len(name.split())
    if at < 1 or words[at:] != name.split() or not is_nationality(words[at - 1].casefold()):
        return name
    before = words[at - 2] if at >= 2 else before
    return name if _nationality_describes(text, before, words[at - 1], name) else " ".join(words[at - 1:])


def _nationality_describes(text: str, before: str, nationality: str, person: str) -> bool:
    """Whether a nationality written before a person's shape describes a person: after an article (« le Britannique
    Tom Rudd »: a people's noun), or when the text writes the surname alone or the name after another word ("Belgian
    Jonas Verhaegen", then "Verhaegen said"); English capitalises its adjective like a noun, and a firm's name opens on
    it too ("Norwegian Air Shuttle" is no "Air Shuttle": review of session 42)."""
    return before.casefold() in _FOLDED_ARTICLES or _named_apart(text, person, (nationality.casefold(),))


def _title_field(words: list[str]) -> str:
    """The person's name after a title and its field ("Secretary of State Ann Lee", "Professor of Medicine John
    Carver" are Ann Lee and John Carver: cut after the title alone, the field opened the name); empty when the run is
    no title, link, field and name (issue 9: "a name with more words").

    Only a shape: "Officer of Brightwater Rolling Stock" has it too, so the caller asks the article for the surname
    written alone, as people are and a firm's last word is not."""
    if len(words) < 5 or words[0].casefold().strip(".") not in _TITLES or words[1] not in _ORG_ONLY_LINKS:
        return ""
    # The field is one word or more ("Professor of Tropical Medicine").
    name = _trailing_person(words)
    return name if len(words) - len(name.split()) >= 3 and looks_like_person(name) else ""


def _trailing_person(words: list[str]) -> str:
    """The person's name that closes a run of other words: its last two words, three with a middle initial or a
    particle ("John F. Carver", "Ann de Vries")."""
    middle = len(words) >= 3 and (words[-2].casefold() in _PARTICLES or re.fullmatch(r"[A-ZÀ-Ý]\.", words[-2]) is not None)
    return " ".join(words[-3:] if middle else words[-2:])


def _without_job_title(words: list[str]) -> list[str]:
    """A run that ends on a title's word, less the job title: "Priya Mand KC" is Priya Mand; "the White House Press
    Secretary" names the White House; "Prime Minister", "Chief Operating Officer" name nobody (issue 9).

    A run that opens on an organisation's word keeps its title word ("Conseil général"); the caller sees to that.
    """
    if len(words) == 2 and words[1].casefold() in _SURNAME_TITLES and words[0].casefold().strip(".") not in _TITLES \
            and looks_like_person(" ".join(words)):
        return list(words)  # "Ruth Manager", "Anna Bishop": a first name before a surname that is a job's word too
    rest = list(words)
    while rest and rest[-1].casefold().strip(".") in _TITLES:
        rest.pop()
    if looks_like_person(" ".join(rest)):
        return rest
    last_org = max((i for i, w in enumerate(rest) if w.casefold() in _ORG_WORDS), default=-1)
    return rest[:last_org + 1]


def _strip_elision(word: str) -> str:
    """'d’OpenAI' -> 'OpenAI'."""
    return _ELISION.sub("", word)


def _inner_capital(word: str) -> bool:
    """A capital after the first letter, as brand names have: OpenAI, DeepSeek, iPhone."""
    return any(c.isupper() and word[i] not in "-'’" for i, c in enumerate(word[1:])) and not word.isupper()


def _fold(text: str) -> str:
    """Text compared loosely: case and apostrophe style ignored."""
    return text.replace("’", "'").casefold()
