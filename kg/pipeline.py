"""The build: documents → parsed chunks → mentions/relations → resolved entities → RDF graph."""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import Graph

from kg.extract import extract_mentions, extract_relations
from kg.gazetteer import Gazetteer, RelationRules, default_gazetteer, default_relation_rules
from kg.ingest import discover, iter_documents
from kg.model import DocExtraction, Document, Entity, Mention, Relation, RelationMention, Skipped
from kg.nlp import load_pipeline, resolve_model_name
from kg.rdf import DEFAULT_BASE_IRI, build_graph, check_base_iri
from kg.resolve import Resolver

SAMPLES_DIR = Path(__file__).resolve().parent / "samples"
# Paragraph-aligned chunks keep every parse far below spaCy's max_length and bound memory.
CHUNK_CHARS = 100_000
# Same-length replacements only: offsets into Document.text must stay valid.
_PARSE_TRANSLATION = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " "})
PARALLEL_MIN_DOCS = 64


@dataclass(frozen=True)
class BuildConfig:
    model: str | None = None
    base_iri: str = DEFAULT_BASE_IRI
    jobs: int | None = None  # None: 1 for small corpora, else up to 2 processes
    batch_size: int = 32


@dataclass
class BuildResult:
    graph: Graph
    documents: list[Document]  # text dropped: metadata only
    entities: dict[str, Entity]
    relations: list[Relation]
    skipped: list[Skipped]
    model: str
    timings: dict[str, float] = field(default_factory=dict)

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


def chunks(text: str, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) pieces of at most ``limit`` chars, cut at paragraph/line/space breaks."""
    start, n = 0, len(text)
    while start < n:
        end = min(start + limit, n)
        if end < n:
            for sep in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(sep, start + limit // 2, end)
                if cut != -1:
                    end = cut + len(sep)
                    break
        yield start, text[start:end]
        start = end


def _jobs(config: BuildConfig, n_docs: int) -> int:
    if config.jobs is not None:
        return max(1, config.jobs)
    return 1 if n_docs < PARALLEL_MIN_DOCS else max(1, min(2, os.cpu_count() or 1))


def _original_text(rel: RelationMention, doc: Document) -> RelationMention:
    """Evidence quotes the document, not the parser's normalised copy of it."""
    s = rel.sentence
    return replace(rel, sentence=replace(s, text=doc.text[s.start : s.end]))


def extract_documents(
    docs: Iterable[Document],
    nlp,
    rules: RelationRules,
    *,
    ignore: frozenset[str] = frozenset(),
    n_process: int = 1,
    batch_size: int = 32,
    timer: Timer | None = None,
) -> Iterator[DocExtraction]:
    """Parse with ``nlp.pipe`` (batched, optionally multi-process) and extract per document."""
    timer = timer or Timer()
    current: dict[str, Document] = {}

    def items() -> Iterator[tuple[str, tuple[str, int, bool]]]:
        for doc in docs:
            current[doc.doc_id] = doc
            parts = list(chunks(doc.text))
            if not parts:
                yield "", (doc.doc_id, 0, True)
            for i, (offset, piece) in enumerate(parts):
                yield piece.translate(_PARSE_TRANSLATION), (doc.doc_id, offset, i == len(parts) - 1)

    mentions: list[Mention] = []
    relations: list[RelationMention] = []
    stream = nlp.pipe(items(), as_tuples=True, batch_size=batch_size, n_process=n_process)
    while True:
        with timer.stage("parse"):
            nxt = next(stream, None)
        if nxt is None:
            break
        parsed, (doc_id, offset, last) = nxt
        with timer.stage("extract"):
            found = extract_mentions(parsed, doc_id, offset, ignore)
            mentions.extend(found)
            relations.extend(extract_relations(parsed, doc_id, rules, found, offset))
        if last:
            doc = current.pop(doc_id)
            rels = tuple(_original_text(r, doc) for r in relations)
            yield DocExtraction(doc, tuple(mentions), rels)
            mentions, relations = [], []


def build(
    paths: Sequence[str | Path],
    config: BuildConfig = BuildConfig(),
    *,
    on_skip: Callable[[Skipped], None] = lambda s: None,
    progress: Callable[[Iterable[Document], int], Iterable[Document]] | None = None,
    gazetteer: Gazetteer | None = None,
    rules: RelationRules | None = None,
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

    with timer.stage("load model"):
        model = resolve_model_name(config.model)
        nlp = load_pipeline(model, gazetteer)
    with timer.stage("discover"):
        files = list(discover(paths, on_skip=skip))
    documents: list[Document] = []

    def read() -> Iterator[Document]:
        it = iter_documents(files, on_skip=skip)
        while True:
            with timer.stage("read"):
                doc = next(it, None)
            if doc is None:
                return
            documents.append(replace(doc, text=""))
            yield doc

    stream: Iterable[Document] = read()
    if progress is not None:
        stream = progress(stream, len(files))
    resolver = Resolver(gazetteer)
    extracted = extract_documents(
        stream, nlp, rules, ignore=gazetteer.not_entities, n_process=_jobs(config, len(files)),
        batch_size=config.batch_size, timer=timer,
    )
    for ex in extracted:
        with timer.stage("resolve"):
            resolver.add(ex)
    # Documents are read lazily from inside nlp.pipe: keep "parse" net of reading.
    timer.totals["parse"] = timer.totals.get("parse", 0.0) - timer.totals.get("read", 0.0)
    with timer.stage("rdf"):
        graph = build_graph(documents, resolver.entities.values(), resolver.relations,
                            config.base_iri)
    return BuildResult(
        graph=graph,
        documents=documents,
        entities=resolver.entities,
        relations=resolver.relations,
        skipped=skipped,
        model=model,
        timings=timer.totals,
    )
