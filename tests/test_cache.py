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


def test_entries_are_the_bytes_asdict_gave(tmp_path):
    """``encode`` meets each dataclass in the encoder (no deep copy first): the same bytes as
    the ``dataclasses.asdict`` encoding it replaced, and they decode to the same extraction."""
    import json
    from dataclasses import asdict

    from kg.building.cache import decode, encode

    config = BuildConfig(cache_dir=tmp_path / "cache")
    build([SAMPLES], config)
    entries = sorted((tmp_path / "cache").rglob("*.json"))
    assert len(entries) == 5
    relations = 0
    for entry in entries:
        mentions, rels = decode(entry.read_bytes())
        relations += len(rels)
        old = {"mentions": [asdict(m) for m in mentions], "relations": [
            {**asdict(r), "roles": [[role, [asdict(m) for m in ms]] for role, ms in r.roles]}
            for r in rels]}
        assert encode(mentions, rels) == entry.read_bytes() == \
            json.dumps(old, separators=(",", ":")).encode("ascii")
        assert decode(encode(mentions, rels)) == (mentions, rels)
    assert relations > 10


def test_entries_are_written_whole_but_not_synced(tmp_path, monkeypatch):
    """A cache entry is renamed into place whole, without an fsync (1-3 ms each): after a
    crash an entry may be empty or torn, which ``get`` treats as a miss."""
    import os

    from kg.building import files

    synced: list[int] = []
    monkeypatch.setattr(files.os, "fsync", lambda fd: synced.append(fd))
    config = BuildConfig(cache_dir=tmp_path / "cache")
    build([SAMPLES], config)
    assert len(sorted((tmp_path / "cache").rglob("*.json"))) == 5
    assert not list((tmp_path / "cache").rglob("*.tmp"))
    assert synced == []
    files.write_atomic(tmp_path / "out.bin", b"kept")  # every other file still is
    assert synced and (tmp_path / "out.bin").read_bytes() == b"kept"
    assert os.listdir(tmp_path).count("out.bin") == 1
