"""SPARQL over a graph file with rdflib, the shipped named queries, and result formatting."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from pyparsing import ParseException
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.query import Result

from kg.serving.guard import check_graph_file

FORMATS = ("table", "csv", "json")
MAX_CELL = 80
_RDF_FORMATS = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".nq": "nquads",
                ".jsonld": "json-ld", ".rdf": "xml", ".owl": "xml"}
_DATASET_FORMATS = {"trig", "nquads"}
DEFAULT_GRAPH = Path("output") / "graph.ttl"
MAX_QUERY_FILE = 1 << 20
_HEADER = re.compile(r"^#\s*(title|description)\s*:\s*(.*?)\s*$", re.IGNORECASE)


class QueryError(ValueError):
    """A graph that cannot be read or a query that does not parse; one readable message."""


def load_graph(path: Path) -> Graph:
    if not path.is_file():
        raise QueryError(f"graph file {str(path)!r} does not exist")
    fmt = _RDF_FORMATS.get(path.suffix.lower(), "turtle")
    g = Graph()
    try:
        check_graph_file(path)
        if fmt in _DATASET_FORMATS:
            from kg.graph.exports import quiet_rdflib

            # A plain Graph would keep one graph of a TriG file; merge them all instead.
            with quiet_rdflib():
                ds = Dataset()
                ds.parse(path, format=fmt)
                for prefix, namespace in ds.namespaces():
                    g.bind(prefix, namespace, override=True)
                for s, p, o, _ctx in ds.quads((None, None, None, None)):
                    g.add((s, p, o))
        else:
            g.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many types for bad input
        raise QueryError(f"cannot parse {str(path)!r} as {fmt}: {exc}") from exc
    return g


def run_query(graph: Graph, sparql: str) -> Result:
    try:
        return graph.query(sparql)
    except ParseException as exc:
        raise QueryError(
            f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: {exc.msg}\n"
            f"  {exc.line}\n  {' ' * (exc.col - 1)}^"
        ) from exc
    except Exception as exc:
        raise QueryError(f"query failed: {exc}") from exc


class QueryUsageError(QueryError):
    """The command line names no query, two queries, or an unknown query name."""


@dataclass(frozen=True)
class NamedQuery:
    """A shipped example query: ``queries/NAME.rq`` with ``# title:``/``# description:``."""

    name: str
    title: str
    description: str
    path: Path

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def queries_dir() -> Path:
    """The ``queries/`` folder: next to the package in a checkout, inside it in a wheel."""
    here = Path(__file__).resolve().parent.parent
    candidates = (here.parent / "queries", here / "queries")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise QueryError("kg example queries not found (looked in "
                     + " and ".join(str(c) for c in candidates) + ")")


def named_queries() -> dict[str, NamedQuery]:
    """The shipped queries by name (file name without ``.rq``), sorted by name."""
    out: dict[str, NamedQuery] = {}
    for path in sorted(queries_dir().glob("*.rq")):
        header: dict[str, str] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            match = _HEADER.match(line)
            if match:
                header.setdefault(match.group(1).lower(), match.group(2))
            elif line.strip() and not line.lstrip().startswith("#"):
                break  # the header is the leading comment block
        out[path.stem] = NamedQuery(path.stem, header.get("title", path.stem),
                                    header.get("description", ""), path)
    return out


