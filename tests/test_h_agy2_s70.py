"""Issue 12, h-agy2 (stop 70): states whose army is their whole force under one name (dev
conventions, stop 43's E17 point) list that force with both service keys, so "the army", "the
military" and "the armed forces" of the state are one node (kg/data/organisations.yaml).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.graph.resolve import resolve
from kg.model import DocExtraction
from tests.test_h_ent79_s48 import _doc, _m
from tests.test_h_res2_s59 import _agencies

FORCES = [
    ("Mali", "Malian Armed Forces"),
    ("Angola", "Angolan Armed Forces"),
    ("Haiti", "Armed Forces of Haiti"),
    ("Uzbekistan", "Armed Forces of Uzbekistan"),
    ("Uganda", "Uganda People's Defence Forces"),
    ("Israel", "Israel Defense Forces"),
    ("China", "People's Liberation Army"),
]


@pytest.mark.parametrize(("state", "force"), FORCES)
def test_both_service_keys_are_the_one_force(gazetteer, state, force):
    d = _doc(1)
    ex = DocExtraction(d, (_m(d, 0, "armed forces", "Agency", f"Armed Forces ({state})"),
                           _m(d, 40, "army", "Agency", f"Army ({state})")), ())
    entities = resolve([ex], gazetteer).entities
    assert set(entities) == {force}
    assert entities[force].mention_count == 2


def test_a_state_with_an_army_of_its_own_keeps_two_bodies(gazetteer):
    d = _doc(1)
    ex = DocExtraction(d, (_m(d, 0, "armed forces", "Agency", "Armed Forces (Bolivia)"),
                           _m(d, 40, "army", "Agency", "Army (Bolivia)")), ())
    assert set(resolve([ex], gazetteer).entities) == {"Armed Forces (Bolivia)", "Army (Bolivia)"}


@pytest.mark.parametrize(("text", "force"), [
    ("BAMAKO, June 2 - The Malian armed forces said on Sunday that a convoy had been attacked. "
     "The army said three soldiers were wounded.", "Malian Armed Forces"),
    ("LUANDA, June 2 - Angola's armed forces will receive six patrol boats next year. The army "
     "said the boats would guard the coast.", "Angolan Armed Forces"),
])
def test_parsed_article_has_one_node(run, gazetteer, text, force):
    keys = _agencies(run, gazetteer, text)
    assert force in keys
    assert not [k for k in keys if k.startswith(("Army (", "Armed Forces ("))]
