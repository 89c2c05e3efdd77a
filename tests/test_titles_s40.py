"""Titles, session 40 (issue 9: titles a person keeps as is): claim titles that told a quoted fragment alone
("X déclare : « d'ici la fin mai »") now tell the clause that carries it."""
from __future__ import annotations

import pytest

from tests.test_extract_events import claim_titles, extract


def event_titles(text: str, language: str) -> list[str]:
    """The titles of the events (no claims) extracted from ``text``."""
    return [c.title for c in extract(text, language) if c.kind == "event"]


_OPENING = "Sandrine Moulinier préside l'association des riverains depuis dix ans. "


@pytest.mark.parametrize("sentence, title", [
    # an inverted verb of saying after the quotation: told with its subject first, without the pronoun after it
    ("Les cotisations seront remboursées « avant la fin du mois de mai », a-t-elle assuré.",
     "Sandrine Moulinier a assuré que les cotisations seront remboursées « avant la fin du mois de mai »"),
    ("Le jardin partagé rouvrira « dès que la clôture sera réparée », précise-t-elle.",
     "Sandrine Moulinier précise que le jardin partagé rouvrira « dès que la clôture sera réparée »"),
    # "selon" after the quotation: the speaker's words as "Selon X, …", no "X selon que …"; the apposition in commas
    # left out only when the title is too long with it
    ("Ces travaux, confiés à une entreprise de Rodez, prendront « au moins six semaines », selon la présidente, "
     "Sandrine Moulinier.",
     "Selon Sandrine Moulinier, ces travaux, confiés à une entreprise de Rodez, prendront « au moins six semaines »"),
    ("Ces travaux de voirie, confiés à une entreprise de terrassement de Rodez choisie en mars, prendront « au moins "
     "six semaines », selon la présidente, Sandrine Moulinier.",
     "Selon Sandrine Moulinier, ces travaux de voirie prendront « au moins six semaines »"),
])
def test_an_attribution_after_a_fragment_reports_the_clause_before_it(sentence: str, title: str) -> None:
    assert title in claim_titles(_OPENING + sentence, "fr")


def test_a_fragment_in_a_clause_too_long_is_told_by_the_clause_cut() -> None:
    # the clause that carries « à cause des inondations » is too long for a title: cut, it still says what was said,
    # where "X déclare : « à cause des inondations »" said nothing
    sentence = ("Moulinier a expliqué que les adhérents du quartier de la gare avaient signalé une hausse de 40 % des "
                "dégâts dans les caves « à cause des inondations ».")
    [title] = claim_titles(_OPENING + sentence, "fr")
    assert title.startswith("Sandrine Moulinier a expliqué que les adhérents du quartier de la gare avaient signalé")
    assert title.endswith("…") and len(title) <= 110 and "déclare" not in title


@pytest.mark.parametrize("sentence", [
    # a comma or a coordinated verb before the quotation: the clause there is another statement or an aside, and
    # a cut title would tell it instead of the quoted words
    "Moulinier affirme que le quartier de la gare a perdu trois commerces en un an et parle d'« un abandon pur et "
    "simple » par la municipalité de Rodez.",
    "Moulinier rappelle que l'association avait demandé en février un rendez-vous au maire de la commune, « resté "
    "sans réponse jusqu'à ce jour ».",
])
def test_a_fragment_after_a_comma_or_a_second_verb_keeps_its_words(sentence: str) -> None:
    titles = claim_titles(_OPENING + sentence, "fr")
    assert any("« " in title for title in titles) and not any(title.endswith("…") for title in titles)


def test_a_cut_quotation_keeps_its_words_or_goes() -> None:
    # the cut ends on « hors de la »: its dangling « de la » go before the quotation's words are counted, so one word
    # is left, too few to quote (« hors…» misquotes); counted with them, three words kept it
    from generator.extract.events import event_title

    sentence = ("Le conseil a voté en mars une hausse des loyers des logements du vieux centre ancien « hors de la "
                "portée des familles modestes ».")
    at = sentence.index("en mars")
    title = event_title(sentence, (at, at + len("en mars")), "fr")
    assert "«" not in title and title.endswith("centre ancien…")


