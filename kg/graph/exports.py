"""Graph exports for ``kg build --format``: Turtle, N-Triples, JSON-LD and TriG.

TriG keeps provenance as graph structure: each source document gets one named graph (named by
the document's IRI) holding the triples *about* the event, claim and evidence nodes derived
from it; entities, documents and the binary relation triples stay in the default graph. The
union of all graphs is exactly the Turtle graph.

Also here: :func:`materialise_rdfs`, the optional RDFS closure behind ``kg build --reason``.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from rdflib import OWL, RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import PROV
from rdflib.term import Node

KG = Namespace("https://example.org/kg/ontology#")

# format name → output file name; the order is the order files are written and listed.
EXPORT_FORMATS: dict[str, str] = {
    "ttl": "graph.ttl",
    "nt": "graph.nt",
    "jsonld": "graph.jsonld",
    "trig": "graph.trig",
    # The entity/relation view the page draws, for graph tools (kg.outputs.interop.VIEW_FORMATS):
    # GraphML for Gephi/Cytoscape/yEd, and Neo4j import CSV (graph.nodes.csv and
    # graph.relationships.csv).
    "graphml": "graph.graphml",
    "csv": "graph.nodes.csv",
}

# A node derived from one document points at it with one of these.
_PROVENANCE = (PROV.wasDerivedFrom, KG.inDocument)
# Parts of a derived node (a claim's figures) that carry no provenance of their own.
_PARTS = (KG.figure,)
# RDFS entailments that say nothing about the data (every IRI is an rdfs:Resource, …).
_TRIVIAL_CLASSES = frozenset(
    {RDFS.Resource, RDFS.Class, RDFS.Literal, RDFS.Datatype, RDF.Property, OWL.Class, OWL.Thing}
)
_SCHEMA_NAMESPACES = (str(RDF), str(RDFS), str(OWL), str(XSD))


@contextmanager
def quiet_rdflib() -> Iterator[None]:
    """Silence the DeprecationWarnings rdflib 7's own TriG/Dataset code raises about itself."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"rdflib\.")
        yield


class ExportError(ValueError):
    """An unknown or empty ``--format`` list; the message names the valid choices."""


def parse_formats(spec: str) -> tuple[str, ...]:
    """``"ttl,nt"`` → ``("ttl", "nt")``: case-insensitive, duplicates dropped, order kept."""
    names = [part.strip().lower() for part in spec.split(",") if part.strip()]
    if not names:
        raise ExportError(f"--format needs at least one of {', '.join(EXPORT_FORMATS)}")
    unknown = [n for n in names if n not in EXPORT_FORMATS]
    if unknown:
        raise ExportError(
            f"unknown output format {', '.join(map(repr, unknown))}; "
            f"choose from {', '.join(EXPORT_FORMATS)} (comma-separated)"
        )
    return tuple(dict.fromkeys(names))


def file_name(fmt: str) -> str:
    """The output file name for a format, e.g. ``graph.trig``."""
    return EXPORT_FORMATS[fmt]


def document_graphs(graph: Graph) -> dict[Node, URIRef]:
    """Subject → the document it was derived from, for event, claim and evidence nodes.

    A subject qualifies when it names exactly one ``kg:Document`` through
    ``prov:wasDerivedFrom`` or ``kg:inDocument``, or is a part (``kg:figure``) of one that
    does; anything else (entities, documents, a node with mixed provenance) belongs to the
    default graph.
    """
    documents = set(graph.subjects(RDF.type, KG.Document))
    sources: dict[Node, set[Node]] = {}
    for prop in _PROVENANCE:
        for s, o in graph.subject_objects(prop):
            sources.setdefault(s, set()).add(o)
    owner: dict[Node, URIRef] = {}
    for s, docs in sources.items():
        (doc, *more) = docs
        if not more and doc in documents and isinstance(doc, URIRef):
            owner[s] = doc
    part_docs: dict[Node, set[URIRef | None]] = {}
    for prop in _PARTS:
        for s, part in graph.subject_objects(prop):
            if part not in sources:
                part_docs.setdefault(part, set()).add(owner.get(s))
    for part, docs in part_docs.items():
        (doc, *more) = docs
        if not more and doc is not None:
            owner[part] = doc
    return owner


