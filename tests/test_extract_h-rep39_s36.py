"""Issue 12, stop 36 (h-rep39): a leader's government that speaks away from the dateline, and
a bare denial with nothing before it to deny (sentences written for these tests, none taken
from a corpus; real spaCy parse). Each text opens with a headline line (a first sentence is
read as a headline)."""

from __future__ import annotations

import pytest


def test_leaders_government_in_another_city_is_not_the_datelines_state(claims):
    # the dateline's state (named in the headline too) is not the state of the government
    # that speaks in another city (dev d521)
    text = ("Britain approves radar sale to Tanzania\n\n"
            "LONDON, May 3 (2001) - Britain has approved the sale of a radar to Tanzania. "
            "In Arusha, the government of President Joseph Kimaro insisted that the radar "
            "was needed and denied that the price had been inflated.")
    found = claims(text)
    assert all(who != "United Kingdom" for who, statement in found
               if "radar was needed" in statement or "inflated" in statement), found


def test_leaders_government_in_a_capital_is_its_state(claims):
    # a capital read as its state still speaks for it
    text = ("Britain approves radar sale to Tanzania\n\n"
            "LONDON, May 3 (2001) - Britain has approved the sale of a radar to Tanzania. "
            "In Nairobi, the government of President Joseph Kimaro insisted that the radar "
            "was needed.")
    found = claims(text)
    assert ("Kenya", "the radar was needed") in [(w, s.removeprefix("that ")) for w, s in found], \
        found


@pytest.mark.parametrize("text", [
    "Ministry answers critics\n\nThe Norwegian Foreign Ministry rejected the accusations.",
    "Ministry answers critics\n\nThe weather was cold in Oslo on Monday. "
    "Jonas Lie rejected that charge.",
])
def test_bare_denial_with_nothing_to_deny_is_no_claim(claims, text):
    # no accusation or claim before it: "the accusations" states nothing (dev d141, d217)
    found = claims(text)
    assert found == [], found


def test_bare_denial_of_an_accusation_keeps_it(claims):
    found = claims("Ministry answers critics\n\nSweden accused Norway of selling rifles to "
                   "the rebels. Norway rejected the accusation.")
    assert any(who == "Norway" and "selling rifles" in statement
               for who, statement in found), found


@pytest.mark.parametrize("text", [
    "Rebels sign truce\n\nA spokesman for President Joshua Nkomo's Patriotic movement said "
    "the rebels would hand in their rifles.",
    "Rebels sign truce\n\nA spokesman for Ghana's ruling party said the rebels would hand "
    "in their rifles.",
])
def test_spokesman_for_a_led_body_is_not_its_leader_or_state(claims, text):
    # the body (unrecognised) speaks, not the possessor of its name: no claimant rather than
    # a wrong one (dev d429)
    found = claims(text)
    assert all(who not in ("Joshua Nkomo", "Ghana") for who, _ in found), found
