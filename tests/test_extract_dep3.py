"""Issue 12, stop 21 (h-dep3): deployment constructions (sentences written for these tests,
none taken from a corpus; real spaCy parse). Each construction has positive and negative
cases."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys

# --- "fly" sends aircraft or troops only "to"/"into" a place; flying them on a front, over or
# in a place is operating them there (dev d215, d195, d137) ---------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Kenya flew 300 soldiers to Somalia on Tuesday.", ("Kenya", "Somalia")),
    ("Portugal has flown four F-16 jets into Lithuania.", ("Portugal", "Lithuania")),
    ("Senegal flies troops to Mali to guard the election.", ("Senegal", "Mali")),
])
def test_flying_a_force_to_a_place_deploys_it(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text", [
    "Libyan pilots were flying Mirage jets on the front near Kufra, the officials said.",
    "Egyptian crews flew MiG-21 fighters over Yemen during the war.",
    "Chilean airmen fly F-16 jets in Peru as part of the exercise.",
])
def test_flying_aircraft_somewhere_is_no_deployment(run, text):
    assert _deploys(run, text) == set()
