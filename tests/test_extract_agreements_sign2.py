"""Issue 12 (h-sign2): a year-dated older agreement ("the 1951 pact", "under a 1954
agreement", "in a 1994 deal") is an agreement of its own, not the article's latest one; tested
on sentences written for this file (real spaCy parse), with negatives."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

# (id, text, the dated phrase's agreement: its parties' deal, or "<year> <kind>" without them)
DATED = [
    ("under-a-year-agreement", "Chile and Peru signed a border pact on Monday. Both navies "
     "already patrol the coast together under a 1998 agreement.", "1998 agreement"),
    ("the-year-pact", "Kenya and Uganda signed a new defence treaty on Friday, replacing the "
     "1964 pact that had expired.", "agreement of 1964 (kenya–uganda)"),  # (h-sig18, s63)
    ("in-a-year-deal", "Ghana signed a contract with Airbus for two transport aircraft. Ghana "
     "bought four radars from Saab in a 2009 deal, officials said.",
     "arms deal (ghana–saab)"),
]


@pytest.mark.parametrize(("text", "key"), [t[1:] for t in DATED], ids=[t[0] for t in DATED])
def test_year_dated_agreement_is_its_own(run, text, key):
    agreements, _, _ = _observe(run, text)
    assert key in agreements
    assert len(agreements) == 2  # the article's new agreement is still there, apart


def test_year_dated_deal_parties(run):
    """The buyer and the seller of the clause the dated deal hangs on name it."""
    agreements, _, _ = _observe(run, "Norway bought six frigates from Spain in a 2000 deal, "
                                "the ministry said.")
    assert "arms deal (norway–spain)" in agreements


# negatives: a year that dates the signing, not the agreement; a capitalised name
@pytest.mark.parametrize("text", [
    "Chile and Peru signed a border pact in 1998, and the pact took effect in 1999.",
    "Kenya signed the 1964 Treaty of Mombasa with Uganda.",
    "In 2009 Ghana signed a deal with Airbus for two transport aircraft.",
    "Ghana signed the 2009 contracts with Airbus and Leonardo to renew its air force.",
], ids=["year-after", "named-treaty", "year-adverb", "plural-package"])
def test_not_year_dated(run, text):
    agreements, _, _ = _observe(run, text)
    assert not {a for a in agreements if a[:2] in ("19", "20")}, agreements
