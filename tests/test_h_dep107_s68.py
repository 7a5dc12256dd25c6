"""Issue 12, stop 68 (h-dep107): a delivery flight of aircraft that change hands is the supply,
not a deployment (dev conventions D4; kg/extract/relations/delivery_flights.py): aircraft lent
or sold to a state and flown there, or flown aboard another craft as freight. Troops flown
aboard transports and aircraft flown with no hand-over named still deploy. Sentences written
for these tests; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text", [
    # the flown jets are described as lent: their flight delivers them
    "Twelve Mirage fighter jets lent by Qatar to Sudan have been flown to an air base near "
    "Khartoum, Sudanese officials said.",
    # aircraft flown aboard a cargo plane ride as freight
    "The Kenyan fighter jets were flown to Mombasa aboard a chartered cargo plane, officials "
    "said.",
])
def test_delivery_flight_is_no_deployment(run, text):
    assert _deploys(run, text) == set()


@pytest.mark.parametrize("text, expected", [
    # troops flown aboard transports are a force sent with its crew
    ("Kenyan troops were flown to Mogadishu aboard a chartered cargo plane, officials said.",
     {("Kenya", "Somalia")}),
    # aircraft flown with no hand-over named still deploy
    ("Kenyan fighter jets were flown to Mogadishu on Monday, officials said.",
     {("Kenya", "Somalia")}),
    ("Britain has flown four Typhoon jets to Estonia, the ministry said.",
     {("United Kingdom", "Estonia")}),
])
def test_flights_of_forces_still_deploy(run, text, expected):
    assert _deploys(run, text) == expected
