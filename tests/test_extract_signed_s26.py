"""Issue 12, stop 26 (h-sig9): signing constructions of readable dev articles from more than
one batch, each tested on sentences written for this file (real spaCy parse), with a positive
beside each negative. Names are compared as `kg eval` compares them (lower case, a plural -s
dropped)."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

# (id, text, pairs signed, pairs not signed)
PAIRS = [
    # the US foreign military sales contract: "the letter of offer and acceptance" is the deal
    # the article spoke of (d220, d289); with a partner it is a deal of its own (d243)
    ("loa-definite-is-last-deal", "Chile has signed an agreement with the United States to buy "
     "eight F-16 jets. Defence Minister Jorge Abarca signed the letter of offer and acceptance "
     "in Santiago on Monday.",
     {("chile", "agreement (chile–united states)"),
      ("jorge abarca", "agreement (chile–united states)")},
     {("jorge abarca", "letter of offer and acceptance (chile–united states)")}),
    ("loa-indefinite-with-partner", "Kenya signed a letter of offer and acceptance with the "
     "United States on Friday for six helicopters.",
     {("kenya", "letter of offer and acceptance (kenya–united states)")},
     {("kenya", "agreement (kenya–united states)")}),
]


@pytest.mark.parametrize("case", PAIRS, ids=[p[0] for p in PAIRS])
def test_signed_pairs(run, case):
    _, text, present, absent = case
    signed = _observe(run, text)[1]
    assert (present - signed, absent & signed) == (set(), set())
