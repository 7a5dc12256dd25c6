"""Issue 12, stop 35 (h-coref13): pronoun coreference that fills relation roles (sentences
written for these tests, none taken from a corpus; real spaCy parse): "he"/"she" in a clause
under a main clause whose subject is a person named only by a role noun, or by a name behind a
title that no mention covers, refers to that person, not to one named in an earlier sentence
(dev d363, d468)."""

from __future__ import annotations

import pytest


def _claimants(claims, text):
    return {claimant for claimant, _ in claims(text)}


@pytest.mark.parametrize("text", [
    # a role noun as the main clause's subject: "he" in a relative clause is the minister
    "President Juan Ortiz opened the talks on Monday. The interior minister told reporters "
    "that the police would protect the farmers of the valley, whom he put at about 4,000.",
    "General Maria Lopez inspected the base on Friday. The defence spokesman showed "
    "journalists fragments of a rocket that he said had been fired from across the border.",
])
def test_unnamed_main_subject_is_not_an_earlier_person(claims, text):
    found = _claimants(claims, text)
    assert "Juan Ortiz" not in found and "Maria Lopez" not in found


def test_named_main_subject_still_resolves(claims):
    # the main clause's subject is named: "he" is that person
    text = ("President Juan Ortiz opened the talks on Monday. Ortiz showed reporters "
            "fragments of a rocket that he said had been fired from across the border.")
    assert any(c.endswith("Ortiz") for c in _claimants(claims, text))
