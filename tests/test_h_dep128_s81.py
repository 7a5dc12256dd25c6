"""Issue 12, stop 81 (h-dep128): a place coordinated with a destination that the parser hangs
above it, on the place noun the first name is "of" ("to the northern province of A and
neighbouring B") or on the sending verb ("to A and the three Baltic states"), is a second
destination of the same sending (dev conventions D6, G2; gold of d908, d1212). Sentences
written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

from tests.test_extract_deploys_stop19 import _deploys


def test_a_place_coordinated_with_the_verb(run):
    # (the parse makes "states" a conjunct of "sent")
    found = _deploys(run, "The United States sent about 500 marines to Romania and the three "
                          "Baltic states in June for training.")
    assert found == {("United States", "Romania"), ("United States", "Baltic states")}


def test_a_place_coordinated_with_the_place_noun(run):
    # (the parse makes "Jujuy" a conjunct of "region")
    found = _deploys(run, "SANTIAGO, Oct 13 - Argentina has begun deploying soldiers to the "
                          "northern region of Salta and neighbouring Jujuy after the floods.")
    assert found == {("Argentina", "Salta"), ("Argentina", "Jujuy")}


def test_a_noun_after_a_comma_clause_is_no_place(run):
    # a later clause's subject is no conjunct of the destination
    found = _deploys(run, "PARIS, Jan 4 - France sent 300 troops to Mali, and Germany said "
                          "it would help.")
    assert found == {("France", "Mali")}
