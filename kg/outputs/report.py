"""Reports for readers who will not open the page: a Markdown summary and a static PNG picture.

Both read the same view of the graph as the HTML page (``kg.outputs.viz.graph_view``), so the
counts, edges, colours and shapes agree with what the page shows.
"""

from __future__ import annotations

import html
import io
import math
import re
import warnings
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import numpy as np
from rdflib import RDFS, Graph, Literal
from rdflib.term import Node

from kg.outputs.parts import ViewParts, view_parts
from kg.outputs.viz import (
    CLASS_ORDER,
    CLASS_STYLES,
    EVENT_ROLES,
    KG,
    PROV,
    RELATION_COLORS,
    RELATION_ORDER,
    PredicateIndex,
    document_label,
    graph_view,
    label_of_document,
    view_from_parts,
)

TOP_ENTITIES = 15
TABLE_ROWS = 200  # relation and claim rows written; the rest are counted, not listed
CELL_CHARS = 200  # longer cell text is cut with "…"

# The page's vis-network shapes as matplotlib markers, so both legends look alike.
MARKERS: Mapping[str, str] = MappingProxyType(
    {
        "dot": "o",
        "square": "s",
        "triangle": "^",
        "diamond": "D",
        "hexagon": "h",
        "star": "*",
        "triangleDown": "v",
    }
)
# Markers drawn smaller than a circle of the same area parameter are scaled up to look even.
MARKER_SCALE: Mapping[str, float] = MappingProxyType({"*": 1.8, "D": 0.7, "s": 0.8})
PNG_SIZE = (1600, 1000)  # pixels
PNG_DPI = 100
LABEL_ALL_MAX = 150  # up to this many nodes every node is labelled ...
LABEL_TOP = 40  # ... above it, only this many, those with the most relations
MAX_DRAWN = 2000  # above this many entities only the best connected are drawn (time bound)
LAYOUT_ITERATIONS = 80
LABEL_CHARS = 32

_BREAKS = re.compile(r"[\s\x00-\x1f\x7f]+")  # \s covers U+0085, U+2028/9 and other spaces
# Backslash-escaping ASCII punctuation is always literal in CommonMark/GFM; these are the
# characters that could start emphasis, code, links, strikethrough or end a table cell.
_MD_PUNCT = re.compile(r"([\\`*_\[\]|~])")
_INTRAWORD_UNDERSCORE = re.compile(r"(?<=[^\W_])\\_(?=[^\W_])")


# ---------------------------------------------------------------------------------------------
# Markdown summary


def summary_markdown(graph: Graph | None, *, title: str,
                     timings: Mapping[str, float] | None = None,
                     view: dict[str, Any] | None = None,
                     index: PredicateIndex | None = None, parts: ViewParts | None = None) -> str:
    """A Markdown report of ``graph``: counts, top entities, relations and claimed figures.

    Every piece of graph text is escaped, so article text cannot break a table or inject HTML
    when the Markdown is rendered. Long tables stop after ``TABLE_ROWS`` rows and say so.
    ``index``: the PredicateIndex the view was made with (one scan of each predicate for both);
    ``parts``: the graph's kg.outputs.parts.ViewParts, read from them instead of the graph
    (``graph`` may then be None), and ``view`` made from them.
    """
    if parts is None:
        parts = view_parts(graph, index=index)
        view = None
    view = view_from_parts(parts) if view is None else view
    labels = {n["id"]: n["label"] for n in view["nodes"]}
    sections = [
        [f"# {md_text(title)}"],
        _counts_section(parts, view),
        _top_entities_section(view),
        _relations_section(view, labels),
        _claims_section(parts, labels),
        _conflicts_section(view, labels),
        _timeline_section(view, labels),
        _documents_section(parts),
    ]
    if timings:
        sections.append(_timings_section(timings))
    return "\n\n".join("\n".join(p) for p in sections) + "\n"


