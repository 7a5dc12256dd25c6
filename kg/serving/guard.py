"""Query limits for ``kg serve`` and ``kg query``: what is refused before parsing, what is checked
on the parsed query, and worker processes that run queries under a time, memory and size cap.

A query runs in a worker process, never in the process that answers clients, so a crash of the
native engine (pyoxigraph recurses without bound in its parser) or a runaway query costs one
worker, which is killed and replaced, and never the server. Each worker also leaves the network
(a new, empty network namespace where Linux allows it): pyoxigraph has no option to turn off
``SERVICE``, so besides refusing ``SERVICE`` in the parsed query, the engine has nowhere to
connect to.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import queue
import resource
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from http import HTTPStatus
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyoxigraph

DEFAULT_TIMEOUT_S = 30.0
DEFAULT_MAX_RESULT_MB = 64
DEFAULT_MAX_ROWS = 100_000
MAX_QUERY_CHARS = 100_000
MAX_DEPTH = 64  # brackets and braces nested deeper than any hand-written query
MEMORY_BYTES = 4 << 30  # address space of one query worker


@dataclass(frozen=True)
class Limits:
    """The caps one query runs under."""

    timeout_s: float = DEFAULT_TIMEOUT_S
    max_result_bytes: int = DEFAULT_MAX_RESULT_MB << 20
    max_rows: int = DEFAULT_MAX_ROWS
    max_query_chars: int = MAX_QUERY_CHARS
    max_depth: int = MAX_DEPTH
    memory_bytes: int = MEMORY_BYTES


class QueryRefused(Exception):
    """A query that is not run: HTTP status and a one-line message."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# ---------------------------------------------------------------------------------------------
# Before parsing: length and nesting depth.


def nesting_depth(sparql: str) -> int:
    """The deepest nesting of ``(``, ``{`` and ``[``, estimated high, never low.

    A pre-filter before any parser sees the text (what protects the server is that parsers run
    in a worker). Brackets inside what looks like a string, an IRI or a comment cannot lower
    the count below where that span began, so text that this scan takes for a literal but a
    parser reads as code (``ex:p\\#``, ``<urn:x#(>``) hides nothing; balanced brackets in a
    literal add nothing.
    """
    depth = deepest = 0
    i, n = 0, len(sparql)
    while i < n:
        c = sparql[i]
        end = _literal_end(sparql, i)
        if end > i:
            top = bal = 0
            for ch in sparql[i:end]:
                bal += (ch in "({[") - (ch in ")}]")
                top = max(top, bal)
            deepest = max(deepest, depth + top)
            depth += max(0, bal)
            i = end
            continue
        if c in "({[":
            depth += 1
            deepest = max(deepest, depth)
        elif c in ")}]":
            depth = max(0, depth - 1)
        i += 2 if c == "\\" else 1  # ex:p\\) is part of a name
    return deepest


_IRI_STOP = frozenset('<>"{}|^`\\ \t\r\n')


def _literal_end(text: str, i: int) -> int:
    """The end of the string, IRI or comment starting at ``i``; ``i`` if none starts there."""
    c, n = text[i], len(text)
    if c in "\"'":
        quote = c * 3 if text.startswith(c * 3, i) else c
        j = i + len(quote)
        while j < n and not text.startswith(quote, j):
            if text[j] == "\\":
                j += 1
            elif len(quote) == 1 and text[j] == "\n":
                return j  # an unclosed short string ends at the line end
            j += 1
        return min(n, j + len(quote))
    if c == "<":
        j = i + 1
        while j < n and text[j] not in _IRI_STOP:
            j += 1
        return j + 1 if j < n and text[j] == ">" else i
    if c == "#":
        j = text.find("\n", i)
        return n if j == -1 else j
    return i


