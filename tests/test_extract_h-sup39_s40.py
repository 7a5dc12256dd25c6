"""Issue 12, stop 40 (h-sup39): precision of `supplies` on text kg has not seen. Every sentence
was written for this file (none copied from an article); the expected triples follow
tests/corpus/dev/README.md. Each case lists every (supplier, recipient, items) triple the text
states, so a false one fails it too. Real spaCy parse."""

from __future__ import annotations

import pytest

from tests.test_challenge_supplies6 import _triples

# (text, {(supplier, recipient or None, (items…))}): a territory handed over is no supply
TERRITORY = [
    ("Britain handed Hong Kong to China in 1997.", set()),
    ("Israel handed Gaza to the Palestinian Authority.", set()),
    ("Russia agreed to give Crimea to Ukraine.", set()),
    # a state as the object is the recipient, and weapons handed over are still supplied
    ("Britain handed Jordan two frigates.", {("United Kingdom", "Jordan", ("frigate",))}),
    ("France sold Mirage jets to Morocco.", {("France", "Morocco", ("Mirage",))}),
]


@pytest.mark.parametrize("text, triples", TERRITORY, ids=[c[0][:48] for c in TERRITORY])
def test_territory_is_no_supply(run, text, triples):
    _, rels = run(text)
    assert _triples(rels) == triples
