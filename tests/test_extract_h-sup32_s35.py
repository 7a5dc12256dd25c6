"""Issue 12, stop 35 (h-sup32): supply forms (sentences written for these tests, none taken
from a corpus; real spaCy parse): the one-word "coastguard" names a state's coast guard,
which receives (dev d510, d515)."""

from __future__ import annotations

import pytest

from tests.test_extract_carrying_s30 import _supplies


@pytest.mark.parametrize("text, expected", [
    ("Ghana's coastguard has received four patrol boats from Germany.",
     ("Germany", "Coast Guard (Ghana)")),
    ("Ghana's coast guard has received four patrol boats from Germany.",
     ("Germany", "Coast Guard (Ghana)")),
])
def test_coastguard_receives(run, text, expected):
    found = _supplies(run, text)
    assert expected in found
    assert ("Germany", "Ghana") not in found  # the service, not its state


def test_contracted_copula_infinitive(run):
    # "Under <deal>, X is to supply": "under" hung on "is" binds the infinitive too (SU2)
    text = "Under a protocol signed in May, Spain is to deliver four patrol boats to Senegal."
    assert ("Spain", "Senegal") in _supplies(run, text)


@pytest.mark.parametrize("text", [
    "Spain is to deliver four patrol boats to Senegal.",  # arranged, no signed deal
    "Under the peace deal, the rebels are to hand over their rifles within a month.",
])
def test_uncontracted_or_disarming_is_no_supply(run, text):
    assert _supplies(run, text) == set()
