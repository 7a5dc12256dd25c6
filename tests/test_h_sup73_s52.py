"""Issue 12, stop 52 (s59 h-sup73): a seller's obligation under a deal the article names is a
supply when worded as the reported "would" of a past verb of saying ("said Germany would
also hand over missiles"; not "would sell", an intention). Without a deal in the article it
stays a plan (SU3). Sentences written for these tests, none taken from a corpus;
real spaCy parse."""

from __future__ import annotations


def _supplies(run, text):
    _, relations = run(text)
    return {(s.key or s.span.text, o.key or o.span.text) for rel in relations
            if rel.relation == "supplies"
            for s in rel.role("supplier") for o in (*rel.role("recipient"), *rel.role("item"))}


def test_reported_would_hand_over_after_a_deal(run):
    pairs = _supplies(run, "Warsaw and Prague signed the deal on Monday. The minister praised "
                           "the deal and said Poland would also hand over spare parts and "
                           "missiles to the Czech Republic.")
    assert ("Poland", "Czech Republic") in pairs, pairs


def test_reported_would_deliver_after_a_deal(run):
    pairs = _supplies(run, "Egypt signed a contract for the jets last year. Officials said "
                           "France would deliver the first batch of aircraft to Egypt within "
                           "two years.")
    assert ("France", "Egypt") in pairs, pairs


def test_reported_would_deliver_without_a_deal_stays_a_plan(run):
    pairs = _supplies(run, "Officials said France would deliver aircraft to Egypt if asked.")
    assert ("France", "Egypt") not in pairs, pairs


def test_reported_would_sell_stays_an_intention(run):
    pairs = _supplies(run, "Egypt signed a contract for the tanks last year. The minister said "
                           "Britain would sell more jets to Egypt.")
    assert ("United Kingdom", "Egypt") not in pairs, pairs
