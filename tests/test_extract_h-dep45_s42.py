"""Issue 12, stop 42 (s48 h-dep45): a destination's country named by an "in" phrase on the place
noun the destination is "of", or by a compass part of it (sentences written for these tests,
none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from tests.test_extract_deploys_stop19 import _deploys


def test_in_phrase_on_the_town_noun_names_the_country(run):
    found = _deploys(run, "Britain sent 400 soldiers to the town of Gornji Vakuf in central "
                          "Bosnia on Monday.")
    assert {("United Kingdom", "Gornji Vakuf"),
            ("United Kingdom", "Bosnia and Herzegovina")} <= found


def test_compass_part_of_a_named_state_is_in_that_state(run):
    found = _deploys(run, "France flew 300 paratroopers to the airfield of Kisangani in the "
                          "north-east of Congo on Tuesday.")
    assert ("France", "Kisangani") in found
    assert any(place in ("Congo", "Democratic Republic of the Congo") for _, place in found)


def test_setting_out_for_a_town_in_a_state_names_the_state(run):
    found = _deploys(run, "Two British frigates left Gibraltar on Monday, heading for the port "
                          "of Tartus in western Syria.")
    assert {("United Kingdom", "Tartus"), ("United Kingdom", "Syria")} <= found


def test_compass_part_of_a_state_pointed_back_to_adds_nothing(run):
    found = _deploys(run, "Uzbekistan has opened its airspace to the coalition, and American "
                          "troops are based at the Khanabad airfield in the south of the country.")
    assert ("United States", "Uzbekistan") not in found
