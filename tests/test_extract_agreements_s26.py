"""Issue 12, stop 26 (h-agr): agreement naming constructions, tested on sentences written for
this file (real spaCy parse). Names are compared as `kg eval` compares them."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

# (id, text, signed pairs present, signed pairs absent)
PAIRS = [
    # the parser may hang the co-signer's "with" on the noun of the treaty's "of" phrase
    # ("a treaty of friendship with X"): X is still a party (d332)
    ("aim-noun-with", "Moscow signed a 20-year treaty of friendship with India in August.",
     {("russia", "friendship treaty (russia–india)"),
      ("india", "friendship treaty (russia–india)")}, set()),
    ("aim-noun-with-state", "The Soviet Union signed a treaty of friendship with India in "
     "August.",
     {("soviet union", "friendship treaty (soviet union–india)"),
      ("india", "friendship treaty (soviet union–india)")}, set()),
    # a plan to sign stays no signing
    ("aim-noun-with-plan", "Moscow will sign a treaty of friendship with India in August.",
     set(), {("india", "friendship treaty (russia–india)")}),
]


@pytest.mark.parametrize("case", PAIRS, ids=[p[0] for p in PAIRS])
def test_signed_pairs(run, case):
    _, text, present, absent = case
    signed = _observe(run, text)[1]
    assert (present - signed, absent & signed) == (set(), set())
