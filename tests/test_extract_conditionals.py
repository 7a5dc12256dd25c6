"""A condition states no event: "If Germany sends tanks to Ukraine, Russia will respond" is
neither a supply nor a deployment, whatever the verb's tense (issue 12, stop 17; found by
h-broad's probe sentences). Every sentence was written for this file. Real spaCy parse."""

from __future__ import annotations

import pytest


def _name(m) -> str:
    return m.key.split(" (")[0]


def _pairs(rels, relation: str, first: str, second: str) -> set[tuple[str, str]]:
    return {(_name(a), _name(b)) for r in rels if r.relation == relation
            for a in r.role(first) for b in r.role(second)}


@pytest.mark.parametrize("text, relation, first, second", [
    ("If Germany sends Leopard tanks to Ukraine, Russia will respond.",
     "supplies", "supplier", "recipient"),
    ("Russia will respond unless Germany delivers the Leopard tanks to Ukraine.",
     "supplies", "supplier", "recipient"),
    ("Officials asked whether France delivered the Rafale jets to India.",
     "supplies", "supplier", "recipient"),
    ("If Britain deploys 500 troops to Estonia, Moscow has warned it will retaliate.",
     "deploys", "deployer", "destination"),
])
def test_a_condition_is_no_event(run, text, relation, first, second):
    _, rels = run(text)
    assert _pairs(rels, relation, first, second) == set()


@pytest.mark.parametrize("text, relation, first, second, pair", [
    ("Germany sent Leopard tanks to Ukraine in March, the ministry said.",
     "supplies", "supplier", "recipient", ("Germany", "Ukraine")),
    ("Britain deployed 500 troops to Estonia after the talks failed.",
     "deploys", "deployer", "destination", ("United Kingdom", "Estonia")),
    # the condition is the other clause's: the delivery itself is stated as done
    ("Even if the deal collapses, France has already delivered 12 Rafale jets to Greece.",
     "supplies", "supplier", "recipient", ("France", "Greece")),
])
def test_a_fact_beside_a_condition_stays(run, text, relation, first, second, pair):
    _, rels = run(text)
    assert pair in _pairs(rels, relation, first, second)
