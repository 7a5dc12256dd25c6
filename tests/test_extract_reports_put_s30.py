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
