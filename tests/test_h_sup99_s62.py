"""Issue 12, stop 62 (h-sup99): a ship handed over under a new name ("…, renamed the X",
"now serving as Y", "where the ship was recommissioned as Z") is an item of the supply too
(dev conventions E6), wherever the parser hangs the naming word under the supply verb
(sentences written for these tests; real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_h_sup98_s62 import _items


@pytest.mark.parametrize("text, supplier, names", [
    # a participle coordinated with the supply verb, two names
    ("The Sri Lankan navy has received two cutters from Australia since 2012, renamed the "
     "SLNS Ranadeera and the SLNS Ranajaya, and Peru has bought three patrol boats.",
     "Australia", {"SLNS Ranadeera", "SLNS Ranajaya"}),
    # an adverbial participle with "as"
    ("Last year Spain transferred a retired corvette to Ghana, now serving as GNS Volta, and "
     "Italy has sold it two patrol boats.", "Spain", {"GNS Volta"}),
    # a clause below the verb whose subject is the ship ("the ship was … recommissioned as")
    ("The Danish navy handed over the minesweeper Vale to Pakistan at Korsor, where the ship was "
     "decommissioned and then recommissioned as PNS Tippu.", "Denmark", {"PNS Tippu"}),
])
def test_new_name_is_an_item(run, text, supplier, names):
    items = {i for s, i in _items(run, text) if s in (supplier, f"Navy ({supplier})")}
    assert names <= items, items


@pytest.mark.parametrize("text, supplier, name", [
    # a clause of its own subject coordinated with the supply: the other state's ship
    ("Britain sold two frigates to Oman last year, and Kenya renamed its old frigate KNS Umoja.",
     "United Kingdom", "KNS Umoja"),
    # the naming clause's subject is no ship
    ("Germany sold two submarines to Israel, whose navy named its new flagship INS Tanin.",
     "Germany", "INS Tanin"),
])
def test_other_names_are_no_items(run, text, supplier, name):
    assert name not in {i for s, i in _items(run, text) if s == supplier}
