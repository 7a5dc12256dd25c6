"""Issue 12, stop 78 (h-dep121): a service named by its members' plural deploys as itself in
the forms the older rules still gave to its state or its unit (dev conventions D3 as harmonised
in stop 67: "Revolutionary Guards had been sent" is the IRGC, a named service; forces under way
take the agentless passive's rules, so "Marines of the <unit> were sailing for X" is the Marine
Corps, not the unit; gold of d444, d258). Sentences written for these tests, none taken from a
corpus; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    # the IRGC's members' plural as the whole force of an agentless passive
    ("Tehran denied the reports on Sunday. Revolutionary Guards were flown to Zahedan after "
     "the riots.", {("Islamic Revolutionary Guard Corps", "Zahedan")}),
    # Marines of a named unit under way: the service, not the unit
    ("WASHINGTON, May 3 - About 900 Marines of the 26th Marine Expeditionary Unit were "
     "sailing for Somalia on Tuesday.", {("Marine Corps (United States)", "Somalia")}),
])
def test_a_service_named_by_its_members_deploys_as_itself(run, text, expected):
    assert expected <= _deploys(run, text)


@pytest.mark.parametrize("text, expected", [
    # a mixed force keeps its state (D3: "troops and navy patrol boats")
    ("Tehran denied the reports. Revolutionary Guards and army units were flown to Zahedan.",
     ("Iran", "Zahedan")),
    # warships of a named service under way: the service that owns them (D3, stop 37)
    ("Three frigates of the Dutch navy sailed for Aruba on Friday.",
     ("Navy (Netherlands)", "Aruba")),
])
def test_mixed_forces_and_owned_ships_keep_their_readings(run, text, expected):
    assert expected in _deploys(run, text)


def test_the_unit_is_no_deployer_of_its_marines(run):
    found = _deploys(run, "WASHINGTON, May 3 - About 900 Marines of the 26th Marine "
                          "Expeditionary Unit were sailing for Somalia on Tuesday.")
    assert not any("Expeditionary" in d for d, _ in found)
