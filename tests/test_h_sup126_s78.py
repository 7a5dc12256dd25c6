"""Issue 12, stop 78 (h-sup126): relief goods aboard ships or planes under way to a named
state ("sailed … for X, carrying relief supplies", "left … for X, loaded with medicines") are a
supply without item beside the deployment, and a craft named by its service alone makes that
service the supplier (dev conventions SU11, h-gold78's question 6). No line for bare supplies
aboard beside a force's own vehicles, goods for people and not a state, or forces sent "to
carry food" (relations/relief_goods.py; relations.yaml ``under_way_verbs``, ``laden_verbs``).
Sentences written for these tests; real spaCy parse."""

from __future__ import annotations

import pytest


def _items(run, text: str) -> list[str]:
    _, rels = run(text)
    return [m.key or m.lemma for r in rels if r.relation == "supplies" for m in r.role("item")]


@pytest.mark.parametrize("text, pair", [
    ("Two Chilean warships sailed from Valparaiso for Peru on Monday, carrying relief "
     "supplies and engineers.", ("Chile", "Peru")),
    ("Three Brazilian transport planes left Recife for Haiti on Sunday, loaded with "
     "medicines and blankets.", ("Brazil", "Haiti")),
    ("A Royal Australian Air Force Hercules flew medics and tents to Fiji on Tuesday.",
     ("Royal Australian Air Force", "Fiji")),
])
def test_relief_goods_aboard_or_flown_by_a_service_are_a_supply(role_pairs, run, text, pair):
    assert pair in role_pairs(text)
    assert _items(run, text) == []


@pytest.mark.parametrize("text", [
    # bare supplies beside the force's own vehicles
    "Three Spanish warships carrying armoured vehicles, trucks and supplies sailed from Rota "
    "for Lebanon last week.",
    # goods for people, no state
    "Norwegian transport planes left Oslo on Friday, loaded with food for Afghan refugees.",
    # the goods are only what the sent ships are for
    "The Netherlands sent two ships to Suriname to carry food to flooded villages.",
])
def test_no_relief_supply_aboard(role_pairs, text):
    assert role_pairs(text) == set()