def precheck(sparql: str, limits: Limits) -> None:
    """Refuse (400) a query that is too long or too deeply nested, before any parser sees it."""
    if len(sparql) > limits.max_query_chars:
        raise QueryRefused(HTTPStatus.BAD_REQUEST,
                           f"query longer than {limits.max_query_chars} characters")
    if nesting_depth(sparql) > limits.max_depth:
        raise QueryRefused(HTTPStatus.BAD_REQUEST,
                           f"query nested more than {limits.max_depth} levels deep")


# ---------------------------------------------------------------------------------------------
# The parsed query: read-only and not federated.


def _names(node: Any) -> set[str]:
    """The names of every part of an rdflib SPARQL parse tree (CompValue nodes)."""
    from rdflib.plugins.sparql.parserutils import CompValue

    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            found.add(item.name)
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)) or hasattr(item, "asList"):
            stack.extend(item)
    return found


@lru_cache(maxsize=512)
def check_parsed(sparql: str) -> bool:
    """Refuse SPARQL UPDATE (403), ``SERVICE`` (403) and text that does not parse (400), by the
    parse tree of rdflib's SPARQL 1.1 parser, never by looking at the text: a query the parser
    does not understand is not run either. True if the query names its dataset (FROM)."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = parseQuery(sparql)
    except RecursionError:
        raise QueryRefused(HTTPStatus.BAD_REQUEST, "query nested too deeply") from None
    except ParseException as exc:
        try:
            parseUpdate(sparql)
        except (ParseException, RecursionError):
            raise QueryRefused(HTTPStatus.BAD_REQUEST,
                               f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: "
                               f"{exc.msg}") from None
        raise QueryRefused(HTTPStatus.FORBIDDEN,
                           "this endpoint is read-only: SPARQL UPDATE is refused") from None
    names = _names(tree)
    if "ServiceGraphPattern" in names:
        raise QueryRefused(HTTPStatus.FORBIDDEN, "federated queries (SERVICE) are disabled here")
    return "DatasetClause" in names


# ---------------------------------------------------------------------------------------------
# Inside a worker process.


def leave_network() -> bool:
    """Move this (single-threaded) process into new, empty user and network namespaces, so
    nothing it runs can connect anywhere, loopback included. False where Linux forbids it."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.unshare(0x10000000 | 0x40000000) == 0  # CLONE_NEWUSER | CLONE_NEWNET
    except (OSError, AttributeError):
        return False


def die_with_parent(poll_s: float = 0.5) -> None:
    """End this process soon after its parent dies, however the parent died (kill -9 too).

    A thread watches the parent's pid. (Linux's PR_SET_PDEATHSIG is not used: it fires when
    the *thread* that started the child ends, which is wrong for workers started by a
    short-lived thread.)
    """
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(poll_s)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True, name="kg-parent-watch").start()


def confine(memory_bytes: int) -> bool:
    """The worker's own limits: no network, capped memory, dies with its parent."""
    offline = leave_network()  # first: it needs a single-threaded process
    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    sys.setrecursionlimit(20_000)  # rdflib's parser needs ~40 frames per nesting level
    return offline


