"""Issue 12, stop 27 (h-sup11): supply constructions (sentences written for these tests, none
taken from a corpus; real spaCy parse). Each construction has positive and negative cases."""

from __future__ import annotations

import pytest

# --- "TB2": the drone's bare designation (well-known system, as "M777" or "F-16") ----------


@pytest.mark.parametrize("text, expected", [
    ("Ankara sold TB2s to Nigeria and Ethiopia last year.",
     {("Turkey", "Nigeria"), ("Turkey", "Ethiopia")}),
    ("The Turkish firm Baykar has exported the TB2 to several states, including Kenya and Mali.",
     {("Baykar", "Kenya"), ("Baykar", "Mali")}),
])
def test_the_bare_tb2_designation_is_the_drone(role_pairs, text, expected):
    assert expected <= role_pairs(text)
    items = role_pairs(text, roles=("supplier", "item"))
    assert any(item == "Bayraktar TB2 drone" for _, item in items)


def test_tb2_without_a_supply_is_only_a_weapon(run):
    mentions, rels = run("The TB2 flew over the border on Monday.")
    assert any(m.key == "Bayraktar TB2 drone" for m in mentions)
    assert not [r for r in rels if r.relation == "supplies"]


# --- "X's first jets arrive from Y": the material's named holder receives (SU13) ----------


@pytest.mark.parametrize("text, expected", [
    ("Chile's first Gripen jets arrive from Sweden", {("Sweden", "Chile")}),
    ("Kenya's new M777 howitzers arrived from the United States on Tuesday.",
     {("United States", "Kenya")}),
])
def test_the_holder_of_arriving_material_receives(role_pairs, text, expected):
    assert expected <= role_pairs(text)


def test_a_named_place_still_receives_before_the_holder(role_pairs):
    text = "Chile's new F-16 jets arrived in Argentina from the Netherlands for an exercise."
    found = role_pairs(text)
    assert ("Netherlands", "Argentina") in found
    assert ("Netherlands", "Chile") not in found


def test_an_arrival_without_from_names_no_supplier(role_pairs):
    assert not role_pairs("Chile's first Gripen jets arrive at Santiago air base")


# --- a ship or plane sent with cargo: the sender supplies the cargo (d137, d350) -----------


@pytest.mark.parametrize("text, expected", [
    ("Japan sent a transport plane carrying tents and blankets to Nepal.", {("Japan", "Nepal")}),
    ("After the floods, India sent a navy ship with relief supplies to Sri Lanka.",
     {("India", "Sri Lanka")}),
    ("Chile dispatched two navy ships to Peru on Monday carrying drinking water and food.",
     {("Chile", "Peru")}),
])
def test_a_carrier_sent_with_cargo_supplies_it(role_pairs, text, expected):
    assert expected <= role_pairs(text)


@pytest.mark.parametrize("text", [
    "France sent two warships to Lebanon.",                   # no cargo: a deployment only
    "Britain sent a frigate with marines to Oman.",           # troops are no cargo
    "Japan will send a navy vessel with water to Tonga.",     # a plan (asserted: false)
    "Japan denied that it had sent a ship with food to Iran.",
])
def test_no_cargo_or_no_act_supplies_nothing(role_pairs, text):
    assert not role_pairs(text)
