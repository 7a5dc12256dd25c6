"""A growing graph: ``kg add`` puts new and changed articles into an existing build without
parsing the others again.

A build leaves ``DIR/.kg-catalog.json``: every document it holds (metadata, no text) in build
order, with the model and base IRI. ``add`` reads the given paths, compares each article with
the catalog by its location (path, and record number inside a file of many) and content hash:

- new: appended to the catalog and parsed;
- changed (same file, other bytes): replaced where it stood, and parsed; inside a file of
  many (JSONL, feed, WARC) a record is known by its content, so an edited record is new;
- unchanged: taken from the extraction cache (``DIR/.cache``), not parsed;
- removed: with ``sync=True`` the paths are the whole corpus now, and every catalogued
  document not found under them is dropped.

Entities are then resolved over all documents' extractions in catalog order, exactly as a
full build over the same documents resolves them: the same keys give the same IRIs, aliases
and mention counts merge, and an entity no document mentions any more disappears. The graph is
rebuilt from the resolved entities and relations; the on-disk store, when given, is updated by
the difference (quads removed and added).

:func:`publish` is all of ``kg add`` (the CLI only turns arguments into :class:`AddOptions` and
prints): the addition, the SHACL check kg build runs, graph files, page, picture, summary and
catalog written as one set, then the store.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

import orjson
import pyoxigraph as ox
from rdflib import URIRef

from kg import jsonbytes
from kg.building.cache import ExtractionCache
from kg.building.files import Forked, Staged, sha256_of
from kg.building.pipeline import BuildConfig, BuildResult, Timer, _extract
from kg.building.publish import (
    BuildError,
    BuildOptions,
    Publication,
    UsageError,
    _check,
    _warn,
    lock_output,
)
from kg.extract.gazetteer import default_gazetteer, default_relation_rules
from kg.graph.figures import Name, name_pattern
from kg.graph.rdf import DEFAULT_BASE_IRI, KG, GraphBuilder, build_graph, to_turtle
from kg.graph.resolve import Resolver, related_keys
from kg.graph.votes import ClassVote
from kg.inputs.ingest import iter_documents
from kg.inputs.sources import FieldMap
from kg.model import DocExtraction, Document, Entity, Skipped
from kg.serving.guard import printable

CATALOG_NAME = ".kg-catalog.json"
GROWTH_NAME = ".kg-growth.json"
FORMAT = 1


class AddError(BuildError):
    """The build cannot be extended (no catalog, other model, lost cache); one line, and
    ``kg add`` exits 1."""


@dataclass(frozen=True)
class Catalog:
    """What a build holds: its documents in build order, and the settings they were built with."""

    documents: tuple[Document, ...]
    model: str
    base_iri: str
    formats: tuple[str, ...] = ("ttl",)  # graph files the build wrote: kg add rewrites them

    def to_json(self) -> bytes:
        # Paths absolute: kg add may run from another folder than the build did.
        # Field by field, not dataclasses.asdict: its deep copy of every value took 1.8 of a
        # 10,000-article kg add's CPU seconds, for fields that are all flat.
        names = [f.name for f in fields(Document) if f.name != "text"]
        docs = []
        for d in self.documents:
            row = {k: getattr(d, k) for k in names}
            row["path"] = location(d)[0]
            docs.append({k: v for k, v in row.items() if v is not None})
        for d in docs:
            if isinstance(d.get("date"), date):
                d["date"] = d["date"].isoformat()
        data = {"format": FORMAT, "model": self.model, "base_iri": self.base_iri,
                "formats": list(self.formats), "documents": docs}
        try:  # orjson: json's indented writer is its slow pure-Python one (0.5 s at 10,000)
            return orjson.dumps(data, option=orjson.OPT_INDENT_2)
        except TypeError:
            # ASCII with escapes: a file name that is not UTF-8 reaches Python as lone
            # surrogates, which JSON can carry escaped (and gives back as the same str) but
            # UTF-8 (and so orjson) cannot.
            return json.dumps(data, indent=1).encode("ascii")

    @classmethod
    def read(cls, out: Path) -> Catalog:
        path = out / CATALOG_NAME
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError(f"format {data.get('format')!r}")
            docs = tuple(
                Document(**{**d, "text": "",
                            "date": date.fromisoformat(d["date"]) if d.get("date") else None})
                for d in data["documents"])
            return cls(docs, data["model"], data["base_iri"],
                       tuple(data.get("formats") or ("ttl",)))
        except FileNotFoundError:
            raise AddError(f"no build to add to in {str(out)!r} (no {CATALOG_NAME}); build it "
                           f"first: kg build PATH … --out {out}") from None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise AddError(f"cannot read {path}: {exc}; rebuild with kg build") from None


def location(doc: Document) -> tuple[str, str | None]:
    """What identifies an article across builds: its file (absolute) and, inside a file of many,
    its content hash. Not its record number: a line inserted at the top of a JSONL export would
    renumber every record after it. So an edited record counts as a new one (its old version is
    removed by ``--sync``)."""
    path = os.path.normpath(os.path.abspath(doc.path))
    return path, None if doc.record is None else doc.sha256


def catalog_digest(docs: Iterable[Document]) -> str:
    """Which documents in which order: ties a growth record to the catalog it was made with."""
    h = hashlib.sha256()
    for d in docs:
        h.update(d.sha256.encode("ascii") + b"\n")
    return h.hexdigest()


# What the graph says about an entity because of a relation
# (kg.graph.rdf.GraphBuilder.add_relation), not because of the entity itself (add_entities): an
# entity's own triples are these others.
_RELATION_PREDICATES = frozenset(str(KG[p]) for p in ("supplies", "deploys", "signed", "reports"))


@dataclass
class Growth:
    """What ``kg add`` needs to append articles to a build without reading every document's
    extraction again (``DIR/.kg-growth.json``; JSON like the cache: data, never code):
    the resolver's entities and class votes (kg.graph.resolve.Resolver), the entity keys that any
    relation found so far names, the finished relations per kind, the graph builder's figure
    comparisons (kg.graph.rdf.GraphBuilder), and, so that a record of another build is never used,
    the catalog digest and the size of the graph in ``graph.ttl``."""

    entities: dict[str, Entity]
    votes: dict[str, ClassVote]
    related: set[str]
    relations: Counter
    figures: dict[tuple[str, str], list[tuple[ox.NamedNode, tuple[float, float], str]]]
    conflicts: set[tuple[ox.NamedNode, ox.NamedNode | None]]
    documents: str
    triples: int
    turtle: str | None = None  # sha256 of the graph.ttl written with the record

    @classmethod
    def of(cls, build: BuildResult) -> Growth | None:
        """The record of a build (None when it kept no growth state, e.g. --shards)."""
        if isinstance(build.growth, Growth) or build.growth is None:
            return build.growth
        resolver, related, builder = build.growth
        if not all(hasattr(builder, name) for name in _BUILDER_STATE):
            return None  # kg add then resolves everything again (and says so)
        return cls(resolver.entities, resolver._classes,
                   related,
                   build.relation_counts(), builder._figures_seen, builder._conflict_members,
                   catalog_digest(build.documents), len(build.graph))

    def to_json(self) -> bytes:
        entities = [{**{f.name: getattr(e, f.name) for f in fields(Entity)},
                     "aliases": sorted(e.aliases), "documents": sorted(e.documents),
                     "descriptions": {d: sorted(f) for d, f in sorted(e.descriptions.items())},
                     "votes": v.to_json() if (v := self.votes.get(e.key)) else None}
                    for e in self.entities.values()]
        # An open interval's end is infinite, which JSON has no number for: written as a str
        # ("inf"), read back through float() (kg.jsonbytes: orjson would write null).
        figures = [[*key, [[iri.value, *(x if math.isfinite(x) else repr(x) for x in span),
                            period] for iri, span, period in seen]]
                   for key, seen in self.figures.items()]
        conflicts = sorted(([g.value, None if m is None else m.value] for g, m in self.conflicts),
                           key=lambda pair: (pair[0], pair[1] or ""))
        data = {"format": FORMAT, "documents": self.documents, "triples": self.triples,
                "turtle": self.turtle,
                "relations": dict(self.relations), "related": sorted(self.related),
                "entities": entities, "figures": figures, "conflicts": conflicts}
        return jsonbytes.dumps(data)

    @classmethod
    def read(cls, out: Path) -> Growth | None:
        """The record in ``out``; None when there is none or it cannot be read (kg add then
        resolves from the cache)."""
        try:
            data = jsonbytes.loads((out / GROWTH_NAME).read_bytes())
            if data.get("format") != FORMAT or "entities" not in data:
                return None
            entities: dict[str, Entity] = {}
            votes: dict[str, ClassVote] = {}
            for d in data["entities"]:
                counted = d.pop("votes")
                if counted is not None:
                    votes[d["key"]] = ClassVote.from_json(counted)
                entities[d["key"]] = Entity(**{**d, "aliases": set(d["aliases"]),
                                               "documents": set(d["documents"]),
                                               "descriptions": {k: set(v) for k, v in (
                                                   d.get("descriptions") or {}).items()}})
            return cls(entities, votes, set(data["related"]), Counter(data["relations"]),
                       {(a, b): [(ox.NamedNode(i), (float(lo), float(hi)), p)
                                 for i, lo, hi, p in seen]
                        for a, b, seen in data["figures"]},
                       {(ox.NamedNode(g), None if m is None else ox.NamedNode(m))
                        for g, m in data["conflicts"]},
                       str(data["documents"]), int(data["triples"]), data.get("turtle"))
        except (OSError, ValueError, KeyError, TypeError):
            return None


def extension_files(out: Path, catalog: Catalog, build: BuildResult,
                    turtle: bytes | Staged | None = None) -> dict[Path, bytes]:
    """The catalog and growth record of a build or addition (written with its outputs, of
    which ``turtle`` is graph.ttl)."""
    growth = Growth.of(build)
    if growth is not None:
        growth.turtle = None if turtle is None else sha256_of(turtle)
    return {out / CATALOG_NAME: catalog.to_json(),
            out / GROWTH_NAME: (growth.to_json() if growth is not None
                                else json.dumps({"format": FORMAT}).encode("ascii"))}


@dataclass
class GrownResult(BuildResult):
    """The build after an addition that appended only (see :func:`_grow`): ``relations`` holds
    the new ones, ``counts`` all of them per kind."""

    counts: Counter = field(default_factory=Counter)

    def relation_counts(self) -> Counter:
        return self.counts


@dataclass
class AddResult:
    """What ``add`` did; ``build`` is the whole graph after it, like a full build's result."""

    build: BuildResult
    catalog: Catalog
    added: list[Document]
    changed: list[Document]
    removed: list[Document]
    unchanged: int
    # Appended only: the quads the store loses and gains, and its size before (that of the
    # graph the build wrote); None: the store is made to hold ``build.graph`` by difference.
    changes: tuple[int, list, list] | None = None
    path: str = "full"  # "append": resolved against the growth record; "full": from the cache
    turtle: bytes | Forked | None = None  # graph.ttl of ``build.graph`` when already made
    parts: Any = None  # the page's kg.outputs.parts.ViewParts when made without the graph


