"""Issue 12, stop 34 (h-dep27): deployment forms (sentences written for these tests, none
taken from a corpus; real spaCy parse): a force setting out "from X … for Y" with an
apposition after a comma the parse takes for an object, and a present "head for" with a
named place (dev conventions D4; d491, d494, d413)."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    ("About 900 Greek soldiers sailed from this Aegean port on Friday for Korea aboard "
     "British ships, the second contingent that Athens has sent to the war.",
     ("Greece", "Korea")),
    ("Some 600 Dutch marines sailed from Rotterdam on Sunday for Cyprus, the first unit of "
     "the new force.", ("Netherlands", "Cyprus")),
])
def test_setting_out_with_an_apposition(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text, expected", [
    ("Canadian warships head for Haiti", ("Canada", "Haiti")),
    ("Italian frigates head for Libya after clashes", ("Italy", "Libya")),
])
def test_present_heading_for_a_place(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text", [
    # a course told in the past, no force under way now
    "The Canadian frigate, which had been heading for Haiti, was turned back on Monday.",
    # no force: a leader travelling
    "The Canadian prime minister heads for Haiti on Monday.",
    # "sail" with a real object: a ship sailed by its crew, no setting out
    "Greek sailors sailed the old ferry from Piraeus for Crete.",
])
def test_heading_or_sailing_without_a_deployment(run, text):
    assert _deploys(run, text) == set()
