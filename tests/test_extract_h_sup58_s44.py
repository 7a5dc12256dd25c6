"""Issue 12, stop 44 (s51 h-sup58): an agentless passive transfer made "under a contract with
X" or "under a programme that lets X give" is a supply from X (SU7); sentences written for
these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest


def _supplies(run, text):
    _, relations = run(text)
    return {(s.key, r.key if r else None, tuple(sorted(i.lemma for i in rel.role("item"))))
            for rel in relations if rel.relation == "supplies"
            for s in rel.role("supplier") for r in (rel.role("recipient") or [None])}


def test_contract_party_supplies_to_the_to_object(run):
    assert ("Lockheed Martin", "Chile", ("frigate",)) in _supplies(
        run, "The frigates were delivered to Chile under a contract with Lockheed Martin.")


def test_programme_giver_supplies(run):
    found = _supplies(run, "The old patrol boat was handed over to the Ghana Navy under a "
                           "programme that lets Washington give surplus equipment to allies.")
    assert {s for s, _, _ in found} == {"United States"}


def test_bare_word_takes_the_items_the_contract_is_for(run):
    found = _supplies(run, "The jets were supplied under a 2019 contract with Embraer for "
                           "eight Super Tucano trainers, together with rockets.")
    assert [s for s, _, _ in found] == ["Embraer"]
    assert {"Super Tucano", "rocket"} <= {i for _, _, items in found for i in items}


@pytest.mark.parametrize("text", [
    # the contract's party is the recipient itself: no supplier
    "The tanks were delivered to Chile under a contract with Chile.",
    # no party and no giver named
    "The jets were supplied under a contract worth $200 million.",
])
def test_no_named_counterparty_no_supply(run, text):
    assert not _supplies(run, text)
