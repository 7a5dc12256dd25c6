"""Issue 12, stop 31 (h-sig17): signatory lists and coordinated signers, tested on sentences
written for this file (real spaCy parse). Names are compared as `kg eval` compares them."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

# (id, text, (party, agreement) pairs present, pairs absent)
CASES = [
    # gapping: the second group signs "for" its side with the verb left out (d430)
    ("gapped-group", "Foreign Minister Pedro Alvarado signed the Treaty of Lerma for the "
     "government, and the rebel negotiators Tomas Ibarra, Luis Soto and Ramon Quintero for the "
     "National Liberation Front.",
     {("pedro alvarado", "treaty of lerma"), ("tomas ibarra", "treaty of lerma"),
      ("ramon quintero", "treaty of lerma"), ("luis soto", "treaty of lerma")}, set()),
    # a mediator who signs "as facilitator" is no party, like a witness (d428)
    ("facilitator", "Peru's President Alan Ramos, who mediated the talks, signed the Oruro "
     "Accord as facilitator.", set(), {("alan ramos", "oruro accord")}),
    ("witness", "Peru's President Alan Ramos, who mediated the talks, signed the Oruro "
     "Accord as a witness.", set(), {("alan ramos", "oruro accord")}),
    # "A and TITLE B signed" with A a bare surname of a person named before, which the parser
    # hangs on B as a modifier: A signs too (d51)
    ("surname-first", "Chile will buy 12 used Mirage jets from France, Defence Minister Hernan "
     "Quiroga said. Quiroga and French Armed Forces Minister Paul Vidal signed the Treaty of "
     "Callao last week, the ministry said.",
     {("quiroga", "treaty of callao"), ("paul vidal", "treaty of callao")}, set()),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_signers(run, case):
    _, text, present, absent = case
    _, signed, _ = _observe(run, text)
    assert (present - signed, absent & signed) == (set(), set()), signed
