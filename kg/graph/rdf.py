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
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.graph import DEFAULT_BASE_IRI as DEFAULT_BASE_IRI  # re-exported
from kg.graph.dates import Interval, find_date_phrase, interval, normalise
from kg.graph.figures import (
    ConflictFinder,
    Name,
    comparison_key,
    figure_subject,
    name_pattern,
    value_range,
)
from kg.graph.oxgraph import OxigraphMemory, from_ox, new_graph, to_oxigraph
from kg.model import Document, Entity, Figure, Relation, Span


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


class _OxTerms:
    """``X.name`` / ``X[name]``: the Oxigraph IRI of a term of one namespace, made once; with
    ``text``, its N-Triples form (``str()`` of that NamedNode: checked as an IRI, and written
    into the builder's lines without a call per triple)."""

    def __init__(self, namespace: str, text: bool = False) -> None:
        self._namespace = namespace
        self._text = text
        self._terms: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        found = self._terms.get(name)
        if found is None:
            node = ox.NamedNode(self._namespace + name)
            found = self._terms[name] = str(node) if self._text else node
        return found

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        # Kept as an attribute: the next ``X.name`` is a plain attribute read.
        found = self.__dict__[name] = self[name]
        return found


# The builder writes Oxigraph terms straight into the store: rdflib's URIRef hashes through a
# Python tuple at every dict lookup, which made converting them half the cost of a graph.
# Predicates and classes as their N-Triples text (str() of each Oxigraph term cost ~30 % of
# making the lines); XSD datatypes and Wikidata IRIs as terms.
_OKG, _OSCHEMA, _ORDF, _ORDFS, _OSKOS, _OOWL, _ODCTERMS, _OPROV = (
    _OxTerms(str(ns), text=True) for ns in (KG, SCHEMA, RDF, RDFS, SKOS, OWL, DCTERMS, PROV))
_OXSD, _OWD = _OxTerms(str(XSD)), _OxTerms(str(WIKIDATA))
# A term of a triple: an Oxigraph term, or the N-Triples text of a NamedNode
_ONode = ox.NamedNode | ox.Literal | str
_OEVENT_CLASS = {rel: str(ox.NamedNode(str(cls))) for rel, cls in EVENT_CLASS.items()}


