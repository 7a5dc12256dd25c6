"""Who says so, when, and with which figures: the tables behind the page's panels.

For each event or claim the page shows its evidence as *source → sentence*: the claimants of
claims read from the same sentence (else the article's publisher or title), the article
(title, date, URL), the certainty and the date interval. Documents and sentences are stored
once and referred to by index, so a sentence behind several edges costs its text once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

import networkx as nx
from rdflib import Literal
from rdflib import namespace as ns
from rdflib.term import Node

from kg.graph.rdf import CachedNamespace
from kg.outputs.analysis import communities

# rdflib's own namespaces build and check a new term at every attribute read.
RDF, RDFS, DCTERMS = (CachedNamespace(str(n)) for n in (ns.RDF, ns.RDFS, ns.DCTERMS))
KG = CachedNamespace("https://example.org/kg/ontology#")
PROV = CachedNamespace("http://www.w3.org/ns/prov#")
SCHEMA = CachedNamespace("https://schema.org/")
CERTAINTY_ORDER = ("denied", "hedged", "estimated", "asserted")  # the first one found wins


def _text(value: Node | None) -> str:
    return str(value) if value is not None else ""


def _int(value: Node | None) -> int:
    try:
        return int(value) if isinstance(value, Literal) else 0
    except (TypeError, ValueError):
        return 0


def _number(value: Node | None) -> float | int | None:
    py = value.toPython() if isinstance(value, Literal) else None
    if isinstance(py, bool) or not isinstance(py, (int, float, Decimal)):
        return None
    return int(py) if isinstance(py, int) else float(py)


class Evidence:
    """Documents, sentences and evidence items of one graph (``index``:
    kg.outputs.viz.PredicateIndex)."""

    def __init__(self, index: Any, texts: Mapping[str, str] | None = None) -> None:
        self.index = index
        self.texts = texts or {}  # sha256 of the file → its decoded text (offsets refer to it)
        self.docs: list[dict[str, Any]] = []
        self.sentences: list[dict[str, Any]] = []
        self._doc_at: dict[Node, int] = {}
        self._sentence_at: dict[Node, int] = {}
        self._claim_items: dict[Node, dict[str, Any]] = {}

    def doc(self, node: Node | None) -> int:
        """Index of a document in ``docs`` (-1 for none)."""
        if node is None:
            return -1
        if node not in self._doc_at:
            ix = self.index
            publisher = ix.value(node, DCTERMS.publisher)
            if publisher is not None and not isinstance(publisher, Literal):
                publisher = ix.value(publisher, RDFS.label) or publisher
            url = _text(ix.value(node, SCHEMA.url))
            self._doc_at[node] = len(self.docs)
            self.docs.append({
                "file": _text(ix.value(node, KG.fileName)),
                "title": _text(ix.value(node, DCTERMS.title)),
                "date": _text(ix.value(node, DCTERMS.date))[:10],
                # only web links: the page makes it an <a href>
                "url": url if url.startswith(("https://", "http://")) else "",
                "publisher": _text(publisher),
                "text": self.texts.get(_text(ix.value(node, KG.sha256))),
            })
        return self._doc_at[node]

    def sentence(self, ev: Node, doc: int) -> int:
        if ev not in self._sentence_at:
            self._sentence_at[ev] = len(self.sentences)
            self.sentences.append({
                "doc": doc,
                "text": _text(self.index.value(ev, KG.sentence)),
                "start": _int(self.index.value(ev, KG.startChar)),
                "end": _int(self.index.value(ev, KG.endChar)),
            })
        return self._sentence_at[ev]

    def _claimants(self, ev: Node) -> tuple[list[str], str | None]:
        """Claimants of the claims read from the sentence ``ev``, and their strongest doubt."""
        ix = self.index
        people: set[str] = set()
        doubts: set[str] = set()
        for claim in ix.subjects(KG.evidence, ev):
            if KG.Claim not in ix.objects(claim, RDF.type):
                continue
            people.update(str(c) for c in (*ix.objects(claim, KG.claimant),
                                            *ix.subjects(KG.reports, claim)))
            doubts.add(_text(ix.value(claim, KG.certainty)) or "asserted")
        doubt = next((c for c in CERTAINTY_ORDER if c in doubts), None)
        return sorted(people), doubt

    def _when(self, event: Node, doc: int) -> dict[str, Any]:
        ix = self.index
        start = _text(ix.value(event, KG.dateStart))
        if start:
            return {"from": start, "to": _text(ix.value(event, KG.dateEnd)) or start,
                    "precision": _text(ix.value(event, KG.datePrecision)) or "day",
                    "dateSource": _text(ix.value(event, KG.dateSource)) or "sentence",
                    "asWritten": _text(ix.value(event, KG.date))}
        published = self.docs[doc]["date"] if doc >= 0 else ""
        return {"from": published or None, "to": published or None,
                "precision": "day" if published else None,
                "dateSource": "publication" if published else None,
                "asWritten": _text(ix.value(event, KG.date))}

    def items(self, event: Node, rel: str) -> dict[tuple[Node, Node | None], dict[str, Any]]:
        """(event, evidence node) → the evidence item of each sentence of ``event``."""
        ix = self.index
        fallback = ix.value(event, PROV.wasDerivedFrom)
        own = _text(ix.value(event, KG.certainty))
        statement = _text(ix.value(event, KG.statement)) if rel == "reports" else ""
        spans = sorted(ix.objects(event, KG.evidence), key=str) or [None]  # store order varies
        out = {}
        # A claim's own claimants; the sentence's doubt matters only if it states none itself.
        claimed = (sorted({str(c) for c in (*ix.objects(event, KG.claimant),
                                            *ix.subjects(KG.reports, event))})
                   if rel == "reports" else None)
        for ev in spans:
            doc = self.doc(ix.value(ev, KG.inDocument) or fallback if ev is not None else fallback)
            if claimed is not None:
                by = list(claimed)
                doubt = self._claimants(ev)[1] if ev is not None and not own else None
            else:
                by, doubt = self._claimants(ev) if ev is not None else ([], None)
            item = {
                "s": self.sentence(ev, doc) if ev is not None else -1,
                "doc": doc,
                "at": _int(ix.value(ev, KG.startChar)) if ev is not None else 0,
                "by": by,
                "certainty": own or doubt or "asserted",
                "statement": statement,
                **self._when(event, doc),
            }
            out[(event, ev)] = item
            if rel == "reports":
                self._claim_items.setdefault(event, item)
        return out

    def claims_and_figures(self, shown: set[str]) -> tuple[list[dict], list[dict], list[dict]]:
        """Every claim (source, statement, certainty, date, sentence), every figure (value,
        qualifier, unit, measure, subject, the conflict groups it belongs to) and every conflict
        group (kg:FigureConflict: unit group, period, member figures)."""
        ix = self.index
        claims: list[dict[str, Any]] = []
        figures: list[dict[str, Any]] = []
        fig_at: dict[Node, int] = {}
        ordered = sorted(self._claim_items.items(), key=lambda kv: (kv[1]["doc"], kv[1]["at"],
                                                                     str(kv[0])))
        for claim, item in ordered:
            row = {"id": str(claim), **item,
                   "about": sorted(str(a) for a in ix.objects(claim, KG.about)
                                   if str(a) in shown),
                   "figures": []}
            for fig in sorted(ix.objects(claim, KG.figure), key=str):
                subject = ix.value(fig, KG.figureSubject)
                fig_at[fig] = len(figures)
                row["figures"].append(len(figures))
                figures.append({
                    "claim": len(claims),
                    "value": _number(ix.value(fig, KG.value)),
                    "text": _text(ix.value(fig, KG.asStated)),
                    "qualifier": _text(ix.value(fig, KG.qualifier)),
                    "unit": _text(ix.value(fig, KG.unit)),
                    "measure": _text(ix.value(fig, KG.measure)) or "other",
                    "counted": _text(ix.value(fig, KG.counted)),
                    "subject": str(subject) if subject is not None and str(subject) in shown
                    else None,
                    "conflicts": [],  # indices into the conflict groups
                })
            claims.append(row)
        groups: list[dict[str, Any]] = []
        for node in sorted(ix.subjects(RDF.type, KG.FigureConflict), key=str):
            members = sorted(fig_at[f] for f in ix.objects(node, KG.conflictingFigure)
                             if f in fig_at)
            if len(members) < 2:
                continue
            for at in members:
                figures[at]["conflicts"].append(len(groups))
            groups.append({"id": str(node), "unit": _text(ix.value(node, KG.conflictUnit)),
                           "period": _text(ix.value(node, KG.conflictPeriod)),
                           "figures": members})
        return claims, figures, groups


def community_of(ids: Iterable[str], pairs: Iterable[tuple[str, str]]) -> dict[str, int]:
    """Community number of each node (0 = largest; nodes without edges each alone)."""
    graph = nx.Graph()
    graph.add_nodes_from(ids)
    graph.add_edges_from(pairs)
    return {node: i for i, group in enumerate(communities(graph)) for node in group}


def document_texts(documents: Iterable[Any]) -> dict[str, str]:
    """sha256 → decoded text of each built document, read again from its path (the build drops
    texts after parsing); a file that is gone or changed since is left out, with its sentences
    still shown."""
    from kg.inputs.ingest import Boilerplate, IngestError, read_document

    texts = {}
    boilerplate = Boilerplate.load()  # once: loading it per document cost ~6 ms each
    for doc in documents:
        try:
            again = read_document(doc.path, boilerplate=boilerplate)
        except (IngestError, OSError):
            continue
        if again.sha256 == doc.sha256:
            texts[doc.sha256] = again.text
    return texts