def add(
    paths: Sequence[str | Path],
    out: Path,
    config: BuildConfig,
    *,
    sync: bool = False,
    on_skip: Callable[[Skipped], None] = lambda s: None,
    on_note: Callable[[str], None] | None = None,
) -> AddResult:
    """Extend the build in ``out`` with the articles under ``paths`` (see the module doc).

    ``config.model`` and ``config.base_iri`` are ignored: the catalog's are used, since the
    cached extractions and the IRIs already published were made with them.
    """
    catalog = Catalog.read(out)
    if config.cache_dir is None:
        raise AddError("kg add needs the extraction cache of the build (DIR/.cache)")
    timer = Timer()
    skipped: list[Skipped] = []

    def skip(s: Skipped) -> None:
        skipped.append(s)
        on_skip(s)

    docs = list(catalog.documents)
    index = {location(d): i for i, d in enumerate(docs)}
    known = {d.sha256: d for d in docs}
    seen: set[tuple[str, str | None]] = set()
    fresh: dict[str, Document] = {}  # sha256 → document with its text, to parse
    # sha256 → text of each new or changed one-article file, for the page's reader: kept from
    # this read, not read again (BuildResult.texts, as kg build keeps them)
    texts: dict[str, str] = {}
    added: list[Document] = []
    changed: list[Document] = []
    unchanged = 0
    moved = False  # an unchanged document whose metadata (name, …) is not as catalogued
    fields = FieldMap.load(dict(config.fields)) if config.fields else None
    with timer.stage("read"):
        for doc in iter_documents(paths, on_skip=skip, fields=fields, on_note=on_note):
            where = location(doc)
            seen.add(where)
            at = index.get(where)
            if at is not None and docs[at].sha256 == doc.sha256:
                unchanged += 1
                now = replace(doc, text="")  # its name may have moved ("FILE#3" → "#4")
                moved = moved or now != docs[at]
                docs[at] = now
                continue
            if doc.sha256 in known and location(known[doc.sha256]) != where:
                skip(Skipped(doc.path, f"duplicate of {known[doc.sha256].path}"))
                continue
            if at is not None:
                changed.append(doc)
                docs[at] = replace(doc, text="")
            else:
                added.append(doc)
                index[where] = len(docs)
                docs.append(replace(doc, text=""))
            known[doc.sha256] = doc
            fresh[doc.sha256] = doc
            if doc.record is None:
                texts[doc.sha256] = doc.text
    removed = [d for d in docs if location(d) not in seen] if sync else []
    if removed:
        docs = [d for d in docs if location(d) in seen]

    cache = ExtractionCache(config.cache_dir, catalog.model)
    extractions = _parse(docs, fresh, catalog.model, config, cache, timer)
    result = AddResult(BuildResult(graph=None,  # type: ignore[arg-type]  # set below
                                   documents=docs, entities={}, relations=[], skipped=skipped,
                                   model=catalog.model, timings=timer.totals,
                                   parsed=len(fresh), cached=len(docs) - len(fresh),
                                   texts=texts),
                       replace(catalog, documents=tuple(docs)), added, changed, removed,
                       unchanged)
    if not (changed or removed or moved):
        growth = Growth.read(out)
        why = ("no growth record (built by an older kg, or with --reason)" if growth is None
               else "the growth record is not this build's"
               if growth.documents != catalog_digest(catalog.documents) else None)
        if why is None:
            try:
                return _grow(result, out, growth, extractions, catalog.base_iri, timer,
                             on_note or (lambda note: None))
            except _Fallback as exc:
                why = str(exc)
        if on_note is not None and added:
            on_note(f"resolving all {len(docs):,} documents again from the cache: {why}")
    _cached(docs, extractions, cache, config, timer)
    gazetteer, rules = default_gazetteer(), default_relation_rules()
    resolver = Resolver(gazetteer)
    with timer.stage("resolve"):
        for doc in docs:
            resolver.add(replace(extractions[doc.sha256], doc=doc))
        related = related_keys(resolver.relations)
        resolver.finish(rules)
    with timer.stage("rdf"):
        builder = GraphBuilder(catalog.base_iri)
        graph = build_graph(docs, resolver.entities.values(), resolver.relations,
                            catalog.base_iri, builder)
    result.build = replace(result.build, graph=graph, entities=resolver.entities,
                           relations=resolver.relations, growth=(resolver, related, builder))
    return result


