"""A future supply framed by an opening "Under the <deal>" that the parser hangs on a
participle set off before the subject (issue 12, stop 43, h-sup47), on sentences written for
this test: the deal binds the supply, so "will" states it as a fact (SU2)."""

from __future__ import annotations

import pytest

CONTRACTED = [
    ("reported_worth", "Under the agreement, reported to be worth about 40 million dollars, "
     "Italy will supply tanks and howitzers to Chad, officials said.",
     {("Italy", "Chad", "tank"), ("Italy", "Chad", "howitzer")}),
    ("negotiated", "Under the accord, negotiated for two years in Geneva, the National "
     "Liberation Front will hand over its rifles to United Nations monitors within 90 days.",
     {("National Liberation Front", "United Nations", "rifle")}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CONTRACTED],
                         ids=[c[0] for c in CONTRACTED])
def test_under_on_participle(supply_keys, text, expected):
    found = supply_keys(text)
    assert expected <= found, found


def test_plain_future_stays_planned(supply_keys):
    # a participle that opens the sentence with no deal under it frames nothing: still a plan
    assert not supply_keys("Pressed by its allies, Italy will supply tanks to Chad next year.")
