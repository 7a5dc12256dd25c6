"""Issue 12, stop 81 (h-sup130): supplies recall.

- "whose" stands for the relative clause's antecedent where it possesses the holder of goods
  bought from a seller ("the navy, whose coastal unit has operated a boat bought from X") or
  the goods that came from one ("the army, whose tanks have come from X"): the antecedent
  received (``_whose_antecedent`` in kg/extract/relations/supplies.py).

Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, supply", [
    ("The corvette joins the Peruvian Navy, whose coastal unit has long operated a fast attack "
     "craft bought from Israel and two old tugs.",
     ("Israel", "Navy (Peru)")),
    ("The deal is the first to reach the Egyptian army, whose rifles and tanks have come mostly "
     "from Russia.",
     ("Russia", "Army (Egypt)")),
])
def test_whose_antecedent_received(supply_pairs, text, supply):
    assert supply in supply_pairs(text)


def test_whose_goods_keep_their_item(supply_keys):
    found = supply_keys("The deal is the first to reach the Egyptian army, whose rifles and "
                        "tanks have come mostly from Russia.")
    assert ("Russia", "Army (Egypt)", "tank") in found


def test_whose_on_no_holder_gives_no_recipient(supply_pairs):
    # "whose" on the possessor of a person: the clause says nothing of goods the state holds
    pairs = supply_pairs("The minister, whose son sold rifles bought from Belgium, resigned.")
    assert not any(s == "Belgium" and r for s, r in pairs)
