"""Candidates extraction proposes for single sentences: which are events, how they are dated and titled.

Every expected value was worked out by hand (calendars checked) from the sentence and its publication date.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from generator.extract import lang
from generator.extract.events import Candidate, extract_events
from generator.extract.temporal import tag_dates
from generator.model import Source

FR_PUB = dt.date(2025, 4, 3)   # a Thursday
EN_PUB = dt.date(2024, 5, 15)  # a Wednesday


def extract(text: str, language: str, published: dt.date | None = None) -> list[Candidate]:
    """The candidates of a one-paragraph article."""
    pub = published or (FR_PUB if language == "fr" else EN_PUB)
    return extract_events(Source(id="art", title="Titre", published=pub, language=language, text=text), [])


def claims(text: str, language: str) -> list[tuple[str | None, str]]:
    """The (speaker, words) of every claim extracted from a text."""
    return [(c.speaker, c.quote) for c in extract(text, language) if c.kind == "claim"]


def claim_titles(text: str, language: str) -> list[str]:
    """The title of every claim extracted from a text."""
    return [c.title for c in extract(text, language) if c.kind == "claim"]


# --- issue 9, item 6: defects found in review ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Le maire a dit en substance que rien ne changerait.",
    "La société a été en difficulté pendant des mois.",
])
def test_the_en_of_mis_en_examen_is_no_action(sentence):
    # (the mayor's « rien ne changerait » is his claim, a three-word que-clause, review of session 39: no event)
    assert [c for c in extract(sentence, "fr") if c.kind != "claim"] == []


def test_mis_en_examen_is_still_an_action():
    found = extract("Le directeur de la régie a été mis en examen pour favoritisme.", "fr")
    assert [c.date_basis for c in found] == ["published"]
    found = extract("La juge a mis en examen le directeur de la régie.", "fr")
    assert [(c.date.iso(), c.date_basis) for c in found] == [("2025-04-03", "published")]


def test_a_relative_after_a_masked_subject_is_no_crash():
    """The clause before "which had called for" is all masked as the reported words: no antecedent is left to read.

    Session 29: a dev story's whole article was lost to an IndexError on such a sentence.
    """
    text = ("Dunmore, the port operator, said on Monday the works would go on. The town's anglers' club, which had "
            "called for a halt to Dunmore's dredging, said it would withdraw its complaint.")
    # The club, described and not named, is the verb's subject: its words are its claim, dated by publication.
    assert [(c.kind, c.date.iso(), c.speaker) for c in extract(text, "en")] == [
        ("event", "2024-05-13", None), ("claim", "2024-05-15", "The town's anglers' club")]


@pytest.mark.parametrize("code", lang.codes())
def test_no_word_list_of_a_language_holds_a_word_twice(code):
    data = lang.for_language(code)
    for name in ("ACTIONS", "REPORTING_PARTICIPLES", "REPORTING_PRESENT"):
        words = getattr(data, name)
        assert [w for w, n in Counter(words).items() if n > 1] == [], name
    for name in ("PAST", "FUTURE"):
        for group in re.findall(r"\(\?:((?:[a-z']+\|){5,}[a-z']+)\)", getattr(data, name)):
            words = group.split("|")
            assert [w for w, n in Counter(words).items() if n > 1] == [], name


@pytest.mark.parametrize("code", lang.codes())
def test_every_fixed_word_of_a_language_is_reachable(code):
    """Each key of REFS and RELDAYS is found by the language's own rules (a key no rule matches is dead)."""
    data = lang.for_language(code)
    pub = dt.date(2024, 5, 15)
    for word, value in data.REFS.items():
        found = tag_dates(f"x {word} x", pub, code, refs=True)
        assert [m.value for m in found] == [value], word
    for word, offset in data.RELDAYS.items():
        found = tag_dates(f"x {word} x", pub, code)
        assert [m.value for m in found] == [(pub + dt.timedelta(days=offset)).isoformat()], word


# --- issue 9, item 2: dates where people put them ---------------------------------------------------

def one(text: str, language: str, published: dt.date):
    """The single date mention of a text."""
    found = tag_dates(text, published, language)
    assert len(found) == 1, found
    return found[0]


def test_a_date_inside_a_quotation_dates_what_the_speaker_reports():
    # Published Thursday 3 April 2025: "novembre dernier" is November 2024.
    found = extract("« Nous l'avions signalé dès novembre dernier », a déclaré la maire Claire Dubois.", "fr")
    claim, reported = sorted(found, key=lambda c: c.kind != "claim")
    assert (claim.kind, claim.date.iso(), claim.date_basis, claim.speaker) == ("claim", "2025-04-03", "published",
                                                                               "Claire Dubois")
    assert (reported.kind, reported.date.iso(), reported.date_text, reported.date_basis) == (
        "event", "2024-11", "novembre dernier", "text")
    assert reported.claim == claim.id and reported.to_data()["claim"] == claim.id
    assert "Claire Dubois" in reported.actors and "signalé" in reported.title


def test_the_claim_keeps_the_date_of_its_verb_and_the_quotation_its_own():
    # Published Wednesday 15 May 2024: "on Monday" (told, past) is 13 May; "in March" (past) is March 2024.
    found = extract('"We flagged the fault in March," Dana Reyes told the council on Monday.', "en")
    assert sorted((c.kind, c.date.iso()) for c in found) == [("claim", "2024-05-13"), ("event", "2024-03")]


def test_a_relative_time_heading_reported_speech_dates_the_statement():
    # Published 15 May 2024: three years ago is 2021.
    found = extract('Three years ago, the chairman, Tom Hale, told shareholders: "The plant will stay open."', "en")
    assert [(c.kind, c.date.iso(), c.date_basis, c.date_text) for c in found] == [
        ("claim", "2021", "text", "Three years ago")]


@pytest.mark.parametrize("sentence, language, value, text", [
    # Published Thursday 3 April 2025: "lundi" (past, pluperfect) is 31 March; "le 5 mars" is 5 March 2025.
    ("« Nous n'avions plus aucune option », avait écrit son président, Marc Delorme, dans un communiqué diffusé "
     "lundi.", "fr", "2025-03-31", "lundi"),
    ("« Ici, on a tiré trop tôt », avait plaidé son avocate, Me Élodie Karsenty, lors de l'audience du 5 mars.",
     "fr", "2025-03-05", "5 mars"),
    # Published Wednesday 15 May 2024: "on Tuesday" (past) is 14 May.
    ('"We are not giving up," said Jane Roe, the group\'s director, at a hearing on Tuesday.', "en", "2024-05-14",
     "Tuesday"),
    # A date heading the sentence after one short word dates the statement too.
    ("Le 13 mars, à l'ouverture de l'enquête, Armelle Dufrénoy assurait : « Je n'ai rien copié. »", "fr",
     "2025-03-13", "13 mars"),
    ('On May 2, at the first hearing, Jane Roe told the court: "I copied nothing."', "en", "2024-05-02", "May 2"),
])
def test_the_occasion_heading_or_closing_an_attribution_dates_the_claim(sentence, language, value, text):
    claims = [c for c in extract(sentence, language) if c.kind == "claim"]
    assert [(c.date.iso(), c.date_basis) for c in claims] == [(value, "text")]
    assert text in claims[0].date_text


def test_a_relative_clause_after_the_speaker_dates_something_else():
    # Published Wednesday 15 May 2024: Monday dates the resignation, not the words.
    found = extract('"It is over," said Tom Poe, who resigned on Monday.', "en")
    assert [(c.kind, c.date_basis) for c in found if c.kind == "claim"] == [("claim", "published")]


@pytest.mark.parametrize("sentence, language, value, mod", [
    ("The airline has flown from Dunmore since the 1970s.", "en", "197X", None),
    ("Depuis début 2022, la ligne est desservie par des bus.", "fr", "2022", "start"),
    ("Les loyers augmentent depuis les années 2010.", "fr", "201X", None),
])
def test_since_makes_an_event_dated_by_its_start(sentence, language, value, mod):
    found = extract(sentence, language)
    assert [(c.date.iso(), c.date.mod) for c in found] == [(value, mod)]


@pytest.mark.parametrize("sentence, language", [
    ("Tickets bought before the closure remain valid through June.", "en"),
    ("Cheeses sold since Jan. 15 are part of the recall.", "en"),
    ("L'offre reste valable jusqu'à fin mars pour les abonnés.", "fr"),
    ("Les cartes sont acceptées jusqu'à fin juin pour les abonnés.", "fr"),
    ("Les yaourts à consommer jusqu'au 12 avril sont rappelés.", "fr"),
    # a time given to do something: its limit is no event (issue 9)
    ("Residents have until 30 April to comment on the plans.", "en"),
    ("Les habitants ont jusqu'au 30 avril pour déposer leurs observations.", "fr"),
])
def test_a_scope_is_not_an_event(sentence, language):
    assert [c for c in extract(sentence, language) if c.date_basis == "text"] == []


def test_a_bound_that_is_no_scope_still_dates_an_event():
    # Published 15 May 2024: "until June 3" ahead of publication is 3 June 2024.
    assert [c.date.iso() for c in extract("The bridge will stay closed until June 3.", "en")] == ["2024-06-03"]


@pytest.mark.parametrize("text, language, published, value", [
    ("Sales rose in the second quarter of 2023.", "en", EN_PUB, "2023-Q2"),
    ("Profits fell in the first half of 2022.", "en", EN_PUB, "2022-H1"),
    ("Margins should improve in the third quarter.", "en", EN_PUB, "2024-Q3"),
    ("Le bénéfice a progressé au premier semestre 2024.", "fr", FR_PUB, "2024-H1"),
    ("Les ventes reculeront au second semestre.", "fr", FR_PUB, "2025-H2"),
    ("Le chiffre d'affaires a chuté au troisième trimestre 2023.", "fr", FR_PUB, "2023-Q3"),
])
def test_ordinal_quarters_and_halves(text, language, published, value):
    assert one(text, language, published).value == value


@pytest.mark.parametrize("text, language, published, value", [
    ("Prices have risen this year.", "en", EN_PUB, "2024"),
    ("Les prix ont augmenté cette année.", "fr", FR_PUB, "2025"),
    # 3 April 2025: the coming summer is 2025's; the winter just ended ran from December 2024.
    ("Le festival aura lieu cet été.", "fr", FR_PUB, "2025-SU"),
    ("Il fait toujours aussi froid cet été.", "fr", FR_PUB, "2025-SU"),
    ("Il a beaucoup neigé cet hiver.", "fr", FR_PUB, "2024-WI"),
    ("La station reste fermée cet hiver.", "fr", FR_PUB, "2024-WI"),
    # 15 October 2024: "this winter" is the coming one, December 2024 to February 2025.
    ("The resort stays closed this winter.", "en", dt.date(2024, 10, 15), "2024-WI"),
])
def test_this_year_and_this_season(text, language, published, value):
    assert one(text, language, published).value == value


@pytest.mark.parametrize("text, language, value", [
    ("Traffic has grown since the 1980s.", "en", "198X"),
    ("La ville a beaucoup changé dans les années 1990.", "fr", "199X"),
    ("Le quartier est resté ouvrier jusque dans les années 1970.", "fr", "197X"),
])
def test_decades_after_prepositions(text, language, value):
    assert one(text, language, EN_PUB if language == "en" else FR_PUB).value == value


@pytest.mark.parametrize("text, value", [
    ("A 2015 audit found gaps in the accounts.", "2015"),
    ("a 2015 audit found gaps in the accounts.", "2015"),
    ("The 2012 reform was never applied.", "2012"),
])
def test_a_year_used_as_an_adjective(text, value):
    assert one(text, "en", EN_PUB).value == value


@pytest.mark.parametrize("text, language, published, value", [
    # 25 March 2025: the buses were due on the coming 12 April, not the one of 2024.
    ("Les bus devaient être livrés le 12 avril.", "fr", dt.date(2025, 3, 25), "2025-04-12"),
    ("Le nouveau pont allait ouvrir le 12 avril.", "fr", dt.date(2025, 3, 25), "2025-04-12"),
    # 3 April 2025: a contract due on 2 March was due a month before, not eleven months ahead.
    ("Le contrat devait être signé le 2 mars.", "fr", FR_PUB, "2025-03-02"),
    ("The deal was due to close on March 2.", "en", FR_PUB, "2025-03-02"),
    ("The buses were due to be delivered on April 12.", "en", dt.date(2025, 3, 25), "2025-04-12"),
])
def test_the_future_seen_from_the_past_takes_the_nearest_date(text, language, published, value):
    assert one(text, language, published).value == value


@pytest.mark.parametrize("text, language, mod", [
    ("Les travaux reprendront au début de 2026.", "fr", "START"),
    ("The line will close by the end of 2026.", "en", "END"),
    ("The plant opened in the middle of 2019.", "en", "MID"),
])
def test_a_modifier_after_a_preposition_is_kept(text, language, mod):
    assert one(text, language, FR_PUB).mod == mod


# --- issue 9, item 3: titles a person keeps ---------------------------------------------------------

def titles(text: str, language: str, published: dt.date | None = None) -> dict[str, str]:
    """Each candidate's date (ISO) -> its title."""
    return {c.date.iso(): c.title for c in extract(text, language, published)}


def test_a_decimal_comma_never_cuts_a_number_in_a_title():
    found = titles("Le réseau a transporté 2,4 millions de voyageurs en 2023, puis 1,3 millions de voyageurs "
                   "au premier semestre 2024.", "fr")
    assert "1,3 millions" in found["2024-H1"] and not found["2024-H1"].startswith("3 millions")
    found = titles("The carmaker said in March that 25,000 to 30,000 positions would be cut.", "en")
    assert "25,000 to 30,000 positions" in found["2024-03"]


@pytest.mark.parametrize("text, language, title", [
    ("De 2019 à 2021, la ville a rénové trois écoles.", "fr", "La ville a rénové trois écoles"),
    ("Entre 2019 et 2021, la ville a rénové trois écoles.", "fr", "La ville a rénové trois écoles"),
    ("La piscine doit rouvrir d'ici le 15 juin.", "fr", "La piscine doit rouvrir"),
    ("The pool will reopen by June 15.", "en", "The pool will reopen"),
    ("Et le 3 mars, la mairie a fermé la piscine municipale.", "fr", "La mairie a fermé la piscine municipale"),
])
def test_no_dangling_word_at_either_end_of_a_title(text, language, title):
    assert list(titles(text, language).values()) == [title]


def test_a_clause_without_a_verb_is_no_title():
    # The second date's own clause is "the women's team" alone: the title keeps the verb.
    found = titles("The council approved the plan in March, and the women's team won promotion in May.", "en",
                   dt.date(2024, 6, 1))
    assert found == {"2024-03": "The council approved the plan", "2024-05": "The women's team won promotion"}
    found = titles("Le dossier des bus sera examiné le 9 avril, lors du conseil communautaire.", "fr")
    assert found == {"2025-04-09": "Le dossier des bus sera examiné, lors du conseil communautaire"}


def test_a_title_holds_at_most_110_characters_and_ends_on_a_word():
    sentence = ("Le 3 mars, la communauté d'agglomération a approuvé à l'unanimité le financement exceptionnel "
                "des travaux de rénovation thermique des établissements scolaires intercommunaux.")
    title = titles(sentence, "fr")["2025-03-03"]
    assert len(title) <= 110 and title.endswith("…") and not title[:-1].endswith((" ", "de", "des"))


# --- issue 9, item 4: actors are people, organisations and places --------------------------------------

def actors_of(text: str, language: str, actors: list | None = None) -> list[str]:
    """Every actor the candidates of a one-paragraph article name."""
    source = Source(id="art", title="Titre", published=FR_PUB if language == "fr" else EN_PUB, language=language,
                    text=text)
    return sorted({a for c in extract_events(source, actors or []) for a in c.actors})


@pytest.mark.parametrize("text, language, actors", [
    ("German regulators grounded the Halvorsen jets in March.", "en", ["Halvorsen"]),
    ("Les Allemands de Volkner ont racheté l'usine de Montfleury en 2019.", "fr", ["Montfleury", "Volkner"]),
    ("Listeria outbreaks hit the Dunmore plant in March.", "en", ["Dunmore"]),
    ("La Flavescence dorée, une maladie de la vigne, a été détectée à Mirval en août.", "fr", ["Mirval"]),
    ("Le Covid a fermé le musée de Lorsac en 2020.", "fr", ["Lorsac"]),
    ("La régie de Lorsac a commandé des bus hybrides Solaris en mai.", "fr", ["Lorsac"]),
    ("Last Friday, the mayor of Dunmore resigned.", "en", ["Dunmore"]),
    ("Tickets for the Dunmore final went on sale in March.", "en", ["Dunmore"]),
    ("The Dunmore-based firm Castleford cut 300 jobs in March.", "en", ["Castleford"]),
])
def test_no_nationality_disease_product_or_date_phrase_is_an_actor(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    # A sentence inside a quotation opens on a capital too: its first word is a name only if the article says so.
    ("« Nous avons écrit à la mairie de Lorsac en mars. Personne n'a répondu », a dit lundi Paul Vidal.", "fr",
     ["Lorsac", "Paul Vidal"]),
    # An initial's full stop ends no sentence: "J. Pollard" is someone.
    ("The letter, signed by J. Pollard and sent to Dunmore council, arrived on Monday.", "en", ["Dunmore", "Pollard"]),
    # An indefinite pronoun names nobody, though it is the subject of a verb of saying.
    ('"We asked Dunmore for the raw images in February. Nobody answered," Ada Brent said on Monday.', "en",
     ["Ada Brent", "Dunmore"]),
])
def test_a_word_opening_a_sentence_inside_a_sentence_is_no_name_unless_known(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    # An abbreviation's or a run of initials' full stop ends no sentence: the name after it is read as inside one.
    ("Mr. Tallowby resigned on March 3 after the vote.", "en", ["Tallowby"]),
    ("Dr. Quenell was appointed on March 3 to lead the inquiry.", "en", ["Quenell"]),
    ("Gov. Ashcombe vetoed the bill on March 3.", "en", ["Ashcombe"]),
    ("Miners at U.K. Anthracite walked out on March 3.", "en", ["Anthracite"]),
    ("Le Dr. Lestrade a été nommé le 3 mars.", "fr", ["Lestrade"]),
    ("Selon Mme. Vauquelin, le chantier reprendra le 3 mars.", "fr", ["Vauquelin"]),
    # An acronym spelled like a small word is no small word: "WHO", "US".
    ("The WHO declared an emergency on March 11, 2020.", "en", ["WHO"]),
    ("Talks between the US and Brellia resumed on March 3.", "en", ["Brellia", "US"]),
])
def test_an_abbreviations_full_stop_opens_no_sentence_and_an_acronym_is_no_small_word(text, language, actors):
    assert actors_of(text, language) == actors


def test_a_possessive_names_its_owner_and_the_thing_apart():
    assert actors_of("Skyline Regional's Airbus was grounded in March.", "en") == ["Airbus", "Skyline Regional"]


# Issue 9 (session 33): words of a kind that names nobody, and facilities named with their kind.
@pytest.mark.parametrize("text, language, actors", [
    # a title holding "État"; a political label after an elected official's name; a stock exchange in a set phrase
    ("La secrétaire d'État chargée de la Ruralité, Anne Morvan, a visité Lorsac le 3 mars.", "fr",
     ["Anne Morvan", "Lorsac"]),
    ("Le maire, Paul Vidal (DVG), a inauguré la halle de Lorsac le 3 mars.", "fr", ["Lorsac", "Paul Vidal"]),
    ("L'entreprise a prévu une introduction en Bourse en 2027, selon Paul Vidal.", "fr", ["Paul Vidal"]),
    # a wine's cuvée and appellation are products
    ("Le négociant Dorval a vendu sa cuvée Belle Saison sous l'appellation Coteaux du Lirac en 2023.", "fr",
     ["Dorval"]),
    # a model's code glued to its number; a company's legal form; a job title's matters
    ("Brackwell Aero will build the satellites on its KX-200 platform from May.", "en", ["Brackwell Aero"]),
    ("Brackwell Aero Ltd. said on Monday that Brackwell Aero would hire 40 engineers in May.", "en",
     ["Brackwell Aero"]),
    ("Ada Brent, Head of Coastal Monitoring at the Fenmoor Agency, said on Monday that the pier would close.", "en",
     ["Ada Brent", "Fenmoor Agency"]),
    # a boat, a race, a police operation, a product line named after its maker
    ('"We lost two seasons," said Tom Hale, who skippers the crabber Sea Lark, on Monday.', "en", ["Tom Hale"]),
    ("Le patron du caseyeur Ar Men, Yann Le Goff, a témoigné le 3 mars.", "fr", ["Yann Le Goff"]),
    ("Crews can enter the Fenmoor Sprints on Saturday.", "en", []),
    # an adverb opening a sentence inside a quotation, before the pronoun "I"
    ('"I was told in March. Now I have nothing," said Ada Brent.', "en", ["Ada Brent"]),
    ("Operation Nightjar was launched on March 3 by Fenmoor Police.", "en", ["Fenmoor Police"]),
    ("Fenmoor Police, the force leading the operation, said on Monday that 40 drivers were fined.", "en",
     ["Fenmoor Police"]),
    ("Harwick recalled Brightwell Halo kettles in March.", "en", ["Harwick"]),
    # a facility's own name after "de la", "des", or after "de" with its town written after it
    ("La fête aura lieu le 3 mars à la salle des fêtes de la Clairière.", "fr", ["salle des fêtes de la Clairière"]),
    ("Le camping municipal des Peupliers a été évacué le 3 mars.", "fr", ["camping municipal des Peupliers"]),
    ("Les enchères pour le château de la Roche ont eu lieu le 3 mars.", "fr", ["château de la Roche"]),
    ("Le club jouera au stade de Kerbrat, à Lanvic, dès le 3 mars.", "fr", ["Lanvic", "stade de Kerbrat"]),
    ("Le club jouera au stade de Lanvic dès le 3 mars.", "fr", ["Lanvic"]),
])
def test_a_title_a_label_a_product_a_code_or_a_legal_form_is_no_actor_and_a_facility_keeps_its_kind(text, language,
                                                                                                     actors):
    assert actors_of(text, language) == actors


def test_a_described_speaker_is_the_speaker_but_no_actor():
    found = extract('"We never saw the accounts," the club\'s former owners said on Monday.', "en")
    assert [(c.speaker, c.actors) for c in found] == [("The club's former owners", [])]


def test_actors_yaml_can_list_names_to_ignore(tmp_path):
    from generator.load import load_actors

    path = tmp_path / "actors.yaml"
    path.write_text("Orion:\n  ignore: true\nDana Reyes: [Reyes]\n", encoding="utf-8")
    problems: list = []
    actors = load_actors(path, problems)
    assert problems == [] and [(a.name, a.ignore) for a in actors] == [("Orion", True), ("Dana Reyes", False)]
    text = "Dana Reyes launched Orion in Dunmore in March."
    assert actors_of(text, "en", actors) == ["Dana Reyes", "Dunmore"]
    assert "Orion" in actors_of(text, "en")


def test_an_ignore_that_is_not_a_boolean_is_a_located_error(tmp_path):
    from generator.load import load_actors

    path = tmp_path / "actors.yaml"
    path.write_text("Orion:\n  ignore: maybe\n", encoding="utf-8")
    problems: list = []
    load_actors(path, problems)
    assert [(p.line, p.column, p.message) for p in problems] == [(2, 11, "'ignore' is true or false, found 'maybe'")]


# --- claims: every quoted statement with its speaker ------------------------------------------------

def test_an_auxiliary_inverted_with_its_pronoun_reports_the_last_person_named():
    text = ("Le maire, Paul Ferrand, a présenté le budget lundi. « Nous ne baisserons pas les subventions », "
            "a-t-il assuré.")
    claims = [c for c in extract(text, "fr") if c.kind == "claim"]
    assert [(c.speaker, c.quote) for c in claims] == [("Paul Ferrand", "Nous ne baisserons pas les subventions")]


def test_a_quotation_alone_goes_on_with_the_speaker_of_the_sentence_before():
    text = ('"We built too fast," said Dana Reyes, an analyst at Northgate. "Since 2019, every warehouse has '
            'doubled its robots."')
    claims = sorted((c.speaker, c.quote) for c in extract(text, "en") if c.kind == "claim")
    assert claims == [("Dana Reyes", "Since 2019, every warehouse has doubled its robots."),
                      ("Dana Reyes", "We built too fast,")]


def test_a_quotation_after_a_sentence_without_a_claim_has_no_speaker_to_inherit():
    text = 'The council met in March. "Every warehouse has doubled its robots."'
    assert [c for c in extract(text, "en") if c.kind == "claim"] == []


def test_a_quotation_over_several_paragraphs_goes_on_with_its_speaker():
    # The first paragraph's last quotation is left open: news closes the mark only where the quotation ends.
    text = ('The hotel will close. "We have tried everything," said Peter Vane, its director. "Energy bills '
            'tripled and bookings never recovered.\n\n"We owe our staff the truth, and we cannot go on."\n\n'
            '"It is a sad day." The council met on Friday.')
    claims = [(c.speaker, c.quote) for c in extract(text, "en") if c.kind == "claim"]
    assert claims == [("Peter Vane", "We have tried everything,"),
                      ("Peter Vane", "Energy bills tripled and bookings never recovered."),
                      ("Peter Vane", "We owe our staff the truth, and we cannot go on."),
                      ("Peter Vane", "It is a sad day.")]


def test_a_quotation_alone_after_a_paragraph_without_a_claim_or_after_a_heading_has_no_speaker():
    text = ('"We have tried everything," said Peter Vane.\n\nThe council met in March.\n\n"We cannot go on."')
    assert [c.quote for c in extract(text, "en") if c.kind == "claim"] == ["We have tried everything,"]
    text = '"We have tried everything," said Peter Vane.\n\n## What next\n\n"The council must now decide."'
    assert [c.quote for c in extract(text, "en") if c.kind == "claim"] == ["We have tried everything,"]


@pytest.mark.parametrize("text, language, speaker", [
    ("« C'est une décision douloureuse mais responsable », a justifié le président de l'intercommunalité, "
     "Gérard Pouzet, à l'issue du conseil.", "fr", "Gérard Pouzet"),
    ('"We should have acted sooner," admitted the club\'s chairman, Ian Lowe, after the meeting.', "en", "Ian Lowe"),
])
def test_a_verb_after_a_quotation_then_a_role_then_the_name_in_apposition(text, language, speaker):
    assert [c.speaker for c in extract(text, language) if c.kind == "claim"] == [speaker]


def test_a_word_written_as_a_place_is_the_place_not_a_surname():
    text = ('The Grand Hotel in Felsby will close on Friday. Tourism body Visit Felsby said it was saddened on '
            'Monday. The closure is a blow for Felsby, the mayor said on Tuesday.')
    actors = {a for c in extract(text, "en") for a in c.actors}
    assert "Felsby" in actors
    # "-based" after a word makes it a place too, and no person's name opens with a place.
    text = ('Larchpoint, the Dunmore-based start-up, cut jobs on Monday. Dunmore lost its biggest employer on '
            'Tuesday. "It is a sad day," said Aileen Strachan, who leads the Dunmore Tech Forum.')
    actors = {a for c in extract(text, "en") for a in c.actors}
    assert "Dunmore" in actors and "Dunmore Tech Forum" in actors


def test_an_attribution_printed_inside_the_quotation_marks_names_the_person_named_last():
    text = ("Yannick Le Bihan, président du comité des pêches, était furieux lundi. « Les Espagnols, eux, ont gardé "
            "leur quota, a-t-il ajouté. Nous, on paie pour tout le monde. »")
    claims = [c for c in extract(text, "fr") if c.kind == "claim"]
    assert [(c.speaker, c.quote) for c in claims] == [
        ("Yannick Le Bihan", "Les Espagnols, eux, ont gardé leur quota, a-t-il ajouté. Nous, on paie pour tout le "
                             "monde.")]
    assert claims[0].title == "Yannick Le Bihan : « Les Espagnols, eux, ont gardé leur quota. Nous, on paie pour tout le monde »"


@pytest.mark.parametrize("text, title", [
    # The incise inside the marks is taken out of the title, the words on both sides of it kept.
    ("Yannick Le Bihan était furieux. « Le lendemain, explique Paul Vidal, personne n'est venu. »",
     "Paul Vidal : « Le lendemain, personne n'est venu »"),
    ("Yannick Le Bihan était furieux. « Les quotas, dit-il, sont une folie. »",
     "Yannick Le Bihan : « Les quotas sont une folie »"),
    ("Yannick Le Bihan était furieux. « Les quotas, lâche Paul Vidal, maire de Lanvic, sont une folie. »",
     "Paul Vidal : « Les quotas sont une folie »"),
    # An incise that ends the quotation's first sentence: the next sentence follows when the whole fits a title,
    ("Yannick Le Bihan était furieux. « Les quotas sont une folie, a-t-il ajouté. Nous, on paie. »",
     "Yannick Le Bihan : « Les quotas sont une folie. Nous, on paie »"),
    # else the first sentence alone.
    ("Yannick Le Bihan était furieux. « Les quotas sont une folie, a-t-il ajouté. Nous, les pêcheurs de Kerven et "
     "de toute la baie, on paie pour tout le monde depuis des années. »",
     "Yannick Le Bihan : « Les quotas sont une folie »"),
    # An incise inside the first sentence, then a second sentence.
    ("Yannick Le Bihan était furieux. « Le lendemain, explique Paul Vidal, personne n'est venu. Rien. »",
     "Paul Vidal : « Le lendemain, personne n'est venu. Rien »"),
])
def test_a_title_leaves_out_the_incise_inside_the_quotation_marks(text, title):
    assert [c.title for c in extract(text, "fr") if c.kind == "claim"] == [title]


@pytest.mark.parametrize("before, speaker", [
    # A person named in the sentence before, then what they are: the description is that person.
    ("La dernière attaque a fait 31 victimes dans le troupeau de Sylvie Marchal, au col de la Bessière.",
     "Sylvie Marchal"),
    # Not a person the article writes beside another role, nor one of two people named.
    ("Le maire, Paul Vidal, a visité la ferme de la Bessière mardi.", "L’éleveuse"),
    ("Sylvie Marchal et Paul Vidal ont visité la ferme de la Bessière mardi.", "L’éleveuse"),
])
def test_a_description_after_the_verb_is_the_person_just_named(before, speaker):
    text = before + " « Mes chiennes n’ont rien pu faire. Ils étaient au moins trois », raconte l’éleveuse."
    assert [c.speaker for c in extract(text, "fr") if c.kind == "claim"] == [speaker]


@pytest.mark.parametrize("before, speaker", [
    # A word for any office holder ("l'élue", "le dirigeant", "l'édile") goes on with the person just named, whatever
    # their own title: the mayor, the club's chairman.
    ("La maire de Corbières, Agathe Vernon, a ouvert la séance sous les huées lundi soir.", "Agathe Vernon"),
    ("Le président du club, Loïc Danet, a signé mardi un accord de trois ans avec un brasseur.", "Loïc Danet"),
    # Not when the sentence names two people, nor when the person named is the verb's object.
    ("La maire, Agathe Vernon, a reçu Loïc Danet mardi.", "L’élue"),
    ("Les opposants ont interpellé Agathe Vernon lundi soir.", "L’élue"),
])
def test_a_word_for_any_office_holder_is_the_person_just_named(before, speaker):
    text = before + " « Nous ne reculerons pas sur ce dossier », a assuré l’élue."
    assert [c.speaker for c in extract(text, "fr") if c.kind == "claim"] == [speaker]


@pytest.mark.parametrize("before, speaker", [
    # A resident, a shopkeeper is no office holder: "l'élue" is someone else, whom the article does not name.
    ("La commerçante Inès Ferrat a interpellé la préfète jeudi sur les travaux.", "L’élue"),
    ("La commerçante Inès Ferrat a déposé une pétition jeudi.", "L’élue"),
    # An office holder the article does not name stands between: the word is theirs.
    ("Inès Ferrat a déposé jeudi une pétition de 300 signatures. Le maire l'a reçue en séance vendredi.", "L’élue"),
    # The person named is the office holder herself: the unnamed title is hers, in apposition.
    ("Inès Ferrat, la préfète, a visité le chantier jeudi.", "Inès Ferrat"),
    ("La maire, Inès Ferrat, n'a pas été prévenue jeudi.", "Inès Ferrat"),  # "n'a" is a verb, no role
    ("Le projet est porté depuis 2020 par sa présidente-fondatrice, Inès Ferrat.", "Inès Ferrat"),
])
def test_a_word_for_an_office_holder_is_no_resident_nor_the_office_holder_unnamed(before, speaker):
    text = before + " « Nous ne reculerons pas sur ce dossier », a assuré l’élue."
    assert [c.speaker for c in extract(text, "fr") if c.kind == "claim"] == [speaker]


@pytest.mark.parametrize("text, language, speaker, words", [
    # The document a speaker said it in, described by its participle: no clause of its own between verb and "that".
    ("The Orrin Housing Trust said in a report published on Friday that rents had risen for the tenth month running.",
     "en", "Orrin Housing Trust", "rents had risen for the tenth month running"),
    ("Le collectif Vélo Vif a affirmé dans un communiqué diffusé jeudi que la piste ne serait pas prête avant l'été.",
     "fr", "Vélo Vif", "la piste ne serait pas prête avant l'été"),
    # Saying again is saying.
    ("Owen Drummock repeated at the hearing that the bridge had never been unsafe.", "en", "Owen Drummock",
     "the bridge had never been unsafe"),
    ("Le maire, Paul Vidal, a visité le chantier mardi. Il répète que les travaux seront finis en juin.", "fr",
     "Paul Vidal", "les travaux seront finis en juin"),
])
def test_reported_words_after_a_described_document_or_a_verb_of_saying_again(text, language, speaker, words):
    assert [(c.speaker, c.quote) for c in extract(text, language) if c.kind == "claim"] == [(speaker, words)]


