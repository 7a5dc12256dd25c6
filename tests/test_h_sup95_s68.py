"""Issue 12, stop 68 (h-sup95): a relative clause of transfer on an apposition that only
describes a named weapon ("the Z-9, a utility helicopter that X sold to Y") supplied the named
weapon (sentences written for these tests; real spaCy parse)."""

from __future__ import annotations

import pytest


def _supply_items(run, text):
    _, rels = run(text)
    return {(a.key or a.lemma, b.key or b.lemma, tuple(sorted(i.key or i.lemma
                                                             for i in r.role("item"))))
            for r in rels if r.relation == "supplies"
            for a in r.role("supplier") for b in r.role("recipient")}


@pytest.mark.parametrize("text, expected", [
    # a sale: the seller is the clause's subject
    ("The K9 Thunder, an export design that Hanwha also sells to Poland and Norway, fires "
     "a 155mm shell.",
     {("Hanwha", "Poland"), ("Hanwha", "Norway")}),
    # a purchase: the clause's subject bought it from the "from" seller
    ("Egypt flies the Rafale, a twin-engine strike jet that it bought from France in 2015, "
     "and older Mirage fighters.",
     {("France", "Egypt")}),
])
def test_apposition_clause_supplies_described_weapon(run, text, expected):
    found = _supply_items(run, text)
    assert expected <= {(s, r) for s, r, _ in found}
    assert all(items for s, r, items in found if (s, r) in expected)


def test_described_weapon_is_the_item(run):
    found = _supply_items(run, "The K9 Thunder, an export design that Hanwha also sells to "
                               "Poland, fires a 155mm shell.")
    assert any(s == "Hanwha" and r == "Poland" and any("K9" in i for i in items)
               for s, r, items in found)


def test_apposition_naming_its_own_weapon_keeps_it(run):
    # "a tank" names a weapon of its own: that is the item, as before
    found = _supply_items(run, "The K9 Thunder, a howitzer that Hanwha sells to Poland, "
                               "fires a 155mm shell.")
    assert ("Hanwha", "Poland") in {(s, r) for s, r, _ in found}


def test_no_item_from_apposition_on_a_non_weapon(run):
    # the apposition is on a firm: nothing it describes was sold
    found = _supply_items(run, "Hanwha, a conglomerate that Seoul backs, fires no shells.")
    assert not found
