"""Issue 12, stop 28 (h-sig12): who signs, tested on sentences written for this file (real
spaCy parse), with near-misses. Names are compared as `kg eval` compares them."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

# (id, text, signed pairs present, signed pairs absent)
PAIRS = [
    # "signed at a ceremony … by A's title, B, and C's title, D": the second signer after a
    # "by" the parser hung on the place phrase (d256); not those it was signed in front of
    ("stray-agent-second-title", "Peru ordered four patrol boats from Navantia. The contract "
     "was signed at a ceremony in the capital by the ministry's secretary-general, Jorge "
     "Salas, and Navantia's chief executive, Ricardo Dominguez, in front of President Luis "
     "Arce.",
     {("jorge sala", "arms deal (peru–navantia)"),
      ("ricardo dominguez", "arms deal (peru–navantia)")},
     {("luis arce", "arms deal (peru–navantia)")}),
    # "A signed for X and the rebels' leader, B, signed for Y": the second clause's signer is
    # the title's person (d367)
    ("second-clause-title-signer", "Sudan and the rebels signed the Nyala Accord in Geneva on "
     "Monday. Interior Minister Ahmed Haroun signed for Khartoum and the rebels' exiled "
     "leader, Yusuf Karim, signed for the movement, at a ceremony in the city hall.",
     {("ahmed haroun", "nyala accord"), ("yusuf karim", "nyala accord")}, set()),
    # near-miss: those who sign as witnesses sign for no party
    ("second-title-witness", "Sudan and the rebels signed the Nyala Accord in Geneva on "
     "Monday. The European Union's envoy, Pierre Martin, and his American counterpart, James "
     "Reed, signed as witnesses.",
     set(), {("pierre martin", "nyala accord"), ("james reed", "nyala accord")}),
]


@pytest.mark.parametrize("case", PAIRS, ids=[p[0] for p in PAIRS])
def test_signed_pairs(run, case):
    _, text, present, absent = case
    signed = _observe(run, text)[1]
    assert (present - signed, absent & signed) == (set(), set())
