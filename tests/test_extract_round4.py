"""Issue 12, round 4: agreement kinds and supply predicates (sentences written for these
tests, real spaCy parse)."""

from __future__ import annotations

import pytest


def _agreements(run, text):
    mentions, _ = run(text)
    return [m.key for m in mentions if m.cls == "Agreement"]


def _signed(run, text):
    _, rels = run(text)
    return {(p.key, a.key) for r in rels if r.relation == "signed"
            for p in r.role("party") for a in r.role("agreement")}


@pytest.mark.parametrize("text, key", [
    ("Chile said that Peru had signed letters of intent for six patrol boats.",
     "letter of intent (Chile–Peru)"),
    ("Norway and Finland signed a defence partnership in Oslo on Monday.",
     "defence partnership (Norway–Finland)"),
])
def test_loosely_named_agreement_kinds_are_agreements(run, text, key):
    assert key in _agreements(run, text)


def test_signing_a_defence_partnership_is_signed(run):
    found = _signed(run, "Norway and Finland signed a defense partnership in Oslo on Monday.")
    assert {("Norway", "defence partnership (Norway–Finland)"),
            ("Finland", "defence partnership (Norway–Finland)")} <= found