@pytest.mark.parametrize("text, language, speaker", [
    # A role ("the judge", "le maire") is no description of the person just named: the court's or the town's.
    ('The court jailed Mark Dawson for six years on Monday. "This was a cowardly attack," the judge said.', "en",
     "The judge"),
    ("Les électeurs ont rejeté le projet de Sarah Kent. « C’est un triste jour pour la ville », a déclaré le maire.",
     "fr", "Le maire"),
    # A person's noun, but the person just named is the verb's object (or its object's owner), not its subject.
    ('Police arrested Mark Dawson on Monday. "He was driving far too fast," the driver said.', "en", "The driver"),
    ('Voters rejected Sarah Kent\'s plan at the ballot. "It is a sad day for the town," the resident said.', "en",
     "The resident"),
    ("Les gendarmes ont interpellé Marc Durand lundi soir. « Il roulait bien trop vite », raconte le riverain.", "fr",
     "Le riverain"),
    # The subject named, then what they are: still that person.
    ('Mark Dawson has farmed at Holm for thirty years. "They took everything," the farmer said.', "en", "Mark Dawson"),
])
def test_a_description_after_the_verb_is_no_object_just_named_nor_a_role(text, language, speaker):
    assert [c.speaker for c in extract(text, language) if c.kind == "claim"] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # French prints the incise inside the guillemets, the speaker named there: a person, a role then the name, a
    # description; the one who spoke before (Le Bihan) is not the speaker.
    ("« Nous sommes à bout, souffle Nathalie Girard, aide-soignante depuis quinze ans. On ne peut plus continuer. »",
     "Nathalie Girard"),
    ("« Je comprends la colère, reconnaît le directeur, Paul Mercier. Mais les budgets sont contraints. »",
     "Paul Mercier"),
    ("« On a appris la nouvelle par la presse, regrette une salariée. Personne ne nous a rien dit. »", "Une salariée"),
    # A comma inside the words with no incise after it leaves them to the one who spoke before.
    ("« Nous sommes à bout, et les familles le savent. On ne peut plus continuer. »", "Yannick Le Bihan"),
])
def test_a_speaker_named_inside_the_quotation_marks_speaks(text, speaker):
    before = "Yannick Le Bihan, président du comité, était furieux. « Rien ne va », a-t-il lancé. "
    claims = [c for c in extract(before + text, "fr") if c.kind == "claim"]
    assert [c.speaker for c in claims] == ["Yannick Le Bihan", speaker]


@pytest.mark.parametrize("text, language, speaker", [
    ("Le Bihan accuse par ailleurs les chalutiers espagnols de pêcher dans la zone « sans aucun contrôle ». "
     "Yannick Le Bihan préside le comité.", "fr", "Yannick Le Bihan"),
    ("L’Institut océanographique du Ponant (IOP) recommandait une baisse de 45 %, estimant le stock « en dessous "
     "du seuil de précaution ».", "fr", "Institut océanographique du Ponant"),
    ('Ada Brent accused the council of "gross negligence and contempt".', "en", "Ada Brent"),
    ("Paul Vidal a pêché « sans aucun permis valable ».", "fr", "Paul Vidal"),
    # Not so: a name in quotation marks after a deed, a quotation in a relative clause, another verb of saying.
    ("Sophie Marrec a visité « la vieille maison du port » hier.", "fr", None),
    ("Paul Vidal a rencontré les pêcheurs, qui vivent désormais « sans aucune aide publique ».", "fr", None),
    ("Ada Brent met the residents in March, who want \"a proper consultation now\".", "en", None),
])
def test_words_quoted_in_the_clause_of_a_named_subject_are_theirs(text, language, speaker):
    claims = [c for c in extract(text, language) if c.kind == "claim"]
    assert (claims[0].speaker if claims else None) == speaker


def test_a_word_the_article_writes_in_lower_case_or_a_name_closed_by_a_letter_is_no_actor():
    text = ("The software maker Larchpoint, a bookkeeping start-up, closed its Series B in March. This year it was "
            "named Start-up of the Year at a fintech fair on Monday.")
    actors = {a for c in extract(text, "en") for a in c.actors}
    assert "Larchpoint" in actors and not actors & {"Start-up", "Year", "Series B"}


@pytest.mark.parametrize("text, language", [
    ("The company's flagship product, Ledgerly, was launched by Larchpoint in 2021.", "en"),
    ("Le logiciel, Ledgerly, a été lancé par Larchpoint en 2021.", "fr"),
])
def test_a_name_in_apposition_to_a_product_is_no_actor(text, language):
    actors = {a for c in extract(text, language) for a in c.actors}
    assert "Larchpoint" in actors and "Ledgerly" not in actors


def test_a_first_name_with_an_age_opening_a_sentence_is_a_person_and_a_surname_alone_is_the_full_name():
    text = ("Certains patients n’attendent plus. Monique, 71 ans, a consulté un neurologue à Sainte-Aure lundi. "
            "« On m’a proposé un rendez-vous dans huit mois », raconte-t-elle.")
    assert [c.speaker for c in extract(text, "fr") if c.kind == "claim"] == ["Monique"]
    text = ('Helen Marsh told a jury on Monday that she had followed orders. Marsh, 52, was arrested in March. '
            '"I was never a thief," she said.')
    # "told a jury on Monday that …" reports her words too: a claim of hers before the quoted one
    assert [(c.speaker, c.quote) for c in extract(text, "en") if c.kind == "claim"] == [
        ("Helen Marsh", "she had followed orders"), ("Helen Marsh", "I was never a thief,")]


@pytest.mark.parametrize("text, language, speaker", [
    ("La CFDT, majoritaire sur le site, dénonce « un abandon pur et simple ».", "fr", "CFDT"),
    ('The Friends of Carrow Libraries, founded in 2019, said "the closures are a disgrace".', "en",
     "Friends of Carrow Libraries"),
])
def test_a_name_then_an_apposition_without_a_verb_then_a_verb_of_saying(text, language, speaker):
    assert [c.speaker for c in extract(text, language) if c.kind == "claim"] == [speaker]


def test_a_speaker_described_after_the_verb_that_follows_a_quotation():
    text = ("La Cour régionale des comptes a publié lundi son rapport sur l'hôpital. Les magistrats ont examiné sa "
            "gestion. « Ces délais ne sont pas une fatalité », écrivent les magistrats, qui relèvent des postes vacants. "
            "« On attend depuis des mois », lance un habitant.")
    claims = [c.speaker for c in extract(text, "fr") if c.kind == "claim"]
    assert claims == ["Cour régionale des comptes", "Un habitant"]


def test_a_claim_title_with_its_speaker_stays_within_110_characters():
    text = ("La directrice de l’hôpital, Claire Lemonnier, ne conteste pas le diagnostic. « Nous avons perdu deux "
            "radiologues pendant la Covid et nous ne les avons jamais remplacés », reconnaît-elle.")
    [claim] = [c for c in extract(text, "fr") if c.kind == "claim"]
    assert claim.title.startswith("Claire Lemonnier : « Nous avons perdu deux radiologues") and len(claim.title) <= 110


@pytest.mark.parametrize("text, language, title", [
    # A quotation of two sentences that fits a title whole is the title whole: its point is often the second.
    ('"We had the alerts. They were going to a mailbox that nobody read," said Priya Raman.', "en",
     "Priya Raman: “We had the alerts. They were going to a mailbox that nobody read”"),
    ("« Les gens ont déjà été inondés en 2021. Certains n’ont toujours pas été indemnisés », rappelle Thierry Guilhem.",
     "fr", "Thierry Guilhem : « Les gens ont déjà été inondés en 2021. Certains n’ont toujours pas été indemnisés »"),
    # Too long for a title with its speaker: the first sentence.
    ('"We had budgeted for 1,600 installations across the whole county this year. By Christmas we already had 2,100 '
     'applications from homeowners," said Deepa Raghunathan.', "en",
     "Deepa Raghunathan: “We had budgeted for 1,600 installations across the whole county this year”"),
])
def test_a_quotation_that_fits_a_title_whole_is_not_cut_to_its_first_sentence(text, language, title):
    assert [c.title for c in extract(text, language) if c.kind == "claim"] == [title]


@pytest.mark.parametrize("text, language, title", [
    # Too long with the phrase the reported clause sets off by commas: the clause without it.
    ("Rory Halcrow was worried. He warned that a second outbreak, like the one that struck Norwegian colonies last "
     "winter, could “push Skerrin past the point of no return”.", "en",
     "Rory Halcrow warned that a second outbreak could “push Skerrin past the point of no return”"),
    # Reported words cut inside such a phrase ("landings on the island"): the clause around it.
    ("The Skerrin Seabird Trust said landings on the island, which is reached by a volunteer-run boat from Kirkvaa, "
     "had not been restricted, and that guided walks would run as normal.", "en",
     "The Skerrin Seabird Trust said landings on the island had not been restricted"),
    # A speaker named after the words taken as the verb: "Selon", the words after the apposition.
    ("Pour Didier Vasseur, délégué du syndicat Santé Ormeil Solidaires, le rapport « confirme ce que les équipes "
     "disent depuis 2022 ».", "fr", "Selon Didier Vasseur, le rapport « confirme ce que les équipes disent depuis 2022 »"),
    # A relative clause about the speaker carries the quotation with its own verb.
    ("Aucun produit suspect n'y a été trouvé, assure Marta Oyelaran, qui parle d'un « acharnement ».", "fr",
     "Marta Oyelaran parle d'un « acharnement »"),
    # The clause goes on after the quotation, up to a punctuation mark or a coordinated clause.
    ("Marc-Antoine Ferrière a accusé la majorité sortante d’avoir « laissé mourir » la ligne Castelbrune–Ludrac, "
     "fermée aux voyageurs en décembre 2024.", "fr",
     "Marc-Antoine Ferrière a accusé la majorité sortante d’avoir « laissé mourir » la ligne Castelbrune–Ludrac"),
    ("Owen Tuckett said the zoo had “lost its heart” and warned that visitor numbers would fall.", "en",
     "Owen Tuckett said the zoo had “lost its heart”"),
])
def test_a_claim_title_tells_the_clause_that_carries_the_quotation(text, language, title):
    assert [c.title for c in extract(text, language) if c.kind == "claim"][:1] == [title]


@pytest.mark.parametrize("text, words", [
    ("L’Agence régionale de santé (ARS) indique de son côté qu’elle financera dix postes d’internes à Vasselin.",
     "elle financera dix postes d’internes à Vasselin"),
    ("L’Agence régionale de santé (ARS) estime pour sa part que dix postes d’internes suffiront à Vasselin.",
     "dix postes d’internes suffiront à Vasselin"),
])
def test_a_connector_between_the_verb_of_saying_and_que_keeps_the_reported_speech(text, words):
    claims = [c for c in extract(text, "fr") if c.kind == "claim"]
    assert [(c.speaker, c.quote) for c in claims] == [("Agence régionale de santé", words)]


@pytest.mark.parametrize("text, speaker", [
    ('"We are devastated by this news," said one resident.', "One resident"),
    ('"Nobody asked us at all," another resident said.', "Another resident"),
    ('One resident, who asked not to be named, said staff were "in shock".', "One resident"),
])
def test_an_unnamed_speaker_counted_with_one_or_another_speaks_as_described(text, speaker):
    assert [c.speaker for c in extract(text, "en") if c.kind == "claim"] == [speaker]


@pytest.mark.parametrize("text, language, title", [
    ("Larchpoint was founded in 2019 by Marsh and his former flatmate, Declan Reyes, who left the company last year.",
     "en", "Declan Reyes left the company"),
    ("La société a été fondée en 2019 avec son associé, Paul Vidal, qui l'a quittée l'an dernier.", "fr",
     "Paul Vidal l'a quittée"),
])
def test_a_dated_relative_clause_after_a_name_in_apposition_takes_the_name_as_subject(text, language, title):
    assert title in [c.title for c in extract(text, language)]


@pytest.mark.parametrize("text, language, title", [
    # A date's own preposition leaves the title with it ("…bateaux pendant", "…boats over"); an "over" that ends a
    # phrasal verb before another preposition stays.
    ("Des bénévoles ont nettoyé la plage de Kervel pendant le week-end.", "fr", "Des bénévoles ont nettoyé la plage de Kervel"),
    ("Des bénévoles ont nettoyé la plage de Kervel durant l'été.", "fr", "Des bénévoles ont nettoyé la plage de Kervel"),
    ("Volunteers cleared Kervel beach over the weekend.", "en", "Volunteers cleared Kervel beach"),
    ("The Kervel bakery was taken over on Monday.", "en", "The Kervel bakery was taken over"),
])
def test_a_date_s_preposition_leaves_the_title_with_it(text, language, title):
    assert [c.title for c in extract(text, language) if c.kind == "event"] == [title]


@pytest.mark.parametrize("text, title", [
    # "over" leads a date only before "the" ("over the weekend"); before any other date it ends a phrasal verb and stays
    # in the title (session 36 review)
    ("The Kervel bakery was taken over last week.", "The Kervel bakery was taken over"),
    ("The Kervel bakery was taken over yesterday by a cooperative.", "The Kervel bakery was taken over by a cooperative"),
    ("Mayor Ann Lee took over this week from her deputy.", "Mayor Ann Lee took over from her deputy"),
    ("The keys of the Kervel lighthouse were handed over last Friday.", "The keys of the Kervel lighthouse were handed over"),
    ("The storm blew over this morning, the coastguard said.", "The storm blew over, the coastguard said"),
    ("The Dunmere ferry strike was called off over the summer.", "The Dunmere ferry strike was called off"),
])
def test_over_leads_a_date_only_before_the(text, title):
    assert [c.title for c in extract(text, "en") if c.kind == "event"] == [title]


@pytest.mark.parametrize("text, language, title", [
    # The sentence's only date is in a relative clause set off by commas: the title tells that clause, with the noun
    # phrase it is about as its subject (a name, a determiner and its noun, a name completing the noun before it).
    ("Inspectors checked 40 boats in the estuary under Operation Tidewatch, which began on 2 May after two "
     "collisions.", "en", "Operation Tidewatch began after two collisions"),
    ("The mayor wrote to the Harbour Board, which is due to publish its own report in March.", "en",
     "The Harbour Board is due to publish its own report"),
    ("The council will rebuild the footbridge in Marlow Cross, which collapsed on March 3.", "en",
     "The footbridge in Marlow Cross collapsed"),
    ("For Kelmore Foods, which filed its appeal in early October, the stakes are high.", "en",
     "Kelmore Foods filed its appeal"),
    ("Les organisateurs ont annulé la deuxième étape du Tour de Vallarie, qui devait partir de Brévin samedi.", "fr",
     "La deuxième étape du Tour de Vallarie devait partir de Brévin"),
])
def test_a_date_in_a_relative_clause_between_commas_dates_that_clause_told_of_its_antecedent(text, language, title):
    assert [c.title for c in extract(text, language) if c.kind == "event"] == [title]


@pytest.mark.parametrize("text, language, title", [
    # A noun phrase with its own article completing the noun before it: the relative may be about either noun
    # ("the head of the agency, who resigned" is about the head), so no antecedent is guessed and the sentence is
    # titled, as before the relative rule (session 29 review, finding 1: "The agency resigned").
    ("He met the head of the agency, who resigned on 3 May.", "en", "He met the head of the agency"),
    ("Police questioned the director of the museum, who retired in March.", "en",
     "Police questioned the director of the museum"),
    ("She spoke to one of the nurses, who had been suspended in April.", "en", "She spoke to one of the nurses"),
    ("The club dismissed the captain of the under-18 team, who had been cautioned in April.", "en",
     "The club dismissed the captain of the under-18 team"),
    ("Il a rencontré le directeur de l'hôpital, qui a démissionné en mars.", "fr",
     "Il a rencontré le directeur de l'hôpital"),
    ("Les enquêteurs ont entendu la mère de la victime, qui avait porté plainte le 3 mars.", "fr",
     "Les enquêteurs ont entendu la mère de la victime"),
    ("Les élus ont reçu le président du syndicat des pêcheurs, qui avait appelé à la grève le 3 mars.", "fr",
     "Les élus ont reçu le président du syndicat des pêcheurs"),
    ("Le club attend une subvention de la région Val-Dormant, qui doit examiner le dossier le 8 octobre.", "fr",
     "Le club attend une subvention de la région Val-Dormant"),
    # A relative about the whole clause before it has no noun to be told of.
    ("Rail staff will strike across Wales, which means no trains will run on Friday.", "en",
     "Rail staff will strike across Wales"),
    ("The council closed the pool in Marlow, which sparked a protest on Monday.", "en",
     "The council closed the pool in Marlow"),
    ("The council closed the pool, which angered residents on Monday.", "en", "The council closed the pool"),
    ("The airline grounded its fleet, which meant 40 flights were cancelled on Friday.", "en",
     "The airline grounded its fleet"),
])
def test_a_relative_clause_whose_antecedent_is_not_one_noun_phrase_titles_the_sentence(text, language, title):
    assert [c.title for c in extract(text, language) if c.kind == "event"] == [title]


@pytest.mark.parametrize("text, language, title", [
    # Without commas the relative clause's end is not seen: the date may be the main verb's, the sentence is titled.
    ("Le loueur qui fournissait la moitié de la flotte avait repris deux avions la semaine dernière.", "fr",
     "Le loueur qui fournissait la moitié de la flotte avait repris deux avions"),
    ("The lender that owned half the fleet took back two aircraft last week.", "en",
     "The lender that owned half the fleet took back two aircraft"),
])
def test_a_date_after_a_relative_clause_without_commas_titles_the_sentence(text, language, title):
    assert [c.title for c in extract(text, language) if c.kind == "event"] == [title]


@pytest.mark.parametrize("text, language, title", [
    # "since <date>, when …": the main clause is a state counted from the date, the clause after "when" its fact.
    ("Le port n'avait plus connu de blocage depuis mars 2021, quand des pêcheurs avaient fermé le chenal deux jours.",
     "fr", "Des pêcheurs avaient fermé le chenal deux jours"),
    ("It was the first winter without the fair since 2019, when a storm destroyed its main tent.", "en",
     "A storm destroyed its main tent"),
    # "lorsque" as "quand" (the language data's pattern once asked for a backslash before its word boundary)
    ("Le port n'avait plus connu de blocage depuis mars 2021, lorsque des pêcheurs avaient fermé le chenal deux jours.",
     "fr", "Des pêcheurs avaient fermé le chenal deux jours"),
])
def test_a_clause_of_when_after_since_and_its_date_titles_that_date(text, language, title):
    assert [c.title for c in extract(text, language) if c.kind == "event"] == [title]


def test_a_label_in_brackets_after_a_name_does_not_cut_the_title():
    text = ("L’Agence régionale de santé (ARS) indique qu’elle financera dix postes d’internes à partir de novembre "
            "2027.")
    titles = [c.title for c in extract(text, "fr") if c.kind == "event"]
    assert titles and titles[0].startswith("L’Agence régionale de santé indique")


@pytest.mark.parametrize("text, language, title", [
    ("Nimbus Robotics, the Kirkholt-based maker of warehouse robots, will cut 300 jobs on Monday.", "en",
     "Nimbus Robotics will cut 300 jobs"),
    ("The regulator, the Civil Aviation Directorate, approved the revised schedule on Monday.", "en",
     "The Civil Aviation Directorate approved the revised schedule"),
    ("L’ARS Auvergne-Plateau, l’agence régionale de santé, a confirmé la décision vendredi.", "fr",
     "L’ARS Auvergne-Plateau a confirmé la décision"),
])
def test_a_description_in_commas_after_the_subject_leaves_the_title(text, language, title):
    assert [c.title for c in extract(text, language)] == [title]


@pytest.mark.parametrize("text, speakers", [
    ('"It\'s heartbreaking," added Tom Hale\'s wife, Mary.', ["Mary"]),
    ('"He is innocent," said Tom Hale\'s lawyer, Anna Webb.', ["Anna Webb"]),
    ('"It\'s heartbreaking," said Tom Hale\'s wife.', []),  # she is not named: Tom Hale does not speak
])
def test_a_person_before_a_possessive_does_not_speak(text, speakers):
    assert [c.speaker for c in extract(text, "en") if c.kind == "claim"] == speakers


def test_a_bare_kind_opening_the_sentence_speaks_as_the_organisation_named_with_it():
    text = ('Officers from Nottinghamshire Police were called on Monday. Police said the driver was "travelling at '
            'more than 100mph".')
    assert [c.speaker for c in extract(text, "en") if c.kind == "claim"] == ["Nottinghamshire Police"]
    # Named with it nowhere, the bare word is no organisation the article names, but the police as a group speak, as
    # « selon la police » does and as the dev pages' gold holds ("…, police said": speaker "police"; session 49).
    text = 'Police said the driver was "travelling at more than 100mph".'
    assert [c.speaker for c in extract(text, "en") if c.kind == "claim"] == ["Police"]


@pytest.mark.parametrize("text, language", [
    ("Aileen Strachan pointed out that Larchpoint had been named the region's best start-up in 2024.", "en"),
    ("Aileen Strachan hopes that the city's start-ups will find new investors next year.", "en"),
    ("La maire, Ruth Okafor, a fait valoir que la médiathèque rouvrirait au printemps.", "fr"),
    ("La maire, Ruth Okafor, espère que la médiathèque rouvrira au printemps.", "fr"),
])
def test_any_verb_before_a_that_clause_after_a_named_subject_reports_speech(text, language):
    claims = [c for c in extract(text, language) if c.kind == "claim"]
    assert [c.speaker for c in claims] == [("Aileen Strachan" if language == "en" else "Ruth Okafor")]
    assert not claims[0].quote.startswith(("that", "que"))


@pytest.mark.parametrize("text, language, title", [
    ("La commune a versé une aide (500 euros) à chaque famille sinistrée mardi.", "fr",
     "La commune a versé une aide (500 euros) à chaque famille sinistrée"),
    ("The council paid each family a grant (£500) on Tuesday.", "en", "The council paid each family a grant (£500)"),
    ("Thierry Mabille (54 ans) a démissionné de son mandat mardi.", "fr", "Thierry Mabille a démissionné de son mandat"),
])
def test_a_figure_in_brackets_stays_in_a_title_a_label_leaves(text, language, title):
    assert [c.title for c in extract(text, language)] == [title]


@pytest.mark.parametrize("text, language", [
    ('Helen Marsh signed a "historic agreement" with the union on Monday.', "en"),
    ('Helen Marsh will sign the "historic agreement" with the union on Monday.', "en"),
    ("Sophie Marrec signe mardi un « accord historique » avec le syndicat.", "fr"),
])
def test_words_quoted_after_a_determiner_name_a_thing_and_the_sentence_stays_an_event(text, language):
    # A reporter's scare quotes around a noun phrase are no one's words: the deed is the event, not a claim.
    assert [c.kind for c in extract(text, language)] == ["event"]


@pytest.mark.parametrize("first", ["Jordan", "Georgia", "Florence", "Victoria", "Sydney"])
def test_a_place_written_in_the_article_may_still_be_a_first_name(first):
    # "in Jordan" bars "Jordan" alone as a surname, not Jordan Smith's first name; only "Jordan-based" would.
    text = (f"The charity works in {first}. {first} Smith, its director, said on Tuesday that the schools would "
            "reopen in the spring. Smith added on Wednesday that the teachers were ready.")
    assert {s for c in extract(text, "en") if c.kind == "claim" for s in [c.speaker]} == {f"{first} Smith"}


@pytest.mark.parametrize("text, language, person", [
    ("Karim B., 34 ans, a été condamné mardi à six mois de prison par le tribunal de Vérac.", "fr", "Karim B"),
    ("In 1964 Malcolm X spoke to students in Detroit on a Monday.", "en", "Malcolm X"),
])
def test_a_name_closed_by_an_initial_is_a_person(text, language, person):
    # An initial (a capital and a period) anonymises a surname; a lone capital without one may still be a person's.
    assert person in {a for c in extract(text, language) for a in c.actors}


@pytest.mark.parametrize("text, language", [
    ("Marie Dupont défend la réforme que le gouvernement a présentée lundi.", "fr"),  # a noun after "la"
    ("Marie Dupont reste prudente parce que le vote aura lieu mardi.", "fr"),  # a conjunction, no verb
    ("Tom Reed runs a business that employs forty people in Leeds.", "en"),  # a noun after "a"
])
def test_a_noun_or_a_conjunction_before_that_reports_nothing(text, language):
    # The verb-before-"that" shape must not read a relative clause or a conjunction as reported speech.
    assert claims_of(text, language) == []


def test_a_plural_possessive_stays_inside_a_name():
    text = 'The Allied Workers\' Union said it would seek talks and warned of "a winter of insecurity".'
    # The reported words before "and" are a claim of their own, the quotation another: both the union's.
    claims = [c for c in extract(text, "en") if c.kind == "claim"]
    assert sorted((c.speaker, c.quote) for c in claims) == [("Allied Workers' Union", "a winter of insecurity"),
                                                            ("Allied Workers' Union", "it would seek talks")]


@pytest.mark.parametrize("text, language, published, value", [
    # 12 June 2025: April of last year is April 2024; May of next year is May 2026.
    ("The stadium was condemned in April last year.", "en", dt.date(2025, 6, 12), "2024-04"),
    ("Le stade a fermé en avril de l'année dernière.", "fr", dt.date(2025, 6, 12), "2024-04"),
    ("Le stade rouvrira en mai l'an prochain.", "fr", dt.date(2025, 6, 12), "2026-05"),
    # 18 November 2025: "le printemps" in the past is spring 2025.
    ("Les ventes ont chuté pendant le printemps.", "fr", dt.date(2025, 11, 18), "2025-SP"),
    # 2 May 2023: the end of the summer, even after a future seen from the past.
    ("La fermeture était initialement prévue à la fin de l'été.", "fr", dt.date(2023, 5, 2), "2023-SU"),
])
def test_month_of_a_relative_year_and_year_less_dates_near_publication(text, language, published, value):
    assert one(text, language, published).value == value


def test_one_fact_told_twice_in_a_sentence_is_one_event():
    # Thursday 3 April 2025: "mardi prochain" is Tuesday 8 April, told again as "le 8 avril".
    found = extract("Le dossier sera examiné mardi prochain, le 8 avril, lors du conseil communautaire.", "fr")
    assert [(c.date.iso(), c.date_text) for c in found] == [("2025-04-08", "mardi prochain")]


@pytest.mark.parametrize("text, language, published, title", [
    # 1978 is the founding's date, not the 420 jobs' (a present): the participle is told of the subject.
    ("Fondée en 1978, l'entreprise familiale emploie 420 personnes dans son usine.", "fr", FR_PUB,
     "L'entreprise familiale est fondée"),
    ("Bernard, de Giromagny, comparaissait hier devant le tribunal.", "fr", FR_PUB,
     "Bernard, de Giromagny, comparaissait devant le tribunal"),
    # The date is the title's: the title tells the relative clause that carries it, with its subject.
    ("The school's rowing crew, which won the regional title this spring, will train at Ellsmere.", "en",
     dt.date(2025, 6, 12), "The school's rowing crew won the regional title"),
    # An aside between a verb and its object clause goes, not the object: "Le maire a expliqué, lors de la réunion
    # publique" said nothing (issue 9, item 3).
    ("Le maire a expliqué mardi, lors de la réunion publique, que la piscine fermerait pour travaux.", "fr", FR_PUB,
     "Le maire a expliqué que la piscine fermerait pour travaux"),
    ("La préfète a rappelé lundi, devant les élus, que la route resterait fermée.", "fr", FR_PUB,
     "La préfète a rappelé que la route resterait fermée"),
    ("The engineers found in 2025, while stripping the roof, that the rafters were rotten.", "en",
     dt.date(2026, 3, 9), "The engineers found that the rafters were rotten"),
])
def test_a_title_keeps_its_subject_and_verb(text, language, published, title):
    assert [c.title for c in extract(text, language, published)] == [title]


@pytest.mark.parametrize("text, language, published, titles", [
    # Issue 9, item 3: each date's title is the clause that carries it, the subject given back to both.
    ("Okonkwo, who joined the orchestra in 2017, will retire at the end of May.", "en", dt.date(2025, 3, 4),
     ["Okonkwo joined the orchestra", "Okonkwo will retire"]),
    ("Ferrolis, qui avait levé 18 millions d’euros en avril 2024, n’exclut pas une cotation en Bourse en 2030.",
     "fr", FR_PUB,
     ["Ferrolis avait levé 18 millions d’euros", "Ferrolis n’exclut pas une cotation en Bourse"]),
    # The aside tells no dated fact: it goes, the verb follows its subject.
    ("Brackmoor Gas Networks, which serves 400,000 homes, announced the price cap on Wednesday.", "en",
     dt.date(2026, 7, 9), ["Brackmoor Gas Networks announced the price cap"]),
    ("The Tarrow Fun Run, first run along the river path, drew 3,200 runners this year.", "en", dt.date(2024, 10, 7),
     ["The Tarrow Fun Run drew 3,200 runners"]),
    ("The bridge, Dunmore's oldest, closed on March 3.", "en", dt.date(2025, 3, 9), ["The bridge closed"]),
    # A name in the aside says who a description without a name is; a complement in commas is part of the fact.
    ("Its manager, Ellen Varga, told staff on Monday that orders had doubled.", "en", dt.date(2024, 3, 3),
     ["Ellen Varga told staff that orders had doubled"]),
    ("Its founder, Pieter van Dam, sold the firm on June 4.", "en", dt.date(2025, 6, 9),
     ["Pieter van Dam sold the firm"]),
    ("Le marché, d'un montant de 3,1 millions d'euros, avait été attribué en octobre 2023.", "fr", FR_PUB,
     ["Le marché, d'un montant de 3,1 millions d'euros, avait été attribué"]),
    # After a name, a name in commas is that name's apposition ("City, State"): it stays, no subject for the verb.
    ("The steel plant in Dunmore, Ohio, closed on March 3 after a fire.", "en", dt.date(2025, 3, 9),
     ["The steel plant in Dunmore, Ohio, closed after a fire"]),
    ("Nurses in Vellmar, Germany, went on strike on June 4.", "en", dt.date(2025, 6, 9),
     ["Nurses in Vellmar, Germany, went on strike"]),
    ("L'usine de Lorsac, Haute-Loire, a fermé le 3 mars.", "fr", FR_PUB, ["L'usine de Lorsac, Haute-Loire, a fermé"]),
    # A sentence adverbial is no subject; a colon between digits is a clock's, no place to cut.
    # (and the mayor's claim, « she would resign », a three-word that-clause: review of session 39)
    ("In Paris, the mayor said on Monday that she would resign.", "en", dt.date(2025, 3, 4),
     ["The mayor said that she would resign", "The mayor said on Monday she would resign"]),
    ("The blackout began at 21:40 on Friday, May 8, when a transformer failed.", "en", dt.date(2026, 5, 12),
     ["The blackout began at 21:40, when a transformer failed"]),
    # A quotation told in two sentences is one to the segmenter: the title is the sentence that holds the date.
    ("“Pete went into the water in June 1952. My uncle pulled him out with a rope.”", "en",
     dt.date(2025, 9, 20), ["Pete went into the water"]),
    ("« Les élèves feront une heure de car chaque matin. On nous avait juré l'inverse en 2021. »", "fr",
     FR_PUB, ["On nous avait juré l'inverse"]),
    # The segmenter's abbreviations end no sentence of a title either; a short piece ending on a capital before a
    # stop is an abbreviation the list lacks ("Brig."), no sentence.
    ("On March 3, Dr. Rao closed the clinic in Dunmore.", "en", dt.date(2025, 3, 9),
     ["Dr. Rao closed the clinic in Dunmore"]),
    ("On March 3, Gov. Whitmer signed the budget bill.", "en", dt.date(2025, 3, 9),
     ["Gov. Whitmer signed the budget bill"]),
    ("Flooding hit St. Austell and Truro on March 3.", "en", dt.date(2025, 3, 9),
     ["Flooding hit St. Austell and Truro"]),
    ("“On June 4, Brig. Ellery opened the barracks. Nobody came.”", "en",
     dt.date(2025, 6, 9), ["Brig. Ellery opened the barracks"]),
])
def test_a_title_tells_the_clause_its_date_is_in(text, language, published, titles):
    assert sorted(c.title for c in extract(text, language, published)) == sorted(titles)


@pytest.mark.parametrize("text, language, title", [
    # Issue 9, item 3: a quotation opening in lower case is a piece of the sentence; the clause carrying it is the
    # claim, not the fragment ("Gérard Pélissier déclare : « avant le 14 juillet »").
    ("Gérard Pélissier préside le club. Il assure que Vaubrac « n’a pas les moyens de suivre » l’offre et que le "
     "recrutement d’une nouvelle meneuse sera bouclé « avant le 14 juillet ».", "fr",
     "Gérard Pélissier assure que le recrutement d’une nouvelle meneuse sera bouclé « avant le 14 juillet »"),
    ("In a statement, the company said it had “no current plans” for the farm.", "en",
     "The company said it had “no current plans” for the farm"),
    ("A new storage tank at the site would be finished “by summer 2029”, the company said.", "en",
     "The company said a new storage tank at the site would be finished “by summer 2029”"),
    ("Selon un communiqué de la préfecture, des contrôles seront menés sur les chantiers « dès la fin de la semaine ».",
     "fr", "Selon la préfecture, des contrôles seront menés sur les chantiers « dès la fin de la semaine »"),
    # After another quotation only a coordinated "and that" opens a reported clause, not a relative "qu'elle juge".
    ("Sandrine Keraudren (CGT) qualifie l'offre de « provocation », trois jours après une journée de grève qu'elle "
     "juge « historique ».", "fr", "Sandrine Keraudren déclare : « historique »"),
])
def test_a_quotation_fragment_is_titled_with_the_clause_that_carries_it(text, language, title):
    assert title in [c.title for c in extract(text, language) if c.kind == "claim"]


