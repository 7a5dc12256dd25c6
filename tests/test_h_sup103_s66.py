"""Issue 12, stop 66 (h-sup103): a sale or purchase noun that names no sale made is no
supply (SU3): a modifier of ``unrealised`` ("the planned purchase of … from"), the subject of
a signing still to come ("A separate purchase … is to be signed next year") and an objection
to the sale ("dropped its objection to a French sale of … to"), also where the parser hangs
"to" on the verb; and a state's own exporter ("Ukraine's state arms exporter, X,") supplies
its home nothing. Sentences written for these tests, none taken from a corpus; real spaCy
parse."""

from __future__ import annotations

import pytest


def _supplies(relations, text: str) -> list[dict[str, list[str]]]:
    return [roles for name, roles in relations(text) if name == "supplies"]


@pytest.mark.parametrize("text", [
    "Ministers also discussed Peru's planned purchase of F-16 jets from the United States.",
    "Officials discussed the proposed sale of Leopard tanks to Chile by Germany.",
    "A separate purchase of five Hawk missile units from France is to be signed next year.",
    "Germany dropped its objection to a French sale of Rafale jets to Egypt.",
    "Berlin voiced objections to the French sale of Rafale jets to Egypt.",
])
def test_unmade_sale_is_no_supply(relations, text):
    assert _supplies(relations, text) == []


@pytest.mark.parametrize("text, supplier, recipient", [
    # guards: a purchase and a sale stated as made keep their supply
    ("Peru's purchase of F-16 jets from the United States angered Chile.",
     "United States", "Peru"),
    ("The sale of Leopard tanks to Chile by Germany angered Peru.", "Germany", "Chile"),
])
def test_made_sale_is_a_supply(relations, text, supplier, recipient):
    assert any(r.get("supplier") == [supplier] and r.get("recipient") == [recipient]
               for r in _supplies(relations, text))


def test_signed_purchase_keeps_its_seller(relations):
    # a purchase whose signing is done, not to come
    text = "The purchase of 12 Rafale jets from France was signed in May."
    assert any(r.get("supplier") == ["France"] for r in _supplies(relations, text))


@pytest.mark.parametrize("text", [
    # a state's own exporter set off by commas: its possessor is its home, no customer
    "Ukraine's state arms exporter, Ukrspetsexport, declined to comment on the contracts.",
    "The deal was signed by Kenya's defence ministry and Ukraine's state arms exporter, "
    "Ukrspetsexport.",
])
def test_state_exporter_supplies_its_home_nothing(relations, text):
    assert not any(r.get("recipient") == ["Ukraine"] for r in _supplies(relations, text))


def test_main_supplier_keeps_its_customer(relations):
    # guard: "X's main arms supplier, Y," names X as Y's customer (SU9)
    text = "Algeria's main arms supplier, Russia, declined to comment."
    assert any(r.get("supplier") == ["Russia"] and r.get("recipient") == ["Algeria"]
               for r in _supplies(relations, text))
