"""Issue 12, stop 24 (h-sig7): agreement names and signing on constructions that recur across
readable dev batches, each tested on sentences written for this file (real spaCy parse), with
negatives. Names are compared as `kg eval` compares them (lower case, a plural -s dropped)."""

from __future__ import annotations

import pytest
from test_challenge_agreements import _norm, _observe


def _cases(rows: list[tuple]) -> list:
    """Each row (id, *values) as one pytest case named by its id."""
    return [pytest.param(*r[1:], id=r[0]) for r in rows]

# --- a defence agreement named as the text words it (d211, d276, d296) ----------------------
# (id, text, the agreement's name, names that must not be an agreement)
WORDED = [
    ("mutual", "Ghana, which has bought rifles from Kenya under a mutual defence agreement "
     "signed in 1977, protested on Monday.", "mutual defence agreement (ghana–kenya)",
     {"defence agreement (ghana–kenya)"}),
    ("joint-signed", "Peru and Chile signed a joint defence agreement in Lima on Tuesday.",
     "joint defence agreement (peru–chile)", {"defence agreement (peru–chile)"}),
    ("noun-and-adjectives", "Norway has sent Finland two radars under a joint regional air "
     "defence agreement concluded in 2015.",
     "joint regional air defence agreement (norway–finland)",
     {"defence agreement (norway–finland)"}),
    # negatives: a describing adjective stays out of the name; a bare one keeps the label
    ("new-left-out", "Peru and Chile signed a new defence agreement in Lima on Tuesday.",
     "defence agreement (peru–chile)", {"new defence agreement (peru–chile)"}),
    ("bare", "Peru and Chile signed a defence agreement in Lima on Tuesday.",
     "defence agreement (peru–chile)", set()),
]


@pytest.mark.parametrize(("text", "name", "not_names"), _cases(WORDED))
def test_worded_defence_agreement(run, text, name, not_names):
    agreements, _, _ = _observe(run, text)
    assert _norm(name) in agreements and not {_norm(n) for n in not_names} & agreements

