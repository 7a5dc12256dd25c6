"""Issue 12, stop 63 (h-ship4): a ship's other name after a verb's "as the" ("will sail as the
Y", "served … as the Y", "built … as the Y") is one Weapon with the named ship (dev README rule
E6: a renamed ship is one entity), keyed by the later name; and an untagged name with a ship
noun in apposition after its comma ("the Orsa, a Kilo-class boat") is a ship. Sentences
written for these tests, real spaCy parse; no names from any article."""

from __future__ import annotations

import pytest

from tests.test_extract_h_ent32_s32 import _keys


@pytest.mark.parametrize("text, names, key", [
    ("The second ship, the Van Horne, is due to be handed over next spring and will sail as "
     "the Dom Pedro de Castro.", ("Van Horne", "Dom Pedro de Castro"), "Dom Pedro de Castro"),
    ("The navy has also received two frigates from Britain, the second of which, the former "
     "HMS Bramble, is due to join the fleet as the Wolski later this month.",
     ("HMS Bramble", "Wolski"), "Wolski"),
])
def test_a_name_to_come_after_as_the_is_the_ships_new_name(run, text, names, key):
    for name in names:
        assert _keys(run, text, name) == {("Weapon", key)}, name


@pytest.mark.parametrize("text, old, ship", [
    ("Chile's navy raised its flag on the submarine Condor on Monday. The 1970s-built "
     "submarine, which served in the Dutch navy as the Walrusk until last year, sailed into "
     "Valparaiso last week, officials said.", "Walrusk", "Condor"),
    ("Peru's navy took delivery on Friday of the patrol vessel BAP Tumbes. The 80-metre ship, "
     "built in 2012 as the L'Ardent and lent by the builder to the Spanish navy, was handed "
     "over at the yard, the company said.", "L'Ardent", "BAP Tumbes"),
])
def test_an_earlier_name_after_as_the_is_the_ship_named_before(run, text, old, ship):
    assert _keys(run, text, old) == {("Weapon", ship)}


@pytest.mark.parametrize("text, name", [
    ("Colonel Pereira, who served in the army as the Minister of Defence's aide, retired on "
     "Monday, the ministry said.", "Minister of Defence's"),
    ("The rebels, known as the Tigers, seized the town, officials said.", "Tigers"),
])
def test_as_the_without_a_ship_names_no_ship(run, text, name):
    assert all(cls != "Weapon" for cls, _ in _keys(run, text, name))


def test_an_untagged_name_before_a_ship_appositive_is_a_ship(run):
    text = ("Chile's only other submarine is the Orsa, a Kilo-class boat it bought from "
            "Russia in 1990.")
    assert _keys(run, text, "Orsa") == {("Weapon", "Orsa")}


def test_a_possessive_after_as_the_names_no_ship(run):
    text = ("The frigate HMS Bramble, which served as the Wolski's escort, was shown in "
            "Portsmouth.")
    assert ("Weapon", "HMS Bramble") not in _keys(run, text, "Wolski")
