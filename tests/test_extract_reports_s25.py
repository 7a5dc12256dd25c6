"""`reports` constructions of issue 12, stop 25 (h-rep5), on sentences written for this test
(invented or generic participants, not taken from any article): each construction has cases
where a claim must appear and near-misses where a wrong claimant must not."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

# --- a ministry named by its kind after a state or its nationality: the ministry speaks (an
# Agency "<kind> (<state>)"), not its state; (id, text, claimant, fragment or None) -----------
MINISTRY_KINDS = [
    ("nationality_armed_forces_ministry",
     "The Danish armed forces ministry said the frigates would be delivered next year.",
     "Ministry of the Armed Forces (Denmark)", "frigates would be delivered"),
    ("possessive_external_affairs_ministry",
     "Nepal's external affairs ministry said the sale would unsettle the region.",
     "Ministry of External Affairs (Nepal)", "sale would unsettle"),
    ("nationality_health_ministry",
     "The Peruvian health ministry said 40 soldiers had been wounded in the clashes.",
     "Ministry of Health (Peru)", "40 soldiers had been wounded"),
    ("possessive_finance_ministry",
     "Ghana's finance ministry said the patrol boats would cost $30 million.",
     "Ministry of Finance (Ghana)", "patrol boats would cost"),
    # the ministry speaks, not its state nor the armed forces its name holds
    ("not_the_state",
     "The Danish armed forces ministry said the frigates would be delivered next year.",
     "Denmark", None),
    ("not_the_armed_forces",
     "The Danish armed forces ministry said the frigates would be delivered next year.",
     "Armed Forces (Denmark)", None),
]


@pytest.mark.parametrize(("text", "claimant", "fragment"),
                         [pytest.param(t, c, f, id=i) for i, t, c, f in MINISTRY_KINDS])
def test_ministry_kinds(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)
