"""Issue 12, stop 69 (h-wpn3): generic weapon kinds kg lacked or labelled otherwise than the
readable dev gold — "cannon" and "shotgun" are kinds of their own (a "water cannon" is none,
also hyphened), "patrol vessel" and "fast attack craft" are kinds of their own beside the
patrol boat, "patrol craft" is the patrol boat (kg/data/weapons.yaml, roles.yaml
``not_weapon_compounds``). Sentences written for these tests, none taken from a corpus; real
spaCy parse."""

from __future__ import annotations

import pytest


def _kinds(run, text: str) -> set[str]:
    mentions, _ = run(text)
    return {m.key for m in mentions if m.cls == "Weapon"}


@pytest.mark.parametrize("text, kind", [
    ("The new armoured cars carry a 20mm cannon and two machine guns.", "cannon"),
    ("Each gunboat mounts twin cannon on its foredeck.", "cannon"),
    ("Police seized shotguns and pistols from the farm.", "shotgun"),
    ("Norway will give Ghana four patrol vessels next year.", "patrol vessel"),
    ("The navy bought three fast attack craft from a Danish yard.", "fast attack craft"),
    ("Malta received two patrol craft from Italy in March.", "patrol boat"),
])
def test_a_generic_kind_is_its_own_weapon(run, text, kind):
    assert kind in _kinds(run, text)


def test_patrol_boats_stay_patrol_boats(run):
    # guard: the patrol boat keeps its own words
    assert "patrol boat" in _kinds(run, "Spain sold Peru six patrol boats in 2010.")


@pytest.mark.parametrize("text", [
    "Coast guard ships fired water cannon at the fishing boats.",
    "The ferry was greeted in the harbour with a water-cannon salute.",
])
def test_a_water_cannon_is_no_weapon(run, text):
    assert "cannon" not in _kinds(run, text)


def test_the_kind_is_the_item_of_a_supply(supply_keys):
    items = {i for s, _, i in supply_keys("Norway sold two patrol vessels to Ghana in 2012.")
             if s == "Norway"}
    assert "patrol vessel" in items
