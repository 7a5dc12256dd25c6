"""Issue 12, stop 48 (h-ent56): one weapon, one node (sentences written for these tests, none
taken from a corpus; real spaCy parse and resolver): a variant designation keeps the system
the story names (E3: "F-5E" → "F-5"), and a family or popular name said after the full name
is that system ("the Phantoms" after "F-4E Phantom"); a family name said before another
system's full name stays apart."""

from __future__ import annotations

import hashlib

import pytest

from kg.extract.runner import Extractor
from kg.graph.resolve import _family_member, _variant_system, resolve
from kg.model import Document


def _weapons(text: str, nlp, gazetteer, rules) -> dict[str, set[str]]:
    """The weapon nodes of one document with ``text``: key → its names (key and aliases)."""
    digest = hashlib.sha256(text.encode()).hexdigest()
    doc = Document("doc_" + digest[:16], "a.txt", "a.txt", "Report.\n\n" + text, digest,
                   "Report.")
    resolver = resolve(Extractor(nlp, rules, gazetteer.not_entities).extract([doc]), gazetteer)
    return {k: {k, *e.aliases} for k, e in resolver.entities.items() if e.cls == "Weapon"}


def _nodes_named(weapons: dict[str, set[str]], word: str) -> list[str]:
    return [k for k, names in weapons.items() if any(word in n for n in names)]


def test_variant_designation_keeps_the_system(nlp, gazetteer, rules):
    weapons = _weapons("Chile has bought twelve F-7 fighters from Northland. The first "
                       "F-7C Hornets arrived in Santiago on Monday.", nlp, gazetteer, rules)
    assert _nodes_named(weapons, "F-7") == _nodes_named(weapons, "F-7C")
    assert len(_nodes_named(weapons, "F-7")) == 1


def test_family_name_before_another_full_name_stays_apart(nlp, gazetteer, rules):
    weapons = _weapons("Ruritania's old Condor jets flew over the parade. Its neighbour has "
                       "ordered Condor 9 fighters.", nlp, gazetteer, rules)
    assert len(_nodes_named(weapons, "Condor")) == 2


@pytest.mark.parametrize("key, weapons, expected", [
    ("F-5E Tiger", ["F-5", "F-5E Tiger"], "F-5"),
    ("B-1B Lancer", ["B-1", "B-1B Lancer"], "B-1"),
    ("F-16", ["F-16", "F-16C"], "F-16"),  # no variant letter: nothing to reduce
    ("F-5E Tiger", ["F-5", "F-5 Freedom Fighter", "F-5E Tiger"], "F-5E Tiger"),  # two systems
])
def test_variant_system(key, weapons, expected):
    assert _variant_system(key, weapons) == expected


@pytest.mark.parametrize("key, weapons, expected", [
    ("Mirage", ["Mirage 5"], "Mirage 5"),
    ("Shahed", ["Shahed-136 drone"], "Shahed-136 drone"),
    ("Phantom", ["F-4E Phantom"], "F-4E Phantom"),
    ("Mirage", ["Mirage 5", "Mirage F1"], "Mirage"),  # two members: which is unknown
    ("tank", ["Leopard tank"], "tank"),  # a kind, not a family name
    ("Mirage", [], "Mirage"),  # said before any full name
])
def test_family_member(key, weapons, expected):
    assert _family_member(key, weapons) == expected
