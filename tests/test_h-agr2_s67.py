"""Issue 12, stop 67 (h-agr2): "act" as an agreement noun. A bare act is an agreement where it
is signed ("A and B signed an act fixing their border": `act (<A>–<B>)`), an act named after a
place ("the Act of <City>") or a founding or final act is a named agreement; an act of war or
aggression, a law named "<Subject> Act" and an "Act of Parliament" stay no agreement.
Sentences written for this file (real spaCy parse); names compared as `kg eval` compares them."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _norm, _observe

# (id, text, the agreement's name, its signers)
SIGNED = [
    ("bare", "The presidents of Ghana and Togo signed an act on Friday that fixes their "
     "common border along the Volta.", "act (Ghana–Togo)", {"ghana", "togo"}),
    ("place", "The new accord builds on the Act of Montevideo, which Ghana and Togo concluded "
     "in March.", "Act of Montevideo", {"ghana", "togo"}),
    ("founding", "Ghana and Togo signed the Founding Act on Mutual Relations in Accra on "
     "Monday.", "Founding Act on Mutual Relations", {"ghana", "togo"}),
]


@pytest.mark.parametrize(("text", "name", "signers"),
                         [pytest.param(*c[1:], id=c[0]) for c in SIGNED])
def test_a_signed_or_named_act_is_an_agreement(run, text, name, signers):
    agreements, signed, _ = _observe(run, text)
    assert _norm(name) in agreements, agreements
    assert {(s, _norm(name)) for s in signers} <= signed, signed


# guards: (id, text)
NOT_AGREEMENTS = [
    ("aggression", "Ghana called the seizure of its fishing boats an act of aggression and "
     "recalled its ambassador from Togo."),
    ("law", "Under the Coastal Fisheries Protection Act, Ghana may seize foreign trawlers in "
     "its waters."),
    ("parliament", "The base was leased to Togo under an Act of Parliament passed in 1994."),
    ("passed", "Ghana's parliament passed an act on Tuesday that bans arms exports to Togo."),
]


@pytest.mark.parametrize("text", [pytest.param(c[1], id=c[0]) for c in NOT_AGREEMENTS])
def test_an_act_of_war_or_a_law_is_no_agreement(run, text):
    agreements, signed, _ = _observe(run, text)
    assert not any("act" in a.split() or a.startswith("act ") for a in agreements), agreements
    assert not signed, signed
