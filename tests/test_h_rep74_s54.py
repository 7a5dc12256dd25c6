"""Issue 12, stop 54 (s61 h-rep74): a state word that only qualifies an organisation's name.
Sentences written for these tests, none taken from a corpus; real spaCy parse.

- "The Finnish Maritime Prefecture said", "Swedish Shipping, the owners' association, said",
  "a spokesman for the U.S. Citizenship and Border Service said": the speaker is the body
  named after the state word, not the state. A demonym is the name's first word; an
  abbreviation ("U.S.") is not.
- Common words of a state's organs ("The Israeli Government said") name no body: the state.
"""

from __future__ import annotations

import pytest

from tests.test_h_rep66_s49 import _claimants


@pytest.mark.parametrize("text, body, state", [
    ("The Finnish Maritime Prefecture said the tanker had been boarded off Turku.",
     "Finnish Maritime Prefecture", "Finland"),
    ("Swedish Shipping, the owners' association, said the attacks would raise insurance costs.",
     "Swedish Shipping", "Sweden"),
    ("A spokesman for the U.S. Citizenship and Border Service said the agency would hire more "
     "inspectors.", "Citizenship and Border Service", "United States"),
])
def test_the_qualified_body_speaks_not_the_state(run, text, body, state):
    found = _claimants(run, text)
    assert body in found and state not in found, found


def test_a_state_organ_word_is_still_the_state(run):
    found = _claimants(run, "The Israeli Government said the talks would resume on Monday.")
    assert found == {"Israel"}, found


def test_a_title_after_the_state_word_is_no_body(run):
    found = _claimants(run, "The Danish Foreign Minister, Karen Holm, said the frigate would "
                            "stay in the Gulf until March.")
    assert "Karen Holm" in found and not any("Minister" in f for f in found), found
