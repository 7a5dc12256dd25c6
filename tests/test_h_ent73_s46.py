"""Issue 12, stop 46 (h-ent73): an unlisted place name that a lower-case administrative
division's noun follows (roles admin_nouns) names that division with it, as the gold
conventions write it (E12), and keeps the bare name as an alias; "the Gulf state" (a
determiner before a state noun) is a sovereign state of that region, left alone. Sentences
written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


def _regions(entities) -> dict[str, set[str]]:
    """Label → aliases of each resolved Region."""
    return {e.label: set(e.aliases) for e in entities if e.cls == "Region"}


@pytest.mark.parametrize(("text", "name", "alias"), [
    ("Gunmen crossed into Bangladesh's Kurigram district on Tuesday.", "Kurigram district",
     "Kurigram"),
    ("Soldiers raided a farm in the Beni department last week.", "Beni department", "Beni"),
    ("The camp lies in Nineveh province, the ministry said.", "Nineveh province", "Nineveh"),
    ("Rebels were pushed out of Jonglei state after a week.", "Jonglei state", "Jonglei"),
])
def test_a_division_noun_after_a_name_joins_it(resolved, text, name, alias):
    found = _regions(resolved(text))
    assert name in found, found
    assert alias in found[name], found


def test_a_state_noun_after_a_determiner_is_a_sovereign_state(resolved):
    found = _regions(resolved("Sudan accused the Gulf state of arming the rebels."))
    assert "Gulf state" not in found, found


def test_a_division_noun_that_modifies_another_is_left_alone(resolved):
    found = _regions(resolved("The Beni department police said the raid failed."))
    assert "Beni department" not in found, found
