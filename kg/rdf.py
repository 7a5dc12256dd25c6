"""RDF graph building: entities, binary relations, event/claim/evidence nodes, documents.

The scheme (docs/graph-model.md): each relation instance becomes an event node (n-ary roles,
evidence, source document) and also yields the direct binary triples, so that simple SPARQL
(``?a kg:supplies ?b``) and the picture both work.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import lru_cache
from urllib.parse import urlsplit

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.dates import Interval, find_date_phrase, interval, normalise
from kg.figures import (
    Name,
    comparison_key,
    disagree,
    figure_subject,
    name_pattern,
    value_range,
)
from kg.model import Document, Entity, Figure, Relation, Span
from kg.oxgraph import OxigraphMemory, from_ox, new_graph, to_oxigraph


class CachedNamespace(Namespace):
    """A Namespace that makes each term once: rdflib builds and checks a new URIRef at every
    ``KG.x``, some 15 % of the time it takes to build a graph."""

    @lru_cache(maxsize=512)  # noqa: B019 (a few dozen terms of two module-level namespaces)
    def term(self, name: str) -> URIRef:
        return super().term(name)

    def __getattr__(self, name: str) -> URIRef:
        # Kept as an attribute: the next ``KG.x`` is a plain attribute read.
        found = super().__getattr__(name)
        self.__dict__[name] = found
        return found


KG = CachedNamespace("https://example.org/kg/ontology#")
SCHEMA = CachedNamespace("https://schema.org/")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
DEFAULT_BASE_IRI = "https://example.org/kg/id/"

# Prefixes written in Turtle output (rdflib binds dozens more by default).
PREFIXES = ("kg", "schema", "skos", "prov", "dcterms", "owl", "wd", "rdf", "rdfs", "xsd")
EVENT_CLASS = {"supplies": KG.SupplyEvent, "deploys": KG.DeploymentEvent, "signed": KG.SigningEvent}
# Characters kept as-is in minted local names; everything else is percent-encoded (UTF-8), so
# minting is injective and the IRI is valid for every strict Turtle/N-Triples parser.
_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.~")
# Local names of the nodes kg mints itself (documents, events, claims, evidence, figures).
_SYSTEM_NAME = re.compile(r"^(doc|event|claim|evidence)_[0-9a-f]{16}")
_FORBIDDEN_IN_BASE = set('<>"{}|\\^`') | {chr(c) for c in range(0x21)}


class BaseIRIError(ValueError):
    """The --base-iri is not an absolute IRI ending in '/' or '#'."""


def check_base_iri(base: str) -> str:
    """Return ``base`` if usable as a namespace for minted IRIs, else raise BaseIRIError."""
    parts = urlsplit(base)
    if not parts.scheme or not (parts.netloc or parts.scheme == "urn"):
        raise BaseIRIError(f"base IRI {base!r} is not absolute (expected e.g. {DEFAULT_BASE_IRI})")
    if not base.endswith(("/", "#")):
        raise BaseIRIError(f"base IRI {base!r} must end with '/' or '#'")
    bad = sorted({c for c in base if c in _FORBIDDEN_IN_BASE})
    if bad:
        raise BaseIRIError(f"base IRI {base!r} contains characters not allowed in an IRI: {bad!r}")
    return base


def local_name(name: str) -> str:
    """Injective, IRI-safe local name: NFC, spaces → '_', other unsafe bytes → %XX."""
    out = []
    for ch in unicodedata.normalize("NFC", name):
        if ch == " ":
            out.append("_")
        elif ch in _SAFE:
            out.append(ch)
        else:
            # surrogatepass: a lone surrogate gets bytes no valid character has, not an error
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass"))
    if out and out[-1] == ".":
        # A prefixed name cannot end in '.': Turtle writers escape it (id:Kim_Jr\.), which
        # rdflib's parser rejects. '.' is kept everywhere else, so %2E stays injective.
        out[-1] = "%2E"
    local = "".join(out)
    if _SYSTEM_NAME.match(local):
        # An entity called "doc 0123456789abcdef" must not take a document's IRI: escape its
        # first letter, which local_name otherwise always keeps literal, so this stays injective.
        local = f"%{ord(local[0]):02X}{local[1:]}"
    # The empty name needs a local name no other name yields: a space is always minted as '_',
    # never as %20 ("_empty" was taken: it is the local name of " empty").
    return local or "%20"


# An absolute http(s) address without spaces or characters that cannot stand in an IRI.
_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"{}|\\^`]+\Z", re.I)


_RDF, _RDFS, _SKOS, _OWL, _XSD, _DCTERMS, _PROV = (
    CachedNamespace(str(ns)) for ns in (RDF, RDFS, SKOS, OWL, XSD, DCTERMS, PROV))
_XSD_INTEGER = ox.NamedNode(str(XSD.integer))
_XSD_DATE = ox.NamedNode(str(XSD.date))


def _lit(value: str | int | dt.date) -> ox.Literal:
    """The Oxigraph literal rdflib's ``Literal(value)`` is stored as (str, int or date), made
    without an rdflib term: a graph holds some 120 literals per document."""
    if isinstance(value, str):
        return ox.Literal(value)
    if isinstance(value, bool):
        raise TypeError("no boolean literals in kg graphs")
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=_XSD_INTEGER)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return ox.Literal(value.isoformat(), datatype=_XSD_DATE)
    raise TypeError(f"no fast literal for {type(value).__name__}")


def mint(base: str, name: str) -> URIRef:
    return URIRef(base + local_name(name))


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


class GraphBuilder:
    """Adds documents, entities and relations to one rdflib Graph."""

    def __init__(self, base_iri: str = DEFAULT_BASE_IRI) -> None:
        self.base = check_base_iri(base_iri)
        self.graph = new_graph()
        for prefix, ns in (
            ("kg", KG),
            ("id", Namespace(self.base)),
            ("schema", SCHEMA),
            ("skos", SKOS),
            ("prov", PROV),
            ("dcterms", DCTERMS),
            ("owl", OWL),
            ("wd", WIKIDATA),
        ):
            self.graph.bind(prefix, ns, override=True)
        self._entity_iris: dict[str, URIRef] = {}
        self._entity_cls: dict[str, str] = {}
        self._published: dict[str, dt.date | None] = {}
        # Figure subjects and conflicts (kg.figures): country names, figures seen so far.
        self._names: tuple[re.Pattern[str] | None, dict[str, str]] = (None, {})
        self._figures_seen: dict[tuple[str, str], list[tuple[URIRef, tuple, str]]] = {}
        self._conflict_members: set[tuple[URIRef, URIRef | None]] = set()  # already written
        self._minted: dict[URIRef, Relation] = {}  # event/claim node → the relation it holds

    def _add(self, s: URIRef, p: URIRef, o: URIRef | Literal | ox.Literal) -> None:
        """Graph.add without its checks; ``o`` may be an Oxigraph literal (see :func:`_lit`)."""
        store = self.graph.store
        if isinstance(store, OxigraphMemory):
            store.add((s, p, o))
        else:  # e.g. a plain rdflib Graph (kg.distributed swaps one in)
            self.graph.add((s, p, from_ox(o) if isinstance(o, ox.Literal) else o))

    def entity_iri(self, key: str) -> URIRef:
        return self._entity_iris.get(key) or mint(self.base, key)

    def doc_iri(self, doc_id: str) -> URIRef:
        return URIRef(self.base + doc_id)  # "doc_" + hex: already IRI-safe

    def add_document(self, doc: Document) -> None:
        d = self.doc_iri(doc.doc_id)
        self._published[doc.doc_id] = doc.date
        self._add(d, _RDF.type, KG.Document)
        self._add(d, KG.fileName, _lit(doc.name))
        self._add(d, KG.sha256, _lit(doc.sha256))
        if doc.title:
            self._add(d, _DCTERMS.title, _lit(doc.title))
        if doc.date is not None:
            self._add(d, _DCTERMS.date, _lit(doc.date))
        # The article's address is a literal: an IRI minted from input text could be anything.
        if doc.url and _WEB_ADDRESS.match(doc.url):
            self._add(d, SCHEMA.url, Literal(doc.url, datatype=_XSD.anyURI))
        if doc.outlet:
            self._add(d, _DCTERMS.publisher, _lit(doc.outlet))
        if doc.author:
            self._add(d, _DCTERMS.creator, _lit(doc.author))

    def add_entities(self, entities: Iterable[Entity]) -> None:
        ents = list(entities)
        for e in ents:
            self._entity_iris[e.key] = mint(self.base, e.key)
            self._entity_cls[e.key] = e.cls
        self._names = name_pattern(Name(text, e.key) for e in ents if e.cls == "Country"
                                   for text in (e.label, *sorted(e.aliases)))
        for e in ents:
            s = self._entity_iris[e.key]
            self._add(s, _RDF.type, KG[e.cls])
            self._add(s, _RDFS.label, _lit(e.label))
            for alias in sorted(e.aliases):
                self._add(s, _SKOS.altLabel, _lit(alias))
            for doc_id in sorted(e.documents):
                self._add(s, KG.mentionedIn, self.doc_iri(doc_id))
            self._add(s, KG.mentionCount, _lit(e.mention_count))
            if e.wikidata:
                self._add(s, _OWL.sameAs, WIKIDATA[e.wikidata])
            # Only link to nodes that exist: a dangling broader/partOf would have no label.
            if e.broader and e.broader in self._entity_iris:
                self._add(s, _SKOS.broader, self._entity_iris[e.broader])
            if e.part_of and e.part_of in self._entity_iris:
                self._add(s, KG.partOf, self._entity_iris[e.part_of])
            if getattr(e, "title", None):
                self._add(s, KG.title, _lit(e.title))
            affiliation = getattr(e, "affiliation", None)
            if affiliation and self._entity_cls.get(affiliation) in ("Country", "Agency",
                                                                     "MediaOutlet"):
                self._add(s, KG.affiliation, self._entity_iris[affiliation])

    def _evidence(self, span: Span) -> URIRef:
        ev = URIRef(f"{self.base}evidence_{_digest(span.doc_id, span.start, span.end)}")
        self._add(ev, _RDF.type, KG.Evidence)
        self._add(ev, KG.inDocument, self.doc_iri(span.doc_id))
        self._add(ev, KG.sentence, _lit(" ".join(span.text.split())))
        self._add(ev, KG.startChar, _lit(span.start))
        self._add(ev, KG.endChar, _lit(span.end))
        return ev

    def add_relation(self, rel: Relation) -> URIRef:
        """The event (or claim) node for ``rel`` plus its binary triples."""
        ident = _digest(rel.relation, rel.roles, rel.evidence.doc_id, rel.evidence.start,
                        rel.evidence.end, rel.trigger)
        kind = "claim" if rel.relation == "reports" else "event"
        node = URIRef(f"{self.base}{kind}_{ident}")
        if self._minted.setdefault(node, rel) != rel:
            # Another relation of this sentence with the same roles and trigger ("Reuters said
            # X, and Reuters said Y"): its own node, named by what tells the two apart.
            node = URIRef(f"{self.base}{kind}_{_digest(ident, rel.attrs, rel.figures)}")
        self._add(node, KG.evidence, self._evidence(rel.evidence))
        self._add(node, _PROV.wasDerivedFrom, self.doc_iri(rel.evidence.doc_id))
        self._add(node, KG.trigger, _lit(rel.trigger))
        period = self._dates(node, rel)
        for role, keys in rel.roles:
            for key in keys:
                self._add(node, KG[role], self.entity_iri(key))
        first = {role: keys[0] for role, keys in rel.roles if keys}
        if rel.relation == "reports":
            self._add(node, _RDF.type, KG.Claim)
            self._add(node, KG.statement, _lit(rel.attr("statement") or ""))
            self._add(node, KG.certainty, _lit(rel.attr("certainty") or "asserted"))
            for key in rel.role("about"):
                if self._entity_cls.get(key) == "Region":
                    self._add(node, KG.place, self.entity_iri(key))
            for i, fig in enumerate(rel.figures):
                self._figure(URIRef(f"{node}_figure{i}"), node, fig)
                self._compare_figure(URIRef(f"{node}_figure{i}"), fig, rel, period)
            self._add(self.entity_iri(first["claimant"]), KG.reports, node)
            self._add(node, _RDFS.label, _lit(f"{first['claimant']} reports"))
            return node
        self._add(node, _RDF.type, EVENT_CLASS[rel.relation])
        if rel.attr("certainty"):  # "appears to be preparing to deploy": hedged
            self._add(node, KG.certainty, _lit(rel.attr("certainty")))
        if rel.relation == "supplies":
            targets = [*rel.role("recipient"), *rel.role("item")]
            for t in targets:
                self._add(self.entity_iri(first["supplier"]), KG.supplies, self.entity_iri(t))
            label = f"{first['supplier']} supplies {', '.join(targets)}"
        elif rel.relation == "deploys":
            self._add(self.entity_iri(first["deployer"]), KG.deploys,
                   self.entity_iri(first["destination"]))
            if rel.attr("force"):
                self._add(node, KG.force, _lit(rel.attr("force")))
            label = f"{first['deployer']} deploys to {first['destination']}"
        else:  # signed
            for party in rel.role("party"):
                self._add(self.entity_iri(party), KG.signed, self.entity_iri(first["agreement"]))
            label = f"{' and '.join(rel.role('party'))} signed {first['agreement']}"
        self._add(node, _RDFS.label, _lit(label))
        return node

    def _dates(self, node: URIRef, rel: Relation) -> str:
        """kg:date/kg:claimDate from the sentence, else the publication date, with its source
        and interval; returns the month ("2024-12") the figures of ``node`` are compared in."""
        published = self._published.get(rel.evidence.doc_id)
        phrase = rel.attr("date") or find_date_phrase(rel.evidence.text)
        span = interval(phrase, published) if phrase else None
        if phrase:
            self._add(node, KG.date, _lit(phrase))
            norm = normalise(phrase, published)
            if norm is not None:
                self._add(node, KG.claimDate, Literal(norm.value, datatype=_XSD[norm.kind]))
        if span is None and published is not None:
            if not phrase:  # an unresolved phrase keeps kg:date only, as before
                self._add(node, KG.claimDate, _lit(published))
            span, source = Interval(published, published, "day"), "publication"
        else:
            source = "sentence"
        if span is None:
            return ""
        self._add(node, KG.dateSource, _lit(source))
        self._add(node, KG.dateStart, _lit(span.start))
        self._add(node, KG.dateEnd, _lit(span.end))
        self._add(node, KG.datePrecision, _lit(span.precision))
        return span.start.isoformat()[:7] if span.precision != "year" else ""

    def _compare_figure(self, iri: URIRef, fig: Figure, rel: Relation, period: str) -> None:
        """kg:figureSubject; and when the figure disagrees with an earlier figure of the same
        subject, comparable unit and period (or an unknown period), both become
        kg:conflictingFigure of that group's kg:FigureConflict node — one link per figure and
        group, so the RDF grows linearly with the figures (not one link per pair)."""
        pattern, table = self._names
        subject = figure_subject(rel.attr("statement") or "", fig.text, fig.counted, "",
                                 pattern, table)
        if subject is None:
            return
        self._add(iri, KG.figureSubject, self.entity_iri(subject))
        key = comparison_key(subject, fig.unit, fig.measure)
        found = value_range(float(fig.value), fig.qualifier)
        if key is None or found is None:
            return
        seen = self._figures_seen.setdefault(key, [])
        for other, other_range, other_period in seen:
            same_time = not period or not other_period or period == other_period
            if same_time and disagree(found, other_range):
                group = self._conflict_group(key, period or other_period)
                for member in (iri, other):
                    if (group, member) not in self._conflict_members:
                        self._conflict_members.add((group, member))
                        self._add(group, KG.conflictingFigure, member)
        seen.append((iri, found, period))

    def _conflict_group(self, key: tuple[str, str], period: str) -> URIRef:
        """The kg:FigureConflict node of (subject, unit group, period); its IRI depends on these
        only, so shards that find the same group mint the same node."""
        group = URIRef(f"{self.base}conflict_{_digest(*key, period)}")
        if (group, None) not in self._conflict_members:
            self._conflict_members.add((group, None))
            self._add(group, _RDF.type, KG.FigureConflict)
            self._add(group, KG.conflictUnit, _lit(key[1]))
            if period:
                self._add(group, KG.conflictPeriod, _lit(period))
        return group

    def _figure(self, iri: URIRef, claim: URIRef, fig: Figure) -> None:
        self._add(claim, KG.figure, iri)
        self._add(iri, _RDF.type, KG.Figure)
        self._add(iri, KG.value, figure_value(fig.value))
        self._add(iri, KG.asStated, _lit(fig.text))
        for prop, value in ((KG.qualifier, fig.qualifier), (KG.unit, fig.unit),
                            (KG.measure, fig.measure), (KG.counted, fig.counted)):
            if value:
                self._add(iri, prop, _lit(value))


def figure_value(value: float) -> Literal:
    """xsd:integer for whole numbers, else xsd:decimal (never a double), in canonical lexical
    form: the store keeps "2000.0"^^xsd:decimal as "2000", so kg writes that form itself."""
    if isinstance(value, int) or float(value).is_integer():
        return Literal(int(value))
    return Literal(Decimal(repr(float(value))))


def build_graph(
    documents: Iterable[Document],
    entities: Iterable[Entity],
    relations: Iterable[Relation],
    base_iri: str = DEFAULT_BASE_IRI,
    builder: GraphBuilder | None = None,
) -> Graph:
    """The graph of a build; ``builder``: an empty GraphBuilder to use (kg.incremental keeps
    its figure-comparison state for kg add)."""
    b = builder or GraphBuilder(base_iri)
    for doc in documents:
        b.add_document(doc)
    b.add_entities(entities)
    for rel in relations:
        b.add_relation(rel)
    return b.graph


def _sorted_triples(store) -> Iterator:
    """The store's default-graph triples, by subject, then rdf:type first, then predicate and
    object: the same triples always give byte-identical output, and the serializer can group a
    subject's triples with ';' and ','. Sorted one subject at a time, so the transient memory
    is the list of subjects, not a copy of the graph."""
    import pyoxigraph as ox

    default = ox.DefaultGraph()
    subjects = sorted({q.subject for q in store.quads_for_pattern(None, None, None, default)},
                      key=lambda t: t.value)
    rdf_type = str(RDF.type)
    for s in subjects:
        quads = sorted(store.quads_for_pattern(s, None, None, default),
                       key=lambda q: (q.predicate.value != rdf_type, q.predicate.value,
                                      q.object.value))
        for q in quads:
            yield q.triple


def to_oxigraph_triples(graph: Graph) -> list:
    """The graph's triples as pyoxigraph Triples, in serialisation order."""
    return list(_sorted_triples(to_oxigraph(graph)))


def serialize_fast(graph: Graph, fmt: str = "turtle") -> bytes:
    """Turtle or N-Triples through Oxigraph's serializer: same RDF as rdflib's, several times
    faster on large graphs, and strict about escaping."""
    import pyoxigraph as ox

    formats = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}
    wanted = set(PREFIXES) | {"id"}
    prefixes = ({p: str(ns) for p, ns in graph.namespaces() if p in wanted}
                if fmt == "turtle" else None)
    return ox.serialize(_sorted_triples(to_oxigraph(graph)), format=formats[fmt],
                        prefixes=prefixes)


def to_turtle(graph: Graph) -> bytes:
    return serialize_fast(graph, "turtle")
