"""Issue 12, stop 62 (h-sup98): a definite kind noun ranked by a superlative within its holder's
own fleet ("now the largest warships of its navy", "the biggest frigate in its fleet") points
back to the ship the clause hands over (E7): no further item (sentences written for these
tests; real spaCy parse)."""

from __future__ import annotations

import pytest

from tests.test_extract_carrying_s30 import _supplies


def _items(run, text):
    """(supplier, item) of each supply, by key, else by name (as test_extract_h-coref12_s34,
    whose file name cannot be imported)."""
    _, rels = run(text)
    return {(a.key or a.lemma, b.key or b.lemma) for r in rels if r.relation == "supplies"
            for a in r.role("supplier") for b in r.role("item")}


@pytest.mark.parametrize("text, supplier, kept, dropped", [
    ("France has given Tunisia three old frigates, now the biggest warships of its navy.",
     "France", "frigate", "warship"),
    ("Italy handed two retired corvettes to Ghana, now the most modern warships in its fleet.",
     "Italy", "corvette", "warship"),
])
def test_ranked_kind_is_no_further_item(run, text, supplier, kept, dropped):
    items = {i for s, i in _items(run, text) if s == supplier}
    assert kept in items and dropped not in items, items


def test_ranked_kind_after_giving_is_no_item(run):
    text = ("Norway handed over the old minesweeper Vale to Latvia on Monday, giving the Baltic "
            "state the largest warship in its fleet.")
    assert ("Norway", "warship") not in _items(run, text)
    assert ("Norway", "Latvia") in _supplies(run, text)


@pytest.mark.parametrize("text, supplier, item", [
    # no holder's own fleet: the kind is what was sold
    ("Russia sold Vietnam the largest warships it has ever exported.", "Russia", "warship"),
    # an indefinite kind: a further item
    ("Spain sold Peru two frigates and a larger warship of its own design.", "Spain", "warship"),
])
def test_unranked_kinds_stay_items(run, text, supplier, item):
    assert (supplier, item) in _items(run, text)
