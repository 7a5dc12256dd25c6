"""`reports` claimants named by a nationality alone (issue 12, stop 33, h-rep27), on sentences
written for this test (invented or generic participants, not taken from any article or
corpus): unnamed sources or engineers whom only a nationality describes speak for no state
(dev conventions R5), while a word of office keeps the state."""

from __future__ import annotations

import pytest

LEAD = "Fighting spread across the south of the country. "


@pytest.mark.parametrize("text", [
    "Turkish and Greek sources said on Monday that two battalions had crossed the river.",
    "Spanish sources said the frigates had left port.",
    "Chilean engineers estimate the cost at more than a billion dollars.",
])
def test_nationality_alone_gives_no_claimant(claims, text):
    assert claims(LEAD + text) == [], claims(LEAD + text)


@pytest.mark.parametrize("text, claimant", [
    # a word of office on the sources keeps the state (R5's "French defence sources")
    ("French defence sources said the frigates had left port.", "France"),
    ("Kenyan government sources said the frigates had left port.", "Kenya"),
    # officials stay the state's (R5)
    ("Kenyan officials said the frigates had left port.", "Kenya"),
])
def test_word_of_office_keeps_the_state(claims, text, claimant):
    assert claimant in {c for c, _ in claims(LEAD + text)}, claims(LEAD + text)
