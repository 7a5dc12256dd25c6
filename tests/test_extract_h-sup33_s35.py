"""Issue 12, stop 35 (h-sup33): a passive of a verb of equipping with a "by" agent and no item
is a supply without item (sentences written for these tests, none taken from a corpus; real
spaCy parse): "was later armed by X" after a passive with its own agent (dev d347), "are
armed and trained by X" with "armed" tagged as an adjective (dev d354), "which was equipped
and trained by X", "armed first by X and then by Y"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Egypt was armed by the Soviet Union.", {("Soviet Union", "Egypt")}),
    # a first passive with its own agent: the second's subject is shared, not planned
    ("Renamo was set up by Rhodesia's intelligence service in the 1970s and later armed by "
     "South Africa.", {("South Africa", "Renamo")}),
    # the agent after the last of two passives holds for the first
    ("Hamas, which was equipped and trained by Iran, fired rockets.", {("Iran", "Hamas")}),
    # two agents, the second coordinated
    ("Hezbollah was armed first by Syria and then by Iran.",
     {("Syria", "Hezbollah"), ("Iran", "Hezbollah")}),
])
def test_passive_equipping_with_agent(role_pairs, text, expected):
    assert expected <= role_pairs(text)


def test_armed_adjective_with_shared_agent(role_pairs):
    text = "The Polisario Front is armed and trained by Algeria, diplomats said."
    found = role_pairs(text)
    assert ("Algeria", "Polisario Front") in found


@pytest.mark.parametrize("text", [
    # no agent: who armed them is not said
    "The Polisario Front is armed and ready, diplomats said.",
    "Egypt was armed with modern tanks.",
    # trained only: no supply
    "Hamas was trained by Iran.",
])
def test_no_supply_without_an_equipping_agent(role_pairs, text):
    assert role_pairs(text) == set()
