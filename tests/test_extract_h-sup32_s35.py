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
