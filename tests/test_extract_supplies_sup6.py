"""Issue 12, stop 23 (h-sup6): supply constructions (sentences written for these tests, none
taken from a corpus; real spaCy parse). Each construction has positive and negative cases."""

from __future__ import annotations

import pytest


def _pairs(run, text, roles=("supplier", "recipient")):
    """(first role, second role) of each supply, by key, else by name."""
    _, rels = run(text)
    return {(a.key or a.lemma, b.key or b.lemma) for r in rels if r.relation == "supplies"
            for a in r.role(roles[0]) for b in r.role(roles[1])}


# --- "bought $N worth of Russian weapons": the nationality through an amount (SU6) ---------


@pytest.mark.parametrize("text, expected", [
    ("Peru has bought some $3 billion worth of Russian arms since 2010, including T-90 tanks.",
     {("Russia", "Peru")}),
    ("Chile has bought growing numbers of French and Italian weapons in recent years.",
     {("France", "Chile"), ("Italy", "Chile")}),
    ("Mali received Russian and Chinese helicopters last year.",
     {("Russia", "Mali"), ("China", "Mali")}),
])
def test_the_nationality_of_bought_material_names_the_seller(run, text, expected):
    assert expected <= _pairs(run, text)


def test_the_amount_keeps_its_listed_items(run):
    text = "Peru has bought some $3 billion worth of Russian arms since 2010, including T-90 tanks."
    assert ("Russia", "T-90 tank") in _pairs(run, text, ("supplier", "item"))


@pytest.mark.parametrize("text", [
    "Peru bought $2 billion worth of Russian advisers.",  # no material
    "Peru has bought some $3 billion worth of weapons since 2010.",  # no nationality
])
def test_no_seller_without_material_of_a_nationality(run, text):
    assert not _pairs(run, text)
