"""`reports`: "The leader of <a named body>, <Name>, said" (issue 12, stop 31, h-rep17), on
sentences written for this test (invented participants, not taken from any article): the
name in apposition, which the parser hangs on the body, names the leader who speaks, so
the description is no anaphor of a person named before (dev conventions R6)."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

# --- the apposition names the title's holder, not the head of government named before -----
NAMED_AFTER_BODY = [
    ("leader_of_breakaway_republic",
     "Foreign Minister Anna Ritter told parliament that the talks had failed. The leader of "
     "the breakaway Republic of Serbian Krajina, Pavel Orlov, denied that his men had shot "
     "down the airliner.", "Pavel Orlov", "Anna Ritter", "shot down the airliner"),
    ("leader_of_opposition_party",
     "Prime Minister Tomas Hallik said the frigates would sail in May. The leader of the "
     "opposition Labour Party, Marek Dolan, said the frigates were too old.", "Marek Dolan",
     "Tomas Hallik", "frigates were too old"),
]
# a bare title still refers back to its holder named before
TITLE_REFERS_BACK = [
    ("bare_prime_minister",
     "Prime Minister Tomas Hallik visited the naval base on Monday. The prime minister said "
     "the frigates would sail in May.", "Tomas Hallik", "frigates would sail"),
]


@pytest.mark.parametrize(("text", "claimant", "other", "fragment"),
                         [c[1:] for c in NAMED_AFTER_BODY], ids=[c[0] for c in NAMED_AFTER_BODY])
def test_named_after_body(claims, text, claimant, other, fragment):
    found = claims(text)
    _check(found, claimant, fragment)
    assert not any(c == other and fragment in s for c, s in found), found


@pytest.mark.parametrize(("text", "claimant", "fragment"), [c[1:] for c in TITLE_REFERS_BACK],
                         ids=[c[0] for c in TITLE_REFERS_BACK])
def test_title_refers_back(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)
