"""`reports` precision constructions of issue 12, stop 29 (h-prec7), on sentences written for
this test (invented or generic participants, not taken from any article): each construction
has near-misses where no claim must appear and cases where the claim must stay."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

# --- "has said nothing", "said nothing about …": nothing is said, so no claim, as "did not
# comment" is none ---------------------------------------------------------------------------
SAID_NOTHING = [
    ("said_nothing_after_but", "Analysts think Chile has sold rifles to the rebels, but "
     "Santiago has said nothing.", "Chile"),
    ("said_nothing_about", "The Kenyan government said nothing about the incident.", "Kenya"),
    ("said_nothing_publicly", "Ghana, the main buyer, has said nothing publicly about the sale.",
     "Ghana"),
]
# a clause that begins with "nothing" is said, as is "said it knew nothing"
SAID_NOTHING_CLAIMS = [
    ("nothing_as_clause_subject", "Peru said nothing would change in its border policy.",
     "Peru", "nothing would change"),
    ("knew_nothing", "Bolivia said it knew nothing about the shipment.", "Bolivia",
     "knew nothing about the shipment"),
]


# --- "what X calls the/its Y": a definite name someone uses for a thing is no claim; an
# indefinite or bare complement ("in what X called a defensive operation") stays a claim ----
NAMED_TERM = [
    ("what_called_the_quoted", "Argentine troops crossed the border in what Chile called the "
     "\"final solution\".", "Chile"),
    ("what_calls_its", "Argentine ships sailed into what Chile calls its exclusive economic "
     "zone.", "Chile"),
]
CALLED_CLAIM = [
    ("what_called_indefinite", "Argentine troops crossed the border in what Chile called a "
     "defensive operation against smugglers.", "Chile", "a defensive operation"),
    ("what_called_bare", "Brazilian police raided the offices, in what Bolivia called "
     "harassment.", "Bolivia", "harassment"),
]


@pytest.mark.parametrize("name, text, claimant", SAID_NOTHING + NAMED_TERM)
def test_no_claim(claims, name, text, claimant):
    _check(claims(text), claimant, None)


@pytest.mark.parametrize("name, text, claimant, fragment", SAID_NOTHING_CLAIMS + CALLED_CLAIM)
def test_claim_stays(claims, name, text, claimant, fragment):
    _check(claims(text), claimant, fragment)
