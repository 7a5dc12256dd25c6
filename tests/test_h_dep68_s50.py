"""Issue 12, stop 50 (s57 h-dep68): a "where" clause the parser hangs on the last noun of a
participle phrase describes the place that phrase is set on — a date ("a garrison in Belize,
set up in 1981, where …") or a state a restrictive "bordering" only relates the place to
("countries bordering Iran, where …"); a where clause on a place itself is unchanged.
Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

from tests.test_extract_deploys_stop19 import _deploys


def test_a_where_clause_after_a_dated_participle_describes_the_place_before(run):
    found = _deploys(run, "Britain has a garrison in Belize, set up in 1981, where 1,500 "
                          "British troops are stationed.")
    assert ("United Kingdom", "Belize") in found


def test_a_where_clause_after_bordering_describes_the_bordering_place(run):
    found = _deploys(run, "Moscow wants bases removed from Turkey and other countries "
                          "bordering Iran, where American missiles have been deployed.")
    assert ("United States", "Turkey") in found
    assert ("United States", "Iran") not in found


def test_a_where_clause_on_a_place_is_unchanged(run):
    found = _deploys(run, "The convoy reached Kabul, where Germany has deployed 500 soldiers.")
    assert ("Germany", "Afghanistan") in found


def test_a_where_clause_after_a_place_participle_keeps_that_place(run):
    found = _deploys(run, "Iran armed the militias operating in Syria, where Iranian "
                          "advisers have been deployed since 2013.")
    assert ("Iran", "Syria") in found
