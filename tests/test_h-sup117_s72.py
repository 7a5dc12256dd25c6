"""Issue 12, stop 72 (h-sup117): a conjunct the parser joined to a "from" seller that names
goods ("bought from Russia and Chinese-made Z-9 helicopters", "… and French-built armoured
cars") is a second item, its nationality origin (SU6), not a second seller; two states after
"from" both sell (sentences written for these tests; real spaCy parse).
"""

from __future__ import annotations

import pytest


def _suppliers(run, text: str) -> set[str]:
    _, rels = run(text)
    return {s.key or s.lemma for rel in rels if rel.relation == "supplies"
            for s in rel.role("supplier")}


@pytest.mark.parametrize("text, seller, origin", [
    ("The air force also flies Mi-17 helicopters bought from Russia and Chinese-made Z-9 "
     "helicopters.", "Russia", "China"),
    ("The Kenyan army operates T-72 tanks bought from Ukraine and French-built VBL armoured "
     "cars.", "Ukraine", "France"),
])
def test_goods_joined_to_the_seller_are_no_seller(run, text, seller, origin):
    sellers = _suppliers(run, text)
    assert seller in sellers, sellers
    assert origin not in sellers, sellers


def test_two_states_after_from_both_sell(run):
    assert {"Russia", "Belarus"} <= _suppliers(
        run, "Peru bought T-72 tanks from Russia and Belarus in 2010.")
