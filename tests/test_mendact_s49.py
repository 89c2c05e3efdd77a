"""Actors, session 49, review 49-1 of a2fb35c (issue 9): "for the" / « pour la » after an organisation's word joins a
field only, not the body, event or place money or a bid goes to; « et de » / "and of" after an organisation's word and
its complement joins a second field only, not another body, a place or a titled person."""
from __future__ import annotations

import pytest

from tests.test_actors_s42 import sentence_names


@pytest.mark.parametrize(("text", "language", "expected"), [
    # whom or what the money, the tickets or the bid is for: another actor, or an event that names nobody
    ("Tickets sold by Carrow Rovers Football Club for the FA Cup tie went in an hour.", "en",
     ["Carrow Rovers Football Club"]),
    ("Money raised by the Rotary Club for the Christmas Lights Festival reached £4,000.", "en", ["Rotary Club"]),
    ("A grant from Carrow Council for the Harbour Trust was approved on Monday.", "en",
     ["Carrow Council", "Harbour Trust"]),
    ("Ann Hale, who campaigned with Carrow Rotary Club for the Red Cross, said the day went well.", "en",
     ["Ann Hale", "Carrow Rotary Club", "Red Cross"]),
    ("The Labour Party for the Carrow West seat chose Ann Hale.", "en", ["Labour Party", "Carrow West", "Ann Hale"]),
    ("Money from Carrow Council for the NHS was approved.", "en", ["Carrow Council", "NHS"]),
    ("A cheque from Carrow Rotary Club for the Samaritans was handed over on Monday.", "en",
     ["Carrow Rotary Club", "Samaritans"]),
    ("The bid by Carrow Football Club for the Premier League place failed.", "en",
     ["Carrow Football Club", "Premier League"]),
    ("La subvention de la Mairie pour la Croix-Rouge a été votée.", "fr", ["Croix-Rouge"]),
    ("La subvention de la Mairie pour la Fête de la Musique a été votée.", "fr", []),
    ("Le chèque du Rotary Club pour la Banque Alimentaire a été remis.", "fr", ["Rotary Club", "Banque Alimentaire"]),
    ("La subvention de la Région pour la SNCF a été votée.", "fr", ["SNCF"]),
    # a field after them is still the name's
    ("The Society for the Prevention of Cruelty to Animals said no.", "en",
     ["Society for the Prevention of Cruelty", "Animals"]),
    ("La Ligue pour la Protection des Oiseaux a porté plainte.", "fr", ["Ligue pour la Protection des Oiseaux"]),
])
def test_for_the_joins_a_field_not_another_actor(text: str, language: str, expected: list[str]) -> None:
    assert sentence_names(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a one-word name, an acronym, a place, a title and a person after « et de » / "and of": another actor
    ("Les élus de la Chambre de Commerce et de Vinci ont signé une convention.", "fr", ["Chambre de Commerce", "Vinci"]),
    ("Un accord entre la Chambre de Commerce et d'Airbus a été signé.", "fr", ["Chambre de Commerce", "Airbus"]),
    ("Le président de la Chambre de Commerce et de la FNSEA a parlé.", "fr", ["Chambre de Commerce", "FNSEA"]),
    ("Le soutien de l'Office de Tourisme et d'Orange a été salué.", "fr", ["Office de Tourisme", "Orange"]),
    ("Le soutien du Conseil de l'Europe et de l'Ukraine a été salué.", "fr", ["Conseil de l'Europe", "Ukraine"]),
    ("Le soutien de l'Office de Tourisme et de Lormeval a été salué.", "fr", ["Office de Tourisme", "Lormeval"]),
    ("Le soutien de la Chambre des Métiers et de M. Dupont a été salué.", "fr", ["Chambre des Métiers", "Dupont"]),
    ("Le soutien de la Chambre des Métiers et de Dupont a été salué.", "fr", ["Chambre des Métiers", "Dupont"]),
    ("Le soutien de la Chambre de Commerce et du Dr Roux a été salué.", "fr", ["Chambre de Commerce", "Roux"]),
    ("The Bank of England and of HSBC agreed.", "en", ["Bank of England", "HSBC"]),
    ("The Bank of England and of Lloyds agreed.", "en", ["Bank of England", "Lloyds"]),
    ("The support of the Institute of Mining and of Dr Jones was welcome.", "en", ["Institute of Mining", "Jones"]),
    # a field after them is still the name's
    ("La Chambre de Métiers et de l'Artisanat de la Gironde a ouvert ses portes.", "fr",
     ["Chambre de Métiers et de l'Artisanat de la Gironde"]),
    ("Le Ministère de la Culture et de la Communication a réagi.", "fr",
     ["Ministère de la Culture et de la Communication"]),
])
def test_and_of_joins_a_field_not_another_actor(text: str, language: str, expected: list[str]) -> None:
    assert sentence_names(text, language) == expected
