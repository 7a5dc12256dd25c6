"""Issue 12, stop 32 (lead): who signs an agreement "as guarantor(s)" is no party, like a witness
or a facilitator (dev README, d446–d465: guarantors' signatures are `asserted: false`). Sentences
written for this file (real spaCy parse); names compared as `kg eval` compares them."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

# (id, text, (party, agreement) pairs present, pairs absent)
CASES = [
    ("guarantors", "Chad's President Idriss Malloum and the rebel leader Goukouni Weddeye signed "
     "the Lagos Accord on Friday. French President Valery Giscard d'Estaing and the OAU envoy, "
     "Edem Kodjo, signed the accord as guarantors.",
     {("idriss malloum", "lagos accord"), ("goukouni weddeye", "lagos accord")},
     {("valery giscard d'estaing", "lagos accord"), ("edem kodjo", "lagos accord")}),
    ("guarantor", "Peru's President Alan Ramos signed the Oruro Accord as guarantor.",
     set(), {("alan ramos", "oruro accord")}),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_guarantors_sign_no_party(run, case):
    _, text, present, absent = case
    _, signed, _ = _observe(run, text)
    assert (present - signed, absent & signed) == (set(), set()), signed
