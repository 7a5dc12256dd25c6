"""End-to-end: the sample corpus built into a graph that says what the articles say."""

from __future__ import annotations

import html
import re

import pytest
from rdflib import Graph

from kg.graph.rdf import to_turtle
from kg.outputs.viz import render_html

PREFIX = """PREFIX kg: <https://example.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def ask(graph: Graph, body: str) -> bool:
    return bool(graph.query(PREFIX + "ASK { " + body + " }").askAnswer)


def select(graph: Graph, query: str) -> set[tuple[str, ...]]:
    return {tuple(str(v) for v in row) for row in graph.query(PREFIX + query)}


def test_north_korea_supplies_russia(sample_graph):
    assert ask(sample_graph, '?s rdfs:label "North Korea" . ?o rdfs:label "Russia" . '
                             "?s kg:supplies ?o .")


@pytest.mark.parametrize(
    "weapon", ["240mm rocket launcher", "170mm self-propelled artillery", "self-destructing drone"]
)
def test_north_korea_supplies_weapons(sample_graph, weapon):
    assert ask(sample_graph, f'?s rdfs:label "North Korea" . ?w rdfs:label "{weapon}" ; '
                             "a kg:Weapon . ?s kg:supplies ?w .")


def test_supply_event_links_supplier_recipient_and_rocket_launchers(sample_graph):
    rows = select(sample_graph, """
        SELECT ?item WHERE {
          ?e a kg:SupplyEvent ; kg:supplier/rdfs:label "North Korea" ;
             kg:recipient/rdfs:label "Russia" ; kg:item/rdfs:label ?item .
        }""")
    items = {r[0] for r in rows}
    assert {"240mm rocket launcher", "170mm self-propelled artillery"} <= items


@pytest.mark.parametrize("place", ["Russia", "Kursk Oblast"])
def test_north_korea_deploys_troops(sample_graph, place):
    assert ask(sample_graph, f'?s rdfs:label "North Korea" . ?p rdfs:label "{place}" . '
                             "?s kg:deploys ?p .")


def test_deployment_force_is_recorded(sample_graph):
    forces = {r[0] for r in select(sample_graph, """
        SELECT ?f WHERE { ?e a kg:DeploymentEvent ; kg:deployer/rdfs:label "North Korea" ;
                              kg:force ?f }""")}
    assert any("12,000" in f for f in forces)


@pytest.mark.parametrize(
    "reporter",
    ["Joint Chiefs of Staff (South Korea)", "National Intelligence Service (South Korea)",
     "Volodymyr Zelenskyy"],
)
def test_reporters(sample_graph, reporter):
    assert ask(sample_graph, f'?r rdfs:label "{reporter}" ; kg:reports ?c . '
                             "?c a kg:Claim ; kg:statement ?s .")


def test_zelenskyy_reports_3000_casualties(sample_graph):
    rows = select(sample_graph, """
        SELECT ?s WHERE { ?r rdfs:label "Volodymyr Zelenskyy" ; kg:reports/kg:statement ?s }""")
    assert any("3,000" in s for (s,) in rows)


def test_agreement_signed_by_both_sides(sample_graph):
    rows = select(sample_graph, """
        SELECT ?p WHERE { ?x kg:signed ?a . ?x rdfs:label ?p . ?a a kg:Agreement }""")
    parties = {p for (p,) in rows}
    assert {"North Korea", "Russia"} <= parties or {"Vladimir Putin", "Kim Jong Un"} <= parties
    assert {"Vladimir Putin", "Kim Jong Un"} <= parties


def test_aliases_resolve_to_one_node(sample_graph):
    rows = select(sample_graph, 'SELECT ?n WHERE { ?n rdfs:label "North Korea" }')
    assert len(rows) == 1
    aliases = {a for (a,) in select(sample_graph, """
        SELECT ?a WHERE { ?n rdfs:label "North Korea" ; skos:altLabel ?a }""")}
    assert {"Pyongyang", "North Korean"} <= aliases
    assert len(select(sample_graph, 'SELECT ?n WHERE { ?n a kg:Person ; rdfs:label ?l . '
                                    'FILTER(CONTAINS(?l, "Zelensk")) }')) == 1
    assert ask(sample_graph, '?n rdfs:label "Joint Chiefs of Staff (South Korea)" ; '
                             'skos:altLabel "Seoul\'s military" .')


def test_every_relation_has_evidence_containing_its_arguments(sample_build):
    """Each event's evidence sentence lies inside its document's text at the given offsets."""
    from kg.inputs.ingest import read_document

    docs = {d.doc_id: d for d in sample_build.documents}
    texts = {}
    for rel in sample_build.relations:
        ev = rel.evidence
        if ev.doc_id not in texts:
            from pathlib import Path

            texts[ev.doc_id] = read_document(Path(docs[ev.doc_id].path)).text
        assert texts[ev.doc_id][ev.start : ev.end] == ev.text


def test_every_event_has_evidence_and_document(sample_graph):
    missing = select(sample_graph, """
        SELECT ?e WHERE {
          { ?e a kg:SupplyEvent } UNION { ?e a kg:DeploymentEvent } UNION
          { ?e a kg:SigningEvent } UNION { ?e a kg:Claim }
          FILTER NOT EXISTS { ?e kg:evidence/kg:inDocument/kg:fileName ?f ;
                                 kg:evidence/kg:sentence ?s ; kg:evidence/kg:startChar ?st }
        }""")
    assert missing == set()


def test_turtle_reparses_to_same_graph(sample_graph):
    data = to_turtle(sample_graph)
    back = Graph().parse(data=data, format="turtle")
    assert len(back) == len(sample_graph) > 500
    from rdflib.compare import isomorphic

    assert isomorphic(back, sample_graph)


def test_built_graph_conforms_to_shapes(sample_graph):
    from kg.graph.validate import validate

    result = validate(sample_graph)
    assert result.conforms, result.report()


def test_html_holds_no_unescaped_article_text(sample_graph):
    page = render_html(sample_graph)
    # Every evidence sentence with markup-significant characters is present only escaped.
    sentences = [s for (s,) in select(sample_graph, "SELECT ?s WHERE { ?e kg:sentence ?s }")]
    assert sentences
    assert "<script>alert" not in page
    scripts = re.findall(r"<script[^>]*>(.*?)</script>", page, flags=re.S)
    for block in scripts:
        assert "</" not in block.replace("<\\/", "") or "</script" not in block
    assert "North Korea" in html.unescape(page)


def test_entity_counts_per_class(sample_build):
    counts = sample_build.entity_counts()
    for cls in ("Country", "Agency", "Person", "Region", "Weapon"):
        assert counts[cls] >= 3, counts
