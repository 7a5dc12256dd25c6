"""Issue 12, stop 29 (h-coref6). Sentences written for these tests, none taken from a corpus;
real spaCy parse. Positive and negative cases."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check

# --- "<leader>'s government says" where the article gives the leader no state: a head of
# state or government in a story filed from the capital of the state its headline names
# heads that state ------------------------------------------------------------------------
LEAD = "OSLO, May 2 (2004) - Norway signed a contract on Friday to buy four submarines.\n\n"
LEADERS_HOME = [
    ("chancellor_home",
     "Norway orders four submarines\n\n" + LEAD +
     "Chancellor Erik Lundby's government says the boats will cost 4 billion crowns.",
     "Norway", "the boats will cost 4 billion crowns"),
    ("president_argues",
     "Norway orders four submarines\n\n" + LEAD +
     "President Erik Lundby's government argues that the navy must patrol the northern coast.",
     "Norway", "the navy must patrol the northern coast"),
    # the headline names another state: the story need not be about the leader's own
    ("headline_other_state",
     "Germany wins submarine order\n\n" + LEAD +
     "Chancellor Erik Lundby's government says the boats will cost 4 billion crowns.",
     "Norway", None),
    # no title of a head of state or government: no state
    ("no_leader_title",
     "Norway orders four submarines\n\n" + LEAD +
     "General Erik Lundby's government says the boats will cost 4 billion crowns.",
     "Norway", None),
    # a leader the article affiliates keeps his own state
    ("affiliated_elsewhere",
     "Norway orders four submarines\n\n" + LEAD +
     "Swedish Prime Minister Erik Lundby's government says the boats will cost 4 billion "
     "crowns.", "Sweden", "the boats will cost 4 billion crowns"),
    ("affiliated_elsewhere_not_home",
     "Norway orders four submarines\n\n" + LEAD +
     "Swedish Prime Minister Erik Lundby's government says the boats will cost 4 billion "
     "crowns.", "Norway", None),
]


@pytest.mark.parametrize(("name", "text", "claimant", "fragment"), LEADERS_HOME,
                         ids=[c[0] for c in LEADERS_HOME])
def test_leaders_government_is_the_home_state(claims, name, text, claimant, fragment):
    _check(claims(text), claimant, fragment)
