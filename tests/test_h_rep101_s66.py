"""A refusing verb ("reject", "dismiss") in a relative clause on a thing refuses that thing and
denies no claim (issue 12, stop 66, h-rep101; dev conventions R2, R4), on sentences written
for this test: ", a ban on mines …, which Argentina has rejected" and a headline's "buys boats
that Colombia rejected" give the refuser no claim, while ", which La Paz denies" and ", which
Lima rejected as false" after a clause still deny that clause."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

REFUSED = [
    ("which_rejected_after_noun", "Brazil pressed for talks on a ban on mines along the river, "
     "which Argentina has rejected.", "Argentina"),
    ("which_rejects_as_noun_phrase", "Peru said the new map follows the old frontier in the "
     "east, which Chile rejects as the true border.", "Chile"),
    ("which_dismissed_after_noun", "Uruguay offered a joint patrol of the estuary, which "
     "Paraguay dismissed.", "Paraguay"),
    ("headline_that_rejected", "Ecuador buys patrol boats that Colombia rejected\n", "Colombia"),
]
DENIED = [
    # (guard) "denies" after a clause denies it
    ("which_denies_clause", "Lima said Bolivian troops had crossed the river, which La Paz "
     "denies.", "Bolivia", "troops had crossed the river"),
    # (guard) an "as" judging what was said keeps the denial of the clause
    ("which_rejected_as_false", "Quito said Peruvian troops had crossed the border, which Lima "
     "rejected as false.", "Peru", "troops had crossed the border"),
    # (guard) the claim before the refused thing stands
    ("claim_before_refusal", "Peru said the new map follows the old frontier in the east, "
     "which Chile rejects as the true border.", "Peru", "map follows the old frontier"),
]


@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    *(pytest.param(t, c, None, id=i) for i, t, c in REFUSED),
    *(pytest.param(t, c, f, id=i) for i, t, c, f in DENIED)])
def test_refused_things(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)
