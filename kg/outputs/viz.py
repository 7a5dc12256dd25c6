"""Render the knowledge graph as one self-contained, offline HTML page (vis-network).

Entities become nodes, the binary relations become edges whose evidence is gathered from the
event and claim nodes (see docs/graph-model.md). Graph text reaches the page only as escaped
JSON and is put into the DOM with ``textContent`` by ``templates/graph.js``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import unquote

from rdflib import Graph, Literal
from rdflib import namespace as ns
from rdflib.term import Node

from kg import jsonbytes
from kg.graph.oxgraph import subject_objects
from kg.graph.rdf import CachedNamespace

# rdflib's own namespaces build and check a new term at every attribute read.
OWL, RDF, RDFS, SKOS, DCTERMS = (CachedNamespace(str(n)) for n in (ns.OWL, ns.RDF, ns.RDFS,
                                                                   ns.SKOS, ns.DCTERMS))
KG = CachedNamespace("https://example.org/kg/ontology#")
PROV = CachedNamespace("http://www.w3.org/ns/prov#")

TEMPLATES = Path(__file__).parent.parent / "templates"


def _package_dir(name: str) -> Path:
    """An installed package's folder, found without importing it (pyvis imports networkx,
    jinja2 and IPython: half a second of every build for two vendored files)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"package {name!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


VIS_DIR = _package_dir("pyvis") / "lib" / "vis-9.1.2"

# Most specific first: a MediaOutlet is also an Agency if a reasoner added that type.
CLASS_PRIORITY = ("MediaOutlet", "Country", "Agency", "Company", "Person", "Region", "Weapon",
                  "Agreement")
# Legend order.
CLASS_ORDER = ("Country", "Agency", "Company", "MediaOutlet", "Person", "Region", "Weapon",
               "Agreement")
RELATION_ORDER = ("supplies", "deploys", "signed", "reports")
# Off when the page opens: claims are reached from the panels and the Figures/Claims views.
HIDDEN_RELATIONS = ("reports",)

# Okabe-Ito colours (colour-blind safe) plus a distinct vis shape per class.
CLASS_STYLES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "Country": ("#0072B2", "dot"),
        "Agency": ("#E69F00", "square"),
        "Company": ("#000000", "square"),
        "MediaOutlet": ("#CC79A7", "triangle"),
        "Person": ("#009E73", "diamond"),
        "Region": ("#56B4E9", "hexagon"),
        "Weapon": ("#D55E00", "star"),
        "Agreement": ("#8C7E00", "triangleDown"),
    }
)
RELATION_COLORS: Mapping[str, str] = MappingProxyType(
    {"supplies": "#C0392B", "deploys": "#1F618D", "signed": "#7D6608", "reports": "#6C6C6C"}
)

# Event class, source role, target roles for each relation (docs/graph-model.md, "Event nodes").
EVENT_ROLES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("supplies", "SupplyEvent", "supplier", ("recipient", "item")),
    ("deploys", "DeploymentEvent", "deployer", ("destination",)),
    ("signed", "SigningEvent", "party", ("agreement",)),
    ("reports", "Claim", "claimant", ("about",)),
)

DOCUMENT_LABEL_CHARS = 90  # a document's title as shown beside its evidence
ALIAS_CAP = 15
# Predicates the page looks up per subject in the graph rather than scanning whole: rdfs:label
# is on every event and claim (10,301 of 10,880 labels at 1,000 articles), but the page reads
# it only for entities, claimants and outlets (~600).
ASKED_PER_SUBJECT = frozenset({RDFS.label})
LARGE_GRAPH = 400  # above this many nodes: Barnes-Hut and a short stabilisation
WIKIDATA_IRI = re.compile(r"^https?://(?:www\.)?wikidata\.org/(?:entity|wiki)/(Q[0-9]+)$")
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_MARKER = re.compile(r"@@KG_([A-Z_]+)@@")


