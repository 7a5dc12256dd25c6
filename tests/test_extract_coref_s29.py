"""Issue 12, stop 29 (h-coref5). Sentences written for these tests, none taken from a corpus;
real spaCy parse. Positive and negative cases."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

# --- ", a charge the ministry rejects." (the verb tagged a plural noun, the description hung
# on it): the description is the denier, the actor named before; also at a paragraph's end ---
DENIED_BY_DESCRIPTION = [
    ("ministry_rejects",
     "Peru's defence ministry ordered two frigates from Italy in May. Chile has complained that "
     "the order broke a border accord, a charge the ministry rejects.",
     "Ministry of Defence (Peru)", "the order broke a border accord"),
    ("alliance_rejects_paragraph_end",
     "NATO held talks in Brussels on Monday.\n\nMoscow has said that the exercises threaten its "
     "borders, a claim the alliance rejects.\n\nThe talks went on.",
     "NATO", "the exercises threaten its borders"),
    # a description with a modifier of its own names someone else (not the ministry named)
    ("other_ministry",
     "Peru's defence ministry ordered two frigates from Italy in May. Chile has complained that "
     "the order broke a border accord, a charge the foreign ministry rejects.",
     "Ministry of Defence (Peru)", None),
]


@pytest.mark.parametrize(("name", "text", "claimant", "fragment"), DENIED_BY_DESCRIPTION,
                         ids=[c[0] for c in DENIED_BY_DESCRIPTION])
def test_a_charge_the_description_rejects(claims, name, text, claimant, fragment):
    _check(claims(text), claimant, fragment)
