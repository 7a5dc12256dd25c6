"""Issue 12, stop 26 (h-sup10): supply constructions (sentences written for these tests, none
taken from a corpus; real spaCy parse). Each construction has positive and negative cases."""

from __future__ import annotations

import pytest

# --- "bought A from X and B from Y": each seller its own weapons, whatever the parse ------


@pytest.mark.parametrize("text, right, crossed", [
    ("Algeria, which receives little Western aid, has bought Tiger helicopters from France and "
     "MiG-29M fighters from Russia over the past decade.",
     {("France", "Tiger"), ("Russia", "MiG-29")}, {("France", "MiG-29"), ("Russia", "Tiger")}),
    ("Chile ordered 12 Rafale jets from France's Dassault Aviation and Leopard 2 tanks from "
     "Germany's Krauss-Maffei Wegmann.",
     {("Dassault Aviation", "Rafale"), ("Krauss-Maffei Wegmann", "Leopard 2 tank")},
     {("Dassault Aviation", "Leopard 2 tank"), ("Krauss-Maffei Wegmann", "Rafale")}),
])
def test_each_seller_keeps_the_weapons_before_its_from(role_pairs, text, right, crossed):
    found = role_pairs(text, roles=("supplier", "item"))
    assert right <= found
    assert not crossed & found


@pytest.mark.parametrize("text, expected", [
    # one "from" with two sellers: both sold the tanks
    ("Chile bought Leopard 2 tanks from Germany and Spain in 2010.",
     {("Germany", "Leopard 2 tank"), ("Spain", "Leopard 2 tank")}),
    # a second "from" of time names no seller: the weapons stay shared
    ("Peru ordered T-90 tanks from Russia from 2010 onwards, including Mi-17 helicopters.",
     {("Russia", "T-90 tank"), ("Russia", "Mi-17")}),
])
def test_sellers_without_weapons_of_their_own_share_them(role_pairs, text, expected):
    assert expected <= role_pairs(text, roles=("supplier", "item"))


# --- "VERB the purchase of X from Y": the verb says who buys, or that it is only a plan ----


@pytest.mark.parametrize("text, expected", [
    ("Peru completed the purchase of 12 MiG-29 fighters from Belarus last year.",
     {("Belarus", "Peru")}),
    ("Greece rushed the purchase of Mirage 2000 jets from France after the crisis.",
     {("France", "Greece")}),
])
def test_the_subject_of_a_purchase_it_carries_out_buys(role_pairs, text, expected):
    assert role_pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Peru is considering the purchase of T-90 tanks from Russia.",
    "Officials said the Peruvian army was studying the purchase of T-90 tanks from Russia to "
    "counter the new Chilean armour.",
])
def test_a_purchase_under_study_is_no_supply(role_pairs, text):
    assert not role_pairs(text, roles=("supplier", "item"))


def test_the_buyer_carrying_out_a_purchase_does_not_supply(role_pairs):
    text = "Greece rushed the purchase of Mirage 2000 jets from France after the crisis."
    assert ("Greece", "Mirage 2000") not in role_pairs(text, roles=("supplier", "item"))


# --- "a convoy carrying weapons from X to Y": the cargo's sender supplies the destination ---


@pytest.mark.parametrize("text, expected", [
    ("Turkish jets have bombed lorries carrying arms from Iran to the PKK.",
     {("Iran", "Kurdistan Workers' Party")}),
    ("The navy is tracking a Russian freighter, the Sparta, which officials suspect of carrying "
     "weapons to Syria.", {("Russia", "Syria")}),
])
def test_a_carrier_of_material_names_a_supply(role_pairs, text, expected):
    assert expected <= role_pairs(text)


@pytest.mark.parametrize("text", [
    "Transport planes carrying Chadian soldiers landed at Bamako airport.",  # no material
    "A Russian cargo plane carrying the first components landed near Ankara.",  # no recipient
    "Russian bombers carrying cruise missiles flew to Venezuela.",  # no cargo carrier
    "Greek officials stopped a Turkish ship carrying rifles bound for Libya.",  # blocked (SU3)
])
def test_no_supply_without_cargo_sent_to_a_recipient(role_pairs, text):
    assert not role_pairs(text)
