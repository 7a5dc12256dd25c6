"""Issue 12, stop 66 (h-ship1): a kind noun beside a named ship ("the frigate X", "the offshore
patrol vessel X", "a patrol vessel, the X") is an item of the supply beside the ship (dev
conventions E6, stop 66; kg/data/relations.yaml ``named_ship_kinds``), and "the submarine X"
keeps its own kind rather than referring back to a class named before. Sentences written for
these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


def _items(supply_keys, text: str, supplier: str) -> set[str]:
    return {i for s, _, i in supply_keys(text) if s == supplier}


@pytest.mark.parametrize("text, supplier, kind, ship", [
    ("Kestrel Yards handed over the frigate Halvard to the Chilean Navy on Monday.",
     "Kestrel Yards", "frigate", "Halvard"),
    ("Spain sold the offshore patrol vessel Marisol to Peru last year.",
     "Spain", "offshore patrol vessel", "Marisol"),
    ("Peru received a patrol vessel, the Marisol, from Spain in 2015.",
     "Spain", "patrol vessel", "Marisol"),  # its own kind since stop 69 (h-wpn3)
])
def test_the_kind_beside_a_named_ship_is_an_item(supply_keys, text, supplier, kind, ship):
    items = _items(supply_keys, text, supplier)
    assert {kind, ship} <= items


def test_a_kind_without_a_named_ship_stays_one_item(supply_keys):
    # guard: no name beside the kind, nothing added
    assert _items(supply_keys, "Spain sold two frigates to Peru last year.", "Spain") == {"frigate"}


def test_a_named_system_before_its_kind_stays_one_item(supply_keys):
    # guard: a system named before its kind noun is no ship introduced by a kind
    items = _items(supply_keys, "Spain sold Zorvek anti-ship missiles to Peru last year.", "Spain")
    assert "anti-ship missile" not in items


def test_the_kind_before_a_named_ship_is_no_anaphor(run):
    text = ("Acme delivers first Zorvek submarine to Chilean navy\n\n"
            "The shipbuilder Acme handed over the submarine Halvard to the Chilean Navy on "
            "Thursday.")
    mentions, _ = run(text)
    keys = [m.key for m in mentions if m.span.text == "submarine"]
    assert keys[-1] == "submarine"
