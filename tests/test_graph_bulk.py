"""The graph builder's bulk path (N-Triples lines parsed by the store) and the Turtle writer's
subject listing (kg.graph.rdf, kg.graph.oxgraph): the same triples as one Oxigraph quad per
triple gave, the same order in the files."""

from __future__ import annotations

import datetime as dt

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS

from kg.graph.oxgraph import OxigraphMemory, new_graph, oxigraph_of
from kg.graph.rdf import KG, GraphBuilder, serialize_fast, to_turtle
from kg.model import Document, Entity, Figure, Relation, Span

BASE = "https://example.org/kg/id/"
DOC = "doc_0123456789abcdef"
EX = Namespace("https://example.org/t/")
# Text an N-Triples line must escape, or that looks like an escape itself.
HOSTILE = ['He said "no"', "back\\slash", "new\nline", "carriage\rreturn", "tab\there",
           "line\u2028separator\u2029", "control \x01\x7f", "\\u0041 is no escape",
           "Ünïcödé ☃ 😀", "'single' <b>&amp;</b>", ""]


def _build(builder: GraphBuilder, text: str) -> None:
    """One document, two entities and a relation of each kind, all carrying ``text``."""
    sentence = f"North Korea supplies Russia with drones. {text}"
    span = Span(DOC, 5, 5 + len(sentence), sentence)
    builder.add_document(Document(DOC, "a.txt", f"a{text}.txt", "", "ab" * 32, f"T {text}",
                                  dt.date(2024, 12, 23), url="https://example.org/a?b=1",
                                  outlet=f"Outlet {text}", author=f"By {text}"))
    builder.add_entities([
        Entity("North Korea", "North Korea", "Country", {f"NK {text}"}, {DOC}, 3),
        Entity("Russia", "Russia", "Country", set(), {DOC}, 1, wikidata="Q159"),
        Entity(f"drone {text}", f"drone {text}", "Weapon", set(), {DOC}, 1),
        Entity("JCS", "JCS", "Agency", set(), {DOC}, 1),
    ])
    builder.add_relation(Relation(
        "supplies", (("supplier", ("North Korea",)), ("recipient", ("Russia",)),
                     ("item", (f"drone {text}",))), span, f"supplies {text}",
        (("certainty", "hedged"),)))
    builder.add_relation(Relation(
        "reports", (("claimant", ("JCS",)), ("about", ("Russia",))), span, "said",
        (("statement", f"Russia lost 1,200 troops {text}"), ("date", "in December 2024")),
        (Figure(1200.0, "1,200 troops", unit="troops"), Figure(2.5, "2.5 %"))))


def _quad_by_quad(text: str) -> ox.Store:
    """What the builder made before the bulk path: one pyoxigraph Quad per triple."""
    builder = GraphBuilder(BASE)
    reference = ox.Store()

    def term(t):  # an IRI the builder passes as its N-Triples text ("<…>")
        return ox.NamedNode(t[1:-1]) if isinstance(t, str) else t

    builder._add = lambda s, p, o: reference.add(ox.Quad(term(s), term(p), term(o)))
    _build(builder, text)
    assert len(builder.graph) == 0  # every triple went to the reference
    return reference


@pytest.mark.parametrize("text", HOSTILE)
def test_bulk_lines_give_the_triples_quads_gave(text):
    builder = GraphBuilder(BASE)
    _build(builder, text)
    made = oxigraph_of(builder.graph)
    assert made is not None
    expected = {str(q) for q in _quad_by_quad(text)}
    assert {str(q) for q in made} == expected
    assert len(builder.graph) == len(expected) > 30


@pytest.mark.parametrize("text", HOSTILE)
def test_bulk_lines_keep_literal_values_exactly(text):
    builder = GraphBuilder(BASE)
    _build(builder, text)
    g = builder.graph
    doc = builder.doc_iri(DOC)
    assert g.value(doc, DCTERMS.title) == Literal(f"T {text}")
    assert g.value(doc, KG.fileName) == Literal(f"a{text}.txt")
    assert g.value(doc, DCTERMS.publisher) == Literal(f"Outlet {text}")
    assert g.value(builder.entity_iri(f"drone {text}"), RDFS.label) == Literal(f"drone {text}")
    (claim,) = g.subjects(RDF.type, KG.Claim)
    assert g.value(claim, KG.statement) == Literal(f"Russia lost 1,200 troops {text}")


