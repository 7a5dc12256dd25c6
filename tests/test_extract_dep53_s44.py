"""Issue 12, stop 44 (s50 h-dep53): a place noun coordinated with a destination, or owned by
it, names another destination in its compound ("to Kabul and Kunar province", "to Afghanistan's
Helmand province"), and the state that owns a province named with its noun ("to Afghanistan's
Kandahar province"): the place and its country both (dev conventions D1; sentences written for
these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from tests.test_extract_deploys_stop19 import _deploys


def test_a_coordinated_province_is_a_destination_too(run):
    found = _deploys(run, "Washington sent 5,000 more troops to Kabul and Kunar province last "
                     "spring.")
    assert {("United States", "Afghanistan"), ("United States", "Kunar province")} <= found


def test_a_province_its_country_owns_is_a_destination_with_it(run):
    found = _deploys(run, "Canada deployed about 300 soldiers to Afghanistan's Helmand "
                     "province in 2006.")
    assert {("Canada", "Afghanistan"), ("Canada", "Helmand province")} <= found


def test_a_coordinated_noun_that_names_no_place_adds_none(run):
    # "the capital" is no place noun with a name in its compound
    found = _deploys(run, "Canada deployed about 300 soldiers to Kandahar and the capital.")
    assert {b for _, b in found} == {"Kandahar"}


def test_a_named_province_its_country_owns_gives_the_country_too(run):
    # "Kandahar province" is one name here: the possessor still owns it
    found = _deploys(run, "Canada deployed about 300 soldiers to Afghanistan's Kandahar "
                     "province in 2006.")
    assert ("Canada", "Afghanistan") in found
