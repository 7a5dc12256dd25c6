"""Names news needs that NER cuts short or mistypes (issue 12, h-ent63): a parliament NER
takes for a place (the Legislative Yuan), an armed group whose short name reads as a weapon
(M-19), a party by its long name, and regions NER takes for a body or misses (the Ogaden,
the Himalayas). Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.graph.resolve import Resolver
from kg.inputs.years import latest_year
from kg.model import DocExtraction, Document


def _entities(run, gazetteer, text: str) -> set[tuple[str, str]]:
    """(key, class) of every entity ``text`` resolves to as one document."""
    mentions, relations = run(text)
    doc = Document("d", "d.txt", "d.txt", text, "0", "t", year_named=latest_year(text))
    resolver = Resolver(gazetteer)
    resolver.add(DocExtraction(doc, tuple(mentions), tuple(relations)))
    return {(e.key, e.cls) for e in resolver.entities.values()}


@pytest.mark.parametrize(("text", "entity", "wrong"), [
    ("Deputies in the Legislative Yuan debated the budget for new frigates.",
     ("Legislative Yuan", "Agency"), ("Legislative Yuan", "Region")),
    ("Leaders of the M-19 said in Bogota that the guerrillas would hand in their rifles.",
     ("April 19 Movement", "Agency"), ("M-19", "Weapon")),
    ("The Rally for Caledonia in the Republic said it opposed independence from France.",
     ("Rally for Caledonia in the Republic", "Agency"), ("Rally for Caledonia", "Agency")),
    ("Ethiopian troops pushed into the Ogaden on Monday, the radio said.",
     ("Ogaden", "Region"), ("Ogaden", "Agency")),
])
def test_a_listed_name_is_one_entity_of_its_class(run, gazetteer, text, entity, wrong):
    found = _entities(run, gazetteer, text)
    assert entity in found
    assert wrong not in found


@pytest.mark.parametrize("text", [
    "The two armies fought a Himalayan border war in 1962.",
    "Indian troops were flown into the Himalayas to guard the passes.",
])
def test_the_himalayas_by_name_or_adjective(run, gazetteer, text):
    assert ("Himalayas", "Region") in _entities(run, gazetteer, text)