# The GraphBuilder attributes an addition sets (kg.graph.rdf): entity maps, country names, figures.
_BUILDER_STATE = ("_entity_iris", "_entity_cls", "_names", "_figures_seen", "_conflict_members")


class _Fallback(Exception):
    """The addition changes what the graph says about earlier documents: resolve all again."""


def _country_names(entities: Iterable[Entity]) -> tuple[Any, dict[str, str]]:
    """The names of countries that figures are attributed by (as kg.graph.rdf.GraphBuilder makes
    them)."""
    return name_pattern(Name(text, e.key) for e in entities if e.cls == "Country"
                        for text in (e.label, *sorted(e.aliases)))


def _grow(result: AddResult, out: Path, growth: Growth, extractions: dict[str, DocExtraction],
          base_iri: str, timer: Timer, note: Callable[[str], None]) -> AddResult:
    """Append the new documents to the build without reading the others' extractions: resolve
    them against the growth record's entities, make the graph of what they add (their
    documents, relations, figures, and the entities they touch), and apply that to the graph
    the build wrote (``graph.ttl``). Exactly what resolving everything again gives, as long
    as no earlier relation or figure changes meaning; _Fallback otherwise (an entity an
    earlier relation names changed class, a country gained a name)."""
    import pyoxigraph as ox

    from kg.graph.exports import document_graphs
    from kg.graph.oxgraph import oxigraph_of

    gazetteer, rules = default_gazetteer(), default_relation_rules()
    entities = growth.entities
    resolver = Resolver(gazetteer, entities=entities, relations=[], _classes=growth.votes)
    before = {k: (e.cls, e.mention_count) for k, e in entities.items()}
    names = _country_names(entities.values())[1]
    with timer.stage("resolve"):
        for doc in result.added:
            resolver.add(replace(extractions[doc.sha256], doc=doc))
        found = resolver.relations
        reclassed = {k for k, (cls, _) in before.items() if entities[k].cls != cls}
        if reclassed & growth.related:
            raise _Fallback(f"{', '.join(sorted(reclassed & growth.related))} changed class")
        pattern = _country_names(entities.values())
        renamed = {t for t in names.keys() | pattern[1].keys() if names.get(t) != pattern[1].get(t)}
        new_keys = entities.keys() - before.keys()
        dirty = [e for k, e in entities.items()
                 if before.get(k, ("", -1))[1] != e.mention_count or e.broader in new_keys
                 or e.part_of in new_keys or e.affiliation in new_keys
                 or e.affiliation in reclassed]
        relations = resolver.finish(rules)
    with timer.stage("rdf"):
        builder = GraphBuilder(base_iri)
        if not all(hasattr(builder, name) for name in _BUILDER_STATE):
            raise _Fallback("kg.graph.rdf.GraphBuilder keeps its state otherwise now")
        builder._entity_iris = {k: builder._entity(k) for k in entities}
        builder._entity_cls = {k: e.cls for k, e in entities.items()}
        builder._figures_seen, builder._conflict_members = growth.figures, growth.conflicts
        for doc in result.added:
            builder.add_document(doc)
        builder.add_entities(dirty)
        builder._names = pattern
        for rel in relations:
            builder.add_relation(rel)
    default = ox.DefaultGraph()
    news = oxigraph_of(builder.graph)
    with timer.stage("load"):
        graph = GraphBuilder(base_iri).graph  # its prefixes bound
        inner = oxigraph_of(graph)
        try:
            turtle = (out / "graph.ttl").read_bytes()
        except OSError as exc:
            raise _Fallback(f"cannot read {out / 'graph.ttl'}: {exc}") from None
        # Only the blocks of the subjects the addition touches are read, when graph.ttl is the
        # file the build wrote; else (or to look at every claim's words) the whole graph.
        whole = bool(renamed) or growth.turtle != hashlib.sha256(turtle).hexdigest()
        try:
            if whole:
                inner.bulk_load(turtle, format=ox.RdfFormat.TURTLE)
            else:
                touched = {q.subject for q in news.quads_for_pattern(None, None, None, default)}
                touched.update(builder._entity_iris[e.key] for e in dirty)
                inner.bulk_load(subject_blocks(turtle, touched), format=ox.RdfFormat.TURTLE)
        except (SyntaxError, ValueError) as exc:
            raise _Fallback(f"cannot read {out / 'graph.ttl'}: {exc}") from None
        if whole and len(inner) != growth.triples:
            raise _Fallback("graph.ttl is not the graph the build wrote")
        # A figure's subject is the country its claim's words name
        # (kg.graph.figures.figure_subject): a new name of a country changes no earlier figure whose
        # words do not contain it.
        for prop in ("statement", "asStated", "counted") if renamed else ():
            for q in inner.quads_for_pattern(None, ox.NamedNode(str(KG[prop])), None, default):
                words = " ".join(q.object.value.split())
                if any(name in words for name in renamed):
                    raise _Fallback("a country gained a name that earlier claims use")
    with timer.stage("rdf"):
        gone = []
        for e in dirty:  # an entity's own triples are all made again: drop those it lost
            s = builder._entity_iris[e.key]
            gone.extend(q for q in inner.quads_for_pattern(s, None, None, default)
                        if q.predicate.value not in _RELATION_PREDICATES and q not in news)
        fresh = [q for q in news.quads_for_pattern(None, None, None, default) if q not in inner]
        for q in gone:
            inner.remove(q)
        inner.extend(fresh)
        owner = {str(s): ox.NamedNode(str(d))
                 for s, d in document_graphs(builder.graph).items() if isinstance(s, URIRef)}
        named = [ox.Quad(q.subject, q.predicate, q.object, owner.get(q.subject.value, default))
                 for q in fresh]
        triples = growth.triples - len(gone) + len(fresh)
    with timer.stage("serialise"):  # the time of the child's splice is added when collected
        changed, part = {q.subject for q in (*gone, *fresh)}, graph
        spliced = _Spliced(lambda: splice_turtle(turtle, part, changed, few=not whole),
                           lambda: to_turtle(part if whole else _graph_of(
                               base_iri, _whole(None, turtle, gone, fresh))))
        result.turtle = spliced
    if not whole:  # ``graph`` holds the touched subjects only: the whole one when asked for
        graph = _later(base_iri, triples, lambda: _whole(spliced.value(), turtle, gone, fresh))
    with timer.stage("view parts"):
        result.parts = _grown_parts(out, growth, builder.graph, triples, result.added, note,
                                    result.build.texts)
    growth.related |= {k for r in found for _, keys in r.roles for k in keys}
    growth.relations.update(r.relation for r in relations)
    growth.documents = catalog_digest(result.catalog.documents)
    before, growth.triples = growth.triples, triples
    result.build = GrownResult(graph=graph, documents=result.build.documents, entities=entities,
                               relations=relations, skipped=result.build.skipped,
                               model=result.build.model, timings=timer.totals,
                               parsed=result.build.parsed, cached=result.build.cached,
                               growth=growth, texts=result.build.texts,
                               counts=growth.relations)
    result.changes = (before, gone, named)
    result.path = "append"
    return result


