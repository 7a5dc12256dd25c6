"""Issue 12, stop 64 (h-cls1): one ship class named with two ship nouns, or with and without
"-class", is one node ("the Kestrel-class corvettes" and "the first Kestrel ship"), and so is
a class named in full and by its last words ("Jonah Fell Brand-class" and "Brand-class"); two
classes, a class and one of its ships, and two ships of one navy stay apart. Names and
phrases made up for these tests (kg.graph.ship_classes)."""

from __future__ import annotations

import pytest

from kg.extract.gazetteer import singular
from kg.graph.resolve import resolve
from kg.graph.ship_classes import class_name, ship_class_keys
from kg.model import DocExtraction, Document, Mention, Span

SHIPS = frozenset({"corvette", "frigate", "submarine", "boat", "ship", "warship", "carrier"})


def _doc() -> Document:
    return Document("doc_00000000000000c1", "c1.txt", "c1.txt", "", "c1" * 32, "t")


def _weapons(*texts: str) -> DocExtraction:
    d = _doc()
    ms, at = [], 0
    for text in texts:
        span = Span(d.doc_id, at, at + len(text), text)
        ms.append(Mention(span, "Weapon", None, singular(text)))
        at += len(text) + 10
    return DocExtraction(d, tuple(ms), ())


@pytest.mark.parametrize("key, name", [
    ("Kestrel-class corvette", ("Kestrel",)),
    ("Kestrel ship", ("Kestrel",)),
    ("Type 310B boat", ("Type", "310B")),
    ("Jonah Fell Brand-class frigate", ("Jonah", "Fell", "Brand")),
    ("offshore patrol vessel", None),  # a kind, not a class
    ("Kestrel", None),  # a named ship: no ship noun
])
def test_class_name(key, name):
    assert class_name(key, SHIPS) == name


@pytest.mark.parametrize("keys, joined", [
    (["Kestrel-class corvette", "Kestrel corvette", "Kestrel ship"],
     {"Kestrel corvette": "Kestrel-class corvette", "Kestrel ship": "Kestrel-class corvette"}),
    (["Type 310B boat", "Type 310B submarine"], {"Type 310B boat": "Type 310B submarine"}),
    (["Brand-class frigate", "Jonah Fell Brand-class frigate"],
     {"Brand-class frigate": "Jonah Fell Brand-class frigate"}),
    (["Osprey carrier", "Osprey 3000 warship"], {"Osprey carrier": "Osprey 3000 warship"}),
])
def test_one_class_named_several_ways_is_one_key(keys, joined):
    assert ship_class_keys(keys, SHIPS) == joined


@pytest.mark.parametrize("keys", [
    ["Type 310B submarine", "Type 318 submarine"],  # two classes
    ["Type 310B submarine", "Type 318 submarine", "Type boat"],  # no join through "Type"
    ["Kestrel-class corvette", "Kestrel"],  # a class and its lead ship
    ["Kestrel-class corvette", "Heron-class frigate"],
])
def test_two_classes_or_a_class_and_its_ship_stay_apart(keys):
    assert ship_class_keys(keys, SHIPS) == {}


def test_two_ships_of_one_navy_are_no_class():
    owner = {"Zembran"}.__contains__  # a listed state's adjective
    assert ship_class_keys(["Zembran warship", "Zembran submarine"], SHIPS, owner) == {}


def test_resolver_makes_one_node_of_a_class_named_with_two_ship_nouns(gazetteer):
    r = resolve([_weapons("Kestrel-class corvettes", "Kestrel corvette", "Kestrel ship")],
                gazetteer)
    node = r.entities["Kestrel-class corvette"]
    assert node.mention_count == 3 and "Kestrel ship" in node.aliases
    assert "Kestrel ship" not in r.entities and "Kestrel corvette" not in r.entities


def test_resolver_keeps_a_state_s_ships_apart(gazetteer):
    r = resolve([_weapons("Russian warship", "Russian submarine")], gazetteer)
    assert {"Russian warship", "Russian submarine"} <= r.entities.keys()
