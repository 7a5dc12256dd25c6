"""Issue 12, stop 38 (s44 h-sd1): supplies against deployments, converse purchases and
relative clauses (sentences written for these tests, none taken from a corpus; real spaCy
parse); the dev articles each construction came from are named at its test."""

from __future__ import annotations

from tests.test_extract_carrying_s30 import _supplies


def _deploys(run, text):
    _, rels = run(text)
    return {(a.key or a.lemma, b.key or b.lemma) for r in rels if r.relation == "deploys"
            for a in r.role("deployer") for b in r.role("destination")}


def test_weapons_sent_across_a_border_into_a_state_are_deployed(run):
    # (dev d571) the sender's own tanks entering a territory
    text = "Iraq has sent about 300 tanks across the border into eastern Syria to back the rebels."
    assert ("Iraq", "Syria") in _deploys(run, text)
    assert not _supplies(run, text)


def test_weapons_sent_to_a_state_stay_a_supply(run):
    # negative control: a hand-over goes "to" its recipient
    text = "Germany has sent 40 tanks to Poland."
    assert ("Germany", "Poland") in _supplies(run, text)
    assert not _deploys(run, text)


def test_armour_moved_by_a_relative_clause_subject(run):
    # (dev d571) "armour" is an armoured force; the relative clause's antecedent moves it
    text = "Turkey, which has moved armour to northern Cyprus, warned Athens on Monday."
    assert ("Turkey", "Cyprus") in _deploys(run, text)


def test_amount_of_troops_kept_stationed_in_a_state(run):
    # (dev d570) "keeps tens of thousands of troops stationed in": the keeper deploys them
    text = ("France, which keeps thousands of troops stationed in its zone of Austria, "
            "opposed the plan.")
    assert ("France", "Austria") in _deploys(run, text)


def test_speaker_glued_to_the_seller_is_no_seller(run):
    # (dev d576) the parser takes the speaker after the comma for the head of the "from"
    # phrase, or for its conjunct
    for tail in (".", ", making it a big buyer."):
        text = ("Greece has agreed to buy 40 Mirage 2000 fighters from France's Dassault-Breguet, "
                "Defence Minister Andreas Papandreou announced today" + tail)
        found = _supplies(run, text)
        assert any("Dassault" in s for s, r in found if r == "Greece"), found
        assert not any("Papandreou" in s for s, _ in found), found