def md_text(value: object) -> str:
    """``value`` as one line of literal Markdown text, safe inside a table cell.

    Runs of white space, line breaks and control characters become one space (a newline
    would end the table row),
    ``&``/``<``/``>`` become entities (no raw HTML), and Markdown punctuation is
    backslash-escaped (no code spans, links, emphasis or cell breaks).
    """
    text = _BREAKS.sub(" ", str(value)).strip()
    if len(text) > CELL_CHARS:
        text = text[: CELL_CHARS - 1].rstrip() + "…"
    text = _MD_PUNCT.sub(r"\\\1", html.escape(text, quote=False))
    # An underscore between two letters or digits cannot start or end emphasis: keep file
    # names such as 000_76ef.txt readable in the raw Markdown.
    return _INTRAWORD_UNDERSCORE.sub("_", text)


def _table(header: Sequence[str], rows: Iterable[Sequence[object]], align: str) -> list[str]:
    """A GFM table; ``align`` has one letter per column, ``l`` or ``r``."""
    rule = ["---:" if a == "r" else "---" for a in align]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(rule) + " |"]
    lines += ["| " + " | ".join(md_text(c) for c in row) + " |" for row in rows]
    return lines


def _capped(rows: list[Sequence[object]], header: Sequence[str], align: str, what: str
            ) -> list[str]:
    lines = _table(header, rows[:TABLE_ROWS], align)
    if len(rows) > TABLE_ROWS:
        lines += ["", f"… and {len(rows) - TABLE_ROWS:,} more {what} (query graph.ttl for all)."]
    return lines


def _counts_section(parts: ViewParts, view: Mapping[str, Any]) -> list[str]:
    classes: Mapping[str, int] = view["classes"]
    counts = parts.counts
    rows: list[Sequence[object]] = [
        ("documents", counts.get("Document", 0)),
        ("entities", len(view["nodes"])),
        *((f"· {cls}", classes[cls]) for cls in CLASS_ORDER if cls in classes),
        ("claims", counts.get("Claim", 0)),
        ("figures", counts.get("Figure", 0)),
        ("triples", parts.triples),
    ]
    instances = {rel: counts.get(event_cls, 0) for rel, event_cls, _, _ in EVENT_ROLES}
    pairs: Mapping[str, int] = view["relations"]
    rel_rows = [(rel, instances.get(rel, 0), pairs.get(rel, 0)) for rel in RELATION_ORDER]
    return [
        "## Counts",
        "",
        *_table(("item", "count"), rows, "lr"),
        "",
        "Relations: *instances* are the event and claim nodes (one per sentence); *pairs* are "
        "the distinct subject–object links drawn on the page.",
        "",
        *_table(("relation", "instances", "pairs"), rel_rows, "lrr"),
    ]


def _top_entities_section(view: Mapping[str, Any]) -> list[str]:
    ranked = sorted(
        view["nodes"],
        key=lambda n: (-n["docs"], -(n["mentions"] or 0), n["label"].casefold(), n["id"]),
    )
    rows = [
        (n["label"], n["cls"], n["docs"], "" if n["mentions"] is None else n["mentions"],
         n["degree"])
        for n in ranked[:TOP_ENTITIES]
    ]
    return [
        "## Top entities",
        "",
        "By the number of documents that mention them, then by mentions.",
        "",
        *_table(("entity", "class", "documents", "mentions", "relations"), rows, "llrrr"),
    ]


def _relations_section(view: Mapping[str, Any], labels: Mapping[str, str]) -> list[str]:
    edges = [e for e in view["edges"] if e["rel"] != "reports"]  # claims have their own table
    edges.sort(key=lambda e: (-e["evidenceCount"], -e["docCount"], RELATION_ORDER.index(e["rel"]),
                              labels[e["from"]].casefold(), labels[e["to"]].casefold(),
                              e["from"], e["to"]))
    rows: list[Sequence[object]] = [
        (labels[e["from"]], e["rel"], labels[e["to"]], e["evidenceCount"], e["docCount"])
        for e in edges
    ]
    header = ("subject", "relation", "object", "sentences", "documents")
    return [
        "## Relations",
        "",
        "Each `supplies`, `deploys` and `signed` link once, with the number of sentences and "
        "documents that support it.",
        "",
        *(_capped(rows, header, "lllrr", "relations") if rows else ["None found."]),
    ]


