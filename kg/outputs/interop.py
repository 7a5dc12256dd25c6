"""The entity/relation view as a networkx graph, GraphML and Neo4j import CSV.

Everything here starts from the view the page draws (:func:`kg.outputs.viz.graph_view`): one node
per entity, one edge per relation between an ordered pair, so the counts always match the page.
Attributes the page does not need (every alias, the dates and certainty of the events behind
an edge) are read from the RDF and attached to those same nodes and edges.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from typing import Any

import networkx as nx
from rdflib import SKOS, Graph, Literal, URIRef

from kg.outputs.viz import KG, PredicateIndex, event_ends, graph_view

# --format values drawn from the view rather than serialised from the RDF: name → files.
VIEW_FORMATS: Mapping[str, tuple[str, ...]] = {
    "graphml": ("graph.graphml",),
    "csv": ("graph.nodes.csv", "graph.relationships.csv"),
}
# Strongest first: an edge backed by one asserted and one hedged event is asserted.
CERTAINTY_ORDER = ("asserted", "estimated", "hedged", "denied")
ARRAY_DELIMITER = ";"  # neo4j-admin import's default --array-delimiter

EdgeKey = tuple[str, str, str]  # (relation, source IRI, target IRI)


def edge_facts(graph: Graph) -> dict[EdgeKey, tuple[tuple[str, ...], str]]:
    """(relation, source, target) → (the normalised dates of its events, sorted; the
    strongest certainty among them). An event without ``kg:certainty`` is asserted."""
    index = PredicateIndex(graph)
    dates: dict[EdgeKey, set[str]] = {}
    certainty: dict[EdgeKey, set[str]] = {}
    for rel, event, sources, targets in event_ends(index):
        when = {str(d) for d in index.objects(event, KG.claimDate)}
        how = {str(c) for c in index.objects(event, KG.certainty)} or {"asserted"}
        for s in sources:
            for t in targets:
                key = (rel, str(s), str(t))
                dates.setdefault(key, set()).update(when)
                certainty.setdefault(key, set()).update(how)
    return {key: (tuple(sorted(dates[key])), _strongest(certainty[key])) for key in dates}


def _strongest(values: set[str]) -> str:
    known = [c for c in CERTAINTY_ORDER if c in values]
    return known[0] if known else min(values)


def aliases(graph: Graph, view: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """Entity IRI → every alias (the page shows the first few), sorted as the page sorts."""
    index = PredicateIndex(graph)
    out: dict[str, tuple[str, ...]] = {}
    for node in view["nodes"]:
        found = {str(a) for a in index.objects(URIRef(node["id"]), SKOS.altLabel)
                 if isinstance(a, Literal)} - {node["label"]}
        out[node["id"]] = tuple(sorted(found, key=lambda a: (a.casefold(), a)))
    return out


def to_networkx(graph: Graph, view: Mapping[str, Any] | None = None) -> nx.MultiDiGraph:
    """The page's view of ``graph`` as a MultiDiGraph keyed by IRI.

    Nodes: ``label``, ``class``, ``aliases`` (tuple), ``documents``, ``mentions``,
    ``wikidata``. Edges (key: the relation): ``relation``, ``evidence`` (sentences),
    ``documents``, ``dates`` (tuple of ISO dates), ``first_date``, ``last_date``,
    ``certainty``.
    """
    view = graph_view(graph) if view is None else view
    g = nx.MultiDiGraph()
    every_alias = aliases(graph, view)
    for n in view["nodes"]:
        g.add_node(n["id"], label=n["label"], aliases=every_alias[n["id"]],
                   documents=n["docs"], mentions=n["mentions"], wikidata=n["wikidata"],
                   **{"class": n["cls"]})
    facts = edge_facts(graph)
    for e in view["edges"]:
        dates, certainty = facts.get((e["rel"], e["from"], e["to"]), ((), "asserted"))
        g.add_edge(e["from"], e["to"], key=e["rel"], relation=e["rel"],
                   evidence=e["evidenceCount"], documents=e["docCount"], dates=dates,
                   first_date=dates[0] if dates else None,
                   last_date=dates[-1] if dates else None, certainty=certainty)
    return g


def graphml(g: nx.MultiDiGraph) -> bytes:
    """``g`` as GraphML (Gephi, Cytoscape, yEd): tuples joined with "; ", None left out."""
    plain = nx.MultiDiGraph()
    plain.add_nodes_from((n, _plain(a)) for n, a in g.nodes(data=True))
    plain.add_edges_from((u, v, k, _plain(a)) for u, v, k, a in g.edges(keys=True, data=True))
    buf = io.BytesIO()
    nx.write_graphml(plain, buf, encoding="utf-8")
    return buf.getvalue()


def _plain(attrs: Mapping[str, Any]) -> dict[str, Any]:
    return {k: "; ".join(v) if isinstance(v, tuple) else v
            for k, v in attrs.items() if v is not None}


def neo4j_csv(g: nx.MultiDiGraph) -> tuple[bytes, bytes]:
    """Node and relationship files for ``neo4j-admin database import full``: every entity
    labelled ``Entity`` plus its class, relationship types in upper case (``SUPPLIES``)."""
    nodes = io.StringIO()
    w = csv.writer(nodes, lineterminator="\n")
    w.writerow(["id:ID", "label", "aliases:string[]", "documents:int", "mentions:int",
                "wikidata", ":LABEL"])
    for n, a in g.nodes(data=True):
        w.writerow([n, a["label"], ARRAY_DELIMITER.join(_element(x) for x in a["aliases"]),
                    a["documents"], "" if a["mentions"] is None else a["mentions"],
                    a["wikidata"] or "", f"Entity{ARRAY_DELIMITER}{a['class']}"])
    rels = io.StringIO()
    w = csv.writer(rels, lineterminator="\n")
    w.writerow([":START_ID", ":END_ID", ":TYPE", "evidence:int", "documents:int",
                "dates:string[]", "certainty"])
    for u, v, a in g.edges(data=True):
        w.writerow([u, v, a["relation"].upper(), a["evidence"], a["documents"],
                    ARRAY_DELIMITER.join(a["dates"]), a["certainty"]])
    return nodes.getvalue().encode("utf-8"), rels.getvalue().encode("utf-8")


def _element(text: str) -> str:
    """An array element cannot hold the delimiter: it would split in two."""
    return text.replace(ARRAY_DELIMITER, ",")


def view_files(graph: Graph, view: Mapping[str, Any], fmt: str) -> dict[str, bytes]:
    """The files of one of :data:`VIEW_FORMATS`, file name → bytes."""
    g = to_networkx(graph, view)
    if fmt == "graphml":
        return {VIEW_FORMATS[fmt][0]: graphml(g)}
    if fmt == "csv":
        return dict(zip(VIEW_FORMATS[fmt], neo4j_csv(g), strict=True))
    raise ValueError(f"{fmt!r} is not a view format; expected one of {', '.join(VIEW_FORMATS)}")
