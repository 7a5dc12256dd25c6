"""Issue 12, stop 61 (h-sup96): a state that sends its own aircraft or ships to a post (a coast,
waters, a base, a part of a state) moves its own forces: no supply (sentences written for these
tests; real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_carrying_s30 import _supplies


@pytest.mark.parametrize("text", [
    "Italy and Spain sent attack helicopters aboard frigates to the Somali coast last week.",
    "Britain sent attack helicopters to northern Somalia last week.",
    "Japan has sent two destroyers to the waters off Somalia to escort merchant ships.",
])
def test_own_forces_sent_to_a_post_supply_nothing(run, text):
    assert _supplies(run, text) == set()


@pytest.mark.parametrize("text, pair", [
    # (since stop 77 "Italy sent attack helicopters to Somalia" deploys too, a state or not, where
    # the text does not hand them over: D1, tests/test_h_dep120_s77.py)
    # a selling verb is no move of one's own forces
    ("Italy sold attack helicopters to the Somali coast guard.",
     ("Italy", "Coast Guard (Somalia)")),
])
def test_a_state_or_a_sale_still_supplies(run, text, pair):
    assert pair in _supplies(run, text)


def test_one_destination_a_state_keeps_the_supply(run):
    # not every destination is a post: the state named beside the coast received (tanks:
    # since stop 77 attack helicopters sent with no hand-over deploy, D1,
    # tests/test_h_dep120_s77.py)
    text = "Italy sent tanks to Somalia and to the Kenyan coast."
    assert ("Italy", "Somalia") in _supplies(run, text)
