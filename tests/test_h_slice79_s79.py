"""Issue 12, stop 79 (h-slice79): a purchase made "through" a named firm or body names its
seller, read like "from" (SU1; dev d912, d1391): "ordered … through the United States Navy,
which acted as the seller", "agreed to buy the ship through Euromarine Industries". A state
after "through" may be a route and sells nothing; an unnamed firm names no seller. Sentences
written for this file (real spaCy parse)."""

from __future__ import annotations

import pytest


def _supplies(relations, text: str) -> list[dict[str, list[str]]]:
    return [roles for rel, roles in relations(text) if rel == "supplies"]


@pytest.mark.parametrize(("text", "seller", "buyer", "item"), [
    ("The Chilean navy ordered two frigates through the United States Navy last year, "
     "officials said.", "Navy (United States)", "Navy (Chile)", "frigate"),
    ("The Colombian army bought 20 howitzers through Elbit Systems in 2011.",
     "Elbit Systems", "Army (Colombia)", "howitzer"),
    ("Ghana acquired two patrol boats via Damen Shipyards in 2019.",
     "Damen", "Ghana", "patrol boat"),
])
def test_firm_or_body_after_through_sells(relations, text, seller, buyer, item):
    found = _supplies(relations, text)
    assert any(r.get("supplier") == [seller] and r.get("recipient") == [buyer]
               and item in r.get("item", []) for r in found), found


def test_each_conjoined_firm_sells(relations):
    found = _supplies(relations, "Peru purchased the jets through Thales and Dassault Aviation.")
    sellers = {s for r in found for s in r.get("supplier", [])}
    assert {"Thales", "Dassault Aviation"} <= sellers, found


@pytest.mark.parametrize("text", [
    "The rebels bought rifles through Pakistan, diplomats said.",
    "Nigeria ordered the tanks through a state-owned trading company in 1985.",
])
def test_route_or_unnamed_firm_sells_nothing(relations, text):
    assert _supplies(relations, text) == []