def _name(index: PredicateIndex, node: Node, labels: Mapping[str, str]) -> str:
    """A node's name in the summary (kg.api's claims table reads it too)."""
    if str(node) in labels:
        return labels[str(node)]
    label = index.value(node, RDFS.label)
    return str(label) if label is not None else str(node)


def _claim_documents(index: PredicateIndex, claim: Node) -> list[str]:
    """The documents a claim was read from (evidence first, then provenance), by title."""
    docs = {d for ev in index.objects(claim, KG.evidence)
            for d in index.objects(ev, KG.inDocument)}
    docs = docs or set(index.objects(claim, PROV.wasDerivedFrom))
    return sorted(document_label(index, d) or str(d) for d in docs)


def _documents_section(parts: ViewParts) -> list[str]:
    """Each article by title, with its date, outlet and address: newest first."""
    rows = []
    for doc, (file, title, date, url, _, publisher, _, typed) in parts.docs.items():
        if not typed:
            continue
        where = (publisher, url or file)
        rows.append(("" if date is None else date, title or file or doc,
                     " · ".join(w for w in where if w is not None)))
    rows.sort(key=lambda r: (r[1], r[2]))
    rows.sort(key=lambda r: r[0], reverse=True)  # newest first; undated ("") last
    header = ("date", "title", "outlet · address (or file)")
    return ["## Documents", "", *_capped(rows, header, "lll", "documents")]


def figure_number(value: Node | None) -> tuple[float, str]:
    """Sort key and display text of a figure's value: 3000 → (3000.0, "3,000")."""
    if not isinstance(value, Literal):
        return (math.inf, "" if value is None else str(value))
    py = value.toPython()
    if isinstance(py, (int, float, Decimal)) and not isinstance(py, bool):
        return (float(py), f"{py:,}")
    return (math.inf, str(value))


_number = figure_number  # kg.api's claims table


def _claims_section(parts: ViewParts, labels: Mapping[str, str]) -> list[str]:
    rows: list[tuple[Any, ...]] = []
    for claim in parts.events.get("reports", {}).values():
        _, figures, claimants, date, docs, names = claim[6]
        if not figures:
            continue
        source = "; ".join(sorted(labels[c] if c in labels else names.get(c, c)
                                  for c in claimants))
        documents = "; ".join(sorted(label_of_document(*(parts.docs[d][k] for k in (1, 0, 5, 2)))
                                     or d for d in docs))
        for fig in figures:
            _, _, qualifier, unit, measure, _, _, key, value = parts.figures[fig]
            rows.append((measure, source.casefold(), key, documents, fig,
                         (source, qualifier, value, unit, measure,
                          "" if date is None else date, documents)))
    rows.sort(key=lambda r: r[:5])
    header = ("source", "qualifier", "value", "unit", "measure", "date", "document")
    return [
        "## Claims with figures",
        "",
        "Every figure as its source gave it, one row per figure; conflicting figures stay side "
        "by side. The date is normalised where the article allows, else as written.",
        "",
        *(_capped([r[-1] for r in rows], header, "llrllll", "figures") if rows
          else ["None found."]),
    ]

def _source(item: Mapping[str, Any], view: Mapping[str, Any], labels: Mapping[str, str]) -> str:
    """Who says so: the claimants of the sentence, else the article's publisher or title."""
    if item.get("by"):
        return "; ".join(labels.get(c, c) for c in item["by"])
    doc = view["docs"][item["doc"]] if item["doc"] >= 0 else {}
    return doc.get("publisher") or doc.get("title") or doc.get("file", "")


