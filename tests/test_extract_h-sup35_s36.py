"""Issue 12, stop 36 (h-sup35): supply forms (sentences written for these tests, none taken
from a corpus; real spaCy parse); the dev articles each construction came from are named at its
test."""

from __future__ import annotations

import pytest

from tests.test_extract_carrying_s30 import _supplies


def _items(run, text):
    _, rels = run(text)
    return {(a.key or a.lemma, m.key or m.lemma) for r in rels if r.relation == "supplies"
            for a in r.role("supplier") for m in r.role("item")}


@pytest.mark.parametrize("text, expected", [
    ("After the war the Soviet Union rearmed Iraq and Libya by sea.",
     {("Soviet Union", "Iraq"), ("Soviet Union", "Libya")}),
    ("Within a year China had rearmed Pakistan with tanks and jets.",
     {("China", "Pakistan")}),
])
def test_rearming_supplies(run, text, expected):
    # "rearm", "re-equip": the state re-armed is supplied (dev d507)
    assert _supplies(run, text) == expected


def test_list_tail_broken_off_by_the_parser(run):
    # the parser hangs "MiG-23 jets and helicopters" on the subject (dev d290)
    text = "The Soviet Union has supplied the Libyan army with tanks, MiG-23 jets and helicopters."
    found = _items(run, text)
    assert ("Soviet Union", "tank") in found
    assert ("Soviet Union", "helicopter") in found


def test_list_tail_needs_material(run):
    # a clause after the comma is no part of the list
    text = "Russia supplied Syria with tanks, the army said, and Iran sent rockets."
    assert ("Russia", "rocket") not in _items(run, text)
