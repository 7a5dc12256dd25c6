"""Deployments, stop 25 of issue 12 (h-dep8). Every sentence here was written for the test;
the real spaCy parse is used."""

from __future__ import annotations

import pytest

CREWED_AIRCRAFT = [
    # spy and patrol aircraft fly with their own crews: sending them is a deployment
    ("Belgium sends spy planes to help Philippines retake the city.",
     {("Belgium", "Philippines")}),
    ("Since 2019 the Danish navy has regularly sent maritime patrol aircraft to the base at "
     "Thule to track submarines.", {("Navy (Denmark)", "Thule")}),
    # patrol boats stay what they were; sold aircraft are no deployment
    ("Norway sent patrol boats to Iceland.", {("Norway", "Iceland")}),
    ("Sweden sold two patrol aircraft to Chile.", set()),
]


@pytest.mark.parametrize("text, expected", CREWED_AIRCRAFT)
def test_spy_and_patrol_aircraft(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


MODIFIER_VERBS = [
    # "patrol"/"strike" tagged as a verb coordinated with the trigger: its "to" phrase is
    # still where the force went
    ("The Pentagon also dispatched A-10 ground-attack planes and F-15E strike fighters to bases "
     "in Jordan and Qatar.",
     {("United States Department of Defense", "Jordan"),
      ("United States Department of Defense", "Qatar")}),
    ("China has sent submarines and patrol ships to the Paracel Islands.",
     {("China", "Paracel Islands")}),
    # a real second verb with its own subject is left alone
    ("Norway sent frigates to Iceland and they patrol the coast.", {("Norway", "Iceland")}),
]


@pytest.mark.parametrize("text, expected", MODIFIER_VERBS)
def test_modifier_taken_for_a_verb(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected
