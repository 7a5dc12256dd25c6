"""Issue 12, stop 36 (h-dep33): deployment forms (sentences written for these tests, none
taken from a corpus; real spaCy parse): a second object with its own "to" coordinated with the
first ("sent two frigates to A and 300 paratroopers to B"); a force ordered sent ("ordered
reinforcements sent to X"); a participle after a verb of staying ("remain stationed in X"); a
force spread over a place ("deployed across X"); a colony's own name (British Guiana); a
departing force "heading for" a place."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    ("France sent two frigates to Djibouti and 300 paratroopers to Chad.",
     {("France", "Djibouti"), ("France", "Chad")}),
    ("Britain said it was sending a destroyer and a frigate to the Gulf and about 500 Royal "
     "Marines to Kuwait.",
     {("United Kingdom", "Gulf"), ("United Kingdom", "Kuwait")}),
])
def test_second_object_with_its_own_destination(run, text, expected):
    assert expected <= _deploys(run, text)


def test_one_destination_for_coordinated_objects(run):
    assert _deploys(run, "France sent two frigates and 300 paratroopers to Chad.") == \
        {("France", "Chad")}


@pytest.mark.parametrize("text, expected", [
    ("President Jacques Chirac ordered two frigates sent to Djibouti.",
     ("Jacques Chirac", "Djibouti")),
    ("President Boris Yeltsin ordered reinforcements sent to Tajikistan on Thursday after "
     "border guards were killed.",
     ("Boris Yeltsin", "Tajikistan")),
])
def test_force_ordered_sent(run, text, expected):
    assert expected in _deploys(run, text)


def test_force_held_not_ordered(run):
    # "ordered the troops stationed in X home": a force withdrawn, not sent there
    assert not _deploys(run, "The general ordered the troops stationed in Bavaria home.")


@pytest.mark.parametrize("text, expected", [
    ("Two Soviet divisions remain stationed in western Poland.", ("Soviet Union", "Poland")),
    ("The French frigate remained stationed off Djibouti.", ("France", "Djibouti")),
])
def test_participle_after_verb_of_staying(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text, expected", [
    ("The Indonesian army deployed troops across Aceh.", ("Army (Indonesia)", "Aceh")),
    # a place after another preposition comes first, and a crossing is no destination
    ("Russia deployed troops across the Dnieper River to Kherson.",
     ("Russia", "Kherson Oblast")),
    # a preposition before it that names no place leaves the spread place the destination
    ("The Indonesian army deployed troops at road junctions across Aceh.",
     ("Army (Indonesia)", "Aceh")),
])
def test_force_spread_over_a_place(run, text, expected):
    assert expected in _deploys(run, text)


def test_sending_across_crosses(run):
    found = _deploys(run, "Nigeria sent troops across the Niger River into Benin.")
    assert found == {("Nigeria", "Benin")}


def test_colony_name(run):
    found = _deploys(run, "Britain sends warships and troops to British Guiana")
    assert ("United Kingdom", "British Guiana") in found


@pytest.mark.parametrize("text, expected", [
    ("The first Dutch soldiers left the port on Wednesday in armoured vehicles, heading for "
     "the town of Tuzla in northern Bosnia.", ("Netherlands", "Tuzla")),
    ("The first Dutch soldiers left the port on Wednesday, heading for Tuzla.",
     ("Netherlands", "Tuzla")),
])
def test_departure_heading_for(run, text, expected):
    assert expected in _deploys(run, text)


def test_departure_heading_for_needs_a_force(run):
    assert not _deploys(run, "The Dutch minister left Rome on Wednesday, heading for Tuzla.")