@dataclass
class _Edge:
    """One merged edge: every instance of a relation between one ordered pair."""

    rel: str
    source: str
    target: str
    # (event or claim, evidence node) → the evidence item the page shows
    evidence: dict[tuple[str, str | None], dict[str, Any]] = field(default_factory=dict)


def render_html(
    graph: Graph, *, title: str = "kg knowledge graph", view: dict[str, Any] | None = None
) -> str:
    """Return a complete offline HTML page drawing ``graph``'s entities and relations.

    ``view``: ``graph_view(graph)`` when the caller already has it (the build shares one view
    between the page, the picture and the summary).
    """
    return page_bytes(graph_view(graph) if view is None else view, title).decode(
        "utf-8", "surrogatepass")


class PredicateIndex:
    """subject → objects (and object → subjects), one scan of the graph per predicate asked
    for: per-node lookups (``graph.objects(event, …)`` for each of 100,000 events) cost a
    store query each."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        # A key's one node is kept as itself, several in a list: most subjects have one value
        # of a predicate, and a list each cost ~160 MB at 10,000 articles. Keyed by predicate,
        # one dict per direction: the page makes ~190,000 lookups at 1,000 articles, and a
        # (predicate, inverse) key made and hashed for each cost more than the lookup.
        self._forward: dict[Node, dict[Node, Node | list[Node]]] = {}
        self._inverse: dict[Node, dict[Node, Node | list[Node]]] = {}

    def _map(self, predicate: Node, inverse: bool = False) -> dict[Node, Node | list[Node]]:
        if not inverse and predicate in ASKED_PER_SUBJECT:
            self._forward[predicate] = _PerSubject(self.graph, predicate)
            return self._forward[predicate]
        found = (self._inverse if inverse else self._forward)[predicate] = {}
        get = found.get
        for s, o in subject_objects(self.graph, predicate):
            if inverse:
                s, o = o, s
            had = get(s)
            if had is None:
                found[s] = o
            elif type(had) is list:
                had.append(o)
            else:
                found[s] = [had, o]
        return found

    def objects(self, subject: Node | None, predicate: Node) -> Sequence[Node]:
        if subject is None:
            return ()
        by_subject = self._forward.get(predicate)
        if by_subject is None:
            by_subject = self._map(predicate)
        found = by_subject.get(subject)
        return () if found is None else found if type(found) is list else (found,)

    def subjects(self, predicate: Node, obj: Node) -> Sequence[Node]:
        by_object = self._inverse.get(predicate)
        if by_object is None:
            by_object = self._map(predicate, inverse=True)
        found = by_object.get(obj)
        return () if found is None else found if type(found) is list else (found,)

    def value(self, subject: Node | None, predicate: Node) -> Node | None:
        if subject is None:
            return None
        by_subject = self._forward.get(predicate)
        if by_subject is None:
            by_subject = self._map(predicate)
        found = by_subject.get(subject)
        return found[0] if type(found) is list else found


class _PerSubject(dict):
    """subject → objects of one predicate (as PredicateIndex keeps them), each subject's asked
    of the graph when it is first looked up: for a predicate whose triples are mostly about
    nodes nobody looks up."""

    def __init__(self, graph: Graph, predicate: Node) -> None:
        super().__init__()
        self.graph, self.predicate = graph, predicate

    def get(self, subject: Node, default: Any = None) -> Node | list[Node] | None:
        try:
            kept = self[subject]
        except KeyError:
            found = list(self.graph.objects(subject, self.predicate))
            kept = self[subject] = None if not found else found if len(found) > 1 else found[0]
        return default if kept is None else kept


def graph_view(graph: Graph, texts: Mapping[str, str] | None = None, *,
               index: PredicateIndex | None = None) -> dict[str, Any]:
    """The JSON-ready data the page draws: nodes, edges, classes/relations present, layout,
    and the tables behind the panels (documents, sentences, claims, figures; see
    ``kg.outputs.evidence``). ``texts``: sha256 → article text, embedded so that the page can open
    an article with the sentence marked (``kg.outputs.evidence.document_texts``). ``index``: a
    PredicateIndex of ``graph`` to share with the summary (its scans are most of the cost).

    Made from the graph's parts (:func:`kg.outputs.parts.view_parts`) by
    :func:`view_from_parts`, the one function kg add draws its page with too. Nothing in the
    view depends on the order the graph's store gives triples in: a graph read back from
    graph.ttl and extended (kg add) draws the same page as one built whole."""
    from kg.outputs.parts import view_parts

    return view_from_parts(view_parts(graph, texts, index=index))


def view_from_parts(parts: Any) -> dict[str, Any]:
    """The page data (see :func:`graph_view`) of a kg.outputs.parts.ViewParts: the edges
    merged, documents and sentences numbered, nodes sorted and grouped in communities."""
    from kg.heap import paused_gc

    with paused_gc():
        return _view_from_parts(parts)


def _view_from_parts(parts: Any) -> dict[str, Any]:
    from kg.outputs.evidence import Numbering, community_of

    entities = parts.entities
    num = Numbering(parts)
    edges = _edges(parts, num)
    degree = _degrees(edges)
    nodes = []
    for iri, (label, cls, aliases, alias_count, wikidata, docs, mentions) in entities.items():
        d = degree.get(iri, 0)
        nodes.append({"id": iri, "label": label, "cls": cls, "aliases": list(aliases),
                      "aliasCount": alias_count, "wikidata": wikidata, "docs": docs,
                      "mentions": mentions, "degree": d,
                      # Documents are the spec's size measure; degree keeps undocumented nodes
                      # distinguishable.
                      "value": docs if docs else d})
    nodes.sort(key=lambda d: (CLASS_ORDER.index(d["cls"]), d["label"].casefold(), d["id"]))
    group = community_of([n["id"] for n in nodes],
                         [(e.source, e.target) for e in edges if e.rel != "reports"])
    for n in nodes:
        n["community"] = group[n["id"]]
    edge_data = [_edge_data(i, e) for i, e in enumerate(edges)]
    claims, figures, conflicts = num.claims_and_figures({n["id"] for n in nodes})
    return {
        "nodes": nodes,
        "edges": edge_data,
        "classes": _counts(CLASS_ORDER, (d["cls"] for d in nodes)),
        "relations": _counts(RELATION_ORDER, (d["rel"] for d in edge_data)),
        "large": len(nodes) > LARGE_GRAPH,
        "styles": {c: {"color": col, "shape": shape} for c, (col, shape) in CLASS_STYLES.items()},
        "relColors": dict(RELATION_COLORS),
        "hiddenRelations": list(HIDDEN_RELATIONS),
        "docs": num.docs,
        "sentences": num.sentences,
        "claims": claims,
        "figures": figures,
        "conflicts": conflicts,
    }


def _entities(index: PredicateIndex) -> dict[Node, str]:
    """Every entity node with its (most specific) class."""
    found: dict[Node, str] = {}
    for cls in CLASS_PRIORITY:
        for node in index.subjects(RDF.type, KG[cls]):
            found.setdefault(node, cls)
    return found


def _text(value: Node | None) -> str:
    return str(value) if value is not None else ""


def document_label(index: PredicateIndex, doc: Node | None) -> str:
    """A document as a reader knows it: "Title (outlet, 2024-10-18)", else its file name."""
    return label_of_document(*(None if v is None else str(v) for v in (
        index.value(doc, DCTERMS.title), index.value(doc, KG.fileName),
        index.value(doc, DCTERMS.publisher), index.value(doc, DCTERMS.date))))


def label_of_document(title: str | None, file: str | None, publisher: str | None,
                      date: str | None) -> str:
    """:func:`document_label` of a document's title, file name, publisher and date."""
    if not title:
        return file or ""
    if len(title) > DOCUMENT_LABEL_CHARS:  # a first paragraph standing in for a headline
        title = title[: DOCUMENT_LABEL_CHARS - 1].rstrip() + "…"
    about = ", ".join(v for v in (publisher, date) if v is not None)
    return f"{title} ({about})" if about else title


