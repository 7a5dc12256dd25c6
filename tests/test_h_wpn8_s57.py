"""Issue 12, stop 57, h-wpn8: a ship class named by its name and "class" ("the Dvora class")
is the Weapon kind "<Name>-class <kind>", its mention "<Name> class".

Every sentence was written for these tests (invented class names where the rule does not need
a real one). Negative cases say what must stay as it is."""

from __future__ import annotations

import pytest

from tests.test_extract_wpn import _weapons


@pytest.mark.parametrize("text, mention, key", [
    # the kind of the ships "of" the class, a listed kind where their phrase names one
    ("Lisbon sold the coast guard fast patrol boats of the Marlin class.",
     "Marlin class", "Marlin-class patrol boat"),
    ("The yard will deliver two diesel boats of the Orca class to the navy.",
     "Orca class", "Orca-class boat"),
    # a class name of several words or a designation
    ("Ottawa ordered six ships of the Henry Brackett class from the yard.",
     "Henry Brackett class", "Henry Brackett-class ship"),
    ("The Castillo, a German-built KT-1500 class boat, sank in 1999.",
     "KT-1500 class", "KT-1500-class boat"),
])
def test_a_class_named_with_its_ships(run, text, mention, key):
    assert (mention, key) in _weapons(run, text)


def test_the_ships_phrase_stays_its_own_kind(run):
    found = _weapons(run, "Lisbon sold the coast guard fast patrol boats of the Marlin class.")
    assert any(k == "patrol boat" for _, k in found)


@pytest.mark.parametrize("text, mention, key", [
    ("Rome will buy four frigates. The ships, to be called the Falco class, will be built "
     "at home.", "Falco class", "Falco-class frigate"),
    ("Cairo ordered two frigates. They are based on the Spanish navy's Rio Verde class.",
     "Rio Verde class", "Rio Verde-class frigate"),
])
def test_a_class_named_alone_takes_the_document_s_ship_kind(run, text, mention, key):
    assert (mention, key) in _weapons(run, text)


@pytest.mark.parametrize("text", [
    "Students of the Parchim class visited Berlin.",
    "Pupils from the Maple class won the prize this year.",
    "Frigates sailed past. Alumni of the Harbour class of 1990 met in town.",
])
def test_a_school_class_is_no_ship_class(run, text):
    assert not any("class" in k for _, k in _weapons(run, text) if k)


def test_a_hyphened_class_keeps_its_own_rule(run):
    found = _weapons(run, "Canberra bought three Kestrel-class frigates from Spain.")
    assert ("Kestrel-class frigates", None) in found or any(
        m == "Kestrel-class frigates" for m, _ in found)


def test_them_after_ships_of_a_class_is_the_class(relations):
    found = relations("The ships - 12 corvettes of the Marlin class and four tugs - were laid "
                      "up in 1995. Lisbon is selling them for a small sum.")
    items = {i for rel, roles in found if rel == "supplies" for i in roles.get("item", [])}
    assert "Marlin-class corvette" in items
    assert "corvette" not in items


@pytest.mark.parametrize("text, mention, key", [
    ("Hanoi bought two submarines. The Orca class was built in Russia.",
     "Orca class", "Orca-class submarine"),
    ("Hanoi bought two submarines of the Russian Orca class.",
     "Orca class", "Orca-class submarine"),
])
def test_no_article_or_demonym_in_the_class_name(run, text, mention, key):
    assert (mention, key) in _weapons(run, text)
