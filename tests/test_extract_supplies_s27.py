"""Issue 12, stop 27 (h-sup11): supply constructions (sentences written for these tests, none
taken from a corpus; real spaCy parse). Each construction has positive and negative cases."""

from __future__ import annotations

import pytest

from tests.test_extract_supplies_sup6 import _pairs

# --- "TB2": the drone's bare designation (well-known system, as "M777" or "F-16") ----------


@pytest.mark.parametrize("text, expected", [
    ("Ankara sold TB2s to Nigeria and Ethiopia last year.",
     {("Turkey", "Nigeria"), ("Turkey", "Ethiopia")}),
    ("The Turkish firm Baykar has exported the TB2 to several states, including Kenya and Mali.",
     {("Baykar", "Kenya"), ("Baykar", "Mali")}),
])
def test_the_bare_tb2_designation_is_the_drone(run, text, expected):
    assert expected <= _pairs(run, text)
    assert any(item == "Bayraktar TB2 drone" for _, item in _pairs(run, text, ("supplier", "item")))


def test_tb2_without_a_supply_is_only_a_weapon(run):
    mentions, rels = run("The TB2 flew over the border on Monday.")
    assert any(m.key == "Bayraktar TB2 drone" for m in mentions)
    assert not [r for r in rels if r.relation == "supplies"]