def named_query(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise QueryUsageError(f"no shipped query named {name!r}; choose one of "
                              f"{', '.join(queries)} (kg query --list)")
    return queries[name]


def list_queries() -> str:
    """``kg query --list``: one line per shipped query, name and title."""
    queries = named_queries()
    width = max((len(n) for n in queries), default=0)
    return "\n".join(f"{q.name.ljust(width)}  {q.title}" for q in queries.values())


@dataclass(frozen=True)
class QueryPlan:
    """What ``kg query`` was asked to run, and over which graph file or store folder."""

    sparql: str
    source: Path
    store: bool
    default_source: bool  # the graph was not named: output/graph.ttl


def plan_query(
    positionals: list[str],
    *,
    file: str | None = None,
    graph: str | None = None,
    store: str | None = None,
) -> QueryPlan:
    """Read the ``kg query`` command line; raise QueryUsageError when it is ambiguous.

    Accepted: ``GRAPH SPARQL``, ``GRAPH NAME``, ``GRAPH --file Q.rq`` (the graph first), and
    ``NAME`` / ``SPARQL`` / ``--file Q.rq`` with ``--graph FILE`` or ``--store DIR`` or neither
    (then output/graph.ttl). A NAME is one word; SPARQL text always has a space or a ``{``.
    """
    if len(positionals) > 2:
        raise QueryUsageError("too many arguments: give GRAPH and one query at most")
    query_arg: str | None
    if len(positionals) == 2:
        if graph is not None or store is not None:
            raise QueryUsageError("give the graph once: as the first argument, or with "
                                  "--graph/--store")
        graph, query_arg = positionals
    elif positionals and file is not None and graph is None and store is None:
        graph, query_arg = positionals[0], None  # kg query GRAPH --file Q.rq
    else:
        query_arg = positionals[0] if positionals else None
    if (query_arg is None) == (file is None):
        raise QueryUsageError("give the query either as an argument (SPARQL text or a query "
                              "NAME, see kg query --list) or with --file Q.rq (not both)")
    if file is not None:
        try:
            with Path(file).open("rb") as fh:  # bounded: --file /dev/zero must not fill memory
                raw = fh.read(MAX_QUERY_FILE + 1)
            if len(raw) > MAX_QUERY_FILE:
                raise QueryUsageError(f"query file {file!r} is larger than "
                                      f"{MAX_QUERY_FILE >> 20} MiB")
            sparql = raw.decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or exc
            raise QueryUsageError(f"cannot read query file {file!r}: {reason}") from exc
    else:
        sparql = _query_text(query_arg or "")
    if store is not None:
        return QueryPlan(sparql, Path(store), store=True, default_source=False)
    source = Path(graph) if graph is not None else DEFAULT_GRAPH
    return QueryPlan(sparql, source, store=False, default_source=graph is None)


def _query_text(arg: str) -> str:
    """SPARQL text as given, or the text of the shipped query ``arg``."""
    if "{" in arg or any(c.isspace() for c in arg):
        return arg
    if arg in named_queries():
        return named_query(arg).text
    if arg.lower().endswith((".rq", ".sparql")):
        raise QueryUsageError(f"to run the query file {arg!r}, use --file {arg}")
    if Path(arg).is_file():
        raise QueryUsageError(f"no query given for graph {arg!r}: add SPARQL text, a query "
                              "NAME (kg query --list) or --file Q.rq")
    return named_query(arg).text  # raises: unknown name, with the list


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (URIRef, Literal)):
        return str(value)
    return str(value)


def _rows(result: Result, max_rows: int | None = None) -> tuple[list[str], list[list[str]]]:
    names = [str(v) for v in result.vars or []]
    rows = [[_cell(v) for v in row] for row in islice(result, None if max_rows is None
                                                      else max_rows + 1)]
    if max_rows is not None and len(rows) > max_rows:
        raise QueryError(f"the result has more than {max_rows} rows; add a LIMIT to the query "
                         "or raise --max-rows")
    return names, rows


def format_result(result: Result, fmt: str = "table", max_rows: int | None = None) -> str:
    """Render a SELECT/ASK/CONSTRUCT result as text; more than ``max_rows`` rows (or triples)
    is an error."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if result.type == "ASK":
        answer = bool(result.askAnswer)
        return json.dumps({"boolean": answer}) if fmt == "json" else str(answer).lower()
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        if max_rows is not None and result.graph is not None and len(result.graph) > max_rows:
            raise QueryError(f"the result has more than {max_rows} triples; add a LIMIT to "
                             "the query or raise --max-rows")
        return result.serialize(format="json-ld" if fmt == "json" else "turtle").decode("utf-8")
    names, rows = _rows(result, max_rows)
    if fmt == "json":
        records = [dict(zip(names, r, strict=True)) for r in rows]
        return json.dumps(records, ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(names)
        w.writerows(rows)
        return buf.getvalue()
    return _table(names, rows)


def _table(names: list[str], rows: list[list[str]]) -> str:
    def clip(s: str) -> str:
        s = " ".join(s.split())
        return s if len(s) <= MAX_CELL else s[: MAX_CELL - 1] + "…"

    body = [[clip(c) for c in r] for r in rows]
    widths = [max([len(n), *(len(r[i]) for r in body)]) for i, n in enumerate(names)]
    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(names), line(["-" * w for w in widths]), *(line(r) for r in body)]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