class _Spliced(Forked):
    """graph.ttl after an addition, spliced (``splice``, kg.building.incremental.splice_turtle)
    in a forked child on the second CPU while this process reads the page's parts and draws
    the page; made by ``whole`` (to_turtle of the whole graph) where the splice cannot read
    the file (_Fallback). ``value()`` gives the same bytes each time it is called."""

    def __init__(self, splice: Callable[[], bytes], whole: Callable[[], bytes]) -> None:
        def spliced() -> bytes:
            try:
                return splice()
            except _Fallback:
                return b""  # no Turtle of a graph that holds anything is empty
        super().__init__(spliced, parallel=True)
        self._whole, self._made = whole, None

    def value(self) -> bytes:
        if self._made is None:
            made = super().value()
            self._made = made or self._whole()
        return self._made


def _graph_of(base_iri: str, store: ox.Store) -> Any:
    """An rdflib Graph over ``store``, bound like kg's."""
    return _later(base_iri, len(store), lambda: store)


def _whole(turtle: bytes | None, old: bytes, gone: Sequence, fresh: Sequence) -> ox.Store:
    """The graph after an addition: its Turtle (``turtle``) read, or that before (``old``)
    changed by the difference."""
    store = ox.Store()
    store.bulk_load(old if turtle is None else turtle, format=ox.RdfFormat.TURTLE)
    if turtle is None:
        for q in gone:
            store.remove(q)
        store.extend(fresh)
    return store