@pytest.mark.parametrize("text, language, title", [
    # Issue 9, item 3: a dated participle or adjective in commas tells what its subject is, with "to be".
    ("The Kelford Marathon, first run in 1983, drew 9,500 runners this year.", "en", "The Kelford Marathon is first run"),
    ("Corvillac, promu en première division l’été dernier, dispute ce samedi la première finale de son histoire.", "fr",
     "Corvillac est promu en première division"),
    # An opening participle phrase: its own fact when the main clause is a state or a perfect ...
    ("Construite en 1974, la patinoire des Aiguilles accuse un déficit de 600 000 euros par an.", "fr",
     "La patinoire des Aiguilles est construite"),
    ("Founded in 1902, the club has never won the league.", "en", "The club is founded"),
    # ... the main clause's when that is a past fact without a date of its own: the phrase goes whole.
    ("Réuni lundi, le conseil municipal a adopté la nouvelle grille tarifaire.", "fr",
     "Le conseil municipal a adopté la nouvelle grille tarifaire"),
])
def test_a_dated_participle_is_told_of_its_subject(text, language, title):
    assert title in [c.title for c in extract(text, language)]


@pytest.mark.parametrize("text, language, title", [
    # Issue 9, item 3: an aside of one word and the date is a participle or an adjective by its shape, whatever the
    # word ("fondée", "appointed" are verb forms the lists know too): told of its subject.
    ("La papeterie, fondée en 1923, a longtemps été le premier employeur de la vallée.", "fr", "La papeterie est fondée"),
    ("Les écoles du secteur, fermées depuis lundi, rouvriront le même jour.", "fr", "Les écoles du secteur sont fermées"),
    # A past main clause without a day of its own is the fact of the aside's date: it is the title (review 30,
    # finding 8: "Brisset is appointed" lost whom he replaced).
    ("Brisset, appointed in June, replaced Marc Delval as head coach.", "en",
     "Brisset replaced Marc Delval as head coach"),
    ("Harland, interviewed in May, said the club would appeal.", "en", "Harland said the club would appeal"),
    ("Le préfet, interrogé lundi, a assuré que l'usine resterait ouverte.", "fr",
     "Le préfet a assuré que l'usine resterait ouverte"),
    # A word after the date, or an adverb before it, is no participle: nothing is told with "to be".
    ("Le maire, hier encore, a refusé de commenter.", "fr", "Le maire, encore, a refusé de commenter"),
    ("The company, already in 2019, had warned of losses.", "en", "The company, already, had warned of losses"),
    ("Le club, samedi aussi, a perdu à domicile.", "fr", "Le club, aussi, a perdu à domicile"),
    # An opening word the date leaves alone before the clause goes with its comma.
    ("Déjà en 2019, la fermeture de la maternité avait déclenché plusieurs semaines de mobilisation.", "fr",
     "La fermeture de la maternité avait déclenché plusieurs semaines de mobilisation"),
    # Review 30, finding 4: a word after the date is the subject, not debris.
    ("In 2019 Apple, Google and Microsoft signed the pledge on recycled packaging.", "en",
     "Apple, Google and Microsoft signed the pledge on recycled packaging"),
    ("En 2019 Renault, Peugeot et Citroën ont signé la charte.", "fr", "Renault, Peugeot et Citroën ont signé la charte"),
    ("En mars Valmont, Brieux et Sorgues ont fusionné leurs syndicats des eaux.", "fr",
     "Valmont, Brieux et Sorgues ont fusionné leurs syndicats des eaux"),
    ("Lundi Dupont, le maire de Lyon, a démissionné.", "fr", "Dupont a démissionné"),
    ("Yesterday Smith, the mayor, resigned.", "en", "Smith resigned"),
    # ... a lower-case word after it still is.
    ("En 2021 déjà, la fusion des deux clubs avait été repoussée.", "fr", "La fusion des deux clubs avait été repoussée"),
    # The date's own tail ("soir") is no verb in the participle phrase.
    ("Réuni lundi soir, le conseil municipal a adopté la nouvelle grille tarifaire.", "fr",
     "Le conseil municipal a adopté la nouvelle grille tarifaire"),
    # A name is a subject too; its imperfect is a state, so the date is the participle's (review 44, item 5).
    ("Élue en 2016, Armelle Dufrénoy était la première femme à présider l'université.", "fr",
     "Armelle Dufrénoy est élue"),
    # A clause after the subject's aside keeps its verb: the aside is no debris.
    ("Prices, meanwhile, rose in May, the office said.", "en", "Prices rose, the office said"),
])
def test_no_word_is_left_alone_in_commas_where_the_date_was(text, language, title):
    # The events' titles: "the office said" makes the office's reported words a claim beside the event.
    assert [c.title for c in extract(text, language) if c.kind == "event"] == [title]


@pytest.mark.parametrize("text, language, title", [
    # Issue 9, item 3: a sentence too long for a title leaves out what it says beside its clause before a word is cut:
    # the subject's aside, ...
    ("Dr Alun Pryce, a marine ecologist at the Kernow Marine Institute who reviewed the licence application for the "
     "council, said on Monday that the survey ignored the lobster nursery off the point.", "en",
     "Dr Alun Pryce said that the survey ignored the lobster nursery off the point"),
    # ... an aside between the verb and its object, ...
    ("Le groupe Valtrane, basé à Vérancourt, a annoncé mardi, après la clôture de la Bourse, le dépôt d’une offre "
     "publique d'achat sur son concurrent Brévol.", "fr",
     "Le groupe Valtrane a annoncé le dépôt d’une offre publique d'achat sur son concurrent Brévol"),
    # ... an opening phrase without a verb.
    ("Sept mois après le Forum alpin de l'eau, les communes de montagne n'ont toujours pas vu la couleur des 200 millions "
     "d'euros promis en juin par Claire Vasseur.", "fr",
     "Les communes de montagne n'ont toujours pas vu la couleur des 200 millions d'euros promis par Claire Vasseur"),
])
def test_a_long_sentence_leaves_out_its_asides_before_its_title_is_cut(text, language, title):
    assert title in [c.title for c in extract(text, language)]


@pytest.mark.parametrize("text, language, opening", [
    # Review 30, finding 7: a list many titles long is no sentence with asides to leave out (each removal rescanned
    # it: 800 items took 16 s); its title opens on its subject and is cut.
    ("Les pommes du verger " + ", ".join(f"les poires du champ {i}" for i in range(60))
     + " ont été vendues mardi au marché de la ville.", "fr", "Les pommes du verger"),
    ("Les élèves de l'école " + ", ".join(f"les enfants du quartier {i}" for i in range(40))
     + " ont défilé samedi dans la ville.", "fr", "Les élèves de l'école"),
])
def test_a_list_many_titles_long_keeps_its_first_words(text, language, opening):
    titles = [c.title for c in extract(text, language)]
    assert titles and titles[0].startswith(opening)


@pytest.mark.parametrize("text, language, opening", [
    # Review 30, finding 6: a long sentence's opening noun phrase is its subject or a list's first item, and a phrase
    # opening on "sans", "without", "except" is a condition or an exception its clause holds under: they stay.
    ("Les pompiers, les gendarmes et les agents de la protection civile du département de la Haute-Vienne et des "
     "communes voisines sont intervenus jeudi pour évacuer les habitants du quartier inondé.", "fr",
     "Les pompiers, les gendarmes et"),
    ("Sans l'accord des actionnaires minoritaires, la fusion annoncée mercredi par les deux principaux groupes "
     "laitiers de la région ne pourra pas être conclue avant la fin de l'année prochaine.", "fr",
     "Sans l'accord des actionnaires minoritaires, la fusion"),
    ("Without the consent of the landowners, the pipeline approved on Thursday by the planning committee of the "
     "county council cannot be built across the moor before the end of next year.", "en",
     "Without the consent of the landowners, the pipeline"),
    ("The board refused, with the exception of one small change, all thirty requests made by the parents' association "
     "on Wednesday to cut the school's spending on trips and visits.", "en",
     "The board refused, with the exception of one small change"),
])
def test_a_long_sentence_keeps_its_subject_and_its_conditions(text, language, opening):
    titles = [c.title for c in extract(text, language)]
    assert titles and titles[0].startswith(opening)


@pytest.mark.parametrize("text, language, words", [
    # The aside that holds the date tells the fact: it stays, cut or not.
    ("The plant, announced with fanfare in March 2025 and originally due to start production at the end of 2028, was "
     "meant to employ 1,800 people.", "en", "announced with fanfare"),
    # A title that fits keeps its asides (not an undated participle aside, « basé à Vérancourt »: it tells no part of
    # the dated clause, session 46).
    ("Le groupe Valtrane, premier employeur de Vérancourt, a annoncé mardi une offre sur Brévol.", "fr",
     "premier employeur de Vérancourt"),
])
def test_the_aside_holding_the_date_and_the_asides_of_a_short_title_stay(text, language, words):
    titles = [c.title for c in extract(text, language)]
    assert titles and words in titles[0]


@pytest.mark.parametrize("text, language, title", [
    # Review 30, finding 11: a quotation that names the clause's object keeps the words that fit, closed after the cut.
    ("Le syndicat mixte a présenté le 12 mai un projet intitulé « reconquête des rives de la Sorgue et des anciens "
     "moulins de la vallée ».", "fr",
     "Le syndicat mixte a présenté un projet intitulé « reconquête des rives de la Sorgue et des anciens…»"),
    ("The trust unveiled on Friday a scheme it named \"a fair deal for the tenants of every estate in the borough and "
     "the villages around it\".", "en",
     "The trust unveiled a scheme it named \"a fair deal for the tenants of every estate…\""),
])
def test_a_cut_title_closes_a_quotation_that_names_its_object(text, language, title):
    assert [c.title for c in extract(text, language)] == [title]


@pytest.mark.parametrize("text, language, title", [
    # Issue 9, item 3: a title cut inside a quotation would misquote half of it; it ends before the quotation mark.
    ("Le conseil municipal de Port-Aurelle avait voté à l'unanimité le 3 mars une aide exceptionnelle de 20 000 euros "
     "pour « préserver un festival qui fait vivre toute la presqu'île ».", "fr",
     "Le conseil municipal de Port-Aurelle avait voté à l'unanimité une aide exceptionnelle de 20 000 euros…"),
    ("The States' infrastructure department announced on Monday that the runway would close from 6am, \"as a "
     "precaution while the cracks are assessed\".", "en",
     "The States' infrastructure department announced that the runway would close from 6am…"),
])
def test_a_cut_title_does_not_open_a_quotation_it_cannot_close(text, language, title):
    assert [c.title for c in extract(text, language)] == [title]


@pytest.mark.parametrize("text, language, title", [
    # A date glued to the next word is part of it: the title keeps the word whole, no "-night" or "’s meeting" left.
    ("Hundreds of riders turned up for the Friday-night ride through the city centre.", "en",
     "Hundreds of riders turned up for the Friday-night ride through the city centre"),
    ("The budget was underspent, a point Amankwah made repeatedly during Tuesday’s meeting.", "en",
     "The budget was underspent, a point Amankwah made repeatedly during Tuesday’s meeting"),
])
def test_a_date_glued_to_the_next_word_stays_in_the_title(text, language, title):
    assert title in [c.title for c in extract(text, language)]


def test_a_participle_that_does_not_agree_with_the_subject_is_another_noun_s():
    # "construite" is the tower's, not the steps': no "Les 214 marches de la tour sont construite".
    titles = [c.title for c in extract("Les 214 marches de la tour, construite en 1867, ont été consolidées.", "fr")]
    assert titles and not any(" sont " in t for t in titles)


# --- issue 9: reported speech, a claim without quotation marks ------------------------------------------

def claims_of(text: str, language: str) -> list[Candidate]:
    """The claims extracted from a text."""
    return [c for c in extract(text, language) if c.kind == "claim"]


@pytest.mark.parametrize("text, language, speaker, words", [
    # "X told <audience> that …"
    ("Last spring, the port's director, Ines Varga, told lawmakers that the quay would reopen by autumn.", "en",
     "Ines Varga", "the quay would reopen by autumn"),
    # "X said <pronoun> …" (no "that")
    ("The ferry operator Bluewake said it was studying a second crossing.", "en", "Bluewake",
     "it was studying a second crossing"),
    # "…, X said" in the middle of the sentence
    ("Ferry fares have risen by a third since 2020, Ines Varga said, but demand keeps growing.", "en", "Ines Varga",
     "Ferry fares have risen by a third since 2020"),
    # "X a affirmé que …", an audience after "à" between the verb and "que"
    ("Le président du syndicat, Hugo Lemaire, a affirmé aux adhérents que la grève serait reconduite.", "fr",
     "Hugo Lemaire", "la grève serait reconduite"),
    # "…, a précisé X": the speaker after the verb
    ("Le chantier a pris quatre mois de retard, a précisé jeudi la directrice du port, Inès Varga.", "fr", "Inès Varga",
     "Le chantier a pris quatre mois de retard"),
    # "Selon lui, …": the pronoun names the last person named
    ("Hugo Lemaire dirige le syndicat depuis dix ans. Selon lui, quarante postes sont menacés dans l'atelier.", "fr",
     "Hugo Lemaire", "quarante postes sont menacés dans l'atelier"),
    # "X said <noun phrase> would …" (no "that"), "X estimated that …", "X considère que …"
    ("Ada Brent said the ferry plan would be dropped by the council.", "en", "Ada Brent",
     "the ferry plan would be dropped by the council"),
    ("The mayor, Ada Brent, estimated that 300 homes had been flooded.", "en", "Ada Brent", "300 homes had been flooded"),
    ("Le maire, Paul Vidal, considère que la ville a été abandonnée.", "fr", "Paul Vidal", "la ville a été abandonnée"),
    # "…, according to <organisation>"
    ("Two passengers remain in hospital, according to the Marlow Port Authority.", "en", "Marlow Port Authority",
     "Two passengers remain in hospital"),
    # a speaker described, not named, as the verb's subject: their words as much as a named one's (issue 9)
    ("Fares will rise by a third in June, the operator said on Tuesday.", "en", "The operator",
     "Fares will rise by a third in June"),
])
def test_reported_speech_is_a_claim_with_its_speaker(text, language, speaker, words):
    [claim] = claims_of(text, language)
    assert (claim.speaker, claim.quote) == (speaker, words)
    assert "“" not in claim.title and "«" not in claim.title  # not the speaker's own words: no quotation marks
    assert speaker in claim.title


@pytest.mark.parametrize("text, language", [
    ("La maire, Claire Dubois, a annoncé une réunion avec le préfet le 2 décembre.", "fr"),  # an action, an object
    ("L'agence régionale, l'ARS, a confirmé la décision vendredi, au terme de six mois.", "fr"),  # an apposition
    ("Ils devaient arriver le 12 avril, mais le constructeur Vernier a annoncé vendredi un retard.", "fr"),
    ("Les salariés garderont leur mutuelle jusqu'en juin, selon l'accord signé en 2021.", "fr"),  # an agreement
    ("Ferry traffic doubled last year, according to its latest figures.", "en"),
    ("The shop closed after the long-serving mayor of the town said that the roof was unsafe.", "en"),
    ("Le maire n'a pas dit que la route serait fermée en mai.", "fr"),  # denied, not said
    ("Ferry fares rose, officials warned.", "en"),  # too short to report anything
    ("Ada Brent said the word twice before leaving the hall.", "en"),  # an object, no clause
])
def test_what_is_no_reported_speech(text, language):
    assert claims_of(text, language) == []


def test_reported_speech_keeps_the_events_of_its_sentence_and_links_them():
    # Published Wednesday 15 May 2024: "on Monday" dates the saying; "since early 2021" is what the speaker reports.
    found = extract("Greg Hale told reporters on Monday that sales had doubled since early 2021.", "en")
    claim = next(c for c in found if c.kind == "claim")
    events = [c for c in found if c.kind == "event"]
    assert (claim.date.iso(), claim.speaker) == ("2024-05-13", "Greg Hale")
    assert [(e.date.iso(), e.claim) for e in events] == [("2024-05-13", None)]  # as without the claim
    assert claim.id != events[0].id
    found = extract("Greg Hale told reporters that sales had doubled since early 2021.", "en")
    claim = next(c for c in found if c.kind == "claim")
    assert [(e.date.iso(), e.claim) for e in found if e.kind == "event"] == [("2021", claim.id)]


def test_a_reported_title_redoes_the_elision():
    [claim] = claims_of("La maire, Claire Dubois, rappelle qu'une pétition a recueilli 500 signatures.", "fr")
    assert claim.title == "Claire Dubois rappelle qu'une pétition a recueilli 500 signatures"
    [claim] = claims_of("Une pétition a recueilli 500 signatures, a rappelé Claire Dubois.", "fr")
    assert claim.title == "Claire Dubois a rappelé qu'une pétition a recueilli 500 signatures"


def test_an_imperfect_reporting_verb_attributes_a_quotation():
    [claim] = claims_of("Il y a trois ans, Hugo Lemaire assurait pourtant que l'atelier pourrait « tenir sans aide ».", "fr")
    assert claim.speaker == "Hugo Lemaire"


# --- issue 9: actors, names as a newsroom writes them ------------------------------------------------

def test_a_french_kind_of_place_before_a_name_is_part_of_it():
    text = ("Les salariés de la fromagerie Dubreuil ont voté la grève lundi. "
            "Dubreuil emploie 80 personnes depuis 2010.")
    assert actors_of(text, "fr") == ["fromagerie Dubreuil"]  # "Dubreuil" alone names it from then on
    text = "La cave coopérative des Vignerons de Sarlat a vendangé mardi, comme la région Aquitaine-Nord l'a demandé."
    assert actors_of(text, "fr") == ["cave coopérative des Vignerons de Sarlat", "région Aquitaine-Nord"]
    # A generic word is no part of a name; nor is a kind of place that is not written right before it.
    assert actors_of("Le groupe Nordvik a racheté l'usine lundi.", "fr") == ["Nordvik"]


def test_two_names_joined_by_and_into_an_organisation_are_one():
    text = "Jo Platt, who chairs the Coastal Ferry and Harbour Users' Association, spoke on Monday."
    assert actors_of(text, "en") == ["Coastal Ferry and Harbour Users' Association", "Jo Platt"]
    assert actors_of("The deal was signed by Apple and Google on Monday.", "en") == ["Apple", "Google"]
    assert actors_of("Le Crédit Mutuel et la Banque Rurale ont signé lundi.", "fr") == ["Banque Rurale", "Crédit Mutuel"]


# --- issue 9, item 3: titles carry their verb -----------------------------------------------------------

@pytest.mark.parametrize("text, language, title", [
    # A quotation without a verb: the words of the sentence that carry it, from the reporting verb on.
    ('Councillor Ada Brent, who voted against, said the ferry plan was "not fit for purpose" and left.', "en",
     'Ada Brent said the ferry plan was "not fit for purpose"'),
    ("Le maire, Paul Vidal, a expliqué que le pont serait rouvert « sans tarder ».", "fr",
     "Paul Vidal a expliqué que le pont serait rouvert « sans tarder »"),
    # The quotation first: a reporting verb says whose words they are.
    ('"Not again, and not on this line," said Ada Brent.', "en", "Ada Brent says: “Not again, and not on this line”"),
    # A quotation that holds a verb keeps the short form.
    ('"We will reopen the bridge," said Ada Brent.', "en", "Ada Brent: “We will reopen the bridge”"),
])
def test_a_claim_title_carries_a_verb(text, language, title):
    [claim] = [c for c in extract(text, language) if c.kind == "claim"]
    assert claim.title == title


def test_a_long_carried_title_keeps_the_clause_of_the_quotation():
    text = ("Le directeur, Paul Vidal, a expliqué que l'atelier de la rue des Forges tournait à moitié de ses capacités "
            "depuis des mois et que les premiers ferries sortiraient « au plus vite ».")
    # The first "que" clause, before "et", is reported speech of its own; the quotation's claim keeps its clause.
    [claim] = [c for c in extract(text, "fr") if c.kind == "claim" and c.quote == "au plus vite"]
    assert claim.title == "Paul Vidal a expliqué que les premiers ferries sortiraient « au plus vite »"


def test_a_date_in_a_quotation_whose_clause_has_no_verb_is_titled_from_the_sentence():
    # Published 3 April 2025: "en juillet" is July 2025.
    found = extract("Le directeur, Paul Vidal, a annoncé que le pont rouvrirait « cet été, au plus tard en juillet ».", "fr")
    july = next(c for c in found if "juillet" in (c.date_text or ""))
    assert july.title == "Paul Vidal a annoncé que le pont rouvrirait « cet été, au plus tard en juillet »"


@pytest.mark.parametrize("text, language, actors", [
    ("Sales of the iPhone 15 fell in March, Apple said on Monday.", "en", ["Apple"]),  # no "Phone" inside a word
    ("Shares in Boeing fell on Monday after the FAA grounded the 737 MAX.", "en", ["Boeing", "FAA"]),  # a model
    ("On Tuesday, Labour MP Sarah Jones said the NHS needed more money.", "en", ["NHS", "Sarah Jones"]),  # a title
    ("The Tesla Model Y was recalled in May by its maker.", "en", ["Tesla"]),  # a product's word ends the name
    ("Le Conseil d'État a annulé la décision le 3 mars.", "fr", ["Conseil d'État"]),
    ("La Banque de France a relevé ses prévisions le 3 mars.", "fr", ["Banque de France"]),
    # "de l'" before a name joins it as "d'" does: one organisation, not "Laiteries Réunies" and "Orbe" (no word of
    # it is an organisation's word, and two capitalised words have a person's shape).
    ("Les salariés de Laiteries Réunies de l'Orbe ont débrayé le 3 mars.", "fr", ["Laiteries Réunies de l'Orbe"]),
    ("Les Jeunes Vignerons de l'Arve ont manifesté le 3 mars devant la préfecture.", "fr",
     ["Jeunes Vignerons de l'Arve"]),
    ("The grid operator Réseau Vert de l'Est said on March 3 that power was back.", "en", ["Réseau Vert de l'Est"]),
    # A person's name before "de l'" is no organisation's first words: the person and the institute or the
    # département are two actors; only the languages' elided articles join ("O'Hara" is an Irish name).
    ("Le chercheur Paul Tessier de l'Inrae a publié son étude le 3 mars.", "fr", ["Inrae", "Paul Tessier"]),
    ("La sénatrice Odile Carrel de l'Aveyron a voté contre le texte le 3 mars.", "fr", ["Aveyron", "Odile Carrel"]),
    ("Samia Belkacem de l'Anses a présenté le rapport le 3 mars.", "fr", ["Anses", "Samia Belkacem"]),
    ("Dermot Keane of O'Rourke Haulage said on March 3 that the depot would close.", "en",
     ["Dermot Keane", "O'Rourke Haulage"]),
    ("Shareholders of O'Dwyer Foods voted on March 3 to sell the firm.", "en", ["O'Dwyer Foods"]),
    # A name in the plural is a group's, though two capitalised words: "de l'" joins it.
    ("Les Jeunes Apiculteurs de l'Aude ont manifesté le 3 mars.", "fr", ["Jeunes Apiculteurs de l'Aude"]),
    ("Le maire de Dunville a parlé le 3 mars.", "fr", ["Dunville"]),
])
def test_a_name_is_cut_where_a_newsroom_cuts_it(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, speaker, words", [
    ("‘We’re not going anywhere,’ said Ada Brent.", "en", "Ada Brent", "We’re not going anywhere,"),  # British quotes
    ("Paul Vidal est catégorique : « Le pont rouvrira en mai. »", "fr", "Paul Vidal", "Le pont rouvrira en mai."),
    ('Ada Brent was blunt: "The ferry will run on Monday."', "en", "Ada Brent", "The ferry will run on Monday."),
])
def test_a_quotation_in_single_quotes_or_after_a_colon_is_a_claim(text, language, speaker, words):
    [claim] = claims_of(text, language)
    assert (claim.speaker, claim.quote) == (speaker, words)


@pytest.mark.parametrize("text, language", [
    ("Le programme est clair : « Le pont rouvrira en mai. »", "fr"),  # no one named speaks
    ("The union’s leaders’ banner read: “No more cuts”.", "en"),
])
def test_a_colon_alone_does_not_make_a_speaker(text, language):
    assert claims_of(text, language) == []


# --- issue 9: names as newsrooms write them (articles, "of"/"du" inside, routes) ------------------------

@pytest.mark.parametrize("text, language, actors", [
    # A capitalised article inside a sentence belongs to the name, and the name keeps it at a sentence's start.
    ("Les chiffres ont été publiés mardi par Le Veilleur.", "fr", ["Le Veilleur"]),
    ("The figures were first reported by The Harbour Gazette on Monday.", "en", ["The Harbour Gazette"]),
    ("L'enquête a été publiée par Le Veilleur en mars. Le Veilleur a ensuite publié les comptes en mai.", "fr",
     ["Le Veilleur"]),
    # "of", "du", "des" inside an organisation's name.
    ("The Bank of Eldmoor raised its main rate on Thursday.", "en", ["Bank of Eldmoor"]),
    ("Students at the University of Carrow protested on Monday.", "en", ["University of Carrow"]),
    ("La Caisse du Littoral a prêté trois millions d'euros en mars.", "fr", ["Caisse du Littoral"]),
    ("L'affaire a été révélée en mars par La Gazette du Plateau.", "fr", ["La Gazette du Plateau"]),
    ("Shares of Halvorsen fell on Monday.", "en", ["Halvorsen"]),  # a sentence's first word is no organisation
    ("The chief executive of Halvorsen, Dana Reyes, resigned on Monday.", "en", ["Dana Reyes", "Halvorsen"]),
    # A line or a route named by its two ends is nobody.
    ("Trains on the Carrow-Dunmore line were cancelled on Monday.", "en", []),
    ("La liaison Montfleury-Vérac sera fermée en juin.", "fr", []),
    ("The ministry said on Monday that the Carrow–Dunmore line would close in June.", "en", []),
    ("La ligne Lorsac-Mirval rouvrira le 3 juin, a annoncé la régie.", "fr", []),
    ("The ferry firm Bluewake will stop its Carrow-Lundy service in May.", "en", ["Bluewake"]),
])
def test_an_organisation_keeps_its_article_and_its_of_and_a_route_is_nobody(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, speaker", [
    # A description standing for an organisation named before speaks as that organisation.
    ("The engines go back to Halvorsen Aero Engines for checks. Halvorsen declined to comment on Monday. "
     "The engine maker said in August that repairs would take “until the end of next year”.", "en",
     "Halvorsen Aero Engines"),
    ("Les bus sont construits par le groupe Vernier à Sablé. « Nous livrerons les premiers en juillet », "
     "a assuré le constructeur.", "fr", "Vernier"),
    ("Halvorsen Aero Engines supplies the jets. Halvorsen declined to comment. The engine maker reported a loss "
     "of £310m and warned in August that repairs would take “until the end of next year”.", "en",
     "Halvorsen Aero Engines"),
    ("Ashcombe United's supporters waited for years, and the club hoped to move. The ground sits beside the River "
     "Wend. “The stand was beyond repair,” the club’s former owners said.", "en", "Ashcombe United’s former owners"),
    ("Ashcombe United play at Riverside Park. “The stand was beyond repair,” the club’s former owners said.",
     "en", "Ashcombe United’s former owners"),
])
def test_a_described_speaker_is_the_organisation_named_before(text, language, speaker):
    claims = [c for c in extract(text, language) if c.kind == "claim"]
    assert [c.speaker for c in claims] == [speaker]


def test_a_description_with_no_organisation_before_stays_as_written():
    text = "The mayor spoke first. “The stand was beyond repair,” the club’s former owners said."
    assert [c.speaker for c in extract(text, "en") if c.kind == "claim"] == ["The club’s former owners"]


def test_a_dash_between_two_names_does_not_cut_a_title():
    [event] = [c for c in extract("The ministry said on Monday that the Carrow–Dunmore line would close for good.", "en")
               if c.kind == "event"]
    assert event.title == "The ministry said that the Carrow–Dunmore line would close for good"


def test_a_dated_clause_joined_to_the_reporting_verb_by_and_is_an_event_of_its_own():
    # Published 15 May 2024: "the first quarter of 2024" is 2024-Q1, "in April" April 2024.
    text = ("Carrow Ferries runs the Lundy crossing. Carrow Ferries declined to comment. The operator reported a loss "
            "of £12m for the first quarter of 2024 and warned in April that repairs to its two boats would take "
            "“most of the summer”.")
    found = [(c.kind, c.date.iso(), c.title) for c in extract(text, "en")]
    assert ("event", "2024-Q1", "Carrow Ferries reported a loss of £12m") in found
    assert ("claim", "2024-04",
            "Carrow Ferries warned in April that repairs to its two boats would take “most of the summer”") in found


def test_a_long_carried_title_keeps_the_reported_clause_whole():
    text = ("The chief executive of Carrow Ferries, Dana Reyes, warned shareholders at the annual meeting in Lundy on "
            "Tuesday that repairs across the whole fleet would take “most of the summer”.")
    [claim] = [c for c in extract(text, "en") if c.kind == "claim"]
    assert claim.title == "Dana Reyes warned that repairs across the whole fleet would take “most of the summer”"


@pytest.mark.parametrize("text, language, date, title", [
    # A subject pronoun takes the subject of the sentence before, when they agree.
    ("Les douze tramways commandés par la métropole de Lorsac sont en retard. Ils devaient être livrés le 3 mars, "
     "selon le contrat.", "fr", "2025-03-03", "Les douze tramways devaient être livrés"),
    ("The recall now covers every batch made in Dunmore. It was first announced on Monday for one batch.", "en",
     "2024-05-13", "The recall was first announced for one batch"),
    # No agreement, no substitution: "Elle" does not stand for "Le contrat".
    ("Le contrat de la régie a été signé en 2022. Elle prévoyait une ouverture le 3 mars.", "fr", "2025-03-03",
     "Elle prévoyait une ouverture"),
    # A clause cut after an apposition takes its sentence's subject.
    ("La machine n° 4, installée en 1987, devait être modernisée l'an prochain.", "fr", "2026",
     "La machine n° 4 devait être modernisée"),
])
def test_a_title_gets_back_the_subject_it_lost(text, language, date, title):
    found = {c.date.iso(): c.title for c in extract(text, language)}
    assert found[date] == title


@pytest.mark.parametrize("text, language, actors", [
    ("The Friends of Carrow Libraries, a campaign group, met on Monday.", "en", ["Friends of Carrow Libraries"]),
    ("Figures from the Department for Education showed a fall in March.", "en", ["Department for Education"]),
    ("Dana Reyes left Halvorsen for Bluewake in March.", "en", ["Bluewake", "Dana Reyes", "Halvorsen"]),
])
def test_an_organisation_named_with_for_or_opened_by_its_article(
        text, language, actors):
    assert actors_of(text, language) == actors


def test_an_organisation_before_its_apposition_speaks():
    text = "The Friends of Carrow Libraries, a campaign group, said on Monday that it would seek a judicial review."
    assert [c.speaker for c in extract(text, "en") if c.kind == "claim"] == ["Friends of Carrow Libraries"]


def test_told_a_named_outlet_that_is_reported_speech():
    text = "Councillor Raj Patel told the Carrow Echo that the reserves could have kept the branches open."
    [claim] = [c for c in extract(text, "en") if c.kind == "claim"]
    assert (claim.speaker, claim.quote) == ("Raj Patel", "the reserves could have kept the branches open")


@pytest.mark.parametrize("text, language, speaker, words", [
    # whoever was told, where and when, in words no list holds, between the verb and its own "that"/"que"
    ("Mr Ada Brent told a regional newspaper that one phone call would have exposed the fake.", "en", "Ada Brent",
     "one phone call would have exposed the fake"),
    ("Ines Varga said before the harbour committee that the quay would reopen by autumn.", "en", "Ines Varga",
     "the quay would reopen by autumn"),
    ("Le maire, Paul Vidal, a répété devant les habitants du quartier que la digue serait rehaussée.", "fr",
     "Paul Vidal", "la digue serait rehaussée"),
    # an announcement's "that" further on too: what was announced is the announcer's word (session 33)
    ("Ines Varga announced on Monday morning that the ferry would stop in June.", "en", "Ines Varga",
     "the ferry would stop in June"),
])
def test_any_words_of_audience_before_that_keep_the_reported_speech(text, language, speaker, words):
    [claim] = claims_of(text, language)
    assert (claim.speaker, claim.quote) == (speaker, words)


@pytest.mark.parametrize("text, language", [
    # a "that" opening on a verb is a relative pronoun: the noun before it is the verb's object
    ("Ada Brent told the committee a story that was hard to believe.", "en"),
    # a noun phrase right after the verb is its object, and the "that" after it a relative pronoun
    ("Ada Brent recalled the promise that the mayor made to residents in May.", "en"),
    ("Paul Vidal a rappelé la promesse que le maire avait faite aux habitants en mai.", "fr"),
])
def test_words_before_a_far_that_that_is_no_reported_speech(text, language):
    assert claims_of(text, language) == []


