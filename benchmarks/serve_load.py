"""Load test of ``kg serve`` (issue 16), bounded and on loopback only, beside
``oxigraph serve-read-only`` on the same graph.

    python -m benchmarks.serve_load [--graph output/graph.ttl] [--clients 20] [--requests 200]
                                    [--timeout 3] [--no-oxigraph] [--json results.json]

Each of ``clients`` threads sends ``requests`` GET queries, a new connection each; next to them
one runaway query (a count over every combination of four triples) must be stopped at the
server's time limit while the others keep being answered. Targets: zero errors, max latency
under 250 ms, the runaway answered within its limit + 2 s. Latencies are measured by Python
client threads on the same machine, so they include the clients' own scheduling.
"""

from __future__ import annotations

import argparse
import http.client
import json
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERY = ("PREFIX kg: <https://example.org/kg/ontology#> "
         "SELECT DISTINCT ?s ?o WHERE { ?s kg:supplies ?o }")
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
MAX_LATENCY_MS = 250


@dataclass
class LoadResult:
    server: str
    requests: int
    errors: int
    seconds: float
    per_second: float
    p50_ms: float
    p99_ms: float
    max_ms: float
    runaway_status: int | None
    runaway_seconds: float | None

    def meets(self, timeout_s: float) -> bool:
        return (self.errors == 0 and self.max_ms < MAX_LATENCY_MS
                and self.runaway_status is not None and self.runaway_status != 200
                and self.runaway_seconds is not None
                and self.runaway_seconds < timeout_s + 2)


def _get(host: str, port: int, path: str, timeout: float) -> int:
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Accept": "application/sparql-results+json"})
        resp = conn.getresponse()
        resp.read()
        return resp.status
    finally:
        conn.close()


def _path(endpoint: str, query: str) -> str:
    return endpoint + "?" + urllib.parse.urlencode({"query": query})


def measure(url: str, name: str, clients: int, requests: int,
            runaway_timeout_s: float | None) -> LoadResult:
    """Hammer ``url`` from ``clients`` threads, with one runaway query beside them."""
    parts = urllib.parse.urlsplit(url)
    host, port, endpoint = parts.hostname or "127.0.0.1", parts.port or 80, parts.path
    runaway: dict[str, float | int] = {}

    def run_away() -> None:
        t0 = time.perf_counter()
        try:
            runaway["status"] = _get(host, port, _path(endpoint, RUNAWAY), 120)
        except OSError:
            runaway["status"] = 0
        runaway["seconds"] = time.perf_counter() - t0

    slow = threading.Thread(target=run_away, daemon=True)
    if runaway_timeout_s is not None:
        slow.start()
        time.sleep(0.2)  # the runaway holds a worker before the load begins
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    path = _path(endpoint, QUERY)

    def client() -> None:
        mine: list[float] = []
        bad = 0
        for _ in range(requests):
            t0 = time.perf_counter()
            try:
                ok = _get(host, port, path, 30) == 200
            except OSError:
                ok = False
            mine.append(time.perf_counter() - t0)
            bad += not ok
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    threads = [threading.Thread(target=client) for _ in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    if runaway_timeout_s is not None:
        slow.join(runaway_timeout_s + 30)
    ms = sorted(x * 1000 for x in latencies)
    return LoadResult(
        server=name, requests=len(ms), errors=errors[0], seconds=round(wall, 2),
        per_second=round(len(ms) / wall, 1), p50_ms=round(statistics.median(ms), 1),
        p99_ms=round(ms[int(0.99 * (len(ms) - 1))], 1), max_ms=round(ms[-1], 1),
        runaway_status=int(runaway["status"]) if "status" in runaway else None,
        runaway_seconds=round(float(runaway["seconds"]), 2) if "seconds" in runaway else None)


def start_kg(graph: Path, timeout_s: float, *extra: str) -> tuple[subprocess.Popen, str]:
    """``kg serve GRAPH`` on a free loopback port; returns the process and its URL."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", str(graph), "--port", "0", "-q",
         "--timeout", str(timeout_s), *extra],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline() if proc.stdout else ""
    match = re.search(r"(http://\S+/sparql)", line)
    if not match:
        proc.kill()
        raise RuntimeError(f"kg serve did not start: {line}{proc.stderr.read()}")
    return proc, match.group(1)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_executable() -> str | None:
    import shutil

    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def start_oxigraph(graph: Path, folder: Path, timeout_s: float) -> tuple[subprocess.Popen, str]:
    """``oxigraph serve-read-only`` over a store holding ``graph`` (union default graph)."""
    from kg.serving.query import load_graph
    from kg.serving.store import write_store

    exe = oxigraph_executable()
    if exe is None:
        raise RuntimeError("the oxigraph CLI is not installed (pip install oxigraph)")
    store = folder / "store"
    write_store(store, load_graph(graph))
    port = _free_port()
    proc = subprocess.Popen([exe, "serve-read-only", "--location", str(store), "--bind",
                             f"127.0.0.1:{port}", "--timeout-s", str(int(timeout_s)),
                             "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if _get("127.0.0.1", port, _path("/query", "ASK {}"), 2) == 200:
                return proc, url
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("oxigraph serve-read-only did not start")


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _sample_graph(folder: Path) -> Path:
    from kg.building.pipeline import SAMPLES_DIR, build
    from kg.graph.rdf import to_turtle

    path = folder / "graph.ttl"
    path.write_bytes(to_turtle(build([SAMPLES_DIR]).graph))
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--graph", type=Path, help="graph file (default: the samples, built now)")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=200, help="per client")
    ap.add_argument("--timeout", type=float, default=3.0, help="server query time limit, s")
    ap.add_argument("--no-oxigraph", action="store_true", help="measure kg serve only")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    results: list[LoadResult] = []
    with tempfile.TemporaryDirectory(prefix="kg-load-") as tmp:
        graph = args.graph or _sample_graph(Path(tmp))
        proc, url = start_kg(graph, args.timeout)
        try:
            results.append(measure(url, "kg serve", args.clients, args.requests, args.timeout))
        finally:
            _stop(proc)
        if not args.no_oxigraph:
            proc, url = start_oxigraph(graph, Path(tmp), args.timeout)
            try:
                results.append(measure(url, "oxigraph serve-read-only", args.clients,
                                       args.requests, args.timeout))
            finally:
                _stop(proc)
    header = ("server", "requests", "errors", "req/s", "p50 ms", "p99 ms", "max ms",
              "runaway status", "runaway s")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for r in results:
        print(f"| {r.server} | {r.requests} | {r.errors} | {r.per_second} | {r.p50_ms} | "
              f"{r.p99_ms} | {r.max_ms} | {r.runaway_status} | {r.runaway_seconds} |")
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n")
    return 0 if results[0].meets(args.timeout) else 1


if __name__ == "__main__":
    sys.exit(main())
