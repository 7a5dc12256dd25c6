"""A wider place set off by a comma after a named destination is a destination too (issue 12,
stop 76, h-dep118; dev conventions D1: a place in a named region has both, also "<city>,
<state>"): a state, province or region in apposition ("to Tucson, Arizona"), a town "in the
department of Y". Guard: a relative location ("X, south of <capital>") only locates X (dev
README stop 43's point 8). Sentences written for this test."""

from __future__ import annotations


def _deploys(relations, text: str) -> set[tuple[str, str]]:
    return {(r["deployer"][0], r["destination"][0]) for rel, r in relations(text)
            if rel == "deploys"}


def test_a_town_and_its_state_after_a_comma(relations):
    text = "Canada sent a field hospital and 150 soldiers to Tucson, Arizona, on Monday."
    found = _deploys(relations, text)
    assert ("Canada", "Tucson") in found
    assert ("Canada", "Arizona") in found


def test_a_town_in_a_department_of_a_region(relations):
    text = ("Peru has sent 400 soldiers to Juliaca, a city in the southern department of "
            "Puno, after clashes with protesters.")
    found = _deploys(relations, text)
    assert ("Peru", "Juliaca") in found
    assert ("Peru", "Puno") in found


def test_a_relative_location_only_locates(relations):
    # (guard: "south of" a capital only locates the base, dev README stop 43's point 8)
    text = "Britain deployed four Typhoon jets to Amari Air Base, southeast of Tallinn, on Tuesday."
    found = _deploys(relations, text)
    assert ("United Kingdom", "Amari Air Base") in found
    assert ("United Kingdom", "Estonia") not in found
