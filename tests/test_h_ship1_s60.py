"""Issue 12, stop 60 (h-ship1): a ship's name after a navy hull prefix is a Weapon of its own
(dev README rule E6), for the prefixes of more navies (patterns.yaml `hull_prefixes`: "ARC",
"LE", "RVS", "KNS", …) and for names with a word capitalised inside ("HMCS Paul DeMarco");
two prefixed ships listed after "as" are two ships, not one renamed. Sentences written for
these tests, real spaCy parse; no names from any article."""

from __future__ import annotations

import pytest

from tests.test_extract_h_ent32_s32 import _keys
from tests.test_extract_named_ships_s30 import _of


@pytest.mark.parametrize("text, ship", [
    ("The navy commissioned ARC Almirante Rueda at Cartagena on Monday.", "ARC Almirante Rueda"),
    ("The patrol ship LE Brendan Walsh left Cork for the Mediterranean.", "LE Brendan Walsh"),
    ("Australia handed the patrol boat RVS Tanna Star to the police last year.",
     "RVS Tanna Star"),
    ("Kenya's navy welcomed KNS Simba Bahari home after the refit.", "KNS Simba Bahari"),
    ("The coast guard cutter ICGS Sarojini left Chennai on Friday.", "ICGS Sarojini"),
])
def test_a_name_after_a_listed_hull_prefix_is_a_ship(run, text, ship):
    assert ship in _of(run, text, "Weapon")
    assert ship not in _of(run, text, "Person") | _of(run, text, "Agency")


@pytest.mark.parametrize("text, ship", [
    ("The vessel will be commissioned as HMCS Paul DeMarco next year.", "HMCS Paul DeMarco"),
    ("The destroyer HMS Anna McBride sailed for the Gulf on Tuesday.", "HMS Anna McBride"),
])
def test_a_prefixed_name_with_a_capital_inside_is_one_ship(run, text, ship):
    assert ship in _of(run, text, "Weapon")


def test_a_prefix_before_lower_case_words_names_no_ship(run):
    text = "The report by LE staff was published on Monday."
    assert not {w for w in _of(run, text, "Weapon") if w.startswith("LE")}


def test_two_ships_listed_after_as_are_two_ships(run):
    text = ("The two submarines were recommissioned as ARC Rio Claro and ARC Rio Verde after the "
            "flag was lowered, the navy said.")
    first, second = _keys(run, text, "ARC Rio Claro"), _keys(run, text, "ARC Rio Verde")
    assert {c for c, _ in first | second} == {"Weapon"}
    assert ("Weapon", "ARC Rio Verde") not in first and ("Weapon", "ARC Rio Claro") not in second
