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
    """The parts (kg.outputs.parts.ViewParts) of the events, documents and sentences of one
    graph (``index``: kg.outputs.viz.PredicateIndex): what each contributes to the page,
    keyed by IRI; :class:`Numbering` numbers them."""

    def __init__(self, index: Any) -> None:
        self.index = index
        self.docs: dict[str, list] = {}
        self.sentences: dict[str, list] = {}
        self._typed = {str(d) for d in index.subjects(RDF.type, KG.Document)}
        self._claims = set(index.subjects(RDF.type, KG.Claim))

    def doc(self, node: Node | None) -> str | None:
        """The IRI of a document, its part made."""
        if node is None:
            return None
        key = str(node)
        if key not in self.docs:
            ix = self.index
            publisher = ix.value(node, DCTERMS.publisher)
            raw = None if publisher is None else str(publisher)
            if publisher is not None and not isinstance(publisher, Literal):
                publisher = ix.value(publisher, RDFS.label) or publisher
            self.docs[key] = [_optional(ix.value(node, KG.fileName)),
                              _optional(ix.value(node, DCTERMS.title)),
                              _optional(ix.value(node, DCTERMS.date)),
                              _optional(ix.value(node, SCHEMA.url)), _text(publisher), raw,
                              _text(ix.value(node, KG.sha256)), key in self._typed]
        return key

    def _claimants(self, ev: Node) -> tuple[list[str], str | None]:
        """Claimants of the claims read from the sentence ``ev``, and their strongest doubt."""
        ix = self.index
        people: set[str] = set()
        doubts: set[str] = set()
        for claim in ix.subjects(KG.evidence, ev):
            if claim not in self._claims:
                continue
            people.update(str(c) for c in (*ix.objects(claim, KG.claimant),
                                            *ix.subjects(KG.reports, claim)))
            doubts.add(_text(ix.value(claim, KG.certainty)) or "asserted")
        doubt = next((c for c in CERTAINTY_ORDER if c in doubts), None)
        return sorted(people), doubt

    def event(self, event: Node, rel: str, sources: Iterable[Node], targets: Iterable[Node]
              ) -> list:
        """The part of an event or claim (see kg.outputs.parts.ViewParts.events, without the
        claim's own fields)."""
        ix = self.index
        fallback = ix.value(event, PROV.wasDerivedFrom)
        own = _text(ix.value(event, KG.certainty))
        statement = _text(ix.value(event, KG.statement)) if rel == "reports" else ""
        spans = sorted(ix.objects(event, KG.evidence), key=str) or [None]  # store order varies
        # A claim's own claimants; the sentence's doubt matters only if it states none itself.
        claimed = sorted({str(c) for c in sources}) if rel == "reports" else None
        out = []
        for ev in spans:
            doc = self.doc(ix.value(ev, KG.inDocument) or fallback if ev is not None else fallback)
            if claimed is not None:
                by = claimed
                doubt = self._claimants(ev)[1] if ev is not None and not own else None
            else:
                by, doubt = self._claimants(ev) if ev is not None else ([], None)
            if ev is not None and str(ev) not in self.sentences:
                self.sentences[str(ev)] = [_text(ix.value(ev, KG.sentence)),
                                           _int(ix.value(ev, KG.startChar)),
                                           _int(ix.value(ev, KG.endChar))]
            out.append([None if ev is None else str(ev), doc, by, own or doubt or "asserted"])
        start = _text(ix.value(event, KG.dateStart))
        when = ([start, _text(ix.value(event, KG.dateEnd)) or start,
                 _text(ix.value(event, KG.datePrecision)) or "day",
                 _text(ix.value(event, KG.dateSource)) or "sentence"] if start else None)
        return [sorted(str(s) for s in sources), sorted(str(t) for t in targets), statement,
                when, _text(ix.value(event, KG.date)), out]


def _optional(value: Node | None) -> str | None:
    return None if value is None else str(value)


