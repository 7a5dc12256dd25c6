"""Issue 12, stop 33 (h-sup24): a recipient opening the object of a verb of giving, which the
parser hung inside the object (sentences written for these tests, none taken from a corpus;
real spaCy parse): a name on a modifier of the object ("sold Pretoria Mirage F1 fighters and
Alouette helicopters", dev d425) and a named service after an adjective ("gave the new Guyana
Defence Force rifles", dev d472)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # the capital's name hangs on the first item's name, itself a modifier of the object
    ("Italy, which sold Ankara Mirage F1 fighters and Alouette helicopters, refused to comment.",
     ("Italy", "Turkey")),
    # a named service after an adjective the parser gave the object
    ("Britain gave the new Guyana Defence Force rifles and mortars in 1967.",
     ("United Kingdom", "Guyana Defence Force")),
])
def test_recipient_inside_the_object(role_pairs, text, expected):
    assert expected in role_pairs(text)


def test_items_stay_with_the_recipient(role_pairs):
    text = "Britain gave the new Guyana Defence Force rifles and mortars in 1967."
    items = {i for _, i in role_pairs(text, roles=("supplier", "item"))}
    assert "rifle" in items


@pytest.mark.parametrize("text", [
    # a maker's or a nationality's word before the item is origin, no recipient
    "Italy sold new Mirage F1 fighters and Alouette helicopters in 1975.",
    # a lower-case service after an adjective keeps the object's reading
    "Britain gave the new navy rifles in 1967.",
])
def test_no_recipient_inside_the_object(role_pairs, text):
    assert not any(r in ("Turkey", "Guyana Defence Force") or r.startswith("Navy")
                   for _, r in role_pairs(text))
