"""Issue 12, stop 48 (s55 h-dep64): presence and stationing told of forces named before (dev
conventions D2, D3). "The jets … are based at X" after a named service's deployment is that
service's (D3 as harmonised in stop 37: the named service deploys its own forces), and a
passive with its own auxiliary joined to an agentless passive ("were flown in … and are based
at X") shares the force. Sentences written for these tests, none taken from a corpus; real
spaCy parse."""

from __future__ import annotations

from tests.test_extract_deploys_stop19 import _deploys

SERVICE_FIRST = ("Six Royal Air Force Tornado jets have been deployed to Cyprus, the Ministry of "
                 "Defence said. ")


def test_the_definite_force_after_a_service_deployment_is_the_services(run):
    found = _deploys(run, SERVICE_FIRST + "The jets are based at the Akrotiri air base.")
    assert ("Air Force (United Kingdom)", "Akrotiri air base") in found


def test_a_conjoined_passive_with_its_own_auxiliary_shares_the_force(run):
    found = _deploys(run, SERVICE_FIRST + "The jets and their crews were flown in from "
                          "Lossiemouth and are based at the Akrotiri air base.")
    assert ("Air Force (United Kingdom)", "Akrotiri air base") in found


def test_a_conjoined_passive_after_a_states_deployment_is_the_states(run):
    found = _deploys(run, "Six British Tornado jets have been deployed to Cyprus, the Ministry "
                          "of Defence said. The jets and their crews were flown in from "
                          "Lossiemouth and are based at the Akrotiri air base.")
    assert ("United Kingdom", "Akrotiri air base") in found


def test_two_services_before_name_no_service(run):
    found = _deploys(run, "Royal Air Force jets have been deployed to Cyprus and Royal Navy "
                          "frigates have been deployed to Malta. The jets are based at the "
                          "Akrotiri air base.")
    assert not any(place == "Akrotiri air base" for _, place in found)
