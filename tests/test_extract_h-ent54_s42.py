"""Issue 12, stop 42 (h-ent54): a one-word unknown name that a force is sent to is a place, and
a camp or station named after a place is that place later (sentences written for these tests,
none taken from a corpus; real spaCy parse). A one-word "person" after the "to" of a verb of
moving forces (roles.yaml ``move_verbs``) whose moved thing is a force or a counted body is a
Region, not a person who receives a letter; "Camp Karvik" (roles.yaml ``site_prefixes``) and
"RAF Lossholm" (``station_prefixes``) later named "Karvik", "Lossholm" are one node each."""

from __future__ import annotations

import hashlib

import pytest

from kg.extract.runner import Extractor
from kg.graph.resolve import Resolver, resolve
from kg.model import Document
from tests.test_extract_entities_s26 import _classes


@pytest.mark.parametrize("text, name", [
    ("Canada has sent about 150 troops to Karvik for the winter exercise.", "Karvik"),
    ("About 200 Danish engineers have been sent to Vornholt to repair the runway.", "Vornholt"),
])
def test_one_word_name_forces_are_sent_to_is_a_place(run, text, name):
    found = _classes(run, "Troops arrive\n\n" + text)
    assert found.get(name) == "Region", found


@pytest.mark.parametrize("thing", ["a letter", "two letters"])
def test_one_word_name_a_letter_is_sent_to_stays_a_person(run, thing):
    found = _classes(run, f"Talks stall\n\nThe ministry sent {thing} to Halvorsen on Monday.")
    assert found.get("Halvorsen") == "Person", found


def _entities(text: str, nlp, gazetteer, rules):
    doc = Document("doc_" + hashlib.sha256(text.encode()).hexdigest()[:16], "a.txt", "a.txt",
                   text, hashlib.sha256(text.encode()).hexdigest(), "Report")
    ex = list(Extractor(nlp, rules, gazetteer.not_entities).extract([doc]))
    resolver = resolve(ex, gazetteer)
    resolver.finish(rules)
    return resolver.entities


def test_camp_named_later_by_its_place_is_one_node(nlp, gazetteer, rules):
    ents = _entities("Canada sends trainers\n\nCanada's trainers will join Norwegian troops at "
                     "Camp Karvik next month. Canada has sent about 150 troops to Karvik for "
                     "the winter exercise.", nlp, gazetteer, rules)
    assert "Camp Karvik" in ents and "Karvik" not in ents, sorted(ents)
    assert "Karvik" in ents["Camp Karvik"].aliases


@pytest.mark.parametrize("key, site", [("Camp Karvik", "Karvik"), ("RAF Lossholm", "Lossholm"),
                                       ("Fort Arden", "Arden"), ("Camp David Accords", None)])
def test_site_name_after_a_prefix(gazetteer, key, site):
    assert Resolver(gazetteer)._site_name(key) == site
