"""Session 48 review mend (mend2s48): a capitalised surname that spells an adverb is the speaker."""
from __future__ import annotations

from tests.test_extract_events import claims as _claims


def test_a_surname_that_spells_an_adverb_stays_the_speaker() -> None:
    assert _claims("M. Encore a indiqué que le projet était mort.", "fr") == [("Encore", "le projet était mort")]
