"""kg.graph.exports: every format re-parses to the same graph; TriG has one named graph per
document."""

from __future__ import annotations

import pytest
from rdflib import RDF, Dataset, Graph, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import PROV

from kg.graph.exports import (
    EXPORT_FORMATS,
    ExportError,
    document_graphs,
    materialise_rdfs,
    parse_formats,
    serialize,
    to_dataset,
)

KG = Namespace("https://example.org/kg/ontology#")
SCHEMA = Namespace("https://schema.org/")
ID = Namespace("https://example.org/kg/id/")
_RDFLIB_FORMAT = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}
# rdflib 7's TriG parser warns about its own use of ConjunctiveGraph.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")


def _graphs(ds: Dataset) -> dict[URIRef, Graph]:
    """Named graphs of a Dataset by IRI (the default graph left out)."""
    out: dict[URIRef, Graph] = {}
    for s, p, o, ctx in ds.quads((None, None, None, None)):
        ident = getattr(ctx, "identifier", ctx)
        if ident != DATASET_DEFAULT_GRAPH_ID:
            out.setdefault(ident, Graph()).add((s, p, o))
    return out


def _default(ds: Dataset) -> Graph:
    g = Graph()
    for s, p, o in ds.graph(DATASET_DEFAULT_GRAPH_ID):
        g.add((s, p, o))
    return g


@pytest.mark.parametrize("fmt", sorted(_RDFLIB_FORMAT))
def test_each_graph_format_reparses_to_the_same_graph(sample_graph: Graph, fmt: str) -> None:
    data = serialize(sample_graph, fmt)
    again = Graph().parse(data=data, format=_RDFLIB_FORMAT[fmt])
    assert isomorphic(again, sample_graph)


def test_ntriples_are_sorted_and_stable(sample_graph: Graph) -> None:
    lines = serialize(sample_graph, "nt").decode("utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == len(sample_graph)


def test_jsonld_context_lists_only_used_prefixes(sample_graph: Graph) -> None:
    import json

    doc = json.loads(serialize(sample_graph, "jsonld"))
    assert doc["@context"]["kg"] == str(KG)
    assert "brick" not in doc["@context"]  # rdflib binds dozens of unused ones by default


def test_trig_has_one_named_graph_per_document_and_the_same_union(sample_graph: Graph) -> None:
    ds = Dataset()
    ds.parse(data=serialize(sample_graph, "trig"), format="trig")
    named = _graphs(ds)
    documents = set(sample_graph.subjects(RDF.type, KG.Document))
    assert set(named) == documents and len(documents) == 5
    union = _default(ds)
    for g in named.values():
        union += g
    assert isomorphic(union, sample_graph)
    assert len(union) == len(sample_graph)


def test_trig_puts_derived_nodes_in_their_documents_graph(sample_graph: Graph) -> None:
    ds = to_dataset(sample_graph)
    named, default = _graphs(ds), _default(ds)
    for doc, g in named.items():
        # Everything in a document's graph is about a node derived from that document.
        for s in set(g.subjects()):
            sources = set(g.objects(s, PROV.wasDerivedFrom)) | set(g.objects(s, KG.inDocument))
            parents = set(g.subjects(KG.figure, s))
            assert sources == {doc} or parents, s
    # Entities, documents and the binary triples stay in the default graph.
    assert (ID.North_Korea, KG.supplies, ID.Russia) in default
    assert (ID.North_Korea, RDF.type, KG.Country) in default
    assert set(default.subjects(RDF.type, KG.Document)) == set(named)
    for cls in (KG.SupplyEvent, KG.DeploymentEvent, KG.SigningEvent, KG.Claim, KG.Evidence):
        assert not set(default.subjects(RDF.type, cls)), cls


def test_mixed_provenance_stays_in_the_default_graph() -> None:
    g = Graph()
    d1, d2, e = ID.d1, ID.d2, ID.e
    for d in (d1, d2):
        g.add((d, RDF.type, KG.Document))
    g.add((e, PROV.wasDerivedFrom, d1))
    g.add((e, PROV.wasDerivedFrom, d2))
    assert document_graphs(g) == {}


def test_parse_formats() -> None:
    assert parse_formats("ttl") == ("ttl",)
    assert parse_formats(" TTL, nt,ttl ,trig") == ("ttl", "nt", "trig")
    assert set(parse_formats(",".join(EXPORT_FORMATS))) == set(EXPORT_FORMATS)
    with pytest.raises(ExportError, match="unknown output format 'xml'.*ttl, nt, jsonld, trig"):
        parse_formats("ttl,xml")
    with pytest.raises(ExportError, match="at least one"):
        parse_formats(" , ")


def test_rdfs_materialisation_adds_superclass_types_only(sample_graph: Graph) -> None:
    reasoned = materialise_rdfs(sample_graph)
    countries = set(reasoned.subjects(RDF.type, SCHEMA.Country))
    assert ID.North_Korea in countries
    assert not set(sample_graph.subjects(RDF.type, SCHEMA.Country))
    assert (ID.North_Korea, RDF.type, KG.Actor) in reasoned
    added = set(reasoned) - set(sample_graph)
    assert added and {p for _, p, _ in added} == {RDF.type}
    # No rdfs:Resource noise, no blank-node union classes, nothing about the ontology itself.
    assert all(isinstance(o, URIRef) and "rdf-schema#" not in o for _, _, o in added)
    assert set(sample_graph) <= set(reasoned)
    # Still valid RDF: it round-trips through Turtle.
    assert isomorphic(Graph().parse(data=serialize(reasoned, "ttl"), format="turtle"), reasoned)
