"""kg serve against a hostile client (issue 16): SERVICE bypasses, a parser-crashing query, a
runaway query, a client that leaves, too many connections, forged log lines, CORS off by default.

Whatever could take a server down runs against ``kg serve`` in a subprocess with a memory
limit, so a regression fails the test instead of killing the test run.
"""

from __future__ import annotations

import io
import json
import re
import resource
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_serve import call as request
from test_serve import served

from benchmarks.serve_load import RUNAWAY
from kg.serving.guard import Limits, nesting_depth, precheck
from kg.serving.serve import Refused, ServeOptions, SparqlServer, answer_query

pytest.importorskip("pyoxigraph")
TIMEOUT = 20
DEEP = "ASK{FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ")}"
MEMORY_LIMIT = 3 << 30


@pytest.fixture(scope="module")
def server(sample_graph_file: Path) -> Iterator[SparqlServer]:
    with served(sample_graph_file) as srv:
        yield srv


def call(url: str, query: str | None = None, headers: dict[str, str] | None = None,
         method: str | None = None, timeout: float = TIMEOUT) -> tuple[int, dict, bytes]:
    """GET ``url`` with ``query`` (test_serve.call does the request)."""
    if query is not None:
        url += "?" + urllib.parse.urlencode({"query": query})
    return request(url, headers=headers, method=method, timeout=timeout)


def _alive(url: str) -> bool:
    status, _, body = call(url, "ASK { ?s ?p ?o }")
    return status == 200 and json.loads(body)["boolean"] is True


# --- 1. SERVICE (SSRF) and CORS ---------------------------------------------------------------

@pytest.mark.parametrize("template", [
    "PREFIX ex: <http://ex/> SELECT * WHERE {{ OPTIONAL {{?a ex:p\\# ?b}} SERVICE <{t}> "
    "{{?s ?p ?o}} }}",
    "SELECT * WHERE {{ ?s <http://x/\\u0041#> ?o SERVICE <{t}> {{?s ?p ?o}} }}",
    "SELECT * WHERE {{ \\u0053ERVICE <{t}> {{?s ?p ?o}} }}",
    "SELECT * WHERE {{ SERVICE SILENT <{t}> {{?s ?p ?o}} }}",
    "SELECT * WHERE {{ ?s ?p \"\"\"a\\\"\"\"\" SERVICE <{t}> {{?s ?p ?o}} }}",
])
def test_service_is_refused_however_written(server: SparqlServer, target, template: str) -> None:
    url, hits = target
    status, _, body = call(server.url, template.format(t=url))
    assert status in (400, 403), body
    assert hits == []


