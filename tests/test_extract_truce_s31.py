"""Issue 12, stop 31 (h-sig18): truces and ceasefires as agreements where they are signed,
and a headline's signed "<Name> accord" the body names otherwise, tested on sentences written
for this file (real spaCy parse). Names are compared as `kg eval` compares them."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

HEADLINE_TRUCE = (
    "Peru and Ecuador sign truce at Tiwinza\n\nTIWINZA, Peru, Feb 17 (1995) - Peru and Ecuador "
    "signed a 30-day ceasefire on Friday at this jungle outpost. Foreign Minister Efrain "
    "Goldenberg of Peru signed the Itamaraty Agreement with his Ecuadorean counterpart.")
RENAMED = (
    "Fujimori and Mahuad sign Amazon accord in Brasilia\n\nBRASILIA, Oct 26 (1998) - President "
    "Alberto Fujimori of Peru and President Jamil Mahuad of Ecuador signed an agreement on "
    "Monday that ends their border dispute. Under the Itamaraty Accord, both armies will pull "
    "back from the frontier.")
KEPT = (
    "Fujimori and Mahuad sign Itamaraty accord in Brasilia\n\nBRASILIA, Oct 26 (1998) - "
    "President Alberto Fujimori of Peru and President Jamil Mahuad of Ecuador signed the "
    "Itamaraty Accord on Monday.")

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
    # a headline's "<Place> accord" over a body that names the agreement otherwise
    ("renamed-below", RENAMED, {"itamaraty accord"}, {"amazon accord"},
     {("alberto fujimori", "itamaraty accord"), ("jamil mahuad", "itamaraty accord")}, set()),
    # the headline's name is the body's name: kept
    ("kept", KEPT, {"itamaraty accord"}, set(), {("alberto fujimori", "itamaraty accord")},
     set()),
    # a bare headline kind with no name of its own is not renamed ("sign defence treaty")
    ("no-name", "Peru and Chile sign defence treaty in Lima\n\nLIMA, May 3 (1999) - Peru and "
     "Chile signed a defence treaty on Monday. Both joined the Rio Pact in 1947.",
     set(), set(), set(), {("peru", "rio pact"), ("chile", "rio pact")}),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_truces(run, case):
    _, text, present, absent, pairs, no_pairs = case
    agreements, signed, _ = _observe(run, text)
    assert (present - agreements, absent & agreements) == (set(), set()), agreements
    assert (pairs - signed, no_pairs & signed) == (set(), set()), signed
