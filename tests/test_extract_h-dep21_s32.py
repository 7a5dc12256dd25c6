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
