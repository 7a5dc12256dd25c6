"""Issue 12, s65 (h-sup100): "signed a deal for GOODS from SELLER" where the parser hangs the
seller's "from" on a later conjunct of the goods ("for 12 X and 8 Y from Z") or on what a unit
noun holds ("for a squadron of 20 X from Z"): the seller supplies the signer (sentences written
for these tests, none taken from a corpus; real spaCy parse; dev d336, d1042)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, seller, buyer", [
    # "from" on the last of two conjoined goods
    ("Peru signed contracts worth about 2 billion dollars on Tuesday for 12 Apache attack "
     "helicopters and 8 Chinook transport helicopters from Boeing.", "Boeing", "Peru"),
    # "from" on the goods a unit noun holds
    ("Poland signed a $4 billion deal for a second squadron of 32 F-35 stealth fighters from "
     "Lockheed Martin.", "Lockheed Martin", "Poland"),
])
def test_the_seller_of_the_goods_supplies_the_signer(role_pairs, text, seller, buyer):
    assert (seller, buyer) in role_pairs(text)


def test_the_unit_holds_the_items(role_pairs):
    text = ("Poland signed a $4 billion deal for a second squadron of 32 F-35 stealth fighters "
            "from Lockheed Martin.")
    assert {i for _, i in role_pairs(text, roles=("supplier", "item"))} == {"F-35"}


def test_a_source_inside_a_clause_on_the_goods_is_no_seller(role_pairs):
    # the "from" of what the goods replace, not of the goods: Russia sells no Apache
    text = ("Peru signed a contract for 12 Apache helicopters to replace the Mi-24 gunships it "
            "bought from Russia.")
    assert not any(s == "Russia" and "Apache" in i
                   for s, i in role_pairs(text, roles=("supplier", "item")))
