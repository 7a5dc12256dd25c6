"""Issue 12, stop 83 (h-dep83): craft that their sender sends or flies over a place named are
deployed there (dev conventions D7: "a flight over a place is a deployment only with a sending
or moving verb whose object is the force"); over a place noun alone ("over the area") nothing
names the ground (s63 h-sup83), and craft that fly over a place themselves, or unarmed craft
flown on a patrol, have no line. Sentences written for these tests, none taken from a corpus;
real spaCy parse."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # sent over a place named: a deployment there, no supply
    ("Norway sent two P-3 Orion patrol aircraft over Iceland on Monday.",
     {("Norway", "Iceland")}),
    # the place named after a place noun ("the northern island of X")
    ("The Royal Australian Air Force sent a P-8 Poseidon over the northern island of Timor.",
     {("Air Force (Australia)", "Timor")}),
    # combat craft flown by their sender over a place named
    ("The Pentagon flew two B-52 bombers from Guam over Japan on Tuesday.",
     {("United States Department of Defense", "Japan")}),
])
def test_craft_sent_over_a_place_named_are_deployed_there(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected
    assert role_pairs(text, "supplies") == set()


@pytest.mark.parametrize("text", [
    # over a place noun alone: no ground named (s63 h-sup83)
    "Norway sent two P-3 Orion patrol aircraft over the area on Monday.",
    # craft that fly over a place themselves: no force sent
    "Two Norwegian F-16 jets flew over Iceland on Monday.",
    # unarmed craft flown on a patrol over a place: no line
    "The Norwegian air force was flying surveillance aircraft over Iceland.",
])
def test_no_deployment_over_no_place_named(role_pairs, text):
    assert role_pairs(text, "deploys") == set()
