"""Issue 12, stop 25 (h-sig8): signing constructions of readable dev articles from more than
one batch, each tested on sentences written for this file (real spaCy parse), with a positive
beside each negative. Names are compared as `kg eval` compares them (lower case, a plural -s
dropped)."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

# (id, text, pairs signed, pairs not signed)
PAIRS = [
    # a participle signing with neither agent nor partner ("under a pact signed in 1954")
    # names nobody who signed: the subject of the clause the deal is in is no signer
    # (dev conventions: a passive signing without an agent has no line; d31, d296)
    ("agentless-under-clause-subject", "Kenya, which has received tanks from Ukraine under a "
     "defence agreement signed in 2008, protested on Monday.", set(),
     {("kenya", "defence agreement (kenya–ukraine)"),
      ("kenya", "defence agreement (ukraine–kenya)")}),
    ("agentless-under-fronted", "Under the $300 million contract signed in 2004, the Chilean "
     "shipyard Asmar was to build four patrol boats for Peru.", set(),
     {("asmar", "arms deal (chile–peru)"), ("asmar", "arms deal (asmar–peru)")}),
    # with a partner named on the participle, the partner signs and the clause's subject is
    # only the implied other party (S4 as amended in stop 78, d39, d758; h-sig48 s80)
    ("partner-named-signs", "Egypt bought the frigates as part of a deal signed with "
     "France in 2015.", {("france", "arms deal (egypt–france)")},
     {("egypt", "arms deal (egypt–france)")}),
]


@pytest.mark.parametrize("case", PAIRS, ids=[p[0] for p in PAIRS])
def test_signed_pairs(run, case):
    _, text, present, absent = case
    signed = _observe(run, text)[1]
    assert (present - signed, absent & signed) == (set(), set())
