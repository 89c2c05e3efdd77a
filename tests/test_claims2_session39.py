"""Claims, session 39, second engineer (issue 9: every quoted statement found as a claim with its speaker)."""
from __future__ import annotations

from tests.test_extract_events import claims as _claims


def test_a_pronoun_after_selon_skips_the_body_a_role_names() -> None:
    # "le directeur du Syvalom de la Vère, Gilles Marty": the body "du" governs is no person the pronoun could mean,
    # so "Selon lui" after it is the one person named, Gilles Marty.
    text = ("« Les bacs jaunes débordent chaque semaine », a expliqué le directeur du Syvalom de la Vère, Gilles "
            "Marty. Selon lui, la collecte coûte trop cher et le syndicat « devra revoir ses tournées avant l'été ».")
    assert ("Gilles Marty", "devra revoir ses tournées avant l'été") in _claims(text, "fr")


def test_a_pronoun_after_selon_with_two_people_named_stays_unattributed() -> None:
    # Two people, neither governed by a preposition: gender is not known, so the quotation is given to no one.
    text = ("Anne Roy a rencontré Paul Vidal mardi. Selon elle, le chantier « prendra deux ans de plus ».")
    assert not any(words == "prendra deux ans de plus" for _, words in _claims(text, "fr"))


def test_an_organisation_noun_after_its_subject_is_that_organisation() -> None:
    # "Harwick Rovers have appealed …, the club confirmed": the club the article named opens the sentence as its
    # subject, so "the club" is Harwick Rovers, as "the company" is the firm that opens its sentence.
    text = ("Harwick Rovers were founded in 1889. The club plays at Mill Lane. Harwick Rovers have appealed against "
            "their relegation from the Western League, the club confirmed on Monday.")
    assert _claims(text, "en") == [("Harwick Rovers",
                                    "Harwick Rovers have appealed against their relegation from the Western League")]


def test_an_organisation_noun_is_not_a_name_the_subject_governs() -> None:
    # "Workers at Métalor …, the union said": Métalor is no subject, the union is not Métalor.
    assert _claims("Workers at Métalor went on strike on Monday over pay, the union said.", "en") == [
        ("The union", "Workers at Métalor went on strike on Monday over pay")]
