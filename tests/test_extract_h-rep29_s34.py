"""Issue 12, stop 34 (h-rep29): an "it" subject of the clause a reporting verb reports is
that verb's one speaker ("…, and the refugee agency said it feared that …"), not an actor
more salient elsewhere in the sentence (a state named as the possessor of an earlier
speaker's title: dev d502). Sentences written for these tests, none taken from a corpus."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker, other", [
    ("Norway's consul, Erik Dahl, said the border had been closed, and the United Nations "
     "refugee agency said it feared that thousands of families were stranded.",
     "refugee agency", "Norway"),
    ("Denmark's envoy, Lars Holm, said the talks had stalled, and the Red Cross said it "
     "believed that dozens of prisoners had died.", "Red Cross", "Denmark"),
])
def test_reported_it_is_the_speaker(claims, text, speaker, other):
    found = claims(text)
    assert any(speaker in claimant for claimant, _ in found)
    assert all(claimant != other for claimant, _ in found)


def test_state_saying_it_keeps_its_claim(claims):
    # the speaker of "said" is the state itself: "it" is still that state
    found = claims("Portugal said it would send 200 soldiers to Angola.")
    assert any(claimant == "Portugal" for claimant, _ in found)
