"""Issue 12, stop 28 (h-sup13): supply constructions (sentences written for these tests, none
taken from a corpus; real spaCy parse). Each construction has positive and negative cases."""

from __future__ import annotations

import pytest

# --- "flies X bought from Y": a bare participle after held weapons (d181, d332, d376) -------


@pytest.mark.parametrize("text, expected", [
    # (the parser coordinates "bought" with "flies")
    ("Greece's air force now flies A-7 Corsairs and F-4s bought from the United States in the "
     "1970s and 1980s.", ("United States", "Air Force (Greece)")),
    # (the parser makes the weapons the subject of "bought")
    ("Sudan's air force flies mostly Chinese-made A-5 and J-7 jets, as well as MiG-29s bought "
     "from Russia in the early 2000s.", ("Russia", "Air Force (Sudan)")),
])
def test_the_holder_of_weapons_bought_from_a_seller_bought_them(role_pairs, text, expected):
    assert expected in role_pairs(text)


def test_the_coordinated_weapons_are_the_items(role_pairs):
    text = ("Iran's air force still flies F-14 Tomcats and F-4s bought from the United States in "
            "the 1970s.")
    items = {i for s, i in role_pairs(text, roles=("supplier", "item")) if s == "United States"}
    assert len(items) == 2


def test_a_purchase_with_its_own_buyer_is_no_participle(role_pairs):
    text = "Peru's air force flies Mirage jets, and Chile bought F-16s from the Netherlands."
    assert ("Netherlands", "Air Force (Peru)") not in role_pairs(text)


# --- "would consider resuming arms supplies to X": a transfer noun under a plan (d366) -----


@pytest.mark.parametrize("text", [
    "Officials said Japan would consider resuming arms supplies to Indonesia.",
    "Officials said Japan plans to resume arms sales to Indonesia.",
])
def test_a_planned_transfer_noun_supplies_nothing(role_pairs, text):
    assert not role_pairs(text)


def test_a_completed_transfer_noun_still_supplies(role_pairs):
    text = "Officials said Japan completed the delivery of two frigates to Indonesia."
    assert ("Japan", "Indonesia") in role_pairs(text)
