"""SPARQL over a graph file with rdflib, and result formatting (table, CSV, JSON)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from pyparsing import ParseException
from rdflib import Graph, Literal, URIRef
from rdflib.query import Result

FORMATS = ("table", "csv", "json")
MAX_CELL = 80
_RDF_FORMATS = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".nq": "nquads",
                ".jsonld": "json-ld", ".rdf": "xml", ".owl": "xml"}


class QueryError(ValueError):
    """A graph that cannot be read or a query that does not parse; one readable message."""


def load_graph(path: Path) -> Graph:
    if not path.is_file():
        raise QueryError(f"graph file {str(path)!r} does not exist")
    fmt = _RDF_FORMATS.get(path.suffix.lower(), "turtle")
    g = Graph()
    try:
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


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (URIRef, Literal)):
        return str(value)
    return str(value)


def _rows(result: Result) -> tuple[list[str], list[list[str]]]:
    names = [str(v) for v in result.vars or []]
    return names, [[_cell(v) for v in row] for row in result]


def format_result(result: Result, fmt: str = "table") -> str:
    """Render a SELECT/ASK/CONSTRUCT result as text."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if result.type == "ASK":
        answer = bool(result.askAnswer)
        return json.dumps({"boolean": answer}) if fmt == "json" else str(answer).lower()
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.serialize(format="json-ld" if fmt == "json" else "turtle").decode("utf-8")
    names, rows = _rows(result)
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
