"""A warning with no clause is no claim (issue 12, stop 69, h-rep110), on sentences written
for this test (invented stories): a headline "<State> warns <State> over …" and "warned against
…" are appeals (dev conventions R2); "warned that …" and a quoted warning stay claims (R1), and
so does "warns of …", which the seeds' gold reads as a claim."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Chile warns Peru over fishing boats in disputed bay",
    "BRASILIA, May 3 - Brazil's foreign minister, Carlos Mendes, warned against any "
    "blockade of the river ports.",
    "OSLO, May 3 - Norway warned Iceland against building the new harbour.",
])
def test_warning_without_clause_is_no_claim(claims, text):
    assert not [c for c, s in claims(text)], claims(text)


def test_warned_that_is_a_claim(claims):
    # (guard: the same verb with a that-clause says something)
    text = "OSLO, May 3 - Norway warned that the new quotas would ruin its fishermen."
    assert any(c == "Norway" and "quotas would ruin" in s for c, s in claims(text)), claims(text)


def test_quoted_warning_is_a_claim(claims):
    # (guard: a quotation is what was said, whatever the verb's other complements)
    text = 'LIMA, May 3 - "The boats must leave the bay," Peru warned on Friday.'
    assert any(c == "Peru" and "boats must leave" in s for c, s in claims(text)), claims(text)


def test_warns_of_stays_a_claim(claims):
    # (guard: "warns of <a danger>" is left to the seeds' reading, a claim)
    text = "Iceland warns of Norway's fishing ambitions"
    assert any(c == "Iceland" for c, _ in claims(text)), claims(text)
