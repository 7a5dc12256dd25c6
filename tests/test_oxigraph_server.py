"""A real triple store: the sample graph loaded into an Oxigraph server over HTTP.

Starts ``oxigraph serve`` on a free loopback port, loads graph.ttl (default graph) and then the
TriG export (one named graph per document) with the SPARQL 1.1 Graph Store HTTP Protocol, runs
every shipped query with the SPARQL 1.1 Protocol (urllib only) and expects rdflib's answers.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Namespace

from kg.graph.exports import serialize
from kg.graph.rdf import to_turtle
from kg.serving.query import named_queries, run_query

KG = Namespace("https://example.org/kg/ontology#")
TIMEOUT = 10  # seconds, for every HTTP call and for the server to start or stop
QUERIES = sorted(named_queries())


def _executable() -> str | None:
    beside = Path(sys.executable).with_name("oxigraph")  # installed into the same venv
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class Oxigraph:
    base: str  # http://127.0.0.1:PORT

    def request(self, path: str, data: bytes | None = None, method: str = "GET",
                headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            with exc:
                return exc.code, exc.read()

    def put(self, path: str, data: bytes, content_type: str) -> None:
        status, body = self.request(path, data, "PUT", {"Content-Type": content_type})
        assert status in (200, 201, 204), body

    def select(self, sparql: str, union: bool = False) -> Counter:
        """SELECT over the SPARQL protocol; rows as a multiset of plain strings."""
        path = "/query" + ("?union-default-graph" if union else "")
        status, body = self.request(path, sparql.encode("utf-8"), "POST", {
            "Content-Type": "application/sparql-query",
            "Accept": "application/sparql-results+json",
        })
        assert status == 200, body
        data = json.loads(body)
        names = data["head"]["vars"]
        return Counter(tuple(b.get(n, {}).get("value", "") for n in names)
                       for b in data["results"]["bindings"])


@contextmanager
def serving(exe: str, args: list[str], port: int, cwd: Path | None = None
            ) -> Iterator[Oxigraph]:
    """``oxigraph ARGS`` (a serve command bound to 127.0.0.1:PORT) running until the block
    ends; yields once it answers."""
    proc = subprocess.Popen([exe, *args], cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    server = Oxigraph(f"http://127.0.0.1:{port}")
    try:
        deadline = time.monotonic() + TIMEOUT
        while True:
            if proc.poll() is not None:
                pytest.fail(f"oxigraph exited with {proc.returncode}: "
                            + proc.stderr.read().decode("utf-8", "replace"))
            try:
                if server.request("/query?query=ASK%7B%7D")[0] == 200:
                    break
            except OSError:  # not listening yet
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"oxigraph did not answer within {TIMEOUT}s")
            time.sleep(0.1)
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=TIMEOUT)
        proc.stderr.close()


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Oxigraph]:
    exe = _executable()
    if exe is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph); "
                    "no 'oxigraph' beside the Python executable or on PATH")
    location = tmp_path_factory.mktemp("oxigraph")
    port = _free_port()
    with serving(exe, ["serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                 port) as server:
        yield server


def rdflib_rows(graph: Graph, sparql: str) -> Counter:
    return Counter(tuple("" if v is None else str(v) for v in row)
                   for row in run_query(graph, sparql))


@pytest.fixture(scope="module")
def default_graph_loaded(oxigraph: Oxigraph, sample_graph: Graph) -> float:
    """graph.ttl PUT into the default graph; returns the load time in seconds."""
    turtle = to_turtle(sample_graph)
    t0 = time.perf_counter()
    oxigraph.put("/store?default", turtle, "text/turtle")
    seconds = time.perf_counter() - t0
    count = oxigraph.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert count == Counter({(str(len(sample_graph)),): 1})
    return seconds


@pytest.mark.parametrize("name", QUERIES)
def test_default_graph_answers_like_rdflib(
    oxigraph: Oxigraph, sample_graph: Graph, default_graph_loaded: float, name: str
) -> None:
    sparql = named_queries()[name].text
    expected = rdflib_rows(sample_graph, sparql)
    assert expected, name
    assert oxigraph.select(sparql) == expected


def test_load_is_quick(default_graph_loaded: float) -> None:
    assert default_graph_loaded < TIMEOUT  # about 0.02 s for the ~1,500 sample triples


def test_trig_dataset_has_one_graph_per_document(
    oxigraph: Oxigraph, sample_graph: Graph, default_graph_loaded: float
) -> None:
    # PUT on the whole store replaces the dataset: default graph and named graphs.
    oxigraph.put("/store", serialize(sample_graph, "trig"), "application/trig")
    graphs = oxigraph.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    documents = {str(d) for d in sample_graph.subjects(RDF.type, KG.Document)}
    assert {g for (g,) in graphs} == documents
    total = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert oxigraph.select(total, union=True) == Counter({(str(len(sample_graph)),): 1})
    # Events live in the document graphs, not in the default graph.
    events = "ASK { ?e a <https://example.org/kg/ontology#SupplyEvent> }"
    status, body = oxigraph.request("/query?" + urllib.parse.urlencode({"query": events}),
                                    headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and json.loads(body)["boolean"] is False
    # A document's graph can be fetched on its own (Graph Store Protocol GET).
    doc = sorted(documents)[0]
    status, body = oxigraph.request("/store?" + urllib.parse.urlencode({"graph": doc}),
                                    headers={"Accept": "application/n-triples"})
    assert status == 200 and len(Graph().parse(data=body, format="nt")) > 0

    for name in QUERIES:
        sparql = named_queries()[name].text
        assert oxigraph.select(sparql, union=True) == rdflib_rows(sample_graph, sparql), name
