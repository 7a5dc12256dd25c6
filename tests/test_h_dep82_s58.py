"""Issue 12, stop 58 (h-dep82): a named unit said to be based or stationed abroad deploys
itself, not its state (gold census of standing bases, stop 58 (b); kg.extract.relations.deploys
``_based_unit``; sentences written for these tests; real spaCy parse). Only a deployer found is
changed: a sending keeps its state, a service keeps its reading, a home base adds nothing."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    # a possessive nationality on a fleet based abroad: the fleet
    ("Germany's Baltic Fleet is based at Valletta under a lease that runs until 2050.",
     {("Baltic Fleet", "Malta")}),
    # "whose" fleet based in another named state: the fleet, not the state of "whose"
    ("Portugal, whose Second Fleet is based in Morocco, urged calm.",
     {("Second Fleet", "Morocco")}),
    ("Britain, whose Seventh Fleet is based in Cyprus, urged both sides to stay calm.",
     {("Seventh Fleet", "Cyprus")}),
])
def test_unit_based_abroad_deploys_itself(run, text, expected):
    assert _deploys(run, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sending, not a standing base: the state (stop 49's (10) stays open)
    ("Germany's Baltic Fleet was deployed to Malta last year.", {("Germany", "Malta")}),
    ("Germany's Baltic Fleet was sent to Malta by Berlin.", {("Germany", "Malta")}),
    # a state's service keeps its own reading: since stop 67 (D3, h-dep104) a named service
    # stationed in an agentless passive deploys as the service itself
    ("Britain's Royal Air Force is based at Akrotiri in Cyprus.",
     {("Air Force (United Kingdom)", "Cyprus")}),
    ("U.S. Marines are stationed in Okinawa.", {("Marine Corps (United States)", "Okinawa")}),
    # a fleet at home named by "whose": no line (census (c))
    ("Norway, whose Northern Fleet is based on the Kola Peninsula, said nothing.", set()),
])
def test_other_deployers_unchanged(run, text, expected):
    assert _deploys(run, text) == expected
