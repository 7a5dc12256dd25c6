"""Issue 12, stop 33 (h-dep23): deployment forms (sentences written for these tests, none
taken from a corpus; real spaCy parse): a destination coordinated with a place noun that names
its place after "of" ("to Osh and the nearby city of Jalal-Abad", "into X and the western
district of Y": dev d424, d443)."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    ("Mali's government sent soldiers and police to Gao and the northern town of Kidal on "
     "Friday.", {("Mali", "Gao"), ("Mali", "Kidal")}),
    ("Kyrgyzstan sent troops to Naryn and the nearby city of Talas.",
     {("Kyrgyzstan", "Naryn"), ("Kyrgyzstan", "Talas")}),
    ("Peru moved two battalions into Tumbes and the coastal district of Zarumilla last week.",
     {("Peru", "Tumbes"), ("Peru", "Zarumilla")}),
])
def test_coordinated_place_noun_of_a_name(run, text, expected):
    assert expected <= _deploys(run, text)


@pytest.mark.parametrize("text", [
    # a coordinated noun that is no place part names no further destination
    "Chile sent troops to Arica and the town's main square.",
])
def test_coordinated_noun_of_no_place(run, text):
    assert _deploys(run, text) == {("Chile", "Arica")}


# --- a participle coordinated with an agentless passive shares its force ("soldiers were
# brought in from the garrisons and sent into X": dev d443) ---------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Mali sent 500 troops to Gao on Monday. About 2,000 more soldiers were brought in from "
     "the south and sent into Timbuktu, officials said.", {("Mali", "Gao"), ("Mali", "Timbuktu")}),
    ("Mali sent 500 troops to Gao on Monday. About 2,000 more soldiers were brought in from "
     "the south and sent into Timbuktu and the western district of Kidal, officials said.",
     {("Mali", "Timbuktu"), ("Mali", "Kidal")}),
])
def test_coordinated_passive_participle(run, text, expected):
    assert expected <= _deploys(run, text)


def test_coordinated_participle_sent_home(run):
    # a participle with no place names no destination
    text = ("Mali sent 500 troops to Gao on Monday. About 2,000 more soldiers were brought in "
            "from the south and later sent home, officials said.")
    assert _deploys(run, text) == {("Mali", "Gao")}
