"""Issue 12, stop 66 (s73 h-dep100): the seizing part of h-dep97's rule kept (relations
seizing_verbs): a force sent, in an agentless passive too, to ring or seal off a place named
after "the town of" went there, as one sent to guard it (dev conventions D3, D6; gold of
d1109, d1129). Sentences written for these tests; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    ("Ecuador sent 900 soldiers to seal off the port town of Manta on Sunday.",
     {("Ecuador", "Manta")}),
    ("Colombian troops were also sent to cordon off the small town of Tumaco last week.",
     {("Colombia", "Tumaco")}),
])
def test_a_force_sent_to_seal_off_a_town_went_there(run, text, expected):
    assert _deploys(run, text) == expected


@pytest.mark.parametrize("text", [
    # ringing people, not a place
    "Colombian troops were also sent to encircle the gunmen last week.",
    # an order to ring a place, no sending: the ordered part (d1069 alone) was left out
    "Ecuador ordered its soldiers to seal off Manta.",
])
def test_no_place_sent_to_no_deployment(run, text):
    assert _deploys(run, text) == set()