@pytest.mark.parametrize("text, language", [
    # review 28: a noun phrase right before a far "that"/"que", after a preposition that tells no audience, after an
    # adverb or after a first noun phrase, is its antecedent: "that" is a relative pronoun
    ("Ada Brent warned of the risks that the new plan posed to the town on March 3.", "en"),
    ("Ada Brent told the jury the version that her lawyer had prepared on March 3.", "en"),
    ("Ada Brent explained at length the reasons that the council gave on March 3.", "en"),
    ("Ada Brent testified about the night that her brother disappeared in March.", "en"),
    ("Tom Hale complained bitterly of the delays that the contractor had caused in June.", "en"),
    ("Tom Hale showed the inspectors the cracks that the flood had left in the wall.", "en"),
    ("Paul Vidal a parlé des travaux que la mairie a lancés en mars.", "fr"),
    ("Paul Vidal a évoqué mardi les travaux que la mairie a lancés.", "fr"),
    ("Paul Vidal a expliqué aux habitants les raisons que le conseil avait données en mars.", "fr"),
    ("Léa Morin a détaillé longuement le budget que la région a voté en avril.", "fr"),
    # a conjunction or a degree word with "que"/"that": a comparison, a time, a consequence, no speech
    ("Paul Vidal a parlé plus longtemps que le maire lors de la séance du 3 mars.", "fr"),
    ("Paul Vidal a témoigné avant que le conseil ne vote le 3 mars.", "fr"),
    ("Paul Vidal a parlé si longtemps que la séance a été levée le 3 mars.", "fr"),
    ("Paul Vidal a parlé pendant que le maire quittait la salle le 3 mars.", "fr"),
    ("Léa Morin a répondu sans que personne ne l'interrompe le 4 avril.", "fr"),
    ("Ada Brent testified for so long on March 3 that the hearing was adjourned.", "en"),
    ("Tom Hale argued with such force in court that the judge adjourned the case.", "en"),
])
def test_a_far_that_after_a_noun_phrase_or_a_conjunction_is_no_reported_speech(text, language):
    assert claims_of(text, language) == []


@pytest.mark.parametrize("text, language, speaker, words", [
    # whoever was told after a preposition of audience, the noun phrase with its complement ("du quartier")
    ("Tom Hale said to the members of the board that the mill would close in May.", "en", "Tom Hale",
     "the mill would close in May"),
    ("Léa Morin a affirmé devant les élus de la région que le budget serait tenu.", "fr", "Léa Morin",
     "le budget serait tenu"),
    ("Léa Morin a assuré aux riverains du chantier que les travaux finiraient en juin.", "fr", "Léa Morin",
     "les travaux finiraient en juin"),
])
def test_a_far_that_after_whoever_was_told_stays_reported_speech(text, language, speaker, words):
    [claim] = claims_of(text, language)
    assert (claim.speaker, claim.quote) == (speaker, words)


@pytest.mark.parametrize("text, language, title", [
    ("Le conseil municipal a voté jeudi soir la fermeture de la piscine.", "fr", "Le conseil municipal a voté la fermeture de la piscine"),
    ("Les élèves seront accueillis à partir de septembre au centre aquatique de Lorsac.", "fr",
     "Les élèves seront accueillis au centre aquatique de Lorsac"),
    ("The committee approved the plan on Wednesday night after a long debate.", "en",
     "The committee approved the plan after a long debate"),
    # a date that completes a noun leaves with its "de" / "du", as "of" does in English
    ("Le vote du 12 mai s'annonce serré au conseil de Lorsac.", "fr", "Le vote s'annonce serré au conseil de Lorsac"),
    ("The vote of 12 May looks close at Lorsac council.", "en", "The vote looks close at Lorsac council"),
])
def test_the_words_of_a_date_leave_a_title_with_it(text, language, title):
    [event] = extract(text, language)
    assert event.title == title


@pytest.mark.parametrize("text, language, actors", [
    ("Les prix ont augmenté à l'approche de Noël, selon la TVA publiée par Carrow Data le 3 mars.", "fr", ["Carrow Data"]),
    ("Prices rose in the run-up to Christmas at Harlow Foods, the retailer said on Monday.", "en", ["Harlow Foods"]),
    ("Le Secours populaire de Lorsac a reçu 30 % de demandes en plus depuis mars.", "fr", ["Lorsac", "Secours populaire"]),
    ("Les chiffres publiés mardi par le ministère de la Transition énergétique sont en hausse.", "fr",
     ["ministère de la Transition énergétique"]),
    ("Le Premier ministre recevra les distributeurs à Matignon lundi.", "fr", ["Matignon"]),
])
def test_a_feast_a_common_acronym_and_a_french_name_with_its_adjective(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, speaker, title", [
    ("The mayor, Ruth Adeyemi, said in a statement that the bridge would reopen.", "en", "Ruth Adeyemi",
     "Ruth Adeyemi said in a statement the bridge would reopen"),
    ("Le maire, Paul Ferrand, a indiqué dans un communiqué que le pont serait rouvert aux voitures.", "fr",
     "Paul Ferrand", "Paul Ferrand a indiqué dans un communiqué que le pont serait rouvert aux voitures"),
    ("Paul Ferrand a déclaré au Courrier du Val que la commune ferait appel.", "fr", "Paul Ferrand",
     "Paul Ferrand a déclaré au Courrier du Val que la commune ferait appel"),
    ("Le maire, Paul Ferrand, a fait savoir que la commune ferait appel.", "fr", "Paul Ferrand",
     "Paul Ferrand a fait savoir que la commune ferait appel"),
    ("The bridge will reopen after the repairs, Ruth Adeyemi told reporters.", "en", "Ruth Adeyemi",
     "Ruth Adeyemi told reporters the bridge will reopen after the repairs"),
])
def test_reported_speech_through_a_statement_to_a_named_outlet_or_an_audience(text, language, speaker, title):
    [claim] = [c for c in extract(text, language) if c.kind == "claim"]
    assert (claim.speaker, claim.title) == (speaker, title)


@pytest.mark.parametrize("text, language, actors", [
    ("A Proceeds of Crime Act hearing will take place at Carrow in March.", "en", ["Carrow"]),
    ("Tull's lawyer, Priya Mand KC, asked for bail on Monday.", "en", ["Priya Mand"]),  # "Tull" opens the sentence
    # The authority's first word alone is nobody; with its lower-case complement it is the authority's name.
    ("La mutuelle a été placée sous le contrôle de l'Autorité de contrôle prudentiel en 2022.", "fr",
     ["Autorité de contrôle prudentiel"]),
])
def test_a_law_a_title_after_a_name_and_a_french_authoritys_first_word_are_nobody(text, language, actors):
    assert actors_of(text, language) == actors


def test_the_speaker_after_a_possessive_apposition_is_the_name_with_its_title_dropped():
    text = "Graham Tull was jailed. Tull's lawyer, Priya Mand KC, told the court her client was “deeply ashamed of it”."
    assert [c.speaker for c in extract(text, "en") if c.kind == "claim"] == ["Priya Mand"]


def test_a_title_keeps_up_to_eighteen_words_within_110_characters():
    text = "On Monday, the council approved the plan to rebuild the old footbridge over the river with money from the county."
    [event] = extract(text, "en")
    assert event.title == ("The council approved the plan to rebuild the old footbridge over the river with money "
                           "from the county")


def test_a_described_ministry_speaks_as_written():
    text = "« Le service sera rétabli lundi », a indiqué le ministère de la Transition énergétique."
    assert [c.speaker for c in extract(text, "fr") if c.kind == "claim"] == ["Le ministère de la Transition énergétique"]


@pytest.mark.parametrize("text, language, speaker", [
    # A quotation alone goes on with the person the sentence before opens with.
    ("Marc Durieux, président du club, ne décolère pas.\n\n« C'est une catastrophe pour les familles. »", "fr",
     "Marc Durieux"),
    # A long clause before the colon: the one person named right before its last part.
    ("Interrogée mardi, la directrice, Claire Martin, se veut rassurante : « Aucun poste ne sera supprimé. »", "fr",
     "Claire Martin"),
    # Naming something in the speaker's words.
    ("Jane Okoro called the decision “a disgrace” and vowed to fight on.", "en", "Jane Okoro"),
    ("Claire Martin qualifie la décision de « gâchis absolu » et promet de se battre.", "fr", "Claire Martin"),
])
def test_a_quotation_alone_after_its_speaker_a_long_colon_clause_and_a_named_thing_are_claims(text, language, speaker):
    assert [c.speaker for c in extract(text, language) if c.kind == "claim"] == [speaker]


def test_a_quotation_alone_after_a_sentence_opening_on_no_person_is_no_claim():
    text = "La piscine fermera en juin. « C'est une catastrophe pour les familles. »"
    assert [c for c in extract(text, "fr") if c.kind == "claim"] == []


def test_a_description_named_in_apposition_or_before_speaks_as_that_organisation():
    text = ("Brackley Town Council voted on Tuesday to close two libraries. The council's cabinet met for three hours. "
            "The regulator, the Library Standards Board, said it would look at the decision. "
            "The council said that the savings could not wait until the spring.")
    assert [c.speaker for c in extract(text, "en") if c.kind == "claim"] == ["Library Standards Board",
                                                                             "Brackley Town Council"]


def test_a_clause_with_a_relative_pronoun_is_no_speaker():
    text = "The council approved the closure, a decision that opponents called “a betrayal of the children”."
    assert [c for c in extract(text, "en") if c.kind == "claim"] == []


@pytest.mark.parametrize("text, language, actors", [
    # Addresses: a street's name names nobody, even a person's ("avenue Victor-Hugo").
    ("Marta Ilves opened a bakery on Harbour Road in March.", "en", ["Marta Ilves"]),
    ("Le cabinet de Léa Morin a déménagé avenue Victor-Hugo en mars.", "fr", ["Léa Morin"]),
    ("Les riverains de la place du Marché ont manifesté devant la mairie de Brassac en mars.", "fr", ["Brassac"]),
    # After an elided article, and coordinated: every street of the list is one; the streets of a town are the town.
    ("Les travaux fermeront l'avenue Foch et l’allée des Tilleuls à Brassac en mars.", "fr", ["Brassac"]),
    ("En mars, les habitants des rues de la Gare, du Moulin et des Tanneurs ont été évacués à Brassac.", "fr",
     ["Brassac"]),
    ("En mars, 1 500 personnes ont défilé dans les rues de Verdelle pour l'usine.", "fr", ["Verdelle"]),
    # A programme in apposition to its kind; a firm beside a deal it is behind stays the firm.
    ("The food bank in Carrow got £15,000 from the Warm Larder Fund, a government scheme that runs until March.", "en",
     ["Carrow"]),
    ("Brightwell Energy, the company behind the deal, paid Dunmore in March.", "en", ["Brightwell Energy", "Dunmore"]),
    # An ordinal in Roman numerals: a century names nobody.
    ("La nécropole, datée du VIe ou du VIIe siècle, a été fouillée à Montbrézon en mars.", "fr", ["Montbrézon"]),
    # A plural's possessive is inside the name, as "Workers' Union" is.
    ("Jory Penhallow, chairman of the Tregarrick Fishermen's Association, spoke in March.", "en",
     ["Jory Penhallow", "Tregarrick Fishermen's Association"]),
    # A singular name ending in "men" is no plural: its possessive ends it ("Yemen's", "Bremen's").
    ("Yemen's Houthi rebels attacked a tanker in March.", "en", ["Houthi"]),
    ("Bremen's Senate approved the budget in March.", "en", []),
    ("Tolmen's Harbour Board met Ann Kerr in March.", "en", ["Ann Kerr", "Harbour Board"]),
    ("The Children's Society opened a centre in Carrow in March.", "en", ["Carrow", "Children's Society"]),
    # French ordinal endings are French's: in English "Dre", "Der" are names, no "D" + "re".
    ("Dr Dre announced a tour of Carrow in March.", "en", ["Carrow", "Dre"]),
    ("Le quartier du XXe arrondissement a voté en mars, a dit Marc Dre.", "fr", ["Marc Dre"]),
    # A minister's portfolio, a programme, an event, a product range.
    ("The Minister for Rural Affairs, Colin Barr, visited Dunmore in March.", "en", ["Colin Barr", "Dunmore"]),
    ("La ministre de la Culture a inauguré le musée de Lorsac en mars.", "fr", ["Lorsac"]),
    ("The Warm Homes scheme paid for new boilers in Dunmore in March.", "en", ["Dunmore"]),
    ("Le dispositif Ma Prime Rénov a financé 40 chantiers à Lorsac en 2023.", "fr", ["Lorsac"]),
    ("The Carrow Winter Lights Festival drew 20,000 visitors in January.", "en", []),
    ("La Fête des Vendanges a attiré 8 000 personnes à Mirval en septembre.", "fr", ["Mirval"]),
    # A holiday whose day the date tagger reads: its first word is no name.
    ("Shops in Dunmore opened early on Black Friday.", "en", ["Dunmore"]),
    ("Christmas Day trading at Harwick Mall fell in 2024.", "en", ["Harwick Mall"]),
])
def test_addresses_portfolios_programmes_and_events_are_nobody(text, language, actors):
    assert actors_of(text, language) == actors


def test_a_word_seen_only_inside_a_longer_name_is_no_name_at_a_sentence_start():
    text = ("Ruth Okafor became chair of the Dunmore Traders' Association in 2019. Traders had hoped for a "
            "better year, she said on Monday.")
    assert actors_of(text, "en") == ["Dunmore Traders' Association", "Ruth Okafor"]


def test_a_first_name_alone_is_the_person_the_article_named_in_full():
    text = "Ruth Okafor opened her shop in 2019. Since March, Ruth has closed on Mondays."
    assert actors_of(text, "en") == ["Ruth Okafor"]


@pytest.mark.parametrize("text, language, actors", [
    ("Superintendent Laura Brennan closed the school on Monday.", "en", ["Laura Brennan"]),
    ("Le préfet Alain Roux a signé l'arrêté lundi.", "fr", ["Alain Roux"]),
    # "de l'" joins a name as "d'" does; a prefecture is an institution, its town alone stays the town.
    ("Le Progrès de l'Orbe a révélé l'affaire en janvier.", "fr", ["Le Progrès de l'Orbe"]),
    ("Les élus ont été reçus à la sous-préfecture de Clamery en mars. Clamery compte 9 000 habitants depuis 2020.",
     "fr", ["Clamery", "sous-préfecture de Clamery"]),
])
def test_titles_before_names_and_names_joined_by_de_l(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, speaker", [
    # "Pour X, « … »": no verb, the name before the quotation speaks.
    ("Pour le président du club, Alain Morel, « la saison est déjà réussie ».", "fr", "Alain Morel"),
    ("Pour la CGT, « ce plan ne passera pas ».", "fr", "CGT"),
    # A speaker named by a role the article gave a person before.
    ('A spokesman, Colin Barr, said the road was safe. "We are watching it closely," said the spokesman.', "en",
     "Colin Barr"),
    ("La maire, Sophie Lenoir, a visité le chantier. « Les délais seront tenus », a assuré la maire.", "fr",
     "Sophie Lenoir"),
    # A spokesperson for a named organisation speaks as the organisation.
    ('A spokesperson for Dunmore Water said the firm was "looking into it".', "en", "Dunmore Water"),
])
def test_for_x_a_role_named_before_and_a_spokesperson_for_x_speak(text, language, speaker):
    claims = [c for c in extract(text, language) if c.kind == "claim"]
    assert claims and claims[-1].speaker == speaker


@pytest.mark.parametrize("text, language, speaker, quote", [
    # Indirect speech after a colon, the person named at the clause's start or in apposition.
    ("Le trésorier, Marc Aubry, était formel : la commune ne lèvera pas de nouvel impôt.", "fr", "Marc Aubry",
     "la commune ne lèvera pas de nouvel impôt"),
    ("Ada Brent was blunt: the plant will close if nobody buys it.", "en", "Ada Brent",
     "the plant will close if nobody buys it"),
    # "according to a report by" a described source; "said" without "that" before a bare noun phrase.
    ("The pipes were older than the town's maps showed, according to a report by the engineering firm Caldor Partners.",
     "en", "Caldor Partners", "The pipes were older than the town's maps showed"),
    ("Nadia Osei, who runs the market, said weekend trade had been slow.", "en", "Nadia Osei",
     "weekend trade had been slow"),
    ("A spokesman, Colin Barr, said the old pipes also leaked into the river.", "en", "Colin Barr",
     "the old pipes also leaked into the river"),
])
def test_reported_speech_after_a_colon_a_report_by_x_and_said_without_that(text, language, speaker, quote):
    [claim] = [c for c in extract(text, language) if c.kind == "claim"]
    assert (claim.speaker, claim.quote) == (speaker, quote)


@pytest.mark.parametrize("text, language", [
    ("La mairie a trois priorités : la sécurité, l'emploi et le logement.", "fr"),  # no clause after the colon
    ("Le programme est clair : la ville va construire une piscine.", "fr"),  # nobody named
    ("Pour la première fois, « le festival » a lieu en hiver.", "fr"),  # no one after "Pour"
])
def test_no_speaker_no_reported_speech(text, language):
    assert [c for c in extract(text, language) if c.kind == "claim"] == []


@pytest.mark.parametrize("text, language, speaker, quote", [
    # One quoted word is a statement when it closes the sentence or holds its own full stop.
    ('Ruth Okafor runs the bakery. She called the decision "unacceptable".', "en", "Ruth Okafor", "unacceptable"),
    ('Asked about the closure, Tom Reilly said: "Never."', "en", "Tom Reilly", "Never."),
    ("Karima Benali a jugé la décision « scandaleuse ».", "fr", "Karima Benali", "scandaleuse"),
    # "Pour X, …" without quotation marks is reported speech when X is a person.
    ("Pour Marc Aubry, la ville n'a pas les moyens de rénover le stade.", "fr", "Marc Aubry",
     "la ville n'a pas les moyens de rénover le stade"),
])
def test_a_one_word_quotation_and_pour_x_without_quotation_marks(text, language, speaker, quote):
    [claim] = [c for c in extract(text, language) if c.kind == "claim"]
    assert (claim.speaker, claim.quote) == (speaker, quote)


def test_a_scare_quote_inside_a_sentence_and_pour_without_a_person_are_no_claim():
    scare = 'The "temporary" closure of the Dunmore bridge began on Monday, the council said.'
    assert "temporary" not in [c.quote for c in extract(scare, "en") if c.kind == "claim"]
    assert [c for c in extract("Pour la première fois, la ville a fermé le stade en mars.", "fr") if c.kind == "claim"] == []


@pytest.mark.parametrize("text, language, actors", [
    # A newspaper's article is part of its name, at a sentence's start too; a country's is not.
    ("Le Monde a révélé mardi que la société Veloxa préparait une fusion.", "fr", ["Le Monde", "Veloxa"]),
    ("The Carrow Herald reported on Monday that the mill would close.", "en", ["The Carrow Herald"]),
    ("La France a signé l'accord de Lorsac en mars.", "fr", ["France", "Lorsac"]),
])
def test_a_newspaper_keeps_its_article_at_a_sentence_start(text, language, actors):
    assert actors_of(text, language) == actors


def test_a_name_in_apposition_to_an_organisations_description_keeps_its_de():
    text = "L'association des riverains, Brassac Cœur de Bourg, a saisi le tribunal de Lorsac en mars."
    assert actors_of(text, "fr") == ["Brassac Cœur de Bourg", "tribunal de Lorsac"]


def test_an_organisation_named_in_apposition_reports_speech_in_its_whole_name():
    text = ("L'association des riverains, Brassac Cœur de Bourg, estime que la mairie aurait dû consulter les "
            "habitants avant de trancher.")
    [claim] = [c for c in extract(text, "fr") if c.kind == "claim"]
    assert claim.speaker == "Brassac Cœur de Bourg"


@pytest.mark.parametrize("text, language, quote", [
    ("Paul Girard craint que la décision ne soit prématurée.", "fr", "la décision ne soit prématurée"),
    ("Ann Lowe believes the school can reopen within a week.", "en", "the school can reopen within a week"),
])
def test_a_fear_and_a_belief_with_can_are_reported_speech(text, language, quote):
    [claim] = [c for c in extract(text, language) if c.kind == "claim"]
    assert claim.quote == quote


# --- issue 9: speakers and actors on saved pages (kinds of text of the second batch of dev pages) ---------

@pytest.mark.parametrize("text, language, speaker", [
    # A first name alone, in apposition with a description of a person: a vox pop's speaker.
    ("Devant la mairie, Karim, chauffeur de bus, a attendu une heure. « On nous a oubliés », dit-il.", "fr", "Karim"),
    ("Plus loin, Odile, une retraitée du quartier, s'agace : « Personne ne nous prévient. »", "fr", "Odile"),
    ('Another commuter, Priya, was calmer: "The trains usually run."', "en", "Priya"),
    # The speaker named only in the next sentence.
    ('"Nobody told us a thing." Those were the words of Helen Marsh, who runs the bakery.', "en", "Helen Marsh"),
    ("« Ce chantier n'en finit pas. » La phrase est de Paul Besson, élu d'opposition.", "fr", "Paul Besson"),
    ('"The bins were full for a week," said one resident. Gareth Lloyd, a resident of Mill Lane, said the council '
     "had not replied.", "en", "Gareth Lloyd"),
    # "a DVSA spokesperson", "assure l’entreprise" after the firm was named, a relative clause before the verb.
    ('A Wexford Rail spokesperson said it was "too early to say" when trains would run.', "en", "Wexford Rail"),
    ("L’équipe Rives Cyclisme, dont le leader Marc Aubin porte le maillot jaune, a salué « un choix courageux ».", "fr",
     "Rives Cyclisme"),
])
def test_vox_pop_first_names_speakers_named_after_and_spokespeople_speak(text, language, speaker):
    claims = [c for c in extract(text, language) if c.kind == "claim"]
    assert claims and claims[-1].speaker == speaker


@pytest.mark.parametrize("text", [
    "Son gérant, Alain Bousquet, se dit « anéanti ». Sur France Bleu Occitanie, il a évoqué mardi « trente ans de "
    "travail partis en fumée ».",
    "Son gérant, Alain Bousquet, se dit « anéanti ». Au micro de France Bleu Occitanie, il a dénoncé mardi « un "
    "incendie criminel, sans aucun doute ».",
])
def test_a_radio_named_where_someone_spoke_is_no_person_a_pronoun_stands_for(text):
    """A station's name of three capitalised words looked like a person's, and the pronoun after it was given to it."""
    claims = [c for c in extract(text, "fr") if c.kind == "claim"]
    assert [c.speaker for c in claims] == ["Alain Bousquet", "Alain Bousquet"]


@pytest.mark.parametrize("text, language, speakers", [
    # A role noun after the verb is the person the article described so: in apposition without an article, the
    # nearest before when several are ("confie l'éleveur" spoke as written).
    ("Jean Marty, éleveur à Lanvic, a perdu la moitié de son troupeau lundi. « Nous n'avons rien pu faire », "
     "confie l'éleveur.\n\nL'éleveur Marc Petit a vendu ses bêtes mardi. « C'est un crève-cœur », confie l'éleveur.",
     "fr", ["Jean Marty", "Marc Petit"]),
    # The role's complement between it and the name in apposition: "la directrice de l'hôpital de Lanvic, Claire
    # Nogaret" is "la directrice" (issue 9: spoke as written).
    ("La directrice de l'hôpital de Lanvic, Claire Nogaret, a annoncé lundi la fermeture du service. Les syndicats "
     "ont protesté. « Nous n'avions pas le choix », répond la directrice.", "fr", ["Claire Nogaret"]),
    ('The head of the Marrow Valley trust, Dana Price, announced the closure on Monday. Volunteers protested. "We had '
     'no choice," the head said.', "en", ["Dana Price"]),
    # "the operator" is the organisation named before, a name that only opens a sentence before a relative clause
    # too, not a place before a facility's noun.
    ('Northgrid, which runs the local network, blamed a fault at the Hallam substation on Monday. "Crews worked '
     'through the night to restore power," the operator said.', "en", ["Northgrid"]),
    # A document of an organisation speaks for it, named in full before.
    ("La préfecture du Cantal a fermé la RN 122 lundi. Selon un communiqué de la préfecture, « les routes seront "
     "rouvertes jeudi ».", "fr", ["préfecture du Cantal"]),
    # named nowhere in full, the organisation as the document names it
    ("La RN 122 a été fermée lundi. Selon un communiqué de la préfecture, « les routes seront rouvertes jeudi ».",
     "fr", ["Préfecture"]),
])
def test_a_role_an_operator_and_a_statement_speak_for_who_the_article_named(text, language, speakers):
    assert [c.speaker for c in extract(text, language) if c.kind == "claim"] == speakers


@pytest.mark.parametrize("text, language, speaker", [
    # A name after an organisation's noun or a plural article is no person's, so no pronoun stands for it.
    ("Le chantier a été mené par l'entreprise Bâtiments Anciens du Quercy, sous le contrôle de l'architecte des "
     "Bâtiments de France, Claire Nogaret. « Il a fallu remplacer 40 % des rivets », explique-t-elle.", "fr",
     "Claire Nogaret"),
])
def test_an_organisation_named_like_a_person_takes_no_pronoun(text, language, speaker):
    claims = [c for c in extract(text, language) if c.kind == "claim"]
    assert [c.speaker for c in claims] == [speaker]


def test_a_place_after_a_person_s_description_is_no_first_name():
    # Issue 10: "étudiante de Vireloup," read as a student called Vireloup, who then spoke for "elle".
    text = ("La présidente de l'université de Vireloup, Armelle Dufrénoy, a démissionné jeudi. L'Union étudiante de "
            "Vireloup, qui réclamait son retrait, salue la décision. « Je pars », écrit-elle.")
    claims = [c for c in extract(text, "fr") if c.kind == "claim"]
    assert [c.speaker for c in claims] == ["Armelle Dufrénoy"]


@pytest.mark.parametrize("text, language, quotes", [
    # Every quotation of a sentence is a claim of its speaker, not the first alone.
    ('"We are sorry," said Ruth Okafor, "and every van will be fixed."', "en",
     ["We are sorry,", "and every van will be fixed."]),
    ("Paul Vidal a dénoncé « une décision injuste » et réclamé « un vrai dialogue ».", "fr",
     ["une décision injuste", "un vrai dialogue"]),
    # Asking for something in one's own words reports them.
    ("L’association Vigilance Conso demande « plus de transparence » sur les contrôles.", "fr", ["plus de transparence"]),
    ('The union demanded "a fair deal for every driver" on Monday.', "en", ["a fair deal for every driver"]),
])
def test_every_quotation_of_a_sentence_and_a_demand_are_claims(text, language, quotes):
    assert sorted(c.quote for c in extract(text, language) if c.kind == "claim") == sorted(quotes)


@pytest.mark.parametrize("text, language, speaker", [
    # An incise after a quotation that opens the sentence: any verb, then the named speaker or a pronoun.
    ('Tom Reilly runs Harbour Rail. "Why did nobody warn us?" asked Tom Reilly.', "en", "Tom Reilly"),
    ('Ana Kovac leads the council. "We were lucky," Kovac joked.', "en", "Ana Kovac"),
    ("« C'est un scandale », s'insurge Paul Vidal.", "fr", "Paul Vidal"),
    ("« On n'a jamais vu ça », souffle Marie Dubois, 67 ans, habitante du quartier.", "fr", "Marie Dubois"),
    ("« La grève continue », tonne la CGT.", "fr", "CGT"),
    ("Paul Vidal dirige la régie. « Nous n'avions rien signé », avait-il renchéri.", "fr", "Paul Vidal"),
    # Not an incise: a name after a small word, a title in quotation marks, a crowd.
    ("« Les Misérables », réalisé par Ladj Ly, sort en salles.", "fr", None),
    ('"The Crown" returns to Netflix in May.', "en", None),
    ("« Touche pas à ma maternité », scandaient les manifestantes devant la mairie.", "fr", None),
])
def test_an_incise_after_a_quotation_names_its_speaker_whatever_its_verb(text, language, speaker):
    claims = [c for c in extract(text, language) if c.kind == "claim"]
    assert (claims[-1].speaker if claims else None) == speaker


@pytest.mark.parametrize("text, language, speaker, quote", [
    # A past infinitive after the verb is the reported clause; a denial or an opinion reports words too.
    ("Paul Vidal affirme ne pas avoir été prévenu de la fermeture.", "fr", "Paul Vidal",
     "ne pas avoir été prévenu de la fermeture"),
    ("Paul Vidal dit avoir alerté la préfecture dès le mois de mars.", "fr", "Paul Vidal",
     "avoir alerté la préfecture dès le mois de mars"),
    ("Ana Kovac has denied that the council ignored the warnings.", "en", "Ana Kovac", "the council ignored the warnings"),
    ("Ana Kovac thinks the station should never have closed at all.", "en", "Ana Kovac",
     "the station should never have closed at all"),
])
def test_reported_speech_after_an_infinitive_a_denial_or_an_opinion(text, language, speaker, quote):
    [claim] = [c for c in extract(text, language) if c.kind == "claim"]
    assert (claim.speaker, claim.quote) == (speaker, quote)


@pytest.mark.parametrize("text, language, speaker, quote", [
    # Several speak: the plural of the verb; a word a verb names something with; a quotation that opens the
    # paragraph, then the person it introduces, described in apposition.
    ("Les élus du nord dénoncent « un abandon » de la ligne.", "fr", "Les élus du nord", "un abandon"),
    ("Le président, Paul Vidal, qualifie le projet d'« équilibré ».", "fr", "Paul Vidal", "équilibré"),
    ('Ana Kovac described the plan as "reckless".', "en", "Ana Kovac", "reckless"),
    ("« Nous ne sommes pas contre les éoliennes. » Yann Le Bihan, patron du chalutier, ne décolère pas.", "fr",
     "Yann Le Bihan", "Nous ne sommes pas contre les éoliennes."),
])
def test_plural_verbs_named_words_and_a_quotation_before_its_speaker(text, language, speaker, quote):
    claims = [c for c in extract(text, language) if c.kind == "claim"]
    assert [(c.speaker, c.quote) for c in claims] == [(speaker, quote)]


@pytest.mark.parametrize("text, language, speaker, quote", [
    # Figures a named body published speak as it; an acronym opening the sentence names its organisation; a
    # second verb after "but"/"mais" has the first's subject; a place after the speaker is not the speaker.
    ("Leaks rose by 8% in 2025, according to figures published last month by the Water Standards Authority.", "en",
     "Water Standards Authority", "Leaks rose by 8% in 2025"),
    ("Le chômage a baissé de 2 % en un an, selon des chiffres publiés jeudi par l'Insee.", "fr", "Insee",
     "Le chômage a baissé de 2 % en un an"),
    ("La CGT a prévenu que la grève serait reconduite.", "fr", "CGT", "la grève serait reconduite"),
    ("The National Farmers’ Union in Wessendale welcomed the exemption but warned that some crops were suffering.",
     "en", "National Farmers’ Union", "some crops were suffering"),
])
def test_reported_speech_of_figures_acronyms_and_a_second_verb(text, language, speaker, quote):
    claims = [c for c in extract(text, language) if c.kind == "claim"]
    assert [(c.speaker, c.quote) for c in claims] == [(speaker, quote)]


def test_reported_words_before_a_quotation_joined_by_and_are_a_claim_too():
    text = ("Yann Le Bihan est pêcheur. Le Bihan affirme que près de 90 bateaux perdraient leurs zones de pêche et "
            "parle d'« un passage en force ».")
    claims = [c for c in extract(text, "fr") if c.kind == "claim"]
    assert sorted((c.speaker, c.quote) for c in claims) == [
        ("Yann Le Bihan", "près de 90 bateaux perdraient leurs zones de pêche"), ("Yann Le Bihan", "un passage en force")]


@pytest.mark.parametrize("text, language, speaker, reported, quoted", [
    # A quotation inside the reported clause: the clause, marks kept, is the speaker's claim too (issue 9).
    ('Council leader Amira Shah said on Tuesday that the depot would close "within weeks", once the last contract '
     'ends in June.', "en", "Amira Shah", 'the depot would close "within weeks", once the last contract ends in June',
     "within weeks"),
    ("Le maire, Paul Vernet, a expliqué que les travaux avaient pris du retard à cause d'un « sol instable » "
     "découvert en mai.", "fr", "Paul Vernet",
     "les travaux avaient pris du retard à cause d'un « sol instable » découvert en mai", "sol instable"),
    # The clause before a colon, the quotation after it.
    ("La directrice, Odile Marchand, redoute que les écoles ferment leurs classes dès mars : « Nous n'avons plus de "
     "remplaçants », prévient-elle.", "fr", "Odile Marchand", "les écoles ferment leurs classes dès mars",
     "Nous n'avons plus de remplaçants"),
    # A participle's clause after the verb's clause is said apart.
    ('The chairman, Amira Shah, said the club would appeal the ruling, arguing that a new offer was "days away".', "en",
     "Amira Shah", "the club would appeal the ruling", "days away"),
])
def test_reported_words_around_a_quotation_are_a_claim_beside_the_quoted_one(text, language, speaker, reported,
                                                                             quoted):
    claims = [(c.speaker, c.quote) for c in extract(text, language) if c.kind == "claim"]
    assert (speaker, reported) in claims
    assert (speaker, quoted) in claims  # the quotation stays a claim of its own


