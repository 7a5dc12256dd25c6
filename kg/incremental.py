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

import json
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from pathlib import Path

from kg.cache import ExtractionCache
from kg.gazetteer import default_gazetteer, default_relation_rules
from kg.guard import printable
from kg.ingest import iter_documents
from kg.model import DocExtraction, Document, Skipped
from kg.pipeline import BuildConfig, BuildResult, Timer, _extract
from kg.publish import (
    BuildError,
    BuildOptions,
    Publication,
    UsageError,
    _check,
    _warn,
    lock_output,
)
from kg.rdf import build_graph
from kg.resolve import Resolver
from kg.sources import FieldMap

CATALOG_NAME = ".kg-catalog.json"
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
        docs = [{k: v for k, v in asdict(replace(d, path=location(d)[0])).items()
                 if k != "text" and v is not None} for d in self.documents]
        for d in docs:
            if isinstance(d.get("date"), date):
                d["date"] = d["date"].isoformat()
        data = {"format": FORMAT, "model": self.model, "base_iri": self.base_iri,
                "formats": list(self.formats), "documents": docs}
        # ASCII with escapes: a file name that is not UTF-8 reaches Python as lone surrogates,
        # which JSON can carry escaped (and gives back as the same str) but UTF-8 cannot.
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


@dataclass
class AddResult:
    """What ``add`` did; ``build`` is the whole graph after it, like a full build's result."""

    build: BuildResult
    catalog: Catalog
    added: list[Document]
    changed: list[Document]
    removed: list[Document]
    unchanged: int


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
    added: list[Document] = []
    changed: list[Document] = []
    unchanged = 0
    fields = FieldMap.load(dict(config.fields)) if config.fields else None
    with timer.stage("read"):
        for doc in iter_documents(paths, on_skip=skip, fields=fields, on_note=on_note):
            where = location(doc)
            seen.add(where)
            at = index.get(where)
            if at is not None and docs[at].sha256 == doc.sha256:
                unchanged += 1
                docs[at] = replace(doc, text="")  # its name may have moved ("FILE#3" → "#4")
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
    removed = [d for d in docs if location(d) not in seen] if sync else []
    if removed:
        docs = [d for d in docs if location(d) in seen]

    extractions = _extractions(docs, fresh, catalog.model, config, timer)
    gazetteer, rules = default_gazetteer(), default_relation_rules()
    resolver = Resolver(gazetteer)
    with timer.stage("resolve"):
        for doc in docs:
            resolver.add(replace(extractions[doc.sha256], doc=doc))
        resolver.finish(rules)
    with timer.stage("rdf"):
        graph = build_graph(docs, resolver.entities.values(), resolver.relations,
                            catalog.base_iri)
    build = BuildResult(graph=graph, documents=docs, entities=resolver.entities,
                        relations=resolver.relations, skipped=skipped, model=catalog.model,
                        timings=timer.totals, parsed=len(fresh), cached=len(docs) - len(fresh))
    return AddResult(build, replace(catalog, documents=tuple(docs)), added, changed, removed,
                     unchanged)


def _extractions(docs: Sequence[Document], fresh: dict[str, Document], model: str,
                 config: BuildConfig, timer: Timer) -> dict[str, DocExtraction]:
    """Every document's extraction: the new and changed ones parsed, the others cached."""
    cache = ExtractionCache(config.cache_dir, model)  # type: ignore[arg-type]
    found: dict[str, DocExtraction] = {}
    with timer.stage("cache"):
        for doc in docs:
            if doc.sha256 not in fresh:
                hit = cache.get(doc)
                if hit is None:
                    raise AddError(f"the extraction of {doc.path} is not in the cache "
                                   f"{config.cache_dir}; rebuild with kg build")
                found[doc.sha256] = hit
    seconds: dict[str, float] = {}
    t0 = time.perf_counter()
    todo: Iterator[Document] = (fresh[d.sha256] for d in docs if d.sha256 in fresh)
    for ex in _extract(todo, model, default_gazetteer(), default_relation_rules(), 1,
                       config.batch_size, seconds):
        found[ex.doc.sha256] = ex
        cache.put(ex)
    timer.totals["parse+extract"] = time.perf_counter() - t0
    return found


