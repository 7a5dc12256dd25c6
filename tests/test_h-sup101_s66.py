"""Issue 12, s66 (h-sup101): goods a verb of supply moves "from <holder> stocks" are supplied by
the stores' owner too (SU6's "from German army stocks": the service), also when the parser
makes the participle "taken from …" adverbial (sentences written for these tests, none taken
from a corpus; real spaCy parse; dev d184, d990, d1066)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, owner, recipient", [
    # the stores on the supply verb, beside the state's own line
    ("The report said Bonn had been passing to Turkey Leopard 1 tanks from its own army's "
     "stocks for years.", "Army (West Germany)", "Turkey"),
    # the stores on the goods of an agentless passive: the owner is the only supplier named
    ("Some 2,000 rifles from Peruvian army stocks were shipped to the FARC in 1999.",
     "Army (Peru)", "Revolutionary Armed Forces of Colombia"),
    # "taken from …" hung on the handing-over verb as an adverbial clause; the buyer by the deal
    ("Spain signed a deal with Germany to lease 40 Leopard 2 tanks. Germany will hand over the "
     "first of the tanks, taken from Bundeswehr stocks, next spring.",
     "Armed Forces (Germany)", "Spain"),
])
def test_the_stores_owner_supplies_the_goods(role_pairs, text, owner, recipient):
    assert (owner, recipient) in role_pairs(text)


@pytest.mark.parametrize("text", [
    # no verb of supply: goods stolen from the stores are no supply
    "Some 2,000 rifles from Peruvian army stocks were stolen by smugglers in 1999.",
    # a negated supply
    "Poland did not send Ukraine any tanks from its army's stocks.",
])
def test_no_supply_without_a_stated_transfer(role_pairs, text):
    assert not any(s.startswith("Army") for s, _ in role_pairs(text))