@pytest.mark.parametrize("text, language, said", [
    # A thing named before a colon, the quotation giving its words: no reported claim of the thing (review 27).
    ('Ruth Okafor described the night the river broke through the wall of the depot: "We lost every lorry."', "en",
     ["We lost every lorry."]),
    ('Speaking to the crowd, Ruth Okafor recalled what she had seen that night at the depot: "Nothing can be saved."',
     "en", ["Nothing can be saved."]),
    # A noun in -s after a verb is its object, no verb of saying: the denied words are not her claim.
    ('Ruth Okafor rejected claims that she had sold the depot to a rival for "a token sum" in March.', "en", []),
])
def test_what_a_verb_names_before_a_colon_or_denies_is_no_reported_claim(text, language, said):
    assert [c.quote for c in extract(text, language) if c.kind == "claim" and c.speaker == "Ruth Okafor"] == said


@pytest.mark.parametrize("text, quotes", [
    ('Amira Shah said that "the depot will close in June".', ["the depot will close in June"]),  # nothing besides
    # The verb after the quotation attributes it; its words are the quoted claim's.
    ('"The depot will close in June," Amira Shah said on Tuesday at the depot gates.',
     ["The depot will close in June,"]),
    # Ending on the quotation, the clause is what the quoted claim's title already says; "and that …" is added apart.
    ('Amira Shah said the council was grateful for "ten good years" and that the search for a buyer would begin in '
     'May.', ["ten good years", "the search for a buyer would begin in May"]),
])
def test_no_reported_claim_repeats_a_quotation_alone(text, quotes):
    assert sorted(c.quote for c in extract(text, "en") if c.kind == "claim") == sorted(quotes)


@pytest.mark.parametrize("text, language, speaker", [
    # A long clause whose subject is a person, then a colon and the words (issue 9: no claim).
    ("La société Orvane est en redressement. Son directeur, Paul Vernet, a répété mardi devant le tribunal de "
     "commerce : « Nous n'avons plus aucune autre option que la reprise. »", "fr", "Paul Vernet"),
    # No adverb between the verb and a preposition's complement: the complement's article is no object's.
    ("La société Orvane est en redressement. Son directeur, Paul Vernet, a redit devant les juges du tribunal de "
     "commerce : « Nous n'avons plus aucune autre option que la reprise. »", "fr", "Paul Vernet"),
    ("The club is in administration. Its chairman, Tom Hale, repeated to the fans gathered outside the ground in "
     'Carrow: "We have no other option left but the sale."', "en", "Tom Hale"),
    ('Nina Osei lost her shop in the flood. Speaking to the crowd, Osei recalled what she had found that morning at '
     'the mill: "The water had taken everything we had."', "en", "Nina Osei"),
])
def test_a_quotation_after_a_colon_is_the_words_of_the_person_whose_clause_the_colon_ends(text, language, speaker):
    quoted = text.split("« " if language == "fr" else ': "')[1].strip(' ."»')
    assert [c.speaker for c in extract(text, language) if c.kind == "claim" and quoted in c.quote] == [speaker]


@pytest.mark.parametrize("text, language", [
    # The person is no verb's subject: the clause's subject is a thing, the name its complement.
    ("Paul Vernet dirige la société. Le rapport publié mardi par le cabinet de Paul Vernet conclut sans détour : "
     "« Aucune reprise n'est possible avant la fin de l'année. »", "fr"),
    ("Nina Osei dirige la société. Le courrier adressé lundi à Nina Osei par la préfecture du Cantal précise : "
     "« Aucune aide ne sera versée avant la fin de l'année. »", "fr"),
    # The person is a subordinate clause's subject, or the colon ends another clause after a comma.
    ("Quand Nina Osei est sortie jeudi de la mairie de Lizy, les habitants ont scandé : « Nous resterons ici "
     "jusqu'au bout. »", "fr"),
    ("Outside the depot where Nina Osei worked for twenty years before the closure, a driver had painted: \"We "
     'will stay here to the end."', "en"),
])
def test_a_colon_after_a_clause_whose_subject_is_no_person_gives_them_no_words(text, language):
    assert not any(c.speaker in ("Paul Vernet", "Nina Osei") for c in extract(text, language) if c.kind == "claim")


@pytest.mark.parametrize("text, speaker", [
    # An adverbial between the incise's verb and its subject (issue 9: no claim).
    ("Le club a gagné samedi. « On a tout donné », glisse au micro de Radio Orvane la capitaine Nadia Ferhat, "
     "élue meilleure joueuse du tournoi.", "Nadia Ferhat"),
    ("Le club a gagné samedi. « On a tout donné, glisse au micro de Radio Orvane la capitaine Nadia Ferhat, élue "
     "meilleure joueuse du tournoi. Cette coupe est pour nos supporteurs. »", "Nadia Ferhat"),
    ("Le conseil a voté lundi. « Nous n'avions pas le choix », souffle devant les élus le maire, Paul Vidal.",
     "Paul Vidal"),
])
def test_an_incise_s_subject_after_an_adverbial_speaks(text, speaker):
    assert [c.speaker for c in extract(text, "fr") if c.kind == "claim"] == [speaker]


def test_a_name_right_after_an_incise_s_preposition_is_whom_it_was_told():
    text = "Le conseil a voté lundi. « Nous n'avions pas le choix », souffle au ministre Paul Vidal."
    assert [c.speaker for c in extract(text, "fr") if c.kind == "claim"] == []


@pytest.mark.parametrize("text, language, speaker, quote", [
    # "confirmed"/"announced" after the clause attribute it (issue 9: no claim); the clause's event stays.
    ("The Lantern Rooms will close on 31 March, Harbour Council confirmed on Monday.", "en", "Harbour Council",
     "The Lantern Rooms will close on 31 March"),
    ("La piscine de Grenaz fermera ses portes le 31 mars, a annoncé mercredi soir le maire, Paul Vidal, à l'issue du "
     "conseil municipal.", "fr", "Paul Vidal", "La piscine de Grenaz fermera ses portes le 31 mars"),
])
def test_confirmed_or_announced_after_the_clause_attributes_it(text, language, speaker, quote):
    found = extract(text, language)
    assert [(c.speaker, c.quote) for c in found if c.kind == "claim"] == [(speaker, quote)]
    assert any(c.kind == "event" and str(c.date.to_yaml()).endswith("-03-31") for c in found)


def test_announced_that_is_still_an_action_told_as_an_event():
    # Its clause is the council's word too (a claim since session 33); the dated event stays as it was.
    found = extract("Harbour Council announced that the Lantern Rooms will close on 31 March.", "en")
    assert [c.title for c in found if c.kind == "event"] == ["Harbour Council announced that the Lantern Rooms will close"]


@pytest.mark.parametrize("text, language", [
    # The verb has its subject before it and its object after it: an action, and the opening phrase no one's words.
    ("In a letter sent to parents on Friday morning, Ruth Okafor announced the closure of the school kitchen.", "en"),
    ("Dans une lettre envoyée aux parents vendredi matin, Claire Martin a annoncé la fermeture de la cantine.", "fr"),
])
def test_an_opening_phrase_before_announced_with_an_object_is_no_reported_claim(text, language):
    assert [c for c in extract(text, language) if c.kind == "claim"] == []


@pytest.mark.parametrize("text, language, speaker", [
    # A sentence whose subject is a pronoun names someone only after a preposition: the pronoun after it is still
    # the person named before (issue 9: the words went to the tree "Old Tom").
    ("Daniel Cho leads the way past the hives. He bred these queens last spring, raised from Big Martha. “A "
     "gamble, of course,” he says.", "en", "Daniel Cho"),
    ("Marie Dubois ouvre la grange. Elle a repris la ferme en 2019, après la mort de Paul Roux. « On ne lâchera "
     "rien », assure-t-elle.", "fr", "Marie Dubois"),
    # A sentence opened by another pronoun than the attribution's tells of another person: the person it names after
    # a preposition is the one the attribution's pronoun stands for.
    ("Ruth Okafor runs the depot. She handed the keys to Daniel Cho on Friday. \"It was the right time to go,\" he "
     "said.", "en", "Daniel Cho"),
    ("Claire Martin dirige la régie. Elle a confié le dossier à Marc Leroy en mars. « Je n'ai rien vu venir », "
     "a-t-il reconnu.", "fr", "Marc Leroy"),
])
def test_a_pronoun_goes_on_past_a_sentence_whose_subject_is_a_pronoun(text, language, speaker):
    assert [c.speaker for c in extract(text, language) if c.kind == "claim"] == [speaker]


@pytest.mark.parametrize("text, added", [
    # "and that" after the rest of the first clause, not right after the quotation (issue 9: no claim).
    ('Harbour Water said in a statement that it had “invested record sums” in its network and that spills at the '
     'north outfall had fallen by a fifth since 2024.', "spills at the north outfall had fallen by a fifth since 2024"),
])
def test_a_second_that_clause_after_a_quotation_and_more_words_is_the_speaker_s_too(text, added):
    assert ("Harbour Water", added) in [(c.speaker, c.quote) for c in extract(text, "en") if c.kind == "claim"]


def test_a_second_that_clause_after_another_verb_of_saying_is_not_the_first_speaker_s():
    text = ('Harbour Water said it had “invested record sums” in its network, the regulator noted, and that spills '
            'had fallen by a fifth since 2024.')
    assert not any(c.quote.startswith("spills") and c.speaker == "Harbour Water"
                   for c in extract(text, "en") if c.kind == "claim")


@pytest.mark.parametrize("text, language, speaker, words", [
    # A quotation left open over a sentence without marks, then continued in the next paragraph (issue 9).
    ("Tom Reilly has run the farm since 1990.\n\n“I kept hoping,” he says. “My son tried for three seasons. He did "
     "everything right.\n\n“But the dairy at Ashcombe shut in 2019, and after that we had nowhere to sell.”", "en",
     "Tom Reilly", "But the dairy at Ashcombe shut in 2019"),
    ("Marie Dubois tient la ferme depuis 1990.\n\n« J'ai tenu bon, dit-elle. Mon fils a essayé trois saisons. Il a "
     "tout fait comme il fallait.\n\n« Mais la laiterie a fermé en 2019, et nous n'avions plus d'acheteur. »", "fr",
     "Marie Dubois", "Mais la laiterie a fermé en 2019"),
])
def test_a_quotation_left_open_goes_on_in_the_next_paragraph_with_its_speaker(text, language, speaker, words):
    assert speaker in [c.speaker for c in extract(text, language) if c.kind == "claim" and c.quote.startswith(words)]


@pytest.mark.parametrize("text", [
    # An inch mark is no quotation mark: the quotation before it closed, so the next paragraph's is no one's.
    '"The pitch needs a full season," said Ruth Okafor. Crews fitted a 6" drain under the north stand on Friday.'
    '\n\n"It should have been done years ago."',
    '"The pitch needs a full season," said Ruth Okafor. The club bought two 48" mowers.\n\n"It should have been done '
    'years ago."',
])
def test_an_inch_mark_leaves_no_quotation_open_for_the_next_paragraph(text):
    assert [c.speaker for c in extract(text, "en") if c.kind == "claim" and c.quote.startswith("It")] in ([], [None])


def test_a_closed_quotation_then_a_sentence_without_marks_ends_the_speaker_s_turn():
    text = ("Tom Reilly has run the farm since 1990.\n\n“I kept hoping,” he says. The farm lost money.\n\n"
            "“But the dairy at Ashcombe shut in 2019, and after that we had nowhere to sell.”")
    assert [c.speaker for c in extract(text, "en") if c.kind == "claim" and c.quote.startswith("But")] in ([], [None])


@pytest.mark.parametrize("text, language, speaker", [
    # "Selon lui"/"according to her" with words quoted in the clause: the person named last (issue 9: no claim).
    ("Paul Vidal dirige la régie depuis 2019. Selon lui, les fichiers étaient « effacés au bout de trois ans ».", "fr",
     "Paul Vidal"),
    ('Nina Osei runs the lab. According to her, the samples were "never at risk" during the move.', "en",
     "Nina Osei"),
])
def test_words_quoted_after_according_to_a_pronoun_are_the_person_named_last_s(text, language, speaker):
    assert [c.speaker for c in extract(text, language) if c.kind == "claim"] == [speaker]


@pytest.mark.parametrize("text, language", [
    # Two people named in the two sentences before "selon elle" / "according to him": nothing says which one.
    ("Claire Martin a ouvert la séance. Marc Leroy a lu le rapport du cabinet. Selon elle, les chiffres étaient "
     "« gonflés de moitié » depuis deux ans.", "fr"),
    ("Daniel Cho chairs the inquiry. Ruth Okafor gave evidence on Tuesday. According to him, the budget was "
     "\"never properly checked\" by the council.", "en"),
])
def test_words_after_according_to_a_pronoun_with_two_people_just_named_are_no_one_s(text, language):
    assert [c.speaker for c in extract(text, language) if c.kind == "claim"] in ([], [None])


def test_a_bracketed_label_between_a_title_and_the_name_leaves_the_name_speaking():
    text = "« C'est une décision difficile », a reconnu le maire (DVD), Bernard Chaussat, mardi."
    assert [c.speaker for c in extract(text, "fr") if c.kind == "claim"] == ["Bernard Chaussat"]


def test_a_clause_before_the_verb_is_no_described_speaker():
    text = ("Le musée rouvrira mardi, a annoncé sa directrice, Hélène Vasseur, qui s'est dite « soulagée, tout "
            "simplement ».")
    assert all(not c.speaker.startswith("Le musée") for c in extract(text, "fr") if c.kind == "claim")


def test_a_quotation_alone_is_not_given_to_a_name_that_opens_the_next_sentence_without_a_cue():
    text = '"We will be back next year." Helen Marsh opened the bakery in 2019.'
    assert [c.speaker for c in extract(text, "en") if c.kind == "claim"] == []


@pytest.mark.parametrize("text, language, speaker, quote", [
    ("Selon Météo-Loire, de nouvelles averses sont attendues samedi sur le département.", "fr", "Météo-Loire",
     "de nouvelles averses sont attendues samedi sur le département"),
    ("Le directeur, Paul Vidal, a expliqué mardi matin qu’une vanne avait cédé dans la nuit.", "fr", "Paul Vidal",
     "une vanne avait cédé dans la nuit"),
])
def test_reported_speech_after_selon_a_word_alone_and_after_a_weekday_morning(text, language, speaker, quote):
    [claim] = [c for c in extract(text, language) if c.kind == "claim"]
    assert (claim.speaker, claim.quote) == (speaker, quote)


@pytest.mark.parametrize("text, language, actors", [
    # A kicker before the first sentence, an event's name, a product line named after its maker.
    ("Breaking News: Wexford Rail cancelled 40 trains in Leeds on Monday.", "en", ["Leeds", "Wexford Rail"]),
    ("Alerte info : la mairie de Clamery a fermé le pont lundi.", "fr", ["Clamery"]),
    ("A former Tour de France rider, Luc Perrin, won the race in Dover on Sunday.", "en", ["Dover", "Luc Perrin"]),
    ("Halvorsen Motors recalled 3,000 Halvorsen Atlas vans in Leeds on Monday.", "en", ["Halvorsen Motors", "Leeds"]),
    ("La Fromagerie Bastide rappelle depuis lundi des yaourts Bastide Nature vendus à Clamery.", "fr",
     ["Clamery", "Fromagerie Bastide"]),
    # "la Tour …" is a tower, not the race: the place stays.
    ("Les habitants de la Tour Belvédère ont voté lundi à Clamery.", "fr", ["Clamery", "Tour Belvédère"]),
])
def test_kickers_event_names_and_product_lines_are_no_actors(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, speaker, quote", [
    # A person, then a role naming an organisation, then the verb: the person speaks (issue 9).
    ("Tom Hale, Managing Director of the Wexford Partnership, said the line would reopen in May after the works.",
     "en", "Tom Hale", "the line would reopen in May after the works"),
    ("Paul Vernet, directeur de la société Astrelle, a déclaré que les lanceurs seraient prêts en mai.", "fr",
     "Paul Vernet", "les lanceurs seraient prêts en mai"),
    # "told X yesterday that": a time between the audience and "that".
    ("Ruth Okafor ran the study. Okafor told the Ledger yesterday that she would present the results in May.", "en",
     "Ruth Okafor", "she would present the results in May"),
])
def test_reported_speech_after_a_role_and_a_time(text, language, speaker, quote):
    assert [(c.speaker, c.quote) for c in extract(text, language) if c.kind == "claim"] == [(speaker, quote)]


@pytest.mark.parametrize("text, speaker, quote", [
    # One word quoted as the noun a speaker names a thing with, after "un"/"d'un" (issue 9).
    ("Le maire Paul Vernet dénonce un « scandale » après la fermeture de lundi.", "Paul Vernet", "scandale"),
    ("Paul Vernet assure que le club paiera « d'ici la fin du mois » et parle d'un « acharnement » de la Ligue.",
     "Paul Vernet", "acharnement"),
    # "Pour X, <a clause that names nobody else> « … »": the opinion is still X's.
    ("Pour la présidente de la Ligue, Nathalie Verdier, il s'agit d'une mesure « de protection pour les joueurs ».",
     "Nathalie Verdier", "de protection pour les joueurs"),
])
def test_french_one_word_quotations_and_pour_x_with_a_clause(text, speaker, quote):
    assert (speaker, quote) in [(c.speaker, c.quote) for c in extract(text, "fr") if c.kind == "claim"]


def test_one_word_quotation_without_a_speech_verb_is_no_claim():
    """"un « pass »": a name in guillemets after a verb that says nothing is no one's statement."""
    assert [c for c in extract("Le gouvernement a lancé lundi un « pass » pour les jeunes.", "fr") if c.kind == "claim"] == []


@pytest.mark.parametrize("text, language, actors", [
    # Things named after their kind are nobody, in the whole article (issue 9): an animal, a craft, a storm.
    ("La panthère des neiges Nala a mis bas lundi à Clamery. Nala se porte bien, selon le parc.", "fr", ["Clamery"]),
    ("The zoo's snow leopard, Kira, gave birth in Leeds on Monday. Kira is doing well, keeper Tom Hale said.", "en",
     ["Leeds", "Tom Hale"]),
    ("Two cubs, named Ash and Juniper, went on show in Leeds on Monday.", "en", ["Leeds"]),
    ("Le satellite Orbis-2 a été lancé lundi depuis Kourou. Orbis-2 observera les océans.", "fr", ["Kourou"]),
    ("Storm Ebba closed the Dover road on Monday. Since Ebba, the port has stayed shut.", "en", ["Dover"]),
    # "the bus, Halvorsen said": a name in commas after a kind is its name only when the commas close it.
    ("Police stopped the boat, Wexford Marine said on Monday in Leeds.", "en", ["Leeds", "Wexford Marine"]),
    # A platform after "on"/"sur" is where something was posted, not who acts.
    ("Sur Facebook, la mairie de Clamery a annoncé lundi la fermeture.", "fr", ["Clamery"]),
    ("Wexford Rail posted the timetable on Facebook and Instagram on Monday.", "en", ["Wexford Rail"]),
    # A capitalised word before a number is a marker, a line or an event, never someone.
    ("Runners collapsed near Mile 20 in Leeds on Monday.", "en", ["Leeds"]),
    # A place a town names after someone is the place; after "de" the town is the town.
    ("La piscine Jean-Bouin a fermé lundi à Clamery.", "fr", ["Clamery", "piscine Jean-Bouin"]),
    ("La piscine de Clamery a fermé lundi.", "fr", ["Clamery"]),
    # A minister's portfolio before a name leaves the person; the prosecutor's "République" is no one; a title's
    # complement after "d'" is the organisation.
    ("Le ministre de l'Intérieur Paul Vernet s'est rendu lundi à Clamery.", "fr", ["Clamery", "Paul Vernet"]),
    ("Le procureur de la République de Clamery, Paul Vernet, a ouvert lundi une enquête.", "fr",
     ["Clamery", "Paul Vernet"]),
    ("Le PDG d'Astrelle, Paul Vernet, a démissionné lundi.", "fr", ["Astrelle", "Paul Vernet"]),
    # French names go on with their lower-case adjectives, and a name written after those closes them.
    ("Le Parc naturel régional des Causses a lancé lundi une étude.", "fr", ["Parc naturel régional des Causses"]),
    ("Le Conservatoire d'espaces naturels a racheté lundi les terrains.", "fr", ["Conservatoire d'espaces naturels"]),
    ("Santé publique France a signalé lundi neuf cas.", "fr", ["Santé publique France"]),
    ("Le texte a été publié lundi au Journal officiel.", "fr", []),
    # A town a company is named after stays the town after "in"/"à"; a listing grade, a lottery and a heritage
    # label are nobody; a platform's page is a medium; a French federation keeps its nationality adjective.
    ("Carrow Water cut supplies on Monday. On Tuesday, customers in Carrow were told to boil water.", "en",
     ["Carrow", "Carrow Water"]),
    ("The Grade II-listed library in Leeds closed on Monday.", "en", ["Leeds"]),
    ("La tour de Clamery, classée Monument historique, a reçu lundi l'aide du Loto du patrimoine.", "fr", ["Clamery"]),
    ("La naissance a été annoncée lundi sur la page Facebook du zoo de Clamery.", "fr", ["Clamery"]),
    ("Selon la Fédération française de natation, les maîtres-nageurs manquaient lundi.", "fr",
     ["Fédération française de natation"]),
])
def test_named_things_platforms_markers_and_french_long_names(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    # A job title alone names nobody; an organisation inside it stays.
    ("Prime Minister Ana Kovač met the Chief Operating Officer of Selvane Air in Leeds on Monday.", "en",
     ["Ana Kovač", "Leeds", "Selvane Air"]),
    ('"We will help," said Dana Reyes, the White House Press Secretary, on Monday.', "en",
     ["Dana Reyes", "White House"]),
    ("Le Conseil général du Var a voté lundi.", "fr", ["Conseil général du Var"]),
    # A title's word that opens an organisation's name is part of it.
    ("General Motors Corporation cut 300 jobs in Leeds on Monday.", "en", ["General Motors Corporation", "Leeds"]),
    # A weekday written right after a place ("in Europe and Asia Monday").
    ("Shares fell in Leeds and York Monday.", "en", ["Leeds", "York"]),
    # A middle initial inside a person's name; the surname alone later is the same person.
    ("President Mark T. Olsen arrived in Leeds on Monday. Olsen left on Tuesday.", "en", ["Leeds", "Mark T. Olsen"]),
    # A party's acronym or a nationality before a person's name; a number word or a nationality opening a sentence.
    ("Le député UDF Paul Vernet a quitté Lisieux lundi.", "fr", ["Lisieux", "Paul Vernet", "UDF"]),
    ("Le Britannique Tom Rudd a été arrêté lundi à Lisieux.", "fr", ["Lisieux", "Tom Rudd"]),
    ("Quatre mineurs de Lisieux ont été écroués samedi.", "fr", ["Lisieux"]),
    ("Un Egyptien a été arrêté samedi à Lisieux.", "fr", ["Lisieux"]),
    # An organisation's lower-case complements, listed with commas, a place after "du" (never a person).
    ("Un rapport de la Direction régionale de l'environnement, de l'aménagement et du logement a été publié lundi.",
     "fr", ["Direction régionale de l'environnement, de l'aménagement et du logement"]),
    ("Le Syndicat mixte des transports collectifs du Val de Brévanne a voté lundi.", "fr",
     ["Syndicat mixte des transports collectifs du Val de Brévanne"]),
    # A named vessel or storm is a thing; a place after a preposition stays one.
    ("Le chalutier Ar Vag a été détourné lundi vers Anvers.", "fr", ["Anvers"]),
    ("Storm Babet brought heavy rain to Leeds on Monday.", "en", ["Leeds"]),
    # An organisation's kind before the name: the association's name, though its first word names an animal.
    ("L’association Loup Verdan Vivant a manifesté lundi à Anvers.", "fr", ["Anvers", "Loup Verdan Vivant"]),
    # A name defined with its acronym in brackets is one name, and the acronym names it.
    ("Figures from the Chartered Institute of Public Finance and Accountancy (CIPFA) came out in Leeds on Monday. "
     "CIPFA said more libraries would close.", "en", ["Chartered Institute of Public Finance and Accountancy", "Leeds"]),
    ("Selon la Direction régionale des affaires culturelles (Drac), 15 bibliothèques ont fermé en 2023. La Drac "
     "a publié ces chiffres lundi.", "fr", ["Direction régionale des affaires culturelles"]),
    # A saint's possessive stays in the name; a hyphenated description before a person's name goes.
    ("The meeting will be held at St Mary's Church Hall on Thursday.", "en", ["St Mary's Church Hall"]),
    ("Mother-of-two Priya Desai visited Leeds library on Monday.", "en", ["Leeds", "Priya Desai"]),
    # Nested organisations, a region closing a name, an acronym defined after it; "and" inside a name.
    ("La Commission de contrôle des finances des clubs de la Ligue régionale de rugby des Hautes-Terres a statué "
     "lundi.", "fr", ["Commission de contrôle des finances des clubs", "Ligue régionale de rugby des Hautes-Terres"]),
    ("L'Agence régionale de santé Bourgogne-Val-de-Saône (ARS) a déclenché lundi le niveau 3. L'ARS l'a annoncé.",
     "fr", ["Agence régionale de santé Bourgogne-Val-de-Saône"]),
    ("The Institute for Alpine and Polar Environmental Research and the University of Leeds met on Monday.", "en",
     ["Institute for Alpine and Polar Environmental Research", "University of Leeds"]),
    # Events and what a government pays or rules are things, whatever their name.
    ("The Harbour Lights Parade and the Green Homes Grant were launched in Leeds on Monday.", "en", ["Leeds"]),
    ("Le Carnaval des Mouettes a attiré 20 000 personnes à Lorsac samedi.", "fr", ["Lorsac"]),
    # A live blog's time and dash open a sentence: the word after them is capitalised anyway.
    ("9 h 30 — Rappel des faits : le vol a eu lieu lundi à Ardon.", "fr", ["Ardon"]),
    # Common nouns written as acronyms, their plurals, a road's number, a unit, a faith: nobody.
    ("The CEO said GDP fell, as MPs met in Leeds on Monday to discuss AI and the SUV market.", "en", ["Leeds"]),
    ("Temperatures reached 35 degrees Celsius as Catholics gathered in Leeds on Monday.", "en", ["Leeds"]),
    ("La RN 7 a été coupée lundi entre Lorsac et Mirval, selon un PV consulté par le PDG.", "fr",
     ["Lorsac", "Mirval"]),
])
def test_job_titles_weekdays_initials_and_labels_around_names(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    # A councillor's title and a council portfolio before a name; an organisation's listed matters; a law joined
    # by "and"; a notice served; a right's name; an event named in apposition, a programme's "Challenge".
    ("Councillors heard from Cllr Faisal Rahman in Leeds on Monday.", "en", ["Faisal Rahman", "Leeds"]),
    ('"We are appealing for witnesses," said Det Insp Mark Rowe in Leeds on Monday.', "en", ["Leeds", "Mark Rowe"]),
    ('Baroness Jane Smith told peers in Leeds on Monday that the bill was "flawed".', "en", ["Jane Smith", "Leeds"]),
    ("Mgr François Fonlupt, évêque de Rodez, a célébré dimanche une messe.", "fr", ["François Fonlupt", "Rodez"]),
    ('"We would rather close it in the summer," Roads Convener Steven Doyle said in Leeds on Monday.', "en",
     ["Leeds", "Steven Doyle"]),
    ('"We had no choice," said the Cabinet Member for Communities, Cllr Janet Moss, on Monday.', "en",
     ["Janet Moss"]),
    ("The Department for Culture, Media and Sport met in Leeds on Monday.", "en",
     ["Department for Culture, Media and Sport", "Leeds"]),
    ("The Bank of England and Barclays met in Leeds on Monday.", "en", ["Bank of England", "Barclays", "Leeds"]),
    ("Councils have a duty under the Public Libraries and Museums Act 1964, officials in Leeds said on Monday.", "en",
     ["Leeds"]),
    ("A Noise Abatement Notice was served in Leeds in March.", "en", ["Leeds"]),
    ("A Freedom of Information request by the Leeds Gazette showed visits fell in 2024.", "en", ["Leeds Gazette"]),
    ("Dunmore Live, the town's summer festival, will go ahead in Leeds in July.", "en", ["Leeds"]),
    ("The Summer Reading Challenge starts in Leeds in July.", "en", ["Leeds"]),
    ("The Campaign for Real Ale met in Leeds on Monday.", "en", ["Campaign for Real Ale", "Leeds"]),
    # An exam in a school subject; a job noun opening a sentence before a name.
    ("Pupils who sat Higher Maths and Advanced Higher Chemistry in Leeds in May will be remarked.", "en", ["Leeds"]),
    ("Forecaster Alex Deakin said on Monday that Leeds would see snow.", "en", ["Alex Deakin", "Leeds"]),
    ("Lecturers at the London School of Economics walked out on Monday.", "en", ["London School of Economics"]),
    # A Gaelic surname's inner capital is no brand's; a listing is nobody; one capitalised word heading its phrase
    # after "a" is a common noun, one before a noun an organisation still.
    ("The crofter Donald MacLeod met the council in Leeds on Monday.", "en", ["Donald MacLeod", "Leeds"]),
    ("The Flow Country became a UNESCO World Heritage Site in 2024.", "en", ["Flow Country", "UNESCO"]),
    ("A Reporter from the planning division visited Leeds on Monday.", "en", ["Leeds"]),
    ("A Labour councillor visited Leeds on Monday.", "en", ["Labour", "Leeds"]),
    # A person whose surname is a law's word; a club's word; one word after a possessive opening a committee.
    ("Race director Paula Grant said on Monday that Leeds would host the race.", "en", ["Leeds", "Paula Grant"]),
    ("Club runner Tom Ellis, of Kessford Harriers, collapsed in Leeds on Sunday.", "en",
     ["Kessford Harriers", "Leeds", "Tom Ellis"]),
    ("Members of the Transport and Environment Committee will meet in Leeds on Monday.", "en",
     ["Leeds", "Transport and Environment Committee"]),
    # A unit or a committee after its owner's possessive is part of the owner.
    ('"It was a scheme," said Hannah Desrosiers, of the Crown Prosecution Service\'s Complex Casework Unit, on '
     "Monday.", "en", ["Crown Prosecution Service", "Hannah Desrosiers"]),
    ("Shares in Barclays and Lloyds Bank fell in Leeds on Monday.", "en", ["Barclays", "Leeds", "Lloyds Bank"]),
    # An organisation's word, "of the", a name: one organisation; no such word, two names.
    ("Rory Halcrow, of the University of the Isles, visited Leeds on Monday.", "en",
     ["Leeds", "Rory Halcrow", "University of the Isles"]),
    # A number opens no person's name; a word after "à" is a place, no first name a description follows.
    ("Au Gaec des Trois Sapins, à Mouthe, Julien Bourgeois élève 70 vaches. « On travaille à perte depuis "
     "l'automne », explique-t-il lundi.", "fr", ["Julien Bourgeois"]),
    # A particle and a capitalised article inside a person's name do not count among its words.
    ("La préfète, Catherine Sarlandie de La Robertie, a placé mardi le bassin en alerte.", "fr",
     ["Catherine Sarlandie de La Robertie"]),
    # An ampersand joins a firm's name.
    ("Brumes & Cie a perdu lundi le soutien de la banque.", "fr", ["Brumes & Cie"]),
])
def test_council_titles_portfolios_laws_notices_and_events_in_apposition(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    # Names only things are given, an animal in apposition or by its species, a ship after its prefix or its kind.
    ("Les petits, baptisés Taïga et Oural par les soigneurs, ont été présentés lundi à Clamery.", "fr", ["Clamery"]),
    ("Une tempête, baptisée Ciaran par Météo-France, a frappé Clamery lundi. Après Ciaran, 5 000 foyers étaient "
     "privés d'électricité mardi.", "fr", ["Clamery", "Météo-France"]),
    ("Leur mère, Nadia, une femelle de huit ans, est arrivée lundi à Clamery.", "fr", ["Clamery"]),
    ("Deux tigres de Sibérie et une panthère de l'Amour sont arrivés lundi à Clamery.", "fr", ["Clamery"]),
    ("The MV Saint Brendan broke down off Leeds on Monday.", "en", ["Leeds"]),
    ("A chartered catamaran, the Island Spirit, will sail from Leeds on Monday.", "en", ["Leeds"]),
    # One capitalised word after an article, then lower-case words: an organisation French capitalises once.
    ("Le président du Cercle des nageurs de Clamery a démissionné lundi.", "fr", ["Cercle des nageurs", "Clamery"]),
    ("La Prévention routière a lancé lundi une campagne à Clamery.", "fr", ["Clamery", "Prévention routière"]),
    ("Les Restos du cœur ont ouvert lundi à Clamery.", "fr", ["Clamery", "Restos du cœur"]),
    ("Le secrétaire de la CGT de l'hôpital de Clamery a démissionné lundi.", "fr", ["CGT", "Clamery"]),
    # A region's people before a person's name, at a sentence's start too; a business park's name is where.
    ("L'Aveyronnais Lucas Buadès a été élu en mai. Le Lyonnais Marc Petit a gagné samedi.", "fr",
     ["Lucas Buadès", "Marc Petit"]),
    ("Un incendie a détruit lundi un entrepôt de la zone artisanale des Granges, à Lanvic.", "fr", ["Lanvic"]),
    # A place's adjective is not its name ("la France entière" is France).
    ("Marie Vidal a parcouru la France entière en mai.", "fr", ["France", "Marie Vidal"]),
])
def test_named_animals_ships_and_french_names_capitalised_once(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    ("The figures come from the Society of Tyre Makers and Dealers, which met in Leeds on Monday.", "en",
     ["Leeds", "Society of Tyre Makers and Dealers"]),
    ("The Bank of England and Barclays met in Leeds on Monday.", "en", ["Bank of England", "Barclays", "Leeds"]),
])
def test_and_joins_two_plurals_inside_one_organisation_s_name_only(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, speaker, quote", [
    ("The club's sponsor, Brightwell Energy, said it stood by the coach.", "en", "Brightwell Energy",
     "it stood by the coach"),
    ("Colin Barr said the first signs of a leak in the pipes appeared in March.", "en", "Colin Barr",
     "the first signs of a leak in the pipes appeared in March"),
    # A pronoun after an organisation's claim, no person named: the organisation goes on.
    ("La Brasserie Morvan rappelle des bières. « Personne n'a été malade », assure l’entreprise. "
     "Elle a ajouté que les bouteilles seraient remboursées en magasin.", "fr", "Brasserie Morvan",
     "les bouteilles seraient remboursées en magasin"),
])
def test_reported_speech_after_a_pronoun_and_a_long_subject(text, language, speaker, quote):
    claims = [c for c in extract(text, language) if c.kind == "claim"]
    assert (claims[-1].speaker, claims[-1].quote) == (speaker, quote)


