"""The vocabulary (ontology/kg.ttl) and shapes (ontology/shapes.ttl) match docs/graph-model.md."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, Namespace
from rdflib.collection import Collection
from rdflib.namespace import PROV, SH

import kg.graph.validate
from kg.graph.validate import KG, load_ontology, load_shapes, ontology_dir
from kg.model import ENTITY_CLASSES, RELATIONS

SCHEMA = Namespace("https://schema.org/")
# An open Namespace: pytest probes module globals, and rdflib's closed XSD warns on that.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

# class -> superclasses, the "aligned to" column of the spec.
SPEC_CLASSES: dict[str, set[rdflib.URIRef]] = {
    "Entity": {SCHEMA.Thing},
    "Actor": {KG.Entity},
    "Place": {KG.Entity, SCHEMA.Place},
    "Country": {KG.Actor, KG.Place, SCHEMA.Country},
    "Agency": {KG.Actor, SCHEMA.Organization},
    "Company": {KG.Actor, SCHEMA.Corporation},
    "MediaOutlet": {KG.Agency, SCHEMA.NewsMediaOrganization},
    "Person": {KG.Actor, SCHEMA.Person},
    "Region": {KG.Place, SCHEMA.AdministrativeArea},
    "Weapon": {KG.Entity, SCHEMA.Product},
    "Agreement": {KG.Entity, SCHEMA.CreativeWork},
    "Document": {SCHEMA.NewsArticle, PROV.Entity},
    "Event": {PROV.Entity},
    "SupplyEvent": {KG.Event},
    "DeploymentEvent": {KG.Event},
    "SigningEvent": {KG.Event},
    "Claim": {PROV.Entity},
    "Figure": {SCHEMA.QuantitativeValue},
    "Evidence": {PROV.Entity},
    "FigureConflict": {PROV.Entity},
}

_EVENT_OR_CLAIM = frozenset({KG.Event, KG.Claim})
# property -> (OWL kind, domain, range); a frozenset stands for an owl:unionOf.
SPEC_PROPERTIES: dict[str, tuple[rdflib.URIRef, object, object]] = {
    "supplies": (OWL.ObjectProperty, KG.Actor, frozenset({KG.Actor, KG.Weapon})),
    "deploys": (OWL.ObjectProperty, KG.Actor, KG.Place),
    "reports": (OWL.ObjectProperty, KG.Actor, KG.Claim),
    "signed": (OWL.ObjectProperty, KG.Actor, KG.Agreement),
    "supplier": (OWL.ObjectProperty, KG.SupplyEvent, KG.Actor),
    "recipient": (OWL.ObjectProperty, KG.SupplyEvent, KG.Actor),
    "item": (OWL.ObjectProperty, KG.SupplyEvent, KG.Weapon),
    "deployer": (OWL.ObjectProperty, KG.DeploymentEvent, KG.Actor),
    "destination": (OWL.ObjectProperty, KG.DeploymentEvent, KG.Place),
    "force": (OWL.DatatypeProperty, KG.DeploymentEvent, XSD.string),
    "party": (OWL.ObjectProperty, KG.SigningEvent, KG.Actor),
    "agreement": (OWL.ObjectProperty, KG.SigningEvent, KG.Agreement),
    "claimant": (OWL.ObjectProperty, KG.Claim, KG.Actor),
    "statement": (OWL.DatatypeProperty, KG.Claim, XSD.string),
    "about": (OWL.ObjectProperty, KG.Claim, KG.Entity),
    "evidence": (OWL.ObjectProperty, _EVENT_OR_CLAIM, KG.Evidence),
    "inDocument": (OWL.ObjectProperty, KG.Evidence, KG.Document),
    "sentence": (OWL.DatatypeProperty, KG.Evidence, XSD.string),
    "startChar": (OWL.DatatypeProperty, KG.Evidence, XSD.integer),
    "endChar": (OWL.DatatypeProperty, KG.Evidence, XSD.integer),
    "trigger": (OWL.DatatypeProperty, _EVENT_OR_CLAIM, XSD.string),
    "date": (OWL.DatatypeProperty, _EVENT_OR_CLAIM, XSD.string),
    "fileName": (OWL.DatatypeProperty, KG.Document, XSD.string),
    "sha256": (OWL.DatatypeProperty, KG.Document, XSD.string),
    "mentionedIn": (OWL.ObjectProperty, KG.Entity, KG.Document),
    "mentionCount": (OWL.DatatypeProperty, KG.Entity, XSD.integer),
    "partOf": (OWL.ObjectProperty, KG.Entity, KG.Entity),
    "figure": (OWL.ObjectProperty, KG.Claim, KG.Figure),
    "value": (OWL.DatatypeProperty, KG.Figure, RDFS.Literal),
    "asStated": (OWL.DatatypeProperty, KG.Figure, XSD.string),
    "qualifier": (OWL.DatatypeProperty, KG.Figure, XSD.string),
    "unit": (OWL.DatatypeProperty, KG.Figure, XSD.string),
    "measure": (OWL.DatatypeProperty, KG.Figure, XSD.string),
    "counted": (OWL.DatatypeProperty, KG.Figure, XSD.string),
    "certainty": (OWL.DatatypeProperty, _EVENT_OR_CLAIM, XSD.string),
    "title": (OWL.DatatypeProperty, KG.Person, XSD.string),
    "affiliation": (OWL.ObjectProperty, KG.Person, frozenset({KG.Country, KG.Agency})),
    "claimDate": (OWL.DatatypeProperty, _EVENT_OR_CLAIM, RDFS.Literal),
    "place": (OWL.ObjectProperty, KG.Claim, KG.Place),
    # issue 14: dates of events and claims, figure subjects and conflicts
    "dateSource": (OWL.DatatypeProperty, _EVENT_OR_CLAIM, XSD.string),
    "dateStart": (OWL.DatatypeProperty, _EVENT_OR_CLAIM, XSD.date),
    "dateEnd": (OWL.DatatypeProperty, _EVENT_OR_CLAIM, XSD.date),
    "datePrecision": (OWL.DatatypeProperty, _EVENT_OR_CLAIM, XSD.string),
    "figureSubject": (OWL.ObjectProperty, KG.Figure, KG.Entity),
    # figure conflict groups (linear; replaced the pairwise kg:conflictsWith)
    "conflictingFigure": (OWL.ObjectProperty, KG.FigureConflict, KG.Figure),
    "conflictUnit": (OWL.DatatypeProperty, KG.FigureConflict, XSD.string),
    "conflictPeriod": (OWL.DatatypeProperty, KG.FigureConflict, XSD.string),
}

# Classes whose instances kg writes (Entity, Actor, Place, Event are abstract).
OUTPUT_CLASSES = (*ENTITY_CLASSES, "Document", "SupplyEvent", "DeploymentEvent", "SigningEvent")
OUTPUT_CLASSES += ("Claim", "Figure", "Evidence", "FigureConflict")


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return load_shapes()


def _class_expr(g: rdflib.Graph, node: rdflib.term.Node) -> object:
    """A named class as itself, an owl:unionOf as the frozenset of its members."""
    union = g.value(node, OWL.unionOf)
    return frozenset(Collection(g, union)) if union is not None else node


def _kg_terms(g: rdflib.Graph, kind: rdflib.URIRef) -> set[str]:
    return {str(s)[len(str(KG)) :] for s in g.subjects(RDF.type, kind) if str(s).startswith(KG)}


def test_ontology_header(onto: rdflib.Graph) -> None:
    headers = list(onto.subjects(RDF.type, OWL.Ontology))
    assert len(headers) == 1
    header = headers[0]
    assert onto.value(header, RDFS.label) is not None
    assert onto.value(header, OWL.versionInfo) is not None
    comment = str(onto.value(header, RDFS.comment))
    # The binary-triple scheme is documented on the ontology itself.
    for phrase in ("kg:supplies", "kg:deploys", "kg:signed", "kg:reports", "binary"):
        assert phrase in comment


def test_declares_exactly_the_spec_terms(onto: rdflib.Graph) -> None:
    assert _kg_terms(onto, OWL.Class) == set(SPEC_CLASSES)
    properties = _kg_terms(onto, OWL.ObjectProperty) | _kg_terms(onto, OWL.DatatypeProperty)
    assert properties == set(SPEC_PROPERTIES)


@pytest.mark.parametrize("name", sorted(SPEC_CLASSES))
def test_class(onto: rdflib.Graph, name: str) -> None:
    cls = KG[name]
    assert (cls, RDF.type, OWL.Class) in onto
    assert onto.value(cls, RDFS.label) is not None, f"kg:{name} has no rdfs:label"
    assert onto.value(cls, RDFS.comment) is not None, f"kg:{name} has no rdfs:comment"
    assert set(onto.objects(cls, RDFS.subClassOf)) == SPEC_CLASSES[name]


@pytest.mark.parametrize("name", sorted(SPEC_PROPERTIES))
def test_property(onto: rdflib.Graph, name: str) -> None:
    prop = KG[name]
    kind, domain, range_ = SPEC_PROPERTIES[name]
    assert (prop, RDF.type, kind) in onto
    assert onto.value(prop, RDFS.label) is not None, f"kg:{name} has no rdfs:label"
    assert onto.value(prop, RDFS.comment) is not None, f"kg:{name} has no rdfs:comment"
    domains = [_class_expr(onto, d) for d in onto.objects(prop, RDFS.domain)]
    ranges = [_class_expr(onto, r) for r in onto.objects(prop, RDFS.range)]
    assert domains == [domain]
    assert ranges == [range_]


def test_binary_relations_match_the_model(onto: rdflib.Graph) -> None:
    binary = {n for n, (_k, domain, _r) in SPEC_PROPERTIES.items() if n in RELATIONS}
    assert binary == set(RELATIONS) == {"supplies", "deploys", "reports", "signed"}
    for name in RELATIONS:
        assert onto.value(KG[name], RDFS.domain) == KG.Actor


def test_entity_classes_of_the_model_are_entities(onto: rdflib.Graph) -> None:
    for name in ENTITY_CLASSES:
        ancestors = set(onto.transitive_objects(KG[name], RDFS.subClassOf))
        assert KG.Entity in ancestors, name


def test_binary_scheme_is_stated_as_axioms(onto: rdflib.Graph) -> None:
    """supplies/deploys/signed are property chains over the roles; reports inverts claimant."""
    chains = {
        name: [list(Collection(onto, c)) for c in onto.objects(KG[name], OWL.propertyChainAxiom)]
        for name in ("supplies", "deploys", "signed")
    }
    ends = {name: sorted(str(chain[-1]) for chain in cs) for name, cs in chains.items()}
    assert ends == {
        "supplies": sorted([str(KG.item), str(KG.recipient)]),
        "deploys": [str(KG.destination)],
        "signed": [str(KG.agreement)],
    }
    assert onto.value(KG.reports, OWL.inverseOf) == KG.claimant


def test_shapes_parse_and_cover_every_output_class(
    onto: rdflib.Graph, shapes: rdflib.Graph
) -> None:
    targets = set(shapes.objects(None, SH.targetClass))
    for name in OUTPUT_CLASSES:
        ancestors = set(onto.transitive_objects(KG[name], RDFS.subClassOf))
        assert targets & ancestors, f"no shape targets kg:{name} or a superclass"
    assert set(shapes.objects(None, SH.targetSubjectsOf)) == {KG[r] for r in RELATIONS}


def test_shapes_use_only_declared_kg_terms(onto: rdflib.Graph, shapes: rdflib.Graph) -> None:
    declared = {s for s in onto.subjects(RDF.type, None) if str(s).startswith(KG)}
    used = {o for o in shapes.objects() if isinstance(o, rdflib.URIRef) and o.startswith(KG)}
    assert used <= declared, used - declared


def test_every_property_shape_has_a_message(shapes: rdflib.Graph) -> None:
    for prop_shape in shapes.objects(None, SH.property):
        path = shapes.value(prop_shape, SH.path)
        assert shapes.value(prop_shape, SH.message) is not None, f"no sh:message for {path}"


def test_ontology_dir_found_next_to_package() -> None:
    assert (ontology_dir() / "kg.ttl").is_file()
    assert (ontology_dir() / "shapes.ttl").is_file()


def test_ontology_dir_missing_names_both_places(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "site" / "kg" / "graph" / "validate.py"
    monkeypatch.setattr(kg.graph.validate, "__file__", str(fake))
    with pytest.raises(FileNotFoundError) as err:
        ontology_dir()
    message = str(err.value)
    assert str(tmp_path / "site" / "ontology") in message
    assert str(tmp_path / "site" / "kg" / "ontology") in message
