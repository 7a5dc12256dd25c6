"""kg from Python: build or reopen a graph, query it, and hand it to pandas and networkx.

``kg.build`` runs exactly what ``kg build`` runs (:func:`kg.building.publish.publish`), with the
same options; ``kg.load`` reopens what a build wrote. Both return a :class:`KnowledgeGraph`.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import RDF, Graph, Literal
from rdflib.term import Node

from kg.building.publish import BuildError, BuildOptions, Publication, publish

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    from kg.building.pipeline import BuildResult

PathLike = str | Path
IFRAME_HEIGHT = 640  # pixels: the inline page in a notebook


@dataclass(frozen=True)
class EntityRecord:
    """One entity as the page shows it."""

    id: str  # the entity's IRI
    label: str
    cls: str  # Country, Agency, MediaOutlet, Person, Region, Weapon, Agreement
    aliases: tuple[str, ...]
    documents: int  # documents that mention it
    mentions: int | None
    wikidata: str | None  # Wikidata page URL, when known


@dataclass(frozen=True)
class RelationRecord:
    """One edge of the page: every instance of a relation between one ordered pair."""

    source: str  # IRI
    relation: str  # supplies, deploys, signed, reports
    target: str  # IRI
    source_label: str
    target_label: str
    evidence: int  # sentences that state it
    documents: int  # documents those sentences are in
    dates: tuple[str, ...]  # normalised dates (ISO) of its events, sorted
    certainty: str  # the strongest: asserted, estimated, hedged or denied


@dataclass(frozen=True)
class ClaimRecord:
    """One ``kg:Claim``: who reported what, when, how sure, from which documents."""

    id: str  # IRI
    source: str  # the claimant's label ("; "-joined if several)
    statement: str
    about: tuple[str, ...]  # labels of the entities it is about
    certainty: str
    date: str | None  # normalised (ISO), where the article allows
    date_text: str | None  # the date phrase as written
    documents: tuple[str, ...]  # file names
    figures: tuple[str, ...]  # "about 3,000 troops (deployment)"


class KnowledgeGraph:
    """A built or loaded graph: the RDF, the view the page draws, and conversions.

    ``rdf`` is the graph as written (with ``reason``, including the inferred triples); the
    page, the records and ``to_networkx()`` are drawn from the graph as extracted, as
    ``kg build`` draws ``graph.html``.
    """

    def __init__(self, rdf: Graph, *, extracted: Graph | None = None,
                 title: str = "kg knowledge graph", publication: Publication | None = None
                 ) -> None:
        self._rdf = rdf
        self._extracted = rdf if extracted is None else extracted
        self.title = title
        self.publication = publication  # what kg.build did (None for kg.load)
        self._view: dict[str, Any] | None = None
        self._nx: nx.MultiDiGraph | None = None

    @property
    def rdf(self) -> Graph:
        """The rdflib Graph."""
        return self._rdf

    @property
    def result(self) -> BuildResult | None:
        """The extraction (documents, entities, relations, skipped inputs, timings) when this
        graph was built in this process, else None."""
        return self.publication.result if self.publication is not None else None

    @property
    def files(self) -> list[Path]:
        """Files ``kg.build(out=…)`` wrote (empty when up to date or nothing was written)."""
        return list(self.publication.files) if self.publication is not None else []

    @property
    def view(self) -> dict[str, Any]:
        """The JSON-ready data the page draws (:func:`kg.outputs.viz.graph_view`), computed once."""
        if self._view is None:
            from kg.outputs.viz import graph_view

            self._view = graph_view(self._extracted)
        return self._view

    def __len__(self) -> int:
        return len(self._rdf)

    def __repr__(self) -> str:
        return (f"<KnowledgeGraph {self.title!r}: {len(self.view['nodes'])} entities, "
                f"{len(self.view['edges'])} relations, {len(self._rdf)} triples>")

    # -- SPARQL ---------------------------------------------------------------------------

    def query(self, sparql_or_name: str, *, as_dict: bool = False
              ) -> list[tuple[Any, ...]] | list[dict[str, Any]] | bool | Graph:
        """Run SPARQL text, or a shipped query by name (``kg query --list``: ``supplies``,
        ``claims``, …). SELECT gives rows as tuples (dicts with ``as_dict``) of Python values
        (IRIs as str, literals converted, unbound as None); ASK a bool; CONSTRUCT a Graph.
        Raises :class:`kg.serving.query.QueryError` with ``kg query``'s message."""
        from kg.serving.query import named_query, run_query

        text = sparql_or_name
        if "{" not in text and not any(c.isspace() for c in text):
            text = named_query(text).text  # QueryUsageError lists the names
        result = run_query(self._rdf, text)
        if result.type == "ASK":
            return bool(result.askAnswer)
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return result.graph
        names = [str(v) for v in result.vars or []]
        rows = [tuple(_python(v) for v in row) for row in result]
        return [dict(zip(names, r, strict=True)) for r in rows] if as_dict else rows

    # -- records and frames ---------------------------------------------------------------

    def entities(self, *, as_frame: bool = False) -> list[EntityRecord] | pd.DataFrame:
        """Every entity of the page, in the page's order."""
        g = self._networkx()
        records = [EntityRecord(id=n, label=a["label"], cls=a["class"], aliases=a["aliases"],
                                documents=a["documents"], mentions=a["mentions"],
                                wikidata=a["wikidata"]) for n, a in g.nodes(data=True)]
        return _frame(EntityRecord, records) if as_frame else records

    def relations(self, *, as_frame: bool = False) -> list[RelationRecord] | pd.DataFrame:
        """Every edge of the page (one per relation and ordered pair)."""
        g = self._networkx()
        records = []
        for e in self.view["edges"]:  # the page's order (networkx iterates by node)
            u, v, a = e["from"], e["to"], g.edges[e["from"], e["to"], e["rel"]]
            records.append(RelationRecord(
                source=u, relation=a["relation"], target=v, source_label=g.nodes[u]["label"],
                target_label=g.nodes[v]["label"], evidence=a["evidence"],
                documents=a["documents"], dates=a["dates"], certainty=a["certainty"]))
        return _frame(RelationRecord, records) if as_frame else records

    def claims(self, *, as_frame: bool = False) -> list[ClaimRecord] | pd.DataFrame:
        """Every claim, sorted by source, then date, then statement."""
        records = _claims(self._extracted, {n["id"]: n["label"] for n in self.view["nodes"]})
        return _frame(ClaimRecord, records) if as_frame else records

    def frame(self, kind: str = "entities") -> pd.DataFrame:
        """``entities``, ``relations`` or ``claims`` as a pandas DataFrame (``kg[pandas]``)."""
        makers = {"entities": self.entities, "relations": self.relations, "claims": self.claims}
        if kind not in makers:
            raise ValueError(f"unknown frame {kind!r}; choose from {', '.join(makers)}")
        return makers[kind](as_frame=True)

    # -- networkx -------------------------------------------------------------------------

    def _networkx(self) -> nx.MultiDiGraph:
        if self._nx is None:
            from kg.outputs.interop import to_networkx

            self._nx = to_networkx(self._extracted, self.view)
        return self._nx

    def find(self, name: str) -> str:
        """The IRI of the entity labelled ``name``, else of the one with ``name`` as an alias
        (case-insensitive); KeyError when there is none."""
        wanted = name.casefold()
        nodes = self._networkx().nodes(data=True)
        for pick in (lambda a: [a["label"]], lambda a: a["aliases"]):
            for node, attrs in nodes:
                if any(x.casefold() == wanted for x in pick(attrs)):
                    return node
        raise KeyError(f"no entity named {name!r}")

    def to_networkx(self) -> nx.MultiDiGraph:
        """The page's nodes and edges as a networkx MultiDiGraph (a new copy each call).

        Nodes are IRIs with ``class``, ``label``, ``aliases``, ``documents``, ``mentions``,
        ``wikidata``; edges are keyed by relation with ``relation``, ``evidence``,
        ``documents``, ``dates``, ``first_date``, ``last_date``, ``certainty``. See
        :mod:`kg.outputs.analysis` for centrality, paths and communities.
        """
        return self._networkx().copy()

    # -- outputs --------------------------------------------------------------------------

    def html(self) -> str:
        """The interactive page (``graph.html``) as text: self-contained, works offline."""
        from kg.outputs.viz import render_html

        return render_html(self._extracted, title=self.title, view=self.view)

    def _repr_html_(self) -> str:
        """The page inline in Jupyter: an iframe whose ``srcdoc`` holds the escaped page, in
        a sandbox that lets its own scripts run and nothing else (no network needed)."""
        return (f'<iframe srcdoc="{html.escape(self.html(), quote=True)}" '
                f'sandbox="allow-scripts" title="{html.escape(self.title, quote=True)}" '
                f'style="width:100%;height:{IFRAME_HEIGHT}px;border:1px solid #ccc"></iframe>')

    def save(self, directory: PathLike, formats: str | Sequence[str] = ("ttl",), *,
             png: bool = True) -> list[Path]:
        """Write the graph files in ``formats`` (as ``kg build --format``), ``graph.html``,
        ``graph.png`` (unless ``png=False``) and ``summary.md`` into ``directory``, replaced
        as one set; return their paths."""
        from kg.building.files import OutputError, ensure_writable_dir, write_all_atomic
        from kg.building.publish import render_outputs

        out = Path(directory)
        chosen = BuildOptions.create(formats=formats).formats
        try:
            ensure_writable_dir(out)
        except OutputError as exc:
            raise BuildError(str(exc)) from None
        outputs = render_outputs(self._extracted, self._rdf, out, chosen, png=png,
                                 title="kg: " + out.name,
                                 documents=self.result.documents if self.result else (),
                                 texts=self.result.texts if self.result else None)
        write_all_atomic(outputs)
        return list(outputs)


