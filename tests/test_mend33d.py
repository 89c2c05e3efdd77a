"""Review 33, findings 4, 6, 7 and 9 (mender d): what the session's rules took too far."""
from __future__ import annotations

import pytest

from tests.test_extract_events import extract


@pytest.mark.parametrize("text, language", [
    ("The club announced that it had hired a new coach.", "en"),
    ("The ferry company announced it would add a second boat.", "en"),
    ("Le club a annoncé qu'il avait recruté un nouvel entraîneur.", "fr"),
    ("La mairie a annoncé qu'elle avait vendu l'ancienne poste.", "fr"),
])
def test_an_undated_announcement_keeps_its_event_beside_the_claim(text: str, language: str) -> None:
    # Finding 9 (9d132c9): the announced clause became a claim, and the undated announcement lost its event.
    found = extract(text, language)
    assert [c.kind for c in found].count("claim") == 1
    assert [c.date_basis for c in found if c.kind == "event"] == ["published"]


def test_a_clause_only_attributed_after_it_stays_a_claim_alone() -> None:
    # "…, the club confirmed": the verb only says whose word the clause is; no action of its own.
    found = extract("The coach has left the club, the club confirmed.", "en")
    assert [c.kind for c in found] == ["claim"]
