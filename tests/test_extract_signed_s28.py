"""Issue 12 (h-sig11, stop 28): who signs, on constructions recurring across readable dev
batches, each tested on sentences written for this file (real spaCy parse), with negatives.
Names are compared as `kg eval` compares them (lower case, a plural -s dropped)."""

from __future__ import annotations

from test_challenge_agreements import _observe

DEAL = "arms deal (peru\u2013navantia)"
LEAD = "Peru has received the first of four frigates from Navantia. "


# --- a leader's government signs for his state (d49, d341, d81) -----------------------------
def test_government_of_a_leader_is_his_state(run):
    """"signed by the government of President X": the state the deal names first."""
    _, signed, _ = _observe(run, LEAD + "The contract, signed in 2019 by the government of "
                                        "President Alberto Ruiz and valued at about 800 "
                                        "million dollars, also covers training.")
    assert ("peru", DEAL) in signed


def test_leaders_government_in_a_relative_clause(run):
    _, signed, _ = _observe(run, LEAD + "Officials said the contract that Prime Minister "
                                        "Alberto Ruiz's government had signed with Navantia in "
                                        "2019 was too costly.")
    assert {("peru", DEAL), ("navantia", DEAL)} <= signed


def test_leaders_title_names_his_state(run):
    """"the government of Chilean President X": the state his title names, not the deal's."""
    _, signed, _ = _observe(run, LEAD + "The contract, signed in 2019 by the government of "
                                        "Chilean President Mario Lagos, covers training.")
    assert ("peru", DEAL) not in signed
    assert ("chile", DEAL) in signed


def test_leaders_government_that_does_not_sign(run):
    _, signed, _ = _observe(run, LEAD + "President Alberto Ruiz's government criticised the "
                                        "contract that Navantia signed with Chile.")
    assert not any(p == "peru" for p, _ in signed)
