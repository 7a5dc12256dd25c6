"""The extraction cache: unchanged documents are never parsed twice (counted, not timed)."""

from __future__ import annotations

import shutil

from rdflib.compare import isomorphic

from kg.building.cache import ExtractionCache, extractor_version
from kg.building.pipeline import SAMPLES_DIR as SAMPLES
from kg.building.pipeline import BuildConfig, build


def test_rebuild_parses_nothing_and_new_document_parses_one(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLES, corpus)
    config = BuildConfig(cache_dir=tmp_path / "cache")
    first = build([corpus], config)
    assert (first.parsed, first.cached) == (5, 0)
    again = build([corpus], config)
    assert (again.parsed, again.cached) == (0, 5)
    assert isomorphic(first.graph, again.graph)
    (corpus / "new.txt").write_text("North Korea has sent 3,000 troops to Russia.\n",
                                    encoding="utf-8")
    more = build([corpus], config)
    assert (more.parsed, more.cached) == (1, 5)
    assert len(more.graph) > len(first.graph)


def test_changed_content_is_reparsed(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    doc = corpus / "a.txt"
    doc.write_text("Iran sent drones to Russia.\n", encoding="utf-8")
    config = BuildConfig(cache_dir=tmp_path / "cache")
    assert build([corpus], config).parsed == 1
    doc.write_text("Iran sent Shahed drones to Russia.\n", encoding="utf-8")
    assert build([corpus], config).parsed == 1


def test_corrupt_entry_is_a_miss(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Iran sent drones to Russia.\n", encoding="utf-8")
    config = BuildConfig(cache_dir=tmp_path / "cache")
    build([corpus], config)
    for entry in (tmp_path / "cache").rglob("*.json"):
        entry.write_bytes(b"not json")
    assert build([corpus], config).parsed == 1
    assert build([corpus], config).parsed == 0


def test_version_depends_on_model(tmp_path):
    assert extractor_version("a") != extractor_version("b")
    assert ExtractionCache(tmp_path, "a").folder != ExtractionCache(tmp_path, "b").folder
