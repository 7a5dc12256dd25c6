"""Issue 12, stop 22 (h-dep4): deployment constructions (sentences written for these tests,
none taken from a corpus; real spaCy parse). Each construction has positive and negative
cases."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys

# --- an object list the parser takes for an apposition: "dispatched the cruiser, the destroyer
# X and two support vessels to the Caribbean" ("to" on the last member; d236, d203) ----------


@pytest.mark.parametrize("text, expected", [
    ("The Dutch navy sent the frigate Tromp, the minehunter Makkum and two supply ships to the "
     "Baltic Sea last month.", ("Navy (Netherlands)", "Baltic Sea")),
    ("Rome dispatched the frigate, the corvette Fenice and three patrol boats to the Adriatic "
     "Sea.", ("Italy", "Adriatic Sea")),
])
def test_a_list_of_forces_in_apposition_keeps_its_destination(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text", [
    # people who are no force, listed the same way
    "Britain sent the minister, the envoy Tom Hale and two aides to Oman.",
    # the same list sold, not sent
    "Oslo sold the tanker, the yacht Rex and two ferries to Chile.",
])
def test_no_deployment_from_a_list_of_what_is_no_force(run, text):
    assert _deploys(run, text) == set()
