"""Issue 12, stop 33 (h-sig20): a passive signing that names its signers in several "by"
phrases (sentences written for this file, none taken from a corpus; real spaCy parse):
"was signed by A for X and by B for Y", "was also signed by the minister, A, and by
officials of B", "was signed at the palace by A, and for Y by B" (dev d466, d410, d447)."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

# (id, text, (party, agreement) pairs present, pairs absent)
CASES = [
    # a second "by" joined to the first one or to a "for": its signer signs too, not the
    # state of its "for"
    ("and-by-for-state", "The pact was also signed by Prime Minister Jan Kowalski and Foreign "
     "Minister Anna Nowak for Poland and by Foreign Minister Peter Novak for the Slovak "
     "Republic.", {("jan kowalski", "agreement (poland\u2013slovakia)"),
                   ("peter novak", "agreement (poland\u2013slovakia)")}, set()),
    ("and-by-after-for", "The Treaty of Lerma was also signed by Prime Minister Jorge Vargas and "
     "Foreign Minister Alan Garcia for Peru and by Foreign Minister Juan Perez for Bolivia.",
     {("alan garcia", "treaty of lerma"), ("juan perez", "treaty of lerma")},
     {("bolivia", "treaty of lerma")}),
    # "and for X by B" after the agent: B signs too
    ("and-for-state-by", "The Treaty of Lerma was signed at the old palace by Foreign Minister "
     "Alan Garcia, and for La Paz by Foreign Minister Juan Perez.",
     {("alan garcia", "treaty of lerma"), ("juan perez", "treaty of lerma")}, set()),
    # officials of a body in the second "by" make the body a party
    ("and-by-officials-of", "Chile and Peru signed the Lima Charter on Monday. The charter was "
     "also signed by the interior minister, Jan Kowalski, and by officials of the African "
     "Union.", {("jan kowalski", "lima charter"), ("african union", "lima charter")}, set()),
    # a verb joined to the passive is no further "by" phrase of the signing
    ("and-praised-by", "The Treaty of Lerma was signed by President Alan Garcia on Monday and "
     "praised by Foreign Minister Juan Perez.", {("alan garcia", "treaty of lerma")},
     {("juan perez", "treaty of lerma")}),
    # a "by" inside another verb's clause names no signer
    ("clause-by", "The Treaty of Lerma was signed by President Alan Garcia at a ceremony "
     "attended by Foreign Minister Juan Perez.", {("alan garcia", "treaty of lerma")},
     {("juan perez", "treaty of lerma")}),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_further_by_agents(run, case):
    _, text, present, absent = case
    _, signed, _ = _observe(run, text)
    assert (present - signed, absent & signed) == (set(), set()), signed
