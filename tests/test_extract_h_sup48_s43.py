"""A count of "the <kind of material>" as the object of a supply ("bought 48 of the jets")
names the weapon of a share of what was named before it (issue 12, stop 43, h-sup48), on
sentences written for this test."""

from __future__ import annotations

import pytest

SHARES = [
    ("same_sentence", "The Gripen is flown by Hungary, and Brazil agreed last year to buy 36 of "
     "the jets from Saab.", {("Saab", "Brazil", "Gripen")}),
    ("sentence_before", "The Bushmaster has served in Iraq. The Dutch army bought about 80 of "
     "the vehicles from Thales Australia in 2007.",
     {("Thales Australia", "Army (Netherlands)", "Bushmaster")}),
    ("given", "The HIMARS, a launcher that fires guided rockets, has proved its worth, and the "
     "United States has sent 20 of the systems to Ukraine.",
     {("United States", "Ukraine", "HIMARS")}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SHARES],
                         ids=[c[0] for c in SHARES])
def test_partitive_count_takes_antecedent(supply_keys, text, expected):
    found = supply_keys(text)
    assert expected <= found, found


def test_clause_weapon_is_no_antecedent(supply_keys):
    # the rockets a clause on the launcher names are not what "the systems" count
    found = supply_keys("The HIMARS, a launcher that fires guided rockets, has proved its "
                        "worth, and the United States has sent 20 of the systems to Ukraine.")
    assert not any(i == "rocket" for _, _, i in found), found


def test_two_weapons_before_leave_it_open(supply_keys):
    # the sentence before names two systems: which one "the jets" count is not read
    found = supply_keys("Chile flies the F-16 and the A-37. Peru bought 12 of the jets from "
                        "Israel in 1998.")
    assert not any(s == "Israel" for s, _, _ in found), found
