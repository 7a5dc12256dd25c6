"""Issue 12, stop 37 (h-dep34): deployments in relatives, passives and states (sentences
written for these tests, none taken from a corpus; real spaCy parse): a decision to send (D5)."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text", [
    "The cabinet decided in March to send a battalion to Lebanon.",
    "Prime Minister Jan Novak decided last week to deploy 200 soldiers to Kosovo.",
    "The government chose to dispatch two frigates to the Gulf.",
])
def test_decision_to_send_is_no_deployment(run, text):
    # D5: a decision is `asserted: false`; no asserted line
    assert not _deploys(run, text)


def test_sending_after_a_decision_still_counts(run):
    assert ("Poland", "Lebanon") in _deploys(
        run, "Poland sent a battalion to Lebanon after the cabinet decided to act.")
