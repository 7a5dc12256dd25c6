"""Issue 12, stop 66 (s73 h-dep101): a force that is itself a service named by its members'
plural ("the Marines", "U.S. Marines", "Royal Marines") deploys as that service in an
agentless passive (relations.yaml service_forces; kg/extract/relations/service_forces.py), not
as its state (dev conventions D3 as harmonised in stop 66; gold of d136, d235, d351, d594).
Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys

USMC = "Marine Corps (United States)"


@pytest.mark.parametrize("text, expected", [
    # a means of transport after "by" is no sender (a capital stands for its state, E12)
    ("U.S. Marines landed on Monday. The Marines were flown by helicopter to Beirut on "
     "Friday.", {(USMC, "Lebanon")}),
    # (the state named elsewhere in the sentence: no longer the deployer)
    ("Some 1,500 U.S. Marines are stationed in Darwin under an agreement with Washington.",
     {(USMC, "Darwin")}),
    # the relative hangs on the unit of the "of" phrase: the service's own forces
    ("Royal Marines of 40 Commando, who were landed by boat at Port Stanley, secured the "
     "harbour.", {("Royal Marines", "Port Stanley")}),
])
def test_a_service_as_the_whole_force_deploys_as_the_service(run, text, expected):
    assert _deploys(run, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sender named: the sender deploys
    ("The United States sent 2,000 Marines to Darwin in April.", {("United States", "Darwin")}),
    # a mixed force keeps the state
    ("Washington said Marines and Army Rangers were flown to Grenada.",
     {("United States", "Grenada")}),
])
def test_a_sender_or_a_mixed_force_keeps_the_state(run, text, expected):
    assert _deploys(run, text) == expected