def _when(item: Mapping[str, Any]) -> str:
    if not item["from"]:
        return ""
    span = item["from"] if item["from"] == item["to"] else f"{item['from']} – {item['to']}"
    return span + (" (publication)" if item["dateSource"] == "publication" else "")


def _conflicts_section(view: Mapping[str, Any], labels: Mapping[str, str]) -> list[str]:
    """The conflict groups (kg:FigureConflict) one after the other, a row per member figure by
    value: one row per kg:conflictingFigure link, so the section grows with the figures."""
    figures, claims = view["figures"], view["claims"]
    rows = []
    for group in view["conflicts"]:
        members = sorted(group["figures"], key=lambda i: (figures[i]["value"] or 0, i))
        subject = labels.get(figures[members[0]]["subject"] or "", "")
        key = (subject, group["unit"], group["period"] or "undated")
        for i in members:
            f, c = figures[i], claims[figures[i]["claim"]]
            rows.append((*key, f"{f['text']} {f['unit']}", _source(c, view, labels), _when(c),
                         len(members)))
    rows.sort(key=lambda r: r[:3])  # stable: each group's figures stay in value order
    header = ("subject", "unit", "period", "figure", "source", "date", "figures in group")
    return [
        "## Conflicting figures",
        "",
        "Groups of figures for the same subject, comparable unit and period (the same month; an "
        "undated figure joins each period it disagrees in) in which values cannot both hold "
        "given their qualifiers (`kg:FigureConflict`; rules in kg/data/figures.yaml). Each "
        "listed figure disagrees with at least one other figure of its group.",
        "",
        *(_capped(rows, header, "llllllr", "conflicting figures") if rows else ["None found."]),
    ]


def _timeline_section(view: Mapping[str, Any], labels: Mapping[str, str]) -> list[str]:
    """Every dated event and claim in date order: what, who says so, the article."""
    rows = []
    for e in view["edges"]:
        if e["rel"] == "reports":
            continue
        what = f"{labels[e['from']]} {e['rel']} {labels[e['to']]}"
        rows += [(ev["from"], what, ev) for ev in e["evidence"] if ev["from"]]
    for c in view["claims"]:
        if c["from"]:
            verb = "denies" if c["certainty"] == "denied" else "says"
            rows.append((c["from"], f"{_source(c, view, labels)} {verb}: {c['statement']}", c))
    rows.sort(key=lambda r: (r[0], r[1]))
    table = [(_when(ev), what, ev["certainty"], _source(ev, view, labels),
              view["docs"][ev["doc"]]["file"] if ev["doc"] >= 0 else "")
             for _, what, ev in rows]
    undated = sum(1 for c in view["claims"] if not c["from"])
    return [
        "## Timeline",
        "",
        "Events and claims in date order: the date named in the sentence, normalised against "
        "the publication date, else the publication date (marked). "
        f"{undated:,} claims have no date (no date in the sentence, no publication date).",
        "",
        *(_capped(table, ("date", "what", "certainty", "source", "document"), "lllll",
                  "dated events") if table else ["None dated."]),
    ]


def _timings_section(timings: Mapping[str, float]) -> list[str]:
    rows = [(stage, f"{seconds:.2f}") for stage, seconds in timings.items()]
    return ["## Build timings", "", *_table(("stage", "seconds"), rows, "lr")]


# ---------------------------------------------------------------------------------------------
# PNG picture


