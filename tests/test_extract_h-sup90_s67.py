"""Issue 12, s67 (h-sup90): a receipt told with the order it fills, "The navy took delivery of
the frigate X on Monday, the first of four warships that Peru ordered from Italy": the order's
seller delivered to the receiver (and to the order's buyer), the named ship and the order's
weapons are the items (sentences written for these tests, none taken from a corpus; real
spaCy parse; dev d960, d1012)."""

from __future__ import annotations

import pytest

SEALED = [
    # a relative clause with "that", the tail after a place and a day
    "The Peruvian navy took delivery of the frigate Almirante Grau at a yard in Genoa on "
    "Monday, the first of four warships that Peru ordered from Italy in 2015.",
    # "one of", a perfect tense
    "The Peruvian navy took delivery of the frigate Almirante Grau on Monday, one of four "
    "warships that Peru has bought from Italy.",
]


@pytest.mark.parametrize("text", SEALED)
def test_the_order_names_the_seller(role_pairs, text):
    pairs = role_pairs(text)
    assert ("Italy", "Navy (Peru)") in pairs
    assert ("Italy", "Peru") in pairs


@pytest.mark.parametrize("text", SEALED)
def test_the_named_ship_and_the_order_weapons_are_items(role_pairs, text):
    items = {i for _, i in role_pairs(text, roles=("supplier", "item"))}
    assert {"Almirante Grau", "warship"} <= items


@pytest.mark.parametrize("text", [
    # a plan (SU3), an intention
    "The Peruvian navy took delivery of the frigate Almirante Grau on Monday, the first of "
    "four warships that Peru plans to buy from Italy.",
    "The Peruvian navy took delivery of the frigate Almirante Grau on Monday, the first of "
    "four warships that Peru wants to buy from Italy.",
    # no order: where the ships were built is origin
    "The Peruvian navy took delivery of the frigate Almirante Grau on Monday, the first of "
    "four warships built in Italy.",
])
def test_no_seller_without_a_past_order(role_pairs, text):
    assert not any(s == "Italy" for s, _ in role_pairs(text, roles=("supplier", "item")))
    assert not any(s == "Italy" for s, _ in role_pairs(text))


def test_a_bare_relative_names_the_buyer_and_its_weapons(role_pairs):
    # no "that": the parser may hang the weapons and the buyer anywhere in the tail
    text = ("The Thai navy took delivery of the frigate Bhumibol at a yard in Busan on Monday, "
            "the first of two warships Thailand bought from South Korea in 2013.")
    assert {("South Korea", "Navy (Thailand)"), ("South Korea", "Thailand")} <= role_pairs(text)
    items = {i for _, i in role_pairs(text, roles=("supplier", "item"))}
    assert {"Bhumibol", "warship"} <= items


def test_a_pronoun_buyer_leaves_the_receiver(role_pairs):
    # "it ordered": the receiver itself; the receipt's "of" hung on the day still names the
    # submarine the tail describes
    text = ("Turkey's navy took delivery on Friday of the submarine Piri Reis, the first of six "
            "boats it ordered from TKMS.")
    items = role_pairs(text, roles=("supplier", "item"))
    assert ("ThyssenKrupp Marine Systems", "Piri Reis") in items
    assert {r for _, r in role_pairs(text)} == {"Navy (Turkey)"}
