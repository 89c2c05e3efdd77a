"""Session 48 review mend (mend3s48), actors: a bank holiday's name with its season or month names nobody, and a
platform is a medium before what is posted on it only after a determiner, and "X's disease" is a disease's name only
where its noun phrase ends; « Cie » alone names nobody."""
from __future__ import annotations

import pytest

from tests.test_actors_s42 import sentence_names


@pytest.mark.parametrize(("text", "expected"), [
    # review of 153bea8: the capitalised word before "Bank Holiday" is the holiday's, no actor
    ("The Spring Bank Holiday weekend was wet, Ann Hale said.", ["Ann Hale"]),
    ("Crowds came on the Summer Bank Holiday, Ann Hale said.", ["Ann Hale"]),
    ("The Late Summer Bank Holiday was busy, Ann Hale said.", ["Ann Hale"]),
    ("The Early May Bank Holiday was busy, Ann Hale said.", ["Ann Hale"]),
    # review of 0681755: "posts" after a platform with no determiner is the firm's verb
    ("Results showed Netflix posts strong growth, Ann Hale said.", ["Netflix", "Ann Hale"]),
    ("Her Instagram posts were deleted, Ann Hale said.", ["Ann Hale"]),
    # review of e916d82: a noun after "disease" makes it the owner's modifier
    ("Figures show Cornwall's disease rates rose, Ann Hale said.", ["Cornwall", "Ann Hale"]),
    ("Data from Pfizer's disease modelling unit was used, Ann Hale said.", ["Pfizer", "Ann Hale"]),
    ("Crohn's disease is rare, Tom Hale said.", ["Tom Hale"]),
])
def test_review_of_s48_actors(text: str, expected: list[str]) -> None:
    assert sentence_names(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # review of e916d82: « et Cie » without a firm's kind or shape is "and co.", and « Cie » alone is nobody
    ("Selon Paul Martin, Macron et Cie ont présenté la réforme.", ["Paul Martin", "Macron"]),
    ("Le chantier a été confié à la société Roux et Cie, a indiqué Paul Martin.", ["Roux et Cie", "Paul Martin"]),
])
def test_cie_alone_names_nobody(text: str, expected: list[str]) -> None:
    assert sentence_names(text, "fr") == expected
