"""The entity refiner runs with the cyclic collector paused, and hands it back as it found it."""

import gc

import pytest
import spacy

import kg.extract.entities as entities
from kg.extract.entities import ERROR_KEY, EntityRefiner


@pytest.mark.parametrize("enabled", [True, False])
def test_refiner_pauses_the_collector_and_restores_it(monkeypatch, enabled):
    seen = []

    def refine(doc, gaz):
        seen.append(gc.isenabled())
        return doc

    monkeypatch.setattr(entities, "refine_entities", refine)
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        EntityRefiner(gazetteer=object())(spacy.blank("en")("Troops were sent to the front."))
        assert seen == [False]
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_refiner_restores_the_collector_after_a_failure(monkeypatch):
    def refine(doc, gaz):
        raise ValueError("odd text")

    monkeypatch.setattr(entities, "refine_entities", refine)
    assert gc.isenabled()
    doc = EntityRefiner(gazetteer=object())(spacy.blank("en")("An odd text."))
    assert gc.isenabled()
    assert "odd text" in doc.user_data[ERROR_KEY]
