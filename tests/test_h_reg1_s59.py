"""Issue 12, h-reg1 (stop 59): a sub-national region named by its adjective ("a Bavarian
base", "Walloon deputies", "a Dagestani town") is a mention of that Region (E13), from the
`exact` adjectives of kg/data/regions.yaml. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_agency import _keys


@pytest.mark.parametrize("text, region", [
    ("The engineers left a Bavarian air base for Kabul on Monday.", "Bavaria"),
    ("Two Walloon deputies voted against the helicopter order.", "Wallonia"),
    ("The corvettes will be built at a Scottish yard on the Clyde.", "Scotland"),
    ("Soviet advisers ran the Manchurian railway until 1952.", "Manchuria"),
    ("The talks were held in a Dagestani border town.", "Dagestan"),
    ("Patrol aircraft will fly over the Balearic waters from next year.", "Balearic Islands"),
])
def test_a_regions_adjective_names_the_region(run, text, region):
    assert region in _keys(run, text, "Region")


@pytest.mark.parametrize("text, region", [
    ("German troops trained in Bavaria before flying to Termez.", "Bavaria"),
    ("The Belgian government promised jobs in Wallonia and Flanders.", "Wallonia"),
])
def test_the_regions_name_keeps_its_key(run, text, region):
    assert region in _keys(run, text, "Region")


@pytest.mark.parametrize("text, word", [
    # the people's and the language's adjectives stay out: no region is named
    ("The English-language statement was read by a Kurdish spokesman.", "England"),
    ("Tamil rebels attacked a navy patrol boat off the coast.", "Tamil"),
])
def test_other_adjectives_name_no_region(run, text, word):
    assert word not in _keys(run, text, "Region")
