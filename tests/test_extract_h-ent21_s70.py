"""One firm named by single words joined with "and" ("Halvorsen and Brekke", "Halvorsen, Brekke
and Associates") stays one Company, where NER cut it at "and" (kg.extract.joined_firms; issue 12,
h-ent21). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_h_ent29_s32 import _mentions


@pytest.mark.parametrize(("text", "name"), [
    ("The landing craft were built by Halvorsen and Brekke under a 2019 contract.",
     "Halvorsen and Brekke"),
    ("The coast guard bought two drones from Halvorsen, Brekke and Associates, a Norwegian "
     "company.", "Halvorsen, Brekke and Associates"),
    ("The coast guard hired radar crews from MacAllister, Brekke and Associates, a Norwegian "
     "firm.", "MacAllister, Brekke and Associates"),
])
def test_a_firm_named_by_joined_words_is_one_company(run, text, name):
    found = _mentions(run, text)
    assert (name, "Company") in found
    parts = {p.strip() for p in name.replace(" and ", ",").split(",")}
    assert not any(surface in parts or surface.endswith(" and Associates") and surface != name
                   for surface, _ in found)


@pytest.mark.parametrize(("text", "names"), [
    # two firms the text counts: a plural noun in apposition, or "both"
    ("The radars were supplied by Halvorsen and Brekke, two Danish firms.",
     {"Halvorsen", "Brekke"}),
    # listed firms, and firms of names of more than one word
    ("The missiles were made by Lockheed Martin and Boeing.", {"Lockheed Martin", "Boeing"}),
    ("The corvettes were built by Acme Shipyards and Baxter Marine.",
     {"Acme Shipyards", "Baxter Marine"}),
    ("France and Germany signed the deal in Paris.", {"France", "Germany"}),
])
def test_two_actors_joined_by_and_stay_two(run, text, names):
    found = {surface for surface, _ in _mentions(run, text)}
    assert names <= found
    assert not any(" and " in surface for surface in found)


def test_both_counts_two_members(run):
    found = _mentions(run, "The guns were built by both Halvorsen and Brekke.")
    assert not any(" and " in surface for surface, _ in found)
