"""Stop 25 (h-sup8): `supplies` by "induct" — a force takes weapons into service, read like
"receive": "from" names the supplier. Sentences written for this file; pairs follow
tests/corpus/dev/README.md."""

from __future__ import annotations

import pytest

from tests.test_challenge_supplies6 import _triples

CASES = [
    ("Egypt's army inducted 40 tanks from the United States.",
     {("United States", "Army (Egypt)", ("tank",))}),
    ("Peru inducts French Mirage jets.", {("France", "Peru", ("Mirage",))}),
    # negatives: no material (recruits), no supplier named (passive, SU7), origin only (SU6)
    ("The army inducted 200 new recruits from the villages.", set()),
    ("The jets, built by a state factory, were formally inducted at a ceremony in Lagos.", set()),
    ("Chile inducts US-made Mirage jets.", set()),
]


@pytest.mark.parametrize("text, triples", CASES, ids=[c[0][:48] for c in CASES])
def test_inducted_from(run, text, triples):
    _, rels = run(text)
    assert _triples(rels) == triples
