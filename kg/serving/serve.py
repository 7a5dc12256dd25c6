"""``kg serve``: a small read-only SPARQL 1.1 Protocol endpoint (stdlib HTTP + pyoxigraph).

Queries: ``GET /sparql?query=…``, ``POST`` with ``Content-Type: application/sparql-query``, or a
form with ``query=``. Results follow the ``Accept`` header: SPARQL JSON (default), CSV, TSV or
XML for SELECT/ASK; Turtle (default), N-Triples, JSON-LD or RDF/XML for CONSTRUCT/DESCRIBE.
Cross-origin requests (CORS) are off unless an origin is allowed (``kg serve --cors ORIGIN``).

Read-only by construction and by policy: SPARQL UPDATE (``application/sparql-update``, an
``update=`` form field, or update text sent as a query) is refused with 403, and so is
``SERVICE``, which would make this process fetch other URLs on a web page's behalf; both are
found in the parsed query (kg.serving.guard). Queries run in worker processes under a timeout, a
memory cap and a result-size cap, without network access; the server only speaks HTTP.
"""

from __future__ import annotations

import contextlib
import functools
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, TextIO
from urllib.parse import parse_qs, urlsplit

from kg.serving import DEFAULT_HOST as DEFAULT_HOST  # re-exported
from kg.serving import DEFAULT_PORT as DEFAULT_PORT
from kg.serving.guard import (
    CappedWriter,
    Limits,
    QueryRefused,
    ResultTooLarge,
    StoreSource,
    WorkerPool,
    check_graph_file,
    check_parsed,
    default_workers,
    precheck,
    printable,
)
from kg.serving.store import StoreError

if TYPE_CHECKING:
    import pyoxigraph

ENDPOINT = "/sparql"
MAX_BODY = 1 << 20  # a query larger than 1 MiB is a mistake or an attack
SOCKET_TIMEOUT_S = 10  # a client that stops sending mid-request frees its thread
LISTEN_BACKLOG = 128  # connections the kernel holds while every thread is busy
MAX_CONNECTIONS = 64  # connections served at once; one more is told 503
REQUEST_READ_S = 20  # a request must arrive whole within this time
_EXTENSION_FORMATS = {".ttl": "TURTLE", ".nt": "N_TRIPLES", ".trig": "TRIG", ".nq": "N_QUADS",
                      ".jsonld": "JSON_LD", ".rdf": "RDF_XML", ".owl": "RDF_XML"}
# media type → pyoxigraph format name; the first entry of each table is the default.
_RESULT_TYPES = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
    "application/sparql-results+xml": "XML",
    "application/xml": "XML",
}
_GRAPH_TYPES = {
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "application/ld+json": "JSON_LD",
    "application/rdf+xml": "RDF_XML",
}
Refused = QueryRefused  # an HTTP error answer: status and a one-line plain-text message


def load_store(path: Path) -> pyoxigraph.Store:
    """An in-memory store with the graph file's triples (a TriG file keeps its graphs)."""
    import pyoxigraph as ox

    if not path.is_file():
        raise StoreError(f"graph file {str(path)!r} does not exist")
    fmt = getattr(ox.RdfFormat, _EXTENSION_FORMATS.get(path.suffix.lower(), "TURTLE"))
    store = ox.Store()
    try:
        check_graph_file(path)
        store.load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise StoreError(f"cannot parse {str(path)!r} as {fmt.name}: {exc}") from exc
    return store


def check_read_only(sparql: str, limits: Limits | None = None) -> None:
    """Raise Refused for a query too long or deep (400), SPARQL UPDATE or SERVICE (403)."""
    precheck(sparql, limits or Limits())
    check_parsed(sparql)


def negotiate(accept: str | None, offered: dict[str, str]) -> tuple[str, str] | None:
    """(media type, format name) best matching ``accept``; the table's first entry for */*."""
    default = next(iter(offered.items()))
    if not accept or not accept.strip():
        return default
    ranked: list[tuple[float, int, str]] = []
    for i, item in enumerate(accept.split(",")):
        media, *params = (part.strip() for part in item.split(";"))
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, i, media.lower()))
    for _q, _i, media in sorted(ranked):
        if media in offered:
            return media, offered[media]
        major = media.split("/")[0]
        if media == "*/*":
            return default
        if media.endswith("/*"):
            for candidate, name in offered.items():
                if candidate.startswith(major + "/"):
                    return candidate, name
    return None


