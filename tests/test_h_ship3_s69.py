"""Issue 12, stop 62 (h-ship3): the names after "under the name(s)" are the new names of the
named ships of the clause's subject ("HMS X and HMS Y will be delivered … under the names A
and B", "The second ship, the former HMS X, is due … under the name A"): each old and new name
are one Weapon under the new name (dev README rule E6). Sentences written for these tests,
real spaCy parse; no names from any article."""

from __future__ import annotations

import pytest

from tests.test_extract_h_ent32_s32 import _keys


@pytest.mark.parametrize("text, pairs", [
    ("Latvia signed the contract last year. The other two, HMS Thistle and HMS Gorse, will be "
     "handed over by 2012 under the names Kurzeme and Vidzeme, the Latvian navy said.",
     [("HMS Thistle", "Kurzeme"), ("HMS Gorse", "Vidzeme")]),
    ("Britain sold two frigates to Chile. The second ship, the former HMS Bramble, is due to be "
     "handed over next year under the name Almirante Soto, the navy said.",
     [("HMS Bramble", "Almirante Soto")]),
])
def test_names_under_the_name_are_the_ships_new_names(run, text, pairs):
    for old, new in pairs:
        keys = _keys(run, text, old) | _keys(run, text, new)
        assert keys == {("Weapon", new)}, (old, new, keys)


def test_a_firms_new_name_is_no_ship(run):
    text = ("The shipyard, once part of a state holding, will trade under the name Northgate "
            "Marine from May, its owners said.")
    assert ("Weapon", "Northgate Marine") not in _keys(run, text, "Northgate Marine")


def test_three_ships_two_names_no_rename(run):
    text = ("HMS Thistle, HMS Gorse and HMS Bramble will be handed over under the names Kurzeme "
            "and Vidzeme, the navy said.")
    for old in ("HMS Thistle", "HMS Gorse", "HMS Bramble"):
        assert _keys(run, text, old) == {("Weapon", None)}, old
