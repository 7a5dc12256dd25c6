"""Issue 12, stop 46 (s53 h-sup62): a ship class named after its lead ship ("Oberon-class",
"Guardian-class patrol boat") stands beside a named ship as an item of its own, in apposition
or as the name's modifier ("the Oberon-class O'Brien"), where a generic kind noun ("the
aircraft carrier X") is no second item (``class_words``). Sentences written for these tests,
none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


def _items(run, text):
    _, relations = run(text)
    return {(m.key or m.lemma or m.span.text).lower()
            for rel in relations if rel.relation == "supplies" for m in rel.role("item")}


@pytest.mark.parametrize("text", [
    "Britain has sold Brazil a Leander-class frigate, the HMS Thistlewood, for a token sum.",
    "Britain sold Brazil the frigate HMS Thistlewood, a Leander-class frigate, last year.",
])
def test_class_in_apposition_to_a_named_ship_is_an_item(run, text):
    items = _items(run, text)
    assert any("leander" in i for i in items), items
    assert any("thistlewood" in i for i in items), items


def test_class_before_a_named_ship_is_an_item(run):
    items = _items(run, "Chile bought the Oberon-class submarine O'Brien from Britain in 1976.")
    assert any("oberon" in i for i in items), items
    assert "o'brien" in items, items


def test_generic_kind_beside_a_named_ship_is_a_second_item(run):
    # (no second item until stop 66; dev conventions E6 since then: the kind is an item of its
    # own beside the ship, h-ship1)
    items = _items(run, "Russia handed over the aircraft carrier Admiral Gorshkov to India.")
    assert items == {"admiral gorshkov", "aircraft carrier"}, items