@dataclass(frozen=True)
class ServeOptions:
    """How ``kg serve`` runs: query limits, worker count, connections, CORS."""

    limits: Limits = field(default_factory=Limits)
    workers: int = field(default_factory=default_workers)
    max_connections: int = MAX_CONNECTIONS
    request_read_s: float = REQUEST_READ_S  # to receive one request, headers and body
    cors: str | None = None  # an origin (or "*") allowed to call from a web page; None: none


class SparqlServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer that carries the worker pool, options and log for its handlers.

    At most ``max_connections`` connections are served at once; one more is told 503 and
    closed, so slow or idle clients cannot take every thread.
    """

    daemon_threads = True
    request_queue_size = LISTEN_BACKLOG

    def __init__(self, address: tuple[str, int], source: StoreSource, log: TextIO | None,
                 options: ServeOptions) -> None:
        self.options = options
        self.log = log
        self._closed = threading.Event()
        self._slots = threading.BoundedSemaphore(options.max_connections)
        self._reading: dict[socket.socket, float] = {}  # connection → when its request began
        self._reading_lock = threading.Lock()
        self.pool = WorkerPool(functools.partial(_worker_setup, source, options.limits),
                               options.workers, options.limits.memory_bytes)
        try:
            super().__init__(address, SparqlHandler)
        except BaseException:
            self.pool.close()
            raise

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        shown = f"[{host}]" if ":" in str(host) else host
        return f"http://{shown}:{port}{ENDPOINT}"

    def process_request(self, request, client_address) -> None:  # type: ignore[override]
        if not self._slots.acquire(blocking=False):
            with contextlib.suppress(OSError):
                request.sendall(_BUSY)
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address) -> None:  # type: ignore[override]
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def reading(self, conn: socket.socket, started: bool) -> None:
        """Mark ``conn`` as receiving a request (True) or done receiving it (False)."""
        with self._reading_lock:
            if started:
                self._reading.setdefault(conn, time.monotonic())
            else:
                self._reading.pop(conn, None)

    def _reap(self) -> None:
        """Cut off connections whose request has not arrived whole within the deadline."""
        while not self._closed.wait(0.5):
            limit = time.monotonic() - self.options.request_read_s
            with self._reading_lock:
                late = [c for c, since in self._reading.items() if since < limit]
                for conn in late:
                    del self._reading[conn]
            for conn in late:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        threading.Thread(target=self._reap, daemon=True, name="kg-serve-reaper").start()
        super().serve_forever(poll_interval)

    def server_close(self) -> None:
        self._closed.set()
        super().server_close()
        self.pool.close()


_BUSY = (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
         b"Content-Length: 34\r\nRetry-After: 1\r\nConnection: close\r\n\r\n"
         b"too many connections; retry later\n")


class SparqlHandler(BaseHTTPRequestHandler):
    """One request: parse, refuse what is not a read-only query, run it, answer."""

    server: SparqlServer
    server_version = "kg-serve"
    timeout = SOCKET_TIMEOUT_S

    def handle_one_request(self) -> None:
        # The request line, headers and body must all arrive within the server's read
        # deadline: a client trickling one byte every few seconds is cut off, not waited for.
        self.server.reading(self.connection, True)
        try:
            super().handle_one_request()
        finally:
            self.server.reading(self.connection, False)

    def do_OPTIONS(self) -> None:  # CORS preflight for POST with a JSON/SPARQL content type
        extra: dict[str, str] = {}
        if self.server.options.cors and self.headers.get("Access-Control-Request-Private-Network"):
            # Chrome asks before a public page (e.g. YASGUI's site) may call a loopback server.
            extra["Access-Control-Allow-Private-Network"] = "true"
        self._send(HTTPStatus.NO_CONTENT, b"", None, extra)

    def do_GET(self) -> None:
        self._handle(self._get_query)

    def do_POST(self) -> None:
        self._handle(self._post_query)

    def _refuse_method(self) -> None:
        self._send_text(HTTPStatus.METHOD_NOT_ALLOWED,
                        "this endpoint is read-only: use GET or POST with a SPARQL query",
                        extra={"Allow": "GET, POST, OPTIONS"})

    do_PUT = do_DELETE = do_PATCH = _refuse_method

    def _handle(self, read: Callable[[], dict[str, list[str]]]) -> None:
        try:
            path = urlsplit(self.path).path
            if path not in ("/", ENDPOINT):
                raise Refused(HTTPStatus.NOT_FOUND, f"no such resource; the endpoint is {ENDPOINT}")
            params = read()
            self.server.reading(self.connection, False)  # read in full: now the query runs
            self._answer(params)
        except Refused as exc:
            self._send_text(exc.status, exc.message)

    def _get_query(self) -> dict[str, list[str]]:
        return _parse_form(urlsplit(self.path).query)

    def _post_query(self) -> dict[str, list[str]]:
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            raise Refused(HTTPStatus.FORBIDDEN,
                          "this endpoint is read-only: SPARQL UPDATE is refused")
        body = self._body()
        url_params = _parse_form(urlsplit(self.path).query)
        if ctype == "application/sparql-query":
            return {**url_params, "query": [_utf8(body)]}
        if ctype == "application/x-www-form-urlencoded":
            return {**url_params, **_parse_form(_utf8(body))}
        raise Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                      "send the query as application/sparql-query or as a "
                      "application/x-www-form-urlencoded form with query=")

    def _body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if length is None:
            raise Refused(HTTPStatus.LENGTH_REQUIRED, "a POST needs a Content-Length header")
        try:
            size = int(length)
        except ValueError:
            raise Refused(HTTPStatus.BAD_REQUEST, "bad Content-Length header") from None
        if size < 0:
            raise Refused(HTTPStatus.BAD_REQUEST, "bad Content-Length header")
        if size > MAX_BODY:
            self.close_connection = True  # the unread body must not be taken for a request
            raise Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                          f"request body over {MAX_BODY} bytes")
        return self.rfile.read(size)

    def _answer(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            raise Refused(HTTPStatus.FORBIDDEN,
                          "this endpoint is read-only: SPARQL UPDATE is refused")
        queries = params.get("query", [])
        if not queries:
            if self.command == "GET":  # a browser pointed at the endpoint: say how to use it
                self._send_text(HTTPStatus.OK, _usage(self.server.url))
                return
            raise Refused(HTTPStatus.BAD_REQUEST, "no query given")
        if len(queries) > 1:
            raise Refused(HTTPStatus.BAD_REQUEST, "give exactly one query parameter")
        sparql = queries[0]
        limits = self.server.options.limits
        precheck(sparql, limits)  # before any parser: too long or too deep
        job = (sparql, params.get("default-graph-uri", []), params.get("named-graph-uri", []),
               self.headers.get("Accept"))
        outcome, answer = self.server.pool.run(job, limits.timeout_s, self.connection)
        if outcome == "ok":
            status, body, ctype = answer
            self._send(HTTPStatus(status), body, ctype)
        elif outcome == "timeout":
            raise Refused(HTTPStatus.SERVICE_UNAVAILABLE,
                          f"query stopped at the {limits.timeout_s:g} s time limit")
        elif outcome == "busy":
            raise Refused(HTTPStatus.SERVICE_UNAVAILABLE, "every query worker is busy; retry")
        elif outcome == "crashed":
            raise Refused(HTTPStatus.INTERNAL_SERVER_ERROR,
                          "the query engine failed on this query (too large or too complex?)")
        else:  # the client left: nothing to answer, the worker was stopped
            self.close_connection = True

    def _send_text(self, status: HTTPStatus, message: str,
                   extra: dict[str, str] | None = None) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8",
                   extra)

    def _send(self, status: HTTPStatus, body: bytes, ctype: str | None,
              extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        cors = self.server.options.cors
        headers = {
            **({"Access-Control-Allow-Origin": cors,
                "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                "Access-Control-Allow-Headers": "Content-Type, Accept",
                "Access-Control-Max-Age": "86400"} if cors else {}),
            **({"Vary": "Origin"} if cors and cors != "*" else {}),
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
            "Content-Length": str(len(body)),
            **(extra or {}),
        }
        if ctype:
            headers["Content-Type"] = ctype
        if self.close_connection:
            headers["Connection"] = "close"
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        if self.server.log is not None:
            self.server.log.write(f"{self.address_string()} {printable(format % args)}\n")


def _parse_form(text: str) -> dict[str, list[str]]:
    try:
        return parse_qs(text, keep_blank_values=True, strict_parsing=False, errors="strict")
    except UnicodeDecodeError as exc:
        raise Refused(HTTPStatus.BAD_REQUEST, "the request is not valid UTF-8") from exc


def _utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Refused(HTTPStatus.BAD_REQUEST, "the request body is not valid UTF-8") from exc


def _usage(url: str) -> str:
    return (f"kg SPARQL endpoint (read-only): {url}\n"
            f"GET {url}?query=... or POST application/sparql-query; "
            "results as SPARQL JSON, CSV, TSV or XML (Accept header).")


def make_server(store: pyoxigraph.Store | StoreSource, host: str = DEFAULT_HOST,
                port: int = DEFAULT_PORT, *, log: TextIO | None = None,
                options: ServeOptions | None = None) -> SparqlServer:
    """Start the query workers and bind (port 0: any free port); call ``serve_forever()``.

    ``store``: an in-memory store (copied into each worker) or where workers load one from.
    ``log`` receives one line per request (None: no request log).
    """
    if not isinstance(store, StoreSource):
        import pyoxigraph as ox

        store = StoreSource(nquads=store.dump(format=ox.RdfFormat.N_QUADS))
    return SparqlServer((host, port), store, log, options or ServeOptions())


def _worker_setup(source: StoreSource, limits: Limits) -> Callable[[tuple], tuple]:
    """In a worker process: open the store once; the handler answers one query job."""
    store = source.open()
    # Warm up before the first client: building rdflib's SPARQL grammar takes ~0.4 s.
    answer_query(store, ("ASK { ?s ?p ?o }", [], [], None), limits=limits)
    return functools.partial(answer_query, store, limits=limits)


def answer_query(store: pyoxigraph.Store, job: tuple, *, limits: Limits) -> tuple:
    """(status, body, content type) for one query: checked, run, serialised under the cap."""
    sparql, default_graphs, named_graphs, accept = job
    try:
        own_dataset = check_parsed(sparql)
        body, ctype = _run(store, sparql, default_graphs, named_graphs, accept, limits,
                           union=not own_dataset)
    except QueryRefused as exc:
        return int(exc.status), (exc.message + "\n").encode("utf-8"), "text/plain; charset=utf-8"
    return 200, body, ctype


def _run(store: pyoxigraph.Store, sparql: str, default_graphs: list[str],
         named_graphs: list[str], accept: str | None, limits: Limits,
         union: bool = True) -> tuple[bytes, str]:
    import pyoxigraph as ox

    options: dict[str, object] = {}
    try:
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(u) for u in default_graphs]
        elif union:  # as over graph.ttl: the document graphs of a TriG file are seen together
            options["use_default_graph_as_union"] = True  # (not when the query says FROM)
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(u) for u in named_graphs]
    except ValueError as exc:
        raise Refused(HTTPStatus.BAD_REQUEST, f"bad graph IRI: {exc}") from exc
    try:
        result = store.query(sparql, **options)
    except SyntaxError as exc:
        first = str(exc).splitlines()[0] if str(exc) else "syntax error"
        raise Refused(HTTPStatus.BAD_REQUEST, f"SPARQL syntax error: {first}") from exc
    except (OSError, ValueError, RuntimeError) as exc:
        raise Refused(HTTPStatus.BAD_REQUEST, f"query failed: {exc}") from exc
    graph_result = isinstance(result, ox.QueryTriples)
    offered = _GRAPH_TYPES if graph_result else _RESULT_TYPES
    choice = negotiate(accept, offered)
    if choice is None:
        raise Refused(HTTPStatus.NOT_ACCEPTABLE,
                      "cannot answer in any type the Accept header allows; offered: "
                      + ", ".join(offered))
    media, name = choice
    fmt = getattr(ox.RdfFormat if graph_result else ox.QueryResultsFormat, name)
    out = CappedWriter(limits.max_result_bytes)
    try:
        result.serialize(out, format=fmt)
    except ResultTooLarge as exc:
        raise Refused(HTTPStatus.INSUFFICIENT_STORAGE, str(exc)) from exc
    except Exception as exc:  # a value the format cannot carry, an evaluation error
        raise Refused(HTTPStatus.INTERNAL_SERVER_ERROR, f"cannot answer: {exc}") from exc
    charset = "; charset=utf-8" if media.startswith("text/") else ""
    return out.getvalue(), media + charset


def is_loopback(host: str) -> bool:
    return host in ("localhost", "::1") or host.startswith("127.")
