"""Word lists for the date tagger (French and English), kept apart from the rules."""
from __future__ import annotations

# Month names. Full names may stand alone ("en juin"); abbreviations only next
# to a day number or a year, because "mar", "sept", "dec" are ordinary words.
FR_MONTHS_FULL: dict[str, int] = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5,
    "juin": 6, "juillet": 7, "août": 8, "aout": 8, "septembre": 9,
    "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}
FR_MONTHS_ABBR: dict[str, int] = {
    "janv": 1, "févr": 2, "fevr": 2, "fév": 2, "fev": 2, "avr": 4, "juil": 7,
    "sept": 9, "oct": 10, "nov": 11, "déc": 12, "dec": 12,
}
EN_MONTHS_FULL: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12,
}
EN_MONTHS_ABBR: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

FR_WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
    "samedi": 5, "dimanche": 6,
}
EN_WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}

FR_NUMBERS: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "cent": 100,
}
EN_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100,
}

# Ordinals used with quarters/halves ("deuxième trimestre", "third quarter").
FR_ORDINALS: dict[str, int] = {
    "premier": 1, "première": 1, "1er": 1, "1re": 1, "1ère": 1, "1e": 1,
    "deuxième": 2, "second": 2, "seconde": 2, "2e": 2, "2ème": 2,
    "troisième": 3, "3e": 3, "3ème": 3, "quatrième": 4, "4e": 4, "4ème": 4,
    "dernier": 4,
}
EN_ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "final": 4, "last": 4,
}

FR_SEASONS: dict[str, str] = {
    "printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI",
}
EN_SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}

# Words after a bare 4-digit number that make it a count, not a year.
COUNT_NOUNS: frozenset[str] = frozenset("""
personnes habitants euros dollars francs livres km mètres metres kilomètres
tonnes voitures votes voix membres emplois salariés élèves étudiants enfants
adultes spectateurs visiteurs participants fidèles points exemplaires
logements postes foyers familles hectares ha kg m m2 m² mw kw km/h
people persons residents jobs workers employees troops soldiers
students children votes voters members units copies miles meters
tons tonnes cars vehicles homes households acres points shares barrels
passengers flights aircraft planes deaths dead victims cases
""".split())

# Words before a number that make it an identifier, not a year.
ID_PREFIXES: frozenset[str] = frozenset("""
n° no no. nº numéro number num page p. pp. route rn rd vol flight
article art. code boeing airbus a b windows version v rue avenue bd boulevard
chemin street st avenue ave room salle bureau ligne line bus tram
""".split())
