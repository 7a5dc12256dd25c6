"""The build: documents → parsed chunks → mentions/relations → resolved entities → RDF graph."""

from __future__ import annotations

import itertools
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from rdflib import Graph

from kg.building.cache import ExtractionCache
from kg.extract.gazetteer import Gazetteer, RelationRules, default_gazetteer, default_relation_rules
from kg.extract.nlp import resolve_model_name
from kg.extract.runner import Extractor, extract_parallel
from kg.graph.rdf import DEFAULT_BASE_IRI, GraphBuilder, build_graph, check_base_iri
from kg.graph.resolve import Resolver, related_keys
from kg.heap import settled_heap, settling
from kg.inputs.ingest import SAMPLES_DIR as SAMPLES_DIR  # re-exported: the default input
from kg.inputs.ingest import discover, iter_documents
from kg.inputs.sources import FieldMap, kind
from kg.model import DocExtraction, Document, Entity, Relation, Skipped

# Below this many documents one process is faster: starting workers costs seconds.
PARALLEL_MIN_DOCS = 64
# The extraction loop moves what the build keeps out of the garbage collector's reach after
# every this many documents (kg.heap.settling)
SETTLE_EVERY_DOCS = 500


@dataclass(frozen=True)
class BuildConfig:
    model: str | None = None
    base_iri: str = DEFAULT_BASE_IRI
    jobs: int | None = None  # None: 1 for small corpora, else up to 2 processes
    batch_size: int = 32
    cache_dir: Path | None = None  # extraction cache; None: no cache
    engine: str = "local"  # "dask": parse on a Dask cluster (kg.building.distributed)
    scheduler: str | None = None  # Dask scheduler address; None: a LocalCluster of `jobs`
    graph: bool = True  # False: leave BuildResult.graph empty (kg build --shards writes RDF)
    follow_links: bool = False  # read symbolic links that lead out of the given folders
    # Record field names to try first (part → field), e.g. {"text": "body"}: kg build --fields
    fields: tuple[tuple[str, str], ...] = ()
    profile: bool = False  # time each spaCy component and extraction step (kg.extract.profile)
    # Seconds one document may take to parse; a document over it is skipped (None: no cap;
    # kg build's default is kg.building.publish.DOC_TIMEOUT_S).
    doc_timeout: float | None = None


@dataclass
class BuildResult:
    graph: Graph
    documents: list[Document]  # text dropped: metadata only
    entities: dict[str, Entity]
    relations: list[Relation]
    skipped: list[Skipped]
    model: str
    timings: dict[str, float] = field(default_factory=dict)
    parsed: int = 0  # documents run through spaCy in this build
    cached: int = 0  # documents whose extraction came from the cache
    # (Resolver, its relations before finish(), GraphBuilder): what kg add extends
    # (kg.building.incremental.Growth); None with --shards
    growth: Any = None
    # sha256 → text of each one-article file read here, for the page's reader
    # (kg.outputs.evidence.document_texts): kept from the read, not read again
    texts: dict[str, str] = field(default_factory=dict)

    def entity_counts(self) -> Counter:
        return Counter(e.cls for e in self.entities.values())

    def relation_counts(self) -> Counter:
        return Counter(r.relation for r in self.relations)