# --- issue 10: kinds of text seen in stories nobody here wrote --------------------------------------

@pytest.mark.parametrize("dateline", ["HAVENBY, Norway, May 15 (NWP) - ", "LONDON (Wire) – ", "OSLO, May 15 - ",
                                      "Saint-Aurel-de-Havenby (Norway), 15 May 2024 (NWP) - ", "New York (Reuters) - ",
                                      "HAVENBY, Norway, May 15, 2024 /GlobeWire/ -- "])
def test_a_wire_dateline_does_not_date_the_lead(dateline):
    # Published Wednesday 15 May 2024: the lead's own "on Monday" is 13 May; the dateline's day is when it was filed.
    found = extract(f"{dateline}Harbour workers at Havenby walked out on Monday over pay.", "en")
    assert [(c.date.iso(), c.date_text) for c in found] == [("2024-05-13", "Monday")]
    assert found[0].quote.startswith("Harbour workers")


def test_a_capitalised_opening_without_dateline_is_kept():
    found = extract("NASA, the space agency, said on Monday - after a delay - that the launch would go ahead.", "en")
    assert found and found[0].quote.startswith("NASA")


@pytest.mark.parametrize("lead", ["Le maire (PS) - il l'a dit - a démissionné lundi.",
                                  "Le groupe Vinci (VINCI) - coté à Paris - a annoncé lundi un rachat."])
def test_a_name_in_brackets_then_a_dash_in_a_plain_lead_is_no_dateline(lead):
    found = extract(lead, "fr")
    assert found and found[0].quote.startswith("Le ")


INTERVIEW = """We spoke to the harbour master, Ingrid Dahl, a week after the strike.

Why?

We had warned the owners for months. Nobody listened.

What happens next?

I will meet the union on Friday. We want a fair deal for everyone.
"""


def test_an_interview_s_answers_are_the_interviewee_s_claims():
    found = extract(INTERVIEW, "en")
    claims = [(c.speaker, c.quote, c.date_basis, c.answer) for c in found if c.kind == "claim"]
    # The answer's dated sentence is her words too (session 36: the gold of every Q&A page gives them to her).
    assert claims == [("Ingrid Dahl", "We had warned the owners for months. Nobody listened.", "published", True),
                      ("Ingrid Dahl", "I will meet the union on Friday. We want a fair deal for everyone.", "published",
                       True)]
    # The answer's dated sentence stays an event.
    assert [(c.kind, c.date.iso()) for c in found if c.kind == "event"] == [("event", "2024-05-17")]


def test_questions_whose_answers_never_speak_in_the_first_person_are_an_explainer():
    text = INTERVIEW.replace("We had warned", "The port had warned").replace("We want", "The port wants")
    text = text.replace("I will meet", "The port meets")
    assert [c for c in extract(text, "en") if c.kind == "claim"] == []


def test_each_date_of_a_list_is_a_second_mention_for_merging():
    # Published Wednesday 15 May 2024: the list gives two days of one kind of fact.
    text = "Bus drivers struck on May 2 and on May 9 over the new timetable."
    source = Source(id="art", title="Titre", published=EN_PUB, language="en", text=text)
    assert [c.date.iso() for c in extract_events(source, [])] == ["2024-05-02"]
    found = extract_events(source, [], support=True)
    assert sorted((c.date.iso(), c.support) for c in found) == [("2024-05-02", False), ("2024-05-09", True)]


def test_two_dates_that_are_no_list_give_no_second_mention():
    text = "The union met the company on May 2 after the strike that began on April 29."
    source = Source(id="art", title="Titre", published=EN_PUB, language="en", text=text)
    assert [c.date.iso() for c in extract_events(source, [], support=True) if c.support] == []


def test_an_answer_labelled_with_a_name_is_that_person_s_words():
    text = """Questions to the harbour master after the strike.

**Why?**

Ingrid Dahl: We had warned the owners for months. Nobody listened.

**What happens next?**

Ingrid Dahl: We want a fair deal for everyone.
"""
    claims = [(c.speaker, c.quote) for c in extract(text, "en") if c.kind == "claim"]
    assert claims == [("Ingrid Dahl", "We had warned the owners for months. Nobody listened."),
                      ("Ingrid Dahl", "We want a fair deal for everyone.")]


def test_an_interview_whose_introduction_names_no_one_is_the_title_s_person_s():
    text = INTERVIEW.replace("We spoke to the harbour master, Ingrid Dahl,", "We spoke to the harbour master")
    source = Source(id="art", title="Ingrid Dahl: 'Nobody listened'", published=EN_PUB, language="en", text=text)
    claims = [c.speaker for c in extract_events(source, []) if c.kind == "claim"]
    assert claims == ["Ingrid Dahl", "Ingrid Dahl"]


# --- issue 9, session 21: kinds of attribution from the pages retired from held-out -----------------------------

@pytest.mark.parametrize("text, language, speaker", [
    # Any verb right before the quotation, its subject a named person, maybe in apposition.
    ("Le maire de Lanvic, Erwan Quéré, espère « au moins 15 000 visiteurs cet été ».", "fr", "Erwan Quéré"),
    ('Ada Brent, the chair of the club, hopes "the season can restart in June".', "en", "Ada Brent"),
    # Not so: a name in quotation marks, a compound tense of doing, a verb after a preposition.
    ("Sophie Marrec a visité « la Maison du Peuple » hier.", "fr", None),
    ("Sophie Marrec a visité « la vieille maison du port » hier.", "fr", None),
    ("Le maire, Paul Vidal, mise sur « une saison pleine ».", "fr", None),
    # "Pour X, a long description of X, « … »": the person who opens it speaks.
    ("Pour Nolwenn Caradec, vice-présidente de la Région chargée du patrimoine, venue inaugurer le chantier "
     "vendredi, « ce phare appartient à tout le littoral ».", "fr", "Nolwenn Caradec"),
    # A role with its complement after the verb, then the name in apposition.
    ("« Nous voulons des produits locaux », a expliqué l’adjointe à l’éducation, Maëlle Guéguen.", "fr",
     "Maëlle Guéguen"),
])
def test_a_verb_before_the_quotation_a_long_pour_and_a_role_before_the_name(text, language, speaker):
    claims = [c for c in extract(text, language) if c.kind == "claim"]
    assert (claims[-1].speaker if claims else None) == speaker


@pytest.mark.parametrize("text, language, speaker", [
    # A description by the kind the organisation's name holds stands for that organisation.
    ("North Esker Combined Authority has closed its grant scheme. The authority said on Monday that a second round "
     "would open in April.", "en", "North Esker Combined Authority"),
    ("La Fédération des artisans du Var a saisi le préfet. Les dossiers déjà déposés seront traités avant mars, "
     "a précisé la fédération.", "fr", "Fédération des artisans du Var"),
    # Two organisations of that kind: the description may be either one, and reported words need a speaker the
    # reader can tell (review 30).
    ("Holmbury Borough Council and Esker County Council met. The council said on Monday that the sale would go "
     "ahead in May.", "en", None),
    ("Le Syndicat des eaux du Lary et le Syndicat des eaux de Saint-Genès se sont réunis. Le syndicat a assuré "
     "mardi que les travaux commenceraient en juin.", "fr", None),
])
def test_the_authority_stands_for_the_one_organisation_its_name_holds(text, language, speaker):
    claims = [c for c in extract(text, language) if c.kind == "claim"]
    assert (claims[-1].speaker if claims else None) == speaker


@pytest.mark.parametrize("text, language, actors", [
    # A sentence's first word with a contraction glued on names nobody.
    ("“My father had this plot from 1974 until he died. They’re selling my life,” said Ana Kovac.", "en",
     ["Ana Kovac"]),
    # A portfolio's matters, listed after the title, name nobody.
    ("Sarah Glen wrote to the Secretary of State for Culture, Media and Sport on March 3.", "en", ["Sarah Glen"]),
    ("Le ministre de l’Industrie, Marc Ferrat, se rendra à Roncières le 9 avril.", "fr", ["Marc Ferrat", "Roncières"]),
    # A facility's own name after "des"/"du" is the facility, not a town called "Peupliers".
    ("Une intoxication a touché 37 enfants à l’école des Peupliers le 3 mars.", "fr", ["école des Peupliers"]),
    ("Une réunion publique aura lieu le 9 avril salle des Tilleuls.", "fr", ["salle des Tilleuls"]),
    ("La piscine de Lanvic fermera le 9 avril.", "fr", ["Lanvic"]),
    # A radio station, a sports club and a police unit are no people, and a police rank is a title.
    ("Speaking on BBC Radio Harwick on March 3, Martin Oduya said the branch would close.", "en",
     ["BBC Radio Harwick", "Martin Oduya"]),
    ("Dunmere Rovers manager Stuart Bell said on March 3 that the club would appeal.", "en",
     ["Dunmere Rovers", "Stuart Bell"]),
    ("Detective Constable Amy Ridge said on March 3 that the inquiry had taken three years.", "en", ["Amy Ridge"]),
])
def test_contractions_portfolio_lists_facilities_des_and_clubs_that_look_like_people(text, language, actors):
    assert actors_of(text, language) == actors


def test_a_club_before_its_manager_is_not_the_speaker():
    text = "Dunmere Rovers manager Stuart Bell said on Monday that his side would appeal against the ban."
    claims = [c for c in extract(text, "en") if c.kind == "claim"]
    assert [c.speaker for c in claims] == ["Stuart Bell"]


def test_a_newspaper_that_opens_a_sentence_is_no_person_a_pronoun_could_stand_for():
    text = ("Le ministre, Marc Ferrat, se rendra à Roncières jeudi. Le Journal de Roncières révélait en septembre que "
            "l’usine fermerait. Interrogé par Radio Val d’Ardane, il a assuré qu’un repreneur serait trouvé « avant "
            "l’été ».")
    claims = [c for c in extract(text, "fr") if c.kind == "claim"]
    assert claims and claims[-1].speaker == "Marc Ferrat"


def test_words_said_to_someone_before_the_verb_keep_the_speaker_after_it():
    text = "« Vous avez trahi la confiance de vos collègues », lui a lancé la présidente du tribunal, Hélène Moreau."
    claims = [c for c in extract(text, "fr") if c.kind == "claim"]
    assert [c.speaker for c in claims] == ["Hélène Moreau"]


@pytest.mark.parametrize("text, language, actors", [
    # A region named by the compass is no person a pronoun could stand for.
    ("Scanners will go to the North East, Health Secretary Wes Hale said on March 3. “That is fair,” he said.", "en",
     ["North East", "Wes Hale"]),
    # An adjective made of a name with any participle, a group named by a plural acronym.
    ("Many EU-trained nurses left Carrow Hospital in March.", "en", ["Carrow Hospital"]),
    ('Opposition MPs called the sum "a drop in the ocean" on March 3.', "en", []),
])
def test_compass_regions_adjectives_of_names_and_groups_of_mps(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, speaker", [
    ("Scanners will go to the North East, Health Secretary Wes Hale said. “That is fair,” he said.", "en", "Wes Hale"),
    ('Opposition MPs called the sum "a drop in the ocean".', "en", "Opposition MPs"),
    # Where the words were said, a medium named between the verb and "que".
    ("Pierre Lambert estime sur France Info que les appareils anciens tombent plus souvent en panne.", "fr",
     "Pierre Lambert"),
])
def test_speakers_after_a_compass_region_a_group_and_a_medium(text, language, speaker):
    claims = [c for c in extract(text, language) if c.kind == "claim"]
    assert (claims[-1].speaker if claims else None) == speaker


@pytest.mark.parametrize("text, language, speaker", [
    # A bare word opening a sentence before a verb of saying is a name, though seen nowhere else.
    ("Enedis indique que les équipes ont rétabli le courant chez la moitié des clients.", "fr", "Enedis"),
    ("Matignon assure que d’autres crédits figureront dans le projet de loi de finances.", "fr", "Matignon"),
    ("Unison said the plan would leave wards without enough staff.", "en", "Unison"),
    # Not a bare plural in English, nor a quantifier or a pronoun ("Officials said", a group of people, speaks as a
    # group since session 49, as "Residents said" does: tests/test_claims_s49.py).
    ("Hotels said the road would reopen on the following day.", "en", None),
    ("Plusieurs estiment que la ligne ne rouvrira pas avant l’été.", "fr", None),
])
def test_a_bare_name_opening_a_sentence_before_a_verb_of_saying_speaks(text, language, speaker):
    claims = [c for c in extract(text, language) if c.kind == "claim"]
    assert (claims[-1].speaker if claims else None) == speaker


@pytest.mark.parametrize("text, language, actors", [
    ("Des rafales à 150 km/h ont été mesurées à la pointe du Raz le 3 mars.", "fr", ["pointe du Raz"]),
    # a landform's link is part of its name, where a pool's is not ("la piscine de Clamery" is in Clamery)
    ("Un chalutier s'est échoué lundi dans la baie de Kerlann.", "fr", ["baie de Kerlann"]),
    ("Le col de la Serrière restera fermé jusqu'au 3 mai, a indiqué la préfecture.", "fr", ["col de la Serrière"]),
    ("Un incendie a parcouru 40 hectares de la forêt d'Aubrac-Sud le 2 août.", "fr", ["forêt d'Aubrac-Sud"]),
    ("Cet article a été mis à jour samedi à 10 h. Suivez-nous sur Facebook et Instagram.", "fr", []),
])
def test_a_place_in_nature_named_after_du_and_an_imperative_with_its_pronoun(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, speaker", [
    # The object of a clause before the subject does not speak: the subject, described, does.
    ("After meeting Tom Hale on Monday, the minister said the plant would stay open.", "en", "The minister"),
    ("Après avoir rencontré Paul Vidal, le ministre a assuré que l'usine resterait ouverte.", "fr", "Le ministre"),
    # A person in apposition before the verb still does.
    ("Local MP Sarah Glen, a Labour member, said the library would close in May.", "en", "Sarah Glen"),
    ("« Cette annulation va coûter cher. » La phrase est de Sylvie Roux, maire de Saint-Avit, qui estime les "
     "dépenses à 40 000 euros.", "fr", "Sylvie Roux"),
])
def test_the_object_of_an_opening_clause_is_not_the_speaker(text, language, speaker):
    claims = [c for c in extract(text, language) if c.kind == "claim"]
    assert (claims[-1].speaker if claims else None) == speaker


@pytest.mark.parametrize("text, language, speaker, quotes", [
    ("Paul Vidal a rappelé que la ligne avait fermé en 2019, avant d'ajouter que la région paierait les travaux.",
     "fr", "Paul Vidal", ["la ligne avait fermé en 2019", "la région paierait les travaux"]),
    ("Ana Kovac said the road had been closed since May, before adding that repairs would start in June.", "en",
     "Ana Kovac", ["the road had been closed since May", "repairs would start in June"]),
])
def test_reported_words_that_go_on_with_avant_d_ajouter_que_are_two_claims(text, language, speaker, quotes):
    claims = [c for c in extract(text, language) if c.kind == "claim"]
    assert [(c.speaker, c.quote) for c in claims] == [(speaker, quote) for quote in quotes]


@pytest.mark.parametrize("text, language, quotes, title", [
    # Inside the clause the verb of saying opens, a predicate after "and" goes on with what was said (issue 9).
    ('Ana Kovac said the depot was "in good hands" and would reopen to lorries before the end of the month.', "en",
     ["in good hands", "would reopen to lorries before the end of the month"],
     "Ana Kovac said the depot would reopen to lorries before the end of the month"),
    ("Paul Vidal a assuré que la commune « ne lâcherait rien » et avait déjà déposé un recours au tribunal.", "fr",
     ["ne lâcherait rien", "avait déjà déposé un recours au tribunal"],
     "Paul Vidal a assuré que la commune avait déjà déposé un recours au tribunal"),
    # After the verb's own object, only a verb of saying makes the second predicate words; a participle shares the
    # first verb's auxiliary.
    ("Paul Vidal a estimé que le projet « coûterait trop cher à la commune » et rappelé que le conseil avait voté "
     "contre en 2019.", "fr", ["coûterait trop cher à la commune", "le conseil avait voté contre en 2019"],
     "Paul Vidal a rappelé que le conseil avait voté contre"),
    ('Ana Kovac called the plan "a disgrace" and walked out of the council meeting in protest.', "en",
     ["a disgrace"], None),
    # A subject of its own after "and": another clause, not the speaker's second predicate.
    ('Ana Kovac said the plan was "a disgrace" and the council would appeal against the ruling.', "en",
     ["a disgrace"], None),
])
def test_a_predicate_coordinated_after_a_quotation_is_said_too(text, language, quotes, title):
    claims = [c for c in extract(text, language) if c.kind == "claim"]
    assert [c.quote for c in claims] == quotes
    assert {c.speaker for c in claims} == {text.split(" a ")[0].split(" said")[0].split(" called")[0]}
    if title is not None:
        assert claims[-1].title.startswith(title)


@pytest.mark.parametrize("text, language, quote", [
    # The verb of saying inside a relative clause set off by commas: its words end where the main clause's verb
    # comes back, not with the sentence.
    ("Mayor Ana Kovac, who had promised in May that the depot would stay open, cut the ribbon on Friday.", "en",
     "the depot would stay open"),
    ("La maire, Nina Osei, qui avait assuré en mai que le dépôt resterait ouvert, a inauguré vendredi la halle.", "fr",
     "le dépôt resterait ouvert"),
    # A comma closing an apposition inside the said words is no end of the relative clause.
    ("Mayor Ana Kovac, who said in May that the depot, the town's largest employer, would stay open, cut the ribbon "
     "on Friday.", "en", "the depot, the town's largest employer, would stay open"),
])
def test_words_said_in_a_relative_clause_end_with_it(text, language, quote):
    assert [c.quote for c in extract(text, language) if c.kind == "claim"] == [quote]


@pytest.mark.parametrize("last, speakers", [
    # A chain of pronouns goes on with the person named further back than the three sentences before (issue 9).
    ("She still lives in the village.", ["Nina Osei"]),
    # Without one, a pronoun after sentences naming no one finds no speaker so far back.
    ("The shelter is now empty.", []),
])
def test_a_pronoun_chain_goes_on_with_the_person_named_further_back(last, speakers):
    text = ("Nina Osei ran the shelter for twenty years. Last spring the council closed it. We met her at her home in "
            f'Lanvic. {last} "I did what I could, and I would do it again," she told us.')
    assert [c.speaker for c in extract(text, "en") if c.kind == "claim"] == speakers


def test_a_person_in_apposition_after_the_subject_speaks_for_it():
    text = ("La direction du port, par la voix de son président Alain Ferrière, « regrette une décision prématurée » "
            "et assure que le dialogue reste ouvert.")
    claims = [c for c in extract(text, "fr") if c.kind == "claim"]
    assert claims and claims[0].speaker == "Alain Ferrière"


@pytest.mark.parametrize("text, language, speaker", [
    # A role between two names: the person after it speaks.
    ('Holm Farm owner Tom Hale said the barn "will be rebuilt by summer".', "en", "Tom Hale"),
    # A word of manner in commas between the verb and the speaker.
    ("« Nous reconstruirons la grange », lance, amer, Paul Vidal.", "fr", "Paul Vidal"),
    # "on" speaks for the place named after "à", "chez", "du côté de"; a place that is no name, for nobody.
    ("« La grange sera reconstruite », assure-t-on à la mairie de Lanvic.", "fr", "mairie de Lanvic"),
    ("« Le courant reviendra ce soir », explique-t-on chez Enedis.", "fr", "Enedis"),
    ("Du côté de la mairie de Lanvic, on assure que « la grange sera reconstruite ».", "fr", "mairie de Lanvic"),
    ("« On verra bien », dit-on au village.", "fr", None),
    # An age in commas after the name is the name's apposition, not the verb's subject.
    ("Helen Marsh runs the museum. Tom Reed found the door open. ‘It was an inside job,’ Ms Marsh, 54, told the "
     "Echo, ‘and we will prove it.’", "en", "Helen Marsh"),
    # "Pour X, « … »" with X an organisation's kind and its name.
    ("Le syndicat CGT a appelé à la grève. Pour le syndicat CGT, « la direction joue la montre ».", "fr", "CGT"),
    ("For the campaign group Save Our Pool, \"this is a betrayal of every family in town\".", "en", "Save Our Pool"),
    # A description alone names no one.
    ("Pour l'instant, « rien n'est décidé ».", "fr", None),
    # A spokesperson for an organisation's unit speaks for the organisation.
    ("Kelsey County Council closed the road. A spokeswoman for the council’s highways department said: “Gritters "
     "are out.”", "en", "Kelsey County Council"),
    # Words quoted in a participle's clause of saying are the main clause's subject's; a pronoun's, the last person's.
    ("Keith Olowe chairs the club. He had backed his manager, telling supporters at a fans’ forum on October 19 that "
     "Mallory would be given “the whole season” to turn things round.", "en", "Keith Olowe"),
    ("Le maire Paul Vidal a défendu le projet, estimant qu’il apporterait « un nouveau souffle » au quartier.", "fr",
     "Paul Vidal"),
    ("La CGT a appelé à la grève, rappelant que « rien n’a bougé depuis mars ».", "fr", "CGT"),
    # A participle of no saying, without "that", quotes no one.
    ("The heatwave hit the town, bringing “unbearable nights” to everyone.", "en", None),
    # The subject of the clause the quotation ends: after an opening phrase, a description, an apposition.
    ("La maîtresse-nageuse Claire Dumas, en poste depuis vingt ans, ne cache pas sa tristesse : « C'est toute ma "
     "vie. »", "fr", "Claire Dumas"),
    ("À Moranges, la maire Sophie Arnaud reste prudente : « Rien n’est joué. »", "fr", "Sophie Arnaud"),
    ('Speaking after the meeting, council leader Janet Morris was defiant: "We will not close the library."', "en",
     "Janet Morris"),
    # Without a colon, a noun phrase in quotation marks after a deed is the reporter's, no one's words.
    ("Sophie Marrec a visité « la vieille maison du port ».", "fr", None),
    # A title before the name, a relative clause in the apposition: the person still speaks, never the clause.
    ("Dr Rory Halcrow, a seabird ecologist at the University of the Isles who reviewed the survey, said the count "
     "was “robust and in line with declines elsewhere”.", "en", "Rory Halcrow"),
])
def test_a_role_between_names_a_word_of_manner_an_age_and_on_for_a_place(text, language, speaker):
    claims = [c for c in extract(text, language) if c.kind == "claim"]
    assert (claims[-1].speaker if claims else None) == speaker


@pytest.mark.parametrize("text, language, speaker", [
    # "Pour X, « … »" names an organisation only when its name follows its kind ("le syndicat CGT") directly: a
    # match against a club is no club speaking.
    ('For the match against Leeds United, "we need to be solid".', "en", None),
    ("Pour le match contre Lorient Football Club, « il faudra être solides ».", "fr", None),
    ("For the campaign group Save Our Pool, \"this is a betrayal of every family in town\".", "en", "Save Our Pool"),
    ("Le syndicat CGT a appelé à la grève. Pour le syndicat CGT, « la direction joue la montre ».", "fr", "CGT"),
])
def test_for_a_kind_and_a_name_the_name_must_follow_the_kind(text, language, speaker):
    claims = [c for c in extract(text, language) if c.kind == "claim"]
    assert (claims[-1].speaker if claims else None) == speaker


@pytest.mark.parametrize("text, language, speaker", [
    # A verb's form after a determiner and before a name is a title ("le juge Paul Vidal"), no verb of saying.
    ("Lundi, le juge Paul Vidal a lu le SMS de l'accusé : « Je vais la tuer. »", "fr", None),
    ("Le juge Paul Vidal juge que « rien ne justifie ce geste ».", "fr", "Paul Vidal"),
    ("« Rien ne justifie ce geste », juge Paul Vidal.", "fr", "Paul Vidal"),
])
def test_a_reporting_verb_s_form_used_as_a_title_before_a_name_is_no_verb(text, language, speaker):
    claims = [c for c in extract(text, language) if c.kind == "claim"]
    assert (claims[0].speaker if claims else None) == speaker


@pytest.mark.parametrize("text, language, speaker", [
    # A verb and its object noun before a colon: the colon introduces what is quoted (a letter, a tag, a message),
    # not the subject's words.
    ("La députée Anne Roux a reçu une lettre anonyme : « Vous allez payer. »", "fr", None),
    ("Le maire Paul Vidal a découvert un tag sur sa porte : « Dégage, traître. »", "fr", None),
    ("Lundi, la procureure Anne Roux a lu le SMS de l'accusé : « Je vais la tuer. »", "fr", None),
    ('Council leader Janet Morris received an anonymous letter: "You will pay for this."', "en", None),
    # A copula and an adjective, its complement after a preposition, or a negated verb: the subject's words.
    ('Speaking after the meeting, council leader Janet Morris was furious with the council: "We were never asked."',
     "en", "Janet Morris"),
    ("La maire Sophie Arnaud est en colère : « Personne ne nous a consultés. »", "fr", "Sophie Arnaud"),
    ("La maire Sophie Arnaud ne cache pas sa colère : « Personne ne nous a consultés. »", "fr", "Sophie Arnaud"),
])
def test_a_colon_after_a_verb_and_its_object_introduces_no_words_of_the_subject(text, language, speaker):
    claims = [c for c in extract(text, language) if c.kind == "claim"]
    assert (claims[0].speaker if claims else None) == speaker


@pytest.mark.parametrize("text, speaker", [
    # A spokesperson for a person's family or lawyers speaks for them, never as the person (who may be dead).
    ('Tom Hale, 34, died in the crash on Monday. "He was a wonderful father," a spokesman for Tom Hale\'s family '
     'said.', "A spokesman for Tom Hale's family"),
    ('Sarah Kent was charged on Monday. "She will plead not guilty," a spokeswoman for Sarah Kent\'s lawyers said.',
     "A spokeswoman for Sarah Kent's lawyers"),
    # An organisation's unit: the organisation speaks.
    ('Kelsey County Council closed the road. "The road will reopen on Friday," a spokeswoman for Kelsey County '
     'Council\'s highways department said.', "Kelsey County Council"),
])
def test_a_spokesperson_for_a_persons_family_is_not_that_person(text, speaker):
    assert [c.speaker for c in extract(text, "en") if c.kind == "claim"] == [speaker]


@pytest.mark.parametrize("text, language", [
    # A word in -ant or -ing that is no participle of saying: a conjunction, a participle of doing.
    ("Le maire Paul Vidal a quitté la salle, pendant que les opposants scandaient « démission ».", "fr"),
    ("Le maire Paul Vidal a quitté la salle, pendant que ses opposants affirmaient qu'il était « un lâche ».", "fr"),
    ("Paul Vidal left the meeting early, leaving the hall to protesters who chanted that he was “a coward”.", "en"),
    # A participle of saying, but another subject and verb between it and the words: theirs, not the main subject's.
    ("Paul Vidal left the meeting, telling the protesters who had chanted that he was “a coward” to go home.", "en"),
    ("Paul Vidal a quitté la salle, demandant aux opposants qui criaient qu'il était « un lâche » de se calmer.", "fr"),
])
def test_words_after_a_participle_of_no_saying_or_another_clause_are_not_the_subjects(text, language):
    assert [c.speaker for c in extract(text, language) if c.kind == "claim"] == []


def test_words_added_without_quotation_marks_after_a_quotation_are_the_speakers_claim_too():
    text = ("Corinne Vidal est maire. « On ne va pas laisser les gens cuire chez eux », a-t-elle lancé, avant "
            "d'ajouter que les parcs seraient, eux aussi, ouverts la nuit.")
    claims = [(c.speaker, c.quote) for c in extract(text, "fr") if c.kind == "claim"]
    assert claims == [("Corinne Vidal", "On ne va pas laisser les gens cuire chez eux"),
                      ("Corinne Vidal", "les parcs seraient, eux aussi, ouverts la nuit")]


def test_according_to_the_kind_an_organisations_name_holds():
    text = ("The Institute for Alpine Research led the study. According to the institute, a second core will be "
            "drilled next spring.")
    claims = [c for c in extract(text, "en") if c.kind == "claim"]
    assert [c.speaker for c in claims] == ["Institute for Alpine Research"]


# --- issue 10: clauses that retell a fact without date words -----------------------------------------------------

def _retellings(text: str, language: str) -> list[tuple[str, str, str | None]]:
    """The retelling clauses a one-sentence article proposes as support: (quote, date basis, date words)."""
    pub = FR_PUB if language == "fr" else EN_PUB
    found = extract_events(Source(id="art", title="Titre", published=pub, language=language, text=text), [], support=True)
    return [(c.quote, c.date_basis, c.date_text) for c in found if c.retelling]


def test_a_definite_noun_phrase_naming_an_action_is_proposed_undated() -> None:
    # 3 April 2025 is a Thursday: "mardi" dates the meeting, nothing dates the closure.
    assert _retellings("La préfète a réuni mardi les maires du canton pour évoquer la fermeture de la scierie Dorval.",
                       "fr") == [("la fermeture de la scierie Dorval", "published", None)]


def test_a_noun_phrase_naming_what_happened_to_someone_is_proposed_too() -> None:
    # "theft" is no action of the pair rules (a theft is told as what happened to the museum), yet retells one.
    assert _retellings("The curator resigned on Monday, weeks after the theft of three Varenne sketches.", "en") == [
        ("the theft of three Varenne sketches", "published", None)]


def test_a_clause_joined_by_and_to_a_dated_clause_takes_its_date_words() -> None:
    assert _retellings("Firefighters evacuated the Lindell school on Monday and closed the Harwick road.", "en") == [
        ("closed the Harwick road", "text", "Monday")]  # the date words the sentence's event took


def test_no_retelling_is_proposed_from_a_clause_with_date_words_or_without_an_action() -> None:
    assert _retellings("The mayor met residents on Monday, who had waited since April.", "en") == []
    assert _retellings("Le maire, qui habite Lorvan, a démissionné lundi.", "fr") == []
    # Without support (one article's own extraction) there are no retellings at all.
    assert not any(c.retelling for c in extract("La préfète a réuni mardi les maires pour évoquer la fermeture de la "
                                                "scierie Dorval.", "fr"))


# --- issue 10: a date inside a noun phrase naming another fact -------------------------------------------------------

def _dated(text: str, language: str) -> list[tuple[str, str, bool, str]]:
    """What a one-sentence article proposes with support: (date, date words, support, quote)."""
    pub = FR_PUB if language == "fr" else EN_PUB
    found = extract_events(Source(id="art", title="Titre", published=pub, language=language, text=text), [], support=True)
    return [(c.date.iso(), c.date_text or "", c.support, c.quote) for c in found if c.date_basis == "text"]


def test_a_date_of_a_named_fact_leaves_its_clause_to_the_clause_s_own_date() -> None:
    # Published Thursday 3 April 2025: "mardi" is 1 April, the suspension; "du 12 mars" is the order's day, support.
    found = _dated("Le juge a suspendu mardi le décret municipal du 12 mars qui interdisait la pêche.", "fr")
    assert found[0][:3] == ("2025-04-01", "mardi", False)
    assert found[1][:3] == ("2025-03-12", "12 mars", True)
    assert found[1][3] == "décret municipal du 12 mars qui interdisait la pêche"
    assert len(found) == 2


def test_a_date_before_a_named_fact_is_that_fact_s_even_when_it_comes_first() -> None:
    # Published Wednesday 15 May 2024: the 2 May closure was challenged on Monday 13 May; before, "May 2" came first
    # in the clause and dated the sentence, "last Monday" was dropped.
    found = _dated("Residents challenged the May 2 closure of the ward in court last Monday.", "en")
    assert [(d, words, support) for d, words, support, _ in found] == [("2024-05-13", "last Monday", False),
                                                                        ("2024-05-02", "May 2", True)]
    assert found[1][3] == "May 2 closure"


def test_a_named_fact_that_opens_the_sentence_stays_its_subject() -> None:
    # What the main clause says is of that fact ("the strike kept buses in the depot"): no support apart.
    found = _dated("Last week's strike kept half the buses in the depot.", "en")
    assert [support for _, _, support, _ in found] == [False]


# --- session 26: speakers read from the clause's structure ----------------------------------------

@pytest.mark.parametrize("text, language, speaker", [
    # The nearest sentence names two people: the one a preposition governs is no subject a pronoun stands for.
    ("La directrice adjointe de Marc Olivier Dantec, Nadia Berthou, se montre confiante. « Tout sera prêt en juin »,"
     " assure-t-elle.", "fr", "Nadia Berthou"),
    # An owner before a possessive is no subject either.
    ("Tom Hale's lawyer, Ruth Okafor, said he would appeal. She called the ruling \"a travesty of justice\" and "
     "left the court.", "en", "Ruth Okafor"),
])
def test_a_pronoun_stands_for_the_subject_of_the_sentence_before(text, language, speaker):
    claims = [c for c in extract(text, language) if c.kind == "claim" and c.quote.startswith(("Tout", "a travesty"))]
    assert [c.speaker for c in claims] == [speaker]


