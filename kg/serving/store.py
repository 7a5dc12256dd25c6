"""An on-disk SPARQL store (pyoxigraph, RocksDB) for ``kg build --store`` and ``kg query --store``.

The store holds the dataset of :func:`kg.graph.exports.to_dataset`: one named graph per source
document for the event, claim and evidence triples, everything else in the default graph.
Queries see the union of all graphs as their default graph (so they give the same answers as
over ``graph.ttl``); ``GRAPH ?doc { … }`` tells which document a statement came from. The
folder is also a plain Oxigraph database: ``oxigraph serve-read-only --location DIR`` serves it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph, Namespace, URIRef
from rdflib.query import Result

if TYPE_CHECKING:
    import pyoxigraph

KG = Namespace("https://example.org/kg/ontology#")


class StoreError(OSError):
    """The store folder cannot be used (missing, not a store, locked); one readable message."""


def _ox():  # imported lazily: only --store and kg serve need the native library
    try:
        import pyoxigraph
    except ImportError as exc:  # pragma: no cover - it is a declared dependency
        raise StoreError(
            "the pyoxigraph package is needed for --store and kg serve: pip install pyoxigraph"
        ) from exc
    return pyoxigraph


def is_store(path: Path) -> bool:
    """True if ``path`` looks like an Oxigraph (RocksDB) database folder."""
    return (path / "CURRENT").is_file() and any(path.glob("OPTIONS-*"))


def check_store_dir(path: Path, *, not_at: Path | None = None) -> Path:
    """Prove, before any work, that ``kg build --store`` may (re)write ``path``.

    ``path`` must be absent, an empty folder, or an existing store that no other process
    holds open. A folder with other files in it is refused: rebuilding clears the store, and
    that must never be pointed at, say, the output folder by mistake (``not_at``).
    """
    if not_at is not None and path.resolve() == not_at.resolve():
        raise StoreError(f"the store needs a folder of its own, not {str(path)!r} "
                         f"(e.g. {str(path / 'store')!r})")
    if path.exists() and not path.is_dir():
        raise StoreError(f"store {str(path)!r} is a file, not a folder")
    if path.is_dir() and any(path.iterdir()) and not is_store(path):
        raise StoreError(
            f"store folder {str(path)!r} is not empty and is not an Oxigraph store; "
            "give a new or empty folder"
        )
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or exc
        raise StoreError(f"cannot create store folder {str(path)!r}: {reason}") from exc
    if is_store(path):
        _open(path)  # fails now, not after the build, if another process holds the lock
    return path


def _open(path: Path) -> pyoxigraph.Store:
    ox = _ox()
    try:
        return ox.Store(str(path))
    except OSError as exc:
        if "lock" in str(exc).lower():
            raise StoreError(
                f"store {str(path)!r} is in use by another process (an oxigraph server?); "
                "stop it and try again"
            ) from exc
        raise StoreError(f"cannot open store {str(path)!r}: {exc}") from exc


def open_read_only(path: Path) -> pyoxigraph.Store:
    """Open an existing store for queries; works while another process writes to it."""
    ox = _ox()
    if not path.is_dir() or not is_store(path):
        raise StoreError(
            f"{str(path)!r} is not a kg store (build one with: kg build --store {path})"
        )
    try:
        return ox.Store.read_only(str(path))
    except OSError as exc:
        raise StoreError(f"cannot open store {str(path)!r}: {exc}") from exc


def to_quads(graph: Graph) -> Iterator[pyoxigraph.Quad]:
    """The triples of ``graph`` as pyoxigraph quads, one named graph per source document (the
    layout of :func:`kg.graph.exports.to_dataset`, without building an rdflib Dataset)."""
    from kg.graph.exports import document_graphs
    from kg.graph.oxgraph import to_oxigraph

    ox = _ox()
    default = ox.DefaultGraph()
    names: dict[str, pyoxigraph.NamedNode] = {}
    owner = {str(s): names.setdefault(str(doc), ox.NamedNode(str(doc)))
             for s, doc in document_graphs(graph).items() if isinstance(s, URIRef)}
    for q in to_oxigraph(graph).quads_for_pattern(None, None, None, default):
        name = owner.get(q.subject.value, default) if isinstance(q.subject, ox.NamedNode) \
            else default
        yield ox.Quad(q.subject, q.predicate, q.object, name)


def memory_store(graph: Graph) -> pyoxigraph.Store:
    """An in-memory store holding ``graph`` (same layout as the on-disk one)."""
    store = _ox().Store()
    store.extend(to_quads(graph))
    return store


def write_store(path: Path, graph: Graph) -> int:
    """Replace the content of the store at ``path`` with ``graph``; return the quad count.

    The old content is cleared first, then the new quads are added in one transaction.
    """
    store = _open(check_store_dir(path))
    try:
        quads = list(to_quads(graph))
        store.clear()
        store.extend(quads)
        store.flush()
    except (OSError, ValueError) as exc:
        raise StoreError(f"cannot write store {str(path)!r}: {exc}") from exc
    return len(quads)


def query_store(path: Path, sparql: str) -> Result:
    """Run ``sparql`` over the store at ``path`` and return an rdflib Result.

    Returning rdflib's type lets the CLI print store results exactly like file results.
    """
    return run_query(open_read_only(path), sparql)


def run_query(store: pyoxigraph.Store, sparql: str) -> Result:
    """SPARQL over a pyoxigraph store (default graph = union of all graphs), as rdflib Result."""
    from kg.serving.query import QueryError

    ox = _ox()
    try:
        answer = store.query(sparql, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(syntax_message(sparql, str(exc))) from exc
    except (OSError, ValueError) as exc:
        raise QueryError(f"query failed: {exc}") from exc
    if isinstance(answer, ox.QueryBoolean):
        result = Result("ASK")
        result.askAnswer = bool(answer)
        return result
    if isinstance(answer, ox.QueryTriples):
        result = Result("CONSTRUCT")
        result.graph = Graph().parse(
            data=answer.serialize(format=ox.RdfFormat.N_TRIPLES), format="nt"
        )
        result.graph.bind("kg", KG)  # rdflib binds rdfs, skos, prov … itself
        return result
    data = answer.serialize(format=ox.QueryResultsFormat.JSON)
    return Result.parse(io.BytesIO(data), format="json")


_POSITION = re.compile(r"^error at (\d+):(\d+): ")


def syntax_message(sparql: str, error: str) -> str:
    """pyoxigraph's syntax error in the same shape as the rdflib path's (line, column, caret)."""
    first = error.splitlines()[0] if error else "syntax error"
    match = _POSITION.match(first)
    if not match:
        return f"SPARQL syntax error: {first}"
    line, col = int(match.group(1)), int(match.group(2))
    lines = sparql.splitlines() or [""]
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    detail = first[match.end():]
    if len(detail) > 200:  # the parser lists every acceptable character class
        detail = detail[:199] + "…"
    return (
        f"SPARQL syntax error at line {line}, column {col}: {detail}\n"
        f"  {text}\n  {' ' * max(col - 1, 0)}^"
    )
