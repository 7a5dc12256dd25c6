"""The extraction cache is data, not code (issue 16 #6): a planted pickle is never unpickled,
entries are JSON and round-trip every field."""

from __future__ import annotations

import hashlib
import os
import pickle

from kg.building.cache import ExtractionCache, decode, encode, extractor_version
from kg.building.pipeline import BuildConfig, build
from kg.extract.nlp import resolve_model_name
from kg.extract.runner import Extractor
from kg.inputs.ingest import SAMPLES_DIR
from kg.model import Document

TEXT = "Report\n\nNorth Korea supplied Russia with artillery shells, Reuters said.\n"


class _Payload:
    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.mkdir, (self.marker,))


def test_planted_pickle_is_never_unpickled(tmp_path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT, encoding="utf-8")
    sha = hashlib.sha256(TEXT.encode()).hexdigest()
    cache = tmp_path / "cache"
    folder = cache / extractor_version(resolve_model_name(None)) / sha[:2]
    folder.mkdir(parents=True)
    marker = tmp_path / "pwned"
    payload = pickle.dumps(_Payload(str(marker)))
    for name in (f"{sha}.pickle", f"{sha}.json"):  # the old path and the new one
        (folder / name).write_bytes(payload)
    result = build([corpus], BuildConfig(cache_dir=cache))
    assert not marker.exists()
    assert (result.parsed, result.cached) == (1, 0)  # the planted entry was a miss
    again = build([corpus], BuildConfig(cache_dir=cache))
    assert (again.parsed, again.cached) == (0, 1)  # and was replaced by a JSON entry
    assert not marker.exists()


def test_entries_round_trip(nlp, gazetteer, rules) -> None:
    docs = []
    for path in sorted(SAMPLES_DIR.glob("*.txt"))[:2]:
        text = path.read_text(encoding="utf-8")
        sha = hashlib.sha256(text.encode()).hexdigest()
        docs.append(Document("doc_" + sha[:16], str(path), path.name, text, sha, ""))
    for ex in Extractor(nlp, rules, gazetteer.not_entities).extract(docs):
        assert ex.relations
        raw = encode(ex.mentions, ex.relations)
        raw.decode("ascii")
        assert decode(raw) == (ex.mentions, ex.relations)


def test_corrupt_entry_is_a_miss(tmp_path) -> None:
    cache = ExtractionCache(tmp_path, "m")
    doc = Document("doc_x", "x.txt", "x.txt", "", "ab" * 32, "")
    path = cache._path(doc)
    path.parent.mkdir(parents=True)
    path.write_bytes(b'{"mentions": [{"span": 3}], "relations": []}')
    assert cache.get(doc) is None and cache.misses == 1 and not path.exists()
