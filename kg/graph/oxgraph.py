"""An rdflib Graph whose triples live in an in-memory pyoxigraph store.

rdflib's own Memory store costs about 1 KB per triple (Python objects and three indexes of
dicts); Oxigraph interns terms in native memory at about a third of that. kg builds every graph
here, so a 10,000-article corpus fits in a few hundred MiB, while the page, the summary and the
tests keep rdflib's API (``subjects``, ``objects``, ``value``, SPARQL through rdflib's engine).

Only the default graph exists (``context_aware`` is False). Typed literals come back in
Oxigraph's canonical lexical form (``"007"^^xsd:integer`` is stored as ``"7"``), which is why
:mod:`kg.graph.rdf` only ever writes canonical forms.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.store import Store
from rdflib.term import Node

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_FLUSH_AT = 50_000  # triples buffered before one bulk insert (one store transaction)
_CACHE_MAX = 100_000  # IRIs remembered across conversions; cleared when full, so bounded
# The same for terms read back (rdflib's, kept by whoever reads them anyway): the page of a
# 10,000-article graph (1.9 M triples) cleared 100,000 over and over, and its view took 18 s of
# CPU instead of 14.
_READ_CACHE_MAX = 4_000_000


class OxigraphMemory(Store):
    """rdflib Store over a ``pyoxigraph.Store`` held in memory (default graph only).

    Added triples are buffered and inserted in bulk; any read flushes the buffer first.
    """

    context_aware = False
    formula_aware = False
    transaction_aware = False
    graph_aware = False

    def __init__(self, store: ox.Store | None = None) -> None:
        super().__init__()
        self.inner = store if store is not None else ox.Store()
        self._pending: list[ox.Quad] = []
        self._lines: list[str] = []  # N-Triples lines added (add_ntriples), not yet parsed
        self._iris: dict[str, ox.NamedNode] = {}
        self._uris: dict[str, URIRef] = {}  # the reverse: rdflib builds and checks each URIRef
        # value (plain strings) or (value, datatype) → rdflib's Literal
        self._literals: dict[str | tuple[str, str], Literal] = {}
        self._prefixes: dict[str, URIRef] = {}
        self._namespaces: dict[URIRef, str] = {}

    # -- conversion ---------------------------------------------------------------------------

    def to_ox(self, term: Node) -> Any:
        if isinstance(term, URIRef):
            found = self._iris.get(term)
            if found is None:
                if len(self._iris) >= _CACHE_MAX:
                    self._iris.clear()
                found = self._iris[term] = ox.NamedNode(str(term))
            return found
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=self.to_ox(term.datatype))
            return ox.Literal(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        if isinstance(term, ox.Literal):  # already converted (kg.graph.rdf writes these directly)
            return term
        raise TypeError(f"cannot store {type(term).__name__} {term!r} in an Oxigraph graph")

    def from_ox(self, term: Any) -> Node:
        if isinstance(term, ox.NamedNode):
            iri = term.value
            found = self._uris.get(iri)
            if found is None:
                if len(self._uris) >= _READ_CACHE_MAX:
                    self._uris.clear()
                found = self._uris[iri] = URIRef(iri)
            return found
        return from_ox(term)

    def subject_objects(self, predicate: Node) -> Iterator[tuple[Node, Node]]:
        """(subject, object) of every triple with ``predicate``: Graph.subject_objects without
        rdflib's per-triple layers. The page reads every triple of a graph this way, so terms
        are looked up by type and value in caches of their rdflib terms (a typed or plain
        literal too: rdflib makes and checks each Literal at some 5 µs)."""
        self.flush()
        uris, literals, plain = self._uris, self._literals, _XSD_STRING
        named, literal, term = ox.NamedNode, ox.Literal, self.from_ox
        for q in self.inner.quads_for_pattern(None, self.to_ox(predicate), None,
                                              ox.DefaultGraph()):
            s, o = q.subject, q.object
            kind = type(o)
            if kind is literal:
                value, language = o.value, o.language
                if language:
                    o = Literal(value, lang=language)
                else:
                    datatype = o.datatype.value
                    # Plain strings (most: sentences, labels) keyed by their value alone: a
                    # (value, datatype) key each cost ~150 bytes more, some 35 MB at 10,000
                    # articles.
                    key = value if datatype == plain else (value, datatype)
                    found = literals.get(key)
                    if found is None:
                        if len(literals) >= _READ_CACHE_MAX:
                            literals.clear()
                        found = literals[key] = (
                            Literal(value) if datatype == plain
                            else Literal(value, datatype=term(o.datatype)))
                    o = found
            elif kind is named:
                o = uris.get(o.value) or term(o)
            else:
                o = term(o)
            yield (uris.get(s.value) if type(s) is named else None) or term(s), o

    def drop_read_caches(self) -> None:
        """Empty the caches of rdflib terms read back (see :func:`drop_read_caches`)."""
        self._uris = {}
        self._literals = {}

    def _pattern(self, term: Node | None) -> Any:
        return None if term is None else self.to_ox(term)

    # -- rdflib Store API ---------------------------------------------------------------------

    def flush(self) -> None:
        if self._lines:
            data = "".join(self._lines).encode("utf-8")
            self._lines = []
            # lenient: the IRIs are not validated again. The lines are Oxigraph terms' own
            # N-Triples (kg.graph.rdf), checked when each term was made; at 1,000 articles this
            # parse took 0.30 CPU s instead of 0.42.
            self.inner.load(data, format=ox.RdfFormat.N_TRIPLES, lenient=True)
        if self._pending:
            self.inner.extend(self._pending)
            self._pending = []

    def add(self, triple: tuple[Node, Node, Node], context: Any = None, quoted: bool = False
            ) -> None:
        if self._lines:  # lines added before this triple go in first
            self.flush()
        s, p, o = triple
        self._pending.append(ox.Quad(self.to_ox(s), self.to_ox(p), self.to_ox(o)))
        if len(self._pending) >= _FLUSH_AT:
            self.flush()

    def add_ntriples(self, lines: list[str]) -> None:
        """Add triples given as N-Triples lines (each ending in a line break), in order; the
        list is copied, not kept. The lines must be made from Oxigraph terms (``str()`` of a
        ``NamedNode`` or ``Literal``): their IRIs are not checked again. kg.graph.rdf builds
        graphs this way: the store parses them in bulk for less than a pyoxigraph Quad per
        triple costs to make and insert."""
        if self._pending:  # quads added before these go in first
            self.flush()
        self._lines.extend(lines)
        if len(self._lines) >= _FLUSH_AT:
            self.flush()

    def addN(self, quads: Iterable[tuple[Node, Node, Node, Any]]) -> None:  # noqa: N802
        for s, p, o, _ in quads:
            self.add((s, p, o))

    def remove(self, triple: tuple[Node | None, Node | None, Node | None], context: Any = None
               ) -> None:
        self.flush()
        s, p, o = triple
        for quad in list(self.inner.quads_for_pattern(
                self._pattern(s), self._pattern(p), self._pattern(o), ox.DefaultGraph())):
            self.inner.remove(quad)

    def triples(self, pattern: tuple[Node | None, Node | None, Node | None], context: Any = None
                ) -> Iterator[tuple[tuple[Node, Node, Node], Iterator[Any]]]:
        self.flush()
        s, p, o = pattern
        try:
            quads = self.inner.quads_for_pattern(
                self._pattern(s), self._pattern(p), self._pattern(o), ox.DefaultGraph())
        except (TypeError, ValueError):  # e.g. a literal as subject: nothing can match
            return
        term = self.from_ox
        for q in quads:
            yield (term(q.subject), term(q.predicate), term(q.object)), iter(())

    def __len__(self, context: Any = None) -> int:
        self.flush()
        return len(self.inner)

    def contexts(self, triple: Any = None) -> Iterator[Any]:
        return iter(())

    def bind(self, prefix: str, namespace: URIRef, override: bool = True) -> None:
        if not override and (prefix in self._prefixes or namespace in self._namespaces):
            return
        old = self._prefixes.pop(prefix, None)
        if old is not None:
            self._namespaces.pop(old, None)
        old_prefix = self._namespaces.pop(namespace, None)
        if old_prefix is not None:
            self._prefixes.pop(old_prefix, None)
        self._prefixes[prefix] = namespace
        self._namespaces[namespace] = prefix

    def prefix(self, namespace: URIRef) -> str | None:
        return self._namespaces.get(namespace)

    def namespace(self, prefix: str) -> URIRef | None:
        return self._prefixes.get(prefix)

    def namespaces(self) -> Iterator[tuple[str, URIRef]]:
        yield from list(self._prefixes.items())


def from_ox(term: Any) -> Node:
    """pyoxigraph term → rdflib term (plain strings come back without a datatype)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"unexpected Oxigraph term {term!r}")


