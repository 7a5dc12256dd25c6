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


@pytest.mark.parametrize("name, text, claimant", SAID_NOTHING)
def test_said_nothing_is_no_claim(claims, name, text, claimant):
    _check(claims(text), claimant, None)


@pytest.mark.parametrize("name, text, claimant, fragment", SAID_NOTHING_CLAIMS)
def test_clause_with_nothing_is_claim(claims, name, text, claimant, fragment):
    _check(claims(text), claimant, fragment)
