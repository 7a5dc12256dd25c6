"""Issue 12, stop 48 (h-ent78): Cold War trainers and fighters named by designation, variant,
maker or popular name resolve to their system (dev rule E3: a variant keeps the system), on
sentences written for this file (real spaCy parse)."""

from __future__ import annotations

import pytest


def _weapon_keys(run, text: str) -> set[str]:
    """The keys of the Weapon mentions of ``text``."""
    mentions, _ = run(text)
    return {m.key or m.lemma for m in mentions if m.cls == "Weapon"}


@pytest.mark.parametrize("text, system", [
    ("The air force will retire its Macchi MB-326H jets next year.", "Aermacchi MB-326"),
    ("Brazil built the Xavante trainers under licence.", "Aermacchi MB-326"),
    ("The school flies eight PC-9M trainers from the northern base.", "Pilatus PC-9"),
    ("Cadets learn on SF-260 trainers before moving to jets.", "SIAI-Marchetti SF.260"),
    ("The rebels were bombed by ageing T-28 trainers.", "T-28 Trojan"),
    ("Its squadrons still fly Saab J 29 fighters.", "Saab J 29 Tunnan"),
    ("The CF-101 interceptors guard the northern approaches.", "F-101 Voodoo"),
    ("The navy also looked at the Grumman F-14 Tomcat.", "F-14"),
])
def test_named_system_keeps_its_system(run, text, system):
    assert system in _weapon_keys(run, text), _weapon_keys(run, text)


def test_lower_case_tomcat_is_no_weapon(run):
    # "Tomcat" is matched in its own case only
    assert "F-14" not in _weapon_keys(run, "The farm's old tomcat slept by the stove.")
