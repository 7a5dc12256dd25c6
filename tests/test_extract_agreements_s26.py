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
    # a treaty's name that qualifies a noun ("a former Warsaw Pact member") names no deal:
    # the deal words around it keep the article's deal (d289)
    ("name-as-modifier", "Romania signed a $3 billion agreement with the United States on "
     "Tuesday to buy 20 F-16 jets, becoming the second former Warsaw Pact member to order the "
     "aircraft. Defence Minister Ion Popescu put his signature to the letter of offer and "
     "acceptance in Bucharest.",
     {("romania", "agreement (romania–united states)"),
      ("united state", "agreement (romania–united states)"),
      ("ion popescu", "agreement (romania–united states)")},
     {("romania", "warsaw pact"), ("ion popescu", "warsaw pact")}),
    # the name as the agreement's own modifier stays its name ("the XYZ pact")
    ("name-of-pact", "Norway and Finland signed an agreement in Oslo, the XYZ pact.",
     {("norway", "xyz"), ("finland", "xyz")}, set()),
]


@pytest.mark.parametrize("case", PAIRS, ids=[p[0] for p in PAIRS])
def test_signed_pairs(run, case):
    _, text, present, absent = case
    signed = _observe(run, text)[1]
    assert (present - signed, absent & signed) == (set(), set())


# (id, text, agreement mentions as written) — an unnamed deal's mention takes the sum that
# qualifies it, as the dev gold words the mention (d12, d309); the key is unchanged
MENTIONS = [
    ("sum-before-contract", "Chile ordered six patrol boats from Spain in a $210 million "
     "contract.", {"$210 million contract"}),
    ("sum-in-words", "Oman signed a 4 billion dollar memorandum with Britain in 2009.",
     {"4 billion dollar memorandum"}),
    # a sum that is not the deal's own ("paid $3 million for the contract") stays out
    ("sum-not-modifier", "Chile and Spain signed a contract last year; Chile paid $3 million "
     "for the contract.", {"contract"}),
    # a word that sets the deal apart from the article's others is part of its mention (A3;
    # d240, d248, d329)
    ("separate-deal", "Ghana signed a peace accord with Togo on Monday; Benin is expected to "
     "sign a separate deal with Accra next month.", {"separate deal"}),
    ("similar-agreement", "Peru signed a port access agreement with Japan in May, and Chile "
     "concluded a similar agreement with Japan in June.", {"similar agreement"}),
]


@pytest.mark.parametrize("case", MENTIONS, ids=[m[0] for m in MENTIONS])
def test_deal_mentions(run, case):
    _, text, expected = case
    mentions, _ = run(text)
    found = {m.span.text for m in mentions if m.cls == "Agreement"}
    assert expected <= found and not any("$3" in f for f in found)