class Timer:
    """Accumulates wall time per stage."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.totals[name] = self.totals.get(name, 0.0) + time.perf_counter() - t0


def _jobs(config: BuildConfig, n_docs: int) -> int:
    if config.jobs is not None:
        return max(1, config.jobs)
    return 1 if n_docs < PARALLEL_MIN_DOCS else max(1, min(2, os.cpu_count() or 1))


def build(
    paths: Sequence[str | Path],
    config: BuildConfig = BuildConfig(),
    *,
    on_skip: Callable[[Skipped], None] = lambda s: None,
    progress: Callable[[Iterable[Document], int], Iterable[Document]] | None = None,
    gazetteer: Gazetteer | None = None,
    rules: RelationRules | None = None,
    on_note: Callable[[str], None] | None = None,
) -> BuildResult:
    """Run the whole extraction over ``paths`` (files or folders) and return the graph."""
    check_base_iri(config.base_iri)
    timer = Timer()
    gazetteer = gazetteer or default_gazetteer()
    rules = rules or default_relation_rules()
    skipped: list[Skipped] = []

    def skip(s: Skipped) -> None:
        skipped.append(s)
        on_skip(s)

    model = resolve_model_name(config.model)
    with timer.stage("discover"):
        files = list(discover(paths, on_skip=skip, follow_links=config.follow_links))
    warcs: list[Path] = []
    if config.engine == "dask":  # the workers read WARC files themselves: kg.building.distributed
        warcs = [f for f in files if kind(f.name) == "warc"]
        files = [f for f in files if kind(f.name) != "warc"]
    documents: list[Document] = []
    texts: dict[str, str] = {}  # BuildResult.texts; none when no graph (and page) is made
    resolver = Resolver(gazetteer)
    cache = ExtractionCache(config.cache_dir, model) if config.cache_dir else None

    def read() -> Iterator[Document]:
        fields = FieldMap.load(dict(config.fields)) if config.fields else None
        it = iter_documents(files, on_skip=skip, fields=fields, on_note=on_note)
        while True:
            with timer.stage("read"):
                doc = next(it, None)
            if doc is None:
                return
            documents.append(replace(doc, text=""))
            if config.graph and doc.record is None:
                texts[doc.sha256] = doc.text
            yield doc

    stream: Iterable[Document] = read()
    if progress is not None:
        stream = progress(stream, len(files))

    def misses() -> Iterator[Document]:
        """Documents to parse; cached ones are resolved on the way."""
        for doc in stream:
            hit = cache.get(doc) if cache else None
            if hit is None:
                yield doc
                continue
            with timer.stage("resolve"):
                resolver.add(hit)

    jobs = _jobs(config, len(files) + PARALLEL_MIN_DOCS * len(warcs))  # a WARC: many pages
    seconds: dict[str, float] = {}
    parsed = 0
    t0 = time.perf_counter()
    if config.engine == "dask":
        from kg.building.distributed import extract_dask

        extracted = extract_dask(misses(), model, jobs, config.scheduler, warcs=warcs,
                                 on_document=documents.append, on_skip=skip,
                                 on_note=on_note or (lambda n: None), progress=progress,
                                 cache=cache, on_cached=resolver.add,
                                 batch_size=config.batch_size, seconds=seconds)
    elif config.engine == "local":
        extracted = _extract(misses(), model, gazetteer, rules, jobs, config.batch_size, seconds,
                             config.profile, config.doc_timeout)
    else:
        raise ValueError(f"unknown engine {config.engine!r}; expected 'local' or 'dask'")
    dropped: set[str] = set()  # timed out or failed: not in the graph
    for ex in settling(extracted, SETTLE_EVERY_DOCS):
        parsed += 1
        if ex.timed_out:  # never cached: a later build with a higher cap parses it
            dropped.add(ex.doc.doc_id)
            skip(Skipped(ex.doc.path, f"parsing took longer than {config.doc_timeout:g} s "
                         "(--doc-timeout); nothing extracted from it"))
            continue
        if ex.error:  # a bug met on this text: the rest of the corpus still builds
            dropped.add(ex.doc.doc_id)
            skip(Skipped(ex.doc.path, f"extraction failed ({ex.error}); nothing extracted "
                         "from it (please report this document)"))
            continue
        with timer.stage("resolve"):
            resolver.add(ex)
        if cache is not None:
            with timer.stage("cache"):
                cache.put(ex)
    wall = time.perf_counter() - t0
    if dropped:
        documents[:] = [d for d in documents if d.doc_id not in dropped]
    with timer.stage("resolve"):
        # kg add extends the entity keys that any relation before finish() names; the keys are
        # kept, not that list (its relations are not needed again)
        related = related_keys(resolver.relations)
        resolver.finish(rules)
    # parse/extract ran inside the loop above (in workers when jobs > 1): report their wall time
    # net of what the loop body itself spent reading and resolving.
    inner = sum(timer.totals.get(k, 0.0) for k in ("read", "resolve", "cache"))
    timer.totals["parse+extract"] = max(0.0, wall - inner)
    timer.totals.update({f"{k} (cpu)": v for k, v in seconds.items()})
    with timer.stage("rdf"), settled_heap() as settle:
        settle()  # the resolved documents stay to the end; the graph's many terms come next
        builder = GraphBuilder(config.base_iri) if config.graph else None
        graph = build_graph(documents, resolver.entities.values(), resolver.relations,
                            config.base_iri, builder) if builder else Graph()
    return BuildResult(
        graph=graph,
        documents=documents,
        entities=resolver.entities,
        relations=resolver.relations,
        skipped=skipped,
        model=model,
        timings=timer.totals,
        parsed=parsed,
        cached=cache.hits if cache else 0,
        growth=(resolver, related, builder) if builder else None,
        texts=texts,
    )


def _extract(
    docs: Iterable[Document],
    model: str,
    gazetteer: Gazetteer,
    rules: RelationRules,
    jobs: int,
    batch_size: int,
    seconds: dict[str, float],
    profile: bool = False,
    doc_timeout: float | None = None,
) -> Iterator[DocExtraction]:
    """Extract in this process or in ``jobs`` workers; load nothing when nothing is to parse."""
    it = iter(docs)
    first = next(it, None)
    if first is None:
        return
    rest = itertools.chain([first], it)
    if jobs > 1:
        yield from extract_parallel(rest, model, jobs, batch_size=batch_size, seconds=seconds,
                                    gazetteer=gazetteer, rules=rules, profile=profile,
                                    doc_timeout=doc_timeout)
        return
    # CPU seconds, like every other entry of ``seconds`` (the summary labels them "(cpu)")
    t = time.process_time()
    extractor = Extractor.load(model, gazetteer, rules, batch_size, profile=profile,
                               doc_timeout=doc_timeout)
    seconds["load model"] = time.process_time() - t
    # The pipeline (~100,000 objects) lives to the end of the parse: out of the collector's
    # full walks from the first document on, as in a worker process; handed back when the
    # parse ends (nothing is frozen where the caller turned the collector off: kg add).
    with settled_heap() as settle:
        settle()
        yield from extractor.extract(rest, keep_text=False)
    for k, v in extractor.seconds.items():
        seconds[k] = seconds.get(k, 0.0) + v
