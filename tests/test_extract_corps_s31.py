"""Issue 12, stop 31 (h-dep18): agentless passive deployments whose force names a state's own
armed corps listed without the state in its key (``state_corps``): the corps' state deploys it
(D3, the force's nationality; d444's Revolutionary Guards, d266's Foreign Legion troops).
Sentences written for these tests, none taken from a corpus; real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_extract_deploys_stop19 import _deploys


@pytest.mark.parametrize("text, expected", [
    # (the Revolutionary Guards as the whole force deploy as the IRGC, a named service, since
    # stop 67's D3: tests/test_h_dep121_s78.py)
    # a corps conjoined with a bare force: the phrase names one state (a capital stands for
    # its state, E12)
    ("France condemned the attack. Commandos and Foreign Legion troops were flown to Bangui "
     "on Sunday.", {("France", "Central African Republic")}),
    # (Royal Marines as the whole force deploy as the service since stop 66's D3:
    # tests/test_h-dep101_s66.py)
    ("Britain protested. Royal Marines and Gurkha troops were rushed to Port Stanley "
     "overnight.", {("United Kingdom", "Port Stanley")}),
])
def test_a_corps_sent_passively_is_its_states(run, text, expected):
    assert _deploys(run, text) == expected


@pytest.mark.parametrize("text", [
    # the phrase names corps of two states
    ("Iran and France spoke. Revolutionary Guards and Foreign Legion troops were flown to "
     "Aden."),
])
def test_no_corps_state(run, text):
    assert _deploys(run, text) == set()
