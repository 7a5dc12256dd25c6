"""A weapon family and its systems (issue 12, stop 64, h-fam1), on sentences written for this
test (invented states and deals, not taken from any article or corpus): the bare family name
NER took for a body ("the MiG purchase") is the document's one system of that family; a family
phrase beside two systems of the family ("Leopard tanks" beside Leopard 1 and Leopard 2) is the
one named nearest; Leopard variants keep their system (E3)."""

from __future__ import annotations

import pytest

from kg.extract.refine.weapons import family_name
from kg.graph.resolve import _narrower


def _weapons(resolved, text: str) -> dict[str, str]:
    """Mention form → the key of the Weapon node it ends in."""
    return {a: e.key for e in resolved(text) if e.cls == "Weapon" for a in (e.key, *e.aliases)}


def _classes(resolved, text: str) -> dict[str, str]:
    return {a: e.cls for e in resolved(text) for a in (e.key, *e.aliases)}


@pytest.mark.parametrize("name, family", [
    ("MiG-29 fighters", "MiG"), ("Mirage F1", "Mirage"), ("Mirage III jets", "Mirage"),
    ("Leopard 2A6 tanks", "Leopard"), ("Su-30", ""), ("Rafale jets", ""), ("F-16", ""),
])
def test_family_name(name, family):
    assert family_name(name) == family


def test_bare_family_name_is_the_one_system(resolved):
    text = ("Ruritania buys MiG-29 jets\n\nRuritania has bought twelve MiG-29 fighters from "
            "Russia, officials said. Analysts said the MiG purchase would worry Borduria.")
    weapons = _weapons(resolved, text)
    assert weapons.get("MiG") == "MiG-29", weapons


def test_bare_family_name_after_a_mark(resolved):
    text = ("Borduria orders Mirage F1 jets\n\nBorduria has ordered 18 Mirage F1 fighters from "
            "France. Dassault, which builds the Mirage, declined to comment.")
    weapons = _weapons(resolved, text)
    assert weapons.get("Mirage") == "Mirage F1", weapons


def test_family_name_beside_a_makers_noun_is_no_weapon(resolved):
    text = ("Ruritania buys MiG-29 jets\n\nRuritania has bought twelve MiG-29 fighters under a "
            "contract with the Russian aircraft maker MiG, officials said.")
    classes = _classes(resolved, text)
    assert classes.get("MiG") != "Weapon", classes


def test_family_phrase_is_the_system_named_nearest(resolved):
    text = ("Borduria to buy 60 Leopard tanks from Germany\n\nBorduria signed a contract on "
            "Monday for 60 Leopard 2A6 tanks, the defence ministry said. The army will keep its "
            "ageing fleet in service until the new tanks arrive.\n\nThe neighbouring Ruritanian "
            "army received 90 older Leopard 1 tanks from Belgium in 1998.")
    weapons = _weapons(resolved, text)
    assert weapons.get("Leopard tanks") == "Leopard 2 tank", weapons
    assert weapons.get("Leopard 1 tanks") == "Leopard 1 tank", weapons


@pytest.mark.parametrize("variant, system", [
    ("Leopard 1V tanks", "Leopard 1 tank"), ("Leopard C2 tanks", "Leopard 1 tank"),
    ("Leopard 2A7+ tanks", "Leopard 2 tank"), ("Leopard 2E tanks", "Leopard 2 tank"),
    ("Leopard 2A6M tanks", "Leopard 2 tank"),
])
def test_leopard_variants_keep_their_system(resolved, variant, system):
    weapons = _weapons(resolved, f"Borduria has bought 24 {variant} from Ruritania, officials "
                                 "said on Tuesday.")
    assert weapons.get(variant) == system, weapons


def test_narrower_picks_the_nearest_of_several():
    weapons = ["Leopard 1 tank", "Leopard 2 tank", "Leopard tank"]
    said = {"Leopard 1 tank": [900], "Leopard 2 tank": [120], "Leopard tank": [10, 950]}
    assert _narrower("Leopard tank", weapons, 10, said) == "Leopard 2 tank"
    assert _narrower("Leopard tank", weapons, 950, said) == "Leopard 1 tank"


def test_narrower_without_offsets_keeps_a_family_of_two():
    # (the guard: with no offsets to weigh, two candidates still leave the key as it was)
    assert _narrower("Leopard tank", ["Leopard 1 tank", "Leopard 2 tank"]) == "Leopard tank"
    assert _narrower("Leopard tank", ["Leopard 2 tank"]) == "Leopard 2 tank"