def update_store(path: Path, graph) -> tuple[int, int]:
    """Make the store at ``path`` hold ``graph`` (layout of kg.store.to_quads) by removing the
    quads it no longer has and adding the new ones; returns (removed, added).

    The two sides are compared as N-Quads lines, both written by Oxigraph's serializer (the
    store's dump and :func:`nquad_lines`): hashing bytes is several times cheaper than building
    a Python Quad object per quad, and only the lines that differ are parsed back. Removals go
    first, so a quad written in another lexical form is removed and added again, never lost.
    kg mints no blank nodes, so every line names its quad exactly.
    """
    import pyoxigraph as ox

    from kg.store import StoreError, _open

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


def nquad_lines(graph) -> set[bytes]:
    """The quads of :func:`kg.store.to_quads` as N-Quads lines, without a Python object per
    quad: Oxigraph writes the graph's triples, and each line whose subject belongs to a
    document gets that document's graph name."""
    import pyoxigraph as ox
    from rdflib import URIRef

    from kg.exports import document_graphs
    from kg.oxgraph import to_oxigraph

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
        """Options as a Python caller gives them (checked like kg.publish.BuildOptions)."""
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
    """What :func:`publish` did: a :class:`kg.publish.Publication` (``result`` the whole graph
    after the addition) plus what changed."""

    added: list[Document] = field(default_factory=list)
    changed: list[Document] = field(default_factory=list)
    removed: list[Document] = field(default_factory=list)
    unchanged: int = 0
    store_changes: tuple[int, int] | None = None  # quads (removed, added) in the store


def publish(paths: Sequence[str | Path], options: AddOptions, *,
            warn: Callable[[str], None] = _warn) -> Addition:
    """``kg add``: extend the build in ``options.out`` with the articles under ``paths`` and
    rewrite its outputs (graph files, page, picture, summary, catalog) and ``options.store``.

    ``warn`` receives each warning and note as one line. Raises :class:`kg.publish.BuildError`
    (:class:`AddError`, :class:`kg.publish.UsageError`, :class:`kg.publish.InvalidGraphError`)
    with the message ``kg add`` prints; nothing is written then (the previous outputs stay),
    except that a store error comes after the graph files were written.
    """
    from kg.nlp import ModelError
    from kg.store import StoreError, is_store

    started = time.perf_counter()
    out = Path(options.out)
    if options.store is not None and not is_store(Path(options.store)):
        raise UsageError(f"{str(options.store)!r} is not a kg store (build one with: "
                         "kg build … --store DIR)")
    cache = Path(options.cache) if options.cache else out / ".cache"
    config = BuildConfig(cache_dir=cache, fields=tuple(options.fields or ()))
    lock = lock_output(out) if out.is_dir() else None
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
                       removed=result.removed, unchanged=result.unchanged)
        _check(pub, warn, None)  # the same SHACL check as kg build
        pub.files = _write_outputs(out, result, formats=options.formats,
                                   png=not options.no_png, title="kg: " + out.name)
        if options.store is not None:
            t = time.perf_counter()
            try:
                pub.store_changes = update_store(Path(options.store), build.graph)
            except StoreError as exc:
                raise AddError(f"{exc} (the graph files were written)") from None
            build.timings["store"] = time.perf_counter() - t
            pub.files.append(Path(options.store))
    finally:
        if lock is not None:
            lock.close()
    return pub


def _write_outputs(out: Path, result: AddResult, *, png: bool, title: str,
                   formats: Sequence[str] | None = None) -> list[Path]:
    """Write the graph files (``formats``, default: those of the build), page, picture, summary
    and catalog of ``result`` as one set (what ``kg build`` writes, through the same
    :func:`kg.publish.render_outputs`; the previous set stays if anything fails)."""
    from kg.outputs import write_all_atomic
    from kg.publish import render_outputs

    build = result.build
    outputs = render_outputs(build.graph, build.graph, out, formats or result.catalog.formats,
                             png=png, title=title, timings=build.timings,
                             documents=build.documents)
    t = time.perf_counter()
    write_all_atomic({**outputs, out / CATALOG_NAME: result.catalog.to_json()})
    build.timings["write"] = time.perf_counter() - t
    return list(outputs)
