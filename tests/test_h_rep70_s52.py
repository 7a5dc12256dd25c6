"""Issue 12, stop 52 (s59 h-rep70): whose claim it is. Sentences written for these tests,
none taken from a corpus; real spaCy parse.

- A bare "X rejected the account." denies the account the article told (its lead, or the
  claim told after the last "account"), not the latest remark of another speaker.
- "one Oslo-based analyst said", "the London-based group said": the place where an unnamed
  speaker sits is no claimant.
"""

from __future__ import annotations

import pytest

from tests.test_h_rep66_s49 import _claimants


def _statements(run, text: str, claimant: str) -> list[str]:
    _, rels = run(text)
    return [r.attr("statement") or "" for r in rels if r.relation == "reports"
            and any((m.key or m.lemma) == claimant for m in r.role("claimant"))]


def test_the_account_is_the_lead_not_the_latest_remark(run):
    text = ("Norway says Swedish submarine damaged cable\n\n"
            "OSLO, May 2 - Norway said a Swedish submarine had entered its waters near Bergen "
            "and damaged an undersea cable. Prime Minister Lars Olsen said he had raised the "
            "matter with Stockholm. \"Sweden must explain what its submarine was doing,\" Olsen "
            "told reporters. Sweden rejected the account.")
    found = _statements(run, text, "Sweden")
    assert any("entered its waters near Bergen" in s for s in found), found


def test_the_account_is_the_one_told_after_the_last_account(run):
    text = ("Estonia said Latvian border guards had fired on one of its patrol boats on the "
            "river. Latvia gave a very different account. Its interior ministry said the "
            "Estonian boat had crossed into Latvian waters and ignored warnings to stop. "
            "Latvian officials accused Tallinn of staging a provocation. Estonia rejected the "
            "account.")
    found = _statements(run, text, "Estonia")
    assert any("crossed into Latvian waters" in s for s in found), found
    assert not any("provocation" in s for s in found), found


@pytest.mark.parametrize("text, place", [
    ("\"The deal will change the balance in the north,\" one Oslo-based analyst said.",
     "Norway"),
    ("The London-based group said the ships had been sold to Myanmar.", "United Kingdom"),
])
def test_a_based_place_of_an_unnamed_speaker_is_no_claimant(run, text, place):
    found = _claimants(run, text)
    assert place not in found, found