def render_png(graph: Graph, *, title: str = "kg knowledge graph",
               size: tuple[int, int] = PNG_SIZE, seed: int = 1,
               view: dict[str, Any] | None = None) -> bytes:
    """A static PNG picture of the page's graph: same nodes, edges, colours and shapes.

    The layout is a seeded force-directed one, so the same graph gives the same bytes (with the
    same matplotlib). Entities without relations sit in a band at the bottom. Above
    ``LABEL_ALL_MAX`` nodes only the ``LABEL_TOP`` best connected are labelled, and only where
    the label has room; above ``MAX_DRAWN`` nodes only that many best connected are drawn.
    """
    with warnings.catch_warnings():
        # Scripts DejaVu Sans lacks (Hangul, CJK) draw as boxes; one warning per glyph would
        # only flood the build's output.
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from font")
        return _render_png(graph_view(graph) if view is None else view, title=title, size=size,
                           seed=seed)


def _render_png(view: Mapping[str, Any], *, title: str, size: tuple[int, int], seed: int
                ) -> bytes:
    # Imported here: matplotlib is slow to import and only the picture needs it.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    nodes, edges = _drawn(view)
    fig = Figure(figsize=(size[0] / PNG_DPI, size[1] / PNG_DPI), dpi=PNG_DPI)
    FigureCanvasAgg(fig)  # an explicit Agg canvas: no display, no pyplot global state
    ax = fig.add_axes((0.005, 0.005, 0.83, 0.91))
    ax.set_axis_off()
    ax.set_xlim(-0.02, 1.02)
    ax.set_ylim(-0.03, 1.03)
    shown = f"{len(view['nodes']):,} entities, {len(view['edges']):,} relations"
    if len(nodes) < len(view["nodes"]):
        shown += f"; the {len(nodes):,} best connected entities are drawn"
    if len(nodes) > LABEL_ALL_MAX:
        shown += f"; labels on up to {LABEL_TOP} of the best connected"
    fig.text(0.01, 0.975, _BREAKS.sub(" ", title), fontsize=15, weight="bold", va="top",
             parse_math=False)
    fig.text(0.01, 0.94, shown, fontsize=10, color="#444", va="top", parse_math=False)
    if nodes:
        index = {n["id"]: i for i, n in enumerate(nodes)}
        pairs = np.array([(index[e["from"]], index[e["to"]]) for e in edges],
                         dtype=np.intp).reshape(-1, 2)
        small = len(nodes) <= LABEL_ALL_MAX
        pos, band = _positions(len(nodes), pairs, seed=seed, per_row=8 if small else 60)
        if band:
            ax.axhline(band + 0.015, color="#bbb", linewidth=0.8, linestyle=(0, (4, 4)))
            ax.text(-0.015, band + 0.02, "no relations", fontsize=8, color="#666",
                    va="bottom")
        sizes = _marker_sizes(nodes)
        _draw_edges(ax, edges, pairs, pos, sizes, small=small)
        _draw_nodes(ax, nodes, pos, sizes)
        _draw_labels(ax, nodes, pos, sizes, every=small)
    else:
        ax.text(0.5, 0.5, "The graph is empty: there are no entities to show.", ha="center",
                va="center", fontsize=14, color="#444")
    _legend(fig, view)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", facecolor="white")
    return buf.getvalue()


