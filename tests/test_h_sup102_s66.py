"""Issue 12, stop 66 (h-sup102): a transfer noun that a word of protest governs ("in protest
against the French sale of frigates to Taiwan", "criticised Germany's tank sales to Poland") is
a sale that was made, not one stopped (kg/extract/relations/protested_sales.py, relations.yaml
``protesting_heads``; dev README, supply forms: "the Dutch sale of … to"). Sentences written for
these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, pair", [
    ("Beijing lodged a formal protest against the French sale of six frigates to Taiwan.",
     ("France", "Taiwan")),
    ("Moscow has criticised Germany's tank sales to Poland, saying they threaten the region.",
     ("Germany", "Poland")),
    ("Cairo condemned the British sale of Centurion tanks to Jordan on Monday.",
     ("United Kingdom", "Jordan")),
])
def test_a_protested_sale_is_a_supply(supply_pairs, text, pair):
    assert pair in supply_pairs(text)


def test_the_protested_sale_keeps_its_items(supply_keys):
    found = supply_keys("Beijing lodged a formal protest against the French sale of six "
                        "frigates to Taiwan.")
    assert any(s == "France" and r == "Taiwan" and "frigate" in i.lower()
               for s, r, i in found)


@pytest.mark.parametrize("text", [
    # still to come (``unrealised``)
    "Beijing criticised the planned French sale of six frigates to Taiwan.",
    # no definite sale: a sale sought, any sale to come
    "China protested against a French sale of frigates to Taiwan.",
    "Beijing has condemned any French sale of frigates to Taiwan.",
    # a word that stops the sale, not one of protest
    "The government banned the French sale of six frigates to Taiwan.",
])
def test_guards_no_supply(supply_pairs, text):
    assert ("France", "Taiwan") not in supply_pairs(text)
