"""A light version of benchmarks/serve_load.py: clients hammer ``kg serve`` (a subprocess on
loopback) while a runaway query beside them is stopped at its time limit. The full run (20
clients × 200 requests, max latency < 250 ms) is ``python -m benchmarks.serve_load``; here the
latency bound is loose because the test machine may be busy with other work."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from benchmarks.serve_load import _stop, measure, start_kg
from kg.rdf import to_turtle

TIMEOUT_S = 2.0


@pytest.fixture(scope="module")
def graph_file(sample_graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("load") / "graph.ttl"
    path.write_bytes(to_turtle(sample_graph))
    return path


def test_clients_keep_being_answered_beside_a_runaway_query(graph_file: Path) -> None:
    proc, url = start_kg(graph_file, TIMEOUT_S)
    try:
        result = measure(url, "kg serve", clients=8, requests=50, runaway_timeout_s=TIMEOUT_S)
        assert proc.poll() is None
    finally:
        _stop(proc)
    print(result)
    assert result.requests == 400 and result.errors == 0
    assert result.runaway_status == 503
    assert TIMEOUT_S - 0.5 < result.runaway_seconds < TIMEOUT_S + 2
    assert result.max_ms < 2000
