"""Issue 12: unnamed agreements named by their signing clause ("Kenya and Somalia signed a
security pact", "the accord was signed by A and B"), never by a plan or a bare mention
(sentences written for these tests, real spaCy parse)."""

from __future__ import annotations

import pytest
from test_extract_round4 import _agreements, _signed  # the same look-ups as round 4


@pytest.mark.parametrize("text, key", [
    ("The agreement was signed by Ghana and Togo in Accra.", "agreement (Ghana–Togo)"),
    ("Chile and Peru signed a security pact on Tuesday.", "security pact (Chile–Peru)"),
    ("Spain and Portugal signed a strategic partnership in Lisbon.",
     "strategic partnership (Spain–Portugal)"),
    ("Egypt signed an agreement with Italy to buy two frigates.", "agreement (Egypt–Italy)"),
    ("Thailand and Cambodia inked a memorandum on border patrols.",
     "agreement (Thailand–Cambodia)"),
    ("The accord between Ghana and Togo was signed in Lome.", "agreement (Ghana–Togo)"),
    ("The pact, which Norway signed with Denmark in June, took effect in May.",
     "agreement (Norway–Denmark)"),
    ("Foreign ministers from Chile and Argentina signed the memorandum in Santiago.",
     "agreement (Chile–Argentina)"),
])
def test_signed_agreement_word_is_a_new_agreement_of_its_parties(run, text, key):
    assert key in _agreements(run, text)


@pytest.mark.parametrize("text, parties", [
    ("The agreement was signed by Ghana and Togo in Accra.", {"Ghana", "Togo"}),
    ("The pact, which Norway signed with Denmark in June, took effect in May.",
     {"Norway", "Denmark"}),
    ("Chile and Peru signed a security pact on Tuesday.", {"Chile", "Peru"}),
])
def test_parties_sign_the_agreement_their_clause_names(run, text, parties):
    found = _signed(run, text)
    assert {p for p, _ in found} == parties, found
    assert len({a for _, a in found}) == 1, found


@pytest.mark.parametrize("text", [
    "Chile and Peru agreed to sign a security pact.",
    "Chile and Peru would sign an agreement next year.",
    "Chile and Peru did not sign the accord.",
    "Chile and Peru discussed a security pact on Tuesday.",
    "The agreement is a good thing for Chile and Peru, officials said.",
    "Chile and Peru hope to deepen their strategic partnership.",
])
def test_plans_and_mentions_without_a_signing_make_no_agreement(run, text):
    assert _agreements(run, text) == []


def test_bare_agreement_joins_the_deal_of_the_same_parties(run):
    keys = _agreements(run, "Egypt signs $2 billion deal for Italian frigates. Egypt signed an "
                            "agreement with Italy on Monday to buy two frigates.")
    assert len(set(keys)) == 1 and len(keys) == 2, keys


def test_qualified_agreement_keeps_its_modifier_as_mention(run):
    mentions, _ = run("Ghana signed a separate agreement with Togo on fishing rights.")
    found = [m.span.text for m in mentions if m.cls == "Agreement"]
    assert found == ["separate agreement"], found
