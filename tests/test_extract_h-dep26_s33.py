"""Issue 12, stop 33 (h-dep26): deployments whose deployer was not found (sentences written
for these tests, none taken from a corpus; real spaCy parse): a coordinated force whose first
noun is a weapon ("tanks and troops were sent to X": dev d464); an agentless passive joined
to an active sending by one state ("… has sent police to X, and army units have been deployed in
Y": dev d445)."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    # the force is the weapon's conjunct: its state is the one that deployed forces before
    ("Kenya sent 500 soldiers to Lindara on Monday. Tanks and troops were sent to Porvik on "
     "Tuesday.", ("Kenya", "Porvik")),
])
def test_weapon_first_among_forces(run, text, expected):
    assert expected in _deploys(run, text)


def test_materiel_sent_after_a_sending_takes_its_deployer(run):
    # Stop 42 (h-dep44) changed this reading: materiel moved by an agentless passive takes the
    # article's earlier deployer, as readable d414 ("more than 200 combat aircraft … are being
    # moved to air bases in South Korea") needs; before, vehicles alone stayed unowned.
    found = _deploys(run, "Kenya sent 500 soldiers to Lindara on Monday. Tanks and trucks were "
                          "sent to Porvik on Tuesday.")
    assert ("Kenya", "Porvik") in found


@pytest.mark.parametrize("text, expected", [
    # an agentless passive joined to an active sending by one state: that state deploys both;
    # since stop 65 (D3, d445's gold; h-dep98) a bare service word before the force names the
    # service, which deploys its own units: the state's army, not the state
    ("Kenya has sent 5,000 police officers to Lindara, and army units have been deployed in "
     "Porvik district, officials said.", ("Army (Kenya)", "Porvik district")),
])
def test_passive_joined_to_a_sending(run, text, expected):
    found = _deploys(run, text)
    assert expected in found
    assert ("Kenya", "Lindara") in found


@pytest.mark.parametrize("text, absent", [
    # the second force names its own state
    ("Kenya has sent 2,000 soldiers to Lindara, and Somali troops have been deployed in "
     "Porvik, officials said.", ("Kenya", "Porvik")),
    # two states sent the first force: neither is the second one's owner
    ("Kenya and Uganda have sent soldiers to Lindara, and army units have been deployed in "
     "Porvik.", ("Kenya", "Porvik")),
])
def test_passive_joined_to_a_sending_negative(run, text, absent):
    assert absent not in _deploys(run, text)
