"""kg query under limits (issue 16 #3): a runaway query stops at --timeout over a graph file
and over a --store folder, a result over --max-rows is refused, --file reads a bounded amount.
Runaway queries run in a subprocess with a memory limit, so a regression cannot take the
test run with it."""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph

from benchmarks.serve_load import RUNAWAY
from kg.cli import main

MEMORY_LIMIT = 3 << 30


def _kg(*args: str, timeout: float = 60) -> tuple[subprocess.CompletedProcess, float]:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          timeout=timeout, preexec_fn=limit)
    return proc, time.monotonic() - t0


def test_runaway_query_over_a_file_stops_at_its_timeout(sample_graph_file: Path) -> None:
    proc, elapsed = _kg("query", str(sample_graph_file), RUNAWAY, "--timeout", "1")
    assert proc.returncode == 1, proc.stderr
    assert "time limit" in proc.stderr and "Traceback" not in proc.stderr
    assert elapsed < 20


def test_runaway_query_over_a_store_stops_at_its_timeout(sample_graph: Graph,
                                                         tmp_path: Path) -> None:
    pytest.importorskip("pyoxigraph")
    from kg.serving.store import write_store

    write_store(tmp_path / "store", sample_graph)
    proc, elapsed = _kg("query", "--store", str(tmp_path / "store"), RUNAWAY, "--timeout", "1")
    assert proc.returncode == 1 and "time limit" in proc.stderr, proc.stderr
    assert elapsed < 20


def test_result_over_max_rows_is_refused(sample_graph_file: Path, capsys) -> None:
    assert main(["query", str(sample_graph_file), "SELECT * WHERE { ?s ?p ?o }",
                 "--max-rows", "5"]) == 1
    assert "more than 5 rows" in capsys.readouterr().err
    assert main(["query", str(sample_graph_file), "SELECT * WHERE { ?s ?p ?o } LIMIT 5",
                 "--max-rows", "5"]) == 0


def test_query_file_is_read_with_a_bound(sample_graph_file: Path, capsys) -> None:
    t0 = time.monotonic()
    assert main(["query", str(sample_graph_file), "--file", "/dev/zero"]) == 2
    assert "larger than 1 MiB" in capsys.readouterr().err
    assert time.monotonic() - t0 < 5