def test_a_role_opening_a_sentence_and_written_in_lower_case_elsewhere_is_no_part_of_the_name():
    text = ("Prosecutor Joanna Mallet said the road would stay shut. The prosecutor's team found nothing. "
            "\"We will be here all week,\" Mallet said.")
    found = extract(text, "en")
    assert {a for c in found for a in c.actors} == {"Joanna Mallet"}
    assert [c.speaker for c in found if c.kind == "claim"] == ["Joanna Mallet", "Joanna Mallet"]


@pytest.mark.parametrize("text, language, speaker, quote", [
    # A role, the name in apposition, then a verb no list holds, its object quoted.
    ("La directrice de la clinique, Odile Perrache, a fait part de son « immense colère » aux familles.", "fr",
     "Odile Perrache", "immense colère"),
    # An opening phrase, then the subject.
    ("Dans sa lettre, le président du club, Yves Carradec, avait pourtant promis « une saison sans drame ».", "fr",
     "Yves Carradec", "une saison sans drame"),
    # A pronoun subject, an adverb between it and its verb.
    ("Marta Kowal chairs the board. She once called the scheme \"pure fantasy from start to finish\".", "en",
     "Marta Kowal", "pure fantasy from start to finish"),
    ("Le maire, Jean Barrel, a visité le site. Deux jours plus tard, il se disait « très inquiet pour la suite ».", "fr",
     "Jean Barrel", "très inquiet pour la suite"),
    # An opening phrase, a role and the name in apposition, a verb of feeling and a possessive before the marks.
    ("Dans un courrier, la directrice de l'école, Claire Lemoine, avait exprimé sa « vive inquiétude » aux parents.",
     "fr", "Claire Lemoine", "vive inquiétude"),
])
def test_words_quoted_in_a_named_subject_s_predicate_are_the_subject_s(text, language, speaker, quote):
    claims = [(c.speaker, c.quote) for c in extract(text, language) if c.kind == "claim"]
    assert claims == [(speaker, quote)]


@pytest.mark.parametrize("text, language", [
    # Another subject's clause stands between the verb and the words.
    ("The mayor, Dan Pryce, left early and protesters chanted \"shame on you all\" outside.", "en"),
    # A deed's object in quotation marks, after an article: a thing the reporter names.
    ("La maire, Odile Perrache, a inauguré « la nouvelle halle du marché ».", "fr"),
])
def test_words_quoted_after_another_clause_or_naming_a_thing_are_no_subject_s_claim(text, language):
    assert [c for c in extract(text, language) if c.kind == "claim"] == []


@pytest.mark.parametrize("text, language", [
    # An adjective or two between the determiner and the marks: the marks finish a thing's name.
    ("The head teacher, Ruth Okafor, opened the brand new \"science block\" on Friday.", "en"),
    ("La présidente, Odile Perrache, a présenté sa future « maison de santé » aux élus.", "fr"),
    # A clause in the passive: the words are those of the accusers, not of its subject.
    ("The club's chairman, Ray Dunmore, was charged with \"bringing the game into disrepute\" on Monday.", "en"),
    ("La directrice, Odile Perrache, a été mise en examen pour « homicide involontaire » mardi.", "fr"),
])
def test_words_quoted_after_a_modified_noun_or_a_passive_verb_are_no_subject_s_claim(text, language):
    assert [c for c in extract(text, language) if c.kind == "claim"] == []


@pytest.mark.parametrize("text, speaker", [
    ("Dan Pryce met a nurse who called the cuts \"a disgrace for the town\".", "A nurse"),
    ("It was Tom Hale who said \"nobody will close this ward\".", "Tom Hale"),
    # The relative after a comma stands for the name before the comma; its words without marks are reported speech.
    ("The court agreed at the request of Montagut's lawyer, Sophie Arnaud, who said she had received the file only "
     "days before the hearing.", "Sophie Arnaud"),
    # The main clause's subject, before the relative's antecedent, does not speak.
    ("Tom Hale thanked the nurse who called the ruling \"a victory for every patient\".", "The nurse"),
    # A subject relative ("that sued …"): its verb is no verb of saying, and the main clause's subject speaks.
    ("A lawyer for the family that sued Nina Osei said \"justice has been done at last\".", "A lawyer for the family"),
    ("A friend of the nurse who sued Tom Hale said \"she never wanted any money\".", "A friend of the nurse"),
])
def test_a_verb_of_saying_in_a_relative_clause_has_the_relative_s_antecedent_for_subject(text, speaker):
    assert [c.speaker for c in extract(text, "en") if c.kind == "claim"] == [speaker]


@pytest.mark.parametrize("text, language, speaker", [
    # A person heading a long phrase after the verb, the rest their complement.
    ("\"Nobody could have walked out of there,\" said Sergeant Ivo Brandt of the county's mountain rescue team "
     "in Kelby.", "en", "Ivo Brandt"),
    # A label in brackets inside the subject's phrase splits no apposition.
    ("\"The slope will move again,\" engineer Maud Keller of the Institute for Slope Safety (ISS) had warned in May.",
     "en", "Maud Keller"),
    # A surname alone right after the closing straight quotation mark, as after a curly one.
    ("\"We will not pay a single euro,\" Varga said on Friday.", "en", "Varga"),
    # An object relative: its own subject speaks, not the noun it stands for.
    ("Le préfet a signé l'arrêté. Une mesure que l'Association Vallée Vivante (AVV) juge « très précipitée ».", "fr",
     "Association Vallée Vivante"),
    ("Le préfet a signé l'arrêté. Une réforme que la CFDT juge « injuste et brutale ».", "fr", "CFDT"),
    # A subject relative ("qui a poursuivi …"): the noun it stands for heads the subject, not the relative's object.
    ("L'avocat de la famille qui a poursuivi Paul Vidal a déclaré : « Justice est enfin rendue ».", "fr",
     "L'avocat de la famille"),
])
def test_the_speaker_heads_the_subject_phrase_whatever_follows_it(text, language, speaker):
    assert [c.speaker for c in extract(text, language) if c.kind == "claim"] == [speaker]


@pytest.mark.parametrize("text, language, speaker, quote", [
    # English drops "that": a subject (asides in commas left out) and a finite verb after the verb of saying.
    ("Mayor Nina Osei said the builder, Harlow Homes, had missed every deadline since March.", "en", "Nina Osei",
     "the builder, Harlow Homes, had missed every deadline since March"),
    ("The Coastal Crews Union says 84 of its members at Brill Ferries backed the strike.", "en",
     "Coastal Crews Union", "84 of its members at Brill Ferries backed the strike"),
    ("Dr Ines Marr said the committee, chaired by a retired judge, would report in May.", "en", "Ines Marr",
     "the committee, chaired by a retired judge, would report in May"),
    # A description, then the name in apposition, after "selon".
    ("Selon la directrice, Hélène Castaing, quarante élèves ont été relogés lundi matin.", "fr", "Hélène Castaing",
     "quarante élèves ont été relogés lundi matin"),
])
def test_reported_words_after_the_verb_s_clause_or_an_apposition(text, language, speaker, quote):
    claims = [(c.speaker, c.quote) for c in extract(text, language) if c.kind == "claim"]
    assert claims == [(speaker, quote)]


@pytest.mark.parametrize("text", [
    "Nina Osei said goodbye to the nurses who were leaving.",  # an object, no clause
    "Nina Osei, who wrote a widely shared column, points to the 2025 edition, cancelled in June.",  # an adjective
    "Nina Osei said on Friday.",
    # A bare word or phrase, the verb's object, then a clause of its own: a subordinator or a coordinator between.
    "Tom Hale said nothing while the charges were read out.",
    "Tom Hale said thank you as the volunteers were packing up.",
    "Tom Hale said a few words after the minister had spoken.",
    "Tom Hale said as much in an email the union saw on Friday.",
    # An object opening on no determiner, no number, no capital: no subject of a clause.
    "Tom Hale said hello to the neighbours the fire had left homeless.",
])
def test_no_clause_after_the_verb_is_no_reported_speech(text):
    assert [c for c in extract(text, "en") if c.kind == "claim"] == []


def test_of_two_noun_phrases_after_told_the_first_was_told_and_the_second_opens_the_words():
    text = "Tom Hale told a meeting of 300 tenants the estate would be rebuilt by 2028."
    claims = [(c.speaker, c.quote) for c in extract(text, "en") if c.kind == "claim"]
    assert claims == [("Tom Hale", "the estate would be rebuilt by 2028")]


@pytest.mark.parametrize("text, language, added", [
    ("The club's chair, Dana Ruiz, said the players had been \"nothing short of heroic\" and that talks on a new "
     "stand would resume in June.", "en", "talks on a new stand would resume in June"),
    ("La directrice, Odile Perrache, a indiqué que la clinique étudierait « toutes les pistes », mais qu'aucune "
     "embauche n'était prévue avant l'été.", "fr", "aucune embauche n'était prévue avant l'été"),
])
def test_a_second_clause_of_the_verb_after_a_quotation_is_the_speaker_s_too(text, language, added):
    claims = [(c.speaker, c.quote) for c in extract(text, language) if c.kind == "claim"]
    speaker = "Dana Ruiz" if language == "en" else "Odile Perrache"
    assert (speaker, added) in claims and len(claims) == 2 and {s for s, _ in claims} == {speaker}


@pytest.mark.parametrize("text, language, speaker", [
    ("« Nous allons reconstruire la salle », a expliqué Paul Vidal. Et d'ajouter : « Personne ne sera oublié. »",
     "fr", "Paul Vidal"),
    ("\"We will rebuild the hall,\" said Tom Hale. Then, quietly: \"Nobody will be forgotten.\"", "en", "Tom Hale"),
])
def test_a_quotation_whose_sentence_has_no_subject_of_its_own_goes_on_with_the_speaker(text, language, speaker):
    claims = [(c.speaker, c.quote.rstrip(".")) for c in extract(text, language) if c.kind == "claim"]
    assert claims[-1] == (speaker, "Personne ne sera oublié" if language == "fr" else "Nobody will be forgotten")
    assert len(claims) == 2


def test_a_quotation_after_another_subject_s_words_does_not_go_on_with_the_speaker():
    text = "\"We will rebuild the hall,\" said Tom Hale. Residents were less sure: \"Nobody asked us anything.\""
    assert [c.speaker for c in extract(text, "en") if c.kind == "claim"][0] == "Tom Hale"
    assert all(c.speaker != "Tom Hale" for c in extract(text, "en") if c.kind == "claim" and "Nobody" in c.quote)


@pytest.mark.parametrize("text, language, actors", [
    # Two particles in a row, the first capitalised or not: one name, never its first name and its last word apart.
    ("Ursula von der Leyen signed the deal in March.", "en", ["Ursula von der Leyen"]),
    ("Pieter van den Berg resigned on Monday, said Erik ten Hag.", "en", ["Erik ten Hag", "Pieter van den Berg"]),
    ("Sophie Van den Bossche a signé la pétition lundi.", "fr", ["Sophie Van den Bossche"]),
    # A particle hyphened to the surname.
    ("Bashar al-Assad met Abdel Fattah el-Sisi on Tuesday.", "en", ["Abdel Fattah el-Sisi", "Bashar al-Assad"]),
    # One particle, as before: a place after "of" stays apart from the person before it.
    ("Vincent van Gogh left Arles in May 1889.", "en", ["Arles", "Vincent van Gogh"]),
    # A particle that is a word too ("ten") joins no longer run: there it is the word.
    ("In Dunmore ten Green candidates stood on Thursday.", "en", ["Dunmore", "Green"]),
    ("At Carrow ten Dunmore pupils were hurt in the crash on Friday.", "en", ["Carrow", "Dunmore"]),
])
def test_a_name_holds_two_particles_in_a_row_or_one_hyphened(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    # A day's name of several words is nobody's, its possessive and either apostrophe notwithstanding.
    ("Shops in Carrow were busy on Mother’s Day, March 10, Ann Lee said.", "en", ["Ann Lee", "Carrow"]),
    ("Sales rose on Valentine's Day in Carrow, Ann Lee said on February 15.", "en", ["Ann Lee", "Carrow"]),
    ("Les fêtes du Jour de l’an à Lézat ont été annulées le 2 janvier.", "fr", ["Lézat"]),
    # Cut out of a longer run, the day's name leaves the rest of the run its name: a person's, or an organisation's
    # that goes on past it.
    ("On Labour Day Ann Price opened the market in Carrow.", "en", ["Ann Price", "Carrow"]),
    ("The Valentine’s Day Ann Price remembers best was in 2019.", "en", ["Ann Price"]),
    ("The World Heritage Foundation of Carrow met on Friday.", "en", ["World Heritage Foundation of Carrow"]),
    # One word right after such a name is its head ("the Super Bowl MVP"), no one; the person after it is someone
    ("The club thanked its Super Bowl MVP Ann Price on Friday.", "en", ["Ann Price"]),
    # A kind of place written with a curly apostrophe is part of the name, as with a straight one.
    ("La communauté d’agglomération du Pays de Grenaz a voté le 3 mars.", "fr",
     ["communauté d’agglomération du Pays de Grenaz"]),
])
def test_a_day_s_name_and_a_kind_of_place_in_either_apostrophe(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    # An abbreviation's full stop opens a name, which goes on after it.
    ("Officials at St. Mary’s Hospital said on Monday that Jo Smith was stable.", "en",
     ["Jo Smith", "St. Mary’s Hospital"]),
    # A street's name ends there: the next sentence's person is not part of it.
    ("Jo Smith moved to Carrow St. in 2019.", "en", ["Carrow St", "Jo Smith"]),
    # After a number or an ordinal the abbreviation ends a numbered street's name: the next word opens a new one.
    ("Our reporter found the van on 12th St. Ann Price had left it there on Friday.", "en", ["Ann Price"]),
    ("Traffic was stopped at 7 St. Ann Price filmed the arrest on Friday.", "en", ["Ann Price"]),
])
def test_a_name_opened_by_an_abbreviation_keeps_it(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    # Ranks written short, and a priest's title, before a name are no part of it.
    ("Capt Tom Moore raised money in 2020, said Maj Ann Lee.", "en", ["Ann Lee", "Tom Moore"]),
    ("Cpl Jo Smith and Pte Tom Hale were injured on Monday.", "en", ["Jo Smith", "Tom Hale"]),
    ("Father Ted Crilly said on Monday the parish would help.", "en", ["Ted Crilly"]),
])
def test_a_short_rank_or_a_priest_s_title_is_no_part_of_a_name(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    # A Roman numeral alone is a team's or a ruler's number; an acronym of the same letters is a name.
    ("The 1st XI match against Dunmore was moved on Monday.", "en", ["Dunmore"]),
    ("The ICC ruled on Monday, and King Charles III opened the bridge.", "en", ["Charles III", "ICC"]),
    # Letters that spell a numeral are an acronym when no number comes before them and no team is meant.
    ("The MDC said on Friday that Ann Price would stay.", "en", ["Ann Price", "MDC"]),
    ("Ann Price joined the MCC in 2019.", "en", ["Ann Price", "MCC"]),
    ("The 2nd XV lost to Dunmore on Saturday.", "en", ["Dunmore"]),
    # A surname in the plural after "the" is the family of the person the article names.
    ("In 1950 the Penhallows sold their fruit to Ashcombe, Jim Penhallow said.", "en", ["Ashcombe", "Jim Penhallow"]),
])
def test_a_roman_numeral_alone_and_a_family_s_plural_are_no_actors(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    # A code is a law's text, as an act is; an organisation whose name holds the word is not.
    ("Drivers face six points under the Highway Code since March, Ann Lee said.", "en", ["Ann Lee"]),
    ("The Carrow Code Academy said on Monday that it would close.", "en", ["Carrow Code Academy"]),
])
def test_a_code_is_a_law_s_text(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    # French writes a place's adjective lower-case inside a name: it closes the name after one capitalised word.
    ("Le Stade rennais a battu l'Olympique lyonnais samedi 3 mai.", "fr", ["Olympique lyonnais", "Stade rennais"]),
    ("La tête de liste de L’Élan sorbiérois a parlé mardi 3 mai.", "fr", ["L’Élan sorbiérois"]),
    # Not an adverb of the same ending.
    ("Mardi 3 mai, La Poste désormais ouverte le samedi a recruté.", "fr", ["La Poste"]),
    # Institutions' adjectives (language data).
    ("Le Planning familial et le Samu social de Paris ont alerté mardi 3 mai.", "fr",
     ["Paris", "Planning familial", "Samu social"]),
])
def test_a_french_name_closed_by_a_place_s_or_an_institution_s_adjective(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    # A verb of saying has an adjective's ending ("-ale", "-ique", "-elle"): after a name it is the name's verb.
    ("L'Agence régionale de santé signale mardi 3 mai une hausse des cas à Vérac.", "fr",
     ["Agence régionale de santé", "Vérac"]),
    ("Mardi 3 mai, la Direction générale des routes explique que le pont de Lorsac fermera.", "fr",
     ["Direction générale des routes", "Lorsac"]),
    ("La Mutualité rappelle mardi 3 mai que l'agence de Lorsac a fermé.", "fr", ["Lorsac", "Mutualité"]),
])
def test_a_verb_of_saying_after_a_french_name_is_no_part_of_it(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    # A preposition opening a sentence is capitalised; it is no word of the name after it, nor a first name.
    ("Chez Verlac, personne n'a répondu mardi 3 mai.", "fr", ["Verlac"]),
    ("Malgré Lorsac, la ligne a fermé en mai.", "fr", ["Lorsac"]),
    ("Across Dunmore, roads were closed on Friday 3 May.", "en", ["Dunmore"]),
    ("Outside Harrow Cross Library, a queue formed on Friday 3 May.", "en", ["Harrow Cross Library"]),
])
def test_a_preposition_opening_a_sentence_is_no_part_of_a_name(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    # A town's inhabitants, in the plural after a plural article, are a people.
    ("Les Lorsaciens ont voté mardi 3 mai contre le projet de Vérac.", "fr", ["Vérac"]),
    ("Le maire de Vérac a reçu les Valmontéens mardi 3 mai.", "fr", ["Vérac"]),
    # A car park or an ice rink is named by "des"/"du" and its name, as a school is.
    ("Le parking des Tilleuls a fermé mardi 3 mai à Vérac.", "fr", ["Vérac", "parking des Tilleuls"]),
    ("La patinoire des Genêts a rouvert mardi 3 mai.", "fr", ["patinoire des Genêts"]),
])
def test_inhabitants_are_no_actors_and_a_car_park_keeps_its_name(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, language, actors", [
    # A possessive right before a verb owns nothing: it is the shop's or the firm's name.
    ("On Friday 3 May, Pellow's said that it would close.", "en", ["Pellow's"]),
    # Before a noun it is a possessive: the owner alone is the actor.
    ("Ann Pellow's shop closed on Friday 3 May.", "en", ["Ann Pellow"]),
])
def test_a_possessive_before_a_verb_is_part_of_the_name(text, language, actors):
    assert actors_of(text, language) == actors


def test_a_place_the_article_writes_after_en_is_no_short_form_of_a_name_with_its_article():
    """"La Bretagne unie" names a party; "en Bretagne" is the region, not the party's short form."""
    from generator.extract.actors import NameIndex
    text = "Les élus de La Bretagne unie ont voté mardi. Le débat continue en Bretagne, selon Ana Ruiz."
    names = NameIndex.build([], text, "fr")
    assert [m.name for m in names.mentions("Le débat continue en Bretagne.")] == ["Bretagne"]


@pytest.mark.parametrize("text, language, actors", [
    # A web address's domain: the word before its full stop names nobody.
    ("Une pétition lancée sur Parlons.org a réuni 3 000 signatures en mai, selon Ana Ruiz.", "fr", ["Ana Ruiz"]),
    ("Tickets went on sale on Gigsy.com in March, Ben Hart said.", "en", ["Ben Hart"]),
    # A weekday or a month made an adjective by a hyphen ("Thursday-night racing") is a time.
    ("The Carrow Wheelers have run Tuesday-night racing at the park since 1991.", "en", ["Carrow Wheelers"]),
    ("Tessa Moor has run Monday-Friday classes since 2015.", "en", ["Tessa Moor"]),
])
def test_a_web_address_and_a_time_adjective_are_no_actors(text, language, actors):
    assert actors_of(text, language) == actors


def test_a_name_opened_by_an_organisation_s_head_word_is_no_person_s():
    """"Larch Pay" beside "Larch Bank": the bank's product, so "Larch" alone stays the bank's word, no first name."""
    from generator.extract.actors import NameIndex
    text = ("Customers of Larch Bank could not pay with Larch Pay on Friday. Larch said it was sorry.\n\n"
            "Riders at Hollin Station waited. Hollin Marsh, a nurse, said so. Marsh was late.")
    names = NameIndex.build([], text, "en")
    assert "Larch Pay" not in names.people and names.canonical("Larch") == "Larch"
    assert "Hollin Marsh" in names.people and names.canonical("Marsh") == "Hollin Marsh"


def test_a_one_word_name_beside_an_organisation_s_head_word_breaks_nothing():
    """A name of one word ("Wrenfield, 47, said") that heads "Wrenfield Bank" has no words before its last: the
    head-word rule read two and crashed the whole extraction; it is kept as a person, as it was before that rule."""
    from generator.extract.actors import NameIndex
    text = ("Wrenfield Bank published its accounts on Monday. Wrenfield, 47, said the figures were fair. "
            "Wrenfield then left the room.")
    assert "Wrenfield" in NameIndex.build([], text, "en").people


@pytest.mark.parametrize("text, language, speaker", [
    ("« Le col était fermé depuis deux jours », souffle un guide du village, qui ne souhaite pas être cité.", "fr",
     "Un guide du village"),
    ('"The pass had been shut for two days," sighs a local guide, who says he warned the council in May.', "en",
     "A local guide"),
])
def test_the_incise_after_an_opening_quotation_attributes_it_before_a_verb_of_saying_further_on(text, language,
                                                                                                 speaker):
    # "souhaite", "says": verbs of saying, in the relative clause about the speaker, not the quotation's attribution
    assert [c.speaker for c in extract(text, language) if c.kind == "claim"] == [speaker]


@pytest.mark.parametrize("text, language, speaker", [
    # a capital after "L'", "the": the organisation's own name, without its article, as a name the index knows
    ("L'Union étudiante de Kelby, qui réclamait son départ depuis mai, salue « une décision tardive mais "
     "nécessaire ».", "fr", "Union étudiante de Kelby"),
    # an indefinite article describes someone unnamed: kept as written
    ('A Labour councillor, who asked not to be named, called the plan "a betrayal of the town".', "en",
     "A Labour councillor"),
])
def test_a_described_speaker_with_a_capitalised_head_is_named_without_its_article(text, language, speaker):
    assert [c.speaker for c in extract(text, language) if c.kind == "claim"] == [speaker]


@pytest.mark.parametrize("text, language, title", [
    # Issue 9, item 3: a date in a clause of its own after a colon, a semicolon or a comma and "and" dates that
    # clause's fact; the sentence's first clause tells another one (or a state).
    ("Les inscriptions sont ouvertes aux familles, et la liste des lauréats sera publiée à la mi-avril.", "fr",
     "La liste des lauréats sera publiée"),
    ("Le marché a mal réagi : l'action du groupe a perdu 12 % jeudi à l'ouverture.", "fr",
     "L'action du groupe a perdu 12 % à l'ouverture"),
    ("The board said the price would rise, and that the old passes would be withdrawn in the autumn.", "en",
     "The old passes would be withdrawn"),
    ("The depot is small; its last bus will leave on 3 March.", "en", "Its last bus will leave"),
    # No subject opens the clause ("and accused …"): the predicate is told with its clause's subject (session 41).
    ("The mayor praised the plan, and accused the board of delay on Tuesday.", "en", "The mayor accused the board of delay"),
])
def test_a_date_in_a_joined_clause_titles_that_clause(text, language, title):
    assert [c.title for c in extract(text, language) if c.kind == "event"] == [title]


@pytest.mark.parametrize("text, language, title", [
    # A date set off by two commas leaves neither comma: one left alone parts the subject from its verb.
    ("La deuxième manche, samedi 4 mai, se courra sous la pluie.", "fr", "La deuxième manche se courra sous la pluie"),
    ("The last closure of the bridge, in the winter of 2019, lasted nine days.", "en",
     "The last closure of the bridge lasted nine days"),
    # After an opening phrase the pair leaves one comma, so the phrase still drops ("Après l'orage" goes).
    ("Après l'orage, dimanche, la mairie a fermé la jetée.", "fr", "La mairie a fermé la jetée"),
    ("After the storm, on Sunday, the council closed the pier.", "en", "The council closed the pier"),
])
def test_a_date_in_commas_leaves_no_comma_in_the_title(text, language, title):
    assert [c.title for c in extract(text, language) if c.kind == "event"] == [title]


def test_a_later_date_in_a_joined_clause_leaves_the_words_that_join_it():
    events = [c for c in extract("The board said the price would rise next year, and that the old passes would be "
                                 "withdrawn in the autumn.", "en", dt.date(2025, 4, 3)) if c.kind == "event"]
    assert sorted(c.title for c in events) == ["The board said the price would rise", "The old passes would be withdrawn"]


@pytest.mark.parametrize("text, language, title", [
    # A bound's hedge leaves the title with its date; a quotation that held only the date leaves no empty marks.
    ("The depot will stay closed until at least the end of June.", "en", "The depot will stay closed"),
    ("Les travaux reprendront au plus tôt en septembre.", "fr", "Les travaux reprendront"),
    ("Le chantier durera « au moins jusqu'en décembre ».", "fr", "Le chantier durera"),
])
def test_a_date_s_hedge_and_empty_quotation_marks_leave_the_title(text, language, title):
    assert [c.title for c in extract(text, language) if c.kind == "event"] == [title]


@pytest.mark.parametrize("text, language, title", [
    # A bare year used as an adjective is part of a noun phrase: it stays in the title, the event keeps its date.
    ("The club said the 2027 tournament would be held in Dunmore.", "en",
     "The club said the 2027 tournament would be held in Dunmore"),
    ("A 2019 audit had found damp in the library's basement.", "en", "A 2019 audit had found damp in the library's basement"),
    ("Le budget 2026 a été adopté par le conseil municipal.", "fr", "Le budget 2026 a été adopté par le conseil municipal"),
    # After a preposition the year is the date's, and leaves as before.
    ("Le budget a été adopté en 2026 par le conseil municipal.", "fr", "Le budget a été adopté par le conseil municipal"),
])
def test_a_year_used_as_an_adjective_stays_in_the_title(text, language, title):
    assert [c.title for c in extract(text, language) if c.kind == "event"] == [title]


@pytest.mark.parametrize("text, speaker", [
    # "It" stands for the organisation that opens the sentence before, whatever words open its own clause.
    ("The Pellow Water Board raised its prices on Monday. It said it had received 90 complaints.",
     "Pellow Water Board"),
    ("Brackwell & Lowe suspended the auction on Tuesday. In a short statement, it said the lot had been withdrawn.",
     "Brackwell & Lowe"),
    ("Fennick Auctions, which was founded in 1880, suspended the sale. It said the lot had been withdrawn.",
     "Fennick Auctions"),
])
def test_it_speaks_as_the_organisation_that_opens_the_sentence_before(text, speaker):
    assert [c.speaker for c in extract(text, "en") if c.kind == "claim"] == [speaker]


@pytest.mark.parametrize("text", [
    # A thing opens the sentence before, or the organisation only owns it: "it" is the report's, no one speaks.
    "The Pellow Water Board's report was published on Monday. It said the reservoir had been full since May.",
    "The report was published on Monday by the Pellow Water Board. It said the reservoir had been full since May.",
])
def test_it_after_a_thing_speaks_for_no_one(text):
    assert [c.speaker for c in extract(text, "en") if c.kind == "claim"] == []


@pytest.mark.parametrize("text, name, person", [
    ("Tomas Lindqvist flew to Oslo on Monday.", "Tomas Lindqvist", True),
    # A firm's partners joined by "&", a name the article writes after "in": no person.
    ("Brackwell & Lowe flew to Oslo on Monday.", "Brackwell & Lowe", False),
    ("Tomas Lindqvist opened an office in New Harlow on Monday.", "New Harlow", False),
])
def test_names_written_as_a_firm_or_a_place_are_no_people(text, name, person):
    from generator.extract.actors import NameIndex
    names = NameIndex.build([], text, "en")
    assert (name in names.people) is person


def test_the_company_after_a_name_of_a_persons_shape_that_opened_the_sentence_before_is_that_firm():
    # "Marlow Keys" opens the sentence before as its subject and is never called "Keys" alone, as news calls a
    # person: "the company" is that firm (session 33; it stayed "The company" before), never the regulator named
    # further back.
    text = ("Campaigners sent their figures to the Harbour Standards Authority, which will publish its own in March. "
            "Marlow Keys said its network had been improved. A new tank would be finished “by the spring”, the company "
            "said.")
    assert [c.speaker for c in extract(text, "en") if c.kind == "claim"][-1] == "Marlow Keys"


def test_a_description_other_than_the_company_after_a_name_of_a_persons_shape_stays_a_description():
    # "the regulator" is no noun any firm goes by: "Marlow Keys" may be no regulator, and the authority named further
    # back is no safer a guess.
    text = ("Campaigners sent their figures to the Harbour Standards Authority, which will publish its own in March. "
            "Marlow Keys said its network had been improved. A new tank would be finished “by the spring”, the "
            "regulator said.")
    assert [c.speaker for c in extract(text, "en") if c.kind == "claim"][-1] == "The regulator"


@pytest.mark.parametrize("text, language, title", [
    # "it" is no person: it does not take the subject of a sentence about one.
    ("The head teacher resigned last week. It was confirmed on Monday by the governors.", "en",
     "It was confirmed by the governors"),
    # A title's first word before a comma that opens a list is its first item, no date's debris.
    ("Plumbers, electricians and joiners walked off the site on Tuesday.", "en",
     "Plumbers, electricians and joiners walked off the site"),
])
def test_a_title_keeps_what_its_first_words_say(text, language, title):
    assert title in [c.title for c in extract(text, language) if c.kind == "event"]


@pytest.mark.parametrize("language, cut, title", [
    # A cut title ends on a word that ends something, not on a preposition or "than" waiting for its object.
    ("fr", "Le collectif a déposé un recours devant le tribunal contre…", "Le collectif a déposé un recours devant le tribunal…"),
    ("fr", "Deux hommes ont été interpellés à l'aube, selon…", "Deux hommes ont été interpellés à l'aube…"),
    ("en", "The crews lowered the passengers to the ground despite…",
     "The crews lowered the passengers to the ground…"),
    # Without "than" the comparative before it dangles as much: a reader accepts the title only without both.
    ("en", "Volunteers cleared the beach of plastic, more than…", "Volunteers cleared the beach of plastic…"),
    ("fr", "Les bénévoles ont ramassé les déchets de la plage, plus que…",
     "Les bénévoles ont ramassé les déchets de la plage…"),
    # A comparative the cut did not leave without its "than" stays.
    ("en", "Prices rose far more…", "Prices rose far more…"),
])
def test_a_cut_title_ends_on_no_dangling_preposition(language, cut, title):
    from generator.extract.events import _trim, _words

    assert _trim(cut, _words(language)) == title


@pytest.mark.parametrize("text, speaker", [
    # A firm named once in full, then by its first word: the claim is the firm's, by its full name.
    ('Talvane Systems, a software vendor, built the new network. "We are working closely with the bank," Talvane '
     'said.', "Talvane Systems"),
    # Two long names open with the word: either one, kept as written.
    ('Talvane Systems and Talvane Energy share a chairman. "We are working closely with the bank," Talvane said.',
     "Talvane"),
])
def test_a_firm_called_by_its_first_word_speaks_by_its_full_name(text, speaker):
    assert [c.speaker for c in extract(text, "en") if c.kind == "claim"] == [speaker]


@pytest.mark.parametrize("text, language, title", [
    # A speaker the sentence writes with an article keeps it in the claim's title (a contracted one undone).
    ("Selon un communiqué de la mairie, la piscine restera « fermée tout l'été ».", "fr",
     "Selon la mairie, la piscine restera « fermée tout l'été »"),
    ("D'après les chiffres du Syndicat mixte des eaux, la consommation a baissé de 8 %.", "fr",
     "Selon le Syndicat mixte des eaux, la consommation a baissé de 8 %"),
    ("According to the Harbour Users Association, the quay is unsafe.", "en",
     "According to the Harbour Users Association, the quay is unsafe"),
    # The article is the speaker's own: a later "the <name> …" in the reported words belongs to another noun phrase.
    ("Novak said the Novak family would sell the farm next spring.", "en",
     "Novak said the Novak family would sell the farm next spring"),
])
def test_a_claim_title_names_its_speaker_as_the_sentence_writes_it(text, language, title):
    assert title in [c.title for c in extract(text, language) if c.kind == "claim"]


