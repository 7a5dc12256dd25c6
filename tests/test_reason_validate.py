"""``kg build --reason`` writes a graph that ``kg validate`` accepts: RDFS makes every
kg:MediaOutlet a kg:Agency too, and the entity shape counts that as one kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace
from rdflib.namespace import DCTERMS

from kg.cli import EXIT_INVALID, EXIT_OK, main
from kg.graph.exports import materialise_rdfs
from kg.graph.rdf import to_turtle
from kg.graph.validate import validate

KG = Namespace("https://example.org/kg/ontology#")
ID = Namespace("https://example.org/kg/id/")


def test_reasoned_sample_graph_passes_kg_validate(sample_graph: Graph, tmp_path: Path,
                                                  capsys) -> None:
    reasoned = materialise_rdfs(sample_graph)
    outlets = set(sample_graph.subjects(RDF.type, KG.MediaOutlet))
    assert outlets and all((o, RDF.type, KG.Agency) in reasoned for o in outlets)
    path = tmp_path / "graph.ttl"
    path.write_bytes(to_turtle(reasoned))
    assert main(["validate", str(path)]) == EXIT_OK, capsys.readouterr().out


def entity(*kinds: str) -> Graph:
    g = Graph()
    doc = ID.doc_0000000000000000
    g.add((doc, RDF.type, KG.Document))
    g.add((doc, KG.fileName, Literal("a.txt")))
    g.add((doc, KG.sha256, Literal("0" * 64)))
    g.add((doc, DCTERMS.title, Literal("A")))
    e = ID.Thing
    for kind in kinds:
        g.add((e, RDF.type, KG[kind]))
    g.add((e, RDFS.label, Literal("Thing")))
    g.add((e, KG.mentionCount, Literal(1)))
    g.add((e, KG.mentionedIn, doc))
    return g


@pytest.mark.parametrize(("kinds", "conforms"), [
    (("MediaOutlet",), True),
    (("MediaOutlet", "Agency"), True),  # what --reason writes
    (("Agency",), True),
    (("Country", "Agency"), False),
    (("Country", "MediaOutlet"), False),
    (("Person", "MediaOutlet", "Agency"), False),
])
def test_an_entity_has_one_kind_a_media_outlet_being_an_agency(kinds, conforms) -> None:
    assert validate(entity(*kinds)).conforms is conforms


def test_kind_missing_is_a_violation(tmp_path: Path) -> None:
    g = entity()
    g.add((ID.Thing, RDF.type, KG.Entity))
    path = tmp_path / "g.ttl"
    path.write_bytes(to_turtle(g))
    assert main(["validate", str(path)]) == EXIT_INVALID
