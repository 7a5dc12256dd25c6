"""Issue 12, stop 83 (h-sup132): two supply constructions.

- a supplier noun's coordinations (SU9): a plural apposition on coordinated names ("Chile and
  Peru, Bolivia's main arms suppliers") is each name's, and "the main supplier of both A and
  B" supplies each (``_noun_supplies``);
- a "them" given or sold stands for the plural material noun before it in its sentence ("The
  jets were built in France, which sold them to Peru"): a supply with no item named
  (``_plural_antecedent``).

Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations


def test_a_plural_supplier_apposition_is_each_coordinated_name(role_pairs):
    pairs = role_pairs("Chile and Peru, Bolivia's main arms suppliers, said nothing about "
                       "the border on Monday.")
    assert {("Chile", "Bolivia"), ("Peru", "Bolivia")} <= pairs


def test_the_supplier_of_both_coordinated_states_supplies_each(role_pairs):
    pairs = role_pairs("Paris has long been the main arms supplier of both Senegal and Gabon.")
    assert {("France", "Senegal"), ("France", "Gabon")} <= pairs



def test_them_stands_for_the_plural_material_before_it(role_pairs):
    pairs = role_pairs("The old patrol boats were built in Norway, which sold them to Ghana "
                       "in the late 1980s.")
    assert ("Norway", "Ghana") in pairs


def test_them_standing_for_people_is_no_supply(role_pairs):
    # guard: the plural noun before "them" names no material
    pairs = role_pairs("The soldiers were trained in Norway, which sent them to Ghana in "
                       "the late 1980s.")
    assert ("Norway", "Ghana") not in pairs
