"""Issue 12, stop 33 (h-sup25): converse supplies (sentences written for these tests, none
taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest

# --- "handed X back to Z in exchange for Y": the weapons given for the goods go back ---------


@pytest.mark.parametrize("text, given, swapped", [
    ("Ukraine handed its Tu-160 bombers back to Russia in exchange for MiG-29 fighters.",
     ("Ukraine", "Russia"), ("Russia", "Ukraine")),
    ("In 1997 Hungary bought 14 MiG-29 jets from Russia in exchange for T-72 tanks.",
     ("Russia", "Hungary"), ("Hungary", "Russia")),
    ("Peru sold six Mirage jets to Ecuador in return for helicopters, officials said.",
     ("Peru", "Ecuador"), ("Ecuador", "Peru")),
])
def test_a_swap_is_two_transfers(role_pairs, text, given, swapped):
    pairs = role_pairs(text)
    assert given in pairs
    assert swapped in pairs


def test_the_swapped_weapons_are_the_converse_supply_items(role_pairs):
    text = "Ukraine handed its Tu-160 bombers back to Russia in exchange for MiG-29 fighters."
    assert ("Russia", "MiG-29") in role_pairs(text, roles=("supplier", "item"))
    assert ("Ukraine", "MiG-29") not in role_pairs(text, roles=("supplier", "item"))


@pytest.mark.parametrize("text, converse", [
    # money, fuel and other goods that name no weapon are no supply (SU11)
    ("Ukraine sent its nuclear warheads to Russia in exchange for fuel for its power stations.",
     ("Russia", "Ukraine")),
    ("Indonesia bought eleven Su-35 jets from Russia in exchange for palm oil and coffee.",
     ("Indonesia", "Russia")),
])
def test_no_converse_supply_without_weapons(role_pairs, text, converse):
    assert converse not in role_pairs(text)
