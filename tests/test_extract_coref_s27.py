"""Issue 12, stop 27 (h-coref3). Sentences written for these tests, none taken from a corpus;
real spaCy parse. Positive and negative cases for each rule."""

from __future__ import annotations

import pytest


def _pairs(run, text, relation, roles):
    """(first role, second role) of each unhedged relation, by key, else by name."""
    _, rels = run(text)
    return {(a.key or a.lemma, b.key or b.lemma) for r in rels if r.relation == relation
            and not r.attr("hedge") for a in r.role(roles[0]) for b in r.role(roles[1])}


# --- rule 1: a state named only as a force's nationality ("Turkish soldiers") is not the
# place a later "the country" means ("into the north of the country") ---
@pytest.mark.parametrize("text, pair, wrong", [
    ("Bolivian radio said on Monday that Peruvian soldiers had fired on a crowd in the capital. "
     "Chile sent a battalion into the north of the country, diplomats said.",
     ("Chile", "Bolivia"), ("Chile", "Peru")),
    ("Fighting spread across Mali last week, and Ugandan soldiers guarded the airport. Kenya "
     "sent 300 troops into the country on Friday.", ("Kenya", "Mali"), ("Kenya", "Uganda")),
])
def test_a_forces_nationality_is_not_the_place(run, text, pair, wrong):
    found = _pairs(run, text, "deploys", ("deployer", "destination"))
    assert pair in found and wrong not in found


@pytest.mark.parametrize("text, pair", [
    # a state named as a noun is still the place
    ("Peruvian officials said on Monday that Peru would welcome help. Chile sent a battalion "
     "into the north of the country, diplomats said.", ("Chile", "Peru")),
])
def test_a_state_named_as_a_noun_is_still_the_place(run, text, pair):
    assert pair in _pairs(run, text, "deploys", ("deployer", "destination"))
