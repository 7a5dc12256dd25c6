"""Issue 12, stop 31 (h-sig18): truces and ceasefires as agreements where they are signed,
tested on sentences written for this file (real spaCy parse). Names are compared as `kg eval`
compares them."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

HEADLINE_TRUCE = (
    "Peru and Ecuador sign truce at Tiwinza\n\nTIWINZA, Peru, Feb 17 (1995) - Peru and Ecuador "
    "signed a 30-day ceasefire on Friday at this jungle outpost. Foreign Minister Efrain "
    "Goldenberg of Peru signed the Itamaraty Agreement with his Ecuadorean counterpart.")

# (id, text, agreements present, agreements absent, signed pairs present, pairs absent)
CASES = [
    # a signed ceasefire of two named states is their agreement
    ("signed-ceasefire", "Peru and Ecuador signed a 30-day ceasefire on Friday.",
     {"ceasefire (peru–ecuador)"}, set(),
     {("peru", "ceasefire (peru–ecuador)"), ("ecuador", "ceasefire (peru–ecuador)")}, set()),
    # declared or observed: no signing, no agreement
    ("declared", "Peru and Ecuador declared a ceasefire on Friday.", set(),
     {"ceasefire (peru–ecuador)"}, set(), {("peru", "ceasefire (peru–ecuador)")}),
    ("observed", "Peru and Ecuador observed a truce along the border on Friday.", set(),
     {"ceasefire (peru–ecuador)"}, set(), {("peru", "ceasefire (peru–ecuador)")}),
    # the headline's truce and the lead's ceasefire are the agreement the next line signs
    ("headline-truce", HEADLINE_TRUCE, {"itamaraty agreement"}, {"ceasefire (peru–ecuador)"},
     {("peru", "itamaraty agreement"), ("ecuador", "itamaraty agreement")}, set()),
    # "sign ceasefire and border pact": the ceasefire is what the pact is about
    ("ceasefire-and-pact", "Peru and Ecuador sign ceasefire and border pact in Brasilia\n\n"
     "BRASILIA, Oct 26 (1998) - Peru and Ecuador signed an agreement on Monday that ends their "
     "border dispute.", set(), {"ceasefire (peru–ecuador)"}, set(), set()),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_truces(run, case):
    _, text, present, absent, pairs, no_pairs = case
    agreements, signed, _ = _observe(run, text)
    assert (present - agreements, absent & agreements) == (set(), set()), agreements
    assert (pairs - signed, no_pairs & signed) == (set(), set()), signed
