"""Issue 12, stop 71 (h-sup116): a singular, definite ship noun — "the ship", "the vessel",
"The frigate", "the 12-year-old frigate" — fills a supply's item with the one ship the article
named ("the offshore patrol vessel <Name>", "the <prefix> <Name>"), not with the kind noun
written beside the name (dev conventions E7); two named ships, an indefinite or otherwise
modified noun and the kind beside a name keep their reading (sentences written for these
tests; real spaCy parse)."""

from __future__ import annotations

import pytest


def _items(run, text):
    """(supplier, item) of each supply, by key, else by name."""
    _, rels = run(text)
    return {(s.key or s.lemma, i.key or i.lemma)
            for rel in rels if rel.relation == "supplies"
            for s in rel.role("supplier") for i in rel.role("item")}


@pytest.mark.parametrize("text, supplier, ship, kind", [
    # "the ship" no mention of its own, after a kind noun beside the name
    ("Peru's new offshore patrol vessel Rio Santa sailed into Callao on Monday. The navy "
     "ordered the ship from Damen in 2019.", "Damen", "Rio Santa", "offshore patrol vessel"),
    # "The frigate" a kind mention of its own, after a hull prefix
    ("The president went aboard the BNS Sadhinota at the naval base. The frigate was "
     "delivered by Hyundai Heavy Industries last year.", "Hyundai Heavy Industries",
     "BNS Sadhinota", "frigate"),
    # a measure says how old the one ship is, not which
    ("The navy commissioned the patrol vessel Rio Santa on Monday. Peru bought the "
     "12-year-old frigate from Spain last year.", "Spain", "Rio Santa", "frigate"),
])
def test_ship_noun_is_the_named_ship(run, text, supplier, ship, kind):
    items = _items(run, text)
    assert (supplier, ship) in items, items
    assert (supplier, kind) not in items, items


def test_two_named_ships_leave_the_kind(run):
    text = ("The navy commissioned the BNS Sadhinota and the BNS Prottoy at the naval base. "
            "The frigate was delivered by Hyundai Heavy Industries last year.")
    items = _items(run, text)
    assert ("Hyundai Heavy Industries", "frigate") in items, items
    assert not {i for s, i in items if i.startswith("BNS")}, items


@pytest.mark.parametrize("text", [
    # another ship: an indefinite ordinal, a nationality
    "The navy commissioned the patrol vessel Rio Santa on Monday. Peru bought a second frigate "
    "from Spain last year.",
    "Peru's new offshore patrol vessel Rio Santa sailed into Callao on Monday. The navy "
    "ordered the Russian ship from Damen in 2019.",
])
def test_other_ship_nouns_are_not_the_named_ship(run, text):
    assert all(i != "Rio Santa" for _, i in _items(run, text))


def test_kind_beside_the_name_stays_an_item(run):
    items = _items(run, "Spain handed over the frigate Rio Santa to Peru on Monday.")
    assert {("Spain", "frigate"), ("Spain", "Rio Santa")} <= items, items