class CappedWriter:
    """A write-only file object that raises ResultTooLarge past ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise ResultTooLarge(self.limit)
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def getvalue(self) -> bytes:
        return b"".join(self.parts)


class ResultTooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(f"the result is larger than {limit >> 20} MB; add a LIMIT or "
                         "narrow the query")


# ---------------------------------------------------------------------------------------------
# The pool: a few workers, each answering one job at a time over a pipe.


Job = Any  # picklable; what the worker function receives
Answer = Any  # picklable; what it returns


@dataclass(eq=False)
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Any  # multiprocessing.connection.Connection


def _worker_main(conn: Any, setup: Callable[[], Callable[[Job], Answer]],
                 memory_bytes: int) -> None:
    offline = confine(memory_bytes)
    handle = setup()
    conn.send(("ready", offline))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(handle(job))


class WorkerPool:
    """``size`` worker processes running ``setup()``'s handler on jobs, one at a time.

    ``run`` gives the job to an idle worker and waits at most ``timeout_s``; a worker that runs
    late, whose client left, or that crashed is killed and replaced in the background.
    """

    def __init__(self, setup: Callable[[], Callable[[Job], Answer]], size: int,
                 memory_bytes: int = MEMORY_BYTES, start_timeout_s: float = 120.0) -> None:
        self._setup = setup
        self._memory = memory_bytes
        self._start_timeout = start_timeout_s
        # forkserver: a replacement worker forks from a clean process that has the query
        # libraries imported already, so replacing a killed worker costs little CPU. (Plain
        # fork would copy this multi-threaded server; spawn would re-import everything.)
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() \
            else "spawn"
        self._ctx = multiprocessing.get_context(method)
        if method == "forkserver":
            self._ctx.set_forkserver_preload(["kg.serving.guard", "kg.serving.serve", "pyoxigraph",
                                              "rdflib.plugins.sparql.parser"])
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.offline = True
        self.restarts = 0
        for w in [self._spawn() for _ in range(max(1, size))]:
            self._ready(w)

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker_main, args=(child, self._setup, self._memory),
                                 daemon=True, name="kg-query-worker")
        proc.start()
        child.close()
        w = _Worker(proc, parent)
        with self._lock:
            self._all.add(w)
        return w

    def _ready(self, w: _Worker) -> None:
        """Wait for a new worker's hello, then offer it to requests."""
        if not w.conn.poll(self._start_timeout):
            self._kill(w)
            raise RuntimeError("a query worker did not start")
        try:
            _tag, offline = w.conn.recv()
        except (EOFError, OSError) as exc:
            self._kill(w)
            raise RuntimeError("a query worker failed to start") from exc
        self.offline = self.offline and offline
        self._idle.put(w)

    def _kill(self, w: _Worker) -> None:
        if w.process.is_alive():
            w.process.kill()
        w.process.join(5)
        w.conn.close()
        with self._lock:
            self._all.discard(w)

    def _replace(self, w: _Worker) -> None:
        self._kill(w)
        if self._closed:
            return
        self.restarts += 1

        def start() -> None:
            try:
                if not self._closed:
                    self._ready(self._spawn())
            except RuntimeError:
                pass  # the next failure to find an idle worker reports it

        threading.Thread(target=start, daemon=True, name="kg-worker-restart").start()

    def run(self, job: Job, timeout_s: float,
            client: socket.socket | None = None) -> tuple[str, Answer]:
        """("ok", answer), ("timeout", None), ("crashed", exit code), ("left", None) when the
        client closed its connection, or ("busy", None) when no worker came free in time."""
        deadline = time.monotonic() + timeout_s
        try:
            w = self._idle.get(timeout=timeout_s)
        except queue.Empty:
            return "busy", None
        from multiprocessing.connection import wait

        try:
            w.conn.send(job)
        except (OSError, ValueError):
            self._replace(w)
            return "crashed", w.process.exitcode
        watch: list[Any] = [w.conn, w.process.sentinel]
        if client is not None:
            watch.append(client)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self._replace(w)
                return "timeout", None
            ready = wait(watch, remaining)
            if w.conn in ready:
                try:
                    answer = w.conn.recv()
                except (EOFError, OSError):
                    self._replace(w)
                    return "crashed", w.process.exitcode
                self._idle.put(w)
                return "ok", answer
            if w.process.sentinel in ready:
                self._replace(w)
                return "crashed", w.process.exitcode
            if client is not None and client in ready:
                if _closed(client):
                    self._replace(w)
                    return "left", None
                watch.remove(client)  # pipelined bytes of a next request: not a hang-up

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for w in workers:
            self._kill(w)


def _closed(sock: socket.socket) -> bool:
    """True if the peer has closed ``sock`` (readable with nothing to read)."""
    try:
        return sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
    except (BlockingIOError, InterruptedError):
        return False
    except OSError:
        return True


