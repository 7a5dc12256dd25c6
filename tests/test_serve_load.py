"""A light version of benchmarks/serve_load.py: clients hammer ``kg serve`` (a subprocess on
loopback) while a runaway query beside them is stopped at its time limit. The full run (20
clients × 200 requests, max latency < 250 ms) is ``python -m benchmarks.serve_load``; here the
latency bound is loose because the test machine may be busy with other work."""

from __future__ import annotations

from pathlib import Path

from benchmarks.serve_load import _stop, measure, start_kg

TIMEOUT_S = 2.0


def test_clients_keep_being_answered_beside_a_runaway_query(sample_graph_file: Path) -> None:
    proc, url = start_kg(sample_graph_file, TIMEOUT_S)
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
