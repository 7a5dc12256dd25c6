"""Issue 12, h-wpn10 (stop 57): a named type that is unarmed in every variant (a surveillance
drone, an early-warning or reconnaissance plane: ``unarmed_aircraft`` in kg/data/roles.yaml) is
equipment, no Weapon and no supply item, even without a role word (dev README E5, stop 57's
census of unarmed aircraft); an armed variant ("Heron TP", "armed Heron drones") and armed types
stay Weapons (sentences written for these tests, real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_h_wpn3_s52 import _weapons
from tests.test_h_wpn5_s53 import _items


@pytest.mark.parametrize("text", [
    "Norway has bought Global Hawk drones and Leopard tanks from Germany.",
    "Chile leased two Heron drones from an Israeli firm to watch the northern border.",
    "The Pentagon flew an RQ-4B Global Hawk over the strait on Tuesday.",
    "An EP-3E collided with a fighter over the sea, the ministry said.",
    "Turkey has ordered two E-7A Wedgetails from Boeing.",
    "Egypt bought four E-2C Hawkeyes from the United States in 1987.",
])
def test_listed_unarmed_type_is_no_weapon(run, text):
    assert not any(w in k for k in _weapons(run, text)
                   for w in ("Hawk", "Heron", "EP-3", "E-7", "Hawkeye", "E-2"))


def test_listed_unarmed_type_is_no_supply_item(run):
    items = _items(run, "Norway has bought Global Hawk drones and Leopard tanks from Germany.")
    assert not any("Hawk" in i for i in items)


@pytest.mark.parametrize(("text", "word"), [
    # an armed variant of a listed type stays a Weapon
    ("Chile bought three Heron TP drones from an Israeli firm last year.", "Heron"),
    # armed types and armed patrol planes are not listed
    ("Poland bought MQ-9 Reaper drones from the United States in May.", "Reaper"),
    ("Norway bought five P-8 Poseidon aircraft from Boeing in 2017.", "Poseidon"),
    # a listed designation's number inside another designation is another type
    ("Peru has ordered twelve FA-50 jets from Korea Aerospace Industries.", "FA-50"),
])
def test_armed_types_stay_weapons(run, text, word):
    assert any(word in k for k in _weapons(run, text))
