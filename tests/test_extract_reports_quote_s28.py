"""`reports`: a reported clause that a quotation closes goes on after "and"/"but" (issue 12,
stop 28, h-rep10), on sentences written for this test (invented or generic participants):
the parser hangs the clause's next predicate on the reporting verb, so the statement stopped
at the closing quote."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

QUOTE_THEN_PREDICATE = [
    ("and_past_predicate", 'Minister Carlos Ruiz said the corvette was "purely defensive" and '
     "posed no danger to any neighbour.", "Carlos Ruiz", "and posed no danger to any neighbour"),
    ("but_auxiliary_predicate", "Bolivia said that its troops backed the talks \"fully and "
     "openly\" but were not guarding the border.", "Bolivia",
     "but were not guarding the border"),
    # (fails without the rule: the parser hangs "posed" on "quoted")
    ("quoted_as_saying", "Lima radio quoted the chief of the air force, General Carlos Ruiz, "
     'as saying the drones were "purely for patrol" and posed no danger to any state that '
     "respected Peru's borders.", "Lima radio", "and posed no danger to any state"),
]
QUOTE_THEN_PREDICATE_NOT = [
    # a second reporting verb is the speaker's own act, with its own statement
    ("second_reporting_verb", 'Bolivia called the treaty "a trap" and accused Peru of '
     "arming the rebels.", "Bolivia", "trap\" and accused"),
    # a conjunct with its own subject is no part of the clause
    ("own_subject", 'Bolivia said the frigate was "too old", and Peru said it would buy it.',
     "Bolivia", "peru said"),
]


@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    pytest.param(t, c, f, id=i) for i, t, c, f in QUOTE_THEN_PREDICATE])
def test_quote_then_predicate(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    pytest.param(t, c, f, id=i) for i, t, c, f in QUOTE_THEN_PREDICATE_NOT])
def test_quote_then_predicate_not(claims, text, claimant, fragment):
    found = claims(text)
    ours = [s.lower() for c, s in found if c == claimant]
    assert ours and not any(fragment.lower() in s for s in ours), found
