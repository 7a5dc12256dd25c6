"""Issue 12, stop 34 (h-rep30): claimants of "reports" (sentences written for these tests, none
taken from a corpus; real spaCy parse): a capital's older name before "radio" ("Peking radio
said") names that capital's broadcaster, a MediaOutlet, as "Tehran radio" does (dev E15, d414;
d475, d492)."""

from __future__ import annotations

import pytest


def _claimants(run, text):
    _, rels = run(text)
    return {c.key or c.lemma for r in rels if r.relation == "reports" for c in r.role("claimant")}


def _outlets(run, text):
    mentions, _ = run(text)
    return {m.key or m.lemma for m in mentions if m.cls == "MediaOutlet"}


@pytest.mark.parametrize("text, outlet, state", [
    ("Peking radio said on Sunday that the American warships had entered Chinese waters.",
     "Peking radio", "China"),
    ("Rangoon radio said the rebels had been driven back across the river.",
     "Rangoon radio", "Myanmar"),
])
def test_old_capital_name_radio_is_an_outlet(run, text, outlet, state):
    assert outlet in _claimants(run, text) | _outlets(run, text)
    assert state not in _claimants(run, text)


def test_state_adjective_radio_stays_the_state(run):
    # an unnamed outlet (E15): the state claims
    text = "Chinese radio said on Sunday that the American warships had entered Chinese waters."
    assert "China" in _claimants(run, text)
    assert not _outlets(run, text)


@pytest.mark.parametrize("text", [
    "Tanjug, the official news agency, said on Monday that the first jets had landed at Batajnica.",
    "Yugoslavia's Tanjug agency put the number of refugees at about 20,000.",
])
def test_tanjug_is_an_outlet_and_the_claimant(run, text):
    found = _claimants(run, text)
    assert "Tanjug" in found
    assert "Yugoslavia" not in found
