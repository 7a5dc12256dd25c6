"""Issue 12, stop 43 (s49 h-rep49): campaign groups that NER leaves untagged or takes for a
weapon's name are listed organisations, and so the claimants of what they say; sentences
written for these tests, none taken from a corpus; real spaCy parse. Each text opens with a
headline line."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, claimant, statement", [
    ("Jets for the Gulf\n\nLONDON, May 4 (2014) - Campaign Against Arms Trade, a pressure group, "
     "said the sale should be halted.", "Campaign Against Arms Trade",
     "the sale should be halted"),
    ("Treaty signed\n\nDUBLIN, May 4 (2008) - The Cluster Munition Coalition said the ban would "
     "save thousands of lives.", "Cluster Munition Coalition",
     "the ban would save thousands of lives"),
])
def test_a_listed_campaign_group_is_the_claimant(run, claims, text, claimant, statement):
    mentions, _ = run(text)
    assert ("Agency", claimant) in {(m.cls, m.key) for m in mentions}, \
        [(m.cls, m.span.text, m.key) for m in mentions]
    assert (claimant, statement) in claims(text), claims(text)

