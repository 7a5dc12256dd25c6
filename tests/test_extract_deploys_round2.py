"""Issue 12, deploys recall round 2 (h-dep5): a force sent to act in a place, named in the
purpose infinitive (sentences written for these tests, none taken from a corpus; real spaCy
parse). Positive and negative cases."""

from __future__ import annotations

import pytest


def _pairs(run, text):
    """(deployer, destination) of each deployment, by key, else by name."""
    _, rels = run(text)
    return {(d.key or d.lemma, p.key or p.lemma) for r in rels if r.relation == "deploys"
            for d in r.role("deployer") for p in r.role("destination")}


@pytest.mark.parametrize("text, expected", [
    ("Kenya sends troops to lead African force in Somalia.", {("Kenya", "Somalia")}),
    ("Chad sent 2,000 soldiers to fight jihadists in Mali.", {("Chad", "Mali")}),
])
def test_the_place_of_a_purpose_infinitive_is_the_destination(run, text, expected):
    assert _pairs(run, text) == expected


@pytest.mark.parametrize("text", [
    "Chad sent 2,000 soldiers to train officers from Mali.",
    "Spain ordered its troops to return home in a break with its support for Morocco.",
])
def test_an_origin_or_an_ordered_return_is_no_destination(run, text):
    assert _pairs(run, text) == set()
