"""The Oxigraph-backed rdflib Graph that kg builds into (kg.graph.oxgraph)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from decimal import Decimal

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from kg.graph.oxgraph import OxigraphMemory, from_ox, new_graph, oxigraph_of, to_oxigraph
from kg.graph.rdf import figure_value, serialize_fast

EX = Namespace("https://example.org/t/")
# rdflib.XSD itself is not a module global: pytest probes globals for attributes, and the
# closed XSD namespace warns about each unknown one.
XSD_DATE, XSD_INTEGER, XSD_DECIMAL = rdflib.XSD.date, rdflib.XSD.integer, rdflib.XSD.decimal

TERMS = [
    Literal("plain"),
    Literal("hello", lang="en"),
    Literal(42),
    Literal(Decimal("1.5")),
    Literal("2024-12-23", datatype=XSD_DATE),
    Literal("2024-10", datatype=rdflib.XSD.gYearMonth),
    Literal('quote " and \\ and\nnewline <script>'),
    EX["other"],
]


def _sample() -> Graph:
    g = new_graph()
    for i, o in enumerate(TERMS):
        g.add((EX[f"s{i % 3}"], EX[f"p{i}"], o))
    g.add((EX.s0, RDF.type, EX.Thing))
    return g


def test_terms_round_trip_exactly():
    g = _sample()
    objects = {o for _, _, o in g}
    for term in TERMS:
        assert term in objects, term
    # a plain string comes back without a datatype, as rdflib writes it
    assert [o.datatype for o in objects if o == Literal("plain")] == [None]


def test_rdflib_api_over_the_store():
    g = _sample()
    assert len(g) == len(TERMS) + 1
    assert set(g.subjects(RDF.type, EX.Thing)) == {EX.s0}
    assert g.value(EX.s1, EX.p1) == Literal("hello", lang="en")
    assert (EX.s0, EX.p0, Literal("plain")) in g
    assert (EX.s0, EX.p0, Literal("other")) not in g
    # a pattern no triple can match (a literal subject) answers nothing, not an error
    assert list(g.triples((Literal("x"), None, None))) == []
    g.remove((EX.s0, None, None))
    assert not list(g.triples((EX.s0, None, None)))
    assert len(g) == sum(1 for i in range(len(TERMS)) if i % 3)


def test_duplicates_are_one_triple_and_buffer_is_flushed_before_reads():
    g = new_graph()
    for _ in range(3):
        g.add((EX.a, EX.p, Literal("x")))
    assert len(g) == 1
    g.add((EX.a, EX.p, Literal("y")))  # buffered, then visible to the next read
    assert set(g.objects(EX.a, EX.p)) == {Literal("x"), Literal("y")}


def test_sparql_through_rdflib_engine():
    g = _sample()
    rows = list(g.query("SELECT ?s WHERE { ?s a <https://example.org/t/Thing> }"))
    assert [r[0] for r in rows] == [EX.s0]


def test_isomorphic_to_memory_graph_and_same_turtle():
    memory = Graph()
    ox_backed = new_graph()
    for triple in _sample():
        memory.add(triple)
        ox_backed.add(triple)
    assert isomorphic(memory, ox_backed)
    assert serialize_fast(memory) == serialize_fast(ox_backed)


def test_turtle_order_is_by_subject_with_type_first():
    g = new_graph()
    g.add((EX.b, RDFS.label, Literal("b")))
    g.add((EX.a, RDFS.label, Literal("a")))
    g.add((EX.a, RDF.type, EX.Thing))
    text = serialize_fast(g).decode()
    assert text.index(f"<{EX}a>") < text.index(f"<{EX}b>")
    assert text.index(f"<{EX}Thing>") < text.index('"a"')


def test_prefix_bindings():
    g = new_graph()
    g.bind("ex", EX)
    assert ("ex", URIRef(str(EX))) in set(g.namespaces())
    g.bind("ex2", EX)  # rebinding the namespace drops the old prefix
    assert dict(g.namespaces()).get("ex2") == URIRef(str(EX))
    assert "ex" not in dict(g.namespaces())


def test_store_access():
    g = _sample()
    inner = oxigraph_of(g)
    assert isinstance(inner, ox.Store) and len(inner) == len(g)
    assert oxigraph_of(Graph()) is None
    memory = Graph()
    memory.add((EX.a, EX.p, BNode("b1")))
    assert len(to_oxigraph(memory)) == 1
    assert isinstance(from_ox(ox.BlankNode("b1")), BNode)
    with pytest.raises(TypeError):
        OxigraphMemory().to_ox("not a term")


@pytest.mark.parametrize(
    ("value", "lexical", "datatype"),
    [(3, "3", XSD_INTEGER), (2000.0, "2000", XSD_INTEGER), (1.5, "1.5", XSD_DECIMAL),
     (0.25, "0.25", XSD_DECIMAL)],
)
def test_figure_values_are_canonical(value, lexical, datatype):
    lit = figure_value(value)
    assert (str(lit), lit.datatype) == (lexical, datatype)
    g = new_graph()
    g.add((EX.f, EX.value, lit))
    assert g.value(EX.f, EX.value) == lit  # the store keeps it as written


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/statm")
def test_memory_per_triple_is_well_below_rdflib_memory():
    """The point of kg.graph.oxgraph: at most half the memory of rdflib's Memory store for the same
    triples (measured ~0.4 with every subject and literal distinct, the worst case for it)."""
    script = textwrap.dedent("""
        import gc, sys
        from rdflib import Graph, Literal, URIRef
        from kg.graph.oxgraph import new_graph
        def rss():
            return int(open("/proc/self/statm").read().split()[1]) * 4096
        g = new_graph() if sys.argv[1] == "ox" else Graph()
        gc.collect(); before = rss()
        p = [URIRef(f"https://example.org/kg/ontology#p{i}") for i in range(12)]
        for i in range(100_000):
            s = URIRef(f"https://example.org/kg/id/event_{i:016x}")
            g.add((s, p[i % 12], Literal(f"sentence number {i} of the corpus")))
        n = len(g)
        gc.collect()
        print((rss() - before) / n)
    """)
    per_triple = {
        kind: float(subprocess.run([sys.executable, "-c", script, kind], capture_output=True,
                                   text=True, check=True).stdout)
        for kind in ("ox", "memory")
    }
    assert per_triple["ox"] < 0.5 * per_triple["memory"], per_triple


def test_read_caches_keep_plain_and_typed_literals_apart_and_can_be_dropped():
    """Plain string literals are cached by their value alone: "5" and "5"^^xsd:integer (or
    "5"@en) must still come back as the literals they are, also after the caches are dropped."""
    from kg.graph.oxgraph import drop_read_caches, subject_objects

    g = new_graph()
    a, b, c, d = (EX[n] for n in "abcd")
    g.add((a, EX.v, Literal("5")))
    g.add((b, EX.v, Literal(5)))
    g.add((c, EX.v, Literal("5", lang="en")))
    g.add((d, EX.v, Literal("5", datatype=rdflib.XSD.string)))
    want = {(a, Literal("5")), (b, Literal(5)), (c, Literal("5", lang="en")),
            (d, Literal("5"))}
    for _ in range(2):
        got = set(subject_objects(g, EX.v))
        assert got == want
        assert {type(o.toPython()) for s, o in got if s == b} == {int}
        assert {o.datatype for s, o in got if s != c} == {None, XSD_INTEGER}
        drop_read_caches(g)
        assert g.store._literals == {} and g.store._uris == {}
    drop_read_caches(Graph())  # another store: nothing to drop
