"""Issue 12, deploys recall round 2 (h-dep5): a force sent to act in a place named in the
purpose infinitive, and agentless deployments of a state's own armed forces (sentences written
for these tests, none taken from a corpus; real spaCy parse). Positive and negative cases."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Kenya sends troops to lead African force in Somalia.", {("Kenya", "Somalia")}),
    ("Chad sent 2,000 soldiers to fight jihadists in Mali.", {("Chad", "Mali")}),
    # an origin, and an ordered return (no purpose), name no destination
    ("Chad sent 2,000 soldiers to train officers from Mali.", set()),
    ("Spain ordered its troops to return home in a break with its support for Morocco.", set()),
])
def test_the_place_of_a_purpose_infinitive_is_the_destination(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


# --- an agentless deployment reported by a state's own military -----------------------------


@pytest.mark.parametrize("text, expected", [
    ("India sent a peacekeeping force to Sri Lanka. An Indian military spokesman said two "
     "battalions had been airlifted to Jaffna.", {("India", "Sri Lanka"), ("India", "Jaffna")}),
    ("Sweden bought Patriot systems. One unit was stationed on Gotland that year, the Swedish "
     "Armed Forces said.", {("Sweden", "Gotland")}),
])
def test_a_states_military_reporting_an_agentless_deployment_deploys(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


def test_officials_reporting_an_agentless_deployment_name_no_deployer(role_pairs):
    text = "Ukraine said troops had been moved to Kharkiv. Ukrainian officials said troops " \
           "had been moved to Kharkiv."
    assert role_pairs(text, "deploys") == set()


def test_the_forces_own_nationality_wins_over_the_speaker(role_pairs):
    text = "Russia attacked. The Ukrainian army said Russian troops had been moved to Kursk."
    assert role_pairs(text, "deploys") == {("Russia", "Kursk Oblast")}


def test_soldiers_of_a_states_armed_forces_are_deployed_by_that_state(role_pairs):
    text = "France faces riots. Soldiers of the French armed forces have been stationed at " \
           "the port of Noumea."
    assert role_pairs(text, "deploys") == {("France", "Noumea")}


def test_a_military_body_without_its_state_named_gives_no_deployer(role_pairs):
    text = "Soldiers of the French armed forces have been stationed at the port of Noumea."
    assert role_pairs(text, "deploys") == set()


@pytest.mark.parametrize("text, expected", [
    ("France sent troops to protect French lives and to help Mali preserve its independence.",
     {("France", "Mali")}),
    ("France sent troops to protect its embassy and to evacuate citizens from Mali.", set()),
])
def test_a_coordinated_purpose_helping_a_state_names_the_destination(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected
