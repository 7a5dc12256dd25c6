"""Issue 12, stop 67 (h-dep104): the army's own forces in an agentless passive deploy as the
service (dev conventions D3 as harmonised in stop 67; gold of d422, d585, d1146): men "of the
army's <unit>" (the possessive names the service the unit belongs to;
relations/deploys._unit_possessor) and a service named as the force itself ("the army was
sent"; relations/service_forces._service with ``owning_services``). Sentences written for
these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    # men of a unit the army's possessive owns: the army
    ("Peru said its army had been reinforced. Soldiers of the army's Third Brigade were "
     "moved to Tacna on Monday.", {("Army (Peru)", "Tacna")}),
    # the bare service as the whole force: the service, not its state
    ("Ghana declared an emergency. The army was sent into the town of Tamale on Friday.",
     {("Army (Ghana)", "Tamale")}),
    ("Chile's government met on Sunday. The navy was deployed to Punta Arenas.",
     {("Navy (Chile)", "Punta Arenas")}),
])
def test_the_army_s_own_forces_deploy_as_the_army(run, text, expected):
    assert _deploys(run, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a unit whose service is not named: the state (D3)
    ("Soldiers of the Third Brigade, a Peruvian unit, were moved to Tacna on Monday.",
     {("Peru", "Tacna")}),
    # a sender named: the sender deploys, not the army it sent
    ("Ghana's president sent the army into Tamale on Friday.", {("Ghana", "Tamale")}),
])
def test_a_unit_of_no_named_service_or_a_sender_keeps_the_old_reading(run, text, expected):
    assert _deploys(run, text) == expected
