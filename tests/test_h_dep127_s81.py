"""Issue 12, stop 81 (h-dep127): a destination the parser hangs inside the force phrase. An
aside set off by commas on the force ("N troops, most of them X, to Y", "N ships, among them
X, to Y") and a list of vessels the parser took for an apposition ("the two destroyers, a
supply ship and a tug to Y") still say where the force went (dev conventions D6; gold of d789,
d1144, d1148). Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    # the "to" phrase hung on the aside's words ("most", "engineers")
    ("OTTAWA, March 3 - Canada has sent 300 soldiers, most of them engineers, to Haiti after "
     "the storm.", ("Canada", "Haiti")),
    ("WELLINGTON, May 9 - New Zealand has sent about 150 troops, many of them medics, to Fiji "
     "to help after the cyclone.", ("New Zealand", "Fiji")),
    # the aside's noun taken for a second object of the verb
    ("BEIJING, June 2 - China has sent about 60 ships, among them eight warships, to the "
     "waters off the Spratly Islands to guard the platform.", ("China", "Spratly Islands")),
])
def test_a_destination_after_an_aside_on_the_force(run, text, expected):
    assert expected in _deploys(run, text)


def test_a_list_of_vessels_taken_for_an_apposition(run):
    found = _deploys(run, "MOSCOW, Jan 4 - Russia has sent the two destroyers, a supply ship "
                          "and a rescue tug to Venezuela for a week-long visit.")
    assert found == {("Russia", "Venezuela")}


@pytest.mark.parametrize("text", [
    # "to the area" after the aside names no place of its own: left to the other rules
    "LONDON, Jan 4 - Britain has sent two frigates, the Kent and the Argyll, to the area.",
    # an aside with a verb is a clause of its own: its "to" phrase is not read as the verb's
    "PARIS, Jan 4 - France has sent 200 soldiers, who were trained to fight, to the area.",
])
def test_no_destination_from_the_aside_without_a_named_place(run, text):
    assert _deploys(run, text) == set()
