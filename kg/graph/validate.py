"""Validate a kg graph against ``ontology/shapes.ttl`` (SHACL) and ``ontology/kg.ttl``.

The ontology is mixed into (a copy of) the data graph with inference off: SHACL's
``sh:class``/``sh:targetClass`` then follow its ``rdfs:subClassOf`` triples (a kg:Country is a
kg:Actor), while ``rdfs:domain``/``rdfs:range`` are never applied, so a wrong object is reported
instead of being silently typed into the expected class. On top of SHACL, every ``kg:`` term the
data uses as a predicate or class must be declared in the ontology (catches typos that open
shapes would let through).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import rdflib
from pyshacl import validate as shacl_validate
from rdflib import OWL, RDF, RDFS, XSD, Namespace
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, PROV, SH, SKOS, NamespaceManager
from rdflib.term import BNode, Node, URIRef

KG = Namespace("https://example.org/kg/ontology#")
KGSH = Namespace("https://example.org/kg/shapes#")
SCHEMA = Namespace("https://schema.org/")

_PREFIXES = {
    "kg": KG,
    "kgsh": KGSH,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "prov": PROV,
    "schema": SCHEMA,
    "dcterms": DCTERMS,
    "sh": SH,
    "id": Namespace("https://example.org/kg/id/"),  # the default base IRI, for shorter reports
}
_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}
_DECLARATION_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


def ontology_dir() -> Path:
    """The ``ontology/`` folder: next to the package in a checkout, inside it in a wheel."""
    here = Path(__file__).resolve().parent.parent
    candidates = (here.parent / "ontology", here / "ontology")
    for candidate in candidates:
        if (candidate / "kg.ttl").is_file():
            return candidate
    raise FileNotFoundError(
        "kg ontology folder not found (looked for kg.ttl in "
        + " and ".join(str(c) for c in candidates)
        + ")"
    )


def load_ontology() -> rdflib.Graph:
    """Parse ``ontology/kg.ttl`` into a fresh graph."""
    return rdflib.Graph().parse(ontology_dir() / "kg.ttl", format="turtle")


def load_shapes() -> rdflib.Graph:
    """Parse ``ontology/shapes.ttl`` into a fresh graph."""
    return rdflib.Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")


@dataclass(frozen=True)
class Violation:
    """One validation result. ``path`` and ``shape`` are rendered as compact text."""

    focus_node: Node
    path: str | None
    message: str
    severity: str  # "Violation", "Warning" or "Info"
    value: Node | None = None
    shape: str | None = None


@dataclass(frozen=True)
class ValidationResult:
    """Outcome of :func:`validate`; ``conforms`` ignores warnings and infos."""

    conforms: bool
    violations: list[Violation]

    def report(self, limit: int = 5) -> str:
        """Readable text: a summary line, then one line per result grouped by rule.

        Each group (same severity, shape, path and message) lists at most ``limit`` focus
        nodes, then "… and N more".
        """
        if not self.violations:
            return "Graph conforms: no violations."
        counts: dict[str, int] = defaultdict(int)
        groups: dict[tuple[str, str, str, str], list[Violation]] = defaultdict(list)
        for v in self.violations:
            counts[v.severity] += 1
            groups[(v.severity, v.shape or "", v.path or "", v.message)].append(v)
        summary = ", ".join(
            f"{n} {sev.lower()}{'' if n == 1 else 's'}"
            for sev, n in sorted(counts.items(), key=lambda kv: _SEVERITY_ORDER.get(kv[0], 9))
        )
        verdict = "conforms" if self.conforms else "does not conform"
        nsm = _namespace_manager()
        lines = [f"Graph {verdict}: {summary}."]
        ordered = sorted(groups.items(), key=lambda kv: (_SEVERITY_ORDER.get(kv[0][0], 9), kv[0]))
        for (severity, shape, _path, message), members in ordered:
            where = f" [{shape}]" if shape else ""
            lines.append(f"{severity}{where} {message} ({len(members)}):")
            for v in sorted(members, key=lambda m: str(m.focus_node))[:limit]:
                value = f" (value {_render(v.value, nsm)})" if v.value is not None else ""
                lines.append(f"  {_render(v.focus_node, nsm)}{value}")
            if len(members) > limit:
                lines.append(f"  … and {len(members) - limit} more")
        return "\n".join(lines)


def validate(
    graph: rdflib.Graph,
    *,
    shapes: rdflib.Graph | None = None,
    ontology: rdflib.Graph | None = None,
) -> ValidationResult:
    """Check ``graph`` against the kg shapes and vocabulary; ``graph`` is not modified.

    ``shapes``/``ontology`` default to freshly loaded copies; pass them to validate many
    graphs without re-parsing.
    """
    shapes = load_shapes() if shapes is None else shapes
    ontology = load_ontology() if ontology is None else ontology
    if not graph.store.context_aware:
        # pySHACL needs a context-aware store; kg's graphs live in Oxigraph (kg.graph.oxgraph)
        memory = rdflib.Graph()
        memory += graph
        graph = memory
    _conforms, results, _text = shacl_validate(
        graph,
        shacl_graph=shapes,
        ont_graph=ontology,  # mixed into a copy of graph: subclass triples for sh:class
        inference="none",  # rdfs would apply domain/range and hide wrong objects
        abort_on_first=False,
        allow_warnings=True,
        allow_infos=True,
        advanced=False,
        meta_shacl=False,
    )
    violations = _shacl_violations(results, shapes) + _undeclared_terms(graph, ontology)
    conforms = not any(v.severity == "Violation" for v in violations)
    return ValidationResult(conforms=conforms, violations=violations)


def _shacl_violations(results: rdflib.Graph, shapes: rdflib.Graph) -> list[Violation]:
    nsm = _namespace_manager()
    out: dict[Violation, None] = {}  # ordered set: several components can say the same thing
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        severity = results.value(result, SH.resultSeverity)
        source = results.value(result, SH.sourceShape)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        value = results.value(result, SH.value)
        violation = Violation(
            focus_node=focus,
            path=_render_path(results, path, nsm) if path is not None else None,
            message="; ".join(messages) or "constraint not satisfied",
            severity=_local(severity) if severity is not None else "Violation",
            value=None if value == focus else value,
            shape=_owning_shape(shapes, source, nsm),
        )
        out[violation] = None
    return list(out)


def _undeclared_terms(graph: rdflib.Graph, ontology: rdflib.Graph) -> list[Violation]:
    """``kg:`` predicates and classes in ``graph`` that the ontology does not declare."""
    declared = {
        s
        for t in _DECLARATION_TYPES
        for s in ontology.subjects(RDF.type, t)
        if isinstance(s, URIRef)
    }
    used: dict[URIRef, tuple[Node, str]] = {}
    for s, p, o in graph:
        if str(p).startswith(str(KG)) and p not in declared:
            used.setdefault(p, (s, "property"))
        if (
            p == RDF.type
            and isinstance(o, URIRef)
            and str(o).startswith(str(KG))
            and o not in declared
        ):
            used.setdefault(o, (s, "class"))
    nsm = _namespace_manager()
    return [
        Violation(
            focus_node=focus,
            path=None,
            message=f"{_render(term, nsm)}: {kind} not declared in ontology/kg.ttl",
            severity="Violation",
            value=term,
            shape="vocabulary",
        )
        for term, (focus, kind) in sorted(used.items())
    ]


def _owning_shape(shapes: rdflib.Graph, source: Node | None, nsm: NamespaceManager) -> str | None:
    """Name of the node shape a (usually anonymous) property shape belongs to."""
    if source is None:
        return None
    if isinstance(source, BNode):
        owner = shapes.value(predicate=SH.property, object=source)
        if owner is not None:
            source = owner
    return _render(source, nsm) if isinstance(source, URIRef) else None


def _render_path(g: rdflib.Graph, path: Node, nsm: NamespaceManager) -> str:
    """SHACL property path as SPARQL-like text (``^kg:reports``, ``kg:a/kg:b``)."""
    if isinstance(path, URIRef):
        return _render(path, nsm)
    inverse = g.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _render_path(g, inverse, nsm)
    alternatives = g.value(path, SH.alternativePath)
    if alternatives is not None:
        items = Collection(g, alternatives)
        return "(" + "|".join(_render_path(g, p, nsm) for p in items) + ")"
    if g.value(path, RDF.first) is not None:
        return "/".join(_render_path(g, p, nsm) for p in Collection(g, path))
    for modifier, suffix in (
        (SH.zeroOrMorePath, "*"),
        (SH.oneOrMorePath, "+"),
        (SH.zeroOrOnePath, "?"),
    ):
        inner = g.value(path, modifier)
        if inner is not None:
            return _render_path(g, inner, nsm) + suffix
    return str(path)


def _namespace_manager() -> NamespaceManager:
    nsm = NamespaceManager(rdflib.Graph(bind_namespaces="none"))
    for prefix, namespace in _PREFIXES.items():
        nsm.bind(prefix, namespace, override=True)
    return nsm


def _render(node: Node | None, nsm: NamespaceManager) -> str:
    if node is None:
        return "?"
    return node.n3(nsm) if isinstance(node, rdflib.term.Identifier) else str(node)


def _local(iri: Node) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
