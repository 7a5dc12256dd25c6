"""Issue 12, stop 23 (h-ent5): Weapon and Agency names on unseen wire copy.

Every sentence was written for these tests (invented wording; real state names where the rule
needs a state). Negative cases say what must stay as it is."""

from __future__ import annotations

import pytest

from tests.test_extract_agency import _keys

# --- "fighters from Ansar Dine": the group whose members they are ----------------------------

@pytest.mark.parametrize("text, group", [
    ("Fighters of the Karvo group ambushed an army convoy near the border on Monday.",
     "Karvo group"),
])
def test_a_name_whose_fighters_are_counted_is_a_group(run, text, group):
    assert group in _keys(run, text, "Agency")
    assert group not in _keys(run, text, "Company")


# --- gazetteer: the FARC, an unhyphened al Shabaab ------------------------------------------

@pytest.mark.parametrize("text, group", [
    ("Colombia's army raided a FARC camp near the border on Sunday.",
     "Revolutionary Armed Forces of Colombia"),
    ("Al Shabaab, which holds much of the south, denied the report.", "al-Shabaab"),
])
def test_listed_armed_groups(run, text, group):
    assert group in _keys(run, text, "Agency")


# --- "bought eight Skyhawks", "Chile's Orions": the plural of a system the story names ------

@pytest.mark.parametrize("text, plural, system", [
    ("Peru bought ten A-4 Skyhawk jets in 1970. Argentina's navy bought eight Skyhawks from "
     "the United States in 1967.", "Skyhawks", "A-4 Skyhawk"),
    ("The navy will replace its four P-3C Orions next year. Officials said Chile's Orions had "
     "flown patrols since 1990.", "Orions", "P-3 Orion"),
])
def test_the_plural_of_a_named_system_is_that_system(run, text, plural, system):
    mentions, _ = run(text)
    assert {m.key for m in mentions if m.cls == "Weapon" and m.span.text == plural} == {system}
    assert not any(plural in (m.key or m.lemma) for m in mentions if m.cls != "Weapon")


# --- "anti-tank rockets": a kind of its own, neither "rocket" nor "tank" ---------------------

def test_anti_tank_rockets_are_their_own_kind(run):
    keys = _keys(run, "The guerrillas fired two anti-tank rockets at the post.", "Weapon")
    assert "anti-tank rocket" in keys and not {"rocket", "tank"} & keys
    keys = _keys(run, "They passed anti-tank rocket launchers to the rebels.", "Weapon")
    assert "rocket launcher" in keys and "anti-tank rocket" not in keys


def test_gurkhas_are_the_brigade(run):
    assert "Brigade of Gurkhas" in _keys(run, "Britain flew Gurkhas to the island on Friday.",
                                         "Agency")


@pytest.mark.parametrize("text, kind", [
    ("The militants set off two car bombs near the port.", "car bomb"),
    ("The vehicles protect crews against roadside bombs.", "roadside bomb"),
])
def test_improvised_bombs_are_kinds_of_their_own(run, text, kind):
    keys = _keys(run, text, "Weapon")
    assert kind in keys and "bomb" not in keys


# --- "Fuchs armoured personnel carriers": an untagged name before kind words and its noun ----

@pytest.mark.parametrize("text, name", [
    ("Berlin also agreed to sell the army Stalwart infantry fighting vehicles and spare parts.",
     "Stalwart"),
    ("Rome also agreed to sell the navy Savage infantry fighting vehicles and spare parts.",
     "Savage"),
])
def test_an_untagged_name_before_armoured_kind_words_is_a_system(run, text, name):
    assert any(k.startswith(name) for k in _keys(run, text, "Weapon"))


def test_a_make_right_before_vehicles_is_still_no_weapon(run):
    assert not _keys(run, "Toyota vehicles were seen near the border.", "Weapon")
