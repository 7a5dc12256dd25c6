"""Issue 12, stop 32 (h-sup23): supplies in relative clauses (sentences written for these
tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest

# --- "a frigate that New Zealand bought from Britain": the parser's "acl" is a relative ---


@pytest.mark.parametrize("text, expected", [
    ("The new corvette replaces a frigate that South Africa bought from Britain in 1983.",
     ("United Kingdom", "South Africa")),
    ("The new corvette will replace a frigate that New Zealand bought from Britain in 1983.",
     ("United Kingdom", "New Zealand")),
])
def test_a_that_clause_on_the_item_names_buyer_and_seller(role_pairs, text, expected):
    seller = expected[0]
    assert expected in role_pairs(text)
    assert (seller, "frigate") in role_pairs(text, roles=("supplier", "item"))


@pytest.mark.parametrize("text", [
    "The new corvette replaces a frigate that New Zealand bought in 1983.",  # (no seller)
    "The report named the frigate that Chile's navy inspected in Britain.",  # (no transfer)
])
def test_no_supply_without_a_seller_or_a_transfer(role_pairs, text):
    assert not role_pairs(text)


# --- "China, its largest arms supplier, which has sold …": the relative on an apposition ---


@pytest.mark.parametrize("text, supplier, buyer", [
    ("Until now Peru has relied on Russia, its largest arms supplier, which has sold the junta "
     "T-72 tanks, patrol boats and Mi-17 helicopters since 1995.", "Russia", "Peru"),
    ("Kenya turned to Britain, its former colonial ruler, which sold the country Hawk trainers "
     "in the 1970s.", "United Kingdom", "Kenya"),
])
def test_a_relative_on_an_apposition_speaks_of_the_named_head(role_pairs, text, supplier, buyer):
    suppliers = {a for a, _ in role_pairs(text, roles=("supplier", "item"))}
    assert supplier in suppliers
    assert buyer not in suppliers