def _label(index: PredicateIndex, node: Node) -> str:
    """rdfs:label, else the IRI's last segment made readable."""
    labels = sorted(str(x) for x in index.objects(node, RDFS.label) if isinstance(x, Literal))
    if labels:
        return labels[0]
    tail = re.split(r"[/#]", str(node).rstrip("/#"))[-1]
    return unquote(tail).replace("_", " ") or str(node)


def _wikidata(index: PredicateIndex, node: Node) -> str | None:
    """A Wikidata page URL if the entity is owl:sameAs a Wikidata item."""
    for same in sorted(str(x) for x in index.objects(node, OWL.sameAs)):
        match = WIKIDATA_IRI.match(same)
        if match:
            return f"https://www.wikidata.org/wiki/{match.group(1)}"
    return None


def entity_part(index: PredicateIndex, node: Node, cls: str) -> list:
    """[label, class, aliases (capped), alias count, Wikidata URL, documents, mentions] of an
    entity (kg.outputs.parts.ViewParts.entities)."""
    # Through the index, one scan per predicate: five store queries per entity cost more.
    label = _label(index, node)
    aliases = sorted(
        {str(a) for a in index.objects(node, SKOS.altLabel)} - {label},
        key=lambda a: (a.casefold(), a),  # the tie-break keeps the page byte-identical
    )
    docs = len(set(index.objects(node, KG.mentionedIn)))
    mentions = index.value(node, KG.mentionCount)
    return [label, cls, aliases[:ALIAS_CAP], len(aliases), _wikidata(index, node), docs,
            int(mentions) if isinstance(mentions, Literal) and _is_int(mentions) else None]


