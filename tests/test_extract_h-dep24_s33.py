"""Issue 12, stop 33 (h-dep24): deployment forms (sentences written for these tests, none
taken from a corpus; real spaCy parse): forces under way that "sail for" a named place,
with or without the place they left (dev conventions D4, gold edits of stop 31: d116, d258,
d474)."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    # a headline's present "sail for" a named place, no origin named
    ("Dutch frigates sail for Angola as talks stall", ("Netherlands", "Angola")),
    # a past "sailed for" without "from"
    ("Norwegian minesweepers sailed for the Baltic on Monday.", ("Norway", "Baltic Sea")),
    # Marines of a unit named in the force's "of" phrase: the service (D3 as harmonised in
    # stop 67; the unit until stop 78, tests/test_h_dep121_s78.py)
    ("WASHINGTON, May 2 - About 1,500 Marines of the 24th Marine Expeditionary Unit were "
     "sailing for Liberia from North Carolina.", ("Marine Corps (United States)", "Liberia")),
    # the verb the parser hung on the last object of a participle set off by commas
    ("The Dutch frigate Tromp, carrying helicopters, trucks and supplies, sailed from Den "
     "Helder for Angola last week.", ("Netherlands", "Angola")),
])
def test_force_sailing_for_a_place(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text", [
    # no force sails: a person's voyage
    "The Queen sailed for Australia aboard the royal yacht.",
    # a plan to sail is no deployment (D5)
    "Dutch frigates will sail for Angola next week.",
])
def test_no_force_sailing(run, text):
    assert _deploys(run, text) == set()
