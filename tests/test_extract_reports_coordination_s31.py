"""`reports`: a reporting verb placed after a coordination of clauses ("X, and Y, officials
said"; "X, but Y, the ministry said") reports every clause of it (issue 12, stop 31,
h-prec11), on sentences written for this test (invented states and events, not taken from any
article). The parser makes the late "said" a conjunct of the first clause and takes only the
last clause for its complement; the statement was then that last clause alone."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

# --- the statement opens at the first clause of the coordination ---------------------------
WHOLE_COORDINATION = [
    ("and_officials_said",
     "OSLO, June 12 (1998) - Norway has flown about 1,300 soldiers into neighbouring Latvia "
     "to help President Ivars Berzins put down an army revolt, and Sweden has sent some 400 "
     "troops, Norwegian officials said on Friday.", "Norway",
     "Norway has flown about 1,300 soldiers"),
    ("but_ministry_said",
     "Portugal keeps four patrol boats in the harbour under a 1990 accord, but they took no "
     "part in the search, the Portuguese defence ministry said.", "Ministry of Defence (Portugal)",
     "Portugal keeps four patrol boats"),
]
# a speaker before his own clause keeps only what he says ("…, and the envoy said Y")
OWN_CLAUSE = [
    ("second_speaker_before_clause",
     "Norway sent engineers to Latvia, and the Latvian minister said the bridges would reopen "
     "in May.", "bridges would reopen", "Norway sent engineers"),
]


@pytest.mark.parametrize(("text", "claimant", "fragment"), [c[1:] for c in WHOLE_COORDINATION],
                         ids=[c[0] for c in WHOLE_COORDINATION])
def test_whole_coordination(claims, text, claimant, fragment):
    found = claims(text)
    _check(found, claimant, fragment)
    # the last clause stays in the same statement
    assert any(fragment.lower() in s.lower() and ("took no part" in s or "400 troops" in s)
               for _, s in found), found


@pytest.mark.parametrize(("text", "fragment", "forbidden"), [c[1:] for c in OWN_CLAUSE],
                         ids=[c[0] for c in OWN_CLAUSE])
def test_own_clause(claims, text, fragment, forbidden):
    found = claims(text)
    assert any(fragment in s for _, s in found), found
    assert not any(forbidden in s for _, s in found), found
