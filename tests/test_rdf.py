from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef

from kg.graph.rdf import KG, BaseIRIError, build_graph, check_base_iri, local_name, mint, to_turtle
from kg.model import Document, Entity, Relation, Span

BASE = "https://example.org/kg/id/"


def test_local_name_is_readable_for_plain_names():
    assert local_name("North Korea") == "North_Korea"
    assert local_name("240mm rocket launcher") == "240mm_rocket_launcher"


def test_local_name_distinguishes_space_and_underscore():
    assert local_name("a b") != local_name("a_b")


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=40), st.text(min_size=1, max_size=40))
def test_minting_is_injective_and_iri_safe(a, b):
    ia, ib = local_name(a), local_name(b)
    assert set(ia) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~%")
    import unicodedata

    if unicodedata.normalize("NFC", a) != unicodedata.normalize("NFC", b):
        assert ia != ib


@pytest.mark.parametrize(
    "bad", ["example.org/", "https://example.org/kg", "https://exa mple.org/", "https://x.org/<a>/"]
)
def test_bad_base_iri_is_rejected(bad):
    with pytest.raises(BaseIRIError):
        check_base_iri(bad)


def _doc():
    return Document("doc_0123456789abcdef", "a.txt", "a.txt", "", "ab" * 32, "Title",
                    dt.date(2024, 12, 23))


def _span(text="North Korea supplies Russia with drones."):
    return Span("doc_0123456789abcdef", 10, 10 + len(text), text)


def _entities():
    out = []
    for key, cls in [("North Korea", "Country"), ("Russia", "Country"), ("drone", "Weapon"),
                     ("JCS", "Agency"), ("Treaty", "Agreement"), ("Kursk", "Region")]:
        out.append(Entity(key, key, cls, {key.upper()}, {"doc_0123456789abcdef"}, 1))
    return out


def test_each_relation_gets_event_node_and_binary_triples():
    rels = [
        Relation("supplies", (("supplier", ("North Korea",)), ("recipient", ("Russia",)),
                              ("item", ("drone",))), _span(), "supplies"),
        Relation("deploys", (("deployer", ("North Korea",)), ("destination", ("Kursk",))),
                 _span(), "sent", (("force", "troops"),)),
        Relation("signed", (("party", ("North Korea", "Russia")), ("agreement", ("Treaty",))),
                 _span(), "signed", (("date", "June"),)),
        Relation("reports", (("claimant", ("JCS",)), ("about", ("North Korea",))), _span(),
                 "said", (("statement", "North Korea supplies drones"),)),
    ]
    g = build_graph([_doc()], _entities(), rels, BASE)
    nk, ru = URIRef(BASE + "North_Korea"), URIRef(BASE + "Russia")
    assert (nk, KG.supplies, ru) in g
    assert (nk, KG.supplies, URIRef(BASE + "drone")) in g
    assert (nk, KG.deploys, URIRef(BASE + "Kursk")) in g
    assert (ru, KG.signed, URIRef(BASE + "Treaty")) in g
    claims = list(g.objects(URIRef(BASE + "JCS"), KG.reports))
    assert len(claims) == 1 and (claims[0], RDF.type, KG.Claim) in g
    assert g.value(claims[0], KG.statement) == Literal("North Korea supplies drones")
    for cls in (KG.SupplyEvent, KG.DeploymentEvent, KG.SigningEvent, KG.Claim):
        (event,) = g.subjects(RDF.type, cls)
        ev = g.value(event, KG.evidence)
        assert g.value(ev, KG.startChar).toPython() == 10
        assert str(g.value(ev, KG.sentence)).startswith("North Korea supplies")
    assert g.value(nk, SKOS.altLabel) == Literal("NORTH KOREA")
    assert g.value(nk, RDFS.label) == Literal("North Korea")


def test_same_fact_twice_is_one_binary_triple_and_two_events():
    rel1 = Relation("supplies", (("supplier", ("North Korea",)), ("recipient", ("Russia",))),
                    _span(), "supplies")
    rel2 = Relation("supplies", (("supplier", ("North Korea",)), ("recipient", ("Russia",))),
                    _span("Pyongyang supplies Moscow."), "supplies")
    g = build_graph([_doc()], _entities(), [rel1, rel2], BASE)
    assert len(list(g.triples((None, KG.supplies, None)))) == 1
    assert len(list(g.subjects(RDF.type, KG.SupplyEvent))) == 2


@pytest.mark.parametrize(
    "name",
    ['Evil "quoted" > name', "back\\slash", "new\nline", "<script>alert(1)</script>",
     "right\u202eto\u202dleft", "Ꭺpple look-alike", "tab\there", " ", "%41"],
)
def test_hostile_names_give_valid_reparsable_turtle(name):
    ents = [Entity(name, name, "Person", {name + "!"}, {"doc_0123456789abcdef"}, 1)]
    g = build_graph([_doc()], ents, [], BASE)
    data = to_turtle(g)
    back = Graph().parse(data=data, format="turtle")
    assert len(back) == len(g)
    (s,) = back.subjects(RDF.type, KG.Person)
    assert back.value(s, RDFS.label) == Literal(name)
    assert str(s) == str(mint(BASE, name))


def test_entity_named_like_a_system_node_gets_its_own_iri():
    doc_like = "doc 0123456789abcdef"
    assert local_name(doc_like) != "doc_0123456789abcdef"
    assert local_name("event 0123456789abcdef_figure0").startswith("%65")
    assert local_name("documentary") == "documentary"
