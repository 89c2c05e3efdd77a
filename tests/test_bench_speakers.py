"""The page bench's speaker comparison: a described speaker's opening article names no one."""
from __future__ import annotations

import pytest

from bench.page_quality import _same_speaker


@pytest.mark.parametrize("found, expected", [
    ("La préfecture", "préfecture"),
    ("préfecture", "la préfecture"),
    ("Des riverains", "riverains"),
    ("L'association", "association"),
    ("A spokeswoman for the governor", "spokeswoman for the governor"),
    ("Sophie Marchetti", "Sophie Marchetti"),
    ("Marchetti", "Sophie Marchetti"),
])
def test_a_speaker_is_the_same_with_or_without_its_article(found: str, expected: str) -> None:
    assert _same_speaker(found, expected, {})


@pytest.mark.parametrize("found, expected", [
    ("La mairie", "préfecture"),
    ("Le maire", "la préfecture"),
    ("Anne Marchetti", "Sophie Durand"),
])
def test_another_speaker_stays_another(found: str, expected: str) -> None:
    assert not _same_speaker(found, expected, {})
