"""Issue 12, stop 62 (h-ent17): ships a naming verb's subject lists take, in order, the names
listed after it ("HMS A and HMS B were renamed X and Y": two ships, each one Weapon under its
two names, dev README rule E6); two or more names listed right after a plural ship noun and a
comma ("Its sister ships, the A and the B,") are ships, however the parser hangs them.
Sentences written for these tests, real spaCy parse; no names from any article."""

from __future__ import annotations

import pytest

from tests.test_extract_h_ent32_s32 import _keys


@pytest.mark.parametrize("text, pairs", [
    ("The patrol vessels, HMS Bramble, HMS Thistle and HMS Gorse, were handed over at Portsmouth "
     "and renamed KNS Mlima, KNS Pwani and KNS Ziwa.",
     [("HMS Bramble", "KNS Mlima"), ("HMS Thistle", "KNS Pwani"), ("HMS Gorse", "KNS Ziwa")]),
    ("The ships, the former USS Halbrook and USS Corwin, have been renamed Tai Shan and Hua Lin.",
     [("USS Halbrook", "Tai Shan"), ("USS Corwin", "Hua Lin")]),
    ("The 1,500-tonne corvette, the former ROKS Dangjin, was handed over at the naval base and "
     "renamed ARC Tolima, the ministry said.", [("ROKS Dangjin", "ARC Tolima")]),
])
def test_listed_ships_take_the_new_names_in_order(run, text, pairs):
    for old, new in pairs:
        keys = _keys(run, text, old) | _keys(run, text, new)
        assert len(keys) == 1 and {c for c, _ in keys} == {"Weapon"}, (old, new, keys)


def test_uneven_lists_rename_nothing(run):
    text = ("The frigates HMS Bramble and HMS Thistle were handed over and renamed KNS Mlima "
            "at a ceremony in Portsmouth.")
    for old in ("HMS Bramble", "HMS Thistle"):
        assert not {k for _, k in _keys(run, text, old)} & {"KNS Mlima"}, old
        assert not {k for _, k in _keys(run, text, "KNS Mlima")} & {old}, old


@pytest.mark.parametrize("text, ships", [
    ("Its sister ships, the Korvan and the Tessel, are due to be handed over next year, the "
     "yard said in a statement.", ["Korvan", "Tessel"]),
    ("Spain sent two patrol boats of its own, the Marbella and the Corvo, to the area, the "
     "ministry said.", ["Marbella", "Corvo"]),
])
def test_names_listed_after_a_plural_ship_noun_are_ships(run, text, ships):
    for ship in ships:
        assert {c for c, _ in _keys(run, text, ship)} == {"Weapon"}, ship
