"""Teams that are a force by their modifier (issue 12, stop 72, h-dep114): a medical
or engineering team a state sends is a force (relations.yaml ``force_phrases``); a rescue team
or a team of diplomats stays none.
Sentences written for this test."""

from __future__ import annotations


def _deploys(relations, text: str) -> set[tuple[str, str]]:
    return {(r["deployer"][0], r["destination"][0]) for rel, r in relations(text)
            if rel == "deploys"}


def test_a_medical_team_sent_by_a_state_is_deployed(relations):
    text = "Spain sent a medical team to Afghanistan in 2002."
    assert _deploys(relations, text) == {("Spain", "Afghanistan")}


def test_a_counted_engineering_team_is_deployed(relations):
    text = "Portugal has sent an engineering team of about 60 to Lebanon, the ministry said."
    assert _deploys(relations, text) == {("Portugal", "Lebanon")}


def test_a_team_with_two_modifiers_is_deployed(relations):
    text = "Poland has also sent a small medical and engineering team to Chad."
    assert _deploys(relations, text) == {("Poland", "Chad")}


def test_a_rescue_team_is_no_force(relations):
    # (guard: civilian rescuers)
    text = "Japan sent a rescue team to Turkey after the earthquake."
    assert _deploys(relations, text) == set()


def test_a_team_of_diplomats_is_no_force(relations):
    # (guard: a civilian delegation)
    text = "Austria sent a team of diplomats to Tehran to negotiate the release."
    assert _deploys(relations, text) == set()
