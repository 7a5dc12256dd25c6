"""Issue 12, stop 30 (h-sig14): a state's deal with a movement the gazetteer does not list,
tested on sentences written for this file (real spaCy parse). Names are compared as `kg eval`
compares them."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

# (id, text, agreements present, (party, agreement) pairs present, pairs absent)
MOVEMENT_DEALS = [
    # a state and an unlisted front that sign an agreement are its two parties (d407)
    ("state-and-front", "The Kenyan government and the Lake Turkana Liberation Front signed an "
     "agreement in Nairobi on Monday that provides for a ceasefire in the north.",
     {"agreement (kenya–lake turkana liberation front)"},
     {("kenya", "agreement (kenya–lake turkana liberation front)"),
      ("lake turkana liberation front", "agreement (kenya–lake turkana liberation front)")},
     set()),
    # a state's own organ is no counterpart: one party only, no agreement of its own
    ("state-and-organ", "The Kenyan government and the Kenyan army signed an agreement in "
     "Nairobi on Monday.", set(), set(), {("kenya", "agreement (kenya–kenya defence forces)")}),
    # the lead's deal of the headline's signers is the agreement named just after (d387)
    ("headline-named", "Nairobi and Turkana rebels seal final peace deal for north\n\nNAIROBI, "
     "May 2 (2011) - Negotiators for the Kenyan government and the Lake Turkana Liberation "
     "Front signed a comprehensive peace agreement at State House on Thursday.\n\nThe "
     "Comprehensive Agreement on Turkana replaces a ceasefire of 2009.",
     {"comprehensive agreement on turkana"},
     {("lake turkana liberation front", "comprehensive agreement on turkana")},
     {("lake turkana liberation front", "peace agreement (kenya–lake turkana liberation "
       "front)")}),
]


@pytest.mark.parametrize("case", MOVEMENT_DEALS, ids=[c[0] for c in MOVEMENT_DEALS])
def test_movement_deals(run, case):
    _, text, agreements, present, absent = case
    found, signed, _ = _observe(run, text)
    assert (agreements - found, present - signed, absent & signed) == (set(), set(), set())
