"""h-perf4 (stop 57): the Turtle sort key and the minted-IRI check, made cheaper, keep their
output: a subject's triples in the documented order, one node per relation added again, two
nodes for two relations of one sentence that share roles and trigger."""

from __future__ import annotations

from rdflib import RDF, RDFS, Literal, Namespace

from kg.graph.oxgraph import new_graph
from kg.graph.rdf import KG, build_graph, serialize_fast
from kg.model import Relation
from tests.test_rdf import BASE, _doc, _entities, _span

EX = Namespace("https://example.org/perf4/")


def test_one_subject_type_first_then_predicate_then_object():
    g = new_graph()
    g.add((EX.s, RDFS.label, Literal("zulu")))
    g.add((EX.s, EX.note, Literal("beta")))
    g.add((EX.s, RDFS.label, Literal("alpha")))
    g.add((EX.s, RDF.type, EX.Thing))
    g.add((EX.s, EX.note, Literal("alpha")))
    text = serialize_fast(g, "nt").decode()
    rows = [line.split(" ", 1)[1] for line in text.splitlines()]
    assert rows == [
        f"<{RDF.type}> <{EX.Thing}> .",
        f'<{RDFS.label}> "alpha" .',  # "http://www.w3…" before "https://…"
        f'<{RDFS.label}> "zulu" .',
        f'<{EX.note}> "alpha" .',
        f'<{EX.note}> "beta" .',
    ]


def _drone_deal(**attrs: str) -> Relation:
    return Relation("supplies", (("supplier", ("North Korea",)), ("recipient", ("Russia",))),
                    _span("North Korea ships drones to Russia, officials in Seoul said."),
                    "ships", tuple(attrs.items()))


def test_the_same_relation_added_twice_is_one_event():
    rel = _drone_deal()
    once = build_graph([_doc()], _entities(), [rel], BASE)
    twice = build_graph([_doc()], _entities(), [rel, rel], BASE)
    assert len(twice) == len(once)
    assert len(list(twice.subjects(RDF.type, KG.SupplyEvent))) == 1


def test_two_relations_of_one_sentence_with_one_trigger_are_two_events():
    g = build_graph([_doc()], _entities(), [_drone_deal(), _drone_deal(date="June")], BASE)
    assert len(list(g.subjects(RDF.type, KG.SupplyEvent))) == 2
