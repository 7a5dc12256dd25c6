"""Issue 12, stop 26 (h-dep9): deployments (sentences written for these tests, none taken from
a corpus; real spaCy parse). Positive and negative cases."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # a named unit a stationing passive places deploys itself (D2)
    ("The convoy belongs to the 4th Armoured Brigade, which is based in Tapa in Estonia.",
     {("4th Armoured Brigade", "Tapa"), ("4th Armoured Brigade", "Estonia")}),
    ("The 7th Infantry Division, which has been stationed in Kosovo since 1999, sent medics.",
     {("7th Infantry Division", "Kosovo")}),
    # "whose" unit in another named state: the unit (census of standing bases, stop 58 (b),
    # which changed d334's gold from the state; h-dep82)
    ("France, whose Pacific Fleet is based in Djibouti, called for calm.",
     {("Pacific Fleet", "Djibouti")}),
    # a fleet at home (a region whose state is not known here) is no deployment
    ("Finland borders Russia, whose Northern Fleet is based on the Kola Peninsula.", set()),
    # no force: an office is no unit
    ("The Foreign Ministry is based in Vilseck.", set()),
])
def test_a_named_unit_stationed_somewhere(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


@pytest.mark.parametrize("text, expected", [
    # the state owning the place noun a named place is in apposition to
    ("Fiji has begun flying soldiers to Tonga's main island, Tongatapu, to restore order.",
     {("Fiji", "Tongatapu"), ("Fiji", "Tonga")}),
    # the state owning the place noun a purpose infinitive acts on
    ("Russia sent troops to defend Syria's cities.", {("Russia", "Syria")}),
    # a named state's own people are no place
    ("Britain sent troops to protect Kenya's farmers.", set()),
])
def test_the_state_owning_the_place(role_pairs, text, expected):
    assert role_pairs(text, "deploys") == expected


def test_a_repeated_subject_pronoun_keeps_its_antecedent(role_pairs):
    # the second "it" is Cuba, as the first is, not the air force named between
    text = ("Cuba has been Angola's main ally since 1975. After the battle it replaced the "
            "Angolan air force's losses with MiG-23 fighters, and last year it sent two missile "
            "batteries with their Cuban crews to Luanda.")
    assert role_pairs(text, "deploys") == {("Cuba", "Angola")}


def test_a_purpose_place_in_a_coordinated_clause(role_pairs):
    text = ("Cuba has been Angola's main ally since 1975. After the battle it replaced the "
            "Angolan air force's losses with MiG-23 fighters, and last year it sent two missile "
            "batteries with their Cuban crews to defend Angola's cities.")
    assert role_pairs(text, "deploys") == {("Cuba", "Angola")}