def _later(base_iri: str, size: int, load: Callable[[], ox.Store]) -> Any:
    """An rdflib Graph of ``size`` triples, bound like kg's, whose store ``load`` makes when
    something first reads it (kg add then needs it only for other graph formats, SHACL on a
    small graph, a store out of step, or the Python API's graph)."""
    from rdflib import Graph

    from kg.graph.oxgraph import OxigraphMemory

    class Later(OxigraphMemory):
        def __init__(self) -> None:
            self._load: Callable[[], ox.Store] | None = load
            self._inner: ox.Store | None = None
            super().__init__()

        @property
        def inner(self) -> ox.Store:  # type: ignore[override]
            if self._load is not None:
                self._inner, self._load = self._load(), None
            return self._inner  # type: ignore[return-value]

        @inner.setter
        def inner(self, store: ox.Store) -> None:
            if self._load is None:
                self._inner = store

        def __len__(self, context: Any = None) -> int:
            if self._load is not None and not self._pending:
                return size
            return super().__len__(context)

    graph = Graph(store=Later())
    for prefix, namespace in GraphBuilder(base_iri).graph.namespaces():
        graph.bind(prefix, namespace, override=True)
    return graph


def _grown_parts(out: Path, growth: Growth, news: Any, triples: int, added: Sequence[Document],
                 note: Callable[[str], None], texts: Mapping[str, str] | None = None) -> Any:
    """The page's parts after an addition: the build's (``DIR/.kg-view.json``, read for the
    build ``growth`` records) with those of ``news``, the graph of the new articles and the
    entities they changed, for a graph of ``triples``; None, with a note, when the build's
    cannot be used (the page is then drawn from the whole graph). ``texts``: sha256 → text of
    the added articles as the addition read them (the others are read again)."""
    from kg.outputs.evidence import document_texts
    from kg.outputs.parts import VIEW_NAME, PartsError, ViewParts, view_parts

    try:
        parts = ViewParts.read(out / VIEW_NAME, growth.documents, growth.triples)
        return parts.grown(view_parts(news), triples, document_texts(added, texts))
    except PartsError as exc:
        note(f"drawing the page from the whole graph: {exc}")
        return None


