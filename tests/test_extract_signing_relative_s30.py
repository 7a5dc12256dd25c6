"""Issue 12, stop 30 (h-sig15): an agreement word that a relative clause of signing describes
("the treaty that A and B signed", "a treaty of friendship the three governments concluded")
is the agreement of that clause's signers, tested on sentences written for this file (real
spaCy parse), with near-misses. Names are compared as `kg eval` compares them (no final -s:
"airbu")."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

# (id, text, signed pairs present, signed pairs absent)
PAIRS = [
    # a definite treaty with its own proper adjective and signers: not the article's treaty
    # (d229)
    ("definite-other-signers", "Chile and Peru signed a border treaty in Lima on Monday. "
     "Officials said the text followed the Chilean-Bolivian treaty that Chile and Bolivia "
     "signed in La Paz in 1990.",
     {("bolivia", "agreement (chile–bolivia)"), ("chile", "agreement (chile–bolivia)")},
     {("bolivia", "border treaty (chile–peru)")}),
    # the relative clause hangs on the noun of the contract's "for" phrase (d289)
    ("for-phrase-relative", "Peru signed a $2 billion deal with the United States for 24 "
     "fighter jets on Tuesday. Critics compared it with the contract for 12 helicopters that "
     "Lima signed with Airbus in 2015.",
     {("airbu", "arms deal (peru–airbus)"), ("peru", "arms deal (peru–airbus)")},
     {("airbu", "arms deal (peru–united states)")}),
    # a counted plural signs for the states the text named before, even as places (d381)
    ("counted-place-states", "The Chilean navy commissioned a frigate built in Spain for "
     "Chile on Monday. The ship was delivered under a 1998 contract that the two governments "
     "signed.",
     {("spain", "arms deal (spain–chile)"), ("chile", "arms deal (spain–chile)")}, set()),
]

# (id, text, agreement names present, absent)
NAMES = [
    # an indefinite treaty of the same states, concluded before: an agreement of its own (d257)
    ("indefinite-same-signers", "Norway, Denmark and Iceland signed a fisheries treaty in Oslo "
     "on Friday. It builds on a treaty of friendship the three governments concluded in "
     "Reykjavik in 1995.",
     {"friendship treaty (norway–denmark–iceland)"}, set()),
    # near-miss: a definite treaty its article's own parties signed is the article's treaty
    ("definite-same-signers", "Chile and Peru signed a border treaty in Lima on Monday. The "
     "treaty that Chile and Peru signed settles a dispute over fishing waters.",
     {"border agreement (chile–peru)"}, {"agreement (chile–peru)"}),
]


@pytest.mark.parametrize("case", PAIRS, ids=[p[0] for p in PAIRS])
def test_signed_pairs(run, case):
    _, text, present, absent = case
    signed = _observe(run, text)[1]
    assert (present - signed, absent & signed) == (set(), set())


@pytest.mark.parametrize("case", NAMES, ids=[p[0] for p in NAMES])
def test_agreement_names(run, case):
    _, text, present, absent = case
    names = _observe(run, text)[0]
    assert (present - names, absent & names) == (set(), set())


def test_first_agreement_is_the_one_referred_to(run):
    """The article's first agreement, described by a relative clause of signing, is the one a
    later "the deal" refers to; the home state of a firm that signs is no party."""
    agreements, signed, _ = _observe(run, "The jets were supplied under a contract that Zambia "
                                     "signed with the Italian defence group Leonardo last "
                                     "year. The deal was signed in Lusaka.")
    assert agreements == {"arms deal (zambia–leonardo)"}
