"""Issue 12, stop 30 (h-dep15): agentless passive deployments of a state's own forces inside
its territory (sentences written for these tests, none taken from a corpus; real spaCy parse).
The deployer is the state of the story, named first by both its headline and its lead (dev
conventions of d386–d425, D3: the force's state; d402, d405, d422, d425)."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys

_NIGERIA = ("Nigeria says 40 died in Kano riots; witnesses count more\n\n"
            "LAGOS, May 3 (1985) - Nigeria's government said on Friday that 40 people were "
            "killed in three days of rioting in the northern city of Kano.\n\n")


@pytest.mark.parametrize("text, expected", [
    (_NIGERIA + "Police reinforcements were sent to Kano after the first night.",
     {("Nigeria", "Kano")}),
    (_NIGERIA + "About 3,000 soldiers had been moved to Kano from barracks in the south.",
     {("Nigeria", "Kano")}),
    # a relative clause on the force
    (_NIGERIA + "The riots were put down by army units, which were sent to Kano on Sunday.",
     {("Nigeria", "Kano")}),
])
def test_a_bare_force_sent_passively_at_home_is_the_story_states(run, text, expected):
    assert _deploys(run, text) == expected


@pytest.mark.parametrize("text", [
    # a state as destination: a bare force sent abroad names no owner
    _NIGERIA + "About 3,000 soldiers had been sent to Chad.",
    # the force's phrase names another state that may own it
    _NIGERIA + "The gunboats, bought from France, had been moved to Kano.",
    # the headline and the lead name different states
    ("France says 40 died in Kano riots\n\nLAGOS, May 3 (1985) - Nigeria's government said on "
     "Friday that 40 people were killed in Kano.\n\nAbout 3,000 soldiers had been sent to Kano."),
    # no dateline: no wire story's lead to tell its state
    "Nigeria says 40 died in Kano riots.\n\nPolice reinforcements were sent to Kano.",
    # no destination named
    _NIGERIA + "About 3,000 soldiers had been sent to restore order.",
])
def test_no_story_state_deployer(run, text):
    assert _deploys(run, text) == set()
