"""Issue 12, stop 31 (h-dep19): active deployment forms (sentences written for these tests,
none taken from a corpus; real spaCy parse): open water "off" a place that the parser took
for a verb ("to/aux waters/advcl off/prt X/dobj": dev d413, d435)."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    ("Portugal, the former colonial power, has sent a frigate and a corvette to waters off "
     "Bissau to evacuate its citizens, and about 2,000 foreigners have already left on ships.",
     {("Portugal", "Guinea-Bissau")}),
    ("Spain has sent a frigate and a corvette to waters off Malabo to evacuate its nationals.",
     {("Spain", "Equatorial Guinea")}),
    ("France has sent two warships to waters off Djibouti to protect its citizens.",
     {("France", "Djibouti")}),
])
def test_waters_off_a_place_the_parser_took_for_a_verb(run, text, expected):
    assert _deploys(run, text) == expected


@pytest.mark.parametrize("text", [
    # open water near a place names no destination (dev conventions, stop 16)
    "Italy has sent a frigate to waters near Tripoli.",
])
def test_no_destination_from_waters_near(run, text):
    assert _deploys(run, text) == set()


def test_waters_off_a_place_in_a_purpose_are_that_place(run):
    """Stop 31 read "to patrol the waters off X" as a purpose naming no destination; the dev gold
    was harmonised in stop 41 ("waters off X" read as X, also inside a purpose: d604's "sent to
    search the waters off Sakhalin") and h-dep49 (stop 43) follows it."""
    assert _deploys(run, "Chile has sent a corvette to patrol the waters off Easter Island.") == {
        ("Chile", "Easter Island")}
