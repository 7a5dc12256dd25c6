"""Issue 12, stop 46 (s53 h-dep60): a phrase set off by a comma after a deployment's named
destination that puts it in a wider named place gives that place a deployment too (dev
conventions D1, the place and its country): "to X, in Y", "to X, the city in northern Y",
"to X, 500 kilometres inside Y" (sentences written for these tests, none taken from a corpus;
real spaCy parse)."""

from __future__ import annotations

from tests.test_extract_deploys_stop19 import _deploys


def test_city_in_a_country_by_apposition(run):
    found = _deploys(run, "Chad sent 400 soldiers to Gao, the largest city in northern Mali, "
                     "on Monday.")
    assert {("Chad", "Gao"), ("Chad", "Mali")} <= found


def test_distance_inside_a_country(run):
    found = _deploys(run, "Kenyan troops were airlifted to Kismayo, 500 kilometres inside "
                     "Somalia, on Friday.")
    assert {("Kenya", "Kismayo"), ("Kenya", "Somalia")} <= found


def test_comma_in_phrase_on_the_verb(run):
    found = _deploys(run, "Ethiopia has sent 1,000 troops to Beledweyne, in Somalia, to fight "
                     "the militants.")
    assert ("Ethiopia", "Somalia") in found


def test_unnamed_wider_place_gives_nothing_more(run):
    # "in a show of force" names no place: the destination alone
    found = _deploys(run, "Chad sent 400 soldiers to Gao, in a show of force, on Monday.")
    assert found == {("Chad", "Gao")}
