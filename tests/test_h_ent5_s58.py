"""Issue 12, stop 58 (h-ent5): names listed in apposition after a plural ship noun.

"sent three destroyers, Pallas, Orion and Vega, to the gulf": the comma-closed list that names
the ships is ships (Weapons), not persons or places. Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_agency import _keys


@pytest.mark.parametrize("text, ships", [
    ("Norway sent three destroyers, Halvard, Brennick and Sioux, to the North Sea in May.",
     {"Halvard", "Brennick", "Sioux"}),
    ("The fleet's largest ships were two frigates, Omar Tahir and Hassan II, bought in 1998.",
     {"Omar Tahir", "Hassan II"}),
    ("The two larger ships of the order, Emir Karim Salah and Yusuf Ben Amar, will be handed "
     "over next year.", {"Emir Karim Salah", "Yusuf Ben Amar"}),
])
def test_a_comma_closed_list_after_a_plural_ship_noun_names_ships(run, text, ships):
    assert ships <= _keys(run, text, "Weapon")
    assert not ships & _keys(run, text, "Person")


@pytest.mark.parametrize("text, kept, cls", [
    # a list that a verb follows, not a comma, is no apposition: the ship noun's sentence
    # goes on with other things
    ("The navy bought two frigates, Thales radars and Exocet missiles from France.",
     "France", "Country"),
    # the people who speak after a comma are no ships
    ("Police seized the boats, Maria Lopez and Juan Diaz said on Monday.", "Maria Lopez",
     "Person"),
])
def test_other_lists_after_ship_nouns_keep_their_class(run, text, kept, cls):
    assert kept in _keys(run, text, cls)
