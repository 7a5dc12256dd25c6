"""Issue 12, stop 29 (h-sup14): supply constructions (sentences written for these tests, none
taken from a corpus; real spaCy parse). Each construction has positive and negative cases."""

from __future__ import annotations

import pytest

# --- "buys X from <state>'s <firm>": the firm sells, the state is its home (d359, d397) -----


@pytest.mark.parametrize("text, expected, absent", [
    ("Chile receives first frigates from France's Naval Group",
     ("Naval Group", "Chile"), ("France", "Chile")),
    ("Peru orders 40 howitzers from Germany's Rheinmetall",
     ("Rheinmetall", "Peru"), ("Germany", "Peru")),
    ("Norway has bought six submarines from Germany's ThyssenKrupp Marine Systems.",
     ("ThyssenKrupp Marine Systems", "Norway"), ("Germany", "Norway")),
])
def test_the_firm_after_a_states_possessive_is_the_seller(role_pairs, text, expected, absent):
    pairs = role_pairs(text)
    assert expected in pairs
    assert absent not in pairs


def test_a_state_without_a_firm_after_it_still_sells(role_pairs):
    text = "Chile bought six frigates from France in 2005, and France's Thales sold it radars."
    assert ("France", "Chile") in role_pairs(text)


# --- "supplied <state>'s army with X": "with" hung on the recipient (d246, d365) ------------


@pytest.mark.parametrize("text, expected", [
    ("The United States has supplied Colombia's military with Black Hawk helicopters since "
     "2000.", ("United States", "Black Hawk")),
    ("Russia has armed Syria's army with T-90 tanks.", ("Russia", "T-90 tank")),
])
def test_the_with_objects_after_a_possessed_recipient_are_the_items(role_pairs, text, expected):
    assert expected in role_pairs(text, roles=("supplier", "item"))


def test_a_partner_after_with_is_no_item(role_pairs):
    text = "Germany supplied Egypt's navy with its partner Italy."
    assert not role_pairs(text, roles=("supplier", "item"))


# --- "relies on destroyers transferred from the US Navy": a giving participle with a "from"
# seller reads as "bought from"; the holder received them (d299, d398) -----------------------


@pytest.mark.parametrize("text, pair, held", [
    ("Chile still relies on frigates transferred from the Royal Navy in the 1980s.",
     ("Navy (United Kingdom)", "Chile"), True),
    ("Peru wants to replace its old submarines, most of them boats transferred from the US Navy.",
     ("Navy (United States)", "Peru"), True),
    # units are deployed; a stated destination is the recipient, not the holder
    ("Chile has two battalions transferred from the Third Army.", ("Third Army", "Chile"), False),
    ("Chile relies on frigates transferred from the Royal Navy to its coast guard.",
     ("Navy (United Kingdom)", "Chile"), False),
])
def test_the_holder_of_weapons_handed_from_a_seller_received_them(role_pairs, text, pair, held):
    assert (pair in role_pairs(text)) is held


# --- "X, Y's main arms supplier and its partner, …": the apposition coordinated (d138, d358) -


@pytest.mark.parametrize("text, pair, found", [
    ("Russia, Kyrgyzstan's main arms supplier and its partner in the treaty, has raised no "
     "objection.", ("Russia", "Kyrgyzstan"), True),
    ("France, the former colonial power and Chad's traditional arms supplier, said nothing.",
     ("France", "Chad"), True),
    # a customer noun needs arms in view; a list of names is no apposition
    ("Peru, Chile's main customer and its largest neighbour, objected.", ("Chile", "Peru"),
     False),
    ("Russia, China and Kyrgyzstan's main arms supplier met.", ("China", "Kyrgyzstan"), False),
])
def test_a_coordinated_supplier_apposition_names_the_supplier(role_pairs, text, pair, found):
    assert (pair in role_pairs(text)) is found
