"""Issue 12, stop 80 (h-dep125): a named service's own unarmed craft ("<service> Hercules
transports", "<service> C-130 transport planes") that set out for a place or are flown there
are that service's force, and the service deploys them (dev conventions D1: aircraft with their
crews; D3: a named service's own forces in an agentless passive or under way; D4: "left … for"),
also where the service is keyed by its own name ("Japan Air Self-Defense Force"), where NER's
cut of the craft's type left the name unkeyed, or where the parser hung the service under an
adjective. Unarmed craft that no service owns stay no force. Sentences written for these tests,
none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    ("Air Self-Defense Force C-130 transport planes left the Iruma air base for Djibouti on "
     "Monday, loaded with tents and water.", {("Japan Air Self-Defense Force", "Djibouti")}),
    ("Three Royal Australian Air Force Hercules transports left Richmond on Monday for Fiji, "
     "carrying engineers and spare parts, the defence department said.",
     {("Royal Australian Air Force", "Fiji")}),
])
def test_a_named_services_transports_under_way_are_its_force(run, text, expected):
    assert _deploys(run, text) == expected


def test_a_services_transport_planes_flown_somewhere_are_its_force(run):
    text = ("Two Indian Air Force C-17 transport planes have been flown to Mauritius, "
            "officials said.")
    assert _deploys(run, text) == {("Air Force (India)", "Mauritius")}


@pytest.mark.parametrize("text", [
    "Two chartered transports left Manila on Friday for Guam with the team's equipment.",
    "An oil tanker left Rotterdam on Friday for Lagos.",
])
def test_unarmed_craft_of_no_service_are_no_force(run, text):
    assert _deploys(run, text) == set()
