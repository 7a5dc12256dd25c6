"""Issue 12, stop 80 (h-sup129): a supply to a group of unnamed forces ("to several air forces",
no recipient by SU10) whose members a following "including those of" or "among them those of"
names: each named state received (``_members_named`` in kg/extract/relations/supplies.py).
Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, supplies", [
    ("Saab has sold the Gripen to several air forces, among them those of Hungary and Thailand.",
     {("Saab", "Hungary", "Gripen"), ("Saab", "Thailand", "Gripen")}),
    ("The company said it had delivered dozens of Texan IIs to air forces in Latin America, "
     "including those of Peru, Chile and Ecuador.",
     {("Textron", "Peru", "T-6 Texan II"), ("Textron", "Chile", "T-6 Texan II"),
      ("Textron", "Ecuador", "T-6 Texan II")}),
])
def test_the_named_members_of_a_group_received(supply_keys, text, supplies):
    found = supply_keys(text if text.startswith("Saab") else "Textron builds trainers. " + text)
    assert supplies <= found


@pytest.mark.parametrize("text", [
    # no group before the list: "those of" speaks of other weapons, not of buyers
    "Saab has sold the Gripen to Hungary, and its radars are better than those of Russia.",
    # a named recipient already: the list adds nothing
    "Saab has sold the Gripen to Hungary, among others, including those of Thailand.",
])
def test_no_member_without_an_unnamed_group(supply_pairs, text):
    pairs = supply_pairs(text)
    assert ("Saab", "Russia") not in pairs and ("Saab", "Thailand") not in pairs