def test_workers_have_no_network(target) -> None:
    url, hits = target
    port = urllib.parse.urlsplit(url).port
    code = ("import socket,sys\nfrom kg.serving.guard import leave_network\n"
            "if not leave_network(): sys.exit(3)\n"
            f"socket.create_connection(('127.0.0.1', {port}), timeout=2)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=TIMEOUT)
    if proc.returncode == 3:
        pytest.skip("this kernel allows no unprivileged network namespace")
    assert proc.returncode == 1 and b"unreachable" in proc.stderr.lower()
    assert hits == []


def test_cors_is_off_by_default(server: SparqlServer) -> None:
    status, headers, _ = call(server.url, "ASK {}", {"Origin": "https://evil.example"})
    assert status == 200
    assert "Access-Control-Allow-Origin" not in headers
    status, headers, _ = call(server.url, method="OPTIONS",
                              headers={"Origin": "https://evil.example",
                                       "Access-Control-Request-Method": "POST",
                                       "Access-Control-Request-Private-Network": "true"})
    assert "Access-Control-Allow-Private-Network" not in headers
    assert "Access-Control-Allow-Origin" not in headers


def test_cors_option(tmp_path: Path) -> None:
    from kg.cli import parser

    args = parser().parse_args(["serve", "g.ttl", "--cors", "https://yasgui.example"])
    assert args.cors == "https://yasgui.example"
    assert parser().parse_args(["serve", "g.ttl"]).cors is None


# --- 2. Nesting and crashes -------------------------------------------------------------------

def test_nesting_prefilter_counts_what_strings_cannot_hide() -> None:
    assert nesting_depth(DEEP) >= 5000
    # Balanced brackets in a literal count once at most and leave nothing open.
    assert nesting_depth("SELECT * { ?s ?p '(a) [b]' . ?s ?p '(c)' }") == 2
    assert nesting_depth("SELECT * { ?s ?p <urn:(x)> }") == 2
    assert nesting_depth("# (a note)\nASK {}") == 1
    # What looks like a literal cannot cancel brackets outside it.
    assert nesting_depth("ASK {" + "(" * 100 + "'" + ")" * 100 + "'}") > 64
    assert nesting_depth("ASK {" + "(" * 100 + "<urn:" + ")" * 100 + ">}") > 64
    assert nesting_depth("ASK { ?s ?p <urn:x#(> " + "(" * 100 + "}") > 64
    # A backslash outside a string does not open a comment that would hide the brackets.
    assert nesting_depth("ASK { ?a ex:p\\# " + "(" * 100 + "}") > 64
    # An unterminated short string ends at the line end; what follows is counted.
    assert nesting_depth("ASK { 'x\n" + "(" * 100 + "}") > 64
    with pytest.raises(Refused) as err:
        precheck(DEEP, Limits())
    assert err.value.status == 400
    with pytest.raises(Refused):
        precheck("ASK {}" + " " * 200_000, Limits())


@pytest.fixture()
def serve_process(sample_graph_file: Path):
    """``kg serve GRAPH --port 0`` in a subprocess with a memory limit; yields its URL."""
    procs: list[subprocess.Popen] = []

    def start(*extra: str) -> tuple[subprocess.Popen, str]:
        def limit() -> None:
            resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

        proc = subprocess.Popen(
            [sys.executable, "-m", "kg", "serve", str(sample_graph_file), "--port", "0", "-q",
             *extra],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=limit)
        procs.append(proc)
        line = proc.stdout.readline()
        match = re.search(r"(http://\S+/sparql)", line)
        assert match, line + proc.stderr.read()
        return proc, match.group(1)

    yield start
    for proc in procs:
        proc.terminate()
        try:
            proc.wait(TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_parser_crashing_query_is_refused_and_server_keeps_answering(serve_process) -> None:
    proc, url = serve_process()
    status, _, body = call(url, DEEP)
    assert status == 400 and b"nested" in body
    assert _alive(url) and proc.poll() is None


def test_engine_crash_costs_one_worker_not_the_server(sample_graph_file: Path) -> None:
    # A memory cap far below what the query needs: the engine aborts inside the worker.
    sort_all = ("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f")
    options = ServeOptions(Limits(memory_bytes=600 << 20, timeout_s=60), workers=2)
    with served(sample_graph_file, options) as srv:
        status, _, body = call(srv.url, sort_all, timeout=90)
        assert status == 500 and b"engine failed" in body
        assert _alive(srv.url)
        assert srv.pool.restarts >= 1


# --- 3. Time, size and disconnects ------------------------------------------------------------

def test_runaway_query_stops_at_its_timeout(serve_process) -> None:
    proc, url = serve_process("--timeout", "2")
    t0 = time.monotonic()
    status, _, body = call(url, RUNAWAY, timeout=30)
    elapsed = time.monotonic() - t0
    assert status == 503 and b"time limit" in body
    assert 1.5 < elapsed < 10
    assert _alive(url) and proc.poll() is None


def test_result_cap(sample_graph_file: Path) -> None:
    options = ServeOptions(Limits(max_result_bytes=10_000), workers=1)
    with served(sample_graph_file, options) as srv:
        status, _, body = call(srv.url, "SELECT * WHERE { ?s ?p ?o }")
        assert status == 507 and b"larger than" in body
        assert _alive(srv.url)


def test_client_leaving_cancels_its_query(sample_graph_file: Path) -> None:
    with served(sample_graph_file, ServeOptions(Limits(timeout_s=60), workers=1)) as srv:
        host, port = srv.server_address[:2]
        with socket.create_connection((host, port), timeout=TIMEOUT) as sock:
            path = "/sparql?" + urllib.parse.urlencode({"query": RUNAWAY})
            sock.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            time.sleep(1.0)
        deadline = time.monotonic() + 10
        while srv.pool.restarts == 0 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert srv.pool.restarts == 1  # the worker was stopped, long before the 60 s limit
        assert _alive(srv.url)  # and its replacement answers


# --- Also: connections, backlog, logs, serialisation errors -----------------------------------

def test_connection_cap_and_backlog(sample_graph_file: Path) -> None:
    with served(sample_graph_file, ServeOptions(max_connections=2, workers=1)) as srv:
        assert srv.request_queue_size >= 128
        # two clients that connect and send nothing
        idle = [socket.create_connection(srv.server_address[:2], timeout=TIMEOUT)
                for _ in range(2)]
        try:
            time.sleep(0.3)
            t0 = time.monotonic()
            status, _, body = call(srv.url, "ASK {}")
            assert status == 503 and b"too many connections" in body
            assert time.monotonic() - t0 < 2
        finally:
            for sock in idle:
                sock.close()
        time.sleep(0.3)
        assert _alive(srv.url)


def test_control_characters_are_escaped_in_the_log(sample_graph_file: Path) -> None:
    log = io.StringIO()
    with served(sample_graph_file, ServeOptions(workers=1), log=log) as srv, \
            socket.create_connection(srv.server_address[:2], timeout=TIMEOUT) as sock:
        sock.sendall(b"GET /\x1b[2J\rkg: all good HTTP/1.0\r\n\r\n")
        sock.recv(4096)
    text = log.getvalue()
    assert "\x1b" not in text and "\r" not in text
    assert "\\x1b" in text


def test_serialisation_error_is_a_500_answer() -> None:
    class Broken:
        def serialize(self, output, format):  # noqa: A002 - pyoxigraph's name
            raise ValueError("cannot write this value")

    class Store:
        def query(self, sparql, **options):
            return Broken()

    status, body, ctype = answer_query(Store(), ("SELECT * WHERE { ?s ?p ?o }", [], [], None),
                                       limits=Limits())
    assert status == 500 and b"cannot answer" in body and ctype.startswith("text/plain")


def test_from_names_the_dataset(tmp_path: Path) -> None:
    trig = tmp_path / "g.trig"
    trig.write_text('<urn:g1> { <urn:a> <urn:p> "in g1" . }\n'
                    '<urn:g2> { <urn:b> <urn:p> "in g2" . }\n', encoding="utf-8")
    with served(trig, ServeOptions(workers=1)) as srv:
        def values(query: str) -> set[str]:
            status, _, body = call(srv.url, query)
            assert status == 200, body
            return {b["o"]["value"] for b in json.loads(body)["results"]["bindings"]}

        assert values("SELECT ?o WHERE { ?s ?p ?o }") == {"in g1", "in g2"}  # union by default
        assert values("SELECT ?o FROM <urn:g1> WHERE { ?s ?p ?o }") == {"in g1"}


def test_a_client_trickling_its_request_is_cut_off(sample_graph_file: Path) -> None:
    with served(sample_graph_file, ServeOptions(workers=1, request_read_s=2)) as srv:
        with socket.create_connection(srv.server_address[:2], timeout=TIMEOUT) as sock:
            sock.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\n")
            t0 = time.monotonic()
            closed = False
            while time.monotonic() - t0 < 8 and not closed:
                try:
                    sock.sendall(b"X")  # one header byte every 0.4 s, each within 10 s
                    time.sleep(0.4)
                except OSError:
                    closed = True
            assert closed, "the server waited for the trickling client"
            assert time.monotonic() - t0 < 5
        assert _alive(srv.url)


def test_the_real_workers_are_offline_where_linux_allows(server: SparqlServer) -> None:
    proc = subprocess.run([sys.executable, "-c",
                           "from kg.serving.guard import leave_network; print(leave_network())"],
                          capture_output=True, text=True, timeout=TIMEOUT)
    if proc.stdout.strip() != "True":
        pytest.skip("this kernel allows no unprivileged network namespace")
    assert server.pool.offline
