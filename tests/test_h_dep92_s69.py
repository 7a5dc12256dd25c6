"""Issue 12, stop 62 (s69 h-dep92): crewed aircraft sent "to support" a force (or its mission)
fight beside it, a deployment by the sender, not a hand-over (dev conventions D1; d1048, d711).
Sentences written for these tests; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_dep52_s44 import _supplies
from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    ("Canada sends four Griffon helicopters to Haiti to support Brazilian troops",
     {("Canada", "Haiti")}),
    ("Italy has sent six Tornado jets to Chad to support the UN mission.", {("Italy", "Chad")}),
    ("Belgium had sent eight warplanes to Somalia to help the Kenyan soldiers there.",
     {("Belgium", "Somalia")}),
])
def test_craft_sent_to_support_a_force_are_deployed(run, text, expected):
    assert _deploys(run, text) == expected
    assert _supplies(run, text) == set()


@pytest.mark.parametrize("text", [
    # munitions are handed over whoever they help
    "Italy sent Milan missiles to Chad to support the rebel fighters.",
    # (since stop 77 combat aircraft sent to a state with no purpose, "Italy sent several
    # Tornado jets to Chad", or "to help the Chadian Air Force", deploy too unless the text
    # hands them over: D1, tests/test_h_dep120_s77.py)
])
def test_supplies_stay_without_a_supported_force(run, text):
    assert _supplies(run, text) != set()
    assert _deploys(run, text) == set()