def _ox_literal(value: Literal) -> ox.Literal:
    """An rdflib literal as the Oxigraph literal the store keeps for it (rare: most literals are
    made by :func:`_lit`)."""
    if value.language:
        return ox.Literal(str(value), language=value.language)
    if value.datatype is not None:
        return ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype)))
    return ox.Literal(str(value))


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
        self._entity_iris: dict[str, ox.NamedNode] = {}
        self._entity_texts: dict[str, str] = {}  # key → N-Triples text of its IRI
        self._doc_iris: dict[str, str] = {}  # doc_id → N-Triples text of its IRI
        self._entity_cls: dict[str, str] = {}
        self._published: dict[str, dt.date | None] = {}
        # Figure subjects and conflicts (kg.graph.figures): country names, figures seen so far.
        self._names: tuple[re.Pattern[str] | None, dict[str, str]] = (None, {})
        self._figures_seen: dict[tuple[str, str], list[tuple[ox.NamedNode, tuple, str]]] = {}
        # already written
        self._conflict_members: set[tuple[ox.NamedNode, ox.NamedNode | None]] = set()
        self._finder = ConflictFinder()
        self._groups: dict[tuple, ox.NamedNode] = {}  # (key, period) → kg:FigureConflict node
        self._minted: dict[str, Relation] = {}  # event/claim IRI → the relation it holds
        self._last_date_phrase: tuple[str | None, str | None] = (None, None)
        # (graph, span, N-Triples text of its evidence node) of the last evidence made
        self._last_evidence: tuple[Graph | None, Span | None, str] = (None, None, "")
        # The triples made since the last public call, as N-Triples lines (an Oxigraph term's
        # str() is its N-Triples form), handed to the store at the call's end (:meth:`_flush`)
        # and parsed there in bulk: at 10,000 articles a pyoxigraph Quad per triple and
        # Store.extend took 14 of the graph's 22 CPU seconds, the lines and Store.load 7.
        lines: list[str] = []
        self._lines = lines
        append = lines.append
        self._add: Callable[[ox.NamedNode | str, str, _ONode], None] = (
            lambda s, p, o: append(f"{s} {p} {o} .\n"))

    def _flush(self) -> None:
        """Hand the triples made so far to ``self.graph`` (kg.building.distributed swaps graphs
        in, a plain rdflib Graph among them), in the order they were made."""
        lines = self._lines
        if not lines:
            return
        store = self.graph.store
        if isinstance(store, OxigraphMemory):
            store.add_ntriples(lines)
        else:  # e.g. a plain rdflib Graph
            add = self.graph.add
            for t in ox.parse("".join(lines), format=ox.RdfFormat.N_TRIPLES):
                add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
        lines.clear()

    def _entity(self, key: str) -> ox.NamedNode:
        found = self._entity_iris.get(key)
        return found if found is not None else ox.NamedNode(self.base + local_name(key))

    def _entity_text(self, key: str) -> str:
        """N-Triples text of :meth:`_entity`, made once per entity."""
        found = self._entity_texts.get(key)
        if found is None:
            found = self._entity_texts[key] = str(self._entity(key))
        return found

    def _doc(self, doc_id: str) -> str:
        """N-Triples text of a document's IRI."""
        found = self._doc_iris.get(doc_id)
        if found is None:
            found = self._doc_iris[doc_id] = str(ox.NamedNode(self.base + doc_id))
        return found

    def entity_iri(self, key: str) -> URIRef:
        return URIRef(self._entity(key).value)

    def doc_iri(self, doc_id: str) -> URIRef:
        return URIRef(self.base + doc_id)  # "doc_" + hex: already IRI-safe

    def add_document(self, doc: Document) -> None:
        d = self._doc(doc.doc_id)
        self._published[doc.doc_id] = doc.date
        self._add(d, _ORDF.type, _OKG.Document)
        self._add(d, _OKG.fileName, _lit(doc.name))
        self._add(d, _OKG.sha256, _lit(doc.sha256))
        if doc.title:
            self._add(d, _ODCTERMS.title, _lit(doc.title))
        if doc.date is not None:
            self._add(d, _ODCTERMS.date, _lit(doc.date))
        # The article's address is a literal: an IRI minted from input text could be anything.
        if doc.url and _WEB_ADDRESS.match(doc.url):
            self._add(d, _OSCHEMA.url, ox.Literal(doc.url, datatype=_OXSD.anyURI))
        if doc.outlet:
            self._add(d, _ODCTERMS.publisher, _lit(doc.outlet))
        if doc.author:
            self._add(d, _ODCTERMS.creator, _lit(doc.author))
        self._flush()

    def add_entities(self, entities: Iterable[Entity]) -> None:
        ents = list(entities)
        for e in ents:
            self._entity_iris[e.key] = ox.NamedNode(self.base + local_name(e.key))
            self._entity_cls[e.key] = e.cls
        self._names = name_pattern(Name(text, e.key) for e in ents if e.cls == "Country"
                                   for text in (e.label, *sorted(e.aliases)))
        for e in ents:
            s = self._entity_text(e.key)
            self._add(s, _ORDF.type, _OKG[e.cls])
            self._add(s, _ORDFS.label, _lit(e.label))
            for alias in sorted(e.aliases):
                self._add(s, _OSKOS.altLabel, _lit(alias))
            for doc_id in sorted(e.documents):
                self._add(s, _OKG.mentionedIn, self._doc(doc_id))
            self._add(s, _OKG.mentionCount, _lit(e.mention_count))
            if e.wikidata:
                self._add(s, _OOWL.sameAs, _OWD[e.wikidata])
            # Only link to nodes that exist: a dangling broader/partOf would have no label.
            if e.broader and e.broader in self._entity_iris:
                self._add(s, _OSKOS.broader, self._entity_iris[e.broader])
            if e.part_of and e.part_of in self._entity_iris:
                self._add(s, _OKG.partOf, self._entity_iris[e.part_of])
            if getattr(e, "title", None):
                self._add(s, _OKG.title, _lit(e.title))
            affiliation = getattr(e, "affiliation", None)
            if affiliation and self._entity_cls.get(affiliation) in ("Country", "Agency",
                                                                     "MediaOutlet"):
                self._add(s, _OKG.affiliation, self._entity_iris[affiliation])
        self._flush()

    def _evidence(self, span: Span) -> str:
        # The relations of one sentence come one after another with the same span (some 40 %
        # of them at 1,000 articles): its node's triples are made once, for the graph that
        # holds them (kg.building.distributed swaps graphs between documents).
        graph, last, ev = self._last_evidence
        if graph is self.graph and last == span:
            return ev
        ev = str(ox.NamedNode(
            f"{self.base}evidence_{_digest(span.doc_id, span.start, span.end)}"))
        self._add(ev, _ORDF.type, _OKG.Evidence)
        self._add(ev, _OKG.inDocument, self._doc(span.doc_id))
        self._add(ev, _OKG.sentence, _lit(" ".join(span.text.split())))
        self._add(ev, _OKG.startChar, _lit(span.start))
        self._add(ev, _OKG.endChar, _lit(span.end))
        self._last_evidence = (self.graph, span, ev)
        return ev

    def add_relation(self, rel: Relation) -> URIRef:
        """The event (or claim) node for ``rel`` plus its binary triples."""
        try:
            iri = self._relation(rel)
        finally:  # what a failing relation made reaches the graph, as each triple did
            self._flush()
        return URIRef(iri)

    def _relation(self, rel: Relation) -> str:
        """:meth:`add_relation`'s triples, made but not yet in the graph; returns the IRI."""
        ident = _digest(rel.relation, rel.roles, rel.evidence.doc_id, rel.evidence.start,
                        rel.evidence.end, rel.trigger)
        kind = "claim" if rel.relation == "reports" else "event"
        iri = f"{self.base}{kind}_{ident}"
        minted = self._minted.setdefault(iri, rel)
        # ``is`` first: a new IRI (nearly all) needs no field-by-field comparison
        if minted is not rel and minted != rel:
            # Another relation of this sentence with the same roles and trigger ("Reuters said
            # X, and Reuters said Y"): its own node, named by what tells the two apart.
            iri = f"{self.base}{kind}_{_digest(ident, rel.attrs, rel.figures)}"
        node = str(ox.NamedNode(iri))  # its N-Triples text: the subject of most lines below
        add, entity = self._add, self._entity_text
        add(node, _OKG.evidence, self._evidence(rel.evidence))
        add(node, _OPROV.wasDerivedFrom, self._doc(rel.evidence.doc_id))
        add(node, _OKG.trigger, _lit(rel.trigger))
        period = self._dates(node, rel)
        for role, keys in rel.roles:
            for key in keys:
                add(node, _OKG[role], entity(key))
        first = {role: keys[0] for role, keys in rel.roles if keys}
        # one dict of each, not one per ask (Relation.role/attr make theirs each time)
        roles, attr = dict(rel.roles), dict(rel.attrs).get
        if rel.relation == "reports":
            add(node, _ORDF.type, _OKG.Claim)
            add(node, _OKG.statement, _lit(attr("statement") or ""))
            add(node, _OKG.certainty, _lit(attr("certainty") or "asserted"))
            for key in roles.get("about", ()):
                if self._entity_cls.get(key) == "Region":
                    add(node, _OKG.place, entity(key))
            for i, fig in enumerate(rel.figures):
                fig_node = ox.NamedNode(f"{iri}_figure{i}")
                self._figure(fig_node, node, fig)
                self._compare_figure(fig_node, fig, rel, period)
            add(entity(first["claimant"]), _OKG.reports, node)
            add(node, _ORDFS.label, _lit(f"{first['claimant']} reports"))
            return iri
        add(node, _ORDF.type, _OEVENT_CLASS[rel.relation])
        if certainty := attr("certainty"):  # "appears to be preparing to deploy": hedged
            add(node, _OKG.certainty, _lit(certainty))
        if rel.relation == "supplies":
            targets = [*roles.get("recipient", ()), *roles.get("item", ())]
            for t in targets:
                add(entity(first["supplier"]), _OKG.supplies, entity(t))
            label = f"{first['supplier']} supplies {', '.join(targets)}"
        elif rel.relation == "deploys":
            add(entity(first["deployer"]), _OKG.deploys, entity(first["destination"]))
            if force := attr("force"):
                add(node, _OKG.force, _lit(force))
            label = f"{first['deployer']} deploys to {first['destination']}"
        else:  # signed
            parties = roles.get("party", ())
            for party in parties:
                add(entity(party), _OKG.signed, entity(first["agreement"]))
            label = f"{' and '.join(parties)} signed {first['agreement']}"
        add(node, _ORDFS.label, _lit(label))
        return iri

    def _date_phrase(self, sentence: str) -> str | None:
        """find_date_phrase of ``sentence``; the relations of one sentence come one after
        another, so the last sentence's phrase is kept for the next."""
        last, phrase = self._last_date_phrase
        if sentence != last:
            phrase = find_date_phrase(sentence)
            self._last_date_phrase = (sentence, phrase)
        return phrase

    def _dates(self, node: str, rel: Relation) -> str:
        """kg:date/kg:claimDate from the sentence, else the publication date, with its source
        and interval; returns the month ("2024-12") the figures of ``node`` are compared in."""
        published = self._published.get(rel.evidence.doc_id)
        phrase = rel.attr("date") or self._date_phrase(rel.evidence.text)
        span = interval(phrase, published) if phrase else None
        if phrase:
            self._add(node, _OKG.date, _lit(phrase))
            norm = normalise(phrase, published)
            if norm is not None:
                self._add(node, _OKG.claimDate, ox.Literal(norm.value,
                                                           datatype=_OXSD[norm.kind]))
        if span is None and published is not None:
            if not phrase:  # an unresolved phrase keeps kg:date only, as before
                self._add(node, _OKG.claimDate, _lit(published))
            span, source = Interval(published, published, "day"), "publication"
        else:
            source = "sentence"
        if span is None:
            return ""
        self._add(node, _OKG.dateSource, _lit(source))
        self._add(node, _OKG.dateStart, _lit(span.start))
        self._add(node, _OKG.dateEnd, _lit(span.end))
        self._add(node, _OKG.datePrecision, _lit(span.precision))
        return span.start.isoformat()[:7] if span.precision != "year" else ""

    def _compare_figure(self, iri: ox.NamedNode, fig: Figure, rel: Relation, period: str
                        ) -> None:
        """kg:figureSubject; and when the figure disagrees with an earlier figure of the same
        subject, comparable unit and period (or an unknown period), both become
        kg:conflictingFigure of that group's kg:FigureConflict node — one link per figure and
        group, so the RDF grows linearly with the figures (not one link per pair)."""
        pattern, table = self._names
        subject = figure_subject(rel.attr("statement") or "", fig.text, fig.counted, "",
                                 pattern, table)
        if subject is None:
            return
        self._add(iri, _OKG.figureSubject, self._entity(subject))
        key = comparison_key(subject, fig.unit, fig.measure)
        found = value_range(float(fig.value), fig.qualifier)
        if key is None or found is None:
            return
        seen = self._figures_seen.setdefault(key, [])
        finder = self._finder
        if key not in finder:  # kg add: the build's figures come from its growth record
            for other, other_range, other_period in seen:
                finder.add(key, other, other_range, other_period)
        members = self._conflict_members

        def is_member(group_period: str, figure: ox.NamedNode) -> bool:
            return (self._conflict_group(key, group_period), figure) in members

        for group_period, other in finder.conflicts(key, found, period, is_member):
            group = self._conflict_group(key, group_period)
            member = iri if other is None else other
            if (group, member) not in members:
                members.add((group, member))
                self._add(group, _OKG.conflictingFigure, member)
        seen.append((iri, found, period))
        finder.add(key, iri, found, period)

    def _conflict_group(self, key: tuple[str, str], period: str) -> ox.NamedNode:
        """The kg:FigureConflict node of (subject, unit group, period); its IRI depends on these
        only, so shards that find the same group mint the same node."""
        group = self._groups.get((key, period))
        if group is None:
            group = self._groups[(key, period)] = ox.NamedNode(
                f"{self.base}conflict_{_digest(*key, period)}")
        if (group, None) not in self._conflict_members:
            self._conflict_members.add((group, None))
            self._add(group, _ORDF.type, _OKG.FigureConflict)
            self._add(group, _OKG.conflictUnit, _lit(key[1]))
            if period:
                self._add(group, _OKG.conflictPeriod, _lit(period))
        return group

    def _figure(self, iri: ox.NamedNode, claim: str, fig: Figure) -> None:
        self._add(claim, _OKG.figure, iri)
        self._add(iri, _ORDF.type, _OKG.Figure)
        value = fig.value
        # a whole number: the xsd:integer figure_value makes, without an rdflib Literal
        self._add(iri, _OKG.value, _lit(int(value)) if _whole(value)
                  else _ox_literal(figure_value(value)))
        self._add(iri, _OKG.asStated, _lit(fig.text))
        for prop, value in ((_OKG.qualifier, fig.qualifier), (_OKG.unit, fig.unit),
                            (_OKG.measure, fig.measure), (_OKG.counted, fig.counted)):
            if value:
                self._add(iri, prop, _lit(value))


