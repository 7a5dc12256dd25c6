"""Issue 12, stop 32 (h-sig19): the body a named signer's title names is no party, tested on
sentences written for this file (real spaCy parse)."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _observe

# (id, text, (party, agreement) pairs present, pairs absent)
CASES = [
    # "the leader of ORG, NAME": the named holder signs, not the body of his title (d450)
    ("title-of-body-then-name", "Peru's President Alan Garcia and the leader of the National "
     "Liberation Front, Hernan Quiroga, signed the Treaty of Lerma on Tuesday.",
     {("alan garcia", "treaty of lerma"), ("hernan quiroga", "treaty of lerma")},
     {("national liberation front", "treaty of lerma")}),
    # "NAME, leader of ORG" (d428)
    ("name-then-title-of-body", "Peru's President Alan Garcia and Hernan Quiroga, leader of the "
     "National Liberation Front, signed the Treaty of Lerma on Tuesday.",
     {("alan garcia", "treaty of lerma")}, {("national liberation front", "treaty of lerma")}),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_named_holder_body(run, case):
    _, text, present, absent = case
    _, signed, _ = _observe(run, text)
    assert (present - signed, absent & signed) == (set(), set()), signed
