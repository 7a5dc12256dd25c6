"""Issue 12, stop 56 (s63 h-sup81): a state named only as the nationality of one unnamed firm
("from a Dutch yard", "from a French-German consortium") is the firm's home, not the seller
(SU6: origin); plural firms ("from Russian companies") stand for the state's industry and a
named firm sells itself. Sentences written for these tests, none taken from a corpus; real
spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_carrying_s30 import _supplies


@pytest.mark.parametrize("text", [
    "Peru took delivery of a new frigate from a Dutch yard on Monday.",
    "Ghana has ordered four patrol boats from an Italian shipbuilder.",
    # a chain of nationalities on the firm noun
    "Chile bought two corvettes from a French-German consortium last year.",
    "Chile bought two corvettes from a Franco-German consortium last year.",
])
def test_unnamed_firm_home_is_no_supplier(run, text):
    assert _supplies(run, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # plural firms: the state's industry sells (gold of readable dev)
    ("Ghana has ordered four patrol boats from Italian shipbuilders.", {("Italy", "Ghana")}),
    ("Peru bought tanks and helicopters from Russian companies in the 1990s.",
     {("Russia", "Peru")}),
    # the state itself, and a named firm after its description
    ("Ghana has ordered four patrol boats from Italy.", {("Italy", "Ghana")}),
    ("Ghana has ordered four patrol boats from the Italian shipbuilder Fincantieri.",
     {("Fincantieri", "Ghana")}),
])
def test_states_and_named_firms_still_sell(run, text, expected):
    assert _supplies(run, text) == expected
