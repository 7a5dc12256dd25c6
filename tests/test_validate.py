"""kg.graph.validate: the completed spec example conforms, broken variants are rejected by name."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
import rdflib
from rdflib import RDF, RDFS, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS

from kg.graph.validate import KG, ValidationResult, Violation, load_ontology, load_shapes, validate
from kg.model import ENTITY_CLASSES

ID = Namespace("https://example.org/kg/id/")
DOC = ID.doc_2dfd84b2c9c1de8d
SAMPLE = Path(__file__).parent / "data" / "valid_sample.ttl"


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return load_shapes()


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return load_ontology()


@pytest.fixture()
def sample() -> rdflib.Graph:
    return rdflib.Graph().parse(SAMPLE, format="turtle")


def _check(g: rdflib.Graph, shapes: rdflib.Graph, ontology: rdflib.Graph) -> ValidationResult:
    return validate(g, shapes=shapes, ontology=ontology)


def test_sample_conforms(sample: rdflib.Graph) -> None:
    result = validate(sample)  # default: loads shapes and ontology itself
    assert result.conforms, result.report()
    assert result.violations == []
    assert result.report() == "Graph conforms: no violations."


def test_sample_exercises_every_output_class(sample: rdflib.Graph) -> None:
    types = set(sample.objects(None, RDF.type))
    expected = {KG[c] for c in ENTITY_CLASSES} | {
        KG.Document,
        KG.SupplyEvent,
        KG.DeploymentEvent,
        KG.SigningEvent,
        KG.Claim,
        KG.Figure,
        KG.Evidence,
    }
    assert types == expected


def test_validate_leaves_the_graph_alone(
    sample: rdflib.Graph, shapes: rdflib.Graph, ontology: rdflib.Graph
) -> None:
    before = set(sample)
    _check(sample, shapes, ontology)
    assert set(sample) == before


# --- broken variants: (mutation, focus node, path, words the message must contain) ------------


def _two_labels(g: rdflib.Graph) -> None:
    g.add((ID.Russia, RDFS.label, Literal("Russian Federation")))


def _no_supplier(g: rdflib.Graph) -> None:
    g.remove((ID.event_3f2a, KG.supplier, None))


def _string_start(g: rdflib.Graph) -> None:
    g.set((ID.evidence_3f2a, KG.startChar, Literal("1357")))


def _deploys_weapon(g: rdflib.Graph) -> None:
    g.add((ID.North_Korea, KG.deploys, ID["240mm_rocket_launcher"]))


def _claim_without_statement(g: rdflib.Graph) -> None:
    g.remove((ID.claim_9c1d, KG.statement, None))


def _bad_sha(g: rdflib.Graph) -> None:
    g.set((DOC, KG.sha256, Literal("ab12…")))


def _uppercase_sha(g: rdflib.Graph) -> None:
    sha = str(g.value(DOC, KG.sha256))
    g.set((DOC, KG.sha256, Literal(sha.upper())))


def _supply_without_recipient_or_item(g: rdflib.Graph) -> None:
    g.remove((ID.event_3f2a, KG.recipient, None))
    g.remove((ID.event_3f2a, KG.item, None))


def _supplier_is_weapon(g: rdflib.Graph) -> None:
    g.set((ID.event_3f2a, KG.supplier, ID.rocket_launcher))


def _supplies_a_claim(g: rdflib.Graph) -> None:
    g.add((ID.North_Korea, KG.supplies, ID.claim_9c1d))


def _weapon_signs(g: rdflib.Graph) -> None:
    g.add((ID.rocket_launcher, KG.signed, ID["Russia%E2%80%93North_Korea_defense_agreement"]))


def _end_before_start(g: rdflib.Graph) -> None:
    g.set((ID.evidence_3f2a, KG.endChar, Literal(1000)))


def _negative_start(g: rdflib.Graph) -> None:
    g.set((ID.evidence_9c1d, KG.startChar, Literal(-1)))


def _event_without_evidence(g: rdflib.Graph) -> None:
    g.remove((ID.event_7b10, KG.evidence, None))


def _destination_is_agency(g: rdflib.Graph) -> None:
    g.set((ID.event_7b10, KG.destination, ID.JCS))


def _signing_without_agreement(g: rdflib.Graph) -> None:
    g.remove((ID.event_c44e, KG.agreement, None))


def _abstract_type_only(g: rdflib.Graph) -> None:
    g.remove((ID.Kim_Jong_Un, RDF.type, None))
    g.add((ID.Kim_Jong_Un, RDF.type, KG.Actor))


def _two_entity_classes(g: rdflib.Graph) -> None:
    g.add((ID.Kursk, RDF.type, KG.Country))


def _string_mention_count(g: rdflib.Graph) -> None:
    g.set((ID.JCS, KG.mentionCount, Literal("4")))


def _claim_not_reported(g: rdflib.Graph) -> None:
    g.remove((ID.JCS, KG.reports, ID.claim_9c1d))


def _document_without_title(g: rdflib.Graph) -> None:
    g.remove((DOC, DCTERMS.title, None))


def _affiliation_is_weapon(g: rdflib.Graph) -> None:
    g.set((ID.Kim_Jong_Un, KG.affiliation, ID.rocket_launcher))


def _two_titles(g: rdflib.Graph) -> None:
    g.add((ID.Kim_Jong_Un, KG.title, Literal("General Secretary")))


def _event_certainty_denied(g: rdflib.Graph) -> None:
    g.set((ID.event_7b10, KG.certainty, Literal("denied")))


def _misspelt_property(g: rdflib.Graph) -> None:
    g.add((ID.North_Korea, KG.suplies, ID.Russia))


BROKEN: dict[str, tuple[Callable[[rdflib.Graph], None], URIRef, str | None, tuple[str, ...]]] = {
    "entity with two labels": (_two_labels, ID.Russia, "rdfs:label", ("exactly one label",)),
    "supply event without supplier": (
        _no_supplier,
        ID.event_3f2a,
        "kg:supplier",
        ("supplier", "exactly one"),
    ),
    "evidence with string startChar": (
        _string_start,
        ID.evidence_3f2a,
        "kg:startChar",
        ("start offset", "xsd:integer"),
    ),
    "deploys pointing at a weapon": (
        _deploys_weapon,
        ID.North_Korea,
        "kg:deploys",
        ("kg:deploys", "kg:Place"),
    ),
    "claim without statement": (_claim_without_statement, ID.claim_9c1d, "kg:statement", ()),
    "document with bad sha256": (_bad_sha, DOC, "kg:sha256", ("64 lowercase hex",)),
    "document with uppercase sha256": (_uppercase_sha, DOC, "kg:sha256", ("hex",)),
    "supply with neither recipient nor item": (
        _supply_without_recipient_or_item,
        ID.event_3f2a,
        None,
        ("recipient or at least one item",),
    ),
    "supplier is a weapon": (_supplier_is_weapon, ID.event_3f2a, "kg:supplier", ("kg:Actor",)),
    "supplies a claim": (_supplies_a_claim, ID.North_Korea, "kg:supplies", ("kg:Weapon",)),
    "weapon signs": (_weapon_signs, ID.rocket_launcher, None, ("kg:signed", "subject")),
    "end before start": (_end_before_start, ID.evidence_3f2a, "kg:startChar", ("less than",)),
    "negative start": (_negative_start, ID.evidence_9c1d, "kg:startChar", (">= 0",)),
    "event without evidence": (_event_without_evidence, ID.event_7b10, "kg:evidence", ()),
    "destination is an agency": (
        _destination_is_agency,
        ID.event_7b10,
        "kg:destination",
        ("kg:Place",),
    ),
    "signing without agreement": (
        _signing_without_agreement,
        ID.event_c44e,
        "kg:agreement",
        (),
    ),
    "entity typed only kg:Actor": (_abstract_type_only, ID.Kim_Jong_Un, "rdf:type", ()),
    "entity with two classes": (_two_entity_classes, ID.Kursk, "rdf:type", ("exactly one of",)),
    "string mentionCount": (_string_mention_count, ID.JCS, "kg:mentionCount", ("xsd:integer",)),
    "claim without reports triple": (
        _claim_not_reported,
        ID.claim_9c1d,
        "^kg:reports",
        ("kg:reports",),
    ),
    "document without title": (_document_without_title, DOC, "dcterms:title", ()),
    "misspelt kg property": (_misspelt_property, ID.North_Korea, None, ("kg:suplies",)),
    "affiliation is a weapon": (
        _affiliation_is_weapon,
        ID.Kim_Jong_Un,
        "kg:affiliation",
        ("kg:Country", "kg:Agency"),
    ),
    "person with two titles": (_two_titles, ID.Kim_Jong_Un, "kg:title", ("at most one",)),
    "event certainty denied": (
        _event_certainty_denied,
        ID.event_7b10,
        "kg:certainty",
        ("asserted, estimated or hedged",),
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_variant_is_rejected(
    case: str, sample: rdflib.Graph, shapes: rdflib.Graph, ontology: rdflib.Graph
) -> None:
    mutate, focus, path, words = BROKEN[case]
    mutate(sample)
    result = _check(sample, shapes, ontology)
    assert not result.conforms
    hits = [v for v in result.violations if v.focus_node == focus and v.severity == "Violation"]
    assert hits, result.report()
    if path is not None:
        hits = [v for v in hits if v.path == path]
        assert hits, f"no violation on {path}:\n{result.report()}"
        assert all(path.split(":")[-1] in v.message for v in hits)
    assert any(all(w in v.message for w in words) for v in hits), result.report()
    # Only the intended problem is reported, nothing collateral.
    assert {v.focus_node for v in result.violations} == {focus}, result.report()


def test_report_names_the_problem(
    sample: rdflib.Graph, shapes: rdflib.Graph, ontology: rdflib.Graph
) -> None:
    _no_supplier(sample)
    _bad_sha(sample)
    text = _check(sample, shapes, ontology).report()
    assert text.startswith("Graph does not conform: 2 violations.")
    assert "kg:supplier" in text and "id:event_3f2a" in text
    assert "kg:sha256" in text and '"ab12…"' in text


def test_unmentioned_entity_is_only_a_warning(
    sample: rdflib.Graph, shapes: rdflib.Graph, ontology: rdflib.Graph
) -> None:
    sample.remove((ID.rocket_launcher, KG.mentionedIn, None))
    result = _check(sample, shapes, ontology)
    assert result.conforms
    assert [(v.severity, v.focus_node, v.path) for v in result.violations] == [
        ("Warning", ID.rocket_launcher, "kg:mentionedIn")
    ]
    assert "1 warning" in result.report()


def test_rdfs_inference_would_hide_errors(
    sample: rdflib.Graph, shapes: rdflib.Graph, ontology: rdflib.Graph
) -> None:
    """Why validate() runs with inference off: rdfs:range would make the weapon a kg:Place."""
    from pyshacl import validate as shacl_validate

    _deploys_weapon(sample)
    _bad_sha(sample)  # keep one error that inference cannot repair
    conforms, results, _ = shacl_validate(
        sample, shacl_graph=shapes, ont_graph=ontology, inference="rdfs", allow_warnings=True
    )
    assert not conforms
    sh_value = rdflib.URIRef("http://www.w3.org/ns/shacl#value")
    assert ID["240mm_rocket_launcher"] not in set(results.objects(None, sh_value))
    assert any(v.path == "kg:deploys" for v in _check(sample, shapes, ontology).violations)


def test_report_groups_and_caps() -> None:
    many = [
        Violation(ID[f"event_{i}"], "kg:supplier", "kg:supplier: missing", "Violation")
        for i in range(8)
    ]
    other = Violation(ID.doc_x, "kg:sha256", "kg:sha256: bad", "Violation", Literal("x"))
    warn = Violation(ID.Foo, "kg:mentionedIn", "kg:mentionedIn: none", "Warning")
    text = ValidationResult(False, [warn, *many, other]).report(limit=3)
    lines = text.splitlines()
    assert lines[0] == "Graph does not conform: 9 violations, 1 warning."
    assert "kg:sha256: bad (1):" in text and 'id:doc_x (value "x")' in text
    header = next(i for i, line in enumerate(lines) if "kg:supplier: missing (8):" in line)
    assert lines[header + 1 : header + 5] == [
        "  id:event_0",
        "  id:event_1",
        "  id:event_2",
        "  … and 5 more",
    ]
    assert lines[-2].startswith("Warning") and lines[-1] == "  id:Foo"


def _scaled(base: rdflib.Graph, copies: int) -> rdflib.Graph:
    """``copies`` disjoint renamed copies of ``base`` (same shape, more nodes)."""
    out = rdflib.Graph()
    for i in range(copies):

        def rename(term: rdflib.term.Node, i: int = i) -> rdflib.term.Node:
            if isinstance(term, URIRef) and term.startswith(ID):
                return URIRef(f"{term}_{i}")
            return term

        for s, p, o in base:
            out.add((rename(s), p, rename(o)))
    return out


def test_two_thousand_triples_validate_quickly(
    sample: rdflib.Graph, shapes: rdflib.Graph, ontology: rdflib.Graph
) -> None:
    big = _scaled(sample, 17)
    assert len(big) > 2000
    start = time.perf_counter()
    result = _check(big, shapes, ontology)
    elapsed = time.perf_counter() - start
    assert result.conforms, result.report()
    # Measured ~0.3 s; the bound is loose so slow CI machines do not flake.
    assert elapsed < 10, f"validation took {elapsed:.1f} s"


def test_figure_without_value_or_with_double_is_rejected(sample: rdflib.Graph) -> None:
    """A claim figure must carry an integer/decimal value (never a lossy double)."""
    g = rdflib.Graph()
    for t in sample:
        g.add(t)
    fig = next(g.subjects(RDF.type, KG.Figure))
    g.set((fig, KG.value, Literal(1.5e3)))
    result = validate(g)
    assert not result.conforms
    assert "kg:value" in result.report()
    g.remove((fig, KG.value, None))
    assert "kg:value" in validate(g).report()
