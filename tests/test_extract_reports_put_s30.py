"""`reports` constructions of issue 12, stop 30 (h-rep13): "<claimant> put <the cost> at
<figure>", on sentences written for this test (invented or generic participants, not taken
from any article): the statement holds what the gold writes (dev conventions R10)."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

# --- "put the cost at $3 billion once spares are included": the clause that qualifies the
# figure is part of the estimate; "while …" opens another claim and stays out
FIGURE_CONDITION = [
    ("once_clause",
     "The Finnish defence ministry put the cost at about 2 billion euros once spare parts and "
     "training were included.", "Ministry of Defence (Finland)",
     "2 billion euros once spare parts and training were included"),
    ("if_clause",
     "The Pentagon puts the price at $3 billion if the engines are counted, while Lockheed "
     "says it is lower.", "United States Department of Defense",
     "$3 billion if the engines are counted"),
]
FIGURE_CONDITION_NOT = [
    # "while" opens the other side's claim, not a condition of the figure
    ("while_clause",
     "The Pentagon puts the price at $3 billion, while Lockheed says it is lower.",
     "United States Department of Defense", "lockheed"),
]


@pytest.mark.parametrize(("text", "claimant", "fragment"),
                         [c[1:] for c in FIGURE_CONDITION],
                         ids=[c[0] for c in FIGURE_CONDITION])
def test_figure_condition(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize(("text", "claimant", "outside"),
                         [c[1:] for c in FIGURE_CONDITION_NOT],
                         ids=[c[0] for c in FIGURE_CONDITION_NOT])
def test_figure_condition_not(claims, text, claimant, outside):
    found = [s.lower() for c, s in claims(text) if c == claimant]
    assert found and not any(outside in s for s in found), found


# --- "Estimates of the fleet's size vary: the ministry puts it at 40 ships": "it" is what the
# estimates are of, in the same sentence or the one before, and the statement names it
ESTIMATED_ANTECEDENT = [
    ("same_sentence",
     "Norway ordered two frigates last year. Estimates of the rebel army's strength differ: "
     "the Finnish defence ministry puts it at about 4,000, while the rebels say they have "
     "twice that.", "Ministry of Defence (Finland)", "the rebel army's strength at about 4,000"),
    ("sentence_before",
     "Norway ordered two frigates last year. Estimates of the northern fleet's size vary. "
     "The Finnish defence ministry puts it at 40 warships and dozens of patrol boats.",
     "Ministry of Defence (Finland)", "the northern fleet's size at 40 warships"),
]
ESTIMATED_ANTECEDENT_NOT = [
    # no estimate named before: "it" stays as written
    ("no_estimate_noun",
     "Norway ordered two frigates last year. The Finnish defence ministry puts it at about "
     "4,000 euros a day.", "Ministry of Defence (Finland)", "it at about 4,000"),
]


@pytest.mark.parametrize(("text", "claimant", "fragment"),
                         [c[1:] for c in ESTIMATED_ANTECEDENT + ESTIMATED_ANTECEDENT_NOT],
                         ids=[c[0] for c in ESTIMATED_ANTECEDENT + ESTIMATED_ANTECEDENT_NOT])
def test_estimated_antecedent(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)
