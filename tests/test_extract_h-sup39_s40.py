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


# (text, {(supplier, recipient or None, (items…))}): a reduced passive of arming on a force
ARMED_BY = [
    ("Chile's navy, equipped by Britain, sailed south.",
     {("United Kingdom", "Navy (Chile)", ())}),
    ("Peru's army, armed mainly by France and Italy, held the border.",
     {("France", "Army (Peru)", ()), ("Italy", "Army (Peru)", ())}),
    # negatives: no force armed, or what it was armed with is the item's own clause
    ("Jets armed by Raytheon engineers flew overhead.", set()),
    ("The rebels, armed with rifles supplied by Iran, attacked.", {("Iran", None, ("rifle",))}),
]


@pytest.mark.parametrize("text, triples", ARMED_BY, ids=[c[0][:48] for c in ARMED_BY])
def test_force_armed_by(run, text, triples):
    _, rels = run(text)
    assert _triples(rels) == triples
