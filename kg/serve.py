"""``kg serve``: a small read-only SPARQL 1.1 Protocol endpoint (stdlib HTTP + pyoxigraph).

Queries: ``GET /sparql?query=…``, ``POST`` with ``Content-Type: application/sparql-query``, or a
form with ``query=``. Results follow the ``Accept`` header: SPARQL JSON (default), CSV, TSV or
XML for SELECT/ASK; Turtle (default), N-Triples, JSON-LD or RDF/XML for CONSTRUCT/DESCRIBE.
Every response allows any origin (CORS) so a browser tool such as YASGUI can use it.

Read-only by construction and by policy: SPARQL UPDATE (``application/sparql-update``, an
``update=`` form field, or update text sent as a query) is refused with 403, and so is
``SERVICE``, which would make this process fetch other URLs on a web page's behalf.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, TextIO
from urllib.parse import parse_qs, urlsplit

from kg.store import StoreError

if TYPE_CHECKING:
    import pyoxigraph

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
ENDPOINT = "/sparql"
MAX_BODY = 1 << 20  # a query larger than 1 MiB is a mistake or an attack
SOCKET_TIMEOUT_S = 30  # a client that stops sending mid-request frees its thread
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
# Strings, IRIs and comments are blanked before looking for keywords, so that a "#" inside
# <…#> or the word SERVICE inside a string cannot mislead the checks below.
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n]*",
)
_PROLOGUE = re.compile(r"^(?:\s*(?:PREFIX\s+[^\s:]*:\s*<>|BASE\s*<>))*\s*", re.IGNORECASE)
_UPDATE = re.compile(r"^(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
                     re.IGNORECASE)
# The keyword, not a variable (?service), a prefixed name (ex:service) or part of one.
_SERVICE = re.compile(r"(?<![\w:?$.\-])SERVICE(?![\w:\-])", re.IGNORECASE)


class Refused(Exception):
    """An HTTP error answer: status and a one-line plain-text message."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def load_store(path: Path) -> pyoxigraph.Store:
    """An in-memory store with the graph file's triples (a TriG file keeps its graphs)."""
    import pyoxigraph as ox

    if not path.is_file():
        raise StoreError(f"graph file {str(path)!r} does not exist")
    fmt = getattr(ox.RdfFormat, _EXTENSION_FORMATS.get(path.suffix.lower(), "TURTLE"))
    store = ox.Store()
    try:
        store.load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise StoreError(f"cannot parse {str(path)!r} as {fmt.name}: {exc}") from exc
    return store


def _keywords(sparql: str) -> str:
    return _OPAQUE.sub(lambda m: "<>" if m.group(0).startswith("<") else " ", sparql)


def check_read_only(sparql: str) -> None:
    """Raise Refused(403) for SPARQL UPDATE text and for federated (SERVICE) queries."""
    text = _keywords(sparql)
    if _UPDATE.match(text[_PROLOGUE.match(text).end():]):
        raise Refused(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL UPDATE is refused")
    if _SERVICE.search(text):
        raise Refused(HTTPStatus.FORBIDDEN, "federated queries (SERVICE) are disabled here")


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


class SparqlServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer that carries the store and the log stream for its handlers."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], store: pyoxigraph.Store,
                 log: TextIO | None) -> None:
        super().__init__(address, SparqlHandler)
        self.store = store
        self.log = log

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        shown = f"[{host}]" if ":" in str(host) else host
        return f"http://{shown}:{port}{ENDPOINT}"


class SparqlHandler(BaseHTTPRequestHandler):
    """One request: parse, refuse what is not a read-only query, run it, answer."""

    server: SparqlServer
    server_version = "kg-serve"
    timeout = SOCKET_TIMEOUT_S

    def do_OPTIONS(self) -> None:  # CORS preflight for POST with a JSON/SPARQL content type
        extra: dict[str, str] = {}
        if self.headers.get("Access-Control-Request-Private-Network"):
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
            self._answer(read())
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
        check_read_only(sparql)
        body, ctype = self._run(sparql, params)
        self._send(HTTPStatus.OK, body, ctype)

    def _run(self, sparql: str, params: dict[str, list[str]]) -> tuple[bytes, str]:
        import pyoxigraph as ox

        options: dict[str, object] = {}
        try:
            if params.get("default-graph-uri"):
                options["default_graph"] = [ox.NamedNode(u) for u in params["default-graph-uri"]]
            else:  # as over graph.ttl: the document graphs of a TriG file are seen together
                options["use_default_graph_as_union"] = True
            if params.get("named-graph-uri"):
                options["named_graphs"] = [ox.NamedNode(u) for u in params["named-graph-uri"]]
        except ValueError as exc:
            raise Refused(HTTPStatus.BAD_REQUEST, f"bad graph IRI: {exc}") from exc
        try:
            result = self.server.store.query(sparql, **options)
        except SyntaxError as exc:
            first = str(exc).splitlines()[0] if str(exc) else "syntax error"
            raise Refused(HTTPStatus.BAD_REQUEST, f"SPARQL syntax error: {first}") from exc
        except (OSError, ValueError, RuntimeError) as exc:
            raise Refused(HTTPStatus.BAD_REQUEST, f"query failed: {exc}") from exc
        graph_result = isinstance(result, ox.QueryTriples)
        offered = _GRAPH_TYPES if graph_result else _RESULT_TYPES
        choice = negotiate(self.headers.get("Accept"), offered)
        if choice is None:
            raise Refused(HTTPStatus.NOT_ACCEPTABLE,
                          "cannot answer in any type the Accept header allows; offered: "
                          + ", ".join(offered))
        media, name = choice
        fmt = getattr(ox.RdfFormat if graph_result else ox.QueryResultsFormat, name)
        try:
            body = result.serialize(format=fmt)
        except (OSError, ValueError) as exc:
            raise Refused(HTTPStatus.INTERNAL_SERVER_ERROR, f"cannot serialise: {exc}") from exc
        charset = "; charset=utf-8" if media.startswith("text/") else ""
        return body, media + charset

    def _send_text(self, status: HTTPStatus, message: str,
                   extra: dict[str, str] | None = None) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8",
                   extra)

    def _send(self, status: HTTPStatus, body: bytes, ctype: str | None,
              extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        headers = {
            "Access-Control-Allow-Origin": "*",
            "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
            "Access-Control-Allow-Headers": "Content-Type, Accept",
            "Access-Control-Max-Age": "86400",
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
            self.server.log.write(f"{self.address_string()} {format % args}\n")


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


def make_server(store: pyoxigraph.Store, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                *, log: TextIO | None = None) -> SparqlServer:
    """Bind (port 0: any free port) but do not start serving; call ``serve_forever()``.

    ``log`` receives one line per request (None: no request log).
    """
    return SparqlServer((host, port), store, log)


def is_loopback(host: str) -> bool:
    return host in ("localhost", "::1") or host.startswith("127.")
