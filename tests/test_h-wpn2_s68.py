"""Issue 12, h-wpn2 (stop 68): a generic kind that only modifies names no weapon. A kind glued
after "anti-" or "counter-" names what is countered ("anti-submarine helicopters"); a kind
glued before a hyphen and a lower-case word is half of a compound adjective ("missile-armed");
a kind before "systems", "boats", "squadrons", "subsidiary", "companies", "tender", "warning",
"flight" or "row" modifies that noun (``modified_heads``). "tank landing
ship" is a landing ship. A kind by itself stays the kind (sentences written for these tests,
real spaCy parse).
"""

from __future__ import annotations

import pytest


def _keys(run, text: str) -> set[str]:
    """The keys of every Weapon mention."""
    mentions, _ = run(text)
    return {m.key or "" for m in mentions if m.cls == "Weapon"}


@pytest.mark.parametrize(("text", "kind"), [
    ("The new aircraft of Ruritania will fly anti-submarine patrols over the strait.",
     "submarine"),
    ("The frigates of Ruritania carry anti-submarine torpedoes and a medium gun.", "submarine"),
    ("Ruritania took delivery of a missile-armed patrol vessel from a French yard on Monday.",
     "missile"),
    ("Ruritania said it had moved coastal missile systems to the northern islands.", "missile"),
    ("The ministry said its missile subsidiary had won the contract.", "missile"),
    ("Two helicopter companies were sent to the border, the general said.", "helicopter"),
    ("The ministry said a missile warning station would close next year.", "missile"),
    ("Ruritania sent the tank landing ship Valiant to the flooded coast.", "tank"),
])
def test_kind_that_only_modifies_names_no_weapon(run, text, kind):
    assert kind not in _keys(run, text)


def test_tank_landing_ship_is_a_landing_ship(run):  # the ship's kind stays (guard)
    text = "Ruritania sent a tank landing ship to the flooded coast on Monday."
    assert "amphibious assault ship" in _keys(run, text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Ruritania will buy four submarines and two frigates from Germany, its navy said.",
     "submarine"),
    ("Ruritania fired missiles at the rebel camps on Sunday, the army said.", "missile"),
    ("Ruritania ordered anti-ship missiles from Norway.", "anti-ship missile"),
])
def test_kind_by_itself_stays_the_kind(run, text, kind):
    assert kind in _keys(run, text)
