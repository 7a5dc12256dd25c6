"""Deployments, stop 28 of issue 12 (h-dep11). Every sentence here was written for the test;
the real spaCy parse is used."""

from __future__ import annotations

import pytest

HELD_PARTICIPLE = [
    # a participle set off by a comma after the held force: the holder sent it there
    ("Norway already had about 400 soldiers of the Telemark Battalion in Lithuania, sent in "
     "March to guard the border.", {("Norway", "Lithuania")}),
    ("Chile already has a small team of army engineers and medical officers in Haiti, sent "
     "in 2004 under President Ricardo Lagos.", {("Chile", "Haiti")}),
    # a presence alone is no deployment (D2), nor a participle that sends nothing
    ("Norway already had about 400 soldiers in Lithuania, trained by British officers.",
     set()),
    ("Norway already had about 400 soldiers in Lithuania.", set()),
]


@pytest.mark.parametrize("text, expected", HELD_PARTICIPLE)
def test_participle_on_a_held_force(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    # unarmed military observers are a force sent, not an item supplied
    ("Unarmed observers from Peru and Ecuador had been sent to Bolivia to monitor the truce.",
     {("Peru", "Bolivia"), ("Ecuador", "Bolivia")}),
    # planned: still nothing
    ("Some 50 observers from Peru are to be sent to Bolivia.", set()),
])
def test_observers_are_a_force(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    # a force that moves into a place arrives there (D4): no deployment
    ("Turkish peacekeepers move into Kosovo under NATO mandate", set()),
    ("About 200 Italian soldiers moved into the town of Kukes on Monday.", set()),
    # sent or moved there by a state, or under way to it, is one
    ("Italy moved 200 soldiers into Kosovo.", {("Italy", "Kosovo")}),
    ("Italian soldiers moved to Kosovo on Monday.", {("Italy", "Kosovo")}),
])
def test_moving_into_a_place_is_an_arrival(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


def test_moving_into_an_installation_is_stationing(role_pairs):
    assert role_pairs("Italian soldiers moved into barracks in Kosovo on Monday.", "deploys") == {
        ("Italy", "Kosovo")}
