"""A force named after the organisation it serves ("<alliance> troops", "<body>
peacekeepers") that an agentless passive or a participle places is that organisation's
deployment, beside any state named in its phrase (relations/body_forces.owning_body); and a
"where" clause on a place noun set in apposition to a named place ("<place>, the northern town
where …") places the force at that named place (deploys._where_relative_place). Issue 12,
stop 71, h-dep112. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _deploys(relations, text: str) -> set[tuple[str, str]]:
    return {(r["deployer"][0], r["destination"][0]) for rel, r in relations(text)
            if rel == "deploys"}


@pytest.mark.parametrize(("text", "pair"), [
    ("NATO jets have been stationed in Lithuania since 2004.", ("NATO", "Lithuania")),
    ("NATO warships were sent to the Aegean Sea in 2016.", ("NATO", "Aegean Sea")),
    ("Officials discussed the African Union troops stationed in Somalia.",
     ("African Union", "Somalia")),
])
def test_the_organisation_a_force_is_named_after_deploys_it(relations, text, pair):
    assert pair in _deploys(relations, text)


def test_the_organisation_and_the_state_named_in_the_force_phrase_both_deploy(relations):
    found = _deploys(relations, "About 500 UN peacekeepers, among them Irish soldiers, are "
                                "stationed in Cyprus.")
    assert {("United Nations", "Cyprus"), ("Ireland", "Cyprus")} <= found


def test_a_planned_stationing_stays_no_deployment(relations):
    # (guard: "will be stationed" is a plan, D5)
    assert _deploys(relations, "NATO troops will be stationed in Romania next year.") == set()


def test_a_states_own_service_keeps_its_deployment_alone(relations):
    # (guard: a state's service named on the force is no organisation of its own)
    found = _deploys(relations, "Royal Air Force jets have been stationed in Cyprus since 1974.")
    assert found == {("Air Force (United Kingdom)", "Cyprus")}


@pytest.mark.parametrize(("text", "pair"), [
    ("Crowds gathered in Gao, the northern town where French soldiers have been stationed "
     "since 2013.", ("France", "Gao")),
    ("Crowds gathered in Gao, the northern town where NATO troops were sent last year.",
     ("NATO", "Gao")),
])
def test_a_where_clause_on_a_place_noun_in_apposition_means_the_named_place(relations, text,
                                                                           pair):
    assert pair in _deploys(relations, text)


def test_a_where_clause_on_the_named_place_itself_is_unchanged(relations):
    # (guard: the clause hung on the name as before)
    found = _deploys(relations, "Crowds gathered in Gao, where French soldiers have been "
                                "stationed since 2013.")
    assert found == {("France", "Gao")}