def build(paths: PathLike | Sequence[PathLike] | None = None, *, out: PathLike | None = None,
          **options: Any) -> KnowledgeGraph:
    """Build a knowledge graph from ``paths`` (files or folders; default: the bundled samples).

    ``options`` are ``kg build``'s, with the same names and defaults: ``model``, ``base_iri``,
    ``jobs``, ``validate`` ("auto", "always", "never"), ``cache``, ``no_cache``, ``engine``,
    ``scheduler``, ``formats`` ("ttl,nt" or a list), ``store``, ``reason``, ``no_png``,
    ``strict``, ``stats``, ``shards``. Nothing is written unless ``out`` is given; then ``out``
    gets exactly what ``kg build --out OUT`` writes (and an unchanged rebuild does nothing).
    Skipped inputs are logged on the ``kg`` logger and listed in ``.result.skipped``.
    Raises :class:`BuildError` (:class:`UsageError`, :class:`InvalidGraphError`) with the
    message ``kg build`` prints.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    opts = BuildOptions.create(out=out, **options)
    if opts.shards:
        raise BuildError("kg.build returns the whole graph; run `kg build --shards` instead")
    pub = publish(paths, opts)
    title = f"kg: {opts.out.name}" if opts.out is not None else "kg knowledge graph"
    if pub.up_to_date is not None and opts.out is not None:
        written = _written_graph(opts.out, opts.formats)
        if written is not None:
            return KnowledgeGraph(load(written).rdf, title=title, publication=pub)
        # the outputs hold no RDF file to reopen (e.g. only GraphML): build in memory
        cache = opts.cache or opts.out / ".cache"
        pub = publish(paths, dataclasses.replace(opts, out=None, cache=cache, stats=None))
    assert pub.result is not None and pub.graph is not None
    return KnowledgeGraph(pub.graph, extracted=pub.result.graph, title=title, publication=pub)


def add(paths: PathLike | Sequence[PathLike], *, out: PathLike = "output",
        store: PathLike | None = None, sync: bool = False, **options: Any) -> KnowledgeGraph:
    """Add the articles under ``paths`` to the build in ``out``, as ``kg add`` does
    (:func:`kg.building.incremental.publish`): only new and changed articles are parsed, the outputs
    and ``store`` are refreshed, and with ``sync`` every article no longer under ``paths`` is
    removed. ``options``: ``cache``, ``formats``, ``fields``, ``validate``, ``no_png``.
    Returns the whole graph after the addition; ``.publication`` says what was added, changed
    and removed. Raises :class:`BuildError` with the message ``kg add`` prints.
    """
    from kg.building import incremental

    if isinstance(paths, str | Path):
        paths = [paths]
    opts = incremental.AddOptions.create(out=out, store=store, sync=sync, **options)
    pub = incremental.publish(paths, opts)
    assert pub.result is not None and pub.graph is not None
    return KnowledgeGraph(pub.graph, title=f"kg: {opts.out.name}", publication=pub)


def _written_graph(out: Path, formats: Sequence[str]) -> Path | None:
    from kg.graph.exports import file_name
    from kg.outputs.interop import VIEW_FORMATS

    for fmt in formats:
        if fmt not in VIEW_FORMATS and (out / file_name(fmt)).is_file():
            return out / file_name(fmt)
    return None


def load(path_or_store: PathLike) -> KnowledgeGraph:
    """Reopen a built graph: a graph file (Turtle, N-Triples, TriG, JSON-LD; named graphs
    merged), a ``kg build --store`` folder, or a ``kg build --out`` folder (its graph.ttl).
    Raises :class:`BuildError` with ``kg query``'s message when it cannot be read."""
    from kg.graph.exports import quiet_rdflib
    from kg.serving.query import QueryError, load_graph
    from kg.serving.store import StoreError, is_store

    path = Path(path_or_store)
    try:
        if path.is_dir() and is_store(path):
            rdf = _store_graph(path)
        else:
            with quiet_rdflib():  # rdflib's JSON-LD parser warns about its own ConjunctiveGraph
                rdf = load_graph(path / "graph.ttl" if path.is_dir() else path)
    except (QueryError, StoreError) as exc:
        raise BuildError(str(exc)) from None
    return KnowledgeGraph(rdf, title=f"kg: {path.stem if path.is_file() else path.name}")


