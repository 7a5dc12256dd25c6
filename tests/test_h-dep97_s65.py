"""Issue 12, stop 65 (s72 h-dep97): a force sent to ring or take a place ("to surround X", "to
seal off X", "to retake the airport of X"; relations seizing_verbs) went there, as one sent to
guard it (dev conventions D3, D6; gold of d1109, d1129; the part of a force ordered to guard
a place, d1069 alone, was left out at stop 66, h-dep100). Sentences written for these tests;
real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    ("Iraq sent 3,000 soldiers to surround Mosul on Monday after days of clashes.",
     {("Iraq", "Mosul")}),
    ("Syria sent 3,000 soldiers to encircle Homs on Monday.", {("Syria", "Homs")}),
    ("Mali sent 2,000 soldiers to retake the airport of Gao on Friday.", {("Mali", "Gao")}),
    # "its" names the sender's own state: never a destination beside the place
    ("Peru sent 2,000 soldiers to retake the airport of its southern city, Cusco, on Friday.",
     {("Peru", "Cusco")}),
])
def test_a_force_sent_to_ring_or_take_a_place_went_there(run, text, expected):
    assert _deploys(run, text) == expected


@pytest.mark.parametrize("text", [
    # an order to act names no place the force went to
    "Iraq ordered its soldiers to shoot any looters in Kirkuk.",
    # ringing people, not a place
    "Iraq ordered its soldiers to surround the rebels.",
    "Iraq sent troops to surround the rebels, officials said.",
])
def test_no_place_ringed_no_deployment(run, text):
    assert _deploys(run, text) == set()
