"""Issue 12, stop 33 (h-dep25): deployment forms (sentences written for these tests, none
taken from a corpus; real spaCy parse): the destination the parse hangs on what goes with the
force ("sent a company of soldiers with helicopters to X", "sent a navy ship with relief
supplies to X": dev d350, d354)."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    ("Peru has sent a company of about 300 soldiers with helicopters to Bolivia's northern "
     "province of Pando, officials said.", ("Peru", "Pando")),
    ("After the floods, New Zealand sent a navy ship with relief supplies to Samoa.",
     ("New Zealand", "Samoa")),
    ("Chile sent 300 soldiers with armoured vehicles to Arica.", ("Chile", "Arica")),
])
def test_destination_on_what_goes_with_the_force(run, text, expected):
    assert expected in _deploys(run, text)


@pytest.mark.parametrize("text", [
    # no force: a letter with questions is no deployment
    "The ministry sent a letter with questions to Paris.",
    # "with orders to shadow": an infinitive, no place
    "France sent two frigates with orders to shadow the convoy.",
])
def test_no_destination_without_a_force_or_place(run, text):
    assert _deploys(run, text) == set()
