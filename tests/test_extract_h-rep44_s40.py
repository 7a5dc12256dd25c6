"""Issue 12, stop 40 (s46 h-rep44): claims kg read where nothing was said, and findings it missed
(sentences written for these tests, none taken from a corpus; real spaCy parse). A relative
clause that only names a place ("which China calls Yongxing", the name tagged as a verb) or
claims it in the passive ("which is also claimed by Manila") states nothing; a court's or an
auditor's "found that …" is its claim, but "found them cheapest" (no finite clause) is none.
Each text opens with a headline line."""

from __future__ import annotations


def test_name_given_in_a_relative_clause_is_no_claim(claims):
    found = claims("Reef row\n\nThe navy said troops had landed on the island, which China "
                   "calls Yongxing.")
    assert found == [], found


def test_passive_territorial_claim_in_relative_clause_is_no_claim(claims):
    found = claims("Reef row\n\nChina has built a runway on the reef, which is also claimed by "
                   "the Philippines and Vietnam.")
    assert found == [], found
    found = claims("Reef row\n\nThe reefs are claimed by Vietnam and Malaysia.")
    assert found == [], found


def test_passive_claim_of_a_statement_stays(claims):
    found = claims("Ship sunk\n\nIt was claimed by Vietnam that the ship had sunk.")
    assert [who for who, _ in found] == ["Vietnam"], found
    assert "the ship had sunk" in found[0][1], found


def test_court_finding_is_a_claim(claims):
    found = claims("Ruling\n\nThe International Court of Justice found that Ghana held no "
                   "sovereignty over the islands.")
    assert [who for who, _ in found] == ["International Court of Justice"], found
    assert "Ghana held no sovereignty over the islands" in found[0][1], found


def test_finding_without_a_finite_clause_is_no_claim(claims):
    found = claims("Arms\n\nPeru buys its rifles wherever it finds them cheapest.")
    assert found == [], found
    found = claims("Raid\n\nIndian troops found weapons in the house.")
    assert found == [], found
