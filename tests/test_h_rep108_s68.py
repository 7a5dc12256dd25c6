"""Issue 12, stop 68 (h-rep108): unnamed members of a named party speak for the party.

"Opposition deputies of the <party> said", "critics in the <party> said": the party is the
claimant (dev conventions R8: unnamed members of a body are the body). The speaker's phrase
dropped what followed "of" after an opposition word and what followed "in" after a speaker
that no place makes a state's ("opposition members of parliament", "critics in Washington"),
so these claims had no claimant (dev gold d581, d972, d768). A party named by a party's word
(``party_name_words``) now stays the voice; a legislature or a place still does not.
Sentences written for these tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check


@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    # opposition members "of" a party: the party
    ("QUITO - Ecuador will buy six patrol boats from Chile. Opposition deputies of the "
     "Movement for National Renewal said the boats were too old.",
     "Movement for National Renewal", "the boats were too old"),
    ("Opposition senators of the Liberal Party said the purchase would strain the budget.",
     "Liberal Party", "the purchase would strain the budget"),
    # members "in" a party: the party
    ("Critics in the Progressive Party said the frigates would cost far more than promised.",
     "Progressive Party", "the frigates would cost far more"),
])
def test_members_of_a_party_speak_for_it(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize("text", [
    # a legislature the members sit in is no voice of theirs (as before)
    "Opposition members of parliament said the deal was too costly.",
    # nor is a place that only locates the critics
    "Critics in Washington said the deal was too costly.",
])
def test_legislature_or_place_still_no_claimant(claims, text):
    assert claims(text) == [], claims(text)