@pytest.mark.parametrize("text, language, speaker, words", [
    # A firm's experts speak as the firm; the clause they said opens on a number written as a word.
    ("Economists at Hallow Brothers said three months of closures would cost the port its busiest season.", "en",
     "Hallow Brothers", "three months of closures would cost the port its busiest season"),
    ("Les analystes de Hallow Brothers estiment que trois mois de fermeture coûteront sa saison au port.", "fr",
     "Hallow Brothers", "trois mois de fermeture coûteront sa saison au port"),
    # An apposition of an indefinite article describes the subject before it, who speaks (a day may open the
    # sentence); not a phrase of its own before the comma.
    ("On Monday the brewery, a family business near the quay, said the casks had been tampered with.", "en",
     "The brewery", "the casks had been tampered with"),
])
def test_experts_at_a_firm_and_a_subject_before_its_apposition_speak(text, language, speaker, words):
    assert [(c.speaker, c.quote) for c in extract(text, language) if c.kind == "claim"] == [(speaker, words)]


def test_a_phrase_before_an_indefinite_subject_does_not_speak():
    text = 'Asked about the delay, a spokesman for the Harbour Trust said the work was "nearly done".'
    assert {c.speaker for c in extract(text, "en") if c.kind == "claim"} == {"Harbour Trust"}


@pytest.mark.parametrize("text, language, title", [
    # A leading phrase's comma is no decimal comma: the number stays whole.
    ("En cause : une perte de 2,7 millions d'euros dans les comptes, relevée par un audit l'an dernier.", "fr",
     "En cause : une perte de 2,7 millions d'euros dans les comptes, relevée par un audit"),
    # A subject too long for a title with what it did is cut to its head noun before its complements.
    ("The panel of experts from the Agency for Coastal and Estuarine Monitoring at the University of Dunmore "
     "published a map of the sandbanks in March 2024.", "en", "The panel published a map of the sandbanks"),
    # A shorter subject says who, and stays.
    ("Les ouvriers de la fonderie Fonterre ont découvert jeudi la suppression de leur atelier.", "fr",
     "Les ouvriers de la fonderie Fonterre ont découvert la suppression de leur atelier"),
    # A role is cut after its first complement: "The head" alone says nothing of whose head.
    ("The head of the Agency for Tidal and River Survey at the College of Marrow Sound charted the shifting sandbanks "
     "of the eastern channel in May 2024.",
     "en", "The head of the Agency charted the shifting sandbanks of the eastern channel"),
    ("Le président de l'Observatoire régional des zones humides et des estuaires de l'université de Brévenne a "
     "suspendu les relevés en mars 2024.", "fr", "Le président de l'Observatoire régional a suspendu les relevés"),
])
def test_a_title_keeps_its_numbers_whole_and_its_verb_after_a_long_subject(text, language, title):
    assert [c.title for c in extract(text, language) if c.kind == "event"] == [title]


def test_a_name_whose_last_word_takes_an_article_is_a_place_not_the_pronouns_person():
    # "the Fenns" is the place "Holby Fenns", no one's surname: "he" goes on with the archaeologist.
    text = ("Timbers were found at Holby Fenns in May. Professor Ewan Dace, an archaeologist, said drying was the "
            "threat. Peat across the Fenns has shrunk by a metre, he said. \"We lose these sites faster than we find "
            "them,\" he told the paper.")
    claims = [c for c in extract(text, "en") if c.kind == "claim"]
    assert [c.speaker for c in claims] == ["Ewan Dace"] * 3
    assert "Holby Fenns" in claims[1].actors and "Fenns" not in claims[1].actors



def test_a_description_goes_on_with_the_person_named_sentences_before_over_sentences_naming_no_one():
    text = ("Le maire Gilles Aubrecq a fait face à des parents en colère mardi soir. Beaucoup d'entre eux lui ont "
            "demandé des comptes. « La cantine rouvrira à la rentrée », a promis l’élu.")
    assert [c.speaker for c in extract(text, "fr") if c.kind == "claim"] == ["Gilles Aubrecq"]


def test_what_one_says_one_is_in_the_present_is_a_claim():
    text = ("Les agents de Cordalis ont cessé le travail. Cordalis, le gestionnaire des déchets, se dit "
            "« prêt à négocier ».")
    assert [(c.speaker, c.quote) for c in extract(text, "fr") if c.kind == "claim"] == [("Cordalis", "prêt à négocier")]


@pytest.mark.parametrize("text, language, speaker", [
    # A role written after a name that follows its verb of saying is that person's: "sa directrice" is her.
    ("« Nous gardons tous les emplois », a déclaré jeudi Sonia Valbrune, directrice générale de Tarnelis. "
     "L'entreprise conservera son atelier de Quiberlac jusqu'en 2030, a ajouté sa directrice.", "fr", "Sonia Valbrune"),
    # An owner before a possessive is no role of hers: the zoo is not Helen Ash.
    ('"The pair are settling in," said Helen Ash, the zoo\'s director. The elephants would stay in quarantine for a '
     'month, the zoo said.', "en", "The zoo"),
])
def test_a_role_after_a_name_after_its_verb_describes_that_person(text, language, speaker):
    assert [c.speaker for c in extract(text, language) if c.kind == "claim"][-1] == speaker


def test_reported_words_after_since_when_they_were_said():
    text = "Councillor Dana Pike argued from the outset that the pier was not the town's to sell."
    assert [(c.speaker, c.quote) for c in extract(text, "en") if c.kind == "claim"] == [
        ("Dana Pike", "the pier was not the town's to sell")]


@pytest.mark.parametrize("text, language, person", [
    # "in"/"en" after a word that takes a person as well ("trust in", "confiance en") says nothing of the name.
    ("Shareholders said they had lost all trust in Delia Marchetti after the vote.", "en", "Delia Marchetti"),
    ("Les adhérents gardent toute leur confiance en Hervé Castagnol malgré la défaite.", "fr", "Hervé Castagnol"),
    # Still a place after a plain "in".
    ("The fair opened a second hall in Port Elling on Friday.", "en", None),
])
def test_a_name_after_in_that_takes_a_person_stays_a_person(text, language, person):
    from generator.extract.actors import NameIndex
    assert NameIndex.build([], text, language).people == ({person} if person else set())


def test_a_surname_before_a_lower_case_noun_leaves_the_person_a_person():
    # "the Okafor brothers", "the Okafor campaign": the surname modifies a noun, as a person's does; "she" is still hers.
    text = ("Grace Okafor won the seat on Friday, backed by the Okafor campaign. The Ferrier Trust praised the result. "
            "\"We listened to every street,\" she said.")
    assert [c.speaker for c in extract(text, "en") if c.kind == "claim"] == ["Grace Okafor"]


def test_a_description_passes_by_a_name_written_with_a_persons_role():
    # "Joel Varga, its chief engineer," is a person: "the firm" goes back to the firm named before him.
    text = ("Corvel Motors built a depot near Tarnby in 2019. Joel Varga, its chief engineer, opened a new line on "
            "Tuesday. Orders had tripled \"since the spring\", the firm said.")
    assert [c.speaker for c in extract(text, "en") if c.kind == "claim"] == ["Corvel Motors"]


@pytest.mark.parametrize("text, language, actors", [
    # A French institution written lower-case with its adjective and its seat is one name; the town alone stays the
    # town ("à Mervanges").
    ("Le conseil municipal de Mervanges a voté mardi la hausse des tarifs. Les habitants de Mervanges protestent "
     "depuis juin.", "fr", ["Mervanges", "conseil municipal de Mervanges"]),
    ("L'association a déposé un recours le 3 mars devant le tribunal administratif de Sorlay.", "fr",
     ["tribunal administratif de Sorlay"]),
    ("Le parquet de Vendrac a ouvert une enquête jeudi.", "fr", ["parquet de Vendrac"]),
    ("Le dossier ira le 4 mai devant la cour administrative d'appel de Brenneval.", "fr",
     ["cour administrative d'appel de Brenneval"]),
    # A company's board is named by the company.
    ("Le conseil d'administration de Tavelon se réunira jeudi.", "fr", ["Tavelon"]),
])
def test_a_french_institution_with_its_adjective_and_its_seat_is_one_name(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, actors", [
    # "le conseil de" a person is a lawyer or an advice, "la cour de" a person a yard: an institution is named by its
    # seat, never by a person.
    ("Me Claire Vasseur, le conseil de Bruno Talmont, a fait appel lundi.", ["Bruno Talmont", "Claire Vasseur"]),
    ("Sur le conseil de Sophie Karel, le club a changé d'entraîneur en mai.", ["Sophie Karel"]),
    ("La commission de Gilles Portal a remis ses conclusions lundi.", ["Gilles Portal"]),
])
def test_a_french_institution_word_before_a_person_is_no_institution(text, actors):
    assert actors_of(text, "fr") == actors


@pytest.mark.parametrize("text, language, actors", [
    # An organisation named in full once, then by its own word alone, is one actor.
    ("Banque Orvillard said on Monday it had lost clients. Customers queued outside Orvillard's branch in March.", "en",
     ["Banque Orvillard"]),
    ("Le FC Tressange a battu Morlanne samedi. Mais Tressange, déjà sauvé, a gagné en mai.", "fr",
     ["FC Tressange", "Morlanne"]),
    # Not a word the article writes as a place, nor one that two longer names hold.
    ("Dunwick Council approved the budget on Monday. Residents in Dunwick opposed it in March.", "en",
     ["Dunwick", "Dunwick Council"]),
    ("Dunwick Council and the Dunwick Marathon signed a deal in May. Dunwick celebrated on Friday.", "en",
     ["Dunwick", "Dunwick Council"]),
])
def test_an_organisation_called_by_its_own_word_alone_is_the_organisation(text, language, actors):
    assert actors_of(text, language) == actors


@pytest.mark.parametrize("text, actors", [
    # A council, an airport, a hospital is named after its town: the town alone stays the town, whatever preposition
    # the article writes it after.
    ("Redmoor Council raised parking fees on Monday. Trains to Redmoor were delayed in March.",
     ["Redmoor", "Redmoor Council"]),
    ("Halsey Airport shut its runway on Monday. Floods cut Halsey off in March.", ["Halsey", "Halsey Airport"]),
    ("Brindle Hospital opened a ward on Monday. Snow fell on Brindle in March.",
     ["Brindle", "Brindle Hospital"]),
])
def test_the_town_a_body_is_named_after_stays_the_town(text, actors):
    assert actors_of(text, "en") == actors


@pytest.mark.parametrize("text, language, date, title", [
    # The date is the attribution's: its event tells what was said, not "The company announced" alone.
    ("The bakery chain will close nine of its shops by the end of June, the company announced on Monday.", "en",
     "2024-05-13", "The company announced the bakery chain will close nine of its shops by the end of June"),
    # A present participle after the attribution says why it was said, no fact of its own.
    ("Harbour fees will rise by a tenth from July 1, the port authority said late on Tuesday, citing dredging costs.",
     "en", "2024-05-14", "The port authority said harbour fees will rise by a tenth from July 1"),
])
def test_a_closing_attributions_date_titles_the_statement(text, language, date, title):
    """Issue 9, item 3: "<what>, <who> said <when>": the clause that carries the date is the attribution, whose fact
    is the statement, titled as the claim is."""
    assert {c.date.iso(): c.title for c in extract(text, language) if c.kind == "event"}[date] == title


def test_a_dated_publication_in_an_according_to_keeps_its_title():
    # "According to figures published on Tuesday": the publication is the clause's fact, named by its own title.
    text = ("Dunmore Water lost 90 million litres a day to leaks last year, according to figures published on Tuesday "
            "by the Water Standards Authority.")
    assert {c.date.iso(): c.title for c in extract(text, "en") if c.kind == "event"} == {
        "2023": "Dunmore Water lost 90 million litres a day to leaks",
        "2024-05-14": "According to figures published by the Water Standards Authority"}


@pytest.mark.parametrize("text, language, date, title", [
    # The part a possessive relative names is told with the noun it belongs to, never "Dont …".
    ("La commune a racheté le gymnase municipal, dont la réouverture est prévue en septembre.", "fr", "2025-09",
     "La réouverture du gymnase municipal est prévue"),
    ("Les élus ont voté le budget du stade nautique, dont la rénovation doit débuter en juin.", "fr", "2025-06",
     "La rénovation du stade nautique doit débuter"),
    ("Councillors backed the Fenwick Street pool, whose roof was repaired in March.", "en", "2024-03",
     "The Fenwick Street pool’s roof was repaired"),
])
def test_a_possessive_relative_is_told_with_what_it_belongs_to(text, language, date, title):
    """Issue 9, item 3: the clause that carries the date opens on "dont"/"whose"; its subject is the part it names."""
    assert {c.date.iso(): c.title for c in extract(text, language) if c.kind == "event"}[date] == title


def test_dont_without_a_verb_is_no_clause():
    # "dont la moitié sur le site": "including", a list's part, no relative clause to tell.
    text = "Fondée en 2019, la société emploie 300 salariés, dont la moitié à Lyon."
    assert [c.title for c in extract(text, "fr") if c.kind == "event"] == ["La société est fondée"]


@pytest.mark.parametrize("text, date, title", [
    # « dont » completes the verb after its part: the verb's object ("a présenté le tracé": the route of the bypass) or
    # a verb of « de » ("ont discuté"); the noun phrase is no part of the noun before it.
    ("Les riverains contestent la future rocade, dont le préfet a présenté le tracé en février.", "2025-02",
     "Les riverains contestent la future rocade"),
    ("Le conseil a adopté le plan de circulation, dont les commerçants ont discuté en janvier.", "2025-01",
     "Le conseil a adopté le plan de circulation"),
    # A number word or « un(e) » after « dont » counts the noun before it: "of whom two", no part of it.
    ("La coopérative compte 120 adhérents, dont trois ont démissionné en février.", "2025-02",
     "La coopérative compte 120 adhérents, dont trois ont démissionné"),
    ("La commune gère quatre écoles, dont une a été rénovée en janvier.", "2025-01",
     "La commune gère quatre écoles, dont une a été rénovée"),
])
def test_dont_that_completes_a_verb_or_counts_is_no_possessive(text, date, title):
    """Review 32, finding 9: « dont » is possessive only before a definite article's noun whose verb takes no object."""
    assert {c.date.iso(): c.title for c in extract(text, "fr") if c.kind == "event"}[date] == title


@pytest.mark.parametrize("text, date, title", [
    # A reflexive or negated verb keeps its clitic: "s'", "se", "n'" are the verb's, not the end of the part.
    ("Les pompiers ont évacué l'ancien entrepôt, dont le plancher s'est affaissé en mars.", "2025-03",
     "Le plancher de l'ancien entrepôt s'est affaissé"),
    ("Le club a vendu son gymnase, dont les vestiaires n'ont pas été repeints depuis 2012.", "2012",
     "Les vestiaires de son gymnase n'ont pas été repeints"),
])
def test_a_possessive_relative_leaves_its_verb_s_clitics_to_the_verb(text, date, title):
    """Issue 9, item 3: « dont le toit s'est effondré » is told "le toit de … s'est effondré", never "le toit s' de …"."""
    assert {c.date.iso(): c.title for c in extract(text, "fr") if c.kind == "event"}[date] == title


@pytest.mark.parametrize("text, date, title", [
    # A number word opening the statement is lowered as an article is: it is inside the title now.
    ("Trois randonneurs ont été secourus, a indiqué lundi soir la gendarmerie, sans préciser leur état.", "2025-03-31",
     "La gendarmerie a indiqué que trois randonneurs ont été secourus"),
    # A preposition after the speaker's noun ends the speaker: before whom, during what, is not who.
    ("Le budget sera revu, a admis mardi la présidente devant les élus régionaux.", "2025-04-01",
     "La présidente a admis que le budget sera revu"),
    ("Le budget sera revu, a admis mardi la présidente pendant la commission.", "2025-04-01",
     "La présidente a admis que le budget sera revu"),
])
def test_an_inverted_attribution_lowers_a_number_and_ends_its_speaker_at_a_preposition(text, date, title):
    """Review 32, finding 13: the statement keeps no capital of its own; "devant", "pendant" end the speaker."""
    assert {c.date.iso(): c.title for c in extract(text, "fr") if c.kind == "event"}[date] == title


@pytest.mark.parametrize("text, language, title", [
    # The preposition that opens a span goes with the span out of the title: no "between" or "entre" left alone.
    ("Volunteers planted 3,000 trees between 2019 and 2022, without help from the council.", "en",
     "Volunteers planted 3,000 trees, without help from the council"),
    ("Les bénévoles ont planté 3 000 arbres entre 2019 et 2022, sans aide de la commune.", "fr",
     "Les bénévoles ont planté 3 000 arbres, sans aide de la commune"),
])
def test_a_span_leaves_no_between_in_the_title(text, language, title):
    """Issue 9, item 3: no dangling prepositions, inside a title as at its end."""
    assert [c.title for c in extract(text, language) if c.kind == "event"] == [title]


@pytest.mark.parametrize("text, date, title", [
    # The date between the verb of saying and its subject: the statement is the clause's fact.
    ("La piscine restera fermée tout l'été, a annoncé mardi la communauté de communes.", "2025-04-01",
     "La communauté de communes a annoncé que la piscine restera fermée tout l'été"),
    # A date right after the subject too; where it was said ("dans un communiqué") is not who said it.
    ("Le festival est annulé, a confirmé le comité ce mardi dans un communiqué.", "2025-04-01",
     "Le comité a confirmé que le festival est annulé"),
    # A name in apposition says who the role is.
    ("Le marché couvert rouvrira en juin, a précisé lundi le maire, Paul Vidal, devant la presse.", "2025-03-31",
     "Paul Vidal a précisé que le marché couvert rouvrira en juin"),
])
def test_an_inverted_attribution_dates_the_statement(text, date, title):
    """Issue 9, item 3: "…, a annoncé jeudi la société X" is titled "La société X a annoncé que …", not "A annoncé la
    société X" nor the first clause's subject glued to the verb."""
    assert {c.date.iso(): c.title for c in extract(text, "fr") if c.kind == "event"}[date] == title


@pytest.mark.parametrize("text, date", [
    # A verb and its object after a subject in commas: no inverted attribution.
    ("L'agence régionale, l'ARS, a confirmé mardi la fermeture du service.", "2025-04-01"),
    # A date in an occasion after the subject dates that occasion.
    ("Les places seront rendues en mai, a reconnu la Ville lors de la réunion du 1er avril.", "2025-04-01"),
])
def test_what_is_no_inverted_attribution(text, date):
    titles = {c.date.iso(): c.title for c in extract(text, "fr") if c.kind == "event"}
    assert " a confirmé que " not in titles.get(date, "") and " a reconnu que " not in titles.get(date, "")


@pytest.mark.parametrize("text, language, date, title", [
    # A predicate after asides that name no subject the old patterns saw (a participle aside, a subject that reads
    # like a verb): the words before the asides are its subject.
    ("The levies, which went up from £3 to £4 a night in May, were scrapped by Dunmore council in the autumn.", "en",
     "2023-FA", "The levies were scrapped by Dunmore council"),
    ("Orla Haynes, appointed in 2019 and re-elected twice, stepped down on Friday after a row over the budget.", "en",
     "2024-05-10", "Orla Haynes stepped down after a row over the budget"),
    ("Pellard Freight, set up in 1971 and still run by its founders, laid off 40 drivers on Thursday.", "en",
     "2024-05-09", "Pellard Freight laid off 40 drivers"),
    ("Vantiq, née en 2015 dans une pépinière lyonnaise, a recruté 60 ingénieurs l'an dernier.", "fr", "2024",
     "Vantiq a recruté 60 ingénieurs"),
    # Asides inside a reported clause: the noun phrase after the verb of saying.
    ("Reyes said work on the new pier, which started last winter, would be finished by the summer.", "en",
     "2024-SU", "Work on the new pier would be finished"),
    # An opening participle phrase, then the subject and its aside.
    ("Fermé depuis 2017 faute d'acheteur, le moulin, dont les murs datent de 1620, a été vendu à la commune en mars.",
     "fr", "2025-03", "Le moulin a été vendu à la commune"),
    # A described subject named by the aside after it: the title says who.
    ("Their treasurer, Ravi Lund, 64, who joined the club in 1988, resigned on Monday over the new pavilion.", "en",
     "2024-05-13", "Ravi Lund resigned over the new pavilion"),
])
def test_a_predicate_after_asides_gets_back_its_subject(text, language, date, title):
    found = {c.date.iso(): c.title for c in extract(text, language)}
    assert found[date] == title


@pytest.mark.parametrize("text, language, date, title", [
    # A pronoun opening a later clause of its sentence stands for that sentence's subject.
    ("Les fouilles devaient débuter en mai ; elles commenceront finalement en octobre.", "fr", "2025-10",
     "Les fouilles commenceront finalement"),
    # A subheading between the pronoun and its antecedent is passed over.
    ("Le gymnase, construit en 1974, a coûté 3 millions d'euros.\n\nUn calendrier serré\n\nIl devait rouvrir en "
     "juin 2025.", "fr", "2025-06", "Le gymnase devait rouvrir"),
    # A described antecedent named in commas: the title names it.
    ("La candidate socialiste, Inès Varlet, juge la campagne trop courte. Elle a présenté lundi un plan pour les "
     "écoles.", "fr", "2025-03-31", "Inès Varlet a présenté un plan pour les écoles"),
    # A clause after "but" has a subject of its own, though it reads like a verb.
    ("The fares were due to rise at the end of the month, but details leaked to drivers last week.", "en",
     "2024-W19", "Details leaked to drivers"),
])
def test_a_pronoun_takes_the_subject_it_stands_for(text, language, date, title):
    found = {c.date.iso(): c.title for c in extract(text, language)}
    assert found[date] == title


@pytest.mark.parametrize("text, language, date, title", [
    # The date only lifts the negation: the title tells what happens then, not its opposite.
    ("La patinoire ne rouvrira qu'en novembre.", "fr", "2025-11", "La patinoire rouvrira"),
    ("Le petit bassin ne sera pas remis en eau avant l'été 2026.", "fr", "2026-SU", "Le petit bassin sera remis en eau"),
    ("The skate park will not reopen until November.", "en", "2024-11", "The skate park will reopen"),
    ("The footbridge cannot carry traffic before spring 2026.", "en", "2026-SP", "The footbridge can carry traffic"),
    # A negation of another kind, or in another clause than the date's, stays.
    ("La digue n'avait jamais cédé avant l'hiver 2024.", "fr", "2024-WI", "La digue n'avait jamais cédé"),
    ("Le maire n'a pas dit si la patinoire rouvrirait avant novembre 2025.", "fr", "2025-11",
     "Le maire n'a pas dit si la patinoire rouvrirait"),
])
def test_a_date_that_lifts_a_negation_titles_the_fact(text, language, date, title):
    found = {c.date.iso(): c.title for c in extract(text, language)}
    assert found[date] == title


@pytest.mark.parametrize("text, language, date, title", [
    # The date's clause goes on after it: the negation is no longer the date's alone, lifting it would say the opposite
    # ("The Lido pool can reopen because the boiler has failed"), so it stays as written.
    ("The Lido pool cannot reopen before March because the boiler has failed.", "en", "2024-03",
     "The Lido pool cannot reopen before because the boiler has failed"),
    ("The ferry will not sail until April while the hull is repainted.", "en", "2025-04",
     "The ferry will not sail while the hull is repainted"),
    ("La médiathèque ne sera pas rouverte avant l'automne faute de chauffage.", "fr", "2025-FA",
     "La médiathèque ne sera pas rouverte faute de chauffage"),
    # The date ending its clause, before a comma: lifted.
    ("The ferry will not sail until April, the operator said.", "en", "2025-04", "The operator said the ferry will sail"),
])
def test_a_negation_whose_clause_goes_on_after_the_date_stays(text, language, date, title):
    found = {c.date.iso(): c.title for c in extract(text, language)}
    assert found[date] == title


@pytest.mark.parametrize("text, language, date, title", [
    # A relative of a place after a comma: its clause told with the place it stands for, never "Where …" / "Où …".
    ("The trust wants to dry the boards in June and keep them at the Hollin Museum, where a small exhibition is "
     "planned for spring 2028.", "en", "2028-SP", "A small exhibition is planned at the Hollin Museum"),
    ("Les sinistrés ont été relogés en mai à la salle des fêtes de Lormières, où une permanence sera ouverte en juin.",
     "fr", "2025-06", "Une permanence sera ouverte à la salle des fêtes de Lormières"),
    ("Le maire s'est rendu lundi à la caserne, où il a remis trois médailles jeudi soir.", "fr", "2025-04-03",
     "Le maire a remis trois médailles à la caserne"),
    # Where one goes is no place the clause happens at; the clause keeps its own subject.
    ("The hearing was moved in May to the Marsh Lane sports hall, where councillors will meet on Tuesday.", "en",
     "2024-05-21", "Councillors will meet"),
    # A relative with no comma ends where the main clause's auxiliary follows a noun: the date is the main clause's.
    ("Les deux clubs ont fusionné en 2019, et la salle où se réunit le conseil a été rénovée en 2021.", "fr", "2021",
     "La salle où se réunit le conseil a été rénovée"),
    ("The two choirs merged in 2019, and the hall where the council meets was rebuilt in 2021.", "en", "2021",
     "The hall where the council meets was rebuilt"),
    # A relative's antecedent after a preposition: its article written with it ("au", "aux"), or a name and its kind
    # without an article.
    ("Samedi, les bénévoles se réuniront au gymnase, qui a été construit en 1990.", "fr", "1990",
     "Le gymnase a été construit"),
    ("Dimanche, les coureurs partiront aux anciens abattoirs, qui ont été rasés en 2019.", "fr", "2019",
     "Les anciens abattoirs ont été rasés"),
    ("On Saturday volunteers will gather in Brook Street car park, which was resurfaced in 2019.", "en", "2019",
     "Brook Street car park was resurfaced"),
])
def test_a_relative_clause_is_titled_with_what_it_is_about(text, language, date, title):
    found = {c.date.iso(): c.title for c in extract(text, language)}
    assert found[date] == title


@pytest.mark.parametrize("text, date, title", [
    # The clitics before a verb are the verb's, not its subject's (English writes none between them).
    ("Placée sous surveillance depuis 2020, la maison ne compte plus que trois pièces habitables en mars.", "2020",
     "La maison est placée sous surveillance"),
    ("La chorale s'est produite lundi à la cathédrale, où elle a chanté trois motets jeudi soir.", "2025-04-03",
     "La chorale a chanté trois motets à la cathédrale"),
])
def test_a_subject_keeps_no_clitic_of_its_verb(text, date, title):
    found = {c.date.iso(): c.title for c in extract(text, "fr")}
    assert found[date] == title


@pytest.mark.parametrize("text, language, title", [
    # A statement too long to title whole: the verb coordinated to the verb of saying carries the quoted fragment.
    ("La préfecture explique que les trois routes coupées par la neige ont été dégagées dans la nuit par une "
     "quarantaine d'agents, et annonce une reprise des bus scolaires « dès vendredi matin ».", "fr",
     "La préfecture annonce une reprise des bus scolaires « dès vendredi matin »"),
    ("The rail operator said engineers had cleared two of the three landslips blocking the line near Harwick "
     "overnight, and promised a full timetable \"from Friday morning\".", "en",
     "The rail operator promised a full timetable \"from Friday morning\""),
])
def test_a_coordinated_verb_carries_a_quoted_fragment(text, language, title):
    assert title in {c.title for c in extract(text, language) if c.kind == "claim"}


@pytest.mark.parametrize("text, language, date, title", [
    # A measure completing the noun before a possessive relative is what the noun is, not what the part belongs to.
    ("Le petit bassin de 25 mètres, dont la rénovation était prévue pour le printemps, ne sera pas rouvert avant "
     "l'automne 2026.", "fr", "2025-SP", "La rénovation du petit bassin de 25 mètres était prévue"),
    ("La commune a racheté un hangar de 800 mètres carrés, dont la démolition débutera en mars.", "fr", "2026-03",
     "La démolition d'un hangar de 800 mètres carrés débutera"),
    ("The council bought a hall of 300 seats, whose roof was repaired in May.", "en", "2024-05",
     "A hall of 300 seats’s roof was repaired"),
])
def test_a_measure_is_no_owner_of_a_possessive_relative(text, language, date, title):
    found = {c.date.iso(): c.title for c in extract(text, language)}
    assert found[date] == title


def test_a_retold_clause_ends_where_its_clause_does_not_where_a_date_may_end() -> None:
    # f8cafdb's date-ending pattern was named like the retold clauses' one and replaced it at import, so retold
    # clauses stopped ending at " - " and brackets. Each reading keeps its own pattern.
    from generator.extract import events
    assert events._CLAUSE_END.search("the plant closed - workers said").group() == " - "
    assert events._CLAUSE_END.search("the plant closed [update]").group() == "["
    assert events._DATE_CLAUSE_END.match(" because") is None and events._DATE_CLAUSE_END.match(", and")


@pytest.mark.parametrize("text, language, published, title", [
    # An aside in commas after a noun, opening on a participle: its date is the participle's fact, told of that noun.
    ("La mairie a racheté en 2024 les terrains de l'ancienne laiterie Moreau, fermée en 2011.", "fr", FR_PUB,
     "L'ancienne laiterie Moreau est fermée"),
    ("Le club quittera la salle omnisports, construite en 1971, à la fin de la saison.", "fr", FR_PUB,
     "La salle omnisports est construite"),
    ("Inspectors visited the old ferry terminal, built in 1958, before the sale.", "en", dt.date(2025, 3, 9),
     "The old ferry terminal is built"),
    # Without commas, after a preposition: the noun is a complement, so the participle is its own.
    ("Les agents garderont leurs primes jusqu'en 2027, selon le protocole d'accord signé en 2022.", "fr", FR_PUB,
     "Le protocole d'accord est signé"),
    ("Campaigners pointed to a colony of bats found under the bridge in 2019.", "en", dt.date(2025, 3, 9),
     "A colony of bats is found under the bridge"),
    # A participle that agrees tells the number of the noun it is about.
    ("Le maire a visité les vestiaires du stade, rénovés en 2020.", "fr", FR_PUB,
     "Les vestiaires du stade sont rénovés"),
    # … and the gender: "signé" is the contract's, not the bus station's; "fermée" the dairy's, not the site's.
    ("Le tribunal a annulé le contrat de la gare routière, signé en 2019 par l'ancien maire.", "fr", FR_PUB,
     "Le contrat de la gare routière est signé par l'ancien maire"),
    ("La ville a vendu le site de l'ancienne laiterie, fermée en 2011.", "fr", FR_PUB,
     "L'ancienne laiterie est fermée"),
])
def test_a_date_in_a_participle_phrase_titles_the_participle_of_its_noun(text, language, published, title):
    """A participle phrase after a noun holding a date ("…, fermée en 2011", "a colony found … in 2019") titles that
    date with its noun and "to be", not with the main clause the date is not about (issue 9, item 3)."""
    dated = [c for c in extract(text, language, published)
             if re.search(r"20(?:11|19|20|22)|1958|1971", c.date_text or "")]
    assert [c.title for c in dated] == [title]


@pytest.mark.parametrize("text, language, published", [
    # The same shape in English is often the sentence's own verb in the simple past, or an active verb with its object.
    ("He said the council voted in March to close the pool.", "en", dt.date(2025, 6, 9)),
    ("The decision came after a power cut held up trains for an hour on May 4.", "en", dt.date(2025, 6, 9)),
    ("The hall, which stands beside the canal, flooded in 2014.", "en", dt.date(2025, 6, 9)),
    # A document's publication day dates what it says, told by the main clause.
    ("Selon un sondage publié dimanche, la liste sortante recueillerait 31 % des voix.", "fr", FR_PUB),
    # In the sentence's opening phrase, the date is the main clause's; a participle that agrees with another noun.
    ("Par une décision rendue lundi, le tribunal a annulé le permis de construire.", "fr", FR_PUB),
    ("Les voyageurs des deux rames du tramway de la Croix-Rousse, bloquées en 2023 sous la neige, ont porté plainte.",
     "fr", FR_PUB),
    # "after", "since" are conjunctions too: a subject and its verb follow; a name before its verb in the past.
    ("The board met on Friday, ten days after the treasurer resigned on March 3.", "en", dt.date(2025, 6, 9)),
    ("Visitors have doubled since the gallery reopened in May.", "en", dt.date(2025, 6, 9)),
    ("The first patient, a man named Tom, arrived at 6 am on Monday, the hospital said.", "en", dt.date(2025, 6, 9)),
])
def test_a_past_verb_or_a_document_s_day_is_no_participle_phrase(text, language, published):
    """The words that look like a participle phrase but are a clause's own verb keep the sentence's title."""
    assert not any(re.search(r"\b(?:is|are|est|sont) \w+", c.title) for c in extract(text, language, published))


@pytest.mark.parametrize("text, language, title", [
    ("« Mardi, un randonneur de 70 ans a dû être hélitreuillé. Le refuge ferme », prévient-elle.", "fr",
     "Un randonneur de 70 ans a dû être hélitreuillé"),
    ("« Vendredi, la salle des fêtes a été inondée. Tout est à refaire », explique-t-il.", "fr",
     "La salle des fêtes a été inondée"),
])
def test_a_quotation_opening_on_its_date_is_no_participle_phrase(text, language, title):
    """A quotation of two sentences whose first word is its date ("« Mardi, un randonneur … . Le refuge … »") keeps
    its clause whole: the weekday, shaped like a participle ("-i") behind the quotation mark, is no opening participle
    ("Un randonneur de 70 ans sont m")."""
    assert [c.title for c in extract(text, language) if c.kind == "event"] == [title]


def test_a_pronominal_verb_s_participle_is_no_participle_phrase():
    """"s'est achevé" is a verb's compound past, its auxiliary elided behind "s'": no "s'est est achevé"."""
    assert [c.title for c in extract("Le festival de la vallée s'est achevé dimanche à Lorsac.", "fr")] \
        == ["Le festival de la vallée s'est achevé à Lorsac"]