def splice_turtle(old: bytes, graph, subjects: Iterable, *, few: bool = False) -> bytes:
    """``kg.graph.rdf.to_turtle(graph)`` made from ``old`` (that of the graph before an addition)
    and the blocks of the ``subjects`` (pyoxigraph terms) whose triples changed (``graph``
    holds at least those subjects' triples; ``few``: and not many others, so it is written
    whole rather than copied from). to_turtle writes one block per subject, the
    subjects sorted by IRI, each block the same bytes whatever else the graph holds: so the
    other blocks are copied as they are, and each changed subject is found by binary search.
    _Fallback for a file whose subjects this cannot read (then to_turtle runs)."""
    from kg.graph.oxgraph import oxigraph_of
    from kg.graph.rdf import to_turtle

    part = graph
    if not few:
        part = GraphBuilder(DEFAULT_BASE_IRI).graph
        for prefix, namespace in graph.namespaces():
            part.bind(prefix, namespace, override=True)
        inner, mine = oxigraph_of(graph), oxigraph_of(part)
        for s in subjects:
            mine.extend(inner.quads_for_pattern(s, None, None, None))
    made = to_turtle(part)
    made_at, made_blocks = _blocks(made)
    blocks = dict(_named(made, made_at, made_blocks))
    blocks_of = _Blocks(old)
    pieces, at = [], 0
    for iri in sorted({s.value for s in subjects}):  # sorted: the edits come in the file's order
        here, end, found = blocks_of.find(iri)
        pieces.append(old[at:here])
        pieces.append(blocks.get(iri, b""))
        at = end if found else here
    pieces.append(old[at:])
    return b"".join(pieces)


def subject_blocks(turtle: bytes, subjects: Iterable) -> bytes:
    """The @prefix lines of kg's Turtle ``turtle`` and the blocks of those of ``subjects``
    (pyoxigraph terms) it has: a Turtle file of their triples."""
    blocks_of = _Blocks(turtle)
    pieces = [turtle[:blocks_of.header]]
    for iri in sorted({s.value for s in subjects}):
        start, end, found = blocks_of.find(iri)
        if found:
            pieces.append(turtle[start:end])
    return b"".join(pieces)


