"""`reports` statements of issue 12, stop 27 (h-rep8), on sentences written for this test
(invented or generic participants, not taken from any article): a reported clause that the
parser ends at a comma, hanging the rest on the reporting verb, runs on to its end."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

# --- "said that its troops, having finished their task, were returning …": an aside in the
# clause's subject; the predicate after it, opened by an auxiliary, is the clause's ---------
SPLIT_PREDICATE = [
    ("aside_then_auxiliary",
     "Peru announced on Monday that its forces, having achieved their aims, were withdrawing "
     "from the valley after ten days of fighting along the river, and claimed to have killed "
     "300 rebels.", "Peru", "having achieved their aims, were withdrawing from the valley"),
]

# --- "said that X was the fourth country to fly it, after A, B and C": the comparison after
# the comma belongs to the clause -----------------------------------------------------------
AFTER_COMMA = [
    ("fourth_country_after",
     "Leonardo said in a statement that Malaysia was the fourth country to operate the "
     "helicopter, after Italy, the Netherlands, Norway and Poland, and that it hoped for more "
     "orders in Asia.", "Leonardo", "after Italy, the Netherlands, Norway and Poland"),
]

# --- "said X, and that Y": one verb's second that-clause runs on in the same statement (the
# dev conventions of d346–d365: "a single verb with two that-clauses is one line"; stop 59's
# h-rep90, where this case was once kept apart); what follows "and" without "that" stays out ---
SECOND_THAT = [
    ("second_that_clause_runs_on",
     "Leonardo said in a statement that Malaysia was the fourth country to operate the "
     "helicopter, after Italy, the Netherlands, Norway and Poland, and that it hoped for more "
     "orders in Asia.", "Leonardo", "poland, and that it hoped"),
]
NOT_CONTINUED = [
    ("and_another_subject_kept_apart",
     "Leonardo said in a statement that Malaysia was the fourth country to operate the "
     "helicopter, after Italy, the Netherlands, Norway and Poland, and Thailand has ordered "
     "two more.", "Leonardo", "thailand has ordered"),
]


@pytest.mark.parametrize(("text", "claimant", "fragment"),
                         [pytest.param(t, c, f, id=i) for i, t, c, f in
                          SPLIT_PREDICATE + AFTER_COMMA + SECOND_THAT])
def test_clause_runs_on(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize(("text", "claimant", "fragment"),
                         [pytest.param(t, c, f, id=i) for i, t, c, f in NOT_CONTINUED])
def test_clause_not_continued(claims, text, claimant, fragment):
    found = claims(text)
    assert not any(fragment.lower() in s.lower() for c, s in found if c == claimant), found