def to_dataset(graph: Graph) -> Dataset:
    """Split ``graph`` into a Dataset: one named graph per source document, the rest default."""
    with quiet_rdflib():
        ds = Dataset()
        for prefix, namespace in graph.namespaces():
            ds.bind(prefix, namespace, override=True)
        owner = document_graphs(graph)
        default = ds.graph(DATASET_DEFAULT_GRAPH_ID)
        named = {doc: ds.graph(doc) for doc in sorted(set(owner.values()))}
        ds.addN((s, p, o, named[owner[s]] if s in owner else default) for s, p, o in graph)
    return ds


def serialize(graph: Graph, fmt: str) -> bytes:
    """``graph`` as UTF-8 bytes in one of :data:`EXPORT_FORMATS`."""
    from kg.graph.rdf import serialize_fast, to_turtle

    if fmt == "ttl":
        return to_turtle(graph)
    if fmt == "nt":
        # Sorted lines: the same graph always gives the same file, so outputs diff cleanly.
        lines = serialize_fast(graph, "nt").splitlines(keepends=True)
        return b"".join(sorted(line for line in lines if line.strip()))
    if fmt == "jsonld":
        return graph.serialize(
            format="json-ld", context=_jsonld_context(graph), indent=2, encoding="utf-8"
        )
    if fmt == "trig":
        with quiet_rdflib():
            return to_dataset(graph).serialize(format="trig", encoding="utf-8")
    raise ExportError(f"unknown output format {fmt!r}; choose from {', '.join(EXPORT_FORMATS)}")


def _jsonld_context(graph: Graph) -> dict[str, str]:
    """The graph's prefixes that it actually uses (rdflib binds dozens by default)."""
    iris = {str(t) for triple in graph for t in triple if isinstance(t, URIRef)}
    iris |= {str(o.datatype) for o in graph.objects() if isinstance(o, Literal) and o.datatype}
    return {
        prefix: str(ns)
        for prefix, ns in sorted(graph.namespaces())
        if prefix and any(iri.startswith(str(ns)) for iri in iris)
    }


def materialise_rdfs(graph: Graph, ontology: Graph | None = None) -> Graph:
    """A copy of ``graph`` plus what RDFS entails from it and ``ontology/kg.ttl``.

    Adds the superclass types (a ``kg:Country`` is also ``kg:Actor``, ``schema:Country``,
    ``schema:Place`` …) and the types implied by ``rdfs:domain``/``rdfs:range``, so that
    ``?x a schema:Country`` matches. Only statements about the graph's own subjects are kept:
    the ontology itself and the trivial entailments (``rdfs:Resource``, blank-node union
    classes, datatypes as classes) are left out. OWL-RL is not used on purpose: its
    ``owl:sameAs`` rules would copy every entity's triples onto its Wikidata IRI.
    """
    import owlrl

    if ontology is None:
        from kg.graph.validate import load_ontology

        ontology = load_ontology()
    work = Graph()
    for triple in _chain(graph, ontology):
        work.add(triple)
    owlrl.DeductiveClosure(
        owlrl.RDFS_Semantics, axiomatic_triples=False, datatype_axioms=False
    ).expand(work)
    out = Graph()
    for prefix, namespace in graph.namespaces():
        out.bind(prefix, namespace, override=True)
    for triple in graph:
        out.add(triple)
    subjects = {s for s in graph.subjects() if isinstance(s, URIRef)}
    for s, p, o in work:
        if s in subjects and (s, p, o) not in graph and _informative(graph, s, p, o):
            out.add((s, p, o))
    return out


def _chain(*graphs: Graph) -> Iterable[tuple[Node, Node, Node]]:
    for g in graphs:
        yield from g


def _informative(graph: Graph, s: Node, p: Node, o: Node) -> bool:
    if p == RDF.type:
        return isinstance(o, URIRef) and o not in _TRIVIAL_CLASSES and not str(o).startswith(
            _SCHEMA_NAMESPACES
        )
    if isinstance(o, Literal) and any(str(v) == str(o) for v in graph.objects(s, p)):
        # owlrl stands literals in by proxies keyed on their text, so "signed" can come back
        # as the ontology's "signed"@en: a restatement, never a new fact.
        return False
    return not str(p).startswith(_SCHEMA_NAMESPACES)
