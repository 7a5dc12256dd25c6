"""Issue 12, stop 80 (h-ent83): a station named by its service's full name before its place
("Canadian Forces Base Lossholm") is that base, one place (dev README E12: "RAAF Base
Amberley"), not the service (roles.yaml ``station_words``); the service is still named where the
text names it alone, and a "<station prefix> Base <Place>" or "<service> Base <Place>" key is
named by its place alone later, as "RAF Lossholm" is. Sentences written for these tests."""

from __future__ import annotations

import hashlib

import pytest

from kg.extract.runner import Extractor
from kg.graph.resolve import Resolver, resolve
from kg.model import Document
from tests.test_extract_entities_s26 import _classes


def _entities(text: str, nlp, gazetteer, rules) -> dict:
    """The resolved entities of one article, by key."""
    digest = hashlib.sha256(text.encode()).hexdigest()
    doc = Document("doc_" + digest[:16], "a.txt", "a.txt", text, digest, "Report")
    resolver = resolve(list(Extractor(nlp, rules, gazetteer.not_entities).extract([doc])),
                       gazetteer)
    resolver.finish(rules)
    return resolver.entities


@pytest.mark.parametrize("text, name", [
    ("Engineers from Canadian Forces Base Lossholm were flown to the town on Friday.",
     "Canadian Forces Base Lossholm"),
    ("The helicopters, based at nearby Canadian Forces Base Karvik, lifted people from roofs.",
     "Canadian Forces Base Karvik"),
    ("Two transport planes left Canadian Forces Station Vornholt for the coast.",
     "Canadian Forces Station Vornholt"),
])
def test_service_full_name_base_and_place_name_a_station(run, text, name):
    found = _classes(run, text)
    assert found.get(name) == "Region", found
    assert "Canadian Forces" not in found, found


def test_the_service_named_alone_stays_the_service(run):
    found = _classes(run, "The Canadian Forces sent 300 soldiers from Canadian Forces Base "
                          "Lossholm to the flooded valley.")
    assert found.get("Canadian Forces") == "Agency", found
    assert found.get("Canadian Forces Base Lossholm") == "Region", found


def test_a_base_named_after_its_place_keeps_its_suffix_name(run):
    found = _classes(run, "The bombers landed at Halvorsen Air Force Base on Tuesday.")
    assert found.get("Halvorsen Air Force Base") == "Region", found


@pytest.mark.parametrize("key, site", [
    ("Canadian Forces Base Lossholm", "Lossholm"), ("RAAF Base Karvik", "Karvik"),
    ("Canadian Forces Base Cold Harbour", "Cold Harbour"), ("Naval Station Vornholt", None),
    ("Karvik Air Force Base", "Karvik"),
])
def test_site_name_of_a_service_first_station(gazetteer, key, site):
    assert Resolver(gazetteer)._site_name(key) == site


def test_station_named_later_by_its_place_is_one_node(nlp, gazetteer, rules):
    ents = _entities("Jets sent to island\n\nThe jets, from a squadron at RAAF Base Lossholm, "
                     "landed on the island on Friday. Another squadron could be sent from "
                     "Lossholm next year.", nlp, gazetteer, rules)
    assert "RAAF Base Lossholm" in ents and "Lossholm" not in ents, sorted(ents)
