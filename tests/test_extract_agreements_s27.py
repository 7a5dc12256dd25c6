"""Issue 12, stop 27 (h-agr2): agreement naming constructions, tested on sentences written for
this file (real spaCy parse). Names are compared as `kg eval` compares them."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

JCPOA = "joint comprehensive plan of action"

# (id, text, agreements present, agreements absent)
AGREEMENTS = [
    # "a nuclear agreement" of a sentence (else document) that names Iran is the JCPOA, as
    # "the Iran nuclear deal" is (d309, d42)
    ("state-before-kind", "Oman's ties with Washington were tested by the Iran nuclear "
     "agreement, a diplomat said.", {JCPOA}, set()),
    ("state-after-kind", "Officials said the missile sale broke no rule of the nuclear "
     "agreement reached with Iran in 2015.", {JCPOA}, set()),
    ("state-in-document", "Iran received its first missiles in May. Critics in Congress said "
     "the transfer broke the spirit of the nuclear deal.", {JCPOA}, set()),
    # the kind without Iran is no JCPOA
    ("other-states", "Ghana and Togo said they would sign a nuclear agreement next year.",
     set(), {JCPOA}),
]


@pytest.mark.parametrize("case", AGREEMENTS, ids=[a[0] for a in AGREEMENTS])
def test_agreements(run, case):
    _, text, present, absent = case
    agreements = _observe(run, text)[0]
    assert (present - agreements, absent & agreements) == (set(), set())
