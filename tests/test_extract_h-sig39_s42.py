"""Issue 12, stop 42 (h-sig39): a place-named agreement with a year or a hyphened count before
its name is that named agreement, not a deal of the city's state ("the 1920 Paris peace
treaty", "the twelve-point Governors Island accord") (sentences written for these tests, none
taken from a corpus; real spaCy parse)."""

from __future__ import annotations

from test_challenge_agreements import _norm, _observe


def test_year_before_a_capital_named_treaty_is_part_of_its_name(run):
    text = ("Under the 1920 Paris peace treaty, Austria may keep no more than 30,000 soldiers, "
            "the ministry said.")
    agreements, _, _ = _observe(run, text)
    assert _norm("1920 Paris peace treaty") in agreements, agreements
    assert not any(a.startswith("peace agreement (") for a in agreements), agreements


def test_hyphened_count_before_a_place_named_accord_is_no_part_of_it(run):
    text = ("Under the twelve-point Governors Island accord, the general will step down by "
            "October, diplomats said.")
    agreements, _, _ = _observe(run, text)
    assert _norm("Governors Island accord") in agreements, agreements