class Numbering:
    """Documents and sentences numbered in the order the page meets them, and the evidence
    items that refer to them by number (from kg.outputs.parts.ViewParts ``parts``)."""

    def __init__(self, parts: Any) -> None:
        self.parts = parts
        self.docs: list[dict[str, Any]] = []
        self.sentences: list[dict[str, Any]] = []
        self._doc_at: dict[str, int] = {}
        self._sentence_at: dict[str, int] = {}
        self._claim_items: dict[str, dict[str, Any]] = {}

    def doc(self, iri: str | None) -> int:
        """Index of a document in ``docs`` (-1 for none)."""
        if iri is None:
            return -1
        at = self._doc_at.get(iri)
        if at is None:
            file, title, date, url, publisher, _, sha, _ = self.parts.docs[iri]
            at = self._doc_at[iri] = len(self.docs)
            self.docs.append({
                "file": file or "",
                "title": title or "",
                "date": (date or "")[:10],
                # only web links: the page makes it an <a href>
                "url": url if url and url.startswith(("https://", "http://")) else "",
                "publisher": publisher,
                "text": self.parts.texts.get(sha),
            })
        return at

    def sentence(self, ev: str, doc: int) -> int:
        at = self._sentence_at.get(ev)
        if at is None:
            text, start, end = self.parts.sentences[ev]
            at = self._sentence_at[ev] = len(self.sentences)
            self.sentences.append({"doc": doc, "text": text, "start": start, "end": end})
        return at

    def items(self, event: str, rel: str, part: list) -> dict[tuple[str, str | None],
                                                             dict[str, Any]]:
        """(event, evidence) → the evidence item of each sentence of ``event``, as an edge of
        the page lists it: empty optional fields (by, statement, asWritten) left out, which
        at 1,000 articles were a fifth of the page. A claim's first item, whole, is its row's."""
        _, _, statement, when, written, spans = part[:6]
        out = {}
        for ev, doc_iri, by, certainty in spans:
            doc = self.doc(doc_iri)
            if when is not None:
                start, end, precision, source = when
            else:
                published = self.docs[doc]["date"] if doc >= 0 else ""
                start = end = published or None
                precision = "day" if published else None
                source = "publication" if published else None
            s = self.sentence(ev, doc) if ev is not None else -1
            at = self.parts.sentences[ev][1] if ev is not None else 0
            shown: dict[str, Any] = {"s": s, "doc": doc, "at": at}
            if by:
                shown["by"] = list(by)
            shown["certainty"] = certainty
            if statement:
                shown["statement"] = statement
            shown.update({"from": start, "to": end, "precision": precision, "dateSource": source})
            if written:
                shown["asWritten"] = written
            out[(event, ev)] = shown
            if rel == "reports" and event not in self._claim_items:
                self._claim_items[event] = {
                    "s": s, "doc": doc, "at": at, "by": list(by), "certainty": certainty,
                    "statement": statement, "from": start, "to": end, "precision": precision,
                    "dateSource": source, "asWritten": written}
        return out

    def claims_and_figures(self, shown: set[str]) -> tuple[list[dict], list[dict], list[dict]]:
        """Every claim (source, statement, certainty, date, sentence), every figure (value,
        qualifier, unit, measure, subject, the conflict groups it belongs to) and every conflict
        group (kg:FigureConflict: unit group, period, member figures)."""
        parts = self.parts
        claims: list[dict[str, Any]] = []
        figures: list[dict[str, Any]] = []
        fig_at: dict[str, int] = {}
        ordered = sorted(self._claim_items.items(), key=lambda kv: (kv[1]["doc"], kv[1]["at"],
                                                                     kv[0]))
        reports = parts.events.get("reports", {})
        for claim, item in ordered:
            about, figs = reports[claim][6][:2]
            row = {"id": claim, **item, "about": [a for a in about if a in shown],
                   "figures": []}
            for fig in figs:
                value, text, qualifier, unit, measure, counted, subject = parts.figures[fig][:7]
                fig_at[fig] = len(figures)
                row["figures"].append(len(figures))
                figures.append({
                    "claim": len(claims),
                    "value": value,
                    "text": text,
                    "qualifier": qualifier,
                    "unit": unit,
                    "measure": measure or "other",
                    "counted": counted,
                    "subject": subject if subject is not None and subject in shown else None,
                    "conflicts": [],  # indices into the conflict groups
                })
            claims.append(row)
        groups: list[dict[str, Any]] = []
        for node in sorted(parts.groups):
            unit, period, member_iris = parts.groups[node]
            members = sorted(fig_at[f] for f in member_iris if f in fig_at)
            if len(members) < 2:
                continue
            for at in members:
                figures[at]["conflicts"].append(len(groups))
            groups.append({"id": node, "unit": unit, "period": period, "figures": members})
        return claims, figures, groups


def community_of(ids: Iterable[str], pairs: Iterable[tuple[str, str]]) -> dict[str, int]:
    """Community number of each node (0 = largest; nodes without edges each alone)."""
    graph = nx.Graph()
    graph.add_nodes_from(ids)
    graph.add_edges_from(pairs)
    return {node: i for i, group in enumerate(communities(graph)) for node in group}


def document_texts(documents: Iterable[Any], known: Mapping[str, str] | None = None
                   ) -> dict[str, str]:
    """sha256 → decoded text of each built document, read again from its path (the build drops
    texts after parsing); a file that is gone or changed since is left out, with its sentences
    still shown. ``known``: sha256 → text of the documents the build kept from its own read
    (kg.building.pipeline.BuildResult.texts), taken as they are instead of read again."""
    from kg.inputs.ingest import Boilerplate, IngestError, read_document

    texts = {}
    boilerplate = None  # loaded once, if any document is read: per document it cost ~6 ms each
    for doc in documents:
        if known is not None and (text := known.get(doc.sha256)) is not None:
            texts[doc.sha256] = text
            continue
        if boilerplate is None:
            boilerplate = Boilerplate.load()
        try:
            again = read_document(doc.path, boilerplate=boilerplate)
        except (IngestError, OSError):
            continue
        if again.sha256 == doc.sha256:
            texts[doc.sha256] = again.text
    return texts
