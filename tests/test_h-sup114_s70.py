"""Issue 12, stop 70 (h-sup114): an order told as a noun — "placed an order with <seller> for
<weapons>", "<buyer>'s order with <seller> for …", "with orders for <weapons> from <seller>",
"The order, placed with <seller>, …" — is the seller's supply to the buyer (SU1; A1's placed
orders); commands, "in order to", an order with no seller and one not placed make none
(sentences written for these tests; real spaCy parse)."""

from __future__ import annotations

import pytest


def _pairs(run, text):
    """(supplier, recipient, item) of each supply, by key, else by name."""
    _, rels = run(text)
    return {(s.key or s.lemma, r.key or r.lemma if r else None, i.key or i.lemma if i else None)
            for rel in rels if rel.relation == "supplies"
            for s in rel.role("supplier") for r in (rel.role("recipient") or (None,))
            for i in (rel.role("item") or (None,))}


@pytest.mark.parametrize("text, supplier, recipient, item", [
    # the placer, a "worth" sum between the order and its seller
    ("Chile has placed an order worth about 400 million dollars with Naval Group for two "
     "Scorpene submarines, the navy said.", "Naval Group", "Chile", "Scorpene submarine"),
    ("India has placed an order worth $2 billion with Russia for 40 Su-30 fighters.",
     "Russia", "India", "Su-30"),
    # the order's possessor
    ("Egypt's order with Dassault for 24 Rafale jets was the first export of the aircraft.",
     "Dassault Aviation", "Egypt", "Rafale"),
])
def test_order_with_seller_is_a_supply(run, text, supplier, recipient, item):
    assert (supplier, recipient, item) in _pairs(run, text)


def test_orders_for_goods_from_sellers_part_the_weapons(run):
    text = ("Qatar is one of the largest buyers of European arms, with recent orders for Rafale "
            "jets from France and Leopard tanks from Germany.")
    pairs = _pairs(run, text)
    assert ("France", "Qatar", "Rafale") in pairs, pairs
    assert {("Germany", "Qatar", "Leopard 2"), ("Germany", "Qatar", "Leopard")} & pairs, pairs
    assert ("France", "Qatar", "Leopard") not in pairs and \
        ("Germany", "Qatar", "Rafale") not in pairs, pairs


def test_told_order_goes_to_the_buyer_before(run):
    text = ("Peru has ordered two dozen Mirage 5 fighters from France. The order, placed with "
            "the Dassault company, includes two-seat versions of the Mirage 5.")
    assert any(s == "Dassault Aviation" and r == "Peru" for s, r, _ in _pairs(run, text))


@pytest.mark.parametrize("text", [
    # a court's order, a restraining order, "in order to"
    "The court issued an order from the bench for the release of the tanks seized last year.",
    "Brazil placed a restraining order with the court.",
    "The army moved in order to protect the frigates in the harbour.",
    # no seller named
    "Kenya placed an order for ten Bayraktar TB2 drones last year.",
    # not placed, or only to come
    "Vietnam has not placed an order with Russia for the Su-30 fighters.",
    "Egypt would place an order with France for 24 Rafale jets.",
    "Australia has cancelled its order for 11 Seasprite helicopters from the American firm Kaman.",
    # a seller described as one: "from" names its customer
    "Russia is the largest arms exporter, with orders for Su-30 jets from India.",
])
def test_no_supply_from_other_orders(run, text):
    _, rels = run(text)
    assert not [r for r in rels if r.relation == "supplies"]


def test_won_order_keeps_its_buyer(run):
    """"won an order for … from <buyer>": the winner supplies (``_won_order``), the "from"
    party sells nothing."""
    pairs = _pairs(run, "Britain won an order for 150 Chieftain tanks from Jordan last year.")
    assert not any(s == "Jordan" for s, _, _ in pairs), pairs