@pytest.mark.parametrize("language, text, title", [
    # a pronoun's frame closing the dated clause goes: the event is what was reported
    ("en", "The bridge was shut on Monday. Tolls would be refunded by June, she said.", "Tolls would be refunded"),
    ("fr", "Les cotisations seront remboursées en juin, a-t-elle précisé.", "Les cotisations seront remboursées"),
    ("fr", "Le gymnase rouvrira en mars, indique-t-il.", "Le gymnase rouvrira"),
    # set in the clause in commas, it goes too
    ("en", "Without the grant, he said, the club would fold in May.", "Without the grant, the club would fold"),
    # a speaker named or described: told first, as the sentence means it, the speaker before or after the verb
    ("en", "The ferry will resume sailings in March, the operator said.", "The operator said the ferry will resume sailings"),
    ("en", "The ferry will resume sailings in March, said Mr Penrose.", "Mr Penrose said the ferry will resume sailings"),
    ("fr", "Le gymnase rouvrira en mars, a indiqué l'adjointe aux sports.",
     "L'adjointe aux sports a indiqué que le gymnase rouvrira"),
    # what the sentence says of the speaker after it: the name says who, a description goes
    ("fr", "Le gymnase était fermé depuis mars, a reconnu la mairie, propriétaire des locaux.",
     "La mairie a reconnu que le gymnase était fermé"),
    ("en", "The ferry will resume sailings in March, said the operator's director, Ann Penrose.",
     "Ann Penrose said the ferry will resume sailings"),
    ("en", "The ferry will resume sailings by March, the ferry's owner, Kerrow Lines, said.",
     "Kerrow Lines said the ferry will resume sailings"),
    # a first word whose capital may be a name's or the sentence's: the frame goes, nothing is lowered
    ("en", "Cabins were cleared by Sunday, the ferry's owner, Kerrow Lines, said.", "Cabins were cleared"),
])
def test_an_event_title_leaves_out_the_frame_of_reported_words(language: str, text: str, title: str) -> None:
    assert title in event_titles(text, language)


def test_a_verb_after_the_comma_with_its_own_object_is_no_frame() -> None:
    # "said it was …": what follows "said" is the reported clause, not who said it; the frame stays whole
    titles = event_titles("The dairy, a family firm that has made cheese in the dale, said on Monday it was recalling "
                          "its cheese.", "en")
    assert titles and all("said it was recalling its cheese" in title for title in titles)


@pytest.mark.parametrize("language, text, title", [
    # the personal pronoun opening the sentence stands for the person the sentence before names
    ("en", "Councillor Dan Marsh chairs the planning committee. He told councillors on Monday the depot would close.",
     "Dan Marsh told councillors the depot would close"),
    ("fr", "Les syndicats ont écrit mardi à la députée Hélène Corbières. Elle a convoqué leurs délégués jeudi à la "
           "mairie.", "Hélène Corbières a convoqué leurs délégués à la mairie"),
])
def test_a_pronoun_subject_is_given_the_person_named_before(language: str, text: str, title: str) -> None:
    assert title in event_titles(text, language)


@pytest.mark.parametrize("text, title", [
    # « elle » for a thing: no person named in the sentence before, or the thing's noun given by with_subject
    ("La nouvelle presse de l'atelier a coûté 2 millions. Elle a été installée en mars 2024.",
     "La nouvelle presse de l'atelier a été installée"),
    ("« On a attendu la machine pendant des années. Elle a été livrée en mars 2024 », raconte un ouvrier.",
     None),
])
def test_a_pronoun_for_a_thing_gets_no_person(text: str, title: str | None) -> None:
    titles = event_titles("Le directeur, Paul Amblard, dirige l'atelier. " + text, "fr")
    assert not any("Amblard" in t for t in titles if "installée" in t or "livrée" in t)
    if title is not None:
        assert title in titles
