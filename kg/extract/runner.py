"""Running the extractor over documents: batched ``nlp.pipe`` over paragraph-aligned chunks,
in this process or in a pool of worker processes (each loads the pipeline once)."""

from __future__ import annotations

import gc
import multiprocessing
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from itertools import islice

from kg.extract.entities import ERROR_KEY, extract_mentions
from kg.extract.gazetteer import Gazetteer, RelationRules, default_gazetteer, default_relation_rules
from kg.extract.profile import EXTRACT, timed_pipe
from kg.extract.relations import extract_relations
from kg.heap import paused_gc
from kg.model import DocExtraction, Document, Mention, RelationMention

# Paragraph-aligned chunks keep every parse far below spaCy's max_length and bound memory:
# a batch is at most batch_size chunks, and spaCy's memory grows with the characters in flight
# (32 chunks of 100,000 characters peaked at 8 GiB on a 5 MB document). A news article is one
# chunk; only long documents are split.
CHUNK_CHARS = 10_000
# Same-length replacements only: offsets into Document.text must stay valid.
# Parse and extraction are timed in CPU seconds of this process: on a shared machine wall time
# also counts the other programs.
_cpu = time.process_time
_PARSE_TRANSLATION = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " "})


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


def _original_text(rel: RelationMention, doc: Document) -> RelationMention:
    """Evidence quotes the document, not the parser's normalised copy of it."""
    s = rel.sentence
    return replace(rel, sentence=replace(s, text=doc.text[s.start : s.end]))


@dataclass
class Extractor:
    """A loaded pipeline plus the rules; ``extract`` turns documents into DocExtractions."""

    nlp: object
    rules: RelationRules
    ignore: frozenset[str] = frozenset()
    batch_size: int = 32
    seconds: dict[str, float] = field(default_factory=lambda: {"parse": 0.0, "extract": 0.0})
    profile: bool = False  # time each pipeline component and extraction step (kg.extract.profile)
    # Seconds one document may take to parse (None: no cap). Checked between its chunks, so a
    # document over the cap stops within about one batch of chunks and yields ``timed_out``.
    doc_timeout: float | None = None

    @classmethod
    def load(cls, model: str | None, gazetteer: Gazetteer | None = None,
             rules: RelationRules | None = None, batch_size: int = 32,
             profile: bool = False, doc_timeout: float | None = None) -> Extractor:
        from kg.extract.nlp import load_pipeline

        gazetteer = gazetteer or default_gazetteer()
        return cls(load_pipeline(model, gazetteer), rules or default_relation_rules(),
                   gazetteer.not_entities, batch_size, profile=profile,
                   doc_timeout=doc_timeout)

    def extract(self, docs: Iterable[Document], keep_text: bool = True) -> Iterator[DocExtraction]:
        """One DocExtraction per document, in order; ``keep_text=False`` drops the text."""
        current: dict[str, Document] = {}
        started: dict[str, float] = {}  # when each document's first chunk went to the parser
        timed_out: set[str] = set()

        def items() -> Iterator[tuple[str, tuple[str, int, bool]]]:
            # ``docs`` may read, clean and look up each file in the cache as it is pulled (kg
            # build's stream), and it is pulled from inside ``nlp.pipe``: that CPU is counted as
            # "read", not as the parse (it was ~0.6 s per 1,000 articles inside "parse").
            it = iter(docs)
            while True:
                c = _cpu()
                doc = next(it, None)
                self.seconds["read"] = self.seconds.get("read", 0.0) + _cpu() - c
                if doc is None:
                    return
                current[doc.doc_id] = doc
                started[doc.doc_id] = time.perf_counter()
                parts = list(chunks(doc.text)) or [(0, "")]
                for i, (offset, piece) in enumerate(parts):
                    if doc.doc_id in timed_out:  # over its cap: close it with an empty chunk
                        yield "", (doc.doc_id, offset, True)
                        break
                    last = i == len(parts) - 1
                    yield piece.translate(_PARSE_TRANSLATION), (doc.doc_id, offset, last)

        mentions: list[Mention] = []
        relations: list[RelationMention] = []
        failed: dict[str, str] = {}  # document → why extraction failed on one of its chunks

        def skipped(doc_id: str, **why: object) -> DocExtraction:
            """A timed-out or failed document's extraction: nothing of it, not even its text."""
            doc = current.pop(doc_id)
            started.pop(doc_id, None)
            mentions.clear()
            relations.clear()
            return DocExtraction(replace(doc, text=""), (), (), **why)

        if self.profile:
            stream = timed_pipe(self.nlp, items(), self.batch_size, self.seconds)
        else:
            stream = self.nlp.pipe(items(), as_tuples=True, batch_size=self.batch_size)
        while True:
            c0, read0 = _cpu(), self.seconds.get("read", 0.0)
            nxt = next(stream, None)
            t1, c1 = time.perf_counter(), _cpu()
            self.seconds["parse"] += c1 - c0 - (self.seconds.get("read", 0.0) - read0)
            if nxt is None:
                return
            parsed, (doc_id, offset, last) = nxt
            if self.doc_timeout is not None and (
                    doc_id in timed_out or t1 - started[doc_id] > self.doc_timeout):
                timed_out.add(doc_id)
                if last:
                    timed_out.discard(doc_id)
                    yield skipped(doc_id, timed_out=True)
                continue
            c2 = c1
            if doc_id not in failed and (error := parsed.user_data.get(ERROR_KEY)):
                failed[doc_id] = error
            if doc_id not in failed:
                try:
                    # (the collector paused: the rules make many small objects and no cycles;
                    # its passes over them were ~4% of the relations' CPU, issue 13)
                    with paused_gc():
                        found = extract_mentions(parsed, doc_id, offset, self.ignore)
                        mentions.extend(found)
                        c2 = _cpu()
                        relations.extend(extract_relations(parsed, doc_id, self.rules, found,
                                                           offset))
                except Exception as exc:  # skip this document, keep the build going
                    failed[doc_id] = f"{type(exc).__name__}: {exc}"
            if doc_id in failed:
                if last:
                    yield skipped(doc_id, error=failed.pop(doc_id))
                continue
            if self.profile:
                self._add(EXTRACT + "mentions", c2 - c1)
                self._add(EXTRACT + "relations", _cpu() - c2)
            if not last:
                self.seconds["extract"] += _cpu() - c1
                continue
            doc = current.pop(doc_id)
            started.pop(doc_id, None)
            rels = tuple(_original_text(r, doc) for r in relations)
            out = DocExtraction(doc if keep_text else replace(doc, text=""), tuple(mentions), rels)
            mentions, relations = [], []
            self.seconds["extract"] += _cpu() - c1
            yield out

    def _add(self, key: str, seconds: float) -> None:
        self.seconds[key] = self.seconds.get(key, 0.0) + seconds


