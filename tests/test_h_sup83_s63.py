"""Issue 12, stop 56 (s63 h-sup83): craft a state sends "over" a place fly there with their
crews (an overflight): no supply (nobody receives them) and no deployment (nothing is
stationed there). "over" naming no place ("over the objections of", "over two years") leaves
a sending as it was. Sentences written for these tests, none taken from a corpus; real spaCy
parse."""

from __future__ import annotations

import importlib

import pytest

from tests.test_extract_carrying_s30 import _supplies

# (the module's name holds a hyphen: imported by name)
_pairs = importlib.import_module("tests.test_extract_h-clean3_s38")._pairs


@pytest.mark.parametrize("text", [
    "Turkey sent F-16 jets and Apache helicopters over the region on Tuesday, officials said.",
    "Greece accused Turkey of sending drones over its territory to map the islands.",
    "Moscow sent two Su-27 fighters over the strait after the incident.",
])
def test_craft_sent_over_a_place_are_no_supply(run, text):
    _, rels = run(text)
    assert not [r for r in rels if r.relation == "supplies"]
    assert _pairs(rels, "deploys") == set()


@pytest.mark.parametrize(("text", "expected"), [
    # "over" names no place: the hand-over stands
    ("Poland sent 40 T-72 tanks to Ukraine over the objections of Hungary.",
     {("Poland", "Ukraine")}),
    ("Germany sent Leopard tanks to Ukraine over two years.", {("Germany", "Ukraine")}),
])
def test_over_naming_no_place_keeps_the_supply(run, text, expected):
    assert _supplies(run, text) == expected
