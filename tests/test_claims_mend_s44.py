"""Claims, review of session 44 (mender A): defects the review found in this session's speakers, each with sentences
made up for these tests."""
from __future__ import annotations

import pytest

from generator.extract.events import in_present
from tests.test_extract_events import claims as _claims


@pytest.mark.parametrize("text, language", [
    # French writes an article before every weekday of a date: « le lundi 31 mars » says when, not who
    ("La piscine restera fermée jusqu'en mai, a indiqué la direction le lundi 31 mars.", "fr"),
    ("La déchetterie n'ouvrira plus le dimanche, a fait savoir la mairie le mardi 1er avril.", "fr"),
    ("Le tournoi de Noël est annulé, a annoncé le club le mercredi suivant.", "fr"),
    # nor does "the <day>" with a clause or a time after it name a thing
    ("The ferry will resume sailings in June, said the operator the Tuesday after the storm.", "en"),
    ("The ferry will resume sailings in June, said the operator the Tuesday following the storm.", "en"),
])
def test_a_date_opened_by_an_article_is_no_part_of_the_speaker(text: str, language: str) -> None:
    days = ("lundi", "mardi", "mercredi", "Tuesday")
    assert not [s for s, _ in _claims(text, language) if any(d in (s or "") for d in days)]


@pytest.mark.parametrize("text, speaker", [
    # the body speaks, the date after it (weekday, day and month) says when
    ("La piscine restera fermée jusqu'en mai, a indiqué la direction le lundi 31 mars.", "La direction"),
    ("La déchetterie n'ouvrira plus le dimanche, a fait savoir la mairie le mardi 1er avril.", "La mairie"),
    ("Le gymnase restera fermé tout l'été, a annoncé la commune le vendredi 28 mars 2025.", "La commune"),
])
def test_a_body_after_an_inverted_verb_speaks_with_the_day_s_date_after_it(text: str, speaker: str) -> None:
    assert [s for s, _ in _claims(text, "fr")] == [speaker]


def test_a_day_that_names_a_thing_stays_in_a_group() -> None:
    text = "Volunteers at the Sunday school said the new rooms were too small."
    assert ("Volunteers at the Sunday school", "the new rooms were too small") in _claims(text, "en")


@pytest.mark.parametrize("text, language, firm, words", [
    # a council that speaks in the sentence just before is no company
    ("Brindle Dairies will close its depot at Selby in June. Selby Town Council said it would look for a new tenant. "
     "The drivers will be offered posts at Goole, the company said.", "en", "Brindle Dairies",
     "The drivers will be offered posts at Goole"),
    # a union known by its letters, the noun "union" written beside them
    ("Brindle Dairies will close its depot at Selby in June. The RMT union said it would fight the closure. "
     "The drivers will be offered posts at Goole, the company said.", "en", "Brindle Dairies",
     "The drivers will be offered posts at Goole"),
    # « le syndicat » written before the union's name
    ("Les laiteries Ravenel fermeront leur dépôt de Quimperlé en juin. Le syndicat SUD a dénoncé une décision brutale. "
     "Les chauffeurs seront reclassés à Lorient, a précisé l'entreprise.", "fr", "Ravenel",
     "Les chauffeurs seront reclassés à Lorient"),
])
def test_the_company_is_no_union_or_council_named_nearer(text: str, language: str, firm: str, words: str) -> None:
    assert (firm, words) in _claims(text, language)


@pytest.mark.parametrize("text, speaker", [
    # a lead or a modifier before the group's noun is no complement: the town is where the group lives
    ("Angry parents in Dunmore said the crossing patrol had been withdrawn.", "Angry parents in Dunmore"),
    ("Many residents in Harwick said the crossing patrol had been withdrawn.", "Many residents in Harwick"),
    # after the group's own complement, the town is only where that is
    ("Parents at the village school in Dunmore said the crossing patrol had been withdrawn.",
     "Parents at the village school"),
])
def test_a_group_keeps_its_town_unless_a_complement_comes_before_it(text: str, speaker: str) -> None:
    assert (speaker, "the crossing patrol had been withdrawn") in _claims(text, "en")


@pytest.mark.parametrize("title, told", [
    # "claim", "think", "say" as nouns or in a name: the title's verb is told in the present
    ("The compensation claim reached the Court of Appeal in March", "The compensation claim reaches the Court"),
    ("The Think Local network launched its manifesto", "The Think Local network launches its manifesto"),
    ("The Say Yes group opened a shop on the high street", "The Say Yes group opens a shop"),
])
def test_a_verb_of_saying_written_as_a_noun_leaves_the_title_told_in_the_present(title: str, told: str) -> None:
    assert in_present(title, "en").startswith(told)


@pytest.mark.parametrize("title", [
    # the verb of saying after a plural or a pronoun: what follows is what was said, kept as written
    "Shopkeepers fear the footfall dropped after the bridge closed",
    "Bus drivers say they received no notice of the cuts",
    "They think the depot closed too early",
])
def test_a_group_s_verb_of_saying_keeps_the_tense_of_its_words(title: str) -> None:
    assert in_present(title, "en") == title


@pytest.mark.parametrize("text, language, firm, words", [
    # a noun a firm is also called by, written before its name, leaves it a firm
    ("The bus operator Greyline will drop its night routes in March. Tickets would also cost more, the company said.",
     "en", "Greyline", "Tickets would also cost more"),
    # a union named in a clause before the comma is no noun beside the firm's name
    ("After talks with the union, Pelham Mills agreed to a pay rise. Overtime would be paid double, the company said.",
     "en", "Pelham Mills", "Overtime would be paid double"),
    ("Après une réunion avec le syndicat, Vardelle a renoncé aux licenciements. Les primes seront maintenues, a indiqué "
     "l'entreprise.", "fr", "Vardelle", "Les primes seront maintenues"),
])
def test_the_company_stays_a_firm_called_by_a_body_s_noun(text: str, language: str, firm: str, words: str) -> None:
    assert (firm, words) in _claims(text, language)
