"""Issue 12, stop 32 (h-dep21): deployment forms (sentences written for these tests, none
taken from a corpus; real spaCy parse): a transport that carries a force from one place to
another ("transport planes ferried the Chadian soldiers from A to B", "helicopters flew 300
Marines from A in B to C": dev d294, d455)."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    # a transport plane no Weapon mention names carries the force: the force's state deploys
    ("Belgian air force C-130 transport planes began ferrying the Senegalese soldiers from "
     "Thies to Bouar on Monday.", ("Senegal", "Bouar")),
    # a place phrase inside the force's phrase says where it waited, not whose it is
    ("British helicopters flew about 300 Marines from Silopi in Turkey to a camp outside "
     "Mosul.", ("United Kingdom", "Mosul")),
    ("US helicopters flew some 200 paratroopers from Incirlik in Turkey to a valley near "
     "Mosul on Sunday.", ("United States", "Mosul")),
])
def test_transport_carrying_a_force(run, text, expected):
    found = _deploys(run, text)
    assert expected in found
    assert all(deployer != "Turkey" and not deployer.startswith("Air Force")
               for deployer, _ in found)


@pytest.mark.parametrize("text", [
    # a headline's state named only by an adjective on a noun says whose it is (d452, d295)
    "Australia sends frigate to French missile test zone",
    "Norway sends two frigates to fight Yemeni smugglers",
])
def test_headline_adjective_names_no_destination(run, text):
    assert _deploys(run, text) == set()


@pytest.mark.parametrize("text, expected", [
    # on its waters, a part of it or its border the adjective names the state
    ("Chile sends warships to Peruvian waters", ("Chile", "Peru")),
    # a named place stays the destination
    ("Australia sends frigate to Fiji", ("Australia", "Fiji")),
])
def test_headline_adjective_on_waters_or_a_named_place(run, text, expected):
    assert expected in _deploys(run, text)
