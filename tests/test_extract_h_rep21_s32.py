"""`reports`: nominal claims whose source is the noun's own modifier (issue 12, stop 32,
h-rep21), on sentences written for this test (invented participants): "denied Chilean charges
that …", "a Foreign Office charge that …" are the source's claims beside the denial (dev
conventions R4); an assurance or a statement so named is not, nor an unnamed source."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

MODIFIER_SOURCE = [
    ("adjective_source",
     "Peru said on Monday that its border was calm and denied Chilean charges that its "
     "troops had fired on the convoy.", "Chile", "troops had fired on the convoy"),
    ("country_compound_source",
     "Kenya's government on Friday denied U.S. charges that a plant near Mombasa was built "
     "to assemble rockets.", "United States", "plant near Mombasa was built"),
    ("ministry_compound_source",
     "The junta on Tuesday denied a State Department charge that it had shipped rifles to "
     "the rebels in the north.", "United States Department of State",
     "shipped rifles to the rebels"),
    ("possessive_source",
     "Ghana rejected Nigeria's accusation that it had sheltered the mutineers.", "Nigeria",
     "sheltered the mutineers"),
]
NO_SOURCE = [
    ("assurance_is_no_accusation",
     "The minister said he accepted Saudi assurances that the rockets were for defence.",
     "Saudi Arabia"),
    ("unnamed_experts",
     "Uganda rejected U.N. experts' charge that it had armed the rebels.", "United Nations"),
    ("charge_as_price",
     "Norway will hand over the patrol boats free of charge, the Norwegian navy said.",
     "Norway"),
]


@pytest.mark.parametrize(("text", "claimant", "fragment"), [c[1:] for c in MODIFIER_SOURCE],
                         ids=[c[0] for c in MODIFIER_SOURCE])
def test_modifier_source_claims(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize(("text", "claimant"), [c[1:] for c in NO_SOURCE],
                         ids=[c[0] for c in NO_SOURCE])
def test_no_modifier_source(claims, text, claimant):
    _check(claims(text), claimant, None)
