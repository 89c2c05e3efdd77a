"""Titles, session 40 (issue 9: titles a person keeps as is): claim titles that told a quoted fragment alone
("X déclare : « d'ici la fin mai »") now tell the clause that carries it."""
from __future__ import annotations

import pytest

from tests.test_extract_events import claim_titles

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
    # cut after the quotation's first word and a dangling preposition, « concertée sans… » misquoted: it goes
    from generator.extract.events import _shorten, _words

    text = ("La fédération des associations de commerçants du centre a dénoncé dans un long communiqué une "
            "réforme « concertée sans aucun commerçant »")
    title = _shorten(text, _words("fr"))
    assert "«" not in title and title.endswith("réforme…")
