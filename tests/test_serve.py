"""kg serve: the read-only SPARQL endpoint, in process on a free loopback port, over urllib."""

from __future__ import annotations

import csv
import http.client
import io
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import pytest
from rdflib import Graph

from kg.cli import parser
from kg.graph.exports import serialize
from kg.serving.query import named_queries, run_query
from kg.serving.serve import (
    DEFAULT_HOST,
    MAX_BODY,
    Refused,
    ServeOptions,
    SparqlServer,
    check_read_only,
    load_store,
    make_server,
    negotiate,
)
from kg.serving.store import StoreError

pytest.importorskip("pyoxigraph")
TIMEOUT = 10
SUPPLIERS = ("PREFIX kg: <https://example.org/kg/ontology#> "
             "SELECT DISTINCT ?s WHERE { ?s kg:supplies ?o }")


@contextmanager
def served(path: Path, options: ServeOptions | None = None,
           log: TextIO | None = None) -> Iterator[SparqlServer]:
    """``kg serve`` in this process on a free port, stopped (workers too) on leaving."""
    srv = make_server(load_store(path), port=0, log=log, options=options)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(TIMEOUT)


@pytest.fixture(scope="module")
def server(sample_graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SparqlServer]:
    # TriG: the endpoint must see the per-document graphs together, as in graph.ttl.
    path = tmp_path_factory.mktemp("serve") / "graph.trig"
    path.write_bytes(serialize(sample_graph, "trig"))
    with served(path, ServeOptions(cors="*")) as srv:
        yield srv


def call(url: str, data: bytes | None = None, headers: dict[str, str] | None = None,
         method: str | None = None, timeout: float = TIMEOUT) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, dict(exc.headers), exc.read()


def get(server: SparqlServer, query: str, accept: str | None = None):
    url = server.url + "?" + urllib.parse.urlencode({"query": query})
    return call(url, headers={"Accept": accept} if accept else {})


def test_binds_to_loopback_by_default(server: SparqlServer, tmp_path: Path) -> None:
    assert DEFAULT_HOST == "127.0.0.1"
    assert server.server_address[0] == "127.0.0.1"
    args = parser().parse_args(["serve", "graph.ttl"])
    assert (args.host, args.port) == ("127.0.0.1", 7878)


