"""Issue 12, stop 59 (h-wpn12): "armed drones" is a Weapon kind of its own, `armed drone` under
`drone`, as readable dev gold names it (5 files against 2); a named system before it keeps the
system, and bare "drones" stay `drone`. Sentences written for these tests, none taken from a
corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_extract_dep52_s44 import _supplies
from tests.test_h_wpn3_s52 import _weapons


@pytest.mark.parametrize("text", [
    "Chad will buy armed drones from a Chinese maker next year, the army said.",
    "Rebels in the south say armed drones struck their villages twice in May.",
    "Peru's air force wants an armed drone for its patrols over the Amazon.",
])
def test_armed_drones_are_their_own_kind(run, text):
    found = _weapons(run, text)
    assert "armed drone" in found.values()
    assert "drone" not in found.values()


def test_bare_drones_stay_the_kind(run):
    found = _weapons(run, "Chad will buy small drones and more drones from Israel next year.")
    assert "armed drone" not in found.values()
    assert "drone" in found.values()


def test_a_named_system_before_armed_drones_keeps_the_system(run):
    found = _weapons(run, "Chad took delivery of Bayraktar TB2 armed drones from Turkey on "
                          "Friday.")
    assert "armed drone" not in found.values()
    assert "Bayraktar TB2 drone" in found.values()


def test_armed_drones_are_the_supplied_item(run):
    pairs = _supplies(run, "Turkey has sold armed drones to Chad, officials in Ndjamena said.")
    assert ("Turkey", "armed drone") in pairs
    assert ("Turkey", "drone") not in pairs


def test_armed_drone_is_a_kind_of_drone(gazetteer):
    assert gazetteer.by_label["armed drone"].broader == "drone"
