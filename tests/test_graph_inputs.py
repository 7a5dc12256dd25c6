"""Graph files given to kg query/validate/serve cannot make a parser expand or fetch (issue 16,
also-list): RDF/XML entity declarations are refused, a remote JSON-LD @context is not fetched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.serving.query import QueryError, load_graph
from kg.serving.serve import load_store
from kg.serving.store import StoreError

ENTITIES = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [
<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://ex/">
<rdf:Description rdf:about="http://ex/s"><ex:p>&b;</ex:p></rdf:Description>
</rdf:RDF>
"""


def test_xml_entities_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.rdf"
    path.write_text(ENTITIES, encoding="utf-8")
    with pytest.raises(QueryError, match="XML entities"):
        load_graph(path)
    with pytest.raises(StoreError, match="XML entities"):
        load_store(path)


def test_plain_rdf_xml_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "ok.rdf"
    path.write_text(ENTITIES.split("]>")[1].replace("&b;", "plain"), encoding="utf-8")
    assert len(load_graph(path)) == 1 and len(load_store(path)) == 1


def test_remote_jsonld_context_is_not_fetched(tmp_path: Path, target) -> None:
    url, hits = target
    for doc in ({"@context": url, "@id": "http://ex/s", "name": "x"},
                {"@graph": [{"@context": [url], "@id": "http://ex/s", "name": "x"}]}):
        path = tmp_path / "remote.jsonld"
        path.write_text(json.dumps(doc), encoding="utf-8")
        with pytest.raises(QueryError, match="remote @context"):
            load_graph(path)
    assert hits == []
    inline = tmp_path / "inline.jsonld"
    inline.write_text(json.dumps({"@context": {"name": "http://schema.org/name"},
                                  "@id": "http://ex/s", "name": "x"}), encoding="utf-8")
    assert len(load_graph(inline)) == 1
