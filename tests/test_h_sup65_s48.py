"""Issue 12, stop 48 (s55 h-sup65): in an article that names a deal (a contract, an order,
a past "ordered"), a seller's plain "will" on a verb of sale or delivery ("will sell", "will
deliver", "will supply", "will hand over") states the decided sale (SU1, as "agreed to sell") or
the seller's obligation under it (SU2), not a plan; with no deal named, and for "would sell" (an
intention reported), "will send" (a pledge) and "will sell no more" (a refusal), no line.
Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations


def _supplies(run, text):
    _, relations = run(text)
    return {(s.key or s.span.text, r.key or r.span.text if r else None)
            for rel in relations if rel.relation == "supplies"
            for s in rel.role("supplier") for r in (rel.role("recipient") or (None,))}


def test_will_sell_with_the_buyer_as_indirect_object_is_a_sale(run):
    pairs = _supplies(run, "Canada will sell Portugal 20 Leopard tanks in a deal worth "
                           "$90 million, officials said.")
    assert ("Canada", "Portugal") in pairs, pairs


def test_will_sell_to_is_a_sale(run):
    pairs = _supplies(run, "Romania signed the contract on Monday. Norway will sell six F-16 "
                           "fighter jets to Romania.")
    assert ("Norway", "Romania") in pairs, pairs


def test_will_hand_over_is_an_obligation(run):
    pairs = _supplies(run, "Latvia ordered 40 tanks last year. Denmark will hand over "
                           "eight Leopard tanks to Latvia next spring.")
    assert ("Denmark", "Latvia") in pairs, pairs


def test_would_sell_stays_an_intention(run):
    pairs = _supplies(run, "Romania signed the contract on Monday. The minister said that "
                           "Norway would sell six F-16 fighter jets to Romania.")
    assert ("Norway", "Romania") not in pairs, pairs


def test_will_sell_no_more_sells_nothing(run):
    pairs = _supplies(run, "Romania signed the contract on Monday. Norway will sell no more "
                           "F-16 fighter jets to Romania.")
    assert not {p for p in pairs if p[0] == "Norway"}, pairs


def test_will_send_stays_a_pledge(run):
    pairs = _supplies(run, "Romania signed the contract on Monday. Norway will send six "
                           "F-16 fighter jets to Romania.")
    assert ("Norway", "Romania") not in pairs, pairs


def test_will_sell_with_no_deal_named_stays_a_plan(run):
    pairs = _supplies(run, "Norway will sell six F-16 fighter jets to Romania, in order to "
                           "replace its ageing aircraft.")
    assert ("Norway", "Romania") not in pairs, pairs


def test_a_deal_named_after_the_lead_binds_its_will_deliver(run):
    pairs = _supplies(run, "Denmark will deliver eight Leopard tanks to Latvia next spring. "
                           "The contract was signed in Riga.")
    assert ("Denmark", "Latvia") in pairs, pairs
