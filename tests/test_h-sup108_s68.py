"""Issue 12, s68 (h-sup108): a receipt's order tail read in full. "The navy took delivery on
Monday of the corvette X, the first of two warships that it ordered from Y": the tail names the
ship even where the relative clause's "from" gave the seller already; a hyphen inside a word
("Baynunah-class") does not end the tail; "the third Baynunah-class boat that Z bought from Y"
(an ordinal on the noun, no "of") is a tail too (sentences written for these tests, none taken
from a corpus; real spaCy parse; dev d1072, d1120, d1172)."""

from __future__ import annotations


def _items(role_pairs, text: str, seller: str) -> set[str]:
    return {i for s, i in role_pairs(text, roles=("supplier", "item")) if s == seller}


def test_an_ordinal_tail_names_the_ship(role_pairs):
    # an ordinal on the noun, no "of", a hyphenated class word; the parser hangs the name on
    # the verb and the clause's "from" gives the seller already
    text = ("The Ghanaian navy took delivery of the corvette GNS Volta on Monday, the third "
            "Baynunah-class boat that Ghana has bought from Germany, at a ceremony in Kiel.")
    assert "GNS Volta" in _items(role_pairs, text, "Germany")


def test_a_plain_tail_keeps_its_ship(role_pairs):
    # guard: a tail the parser reads well gives the ship as before (a pronoun buyer)
    text = ("The Ghanaian navy took delivery on Monday of GNS Volta, the first of two patrol "
            "vessels that it ordered from Germany, at a ceremony in Kiel.")
    # "patrol vessels" is the kind `patrol vessel` since stop 69 (h-wpn3; readable gold 12:0)
    assert {"GNS Volta", "patrol vessel"} <= _items(role_pairs, text, "Germany")


def test_a_hyphen_in_the_class_does_not_end_the_tail(role_pairs):
    # the buyer is another actor: the tail alone names the seller
    text = ("The Ghanaian navy took delivery on Monday of the corvette GNS Volta, the first of "
            "four Baynunah-class ships that Accra bought from the German shipbuilder "
            "Lurssen last year.")
    assert "GNS Volta" in _items(role_pairs, text, "Lurssen")


def test_a_planned_order_names_no_seller(role_pairs):
    # guard: "plans to buy" is no past order (SU3)
    text = ("The Ghanaian navy took delivery of the corvette GNS Volta on Monday, the third "
            "Baynunah-class boat that Ghana plans to buy from Germany.")
    assert not _items(role_pairs, text, "Germany")