def _is_int(value: Literal) -> bool:
    try:
        int(value)
    except (TypeError, ValueError):
        return False
    return True


def _edges(parts: Any, num: Any) -> list[_Edge]:
    """Merged edges from the binary triples and from the events that carry their evidence."""
    entities = parts.entities
    merged: dict[tuple[str, str, str], _Edge] = {}

    def edge(rel: str, source: str, target: str) -> _Edge | None:
        if source not in entities or target not in entities:
            return None
        key = (rel, source, target)
        if key not in merged:
            merged[key] = _Edge(rel, source, target)
        return merged[key]

    for rel, source, target in parts.pairs:
        edge(rel, source, target)
    # Events imply their binary triples (docs/graph-model.md), so an event adds its edge if
    # the simple view lacks it, and always adds its evidence. By IRI: documents and sentences
    # are numbered in the order events are met.
    for rel in RELATION_ORDER:
        events = parts.events.get(rel, {})
        for event in sorted(events):
            part = events[event]
            items = num.items(event, rel, part)
            for source in part[0]:
                for target in part[1]:
                    found = edge(rel, source, target)
                    if found is not None:
                        found.evidence.update(items)
    return sorted(merged.values(), key=lambda e: (e.rel, e.source, e.target))


def event_ends(index: PredicateIndex) -> Iterator[tuple[str, Node, set[Node], set[Node]]]:
    """(relation, event, its sources, its targets) for every event and claim: the ends of the
    edges it stands behind (``EVENT_ROLES``)."""
    for rel, event_cls, source_role, target_roles in EVENT_ROLES:
        # by IRI: documents and sentences are numbered in the order events are met
        for event in sorted(index.subjects(RDF.type, KG[event_cls]), key=str):
            sources = set(index.objects(event, KG[source_role]))
            if rel == "reports":
                sources.update(index.subjects(KG.reports, event))
            targets = {t for role in target_roles for t in index.objects(event, KG[role])}
            yield rel, event, sources, targets


def _degrees(edges: Iterable[_Edge]) -> dict[str, int]:
    degree: dict[str, int] = {}
    for e in edges:
        degree[e.source] = degree.get(e.source, 0) + 1
        degree[e.target] = degree.get(e.target, 0) + 1
    return degree


