"""Issue 12, s67 (h-sup92): the copular order tail, "The frigate X is one of four warships that
Peru ordered from Italy": the subject of "is" is one of the ordered weapons, an item of the
order's supply (sentences written for these tests, none taken from a corpus; real spaCy parse;
dev d398, d1019, d1020)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, seller, named", [
    # "one of", a relative clause with "that"
    ("The frigate Almirante Grau is one of four warships that Peru ordered from Italy in 2015.",
     "Italy", "Almirante Grau"),
    # "the second of", "bought"
    ("The corvette Tarik is the second of three warships that Morocco bought from the "
     "Netherlands.", "Netherlands", "Tarik"),
    # the noun left out, the name in an aside on the subject, no buyer
    ("The submarine, named Piri Reis after an admiral, is the first of six ordered from TKMS "
     "under a 2009 contract.", "ThyssenKrupp Marine Systems", "Piri Reis"),
])
def test_the_subject_is_an_ordered_item(role_pairs, text, seller, named):
    assert (seller, named) in role_pairs(text, roles=("supplier", "item"))


def test_the_buyer_stays_the_recipient(role_pairs):
    text = "The frigate Almirante Grau is one of four warships that Peru ordered from Italy."
    assert role_pairs(text) == {("Italy", "Peru")}
    # (the kind beside the named ship is an item too: dev conventions E6, stop 66, h-ship1)
    assert {i for _, i in role_pairs(text, roles=("supplier", "item"))} == {
        "Almirante Grau", "frigate", "warship"}


@pytest.mark.parametrize("text", [
    # a plan (SU3), a wish, where it was built: no order
    "The frigate Almirante Grau is one of four warships that Peru plans to buy from Italy.",
    "The frigate Almirante Grau is one of four warships that Peru wants from Italy.",
    "The frigate Almirante Grau is one of the warships that Britain built for its own navy.",
])
def test_no_order_no_item(role_pairs, text):
    assert not any(i == "Almirante Grau" for _, i in role_pairs(text, roles=("supplier", "item")))


def test_a_comparison_is_no_share_of_the_order(role_pairs):
    # not "one of": the subject is compared with the order, not part of it
    text = "The frigate Almirante Grau is larger than the warships that Peru ordered from Italy."
    assert ("Italy", "Almirante Grau") not in role_pairs(text, roles=("supplier", "item"))
