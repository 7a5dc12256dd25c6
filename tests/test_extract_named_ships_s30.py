"""Issue 12, stop 30 (h-ent23): a name right after a ship noun is a ship, also when the noun is
capitalised by its place (a headline) or is a yacht (sentences written for these tests, real
spaCy parse; no names from the frozen test splits)."""

from __future__ import annotations

import pytest


def _of(run, text, cls):
    """(key or surface form) of the mentions of class ``cls``."""
    mentions, _ = run(text)
    return {m.key or m.lemma for m in mentions if m.cls == cls}


@pytest.mark.parametrize("text, ship", [
    ("Cruiser Lexington sent to Gulf as tension rises\n\nThe Navy said on Friday that the "
     "Lexington would reach the Gulf within a week.", "Lexington"),
    ("Frigate Montrose heads for Aden\n\nThe Montrose left port on Monday with 180 sailors.",
     "Montrose"),
])
def test_a_headline_ship_noun_leaves_the_name_a_ship(run, text, ship):
    assert ship in _of(run, text, "Weapon")
    assert not {f"Cruiser {ship}", f"Frigate {ship}"} & (_of(run, text, "Agency")
                                                       | _of(run, text, "Company"))


def test_a_headline_ship_noun_before_words_named_once_makes_no_ship(run):
    text = "Frigate Deal Signed In Paris\n\nOfficials said the contract was worth $1 billion."
    assert "Deal Signed" not in _of(run, text, "Weapon")
    assert "Deal" not in _of(run, text, "Weapon")


@pytest.mark.parametrize("text, ship", [
    ("The president left the harbour on the royal yacht Sea Breeze after the ceremony.",
     "Sea Breeze"),
    ("Guests were taken aboard the presidential yacht Marisol in the bay.", "Marisol"),
])
def test_a_name_after_yacht_is_a_ship(run, text, ship):
    assert ship in _of(run, text, "Weapon")
