"""Issue 12, stop 29 (h-sig13): `signed` and the agreement names it needs, tested on sentences
written for this file (real spaCy parse). Names are compared as `kg eval` compares them."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

# (id, text, (party, agreement) pairs present, pairs absent)
HEADLINE_NAMED = [
    # a headline's unnamed deal is the agreement that the next lines say people "put their
    # names/signatures to" (S1), as it is one they "signed" (d387, d346)
    ("names-to", "Kenya and Uganda seal final peace deal for northern border\n\nNAIROBI, May 2 "
     "(2011) - Negotiators for the two governments met in Nairobi on Monday.\n\nThe foreign "
     "ministers, Sam Ongeri and Sam Kutesa, put their names to the Treaty of Lake Victoria "
     "before a crowd of guests.",
     {("kenya", "treaty of lake victoria"), ("uganda", "treaty of lake victoria"),
      ("sam ongeri", "treaty of lake victoria")},
     {("kenya", "peace agreement (kenya–uganda)")}),
    # a name only mentioned, not signed, names no headline deal
    ("name-mentioned", "Kenya and Uganda seal final peace deal for northern border\n\nNAIROBI, "
     "May 2 (2011) - Negotiators for the two governments met in Nairobi on Monday.\n\nThe "
     "talks began under the Treaty of Lake Victoria, which lapsed in 2009.",
     {("kenya", "peace agreement (kenya–uganda)")}, {("kenya", "treaty of lake victoria")}),
]


@pytest.mark.parametrize("case", HEADLINE_NAMED, ids=[c[0] for c in HEADLINE_NAMED])
def test_headline_named(run, case):
    _, text, present, absent = case
    signed = _observe(run, text)[1]
    assert (present - signed, absent & signed) == (set(), set())
