"""Issue 12, stop 34 (h-sup31): supply forms (sentences written for these tests, none taken
from a corpus; real spaCy parse): a purchase under a verb of choice ("has chosen to buy",
"decided to buy": a buyer's choice before a contract, SU3; dev d420, d500); a seller's
decision ("decided to sell") stays a supply."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Norway has chosen to buy 12 submarines from Germany, the defence minister said.",
    "Peru has decided to buy armoured vehicles from Canada under a new programme.",
    "Austria opted to buy trainer jets from Italy last year.",
])
def test_purchase_chosen_is_no_supply(role_pairs, text):
    assert role_pairs(text) == set()


@pytest.mark.parametrize("text, expected", [
    # the purchase itself stays a supply
    ("Peru bought armoured vehicles from Canada last year.", ("Canada", "Peru")),
    # a decision reported about a purchase already made is no plan
    ("Norway decided last year that the submarines bought from Germany were too old.",
     ("Germany", "submarine")),
])
def test_purchase_made_stays(role_pairs, text, expected):
    roles = ("supplier", "recipient") if expected[1][0].isupper() else ("supplier", "item")
    assert expected in role_pairs(text, roles=roles)


@pytest.mark.parametrize("text, expected", [
    # the seller's decision is no buyer's choice: the supply stays
    ("Peru needs armour, and Canada decided to sell it 40 armoured vehicles.", ("Canada", "Peru")),
    ("Spain has decided to supply Peru with two patrol boats.", ("Spain", "Peru")),
])
def test_seller_decision_stays(role_pairs, text, expected):
    assert expected in role_pairs(text)