def _edge_data(index: int, edge: _Edge) -> dict[str, Any]:
    # in reading order: by document, then offset (the graph's own order is its store's)
    items = sorted(edge.evidence.values(), key=lambda it: (it["doc"], it["at"], it["s"]))
    certainties = {it["certainty"] for it in items}
    # Drawn as stated when any sentence states or estimates it; dashed when only hedged/denied.
    certainty = ("asserted" if certainties & {"asserted", "estimated"} or not items
                 else "hedged" if "hedged" in certainties else "denied")
    return {
        "id": f"e{index}",
        "from": edge.source,
        "to": edge.target,
        "rel": edge.rel,
        "label": edge.rel,
        "evidence": items,  # as kg.outputs.evidence.Numbering.items makes them
        "evidenceCount": len(items),
        "docCount": len({it["doc"] for it in items if it["doc"] >= 0}),
        "certainty": certainty,
        "value": len(items) or 1,
    }


def _counts(order: tuple[str, ...], values: Iterator[str]) -> dict[str, int]:
    """Occurrences of each value present, in ``order``."""
    seen: dict[str, int] = {}
    for v in values:
        seen[v] = seen.get(v, 0) + 1
    return {k: seen[k] for k in order if k in seen}


def json_for_script(data: Any) -> str:
    """JSON that is inert inside a ``<script>`` element: no ``<``, ``>``, ``&``, U+2028/9."""
    return _script_json(data).decode("utf-8", "surrogatepass")


def _script_json(data: Any) -> bytes:
    """:func:`json_for_script` as UTF-8 bytes: the page is assembled as bytes, so its ~100 MB
    of data is never copied into a str and back (kg.jsonbytes: orjson, the same bytes)."""
    text = jsonbytes.dumps(data)
    for char, escaped in _JSON_ESCAPES.items():  # one C pass each: a page holds many "&"
        text = text.replace(char.encode("utf-8"), escaped.encode("ascii"))
    return text


def _script_json_pieces(data: Any) -> Iterator[bytes]:
    """:func:`_script_json` in pieces, one per key of a dict (the same bytes joined): each
    escaping pass copies what it escapes, so the page's ~100 MB of data made whole were held
    twice while it was escaped, and the pieces of 10,000 articles are at most ~40 MB each."""
    if not isinstance(data, dict) or not data or not all(type(k) is str for k in data):
        yield _script_json(data)
        return
    for i, (key, value) in enumerate(data.items()):
        yield (b"," if i else b"{") + _script_json(key) + b":"
        yield _script_json(value)
    yield b"}"


def _inline(text: str, tag: str) -> str:
    """Vendor code made safe to inline: it must not close its own element early."""
    return re.sub(rf"</({tag})", r"<\\/\1", text, flags=re.IGNORECASE)


def _shape_icon(shape: str, color: str) -> str:
    """A small inline SVG of a vis shape for the legend (constants only, no graph text)."""
    paths = {
        "dot": '<circle cx="8" cy="8" r="6"/>',
        "square": '<rect x="2.5" y="2.5" width="11" height="11"/>',
        "triangle": '<polygon points="8,1.5 14.5,14 1.5,14"/>',
        "triangleDown": '<polygon points="1.5,2 14.5,2 8,14.5"/>',
        "diamond": '<polygon points="8,1 15,8 8,15 1,8"/>',
        "hexagon": '<polygon points="4.5,2 11.5,2 15,8 11.5,14 4.5,14 1,8"/>',
        "star": '<polygon points="8,1 9.9,5.9 15,6.2 11,9.5 12.4,14.6 8,11.8 3.6,14.6 5,9.5 '
        '1,6.2 6.1,5.9"/>',
    }
    return (
        f'<svg class="kg-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" '
        f'fill="{color}" stroke="#333" stroke-width="0.8">{paths[shape]}</svg>'
    )


