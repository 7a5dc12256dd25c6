"""Issue 12 (h-sign4, stop 21): signing constructions of the readable dev articles (d206–d225
and earlier), each tested on sentences written for this file (real spaCy parse), with
near-misses the rule must not fire on. Names are compared as `kg eval` compares them."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe


def _signers(run, text: str) -> set[str]:
    """The parties of the sentence's asserted signings."""
    _, signed, _ = _observe(run, text)
    return {p for p, _ in signed}


# --- a nationality on an unnamed firm is no party (d168, d219) -------------------------------
# (id, sentence, parties, not parties)
FIRM_ORIGIN = [
    ("adjective-company", "Chile signed the contract, worth about 30 million dollars, with the "
     "state-owned Brazilian company in 2011.", {"chile"}, {"brazil"}),
    ("hyphened-consortium", "Peru concluded a contract on Monday with a German-Dutch consortium "
     "for four patrol boats.", {"peru"}, {"germany", "netherland"}),
    # near-misses: a named firm after the noun, a government (a state) as the partner
    ("named-firm", "Chile signed a contract with the Brazilian firm Embraer for six trainer "
     "jets.", {"chile", "embraer"}, {"brazil"}),
    ("government", "Chile signed a defence agreement with the Brazilian government on Monday.",
     {"chile", "brazil"}, set()),
]


@pytest.mark.parametrize(("text", "parties", "not_parties"), [c[1:] for c in FIRM_ORIGIN],
                         ids=[c[0] for c in FIRM_ORIGIN])
def test_firm_origin_no_party(run, text, parties, not_parties):
    found = _signers(run, text)
    assert parties <= found
    assert not not_parties & found
