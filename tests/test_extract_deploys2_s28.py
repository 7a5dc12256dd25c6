"""Deployments, stop 28 of issue 12 (h-dep12): the deployer of an agentless passive taken from
the sentences before. Every sentence here was written for the test; the real spaCy parse is
used."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # a leader deployed before: the state of the dateline's capital deploys the later force
    ("WASHINGTON, May 3 (1970) - President Richard Nixon sent about 2,000 soldiers into "
     "Cambodia on Monday. The troops were flown to Kampong Cham from Saigon.",
     {("Richard Nixon", "Cambodia"), ("United States", "Kampong Cham")}),
    # the state his title names, not the dateline's
    ("NAIROBI, May 3 (2003) - Ugandan President Yoweri Museveni sent about 2,000 soldiers "
     "into Congo on Monday. The troops were flown to Bunia from Entebbe.",
     {("Yoweri Museveni", "Congo"), ("Uganda", "Bunia")}),
    # no dateline, no state named: nobody known
    ("President Richard Nixon sent about 2,000 soldiers into Cambodia on Monday. The troops "
     "were flown to Kampong Cham from Saigon.", {("Richard Nixon", "Cambodia")}),
])
def test_leader_state_deploys_later_force(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    # an unlisted unit named by a force noun is the state's own
    ("Britain sent troops to Brunei on Sunday. The Rangers were airlifted to Labuan within "
     "hours.", {("United Kingdom", "Brunei"), ("United Kingdom", "Labuan")}),
    # another actor's fighters are not
    ("Britain sent troops to Brunei on Sunday. FNLA fighters were airlifted to Labuan within "
     "hours.", {("United Kingdom", "Brunei")}),
    # a force a relative "whose" gives an owner is not the earlier deployer's
    ("The United States sent 300 Marines to Norway. Norway borders Russia, whose Northern "
     "Fleet is based on the Kola Peninsula.", {("United States", "Norway")}),
])
def test_named_unit_of_the_earlier_deployer(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    # "by helicopter", "by parachute": how the force went, not who sent it
    ("Britain sent troops to Brunei on Sunday. The soldiers were flown by helicopter to "
     "Labuan within hours.", {("United Kingdom", "Brunei"), ("United Kingdom", "Labuan")}),
    ("Britain sent troops to Brunei on Sunday. The soldiers were dropped by parachute onto the "
     "airstrip at Labuan.", {("United Kingdom", "Brunei"), ("United Kingdom", "Labuan")}),
    # helicopters of a named state are still an agent
    ("Britain sent troops to Brunei on Sunday. The soldiers were flown by Malaysian "
     "helicopters to Labuan.", {("United Kingdom", "Brunei"), ("Malaysia", "Labuan")}),
])
def test_means_of_transport_is_no_agent(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected
