"""Issue 12, stop 80 (h-slice80): goods that come from a holder's stores.

SU6: "came from Polish air force stocks", "would come from surplus US Army stocks" name the
stores' owner as the supplier, as "taken from German army stocks" does. The goods are the ones
a plural pronoun stands for, else (named by a kind alone) the article's deal's; the recipient is
only one the sentence's other supply names. A line stands even where the coming is still to
happen (the deal's arrangement is stated), not where it is negated. Every sentence was written
for these tests (none taken from a corpus; real spaCy parse).
"""

from __future__ import annotations

PRONOUN = ("Kenya flies new helicopters\n\nNAIROBI, May 3 - Kenya's air force has begun flying "
           "six Mi-17 helicopters, officials said. The ministry says the government bought the "
           "helicopters from Ukraine, while diplomats have said they came from Czech air force "
           "stocks.\n")
PLANNED = ("Peru to buy tanks\n\nLIMA, May 3 - Peru has agreed to buy 30 Leopard 1 tanks from "
           "Belgium, the ministry said. Officials said the vehicles would come from surplus "
           "Belgian army stocks.\n")
NEGATED = ("Peru to buy tanks\n\nLIMA, May 3 - Peru has agreed to buy 30 Leopard 1 tanks from "
           "Belgium, the ministry said. Officials said the vehicles would not come from "
           "Belgian army stocks.\n")


def test_pronoun_goods_from_stores_go_to_the_sentences_buyer(supply_lines):
    lines = supply_lines(PRONOUN)
    assert ("Air Force (Czech Republic)", ("Kenya",), ("Mi-17",)) in lines, lines


def test_goods_still_to_come_from_stores_are_the_owners_supply(supply_lines):
    lines = supply_lines(PLANNED)
    owned = {x for x in lines if x[0] == "Army (Belgium)"}
    assert owned == {("Army (Belgium)", (), ("Leopard 1 tank",))}, lines


def test_negated_coming_gives_no_line(supply_lines):
    assert not {x for x in supply_lines(NEGATED) if x[0] == "Army (Belgium)"}
