"""Issue 12, stop 35 (h-dep30): deployment forms (sentences written for these tests, none
taken from a corpus; real spaCy parse): an agentless passive whose force names no owner, in a
story whose dateline names its state, is that state's deployment to a place within it (dev
conventions D3; d442, d504, d525)."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys

# a headline naming a body, not the state; the dateline's city stands for the state
_OPENING = ("Rights group says police killed five marchers\n\n"
            "NAIROBI, May 3 (2011) - Kenyan police shot dead five people on Monday when they "
            "fired on a march in the centre of the city, a rights group said.\n\n")


@pytest.mark.parametrize("text, expected", [
    (_OPENING + "Soldiers were deployed on the main streets of Mombasa after the shooting.",
     ("Kenya", "Mombasa")),
    (_OPENING + "Hundreds of extra troops were sent into Kisumu on Tuesday.",
     ("Kenya", "Kisumu")),
])
def test_dateline_state_deploys_ownerless_passive_force(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text", [
    # a city of another state: the bare force is not the dateline state's
    _OPENING + "Soldiers were flown to Kampala on Tuesday.",
    # the force's phrase names another actor
    _OPENING + "Rebel fighters were sent into Kisumu on Tuesday.",
    # the headline names another state first: the story's state is in doubt
    "Uganda says police killed five marchers" + _OPENING.split("marchers", 1)[1]
    + "Soldiers were deployed on the main streets of Mombasa after the shooting.",
    # no dateline: no state to give the force
    "Rights group says police killed five marchers\n\n"
    "Kenyan police shot dead five people on Monday, a rights group said.\n\n"
    "Soldiers were deployed on the main streets of Mombasa after the shooting.",
])
def test_no_dateline_state_for_foreign_city_or_other_force(run, text):
    assert not any(place in ("Mombasa", "Kampala", "Kisumu")
                   for _, place in _deploys(run, text))
