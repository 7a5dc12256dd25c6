"""Issue 12, stop 31 (h-sup21): supplies inside accusations and goods that only serve to make a
weapon (sentences written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest

# --- "accused X of arming and sheltering the rebels": the object of the giving of shelter is
# the armed group too (d427, d266) -----------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("The government accused Liberia of supplying and harbouring the RUF rebels.",
     ("Liberia", "RUF")),
    ("Liberia sheltered and armed the RUF rebels.", ("Liberia", "RUF")),
])
def test_a_group_armed_and_sheltered_is_the_recipient(role_pairs, text, expected):
    assert expected in role_pairs(text)


def test_shelter_alone_is_no_supply(role_pairs):
    assert not role_pairs("Liberia had sheltered the RUF rebels for years.")


# --- "sold X chemicals that can be used to make poison gas": a weapon in a relative clause on
# the goods is what they serve to make, not what was sold (d444) ------------------------------


def test_a_weapon_the_goods_serve_to_make_is_no_item(role_pairs):
    text = "Belgian firms sold Libya chemicals that could be used to make nerve gas."
    assert not role_pairs(text, roles=("supplier", "item"))
    assert not role_pairs(text)


@pytest.mark.parametrize("text, expected", [
    # the supply's own relative clause: its object is the antecedent
    ("The M48 tanks that Germany sold to Israel in 1965 are still in service.",
     ("Germany", "M48 tank")),
    # a relative clause that lists the goods
    ("France sold Peru missiles, which included Exocet missiles.", ("France", "Exocet")),
])
def test_the_supplys_own_and_a_listing_clause_keep_their_items(role_pairs, text, expected):
    assert expected in role_pairs(text, roles=("supplier", "item"))
