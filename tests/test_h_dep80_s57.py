"""Issue 12, stop 57 (h-dep80): "the region", "the area" with no name is the nearest region
the sentence or the one before named, not none when several were named; a region that only
locates another ("the X crossing near Y") is not the one meant, and a list of regions still
leaves it unknown. Sentences written for these tests, none taken from a corpus; real spaCy
parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    # two regions named before: the nearest is meant
    ("Militants from Kashmir attacked an army post at Kargil. India sent troops and helicopters "
     "to the area.", ("India", "Kargil")),
    ("Unrest that began in Balochistan last year reached Sindh in May. Pakistan has sent 2,000 "
     "soldiers to the region.", ("Pakistan", "Sindh")),
])
def test_the_region_is_the_nearest_region_named_before(run, text, expected):
    assert expected in _deploys(run, text)


def test_a_region_that_only_locates_another_is_not_meant(run):
    found = _deploys(run, "Kenya, where refugees have gathered at the Mandera crossing near "
                          "Garissa, said it was sending more police to the area.")
    assert ("Kenya", "Mandera") in found
    assert not any(p == "Garissa" for _, p in found)


@pytest.mark.parametrize("text", [
    # a list of regions: which one is meant is unknown
    "Unrest spread across Balochistan and Sindh in May. Pakistan has sent 2,000 soldiers to "
    "the region.",
    "Storms battered Sicily and Sardinia on Monday. Italy sent two frigates to the area.",
    # the region named two sentences before (dev conventions D6: the sentence or the one before)
    "Unrest broke out in Sindh. Ministers met in Lahore on Friday. Pakistan has sent 2,000 "
    "soldiers to the region.",
])
def test_the_region_stays_unknown(run, text):
    assert not any(p in ("Balochistan", "Sindh", "Sicily", "Sardinia")
                   for _, p in _deploys(run, text))
