"""Issue 12, stop 35 (h-rep34): claimants named by the place a sentence opens with
(sentences written for these tests, none taken from a corpus; real spaCy parse). "In
<capital>, officials said …" and "In <capital>, the military government said …" speak for
the state the capital stands for, as "officials in <capital>" do (dev d500, d431). Each
text opens with a headline line (a first sentence is read as a headline)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, state", [
    ("Peru buys frigates\n\nLIMA, May 3 (1998) - Peru has ordered two frigates from Italy.\n\n"
     "In Santiago, officials said they were watching the purchase closely.", "Chile"),
    ("Poland buys tanks\n\nWARSAW, Jun 9 (2019) - Poland signed a deal for 250 tanks.\n\n"
     "In Moscow, officials said the deal threatened the region.", "Russia"),
])
def test_opening_capital_gives_unnamed_officials_state(claims, text, state):
    found = claims(text)
    assert any(who == state for who, _ in found), found


@pytest.mark.parametrize("text, state, other", [
    ("Turkey lands troops\n\nNICOSIA, Jul 20 (1974) - Turkish troops landed on the island "
     "on Saturday.\n\nIn Athens, the military government said Greece would defend the "
     "island.", "Greece", "Cyprus"),
    ("Ecuador moves troops\n\nQUITO, Jan 27 (1995) - Ecuador sent troops to the border.\n\n"
     "In Lima, the government said its army had lost no positions.", "Peru", "Ecuador"),
])
def test_opening_capital_gives_the_government_state(claims, text, state, other):
    found = claims(text)
    assert any(who == state for who, _ in found), found
    assert all(who != other for who, _ in found), found


@pytest.mark.parametrize("text, wrong", [
    # sources give no claimant (R5), nor does an opposition official
    ("Peru buys frigates\n\nLIMA, May 3 (1998) - Peru has ordered two frigates from Italy.\n\n"
     "In Santiago, sources said the purchase worried the navy.", "Chile"),
    ("Peru buys frigates\n\nLIMA, May 3 (1998) - Peru has ordered two frigates from Italy.\n\n"
     "In Santiago, opposition officials said the purchase worried them.", "Chile"),
    # a place that does not open the sentence is where it happened, not the speaker's
    ("Peru buys frigates\n\nLIMA, May 3 (1998) - Peru has ordered two frigates from Italy.\n\n"
     "Officials said the frigates would be based in Chile.", "Chile"),
])
def test_no_state_for_sources_or_a_later_place(claims, text, wrong):
    found = claims(text)
    assert all(who != wrong for who, _ in found), found