def _legend_row(kind: str, key: str, swatch: str, count: int) -> str:
    """One legend entry with its filter checkbox (``kind`` is "class" or "rel")."""
    name = html.escape(key)
    checked = "" if kind == "rel" and key in HIDDEN_RELATIONS else " checked"
    return (
        f'<li><label><input type="checkbox" id="kg-filter-{kind}-{name}" data-{kind}="{name}"'
        f'{checked}> {swatch} <span class="kg-name">{name}</span> '
        f'<span class="kg-count">{count}</span></label></li>'
    )


def _legend(view: Mapping[str, Any]) -> str:
    """Class legend: shape and colour per entity class present."""
    rows = [
        _legend_row("class", cls, _shape_icon(CLASS_STYLES[cls][1], CLASS_STYLES[cls][0]), n)
        for cls, n in view["classes"].items()
    ]
    return "\n".join(rows) or '<li class="kg-muted">none</li>'


def _relation_legend(view: Mapping[str, Any]) -> str:
    """Relation legend: line colour per relation present."""
    line = '<span class="kg-line" style="background:{}"></span>'
    rows = [
        _legend_row("rel", rel, line.format(RELATION_COLORS[rel]), n)
        for rel, n in view["relations"].items()
    ]
    return "\n".join(rows) or '<li class="kg-muted">none</li>'


def _html_text(text: str) -> str:
    """Escape for HTML text and attributes; line separators as references too."""
    return html.escape(text).replace("\u2028", "&#x2028;").replace("\u2029", "&#x2029;")


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def page_bytes(view: Mapping[str, Any], title: str) -> bytes:
    """The page of ``view`` (see :func:`graph_view`) as the UTF-8 bytes written to graph.html."""
    return b"".join(page_pieces(view, title))


def page_pieces(view: Mapping[str, Any], title: str) -> Iterator[bytes]:
    """:func:`page_bytes` in pieces (head, the data a piece per key, tail), made as they are
    taken, for a caller that writes them one after the other: the page of 10,000 articles
    (~110 MB) was held whole, and twice while it was joined and while its data was escaped."""
    empty = (
        '<p id="kg-empty">The graph is empty: there are no entities to show.</p>'
        if not view["nodes"]
        else ""
    )
    vis_js = _inline((VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8"), "script")
    app_js = _inline((TEMPLATES / "graph.js").read_text(encoding="utf-8"), "script")
    parts = {
        "TITLE": _html_text(title),
        "VIS_CSS": _inline((VIS_DIR / "vis-network.css").read_text(encoding="utf-8"), "style"),
        "APP_CSS": _inline((TEMPLATES / "graph.css").read_text(encoding="utf-8"), "style"),
        "VIS_JS": vis_js,
        "APP_JS": app_js,
        # Only these two scripts may run: an injected handler or script would be refused
        # even if escaping ever failed.
        "SCRIPT_HASHES": " ".join(_csp_hash(js) for js in (vis_js, app_js)),
        "CLASS_LEGEND": _legend(view),
        "REL_LEGEND": _relation_legend(view),
        "SUMMARY": f"{len(view['nodes'])} entities, {len(view['edges'])} relations",
        "EMPTY": empty,
    }
    template = (TEMPLATES / "graph.html").read_text(encoding="utf-8")
    # The data goes in as bytes between the template's two halves, each filled in one pass,
    # so inserted text (vendor code, data) is never scanned for markers again.
    head, _, tail = template.partition("@@KG_DATA@@")
    # surrogatepass: a title from a folder name that is not UTF-8 (render_html's str is then
    # the one it always was)
    head, tail = (_MARKER.sub(lambda m: parts[m.group(1)], half).encode("utf-8", "surrogatepass")
                  for half in (head, tail))
    yield head
    yield from _script_json_pieces(view)
    yield tail


__all__ = ["graph_view", "json_for_script", "page_bytes", "page_pieces", "render_html"]
