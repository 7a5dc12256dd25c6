"""Issue 12, stop 43 (s49 h-dep49): a sent force's destination named only in its purpose
infinitive by open water off a place or by a compass phrase from a state's capital (sentences
written for these tests, none taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from tests.test_extract_deploys_stop19 import _deploys


def test_waters_off_a_place_in_the_purpose_are_the_destination(run):
    found = _deploys(run, "Japan has sent two warships to patrol the waters off Sakhalin.")
    assert ("Japan", "Sakhalin") in found


def test_compass_phrase_from_a_capital_names_its_state(run):
    found = _deploys(run, "Zaire has sent 500 troops to help the rebels north of Luanda.")
    assert ("Zaire", "Angola") in found


def test_compass_phrase_from_a_plain_town_names_no_destination(run):
    assert _deploys(run, "Zaire has sent 500 troops to fight north of Mosul.") == set()


def test_purpose_without_a_place_names_no_destination(run):
    assert _deploys(run, "Britain has sent a frigate to protect shipping from pirates.") == set()