def check_graph_file(path: Path) -> None:
    """Refuse (ValueError) a graph file that would make a parser expand or fetch: an RDF/XML
    file declaring XML entities (a few hundred bytes can expand to gigabytes), or a JSON-LD
    file naming a remote ``@context`` (rdflib would download it)."""
    suffix = path.suffix.lower()
    if suffix in (".rdf", ".owl", ".xml"):
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                if b"<!ENTITY" in chunk:  # a split across chunks still shows in the DTD
                    raise ValueError("it declares XML entities (<!ENTITY ...>), which kg refuses "
                                     "to expand")
    elif suffix == ".jsonld":
        import json

        with path.open("rb") as fh:
            data = json.load(fh)
        if _remote_context(data):
            raise ValueError("it names a remote @context, which kg does not fetch; put the "
                             "context inline")


def _remote_context(node: Any) -> bool:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ctx = item.get("@context")
            ctxs = ctx if isinstance(ctx, list) else [ctx]
            if any(isinstance(c, str) for c in ctxs) or \
                    any(isinstance(c, dict) and isinstance(c.get("@import"), str) for c in ctxs):
                return True
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


class QueryTimeout(Exception):
    """A query still running at its time limit (it was stopped)."""


def run_limited(prepare: Callable[[], Any], run: Callable[[Any], Any], timeout_s: float) -> Any:
    """``run(prepare())`` in a forked child; ``timeout_s`` counts from when ``prepare`` (loading
    the graph) is done. Raises QueryTimeout at the limit, re-raises the child's exception, and
    a RuntimeError when the child dies (a crash of the native engine)."""
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods()
                                      else "spawn")
    parent, child = ctx.Pipe(duplex=False)

    def main() -> None:
        die_with_parent()
        try:
            value = prepare()
            child.send(("ready", None))
            child.send(("ok", run(value)))
        except BaseException as exc:  # handed to the parent, which reports it
            child.send(("error", exc))

    proc = ctx.Process(target=main, daemon=True, name="kg-query")
    proc.start()
    child.close()
    try:
        deadline = None
        while True:
            if deadline is None:
                got = parent.poll(None)
            else:
                got = parent.poll(max(0.0, deadline - time.monotonic()))
                if not got:
                    raise QueryTimeout(f"the query ran past its {timeout_s:g} s time limit "
                                       "(--timeout) and was stopped")
            try:
                tag, value = parent.recv()
            except EOFError:
                proc.join(5)
                raise RuntimeError(f"the query engine failed (exit code {proc.exitcode})") \
                    from None
            if tag == "ready":
                deadline = time.monotonic() + timeout_s
            elif tag == "error":
                raise value
            else:
                return value
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        parent.close()


_CONTROL = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7F) if c not in (0x09,)}


def printable(text: str) -> str:
    """``text`` with control characters (ESC, CR, LF, …) shown as ``\\xNN``: a file name or a
    request line written to a log or a warning cannot forge or rewrite a line."""
    return text.translate(_CONTROL)


def default_workers() -> int:
    """Two workers at least (a slow query must not hold up the rest), four at most."""
    return max(2, min(4, os.cpu_count() or 1))


@dataclass(frozen=True)
class StoreSource:
    """Where a worker gets its store: a graph file, a kg build --store folder, or N-Quads."""

    graph_file: Path | None = None
    store_dir: Path | None = None
    nquads: bytes | None = None

    def open(self) -> pyoxigraph.Store:
        import pyoxigraph as ox

        if self.store_dir is not None:
            from kg.serving.store import open_read_only

            return open_read_only(self.store_dir)
        if self.graph_file is not None:
            from kg.serving.serve import load_store

            return load_store(self.graph_file)
        store = ox.Store()
        store.load(self.nquads or b"", format=ox.RdfFormat.N_QUADS)
        return store
