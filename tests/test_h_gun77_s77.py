"""Issue 12, h-gun77 (stop 84): a definite calibre before a generic gun noun ("The 155mm guns",
"the tracked 105mm guns") refers back to the one named artillery system the article named before
it, as "the guns" does (dev README E7; readable d119, d1342, d1364), not a kind `155mm gun` of
its own. An indefinite "155mm guns", two named systems before it, and "the 155mm howitzers" (a
kind repeated, d1140's `howitzer`) are left as they were (sentences written for these tests,
real spaCy parse).
"""

from __future__ import annotations

import pytest

from tests.test_h_wpn3_s52 import _weapons


def _items(run, text: str) -> set[str]:
    """Keys (or texts) of every supply line's items."""
    _, rels = run(text)
    return {m.key or m.span.text for r in rels if r.relation == "supplies"
            for n, ms in r.roles if n == "item" for m in ms}


@pytest.mark.parametrize(("text", "phrase"), [
    ("Peru has bought 24 Condor T-9 self-propelled howitzers from a Czech maker. The 155mm guns "
     "were shipped from Gdansk by the maker Acme Arms last month.", "155mm guns"),
    ("Peru has bought 24 Condor T-9 self-propelled howitzers from a Czech maker. The tracked "
     "155mm guns are a version of the Condor made by Acme.", "155mm guns"),
    ("Bolivia will buy 36 Tarka Mk 2 field howitzers from Serbia. These 105mm guns can fire a "
     "shell 15 km.", "105mm guns"),
])
def test_definite_calibre_guns_are_the_named_howitzer(run, text, phrase):
    found = _weapons(run, text)
    assert found.get(phrase) and found[phrase][:1].isupper()


def test_calibre_guns_supply_the_named_howitzer(run):
    text = ("Peru has bought 24 Condor T-9 self-propelled howitzers from a Czech maker. The 155mm "
            "guns were shipped from Gdansk by the maker Acme Arms last month.")
    items = _items(run, text)
    assert "155mm guns" not in items and "155mm gun" not in items
    assert any(i.startswith("Condor") for i in items)


@pytest.mark.parametrize(("text", "phrase"), [
    # indefinite: other guns, the calibre's own kind
    ("Peru has bought 24 Condor T-9 howitzers from a Czech maker. Chile has bought 155mm guns "
     "from Spain.", "155mm guns"),
    # two named systems before it: the text does not say which
    ("Peru has bought Condor T-9 howitzers and Lynx M-4 howitzers. The 155mm guns were shipped "
     "from Gdansk by Acme Arms.", "155mm guns"),
    # the kind repeated with its calibre is no generic gun noun
    ("Peru has bought 24 Condor T-9 self-propelled howitzers from a Czech maker. The Chinooks "
     "can carry the 155mm howitzers slung beneath them.", "155mm howitzers"),
])
def test_other_calibre_phrases_keep_their_kind(run, text, phrase):
    found = _weapons(run, text)
    assert phrase in found and not (found[phrase] or "")[:1].isupper()
