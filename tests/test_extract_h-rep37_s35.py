"""Issue 12, stop 35 (h-rep37): bodies named by a description as claimants (sentences written
for these tests, none taken from a corpus; real spaCy parse). A ministry owned by "the
<state description>" ("officials of the emirate's defence ministry said") is that state's
ministry, so a later "the ministry" refers back to it (dev d498). Each text opens with a
headline line (a first sentence is read as a headline)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, ministry", [
    ("Jets for Amman\n\nAMMAN, May 2 (1990) - Jordan has bought jets from France, officials "
     "of the kingdom's defence ministry said. The ministry added that pilots would train in "
     "France.", "Ministry of Defence (Jordan)"),
    ("Oman buys boats\n\nMUSCAT, Jun 8 (1995) - Oman ordered four patrol boats from Britain, "
     "a spokesman for the sultanate's defence ministry said.", "Ministry of Defence (Oman)"),
])
def test_ministry_owned_by_a_state_description(claims, text, ministry):
    found = claims(text)
    assert any(who == ministry for who, _ in found), found


@pytest.mark.parametrize("text, wrong", [
    # the description's style excludes the dateline's state: Kuwait is no kingdom
    ("Tanks for Kuwait\n\nKUWAIT, Dec 4 (1989) - Kuwait signed a deal with Yugoslavia, "
     "officials of the kingdom's defence ministry said.", "Ministry of Defence (Kuwait)"),
])
def test_no_ministry_of_a_state_the_description_cannot_mean(claims, text, wrong):
    found = claims(text)
    assert all(who != wrong for who, _ in found), found


@pytest.mark.parametrize("text, body", [
    # "the centre" is a centre named before, not the nearer ministry
    ("Latvia buys radars\n\nRIGA, Mar 3 (2021) - Latvia bought four radars, the defence "
     "ministry said. The Latvian Centre for Military Procurement handled the order for the "
     "ministry, a spokesman for the centre said.", "Latvian Centre for Military Procurement"),
    # "the movement" is the movement named before
    ("Rebels react\n\nHARARE, Jun 1 (1985) - The Patriotic Liberation Movement rejected the "
     "accord. In a statement issued in Lusaka, the movement said the accord would fail.",
     "Patriotic Liberation Movement"),
])
def test_centre_or_movement_named_before(claims, text, body):
    found = claims(text)
    assert any(who == body for who, _ in found), found


def test_centre_not_a_ministry(claims):
    # no centre named before: the ministry is not "the centre"
    found = claims("Latvia buys radars\n\nRIGA, Mar 3 (2021) - Latvia bought four radars, the "
                   "defence ministry said. A spokesman for the centre said delivery was due.")
    assert all(not who.startswith("Ministry") or "radars" in s for who, s in found), found