def _whole(value: float) -> bool:
    """A figure that is a whole number, written as xsd:integer (:func:`figure_value`)."""
    return isinstance(value, int) or float(value).is_integer()


def figure_value(value: float) -> Literal:
    """xsd:integer for whole numbers, else xsd:decimal (never a double), in canonical lexical
    form: the store keeps "2000.0"^^xsd:decimal as "2000", so kg writes that form itself."""
    if _whole(value):
        return Literal(int(value))
    return Literal(Decimal(repr(float(value))))


def build_graph(
    documents: Iterable[Document],
    entities: Iterable[Entity],
    relations: Iterable[Relation],
    base_iri: str = DEFAULT_BASE_IRI,
    builder: GraphBuilder | None = None,
) -> Graph:
    """The graph of a build; ``builder``: an empty GraphBuilder to use (kg.building.incremental
    keeps its figure-comparison state for kg add)."""
    b = builder or GraphBuilder(base_iri)
    for doc in documents:
        b.add_document(doc)
    b.add_entities(entities)
    for rel in relations:
        b.add_relation(rel)
    return b.graph


def _sorted_quads(store) -> Iterator:
    """The store's default-graph quads, by subject, then rdf:type first, then predicate and
    object: the same triples always give byte-identical output, and the serializer can group a
    subject's triples with ';' and ','. Sorted one subject at a time, so the transient memory
    is the list of subjects, not a copy of the graph."""
    import pyoxigraph as ox

    default = ox.DefaultGraph()
    # DISTINCT in the store: a quad per triple made and hashed here took twice as long
    subjects = sorted((row[0] for row in store.query("SELECT DISTINCT ?s WHERE { ?s ?p ?o }")),
                      key=lambda t: t.value)
    rdf_type = str(RDF.type)
    quads_for = store.quads_for_pattern

    def key(q: ox.Quad) -> tuple[bool, str, str]:
        # each .value makes a new str from the store's term: the predicate's is read once
        # (10 % of the sort at 1,000 articles)
        p = q.predicate.value
        return (p != rdf_type, p, q.object.value)

    for s in subjects:
        yield from sorted(quads_for(s, None, None, default), key=key)


def _sorted_triples(store) -> Iterator:
    """:func:`_sorted_quads` as pyoxigraph Triples."""
    for q in _sorted_quads(store):
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
    # The default graph's quads as they are: the serializer writes them as triples, and a
    # Triple made of each (q.triple) cost 15 % of the Turtle of 1,000 articles.
    return ox.serialize(_sorted_quads(to_oxigraph(graph)), format=formats[fmt],
                        prefixes=prefixes)


def to_turtle(graph: Graph) -> bytes:
    return serialize_fast(graph, "turtle")
