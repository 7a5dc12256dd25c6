"""Graph files given to kg query/validate/serve cannot make a parser expand or fetch (issue 16,
also-list): RDF/XML entity declarations are refused, a remote JSON-LD @context is not fetched."""

from __future__ import annotations

import http.server
import json
import threading
from pathlib import Path

import pytest

from kg.query import QueryError, load_graph
from kg.serve import load_store
from kg.store import StoreError

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


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:
        self.hits.append(self.path)
        body = b'{"@context": {"name": "http://schema.org/name"}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/ld+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_remote_jsonld_context_is_not_fetched(tmp_path: Path) -> None:
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{srv.server_address[1]}/ctx.jsonld"
        for doc in ({"@context": url, "@id": "http://ex/s", "name": "x"},
                    {"@graph": [{"@context": [url], "@id": "http://ex/s", "name": "x"}]}):
            path = tmp_path / "remote.jsonld"
            path.write_text(json.dumps(doc), encoding="utf-8")
            with pytest.raises(QueryError, match="remote @context"):
                load_graph(path)
        assert _Counter.hits == []
    finally:
        srv.shutdown()
        srv.server_close()
    inline = tmp_path / "inline.jsonld"
    inline.write_text(json.dumps({"@context": {"name": "http://schema.org/name"},
                                  "@id": "http://ex/s", "name": "x"}), encoding="utf-8")
    assert len(load_graph(inline)) == 1
