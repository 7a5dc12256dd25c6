"""Issue 12, stop 42 (h-ent55): unknown names NER took for a person or an organisation that
stand where a place does (sentences written for these tests, none taken from a corpus; real
spaCy parse). A one-word "person" after the parser's dative "to" of a verb of moving forces
(roles.yaml ``move_verbs``) whose moved thing is a force (now also "technicians") is a Region
(one sent letters stays a person: test_extract_h-ent54_s42); an "organisation" with no head
word of a body that is the object of a place preposition after "the" ("in the Marwar Hill
Tracts") is a Region, not one before its noun ("at the Ostrel shipyard") nor one with a body's
head word ("in the Kelmar Council")."""

from __future__ import annotations

import pytest

from tests.test_extract_entities_s26 import _classes


def test_one_word_name_technicians_are_sent_to_is_a_place(run):
    found = _classes(run, "Troops arrive\n\nAbout 300 Danish technicians have been sent to "
                        "Vornholt to help repair the runway, a spokesman said.")
    assert found.get("Vornholt") == "Region", found


def test_unknown_organisation_after_in_the_is_a_region(run):
    found = _classes(run, "Accord signed\n\nThe guerrillas signed an accord to end two decades "
                        "of insurgency in the Marwar Hill Tracts.")
    assert found.get("Marwar Hill Tracts") == "Region", found


@pytest.mark.parametrize("text, name", [
    ("The ministry said the frigates will be refitted at the Ostrel shipyard near the coast.",
     "Ostrel shipyard"),
    ("Parliament approved the budget in the Kelmar Council on Monday.", "Kelmar Council"),
])
def test_firm_or_body_after_in_the_is_not_a_region(run, text, name):
    found = _classes(run, "Budget passes\n\n" + text)
    assert found.get(name) not in (None, "Region"), found
