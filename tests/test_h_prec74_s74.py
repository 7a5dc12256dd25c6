"""Issue 12, stop 74 (h-prec74): a weapon named inside a clause of its own on a supply's goods
(a relative clause, or a second clause coordinated with the supply verb that has a subject of
its own) is no item of the supply: "trainers, which will prepare pilots for the F-35", "a
torpedo that officials say can sink destroyers", "helicopters, which Britain sold … and which
fly from the frigates …" (``_without_clause_items``; ``item_clause_keeping`` in
kg/data/relations.yaml keeps the clauses that list or name the goods). Sentences written for
these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


def _items(supply_keys, text: str) -> set[str]:
    return {item for _, _, item in supply_keys(text)}


@pytest.mark.parametrize("text, supply, foreign", [
    # a relative clause on the goods of a contract: what the trainers prepare pilots for
    ("Finland has signed a contract with BAE Systems for 16 Hawk trainers, which will prepare "
     "its pilots for the F-35 stealth fighter.", ("BAE Systems", "Finland"), "F-35"),
    # a relative clause on the last of the goods: what the torpedo can sink
    ("Germany handed over two submarines to Egypt on Monday, giving Cairo its newest warships "
     "and a torpedo that officials say can sink American destroyers.", ("Germany", "Egypt"),
     "destroyer"),
    # a second relative clause coordinated with the supply's own: where the helicopters fly
    ("Chile operates Super Lynx helicopters, which Britain sold to the Chilean navy in 2004 and "
     "which fly from the frigates Almirante Williams and Almirante Cochrane.",
     ("United Kingdom", "Navy (Chile)"), "frigate"),
])
def test_a_weapon_of_a_clause_of_its_own_is_no_item(supply_pairs, supply_keys, text, supply,
                                                    foreign):
    assert supply in supply_pairs(text)
    assert foreign not in _items(supply_keys, text)


def test_the_torpedo_handed_over_stays_an_item(supply_keys):
    text = ("Germany handed over two submarines to Egypt on Monday, giving Cairo its newest "
            "warships and a torpedo that officials say can sink American destroyers.")
    assert {"warship", "torpedo"} <= _items(supply_keys, text)


@pytest.mark.parametrize("text, item", [
    # a relative clause that lists the goods keeps them
    ("The United States sold Pakistan an arms package, which included Stinger missiles.",
     "Stinger"),
    # the supply's own relative clause keeps its goods
    ("Poland uses the Krab howitzers that Hanwha sold to the Polish army in 2016.", "Krab"),
    # a relative clause that names the ship keeps the name
    ("The frigate, which will be commissioned as HMS Kestrel after a ceremony in Portsmouth, "
     "is the first of three warships that Chile ordered from Babcock.", "HMS Kestrel"),
])
def test_a_listing_or_the_supplys_own_clause_keeps_its_items(supply_keys, text, item):
    assert item in _items(supply_keys, text)
