"""Issue 12, stop 35 (h-dep32): deployment forms (sentences written for these tests, none
taken from a corpus; real spaCy parse): a part of the force set off after the destination
with a place of its own (", most of them at A, B and C"; dev d492)."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    ("About 35,000 American servicemen are stationed in Thailand, most of them at the air "
     "bases of U-Tapao, Udorn and Korat, from which bombers strike the north.",
     {("United States", "Thailand"), ("United States", "U-Tapao"),
      ("United States", "Udorn"), ("United States", "Korat")}),
    ("About 4,000 Dutch soldiers were sent to Bosnia, most of them to Tuzla and Srebrenica.",
     {("Netherlands", "Bosnia and Herzegovina"), ("Netherlands", "Tuzla"),
      ("Netherlands", "Srebrenica")}),
])
def test_part_of_the_force_with_its_own_place(run, text, expected):
    assert expected <= _deploys(run, text)


@pytest.mark.parametrize("text, absent", [
    # the part is described, not placed: its origin is no destination
    ("About 4,000 Dutch soldiers were sent to Bosnia, most of them volunteers from Utrecht.",
     ("Netherlands", "Utrecht")),
    # "near" places the part by a place, not in it
    ("Some 2,000 Kenyan troops are stationed in Somalia, some of them near Kismayo.",
     ("Kenya", "Kismayo")),
])
def test_partitive_without_a_destination_of_its_own(run, text, absent):
    found = _deploys(run, text)
    assert absent not in found
    assert any(d == absent[0] for d, _ in found)