def _drawn(view: Mapping[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The nodes and edges to draw: all of them, or the ``MAX_DRAWN`` best connected."""
    nodes = list(view["nodes"])
    if len(nodes) > MAX_DRAWN:
        best = sorted(nodes, key=lambda n: (-n["degree"], -n["docs"]))[:MAX_DRAWN]
        keep = {n["id"] for n in best}
        nodes = [n for n in nodes if n["id"] in keep]  # keep the view's deterministic order
    ids = {n["id"] for n in nodes}
    return nodes, [e for e in view["edges"] if e["from"] in ids and e["to"] in ids]


def _positions(n: int, pairs: np.ndarray, *, seed: int, per_row: int
               ) -> tuple[np.ndarray, float]:
    """Positions in the unit square and the height of the bottom band of unlinked nodes.

    Linked nodes get the force layout above the band; nodes without any edge would only float
    to the rim of a force layout, so they are lined up in rows in the band instead.
    """
    linked = np.zeros(n, dtype=bool)
    linked[pairs.ravel()] = True
    lone, core = np.flatnonzero(~linked), np.flatnonzero(linked)
    pos = np.zeros((n, 2))
    band = 0.0
    if lone.size:
        rows = math.ceil(lone.size / per_row)
        cols = min(per_row, lone.size)
        band = min(0.22, 0.055 * rows) if core.size else 1.0
        for k, i in enumerate(lone):
            row, col = divmod(k, cols)
            pos[i] = ((col + 0.5) / cols, band * (1 - (row + 0.5) / rows))
    if core.size:
        remap = np.full(n, -1, dtype=np.intp)
        remap[core] = np.arange(core.size)
        fitted = _fit(_layout(core.size, remap[pairs], seed=seed))
        pad = max(0.0, 0.3 - 0.04 * core.size)  # a handful of nodes need not span the picture
        fitted = pad + fitted * (1 - 2 * pad)
        low = band + 0.04 if band else 0.0
        pos[core] = fitted * (1.0, 1.0 - low) + (0.0, low)
    return pos, (band if core.size else 0.0)


def _layout(n: int, pairs: np.ndarray, *, seed: int, iterations: int = LAYOUT_ITERATIONS,
            block: int = 128) -> np.ndarray:
    """Fruchterman–Reingold positions (n × 2), seeded, with hub-weighted repulsion.

    networkx's spring layout needs scipy above 500 nodes and its dense version takes ~25 s for
    2,000; this one computes repulsion in row blocks with preallocated float32 buffers (bounded
    memory, ~10 ms per iteration at 2,000 nodes). Repulsion is weighted by degree + 1 on both
    ends (as in ForceAtlas2), which pulls hubs apart so their labels and fans stay readable; a
    pull to the centre keeps components together.
    """
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2), dtype=np.float32)
    if n == 1:
        return pos
    k2 = np.float32(1.0 / n)  # optimal distance k = sqrt(area / n) in the unit square
    k = math.sqrt(k2)
    mass = (np.bincount(pairs.ravel(), minlength=n) + 1).astype(np.float32)
    mass /= mass.mean()
    src, dst = pairs[:, 0], pairs[:, 1]
    rows = min(block, n)
    dx, dy, d2, tmp = (np.empty((rows, n), dtype=np.float32) for _ in range(4))
    temperature, cooling = 0.1, 0.1 / (iterations + 1)
    for _ in range(iterations):
        x, y = pos[:, 0].copy(), pos[:, 1].copy()
        force = np.empty_like(pos)
        for start in range(0, n, rows):
            end = min(n, start + rows)
            a, b, c, t = dx[: end - start], dy[: end - start], d2[: end - start], tmp[: end - start]
            np.subtract.outer(x[start:end], x, out=a)
            np.subtract.outer(y[start:end], y, out=b)
            np.multiply(a, a, out=c)
            np.multiply(b, b, out=t)
            c += t
            np.maximum(c, 1e-9, out=c)  # coincident nodes: a large but finite push
            np.divide(k2, c, out=c)  # repulsion k²/d along the unit vector = delta·k²/d²
            c *= mass
            force[start:end, 0] = np.einsum("ij,ij->i", a, c)
            force[start:end, 1] = np.einsum("ij,ij->i", b, c)
        force *= mass[:, None]
        delta = pos[src] - pos[dst]
        pull = delta * (np.sqrt((delta * delta).sum(axis=1)) / k)[:, None]  # attraction d²/k
        np.subtract.at(force, src, pull)
        np.add.at(force, dst, pull)
        force -= (pos - 0.5) * np.float32(2.0)
        length = np.maximum(np.sqrt((force * force).sum(axis=1)), 1e-9)[:, None]
        pos += force * (np.minimum(length, temperature) / length)
        temperature -= cooling
    return pos


def _fit(pos: np.ndarray) -> np.ndarray:
    """Stretch positions to fill the unit square (the picture is wider than tall)."""
    low, high = pos.min(axis=0), pos.max(axis=0)
    span = high - low
    fitted = (pos - low) / np.where(span > 0, span, 1.0)
    return np.where(span > 0, fitted, 0.5)


def _marker_sizes(nodes: Sequence[Mapping[str, Any]]) -> np.ndarray:
    """Marker areas (points²) growing with the page's size measure, smaller for big graphs."""
    base = 120.0 if len(nodes) <= LABEL_ALL_MAX else 40.0 if len(nodes) <= 600 else 14.0
    values = np.array([n["value"] for n in nodes], dtype=float)
    return base * (1.0 + np.sqrt(np.clip(values, 0, 100)) / 2.0)


def _draw_edges(ax: Any, edges: Sequence[Mapping[str, Any]], pairs: np.ndarray, pos: np.ndarray,
                sizes: np.ndarray, *, small: bool) -> None:
    """Arrows, curved apart where two relations join the same pair; plain lines when big."""
    from matplotlib.collections import LineCollection
    from matplotlib.patches import FancyArrowPatch

    if not small:
        from matplotlib.colors import to_rgba

        # One RGBA row per edge, each colour converted once: matplotlib converted the list of
        # colour names one by one, twice (0.1 CPU s of the picture at 1,000 articles).
        rgba = {rel: to_rgba(color) for rel, color in RELATION_COLORS.items()}
        colors = np.array([rgba[e["rel"]] for e in edges], dtype=float).reshape(-1, 4)
        ax.add_collection(LineCollection(pos[pairs], colors=colors, linewidths=0.5, alpha=0.35,
                                         zorder=1))
        return
    group: dict[frozenset[int], int] = {}
    for (s, t), e in zip(pairs.tolist(), edges, strict=True):
        key = frozenset((s, t))
        nth = group[key] = group.get(key, -1) + 1
        # arc3 bends relative to the direction: alternate sides for each extra edge of a pair
        rad = 0.0 if nth == 0 else 0.18 * ((nth + 1) // 2) * (1 if nth % 2 else -1)
        if s > t:
            rad = -rad
        ax.add_artist(FancyArrowPatch(  # add_patch would recompute data limits: slow
            pos[s], pos[t], arrowstyle="-|>", mutation_scale=11,
            connectionstyle=f"arc3,rad={rad}",
            color=RELATION_COLORS[e["rel"]], alpha=0.8,
            linewidth=0.8 + 0.6 * math.log2(1 + min(e["value"], 32)),
            shrinkA=math.sqrt(sizes[s]) / 2 + 1, shrinkB=math.sqrt(sizes[t]) / 2 + 2, zorder=1,
        ))


def _draw_nodes(ax: Any, nodes: Sequence[Mapping[str, Any]], pos: np.ndarray, sizes: np.ndarray
                ) -> None:
    for cls in CLASS_ORDER:
        idx = [i for i, n in enumerate(nodes) if n["cls"] == cls]
        if not idx:
            continue
        color, shape = CLASS_STYLES[cls]
        marker = MARKERS[shape]
        ax.scatter(pos[idx, 0], pos[idx, 1], s=sizes[idx] * MARKER_SCALE.get(marker, 1.0),
                   c=color, marker=marker, edgecolors="#333", linewidths=0.6, zorder=2)


def _draw_labels(ax: Any, nodes: Sequence[Mapping[str, Any]], pos: np.ndarray,
                 sizes: np.ndarray, *, every: bool) -> None:
    """Labels with a white halo, each put beside its node where it covers no other label.

    Best connected first; eight places are tried around the node. With ``every`` a label that
    fits nowhere goes where it overlaps least; otherwise (big graphs) a label that would cover
    another label is left out.
    """
    from matplotlib.patheffects import withStroke

    order = sorted(range(len(nodes)), key=lambda i: (-nodes[i]["degree"], -nodes[i]["docs"], i))
    if not every:
        order = order[:LABEL_TOP]
    renderer = ax.figure.canvas.get_renderer()
    px_per_pt = ax.figure.dpi / 72
    xy = ax.transData.transform(pos)
    radius = np.sqrt(sizes) / 2 * px_per_pt
    frame = ax.get_window_extent(renderer)
    node_boxes = np.column_stack([xy - radius[:, None], xy + radius[:, None]])
    placed = np.empty((0, 4))
    halo = [withStroke(linewidth=3, foreground="white")]
    for i in order:
        label = _BREAKS.sub(" ", nodes[i]["label"]).strip()
        if len(label) > LABEL_CHARS:
            label = label[: LABEL_CHARS - 1].rstrip() + "…"
        text = ax.annotate(label, (pos[i, 0], pos[i, 1]), xytext=(0, 0),
                           textcoords="offset points", ha="center", va="center", fontsize=9,
                           color="#111", path_effects=halo, zorder=3, parse_math=False,
                           annotation_clip=False)
        extent = text.get_window_extent(renderer)
        w, h, r = extent.width / 2 + 1, extent.height / 2, radius[i] + 2
        best, best_cost = None, math.inf
        for ux, uy in _LABEL_SPOTS:
            cx = xy[i, 0] + ux * (r * (0.75 if uy else 1.0) + w)
            cy = xy[i, 1] + uy * (r * (0.75 if ux else 1.0) + h)
            box = np.array([cx - w, cy - h, cx + w, cy + h])
            # Covering a label or leaving the picture is worse than covering a few markers.
            clash = _overlaps(box, placed) + (
                box[0] < frame.x0 or box[2] > frame.x1 or box[1] < frame.y0 or box[3] > frame.y1)
            cost = (clash * 1000 + _overlaps(box, node_boxes)
                    - _overlaps(box, node_boxes[i : i + 1]))
            if cost < best_cost:
                best, best_cost = box, cost
            if cost == 0:
                break
        if best is None or (best_cost >= 1000 and not every):
            text.remove()
            continue
        centre = (best[:2] + best[2:]) / 2
        text.xyann = tuple((centre - xy[i]) / px_per_pt)
        placed = np.vstack([placed, best])


# Where a label may go around its node, in order of preference: above, below, right, left,
# then the diagonals.
_LABEL_SPOTS = ((0, 1), (0, -1), (1, 0), (-1, 0), (1, 1), (-1, 1), (1, -1), (-1, -1))


def _overlaps(box: np.ndarray, boxes: np.ndarray) -> int:
    """How many of ``boxes`` (rows of x0, y0, x1, y1) intersect ``box``."""
    if not len(boxes):
        return 0
    return int(np.count_nonzero((boxes[:, 0] < box[2]) & (boxes[:, 2] > box[0])
                                & (boxes[:, 1] < box[3]) & (boxes[:, 3] > box[1])))


def _legend(fig: Any, view: Mapping[str, Any]) -> None:
    """Classes (shape and colour) and relations (line colour) present, with their counts."""
    from matplotlib.lines import Line2D

    handles = [
        Line2D([], [], linestyle="", marker=MARKERS[CLASS_STYLES[cls][1]], markersize=10,
               markerfacecolor=CLASS_STYLES[cls][0], markeredgecolor="#333",
               label=f"{cls} ({count})")
        for cls, count in view["classes"].items()
    ]
    handles += [
        Line2D([], [], color=RELATION_COLORS[rel], linewidth=2.5, label=f"{rel} ({count})")
        for rel, count in view["relations"].items()
    ]
    if handles:
        fig.legend(handles=handles, loc="upper right", bbox_to_anchor=(0.995, 0.93),
                   frameon=True, fontsize=10, title="entities · relations", title_fontsize=10)


__all__ = ["md_text", "render_png", "summary_markdown"]