def test_get_returns_sparql_json_with_cors(server: SparqlServer) -> None:
    status, headers, body = get(server, SUPPLIERS)
    assert status == 200
    assert headers["Content-Type"] == "application/sparql-results+json"
    assert headers["Access-Control-Allow-Origin"] == "*"
    data = json.loads(body)
    assert data["head"]["vars"] == ["s"]
    values = {b["s"]["value"] for b in data["results"]["bindings"]}
    assert values == {"https://example.org/kg/id/North_Korea"}


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_shipped_queries_answer_as_with_rdflib(
    server: SparqlServer, sample_graph: Graph, name: str
) -> None:
    sparql = named_queries()[name].text
    status, _, body = call(server.url, sparql.encode("utf-8"),
                           {"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert status == 200, body
    got = sorted(tuple(r) for r in list(csv.reader(io.StringIO(body.decode("utf-8"))))[1:])
    want = sorted(tuple("" if v is None else str(v) for v in row)
                  for row in run_query(sample_graph, sparql))
    assert got == want and want


def test_form_post_and_ask(server: SparqlServer) -> None:
    body = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}).encode()
    status, headers, answer = call(server.url, body,
                                   {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and json.loads(answer) == {"head": {}, "boolean": True}


def test_construct_is_turtle(server: SparqlServer) -> None:
    q = ("PREFIX kg: <https://example.org/kg/ontology#> "
         "CONSTRUCT { ?s kg:supplies ?o } WHERE { ?s kg:supplies ?o }")
    status, headers, body = get(server, q, accept="text/turtle, */*;q=0.1")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert len(Graph().parse(data=body, format="turtle")) >= 10


@pytest.mark.parametrize(("data", "headers"), [
    (b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", {"Content-Type": "application/sparql-update"}),
    (urllib.parse.urlencode({"update": "CLEAR ALL"}).encode(),
     {"Content-Type": "application/x-www-form-urlencoded"}),
    (b"PREFIX ex: <https://example.org/#x>\n# a comment\nDELETE WHERE { ?s ?p ?o }",
     {"Content-Type": "application/sparql-query"}),
])
def test_update_is_refused(server: SparqlServer, data: bytes, headers: dict[str, str]) -> None:
    status, resp_headers, body = call(server.url, data, headers)
    assert status == 403
    assert b"read-only" in body
    assert resp_headers["Access-Control-Allow-Origin"] == "*"
    # And nothing changed.
    assert json.loads(get(server, "ASK { ?s ?p ?o }")[2])["boolean"] is True


def test_service_is_refused(server: SparqlServer) -> None:
    status, _, body = get(server, "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }")
    assert status == 403 and b"SERVICE" in body


def test_errors_are_plain_text(server: SparqlServer) -> None:
    status, headers, body = get(server, "SELECT ?x WHERE { ?x ")
    assert status == 400 and b"SPARQL syntax error" in body
    assert headers["Content-Type"].startswith("text/plain")
    assert get(server, SUPPLIERS, accept="image/png")[0] == 406
    assert call(server.url.replace("/sparql", "/nope"))[0] == 404
    assert call(server.url, b"x", {"Content-Type": "text/plain"})[0] == 415
    assert call(server.url, method="DELETE")[0] == 405


def test_preflight_allows_cross_origin_posts(server: SparqlServer) -> None:
    status, headers, _ = call(server.url, method="OPTIONS",
                              headers={"Origin": "https://yasgui.example",
                                       "Access-Control-Request-Method": "POST",
                                       "Access-Control-Request-Private-Network": "true"})
    assert status == 204
    assert headers["Access-Control-Allow-Private-Network"] == "true"
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in headers["Access-Control-Allow-Headers"]


def test_request_size_is_bounded(server: SparqlServer) -> None:
    host, port = server.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=TIMEOUT)
    try:
        conn.putrequest("POST", "/sparql")
        conn.putheader("Content-Type", "application/sparql-query")
        conn.putheader("Content-Length", str(MAX_BODY + 1))
        conn.endheaders()  # the body is never sent: the server must answer without it
        resp = conn.getresponse()
        assert resp.status == 413
    finally:
        conn.close()


def test_usage_page(server: SparqlServer) -> None:
    status, _, body = call(server.url)
    assert status == 200 and server.url.encode() in body


@pytest.mark.parametrize(("sparql", "refused"), [
    ("SELECT * WHERE { ?s ?p 'INSERT DATA' }", False),
    ("PREFIX a: <urn:x#> SELECT ?service WHERE { ?s a:service ?service }", False),
    ("# INSERT\nASK {}", False),
    ("prefix a: <urn:x>\n insert data { a:a a:b a:c }", True),
    ("BASE <urn:x> LOAD <http://example.org/>", True),
    ('SELECT * WHERE { ?s ?p ?o . FILTER(?o != """x"""@en) SERVICE <urn:s> {} }', True),
])
def test_read_only_check(sparql: str, refused: bool) -> None:
    if refused:
        with pytest.raises(Refused):
            check_read_only(sparql)
    else:
        check_read_only(sparql)


def test_negotiate() -> None:
    offered = {"application/sparql-results+json": "JSON", "text/csv": "CSV"}
    assert negotiate(None, offered) == ("application/sparql-results+json", "JSON")
    assert negotiate("text/csv", offered) == ("text/csv", "CSV")
    assert negotiate("text/csv;q=0.5, application/sparql-results+json", offered)[1] == "JSON"
    assert negotiate("text/*", offered) == ("text/csv", "CSV")
    assert negotiate("*/*", offered)[1] == "JSON"
    assert negotiate("image/png", offered) is None
    assert negotiate("text/csv;q=0", offered) is None


def test_missing_graph_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        load_store(tmp_path / "nope.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("not turtle at all", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot parse"):
        load_store(bad)
