"""Issue 12, stop 27 (h-dep10): deployments (sentences written for these tests, none taken from
a corpus; real spaCy parse). Positive and negative cases."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # troops dropped on a place are deployed there (D4)
    ("Britain dropped 200 paratroopers into Kenya's northern desert.",
     {("United Kingdom", "Kenya")}),
    ("Belgium dropped several hundred paratroopers on the mining town of Kamina.",
     {("Belgium", "Kamina")}),
    # bombs, supplies, charges or plans dropped are no troops
    ("Israeli jets dropped bombs on Gaza overnight.", set()),
    ("The air force dropped food supplies over Jaffna.", set()),
    ("The army dropped charges against two soldiers in Kosovo.", set()),
])
def test_troops_dropped_on_a_place(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    # several states deployed before: an agentless passive's force is the one of the sentence
    # just before
    ("France sent 300 soldiers to Mali on Monday. Belgium has also sent 200 paratroopers to "
     "Niger. They were flown to the Agadez air base aboard transport aircraft.",
     {("France", "Mali"), ("Belgium", "Niger"), ("Belgium", "Agadez air base")}),
    # a sentence between them that deployed nothing: no deployer is known
    ("France sent 300 soldiers to Mali on Monday. Belgium has also sent 200 paratroopers to "
     "Niger. The talks ended on Friday. They were flown to the Agadez air base aboard transport "
     "aircraft.",
     {("France", "Mali"), ("Belgium", "Niger")}),
])
def test_the_deployer_of_the_sentence_before(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected
