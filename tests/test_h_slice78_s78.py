"""Issue 12, stop 78 (h-slice78): a relative that gives a thing a proper name of its own is a
naming, no claim (R2), also where the parser misreads it: two sides' names for one place
("which A calls X and B calls Y", read as a relative reporting a clause), and a capitalised
name the tagger took for a common noun ("which it calls the HX-12"). A description after
the naming verb stays a claim (R1). Sentences written for this file (real spaCy parse)."""

from __future__ import annotations

import pytest


def _claims(relations, text: str) -> list[dict[str, list[str]]]:
    return [roles for rel, roles in relations(text) if rel == "reports"]


@pytest.mark.parametrize("text", [
    "Fishing boats often enter the waters around the reef, which Vietnam calls Da Lat and "
    "China calls Songhua.",
    "Patrol ships of both navies sail near the atoll, which Chile calls Isla Roja and Peru "
    "calls Punta Gris, every week.",
    "Chile has bought 12 of the same type, which it calls the HX-12, from Airbus, the "
    "newspaper said.",
])
def test_naming_relative_is_no_claim(relations, text):
    claims = _claims(relations, text)
    assert all("Vietnam" not in r.get("claimant", []) and "Chile" not in r.get("claimant", [])
               for r in claims), claims


def test_description_after_naming_verb_stays_a_claim(relations):
    text = "Iran condemned what it called the aggression of the Zionist regime."
    claims = _claims(relations, text)
    assert any("Iran" in r.get("claimant", []) for r in claims), claims
