"""Session 48 review mend (mend2s48), actors: a family firm's lower-case words close its name only after a firm's
kind or in a firm's shape, and a body's unit named with "disease" keeps the body its actor."""
from __future__ import annotations

import pytest

from tests.test_actors_s42 import sentence_names


@pytest.mark.parametrize(("text", "expected"), [
    # review of 22ea65f: everyday French joins « et Cie », « et fils », « frères » to anyone; a firm's kind first
    ("Entre Macron et Cie, rien ne va plus.", ["Macron"]),
    ("Le gouvernement Borne et Cie a reculé.", ["Borne"]),
    ("À Marseille frères et sœurs se retrouvent.", ["Marseille"]),
    ("La maison Bourrel frères et sœurs a fermé.", ["Bourrel"]),
    ("Le chantier a été confié à la société Roux et Cie, a indiqué Paul Martin.", ["Roux et Cie", "Paul Martin"]),
    ("Le chantier a été confié à Roux & Cie, a indiqué Paul Martin.", ["Roux & Cie", "Paul Martin"]),
])
def test_a_firm_s_lower_case_words_need_its_kind_or_its_shape(text: str, expected: list[str]) -> None:
    assert sentence_names(text, "fr") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # review of b640b44: "disease" opening a body's compound noun leaves the body its actor
    ("Cornwall Council's disease prevention officer, Ann Hale, said the risk was low.", ["Cornwall Council", "Ann Hale"]),
    ("The UK Health Security Agency's disease surveillance unit confirmed the case.", ["UK Health Security Agency"]),
    ("Experts from the WHO's disease surveillance team arrived, Tom Hale said.", ["WHO", "Tom Hale"]),
    ("Then the CDC's disease detectives were called in, Tom Hale said.", ["CDC", "Tom Hale"]),
    # the disease's own name still names nobody
    ("Patients with Parkinson's disease were moved, Tom Hale said.", ["Tom Hale"]),
])
def test_a_body_s_disease_unit_keeps_the_body(text: str, expected: list[str]) -> None:
    assert sentence_names(text, "en") == expected
