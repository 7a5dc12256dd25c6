"""Issue 12, stop 78 (h-sup123): relief goods (food, medicine, tents, relief supplies, aid
carried by air or sea) that a state or agency sends, flies or ships to a recipient are a
supply without item (dev conventions SU11), also where the verb deploys what carries them
("flew soldiers and supplies to": D1 keeps the deployment beside it). No line where the goods
go to no actor (a town, villages), where they are only the purpose of a sending ("to ferry
food"), or where they are planned
(relations/relief_goods.py; relations.yaml ``relief_senders``, ``relief_carriers``,
``relief_modifiers``, ``relief_heads``, ``relief_preps``, ``relief_cargo``). Sentences written
for these tests; real spaCy parse."""

from __future__ import annotations

import pytest


def _items(run, text: str) -> list[str]:
    _, rels = run(text)
    return [m.key or m.lemma for r in rels if r.relation == "supplies" for m in r.role("item")]


@pytest.mark.parametrize("text, pair", [
    ("Japan has sent 80 tonnes of relief supplies to Fiji, including rice and blankets.",
     ("Japan", "Fiji")),
    ("Iran has flown dozens of planeloads of flour and rice into Lebanon since the war began.",
     ("Iran", "Lebanon")),
    ("Spanish cargo ships have carried grain and medicine to Morocco since the floods.",
     ("Spain", "Morocco")),
    ("Italy sent two transport planes from Sicily to Tunisia with relief supplies.",
     ("Italy", "Tunisia")),
    ("Chile has airlifted fuel and supplies to Lima to support the Bolivian troops there.",
     ("Chile", "Bolivia")),
])
def test_relief_goods_sent_to_an_actor_are_a_supply(role_pairs, run, text, pair):
    assert pair in role_pairs(text)
    assert _items(run, text) == []


def test_a_flight_of_troops_and_supplies_deploys_and_supplies(role_pairs):
    text = "Chile flew soldiers and supplies to Peru after the earthquake."
    assert ("Chile", "Peru") in role_pairs(text)
    assert ("Chile", "Peru") in role_pairs(text, "deploys")


@pytest.mark.parametrize("text", [
    # no actor receives: a town or villages
    "The Philippine air force has flown food and water to isolated coastal villages.",
    # the goods are only what the sent craft are for
    "Germany sent six helicopters to Mozambique to ferry food to flooded towns.",
    # a plan
    "Norway said it would send food and tents to Chile next week.",
    # (a craft under a service's name: that service supplies since h-gold78, tests of h-sup126)
])
def test_no_relief_supply(role_pairs, text):
    assert role_pairs(text) == set()