def _store_graph(path: Path) -> Graph:
    """Every quad of an Oxigraph store, merged into one graph (the union ``kg query --store``
    queries)."""
    from kg.graph.oxgraph import from_ox, new_graph
    from kg.graph.rdf import KG
    from kg.serving.store import open_read_only

    store = open_read_only(path)
    graph = new_graph()
    graph.bind("kg", KG)
    graph.addN((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), graph)
               for q in store.quads_for_pattern(None, None, None))
    return graph


def _python(value: Node | None) -> Any:
    """A SPARQL result cell as a plain Python value."""
    if value is None:
        return None
    if isinstance(value, Literal):
        py = value.toPython()
        return str(value) if isinstance(py, Literal) else py
    return str(value)


def _frame(cls: type, records: Sequence[Any]) -> pd.DataFrame:
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError("DataFrames need pandas: pip install 'kg[pandas]'") from exc
    columns = [f.name for f in dataclasses.fields(cls)]
    return pd.DataFrame([dataclasses.astuple(r) for r in records], columns=columns)


def _claims(graph: Graph, labels: dict[str, str]) -> list[ClaimRecord]:
    from kg.graph.rdf import KG
    from kg.outputs.report import _claim_documents, _name, _number
    from kg.outputs.viz import PredicateIndex

    index = PredicateIndex(graph)
    records = []
    for claim in set(graph.subjects(RDF.type, KG.Claim)):
        claimants = {*index.objects(claim, KG.claimant), *index.subjects(KG.reports, claim)}
        figures = []
        for fig in index.objects(claim, KG.figure):
            parts = [str(index.value(fig, KG.qualifier) or ""),
                     _number(index.value(fig, KG.value))[1], str(index.value(fig, KG.unit) or "")]
            measure = index.value(fig, KG.measure)
            figures.append(" ".join(p for p in parts if p)
                           + (f" ({measure})" if measure is not None else ""))
        date, date_text = index.value(claim, KG.claimDate), index.value(claim, KG.date)
        records.append(ClaimRecord(
            id=str(claim),
            source="; ".join(sorted(_name(index, c, labels) for c in claimants)),
            statement=str(index.value(claim, KG.statement) or ""),
            about=tuple(sorted(_name(index, a, labels) for a in index.objects(claim, KG.about))),
            certainty=str(index.value(claim, KG.certainty) or "asserted"),
            date=None if date is None else str(date),
            date_text=None if date_text is None else str(date_text),
            documents=tuple(_claim_documents(index, claim)),
            figures=tuple(sorted(figures)),
        ))
    records.sort(key=lambda r: (r.source.casefold(), r.date or "", r.statement, r.id))
    return records


__all__ = ["ClaimRecord", "EntityRecord", "KnowledgeGraph", "RelationRecord", "build", "load"]
