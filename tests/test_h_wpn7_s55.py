"""Issue 12, h-wpn7 (stop 55): aircraft that carry, refuel or watch are equipment, no Weapon
(dev README E5), also when the model's name stands before an equipment head outside its
mention ("a KC-10 aerial tanker"), when a named drone is a surveillance one ("ScanEagle
surveillance drones"), and wherever the article names that model again; armed patrol planes
and generic kinds stay Weapons (sentences written for these tests, real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_h_wpn3_s52 import _weapons


@pytest.mark.parametrize("text", [
    "Norway is also sending a KC-46 aerial tanker to the base so that the fighters can stay "
    "aloft longer, officials said.",
    "The squadron left Darwin with a KC-135R refuelling tanker on Tuesday.",
    "The relief team flew out of Winnipeg on a CC-150 Polaris transport on Monday.",
    "Turkey flew an E-7T Peace Eagle early warning aircraft over the Aegean on Friday.",
])
def test_model_before_an_equipment_head_is_no_weapon(run, text):
    assert _weapons(run, text) == {}


@pytest.mark.parametrize("text", [
    "Washington gave the Kenyan army Raven surveillance drones last year.",
    "Iran said it had brought down a Hermes-900 reconnaissance drone near the border.",
])
def test_named_surveillance_drone_is_no_weapon(run, text):
    assert _weapons(run, text) == {}


def test_equipment_model_is_no_weapon_throughout(run):
    found = _weapons(run, "Iran said it had brought down an MQ-4C reconnaissance drone on "
                          "Sunday. Officials in Washington said the drone had strayed. The "
                          "MQ-4C Triton is built in California.")
    assert found == {}


@pytest.mark.parametrize(("text", "words"), [
    # an armed patrol plane written with a watching word after it stays a Weapon
    ("Australia will send two AP-3C Orion surveillance aircraft to Mindanao next week.",
     "AP-3C Orion"),
    # a generic "surveillance drones" stays the kind, as readable gold has it
    ("Chad bought surveillance drones and Rafale fighter jets from France.", "drones"),
    ("Kenya bought Bayraktar drones from Turkey. The drones arrived in May.", "drones"),
])
def test_weapons_stay(run, text, words):
    assert words in _weapons(run, text)
