"""Place and body names as data (issue 12, stop 68, h-data1): a town named with its province
after a comma is one place, not the capital of the same name nor the province; a shipbuilding
town before its yard is the town, not a firm; "sub-Saharan" names the region south of the
desert, not the continent; the Asia-Pacific Economic Cooperation forum is a body, not the
region its first words name. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _nodes(resolved, text: str) -> set[tuple[str, str]]:
    """(label, class) of every node a one-document build of ``text`` gives."""
    return {(e.label, e.cls) for e in resolved(text)}


@pytest.mark.parametrize(("text", "place"), [
    ("The trucks, assembled in London, Ontario, will reach the army next spring.",
     "London, Ontario"),
    ("A peace research group based in Waterloo, Ontario, criticised the export permit.",
     "Waterloo, Ontario"),
])
def test_a_town_with_its_province_is_one_place(resolved, text, place):
    nodes = _nodes(resolved, text)
    assert (place, "Region") in nodes
    assert ("United Kingdom", "Country") not in nodes
    assert ("Ontario", "Region") not in nodes


def test_london_alone_is_still_the_british_state(resolved):
    nodes = _nodes(resolved, "Officials in London said the frigate would sail next month.")
    assert ("United Kingdom", "Country") in nodes
    assert ("London, Ontario", "Region") not in nodes


@pytest.mark.parametrize(("text", "place"), [
    ("The third corvette will be fitted out at the Okpo yard before sea trials begin.", "Okpo"),
    ("The tanker was repaired at the Barrow shipyard over the winter.", "Barrow-in-Furness"),
])
def test_a_town_before_its_yard_is_the_town(resolved, text, place):
    nodes = _nodes(resolved, text)
    assert (place, "Region") in nodes
    assert not any(cls == "Company" for _, cls in nodes)


def test_barrow_alone_is_not_the_town(resolved):
    nodes = _nodes(resolved, "Opposition leader Marcus Barrow said the vote would be held in May.")
    assert ("Barrow-in-Furness", "Region") not in nodes


@pytest.mark.parametrize("text", [
    "The order is the largest ever placed by an air force in sub-Saharan Africa.",
    "Few sub-Saharan states can afford to fly such aircraft.",
])
def test_sub_saharan_is_the_region_not_the_continent(resolved, text):
    nodes = _nodes(resolved, text)
    assert ("Sub-Saharan Africa", "Region") in nodes
    assert ("Africa", "Region") not in nodes


def test_africa_alone_stays_the_continent(resolved):
    nodes = _nodes(resolved, "Several governments in Africa asked for the loan to be renewed.")
    assert ("Africa", "Region") in nodes
    assert ("Sub-Saharan Africa", "Region") not in nodes


@pytest.mark.parametrize("text", [
    "The two leaders met on the sidelines of the Asia-Pacific Economic Cooperation summit.",
    "The two leaders met on the sidelines of the APEC summit in Lima.",
])
def test_the_forum_is_a_body_not_the_region(resolved, text):
    nodes = _nodes(resolved, text)
    assert ("Asia-Pacific Economic Cooperation", "Agency") in nodes
    assert ("Asia-Pacific", "Region") not in nodes


def test_the_region_alone_stays_a_region(resolved):
    nodes = _nodes(resolved, "Tensions are rising across the Asia-Pacific, the minister said.")
    assert ("Asia-Pacific", "Region") in nodes