def test_bulk_lines_into_a_plain_rdflib_graph():
    """kg.building.distributed swaps a plain rdflib Graph in: the same triples reach it."""
    text = HOSTILE[0] + HOSTILE[1] + HOSTILE[2]
    builder = GraphBuilder(BASE)
    builder.graph = Graph()
    _build(builder, text)
    whole = GraphBuilder(BASE)
    _build(whole, text)
    assert set(builder.graph) == set(whole.graph)


def test_evidence_of_a_shared_sentence_reaches_every_graph():
    """The relations of one sentence share its evidence node, made once per graph: a graph
    swapped in (kg.building.distributed, one per document) gets it again."""
    builder = GraphBuilder(BASE)
    _build(builder, "x")
    evidence = set(builder.graph.subjects(RDF.type, KG.Evidence))
    assert len(evidence) == 1  # both relations, one span
    (ev,) = evidence
    assert len(set(builder.graph.triples((ev, None, None)))) == 5
    shard = Graph()
    builder.graph = shard
    span = Span(DOC, 5, 20, "North Korea supplies Russia with drones. x"[:15])
    rel = Relation("supplies", (("supplier", ("North Korea",)), ("recipient", ("Russia",))),
                   span, "supplies")
    builder.add_relation(rel)
    builder.add_relation(Relation("supplies", (("supplier", ("Russia",)),
                                               ("recipient", ("North Korea",))), span,
                                  "supplies"))
    builder.graph = Graph()  # the same span again, in a new graph: its node comes again
    builder.add_relation(rel)
    for g in (shard, builder.graph):
        (node,) = set(g.subjects(RDF.type, KG.Evidence))
        assert len(set(g.triples((node, None, None)))) == 5


def test_store_keeps_the_order_of_lines_and_triples():
    """Lines and rdflib triples added in turn all arrive, and a read sees every one."""
    store = OxigraphMemory()
    g = Graph(store=store)
    store.add_ntriples([f"<{EX.a}> <{EX.p}> \"one\" .\n"])
    g.add((EX.a, EX.p, Literal("two")))
    store.add_ntriples([f"<{EX.b}> <{EX.p}> \"three\"@en .\n", f"<{EX.a}> <{EX.p}> \"one\" .\n"])
    assert len(g) == 3
    assert set(g.objects(EX.a, EX.p)) == {Literal("one"), Literal("two")}
    assert g.value(EX.b, EX.p) == Literal("three", lang="en")
    g.remove((EX.a, EX.p, Literal("one")))
    assert len(g) == 2


def test_a_failing_relation_leaves_its_triples_as_before():
    """A relation that raises half way (here: no claimant) leaves what it made in the graph,
    as adding triple by triple did, and nothing waiting for the next call."""
    builder = GraphBuilder(BASE)
    _build(builder, "x")
    before = len(builder.graph)
    span = Span(DOC, 0, 5, "Hello")
    with pytest.raises(KeyError):
        builder.add_relation(Relation("reports", (("about", ("Russia",)),), span, "said"))
    assert len(builder.graph) > before
    assert builder._lines == []


def _graph_with_blank_nodes() -> Graph:
    g = new_graph()
    g.bind("ex", EX)
    node = BNode("b1")
    for s in (EX["b-x"], EX.b, EX["a_b"], EX.a, EX["a-b"], EX["a.b"]):
        g.add((s, EX.p, Literal(str(s))))
        g.add((s, RDF.type, EX.Thing))
        g.add((s, EX.q, node))
    g.add((node, EX.p, Literal("blank")))
    g.add((EX.a, EX.p, Literal("2", datatype=URIRef("http://www.w3.org/2001/XMLSchema#integer"))))
    return g


def test_turtle_lists_every_subject_sorted():
    g = _graph_with_blank_nodes()
    back = Graph().parse(data=to_turtle(g), format="turtle")
    assert isomorphic(back, Graph() + g)
    lines = serialize_fast(g, "nt").decode("utf-8").splitlines()
    subjects = list(dict.fromkeys(line.split(" ", 1)[0] for line in lines))
    assert len(subjects) == 7  # six IRIs and the blank node
    iris = [s[1:-1] for s in subjects if s.startswith("<")]
    assert iris == sorted(iris)  # by IRI, not by the N-Triples text ('>' sorts before '_')
    for s in subjects:
        mine = [line for line in lines if line.startswith(s + " ")]
        if s.startswith("<"):
            assert mine[0].split(" ")[1] == f"<{RDF.type}>"  # rdf:type first


def test_turtle_is_the_same_twice():
    g = _graph_with_blank_nodes()
    assert to_turtle(g) == to_turtle(g)
