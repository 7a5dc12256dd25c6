"""Issue 12, stop 40 (h-ent52): generic weapon nouns as the dev conventions want them
(sentences written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest


def _weapons(run, text):
    """{mention text: key} of the Weapon mentions of ``text``."""
    mentions, _ = run(text)
    return {m.span.text: m.key for m in mentions if m.cls == "Weapon"}


# --- small warships named by their arm ----------------------------------------------------


@pytest.mark.parametrize("text, name, label", [
    ("The navy will retire its four missile gunboats next year.", "missile gunboats", "gunboat"),
    ("Rebels said navy gunboats had shelled the coast on Sunday.", "gunboats", "gunboat"),
    ("Moscow sent torpedo boats to the island in 1961.", "torpedo boats", "torpedo boat"),
    ("A motor torpedo boat was sunk off the coast.", "motor torpedo boat", "torpedo boat"),
])
def test_small_warship_kinds(run, text, name, label):
    found = _weapons(run, text)
    assert found.get(name) == label
    assert "missile" not in found.values() and "torpedo" not in found.values()


def test_gunboat_diplomacy_is_no_weapon(run):
    assert "gunboat" not in _weapons(run, "The opposition called the naval visit gunboat "
                                          "diplomacy aimed at the new government.").values()


# --- a weapon word that only names a warship, a range or an operator ------------------------


@pytest.mark.parametrize("text", [
    "Two guided-missile frigates left Sydney for the Gulf on Monday.",
    "The fleet includes three guided-missile destroyers.",
    "The army keeps a missile range on the atoll.",
    "The missile operator had seconds to decide, the general said.",
])
def test_modifying_missile_is_no_weapon(run, text):
    assert "missile" not in _weapons(run, text).values()


def test_ship_kind_kept_beside_its_arm(run):
    assert "frigate" in _weapons(run, "Two guided-missile frigates left Sydney for the Gulf "
                                      "on Monday.").values()