def subject_objects(graph: Graph, predicate: Node) -> Iterator[tuple[Node, Node]]:
    """``graph.subject_objects(predicate)``, straight from the Oxigraph store when it has one."""
    if isinstance(graph.store, OxigraphMemory):
        return graph.store.subject_objects(predicate)
    return graph.subject_objects(predicate)


def new_graph() -> Graph:
    """An empty rdflib Graph backed by an in-memory Oxigraph store."""
    return Graph(store=OxigraphMemory())


def oxigraph_of(graph: Graph) -> ox.Store | None:
    """The pyoxigraph store behind ``graph`` (flushed), or None for any other rdflib store."""
    store = graph.store
    if isinstance(store, OxigraphMemory):
        store.flush()
        return store.inner
    return None


def to_oxigraph(graph: Graph) -> ox.Store:
    """``graph``'s own store when it has one, else a new in-memory store holding its triples."""
    inner = oxigraph_of(graph)
    if inner is not None:
        return inner
    store = OxigraphMemory()
    for triple in graph:
        store.add(triple)
    store.flush()
    return store.inner


def drop_read_caches(graph: Graph | None) -> None:
    """Forget the rdflib terms ``graph``'s Oxigraph store keeps of what was read (nothing for
    other stores): after the page's one read of the whole graph they hold ~170 MB at 10,000
    articles that nothing reads again. Later reads make their terms again."""
    if graph is not None and isinstance(graph.store, OxigraphMemory):
        graph.store.drop_read_caches()
