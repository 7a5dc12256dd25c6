"""Issue 12, stop 38 (h-ent49): names of weapons, places and people that NER splits or mistypes
(sentences written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

import pytest


def _found(run, text):
    """{mention text: (class, key)} of the mentions of ``text``."""
    mentions, _ = run(text)
    return {m.span.text: (m.cls, m.key) for m in mentions}


# --- the plural of a system's short name (a city's or a surname's form alone) -------------


@pytest.mark.parametrize("text, name, label", [
    ("The air force still flew old Canberras on reconnaissance flights.", "Canberras",
     "English Electric Canberra"),
    ("Kenya bought six Hunters from Britain in 1974.", "Hunters", "Hawker Hunter"),
    ("The squadron's Hunters and Canberras were grounded last week.", "Canberras",
     "English Electric Canberra"),
])
def test_plural_of_a_short_name_is_the_system(run, text, name, label):
    assert _found(run, text).get(name) == ("Weapon", label)


def test_singular_short_name_stays_the_city(run):
    found = _found(run, "The minister flew to Canberra on Monday.")
    assert found.get("Canberra", ("",))[0] != "Weapon"


# --- an unknown capitalised plural listed with weapons ------------------------------------


def test_unknown_plural_coordinated_with_weapons_is_a_weapon(run):
    found = _found(run, "The navy operates Swedish corvettes, Finnish Haminas and "
                        "German submarines.")
    assert found.get("Haminas", ("",))[0] == "Weapon"


# --- a long Hispanic name that NER cuts around an untagged surname -------------------------


@pytest.mark.parametrize("text, name", [
    ("The country has been ruled since 1975 by General Juan Alberto Melgar Castro, who "
     "ordered the jets.", "Juan Alberto Melgar Castro"),
    ("The junta of Colonel Luis Fernando Garcia Meza Tejada took power in July.",
     "Luis Fernando Garcia Meza Tejada"),
])
def test_long_hispanic_name_is_one_person(run, text, name):
    found = _found(run, text)
    assert found.get(name, ("",))[0] == "Person"
    assert [m for m, (cls, _) in found.items() if cls == "Person"] == [name]


# --- a hyphenated venue's name after "at" ------------------------------------------------


@pytest.mark.parametrize("text, name", [
    ("The accord was signed at Al-Qasr Palace by the two ministers.", "Al-Qasr Palace"),
    ("The leaders met at the Dar Al-Salam Palace on Monday.", "Dar Al-Salam Palace"),
])
def test_hyphenated_palace_after_at_is_the_venue(run, text, name):
    assert _found(run, text).get(name, ("",))[0] == "Region"


# --- a federal state's name ending in "State" ----------------------------------------------


@pytest.mark.parametrize("text, name", [
    ("Refugees fled from Unity State into Ethiopia.", "Unity State"),
    ("Troops were sent to Rakhine State after the attacks.", "Rakhine State"),
    ("Fighting spread to Blue Nile State last week.", "Blue Nile State"),
])
def test_name_ending_in_state_is_a_region(run, text, name):
    assert _found(run, text).get(name, ("",))[0] == "Region"


def test_listed_islamic_state_stays_a_group(run):
    assert _found(run, "Islamic State claimed the attack on Friday.").get("Islamic State") == (
        "Agency", "Islamic State")


# --- an operation named in a relative clause -----------------------------------------------


@pytest.mark.parametrize("text, name", [
    ("The army began the operation, which it calls Lightning, on Tuesday.", "Lightning"),
    ("The navy launched an offensive it named Iron Fist against the pirates.", "Iron Fist"),
])
def test_operation_named_in_a_relative_clause_is_an_agency(run, text, name):
    assert _found(run, text).get(name, ("",))[0] == "Agency"


def test_relative_clause_naming_no_name_makes_nothing(run):
    found = _found(run, "The operation, which the minister calls a success, ended in May.")
    assert not any(cls == "Agency" for cls, _ in found.values())


# --- the island of New Guinea and its western half --------------------------------------


@pytest.mark.parametrize("text, name, label", [
    ("The Dutch sent marines to Netherlands New Guinea in 1960.", "Netherlands New Guinea",
     "West New Guinea"),
    ("Rebels in Dutch New Guinea asked the United Nations for help.", "Dutch New Guinea",
     "West New Guinea"),
    ("Paratroopers landed in West Irian on Friday.", "West Irian", "West New Guinea"),
    ("The ships sailed along the coast of New Guinea.", "New Guinea", "New Guinea"),
])
def test_new_guinea_names_are_regions_not_guinea(run, text, name, label):
    found = _found(run, text)
    assert found.get(name) == ("Region", label)
    assert not any(key == "Guinea" for _, key in found.values())
