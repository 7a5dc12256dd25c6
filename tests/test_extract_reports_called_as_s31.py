"""`reports`: characterisation claims "X condemned/hailed/denounced Y as Z" (issue 12, stop 31,
h-rep19), on sentences written for this test (invented participants, not taken from any
article): where the parser hangs the "as" phrase on the object rather than on the verb, the
object and what it is called are still the statement (dev conventions R1); "such as" lists
examples and calls nothing, and a bare "condemned the attack" states nothing (R2)."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

CALLED_AS = [
    ("condemned_as_quoted",
     "Norland condemned the blockade as \"a flagrant act of piracy\" on Tuesday.",
     "Norland", "blockade"),
    ("denounced_as_on_object",
     "Foreign Minister Anna Ritter denounced the purchase as \"a dangerous step\" for the "
     "region.", "Anna Ritter", "dangerous step"),
    ("hailed_as_milestone",
     "Prime Minister Tomas Hallik hailed the treaty as a milestone for the whole region.",
     "Tomas Hallik", "milestone"),
]
NOT_CALLED = [
    ("bare_condemned",
     "Foreign Minister Anna Ritter condemned the attack on the convoy.", "Anna Ritter"),
    ("condemned_such_as",
     "Foreign Minister Anna Ritter condemned attacks on ports such as Varna and Burgas.",
     "Anna Ritter"),
]


@pytest.mark.parametrize(("text", "claimant", "fragment"), [c[1:] for c in CALLED_AS],
                         ids=[c[0] for c in CALLED_AS])
def test_called_as(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize(("text", "claimant"), [c[1:] for c in NOT_CALLED],
                         ids=[c[0] for c in NOT_CALLED])
def test_not_called(claims, text, claimant):
    _check(claims(text), claimant, None)


# --- "in a statement from its foreign ministry": the state's own body speaks ---------------
BODY = [
    ("statement_from_its_ministry",
     "Norway condemned the blockade as \"a flagrant act of piracy\" in a statement from its "
     "foreign ministry.", "Norway"),
]


@pytest.mark.parametrize(("text", "state"), [c[1:] for c in BODY], ids=[c[0] for c in BODY])
def test_statement_from_its_body(claims, text, state):
    found = claims(text)
    assert found and not any(c == state for c, _ in found), found
    assert any("piracy" in s for c, s in found), found


def test_person_from_white_house(claims):
    """A person who speaks "in a statement from the White House" keeps his claim."""
    _check(claims("In a statement from the White House, President Tom Hallik said the troops "
                  "would stay no longer than 30 days."), "Tom Hallik", "troops would stay")


# --- "welcomed X as Y" reads like "hailed X as Y"; a bare "welcomed X" states nothing ------
WELCOMED_AS = [
    ("welcomed_as_backbone",
     "Defence Minister Anna Ritter welcomed the frigates as \"the backbone of our navy\".",
     "Anna Ritter", "backbone of our navy"),
    ("welcomed_as_sign_that",
     "President Tomas Hallik welcomed the visit as a sign that \"the blockade is over\".",
     "Tomas Hallik", "blockade is over"),
]
WELCOMED_BARE = [
    ("welcomed_bare", "Prime Minister Tomas Hallik welcomed the deal.", "Tomas Hallik"),
    ("welcomed_but_believed",
     "Norwegian officials welcomed the tank part of the order but are believed to have "
     "lobbied for a larger one.", "Norway"),
]


@pytest.mark.parametrize(("text", "claimant", "fragment"), [c[1:] for c in WELCOMED_AS],
                         ids=[c[0] for c in WELCOMED_AS])
def test_welcomed_as(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize(("text", "claimant"), [c[1:] for c in WELCOMED_BARE],
                         ids=[c[0] for c in WELCOMED_BARE])
def test_welcomed_bare(claims, text, claimant):
    _check(claims(text), claimant, None)
