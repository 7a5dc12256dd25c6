"""Issue 12, stop 35 (h-sup34): an object "it" of a clause coordinated after a first clause
with its own subject is neither subject; it takes what an earlier "it"/"its" of the sentence
refers to (sentences written for these tests, none taken from a corpus; real spaCy parse):
"X, which armed its soldiers for years, cut aid, and Y has since sold it jets" (dev d522)."""

from __future__ import annotations

import pytest

ARMY = "The Bolivian army has fought the guerrillas since 1967. "


@pytest.mark.parametrize("text, supplier", [
    (ARMY + "Argentina, which for years supplied most of its rifles, halted military aid in "
     "1979, and Brazil has since sold it transport planes.", "Brazil"),
    (ARMY + "Britain, which for a decade supplied most of its tanks, stopped military aid last "
     "year, and Italy has since sold it helicopters.", "Italy"),
])
def test_object_it_after_first_clause_takes_the_earlier_its(role_pairs, text, supplier):
    found = role_pairs(text)
    assert (supplier, "Army (Bolivia)") in found
    assert all(r in ("Army (Bolivia)",) for s, r in found if s == supplier)


def test_object_it_after_a_buying_first_clause_is_the_buyer(role_pairs):
    # negative: a first clause whose subject buys (no relative clause calls it a supplier)
    # keeps that subject as "it"
    text = ("Peru has become a big customer of Italy. Lima bought four Italian frigates in "
            "2004, and Britain sold it three Type 22 frigates.")
    found = role_pairs(text)
    assert ("United Kingdom", "Peru") in found
    assert ("United Kingdom", "Italy") not in found