# One extractor per worker process, set by the pool's initializer: loading spaCy per task would
# cost more than the parse itself.
_WORKER: dict[str, Extractor] = {}


def _init_worker(model: str | None, batch_size: int, gazetteer: Gazetteer | None,
                 rules: RelationRules | None, profile: bool = False,
                 doc_timeout: float | None = None) -> None:
    from kg.serving.guard import die_with_parent

    die_with_parent()  # a killed `kg build` must not leave workers holding its stdout
    # A forked worker inherits `kg`'s SIGTERM handler, which raises: a worker blocked writing
    # its result to a parent that has stopped reading would catch it and block again writing
    # the exception, holding the build's stdout. The parent's terminate() must simply end it.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _WORKER["extractor"] = Extractor.load(model, gazetteer, rules, batch_size=batch_size,
                                          profile=profile, doc_timeout=doc_timeout)
    # The worker keeps its pipeline (~100,000 objects) to its end: out of the collector's full
    # walks, which took ~0.5 CPU s per 1,000 documents per worker (never handed back: the
    # process ends with the pool).
    gc.collect()
    gc.freeze()


def _run_batch(docs: list[Document]) -> tuple[list[DocExtraction], dict[str, float]]:
    ex = _WORKER["extractor"]
    before = dict(ex.seconds)
    out = list(ex.extract(docs, keep_text=False))
    return out, {k: v - before.get(k, 0.0) for k, v in ex.seconds.items()}


def extract_parallel(
    docs: Iterable[Document],
    model: str | None,
    jobs: int,
    *,
    batch_docs: int = 16,
    batch_size: int = 32,
    seconds: dict[str, float] | None = None,
    gazetteer: Gazetteer | None = None,
    rules: RelationRules | None = None,
    profile: bool = False,
    doc_timeout: float | None = None,
) -> Iterator[DocExtraction]:
    """Like ``Extractor.extract`` over ``jobs`` worker processes, in order, with at most
    ``2 × jobs`` batches in flight (memory stays bounded however long the stream)."""
    it = iter(docs)
    first = list(islice(it, batch_docs))
    if not first:
        return
    # fork: workers start in milliseconds and, unlike spawn, do not re-run the caller's
    # __main__ (a script calling build() without a main guard would recurse). The parent has
    # not loaded spaCy at this point, so little is copied.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker,
                               initargs=(model, batch_size, gazetteer, rules, profile,
                                         doc_timeout))
    finished = False
    try:
        pending: deque[Future] = deque([pool.submit(_run_batch, first)])

        def drain(limit: int) -> Iterator[DocExtraction]:
            while len(pending) > limit:
                out, secs = pending.popleft().result()
                if seconds is not None:
                    for k, v in secs.items():
                        seconds[k] = seconds.get(k, 0.0) + v
                yield from out

        while batch := list(islice(it, batch_docs)):
            pending.append(pool.submit(_run_batch, batch))
            yield from drain(2 * jobs)
        yield from drain(0)
        finished = True
    finally:
        # On Ctrl-C, SIGTERM or an error, drop queued batches and stop the batches in progress
        # (a worker may be minutes into a long document) instead of waiting for them.
        if not finished:
            for proc in list((getattr(pool, "_processes", None) or {}).values()):
                proc.terminate()
        pool.shutdown(wait=finished, cancel_futures=not finished)
