"""Issue 12, stop 54 (s61 h-sup78): a firm's delivery with no recipient in its clause, where
the clause ties it to the article's deal.

- Goods a firm moved "under a contract that the navy signed" go to the contract's signer,
  whatever the tense (SU7; dev d902).
- A firm's delivery "under the agreement" with no recipient goes to the one state the
  article's supplies went to before (the deal's buyer, SU2), though no weapon is named
  ("which will also supply spare parts under the agreement"; dev d800).

Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

from tests.test_h_sup73_s52 import _supplies


def test_the_signer_of_the_contract_receives(run):
    pairs = _supplies(run, "Ghana's navy commissioned a new patrol ship on Friday. The ship was "
                      "delivered by Damen Shipyards under a contract of about $40 million "
                      "that the navy signed in 2015.")
    assert ("Damen", "Navy (Ghana)") in pairs or ("Damen Shipyards", "Navy (Ghana)") in pairs, \
        pairs


def test_a_firm_supplying_under_the_agreement_supplies_the_buyer(run):
    pairs = _supplies(run, "Chile bought 30 used F-16 fighters from Norway last year under "
                      "a deal signed in May. The jets were built by Lockheed Martin, which will "
                      "also supply "
                      "spare parts under the agreement.")
    assert ("Lockheed Martin", "Chile") in pairs, pairs


def test_a_firm_supplying_with_no_deal_named_gets_no_buyer(run):
    pairs = _supplies(run, "Chile bought 30 used F-16 fighters from Norway last year under "
                      "a deal signed in May. The jets were built by Lockheed Martin, which "
                      "also supplies "
                      "spare parts to airlines.")
    assert ("Lockheed Martin", "Chile") not in pairs, pairs
