"""Issue 12, stop 64 (h-new64): "took over" goods reads like "bought" (dev conventions SU1,
SU6): the taker receives, the object of "from" or a demonym on second-hand goods sells (d1090,
d890); "took over the barracks" (no goods) and the passive "were taken over by" stay no
supply. Sentences written for these tests; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_dep52_s44 import _supplies


@pytest.mark.parametrize("text, expected", [
    ("Peru took over two second-hand corvettes from Italy last month.",
     {("Italy", "Peru"), ("Italy", "corvette")}),
    ("Chile took over the first of three used Type 23 frigates from Britain in May.",
     {("United Kingdom", "Chile")}),
])
def test_goods_taken_over_from_a_state_are_bought_from_it(run, text, expected):
    assert expected <= _supplies(run, text)


def test_a_headline_share_taken_over_names_its_seller_by_demonym(run):
    # (no article before "first": the parser hangs it on the verb as an adverb)
    text = "Ecuador takes over first of two used Dutch frigates\n\nThe ships arrive in May."
    assert ("Netherlands", "Ecuador") in _supplies(run, text)


@pytest.mark.parametrize("text", [
    # no goods taken over: a place, a duty
    "Peruvian troops took over the barracks from Italy last month.",
    "Chile took over command of the mission from Britain in May.",
])
def test_taking_over_no_goods_is_no_supply(run, text):
    assert _supplies(run, text) == set()


def test_goods_taken_over_in_the_passive_name_no_seller(run):
    text = "The old corvettes were taken over by the Peruvian navy after the war."
    assert _supplies(run, text) == set()
