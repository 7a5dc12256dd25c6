"""Shared fixtures: one spaCy pipeline and one build of the sample corpus per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.gazetteer import default_gazetteer, default_relation_rules

SAMPLES = Path(__file__).resolve().parent.parent / "kg" / "samples"


@pytest.fixture(scope="session")
def gazetteer():
    return default_gazetteer()


@pytest.fixture(scope="session")
def rules():
    return default_relation_rules()


@pytest.fixture(scope="session")
def nlp(gazetteer):
    from kg.nlp import load_pipeline

    return load_pipeline(None, gazetteer)


@pytest.fixture(scope="session")
def sample_build():
    """The sample corpus built once, in process (the CLI run is tested separately)."""
    from kg.pipeline import build

    return build([SAMPLES])


@pytest.fixture(scope="session")
def sample_graph(sample_build):
    return sample_build.graph


@pytest.fixture(scope="session")
def run(nlp, rules, gazetteer):
    """Text → (mentions, relation mentions) with the default pipeline and rules."""
    from kg.extract import extract_mentions, extract_relations

    def _run(text: str):
        doc = nlp(text)
        mentions = extract_mentions(doc, "d", ignore=gazetteer.not_entities)
        return mentions, extract_relations(doc, "d", rules, mentions)

    return _run
