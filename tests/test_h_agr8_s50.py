"""Issue 12, h-agr8 (stop 50): an agreement named after the dateline's place whatever spaCy
guessed the place word was (sentences written for these tests, real spaCy parse). The branch's
two other rules (a self-named name, the article's one later name) each fixed one readable article
and were dropped in review (rule of two)."""

from __future__ import annotations

import pytest


def _signed(run, text):
    """(party, agreement) of every signed relation: keys, else the mention's words."""
    _, rels = run(text)
    return {(p.key or p.span.text, a.key or a.span.text) for r in rels if r.relation == "signed"
            for p in r.role("party") for a in r.role("agreement")}

# --- "KIBERA, … - … The Kibera accord, signed … by A, B and C": named after the dateline's
# place, whatever spaCy guessed the place word was (dev d807) ---------------------------------

DATELINE = ("{upper}, Honduras, Aug 7 - The presidents of Honduras, Nicaragua and Guatemala "
            "agreed today on a plan to disarm the rebels. The {place} accord, signed at a beach "
            "hotel by Jose Perez, Daniel Soto and Luis Mendez, asks the United Nations to set "
            "up a commission.")


@pytest.mark.parametrize("place", ["Rivas", "Kibera"])
def test_accord_named_after_the_dateline_place_is_signed_by_each_listed_signer(run, place):
    text = DATELINE.format(upper=place.upper(), place=place)
    assert _signed(run, text) >= {(p, f"{place} accord")
                                  for p in ("Jose Perez", "Daniel Soto", "Luis Mendez")}