class _Blocks:
    """The subject blocks of kg's Turtle (kg.graph.rdf.to_turtle: @prefix lines, then one block
    per subject, sorted by IRI, each starting on a line that starts with neither a tab nor a
    line break), found by binary search on the bytes: no pass over the whole file."""

    def __init__(self, turtle: bytes) -> None:
        header = 0
        while turtle.startswith(b"@prefix ", header):
            header = turtle.index(b"\n", header) + 1
        self.turtle, self.header = turtle, header
        self.prefixes = _prefixes(turtle[:header])

    def _next(self, pos: int) -> int:
        """The first block start at or after ``pos`` (the file's length if none)."""
        turtle = self.turtle
        if pos <= self.header:
            return self.header
        while True:
            i = turtle.find(b"\n", pos - 1)
            if i < 0 or i + 1 >= len(turtle):
                return len(turtle)
            if turtle[i + 1] not in (9, 10):  # neither a tab nor a line break
                return i + 1
            pos = i + 2

    def _start(self, pos: int) -> int:
        """The start of the block holding the byte before ``pos`` (> the header's end)."""
        turtle = self.turtle
        while True:
            i = turtle.rfind(b"\n", self.header, pos - 1)
            if i < 0:
                return self.header
            if turtle[i + 1] not in (9, 10):
                return i + 1
            pos = i + 1

    def find(self, iri: str) -> tuple[int, int, bool]:
        """(start, end, found): the block of ``iri``, or where it would go (start == end)."""
        lo, hi = self.header, len(self.turtle)
        # Blocks before lo are of smaller IRIs; the block at hi (if any) is not smaller.
        while lo < hi:
            start = self._start(lo + (hi - lo) // 2 + 1)
            if _subject(self.turtle, start, self.prefixes) < iri:
                lo = self._next(start + 1)
            else:
                hi = start
        if lo < len(self.turtle) and _subject(self.turtle, lo, self.prefixes) == iri:
            return lo, self._next(lo + 1), True
        return lo, lo, False


_BLOCK = re.compile(rb"\n(?=[^\t\n])")  # a line that starts a subject's block follows
_LOCAL_ESCAPE = re.compile(rb"\\(.)")  # Turtle's escapes in local names: a backslash, a character


def _blocks(turtle: bytes) -> tuple[int, list[int]]:
    """Where kg's Turtle's @prefix lines end, and where each subject block starts."""
    header = 0
    while turtle.startswith(b"@prefix ", header):
        header = turtle.index(b"\n", header) + 1
    starts = [m.end() for m in _BLOCK.finditer(turtle, header)]
    return header, ([header] if header < len(turtle) else []) + starts


def _prefixes(header: bytes) -> dict[bytes, bytes]:
    """b"@prefix id: <https://example.org/kg/id/> ." lines → {b"id": b"https://…"}."""
    found = {}
    for line in header.splitlines():
        _, name, iri, _ = line.split(b" ")
        found[name[:-1]] = iri[1:-1]
    return found


def _subject(turtle: bytes, start: int, prefixes: dict[bytes, bytes]) -> str:
    """The IRI of the subject whose block starts at ``start``."""
    token = turtle[start:turtle.index(b" ", start)]
    prefix, colon, local = token.partition(b":")
    if token.startswith(b"<") and token.endswith(b">"):
        return token[1:-1].decode("utf-8")
    if colon and prefix in prefixes:  # "id:Staff_\\%28Belarus\\%29": escapes dropped
        return (prefixes[prefix] + _LOCAL_ESCAPE.sub(rb"\1", local)).decode("utf-8")
    raise _Fallback(f"graph.ttl: cannot read the subject {token[:80]!r}")


def _named(turtle: bytes, header: int, starts: list[int]) -> Iterator[tuple[str, bytes]]:
    """(subject IRI, block bytes) of every block."""
    prefixes = _prefixes(turtle[:header])
    for start, end in zip(starts, [*starts[1:], len(turtle)][:len(starts)], strict=True):
        yield _subject(turtle, start, prefixes), turtle[start:end]


def _parse(docs: Sequence[Document], fresh: dict[str, Document], model: str,
           config: BuildConfig, cache: ExtractionCache, timer: Timer
           ) -> dict[str, DocExtraction]:
    """The new and changed documents' extractions, parsed (and put in the cache)."""
    found: dict[str, DocExtraction] = {}
    seconds: dict[str, float] = {}
    t0 = time.perf_counter()
    todo: Iterator[Document] = (fresh[d.sha256] for d in docs if d.sha256 in fresh)
    for ex in _extract(todo, model, default_gazetteer(), default_relation_rules(), 1,
                       config.batch_size, seconds):
        found[ex.doc.sha256] = ex
        cache.put(ex)
    timer.totals["parse+extract"] = time.perf_counter() - t0
    timer.totals.update({f"{k} (cpu)": v for k, v in seconds.items()})
    return found


def _cached(docs: Sequence[Document], found: dict[str, DocExtraction], cache: ExtractionCache,
            config: BuildConfig, timer: Timer) -> None:
    """Add the other documents' extractions, from the cache, to ``found``."""
    with timer.stage("cache"):
        for doc in docs:
            if doc.sha256 not in found:
                hit = cache.get(doc)
                if hit is None:
                    raise AddError(f"the extraction of {doc.path} is not in the cache "
                                   f"{config.cache_dir}; rebuild with kg build")
                found[doc.sha256] = hit


def update_store(path: Path, graph) -> tuple[int, int]:
    """Make the store at ``path`` hold ``graph`` (layout of kg.serving.store.to_quads) by removing
    the quads it no longer has and adding the new ones; returns (removed, added).

    The two sides are compared as N-Quads lines, both written by Oxigraph's serializer (the
    store's dump and :func:`nquad_lines`): hashing bytes is several times cheaper than building
    a Python Quad object per quad, and only the lines that differ are parsed back. Removals go
    first, so a quad written in another lexical form is removed and added again, never lost.
    kg mints no blank nodes, so every line names its quad exactly.
    """
    import pyoxigraph as ox

    from kg.serving.store import StoreError, _open

    nquads = ox.RdfFormat.N_QUADS
    store = _open(path)
    try:
        new = nquad_lines(graph)
        old = set(store.dump(format=nquads).splitlines())
        gone, fresh = old - new, new - old
        for quad in ox.parse(b"\n".join(gone), format=nquads):
            store.remove(quad)
        store.extend(ox.parse(b"\n".join(fresh), format=nquads))
        store.flush()
    except (OSError, ValueError, SyntaxError) as exc:
        raise StoreError(f"cannot update store {str(path)!r}: {exc}") from exc
    return len(gone), len(fresh)


def apply_changes(path: Path, size: int, gone: Sequence, fresh: Sequence
                  ) -> tuple[int, int] | None:
    """Remove the quads ``gone`` from the store at ``path`` and add ``fresh`` (an appending
    kg add: what it changed, without comparing the whole store); returns (removed, added), or
    None, changing nothing, when the store does not hold ``size`` quads (it is not the build's
    store as kg left it: then only a full comparison, update_store, makes it right)."""
    from kg.serving.store import StoreError, _open

    store = _open(path)
    try:
        if len(store) != size:
            return None
        for quad in gone:
            store.remove(quad)
        store.extend(fresh)
        store.flush()
    except (OSError, ValueError) as exc:
        raise StoreError(f"cannot update store {str(path)!r}: {exc}") from exc
    return len(gone), len(fresh)


def nquad_lines(graph) -> set[bytes]:
    """The quads of :func:`kg.serving.store.to_quads` as N-Quads lines, without a Python object per
    quad: Oxigraph writes the graph's triples, and each line whose subject belongs to a
    document gets that document's graph name."""
    import pyoxigraph as ox
    from rdflib import URIRef

    from kg.graph.exports import document_graphs
    from kg.graph.oxgraph import to_oxigraph

    owner = {f"<{s}>".encode(): f"<{doc}> .".encode()
             for s, doc in document_graphs(graph).items() if isinstance(s, URIRef)}
    lines = set()
    for line in to_oxigraph(graph).dump(format=ox.RdfFormat.N_QUADS,
                                        from_graph=ox.DefaultGraph()).splitlines():
        name = owner.get(line[:line.find(b" ")])  # "<s> <p> <o> ." → "<s> <p> <o> <g> ."
        lines.add(line if name is None else line[:-1] + name)
    return lines


@dataclass(frozen=True)
class AddOptions:
    """The options of ``kg add`` with the same names and defaults."""

    out: Path = Path("output")
    store: str | Path | None = None
    sync: bool = False
    cache: str | Path | None = None  # default: OUT/.cache
    formats: tuple[str, ...] | None = None  # graph files to write; None: those the build wrote
    fields: tuple[tuple[str, str], ...] | None = None
    validate: str = "auto"
    no_png: bool = False

    @classmethod
    def create(cls, **options) -> AddOptions:
        """Options as a Python caller gives them (checked like kg.building.publish.BuildOptions)."""
        names = {f.name for f in fields(cls)}
        unknown = sorted(set(options) - names)
        if unknown:
            raise UsageError(f"unknown add option(s) {', '.join(unknown)}; "
                             f"choose from {', '.join(sorted(names))}")
        checked = BuildOptions.create(**{k: v for k, v in options.items()
                                         if k in ("out", "formats", "validate")
                                         and v is not None})
        for name in ("out", "formats", "validate"):
            if options.get(name) is not None:
                options[name] = getattr(checked, name)
        return cls(**options)


@dataclass
class Addition(Publication):
    """What :func:`publish` did: a :class:`kg.building.publish.Publication` (``result`` the whole
    graph after the addition) plus what changed."""

    added: list[Document] = field(default_factory=list)
    changed: list[Document] = field(default_factory=list)
    removed: list[Document] = field(default_factory=list)
    unchanged: int = 0
    store_changes: tuple[int, int] | None = None  # quads (removed, added) in the store
    path: str = "full"  # "append": only the new articles' part resolved (AddResult.path)


def publish(paths: Sequence[str | Path], options: AddOptions, *,
            warn: Callable[[str], None] = _warn) -> Addition:
    """``kg add``: extend the build in ``options.out`` with the articles under ``paths`` and
    rewrite its outputs (graph files, page, picture, summary, catalog) and ``options.store``.

    ``warn`` receives each warning and note as one line. Raises
    :class:`kg.building.publish.BuildError` (:class:`AddError`,
    :class:`kg.building.publish.UsageError`, :class:`kg.building.publish.InvalidGraphError`) with
    the message ``kg add`` prints; nothing is written then (the previous outputs stay), except that
    a store error comes after the graph files were written.
    """
    from kg.heap import paused_gc

    # An addition makes millions of small acyclic containers (the growth record, the page's
    # parts and data) and only a little cyclic garbage: collector passes over them cost seconds.
    with paused_gc():
        return _publish(paths, options, warn)


def _publish(paths: Sequence[str | Path], options: AddOptions,
             warn: Callable[[str], None]) -> Addition:
    from kg.extract.nlp import ModelError
    from kg.serving.store import StoreError, is_store

    started = time.perf_counter()
    out = Path(options.out)
    if options.store is not None and not is_store(Path(options.store)):
        raise UsageError(f"{str(options.store)!r} is not a kg store (build one with: "
                         "kg build … --store DIR)")
    cache = Path(options.cache) if options.cache else out / ".cache"
    config = BuildConfig(cache_dir=cache, fields=tuple(options.fields or ()))
    lock = lock_output(out) if out.is_dir() else None
    result = None
    try:
        try:
            result = add(paths, out, config, sync=options.sync,
                         on_skip=lambda s: warn(f"warning: skipped {printable(s.path)}: "
                                                f"{printable(s.reason)}"),
                         on_note=lambda note: warn(f"note: {note}"))
        except ModelError as exc:
            raise AddError(str(exc)) from None
        build = result.build
        if not build.documents:
            raise AddError("no documents left in the build")
        pub = Addition(BuildOptions(out=out, validate=options.validate), started, build,
                       build.graph, added=result.added, changed=result.changed,
                       removed=result.removed, unchanged=result.unchanged, path=result.path)
        _check(pub, warn, None)  # the same SHACL check as kg build
        pub.files = _write_outputs(out, result, formats=options.formats,
                                   png=not options.no_png, title="kg: " + out.name)
        if options.store is not None:
            t = time.perf_counter()
            try:
                pub.store_changes = (
                    result.changes is not None
                    and apply_changes(Path(options.store), *result.changes)
                    or update_store(Path(options.store), build.graph))
            except StoreError as exc:
                raise AddError(f"{exc} (the graph files were written)") from None
            build.timings["store"] = time.perf_counter() - t
            pub.files.append(Path(options.store))
    finally:
        if result is not None and isinstance(result.turtle, Forked):
            result.turtle.cancel()  # a splice still running when something failed
        if lock is not None:
            lock.close()
    return pub


def _write_outputs(out: Path, result: AddResult, *, png: bool, title: str,
                   formats: Sequence[str] | None = None) -> list[Path]:
    """Write the graph files (``formats``, default: those of the build), page, picture, summary
    and catalog of ``result`` as one set (what ``kg build`` writes, through the same
    :func:`kg.building.publish.render_outputs`; the previous set stays if anything fails)."""
    from kg.building.files import discard, write_all_atomic
    from kg.building.publish import render_outputs
    from kg.outputs.parts import VIEW_NAME

    build = result.build
    digest = catalog_digest(result.catalog.documents)
    # Parts read from the build's file and grown: the addition's lines are appended to it;
    # else (drawn from the whole graph) the file is written afresh with the outputs.
    appended = result.parts is not None and result.parts.end is not None
    outputs = render_outputs(build.graph, build.graph, out, formats or result.catalog.formats,
                             png=png, title=title, timings=build.timings,
                             documents=build.documents, turtle=result.turtle,
                             parts=result.parts, sidecar=None if appended else digest,
                             texts=build.texts)
    staged = list(outputs.values())
    sidecar = {} if appended else {out / VIEW_NAME: outputs.pop(out / VIEW_NAME)}
    t = time.perf_counter()
    try:
        if appended:  # before the outputs: an appendix whose outputs never come is not read
            result.parts.append_to(out / VIEW_NAME, digest)
        write_all_atomic({**outputs, **sidecar,
                          **extension_files(out, result.catalog, build,
                                            outputs.get(out / "graph.ttl"))})
    except BaseException:
        discard(staged)  # never renamed
        raise
    build.timings["write"] = time.perf_counter() - t
    return list(outputs)
