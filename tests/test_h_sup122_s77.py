"""Issue 12, stop 77 (h-sup122): goods a purchase names only by an anaphor ("bought them
from", "ordered 12 of them from", "has ordered 20 of the same type from") are the weapons of
the text before; with a "from" seller the buyer and seller make a supply, with the weapon named
last before where there is one (relations/pronoun_goods.py; relations.yaml ``goods_pronouns``,
``kind_anaphor_nouns``, ``kind_anaphor_adjectives``). Without a "from" seller, or with one that
is no actor, nothing is bought (sentences written for these tests; real spaCy parse).
"""

from __future__ import annotations

import pytest


def _supplies(run, text: str) -> list[tuple[set[str], set[str], set[str]]]:
    _, rels = run(text)
    return [({m.key or m.lemma for m in r.role("supplier")},
             {m.key or m.lemma for m in r.role("recipient")},
             {m.key or m.lemma for m in r.role("item")})
            for r in rels if r.relation == "supplies"]


@pytest.mark.parametrize("text, seller, buyer", [
    ("The frigates were shown to reporters at a ceremony in Valparaiso. Chile ordered 12 of "
     "them from France in 2019, officials said.", "France", "Chile"),
    ("Two Lupo-class frigates arrived in Callao on Monday. Peru bought them from Italy's "
     "defence ministry last year under a deal concluded in May.",
     "Ministry of Defence (Italy)", "Peru"),
    ("Denmark has ordered 12 of the same type, which its navy calls the MH-60R, from Lockheed "
     "Martin, the ministry said.", "Lockheed Martin", "Denmark"),
    ("Ecuador's navy has taken delivery of two Leander-class frigates that served in the "
     "Chilean navy, buying them from Chile for a fraction of their price.",
     "Chile", "Navy (Ecuador)"),
])
def test_anaphor_goods_bought_from_a_seller(run, text, seller, buyer):
    found = _supplies(run, text)
    assert any(seller in s and buyer in b for s, b, _ in found), found


def test_the_pronoun_takes_the_weapon_named_before(run):
    found = _supplies(run, "Two Lupo-class frigates arrived in Callao on Monday. Peru bought "
                           "them from Italy's defence ministry last year.")
    assert any("Peru" in b and any("Lupo" in i for i in items) for _, b, items in found), found


@pytest.mark.parametrize("text", [
    "The harbour master said the commander ordered them to leave the port at once.",
    "Tokyo bought three of them from a private owner in September.",
    "The tanks were unloaded at the port. Kenya bought them in 2007 to replace its fleet.",
])
def test_no_supply_without_a_from_seller(run, text):
    assert _supplies(run, text) == []
